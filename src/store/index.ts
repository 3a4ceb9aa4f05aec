import { isPostgresUrl } from './database-url.js';
import { openPostgresStore } from './postgres.js';
import { openSqliteStore } from './sqlite.js';
import type { Store } from './store.js';

export type * from './store.js';
export { isPostgresUrl };

/**
 * Opens the store a DATABASE_URL names: PostgreSQL for `postgres://…` (several instances may
 * share it), else SQLite for a path or `file:` URL (one process).
 */
export function openStore(databaseUrl: string, clock?: () => Date): Store {
  if (isPostgresUrl(databaseUrl)) return openPostgresStore(databaseUrl, { clock });
  return openSqliteStore(databaseUrl, clock);
}
