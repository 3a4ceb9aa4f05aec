import type { PgExec } from './postgres.js';
import type { Store } from './store.js';

/** Migration 6: the same column as SQLite's migration 10 (`sqlite-sending.ts`). */
export const POSTGRES_SENDING_MIGRATION = {
  name: 'posts: an attempt under way is recorded before the Web API call; readouts: planned or not',
  sql: `
    ALTER TABLE posts ADD COLUMN sending_at TEXT;
    ALTER TABLE readouts ADD COLUMN planned_at TEXT;
    UPDATE readouts SET planned_at = created_at;
    CREATE INDEX readouts_unplanned ON readouts (feed_url) WHERE planned_at IS NULL;
  `,
};

/** The PostgreSQL side of the posting attempt record: the same statements as `sqlite-sending.ts`. */
export function postgresSending({
  q,
  now,
}: PgExec): Pick<
  Store,
  'markPostSending' | 'markPostNotSent' | 'unplannedReadouts' | 'feedsWithLeftovers' | 'markReadoutPlanned'
> {
  return {
    async unplannedReadouts(feedUrl) {
      const rows = await q('SELECT id FROM readouts WHERE feed_url = $1 AND planned_at IS NULL ORDER BY id', [
        feedUrl,
      ]);
      return rows.map((r) => String(r.id));
    },
    async feedsWithLeftovers(maxAttempts) {
      const rows = await q(
        `SELECT feed_url FROM readouts WHERE planned_at IS NULL
         UNION SELECT feed_url FROM readouts WHERE partial AND page_attempts < $1`,
        [maxAttempts],
      );
      return rows.map((r) => String(r.feed_url));
    },
    async markReadoutPlanned(readoutId) {
      await q('UPDATE readouts SET planned_at = $1 WHERE id = $2 AND planned_at IS NULL', [now(), readoutId]);
    },
    async markPostSending(postId) {
      await q("UPDATE posts SET sending_at = $1 WHERE id = $2 AND status = 'planned'", [now(), postId]);
    },
    async markPostNotSent(postId) {
      await q('UPDATE posts SET sending_at = NULL WHERE id = $1', [postId]);
    },
  };
}
