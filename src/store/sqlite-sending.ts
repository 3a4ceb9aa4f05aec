import type Database from 'better-sqlite3';
import type { Migration } from './migrations.js';
import type { Store } from './store.js';

/**
 * Migration 10: when the latest attempt to post a planned post began (null: none unanswered),
 * and when a readout's posts were planned (null: stored by a cycle that stopped before).
 */
export const SQLITE_SENDING_MIGRATION: Migration = {
  version: 10,
  name: 'posts: an attempt under way is recorded before the Web API call; readouts: planned or not',
  sql: `
    ALTER TABLE posts ADD COLUMN sending_at TEXT;
    ALTER TABLE readouts ADD COLUMN planned_at TEXT;
    UPDATE readouts SET planned_at = created_at;
    CREATE INDEX readouts_unplanned ON readouts (feed_url) WHERE planned_at IS NULL;
  `,
};

/** The SQLite side of the posting attempt record, kept apart from the rest of the store. */
export function sqliteSending(
  db: Database.Database,
  now: () => string,
): Pick<
  Store,
  'markPostSending' | 'markPostNotSent' | 'unplannedReadouts' | 'feedsWithLeftovers' | 'markReadoutPlanned'
> {
  const q = {
    leftovers: db.prepare<[number], { feed_url: string }>(
      `SELECT feed_url FROM readouts WHERE planned_at IS NULL
       UNION SELECT feed_url FROM readouts WHERE partial = 1 AND page_attempts < ?`,
    ),
    unplanned: db.prepare<[string], { id: number }>(
      'SELECT id FROM readouts WHERE feed_url = ? AND planned_at IS NULL ORDER BY id',
    ),
    planned: db.prepare('UPDATE readouts SET planned_at = ? WHERE id = ? AND planned_at IS NULL'),
    sending: db.prepare("UPDATE posts SET sending_at = ? WHERE id = ? AND status = 'planned'"),
    notSent: db.prepare('UPDATE posts SET sending_at = NULL WHERE id = ?'),
  };
  return {
    async markPostSending(postId) {
      q.sending.run(now(), postId);
    },
    async markPostNotSent(postId) {
      q.notSent.run(postId);
    },
    async unplannedReadouts(feedUrl) {
      return q.unplanned.all(feedUrl).map((r) => String(r.id));
    },
    async feedsWithLeftovers(maxAttempts) {
      return q.leftovers.all(maxAttempts).map((r) => r.feed_url);
    },
    async markReadoutPlanned(readoutId) {
      q.planned.run(now(), Number(readoutId));
    },
  };
}
