import { expressionBuilder, type Selectable, sql as sqlTag } from 'kysely';
import type { Database } from './schema.js';
import type { Sql } from './sql.js';

/** A channel the app cannot post to, since when, and Slack's reason. */
export function toChannelProblem(r: Selectable<Database['channel_problems']>) {
  return {
    channel: r.channel,
    error: r.error,
    since: r.since,
    /** Parked: no call to Slack for it before this instant (ISO). Null: told, not parked. */
    nextTryAt: r.next_try_at,
    /** Dead answers in a row since it was parked (0 after a wake). */
    tries: Number(r.tries),
  };
}

/**
 * Channel problems (told once) and parking (no call to Slack before the next try; SQLite
 * migration 16, PostgreSQL 12).
 */
export function parking(sql: Sql) {
  return { ...channelProblemWrites(sql), ...channelProblemList(sql) };
}

/** Telling and parking a channel problem. */
function channelProblemWrites({ db, run, tx, now, forUpdate }: Sql) {
  /** The problem recorded for a channel, locked for the transaction's write. */
  const recorded = async (first: Sql['first'], channel: string) =>
    (await first(forUpdate(db.selectFrom('channel_problems').select('error').where('channel', '=', channel))))
      ?.error;
  return {
    /**
     * Records that posting to a channel fails for a reason only people can fix; true when this
     * is news (no problem was recorded for the channel, or another one was), so it is told once.
     */
    async noteChannelProblem(channel: string, error: string) {
      return tx(async ({ upsert, first }) => {
        if ((await recorded(first, channel)) === error) return false;
        await upsert('channel_problems', { channel }, { error, since: now() });
        return true;
      });
    },
    /**
     * Parks a channel that answered that it is gone (deleted, archived, not joinable): its problem
     * is recorded as `noteChannelProblem` does (true when this error is news, to be told once), and
     * no call is to be made to Slack for it before `nextTryAt`; `tries` is its dead answers in a
     * row. A parked channel keeps the `since` of its first problem. Survives restarts; every
     * instance sharing the database sees it.
     */
    async parkChannel(channel: string, error: string, nextTryAt: string, tries: number) {
      return tx(async ({ upsert, first }) => {
        const news = (await recorded(first, channel)) !== error;
        await upsert(
          'channel_problems',
          { channel },
          { error, next_try_at: nextTryAt, tries },
          { since: now() },
        );
        return news;
      });
    },
    /**
     * A person acted in a parked channel (a `/readout` command, a re-subscription): it is due at
     * `at` with its back-off started afresh. False when the channel is not parked.
     */
    async wakeChannel(channel: string, at: string) {
      const woken = await run(
        db
          .updateTable('channel_problems')
          .set({ next_try_at: at, tries: 0 })
          .where('channel', '=', channel)
          .where('next_try_at', 'is not', null),
      );
      return woken.changes > 0;
    },
    /** Forgets a channel's problem and its parking (a post went through); true when there was one. */
    async clearChannelProblem(channel: string) {
      return (await run(db.deleteFrom('channel_problems').where('channel', '=', channel))).changes > 0;
    },
  };
}

/** The channel problems recorded. */
function channelProblemList({ db, all }: Sql) {
  return {
    /** Every recorded problem, parked channels included, oldest first. */
    async listChannelProblems() {
      const rows = await all(
        db.selectFrom('channel_problems').selectAll().orderBy('since').orderBy('channel'),
      );
      return rows.map(toChannelProblem);
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
