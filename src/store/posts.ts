import { sql as sqlTag } from 'kysely';
import { notResting } from './parking.js';
import { mapped, postedRow, toPost } from './rows.js';
import type { Sql } from './sql.js';
import type { ContextNote, PendingOptions } from './store.js';

/** Posts: one readout in one channel, planned by the poller, then posted and kept up to date. */
export function posts(sql: Sql) {
  return { ...postPlans(sql), ...postDelivery(sql) };
}

/** The insert of a post's context reply (a thread note naming the earlier readout). */
const contextNote = (db: Sql['db'], at: string, readoutId: string, channel: string, context: ContextNote) =>
  db
    .insertInto('thread_notes')
    .columns(['post_id', 'text', 'context_of', 'created_at'])
    .expression(
      db
        .selectFrom('posts')
        .select([
          'id',
          sqlTag.val(context.text).as('text'),
          sqlTag.val(Number(context.contextOf)).as('context_of'),
          sqlTag.val(at).as('created_at'),
        ])
        .where('readout_id', '=', Number(readoutId))
        .where('channel', '=', channel),
    );

/** Planning posts and reading them. */
function postPlans(sql: Sql) {
  const { db, run, now, tx } = sql;
  const { list } = mapped(sql, toPost);
  // Literal statuses: the partial indexes (posts_planned, posts_needs_update) serve only a query naming them.
  const planned = sqlTag.lit('planned' as const);
  /** Plans a post once per readout and channel; whether it was new. */
  const planIn = async (
    { run }: Pick<Sql, 'run'>,
    readoutId: string,
    channel: string,
    how: { hold?: 'new' | null; thread_of?: number },
  ) => {
    const values = {
      readout_id: Number(readoutId),
      channel,
      status: 'planned',
      attempts: 0,
      created_at: now(),
      ...how,
    } as const;
    const result = await run(
      db
        .insertInto('posts')
        .values(values)
        .onConflict((oc) => oc.columns(['readout_id', 'channel']).doNothing()),
    );
    return result.changes === 1;
  };
  const plan = (readoutId: string, channel: string, how: { hold?: 'new' | null; thread_of?: number }) =>
    planIn({ run }, readoutId, channel, how);
  return {
    /**
     * Plans a post; false when that readout was already planned or posted to that channel. A
     * `fresh` post (the poller's) stays out of `pendingPosts` until the digest planner has sorted
     * it: posted on its own, held for the channel's digest, or put in a burst digest.
     */
    async planPost(readoutId: string, channel: string, options?: { fresh?: boolean; context?: ContextNote }) {
      // A fresh post (the poller's) is sorted before delivery: one by one, a digest, or a burst.
      const how = { hold: options?.fresh ? ('new' as const) : null };
      const context = options?.context;
      if (!context) return plan(readoutId, channel, how);
      // Its context reply (deliver/threads.ts) is planned with it or not at all.
      return tx(async (t) => {
        const added = await planIn(t, readoutId, channel, how);
        if (added) await t.run(contextNote(db, now(), readoutId, channel, context));
        return added;
      });
    },
    /** Plans a reply in another post's thread; false when that readout was already planned or posted to that channel. */
    async planThreadPost(readoutId: string, channel: string, threadOf: number) {
      return plan(readoutId, channel, { thread_of: threadOf });
    },
    /** Planned posts to post one by one (neither fresh, held, nor in a digest), in plan order. */
    async pendingPosts(limit: number, options?: PendingOptions) {
      return list(
        db
          .selectFrom('posts')
          .selectAll()
          .where('status', '=', planned)
          .where('hold', 'is', null)
          .where('digest_id', 'is', null)
          .where(notResting('posts.channel', options?.restingAt))
          .orderBy('id')
          .limit(limit),
      );
    },
  };
}

/** Recording posts sent, failed and to edit. */
function postDelivery(sql: Sql) {
  const { db, run, now, flag } = sql;
  const { list, one } = mapped(sql, toPost);
  const posted = sqlTag.lit('posted' as const);
  return {
    async markPosted(postId: number, ts: string) {
      await run(db.updateTable('posts').set(postedRow(ts, now())).where('id', '=', postId));
    },
    async markPostFailed(postId: number, error: string) {
      await run(
        db
          .updateTable('posts')
          .set((eb) => ({ attempts: eb('attempts', '+', 1), last_error: error.slice(0, 500) }))
          .where('id', '=', postId),
      );
    },
    /** Marks every posted message of a readout for an edit in place. */
    async requestUpdates(readoutId: string) {
      // A readout posted inside a digest is a line there, not a message of its own to edit.
      const result = await run(
        db
          .updateTable('posts')
          .set({ needs_update: true })
          .where('readout_id', '=', Number(readoutId))
          .where('status', '=', 'posted')
          .where('digest_id', 'is', null),
      );
      return result.changes;
    },
    /** Posted messages marked for an edit. */
    async pendingUpdates(limit: number, options?: PendingOptions) {
      return list(
        db
          .selectFrom('posts')
          .selectAll()
          .where('needs_update', '=', flag(true))
          .where('status', '=', posted)
          .where(notResting('posts.channel', options?.restingAt))
          .orderBy('id')
          .limit(limit),
      );
    },
    async markUpdated(postId: number) {
      await run(
        db.updateTable('posts').set({ needs_update: false, last_error: null }).where('id', '=', postId),
      );
    },
    async postsFor(readoutId: string) {
      return list(
        db.selectFrom('posts').selectAll().where('readout_id', '=', Number(readoutId)).orderBy('id'),
      );
    },
    async getPost(postId: number) {
      return one(db.selectFrom('posts').selectAll().where('id', '=', postId));
    },
  };
}
