import { expressionBuilder, sql as sqlTag } from 'kysely';
import type { Database } from './schema.js';
import type { Sql } from './sql.js';
import type { ChannelProblem, Store } from './store.js';

/**
 * Channel problems (told once) and parking (no call to Slack before the next try; SQLite
 * migration 16, PostgreSQL 12).
 */
export function parking(
  sql: Sql,
): Pick<
  Store,
  'noteChannelProblem' | 'clearChannelProblem' | 'listChannelProblems' | 'parkChannel' | 'wakeChannel'
> {
  return { ...channelProblemWrites(sql), ...channelProblemList(sql) };
}

/** Telling and parking a channel problem. */
function channelProblemWrites({
  db,
  run,
  tx,
  now,
  forUpdate,
}: Sql): Pick<Store, 'noteChannelProblem' | 'parkChannel' | 'wakeChannel' | 'clearChannelProblem'> {
  /** The problem recorded for a channel, locked for the transaction's write. */
  const recorded = async (first: Sql['first'], channel: string) =>
    (await first(forUpdate(db.selectFrom('channel_problems').select('error').where('channel', '=', channel))))
      ?.error;
  return {
    async noteChannelProblem(channel, error) {
      return tx(async ({ run, first }) => {
        if ((await recorded(first, channel)) === error) return false;
        await run(
          db
            .insertInto('channel_problems')
            .values({ channel, error, since: now() })
            .onConflict((oc) =>
              oc.column('channel').doUpdateSet((eb) => ({
                error: eb.ref('excluded.error'),
                since: eb.ref('excluded.since'),
              })),
            ),
        );
        return true;
      });
    },
    async parkChannel(channel, error, nextTryAt, tries) {
      return tx(async ({ run, first }) => {
        const news = (await recorded(first, channel)) !== error;
        // A parked channel keeps the `since` of its first problem.
        await run(
          db
            .insertInto('channel_problems')
            .values({ channel, error, since: now(), next_try_at: nextTryAt, tries })
            .onConflict((oc) =>
              oc.column('channel').doUpdateSet((eb) => ({
                error: eb.ref('excluded.error'),
                next_try_at: eb.ref('excluded.next_try_at'),
                tries: eb.ref('excluded.tries'),
              })),
            ),
        );
        return news;
      });
    },
    async wakeChannel(channel, at) {
      const woken = await run(
        db
          .updateTable('channel_problems')
          .set({ next_try_at: at, tries: 0 })
          .where('channel', '=', channel)
          .where('next_try_at', 'is not', null),
      );
      return woken.changes > 0;
    },
    async clearChannelProblem(channel) {
      return (await run(db.deleteFrom('channel_problems').where('channel', '=', channel))).changes > 0;
    },
  };
}

/** The channel problems recorded. */
function channelProblemList({ db, all }: Sql): Pick<Store, 'listChannelProblems'> {
  return {
    async listChannelProblems() {
      const rows = await all(
        db.selectFrom('channel_problems').selectAll().orderBy('since').orderBy('channel'),
      );
      return rows.map(
        (r): ChannelProblem => ({
          channel: r.channel,
          error: r.error,
          since: r.since,
          nextTryAt: r.next_try_at,
          tries: Number(r.tries),
        }),
      );
    },
  };
}

/**
 * A condition for what a delivery reads: the row's channel (the column `channel` names) is not
 * parked beyond `restingAt` (an ISO instant; null leaves none out).
 */
export function notResting(channel: string, restingAt: string | null | undefined) {
  const eb = expressionBuilder<Database, never>();
  return eb.not(
    eb.exists(
      eb
        .selectFrom('channel_problems as c')
        .select('c.channel')
        .where('c.channel', '=', sqlTag.ref<string>(channel))
        .where('c.next_try_at', '>', restingAt ?? null),
    ),
  );
}
