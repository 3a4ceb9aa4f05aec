import type { Sql } from './sql.js';
import type { Store } from './store.js';

/**
 * The posting attempt record (SQLite migration 10, PostgreSQL 6): when the latest attempt to
 * post a planned post began, and whether a readout's posts were planned.
 */
export function sending({
  db,
  run,
  all,
  now,
  flag,
  compiledOnce,
}: Sql): Pick<
  Store,
  'markPostSending' | 'markPostNotSent' | 'unplannedReadouts' | 'feedsWithLeftovers' | 'markReadoutPlanned'
> {
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
    async markPostSending(postId) {
      await run(
        db
          .updateTable('posts')
          .set({ sending_at: now() })
          .where('id', '=', postId)
          .where('status', '=', 'planned'),
      );
    },
    async markPostNotSent(postId) {
      await run(db.updateTable('posts').set({ sending_at: null }).where('id', '=', postId));
    },
    async unplannedReadouts(feedUrl) {
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
    async feedsWithLeftovers(maxAttempts) {
      const rows = await all(leftovers({ maxAttempts }));
      return rows.map((r) => r.feed_url);
    },
    async markReadoutPlanned(readoutId) {
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
