import type { PgExec, Row } from './postgres.js';
import type { ChannelProblem, Store } from './store.js';

/** Migration 12: the same columns as SQLite's migration 16 (`sqlite-parking.ts`). */
export const POSTGRES_PARKING_MIGRATION = {
  name: 'channels parked after a dead answer, with the next try and the dead answers in a row',
  sql: `
    ALTER TABLE channel_problems ADD COLUMN next_try_at TEXT;
    ALTER TABLE channel_problems ADD COLUMN tries INTEGER NOT NULL DEFAULT 0;
  `,
};

const toProblem = (r: Row): ChannelProblem => ({
  channel: String(r.channel),
  error: String(r.error),
  since: String(r.since),
  nextTryAt: r.next_try_at === null || r.next_try_at === undefined ? null : String(r.next_try_at),
  tries: Number(r.tries),
});

/** The PostgreSQL side of channel problems and parking: the same statements as `sqlite-parking.ts`. */
export function postgresParking({
  q,
  tx,
  now,
}: PgExec): Pick<
  Store,
  'noteChannelProblem' | 'clearChannelProblem' | 'listChannelProblems' | 'parkChannel' | 'wakeChannel'
> {
  return {
    async noteChannelProblem(channel, error) {
      return tx(async (query) => {
        const [row] = await query('SELECT error FROM channel_problems WHERE channel = $1 FOR UPDATE', [
          channel,
        ]);
        if (row?.error === error) return false;
        await query(
          `INSERT INTO channel_problems (channel, error, since) VALUES ($1, $2, $3)
           ON CONFLICT (channel) DO UPDATE SET error = excluded.error, since = excluded.since`,
          [channel, error, now()],
        );
        return true;
      });
    },
    async parkChannel(channel, error, nextTryAt, tries) {
      return tx(async (query) => {
        const [row] = await query('SELECT error FROM channel_problems WHERE channel = $1 FOR UPDATE', [
          channel,
        ]);
        await query(
          `INSERT INTO channel_problems (channel, error, since, next_try_at, tries) VALUES ($1, $2, $3, $4, $5)
           ON CONFLICT (channel) DO UPDATE SET error = excluded.error, next_try_at = excluded.next_try_at,
             tries = excluded.tries`,
          [channel, error, now(), nextTryAt, tries],
        );
        return row?.error !== error;
      });
    },
    async wakeChannel(channel, at) {
      const rows = await q(
        'UPDATE channel_problems SET next_try_at = $1, tries = 0 WHERE channel = $2 AND next_try_at IS NOT NULL RETURNING channel',
        [at, channel],
      );
      return rows.length > 0;
    },
    async clearChannelProblem(channel) {
      return (
        (await q('DELETE FROM channel_problems WHERE channel = $1 RETURNING channel', [channel])).length > 0
      );
    },
    async listChannelProblems() {
      return (await q('SELECT * FROM channel_problems ORDER BY since, channel')).map(toProblem);
    },
  };
}
