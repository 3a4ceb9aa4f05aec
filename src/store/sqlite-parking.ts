import type Database from 'better-sqlite3';
import type { Migration } from './migrations.js';
import type { ChannelProblem, Store } from './store.js';

/**
 * Migration 16: a channel that answered that it is gone (deleted, archived, not joinable) is
 * parked: no call to Slack for it before `next_try_at`; `tries` counts its dead answers in a row.
 * A row without `next_try_at` is a problem told and not parked (the token's, or one recorded
 * before this migration: its next dead answer parks it).
 */
export const SQLITE_PARKING_MIGRATION: Migration = {
  version: 16,
  name: 'channels parked after a dead answer, with the next try and the dead answers in a row',
  sql: `
    ALTER TABLE channel_problems ADD COLUMN next_try_at TEXT;
    ALTER TABLE channel_problems ADD COLUMN tries INTEGER NOT NULL DEFAULT 0;
  `,
};

type ProblemRow = {
  channel: string;
  error: string;
  since: string;
  next_try_at: string | null;
  tries: number;
};

const toProblem = (row: ProblemRow): ChannelProblem => ({
  channel: row.channel,
  error: row.error,
  since: row.since,
  nextTryAt: row.next_try_at,
  tries: row.tries,
});

/** The SQLite side of channel problems and parking (told once; no call before the next try). */
export function sqliteParking(
  db: Database.Database,
  now: () => string,
): Pick<
  Store,
  'noteChannelProblem' | 'clearChannelProblem' | 'listChannelProblems' | 'parkChannel' | 'wakeChannel'
> {
  const q = {
    get: db.prepare<[string], ProblemRow>('SELECT * FROM channel_problems WHERE channel = ?'),
    put: db.prepare(
      `INSERT INTO channel_problems (channel, error, since) VALUES (?, ?, ?)
       ON CONFLICT (channel) DO UPDATE SET error = excluded.error, since = excluded.since`,
    ),
    park: db.prepare(
      `INSERT INTO channel_problems (channel, error, since, next_try_at, tries) VALUES (@channel, @error, @now, @next, @tries)
       ON CONFLICT (channel) DO UPDATE SET error = excluded.error, next_try_at = excluded.next_try_at,
         tries = excluded.tries`,
    ),
    wake: db.prepare(
      'UPDATE channel_problems SET next_try_at = ?, tries = 0 WHERE channel = ? AND next_try_at IS NOT NULL',
    ),
    clear: db.prepare('DELETE FROM channel_problems WHERE channel = ?'),
    list: db.prepare<[], ProblemRow>('SELECT * FROM channel_problems ORDER BY since, channel'),
  };
  return {
    async noteChannelProblem(channel, error) {
      return db.transaction(() => {
        if (q.get.get(channel)?.error === error) return false;
        q.put.run(channel, error, now());
        return true;
      })();
    },
    async parkChannel(channel, error, nextTryAt, tries) {
      return db.transaction(() => {
        const news = q.get.get(channel)?.error !== error;
        q.park.run({ channel, error, now: now(), next: nextTryAt, tries });
        return news;
      })();
    },
    async wakeChannel(channel, at) {
      return q.wake.run(at, channel).changes > 0;
    },
    async clearChannelProblem(channel) {
      return q.clear.run(channel).changes > 0;
    },
    async listChannelProblems() {
      return q.list.all().map(toProblem);
    },
  };
}
