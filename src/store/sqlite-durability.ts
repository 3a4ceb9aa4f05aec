import type Database from 'better-sqlite3';
import type { Store } from './store.js';

/**
 * The poll's own writes: what a restart can redo from the feeds. They commit with
 * `synchronous=NORMAL`, which in WAL mode survives kill -9 but not power loss; everything else
 * (the delivery ledger above all: an attempt is on disk before `chat.postMessage`) keeps `FULL`.
 *
 * Why that is safe: WAL recovery keeps a prefix of the commits, so a power cut can lose only the
 * last of these writes, in order, and with them the feed's validators saved after its items; the
 * next poll fetches the feed again and stores what was lost. The first FULL commit after them
 * syncs the log, them included, so nothing is ever posted from a readout that could vanish.
 *
 * Measured (issue 7, backfill of 5,000 pages): each FULL commit waits for an fsync; these writes
 * made four of them per new readout.
 */
export const POLL_WRITES = [
  'saveFeed',
  'recordFeedContent',
  'insertReadout',
  'insertReadouts',
  'savePageCheck',
  'planPost',
  'planThreadPost',
  // Watches' direct messages, planned as posts are: a lost plan goes with the later
  // markReadoutPlanned (a prefix is kept), so the readout is planned again.
  'planWatchMessages',
  'markReadoutPlanned',
  'updateReadout',
  'rekeyReadout',
  'saveFeedHealth',
] as const satisfies readonly (keyof Store)[];

/**
 * The store with POLL_WRITES committing at `synchronous=NORMAL`. The methods run their SQL before
 * their first `await` (or, for a transaction, within the same turn of the event loop), so the
 * setting is back to FULL before anything else runs.
 */
export function relaxPollWrites(db: Database.Database, store: Store): Store {
  // Not prepared once: SQLite applies this pragma when it compiles it, so running a prepared
  // one again changes nothing.
  const normal = () => db.exec('PRAGMA synchronous = NORMAL');
  const full = () => db.exec('PRAGMA synchronous = FULL');
  const relaxed: Partial<Store> = {};
  for (const name of POLL_WRITES) {
    const method = store[name] as (...args: unknown[]) => Promise<unknown>;
    (relaxed as Record<string, unknown>)[name] = (...args: unknown[]) => {
      normal();
      let result: Promise<unknown>;
      try {
        result = method.apply(store, args);
      } catch (error) {
        full();
        throw error;
      }
      // A transaction written for both databases (sql.ts) is still open here: its statements run
      // on the microtasks of this same turn, and SQLite refuses the pragma inside it. The setting
      // goes back once it has committed, before any I/O callback can run.
      if (db.inTransaction) return result.finally(full);
      full();
      return result;
    };
  }
  return { ...store, ...relaxed };
}
