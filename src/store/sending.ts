import type { Sql } from './sql.js';

/**
 * The posting attempt record (SQLite migration 10, PostgreSQL 6): when the latest attempt to
 * post a planned post began, and whether a readout's posts were planned.
 */
export function sending({ db, run, all, now, flag, compiledOnce }: Sql) {
  // Read at the start of every poll cycle: compiled once (sql.ts, compiledOnce).
  const leftovers = compiledOnce((v: { maxAttempts: number }) =>
    db
      .selectFrom('readouts')
      .select('feed_url')
      .where('planned_at', 'is', null)
      .union(
        db
          .selectFrom('readouts')
          .select('feed_url')
          .where('partial', '=', flag(true))
          .where('page_attempts', '<', v.maxAttempts),
      ),
  );
  return {
    /** Records, durably and before the Web API call, that an attempt to post a planned post began. */
    async markPostSending(postId: number) {
      await run(
        db
          .updateTable('posts')
          .set({ sending_at: now() })
          .where('id', '=', postId)
          .where('status', '=', 'planned'),
      );
    },
    /** Slack answered an attempt with an error: nothing was posted, no look-up needed next time. */
    async markPostNotSent(postId: number) {
      await run(db.updateTable('posts').set({ sending_at: null }).where('id', '=', postId));
    },
    /**
     * Ids of a feed's readouts whose posts were never planned: stored by a cycle that stopped
     * (a crash) between storing a readout and planning it. Readouts from before this record existed
     * count as planned.
     */
    async unplannedReadouts(feedUrl: string) {
      const rows = await all(
        db
          .selectFrom('readouts')
          .select('id')
          .where('feed_url', '=', feedUrl)
          .where('planned_at', 'is', null)
          .orderBy('id'),
      );
      return rows.map((r) => String(r.id));
    },
    /**
     * Feeds with leftover work for the poll: a readout never planned (see unplannedReadouts) or a
     * partial readout whose page is still to be fetched again (see listPartial). One read a cycle,
     * so that a feed without any costs no query of its own.
     */
    async feedsWithLeftovers(maxAttempts: number) {
      const rows = await all(leftovers({ maxAttempts }));
      return rows.map((r) => r.feed_url);
    },
    /** Records that a readout's posts are planned (or that it needs none). */
    async markReadoutPlanned(readoutId: string) {
      await run(
        db
          .updateTable('readouts')
          .set({ planned_at: now() })
          .where('id', '=', Number(readoutId))
          .where('planned_at', 'is', null),
      );
    },
  };
}
