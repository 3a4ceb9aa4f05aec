import { digests } from './digests.js';
import { feedHealth } from './feed-health.js';
import { feedSources } from './feed-sources.js';
import { feeds } from './feeds.js';
import { heldBack } from './held-back.js';
import { installations } from './installations.js';
import { leases } from './leases.js';
import { pageChecks } from './page-checks.js';
import { parking } from './parking.js';
import { posts } from './posts.js';
import { readoutSummaries } from './readout-summaries.js';
import { readouts } from './readouts.js';
import { searchIndex } from './search.js';
import { sending } from './sending.js';
import type { Sql } from './sql.js';
import { threadNotes } from './thread-notes.js';
import { watches } from './watches.js';

/**
 * The `Store` contract on one database, every method written once (a feature module each);
 * sqlite.ts and postgres.ts open the database and add `close`.
 */
export function storeMethods(sql: Sql, nowMs: () => number) {
  const search = searchIndex(sql);
  const installs = installations(sql);
  return {
    ...feeds(sql),
    ...readouts(sql, search),
    searchReadouts: search.searchReadouts,
    readoutsWithPerson: search.readoutsWithPerson,
    ...pageChecks(sql, search),
    ...posts(sql),
    ...sending(sql),
    ...threadNotes(sql),
    ...digests(sql),
    ...installs,
    ...feedSources(sql),
    ...feedHealth(sql),
    ...parking(sql),
    ...heldBack(sql),
    ...leases(sql, nowMs),
    ...readoutSummaries(sql),
    ...watches(sql, installs),
  };
}
