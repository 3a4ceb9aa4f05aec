import { ConfigError } from '../errors.js';
import { openSqliteStore } from './sqlite.js';
import type { Store } from './store.js';

export type {
  FeedContent,
  FeedKind,
  FeedSource,
  FeedState,
  NewReadout,
  Post,
  Store,
  StoredReadout,
  Subscription,
} from './store.js';

/** Opens the store a DATABASE_URL names: SQLite for a path or `file:` URL. */
export function openStore(databaseUrl: string, clock?: () => Date): Store {
  if (/^postgres(ql)?:\/\//i.test(databaseUrl)) {
    throw new ConfigError(
      'DATABASE_URL: the PostgreSQL store is not available in this release; use an SQLite path such as ./data/readout.db',
    );
  }
  return openSqliteStore(databaseUrl, clock);
}
