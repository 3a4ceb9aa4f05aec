import {
  type PgExec,
  READOUT_COLUMNS,
  readoutCols,
  toPost,
  toReadout,
  updateReadoutWith,
} from './postgres.js';
import type { Store } from './store.js';

/**
 * A page check is due for a complete readout with a post, stored since $1, last checked (or
 * stored) before $2. Both reads of due checks use it.
 */
const PAGE_CHECK_DUE = `NOT r.partial AND r.created_at >= $1 AND COALESCE(c.checked_at, r.created_at) < $2
  AND EXISTS (SELECT 1 FROM posts p WHERE p.readout_id = r.id AND p.status = 'posted')`;

/** The PostgreSQL side of threads: the same statements as `sqlite-threads.ts`. */
export function postgresThreads({
  q,
  tx,
  now,
}: PgExec): Pick<
  Store,
  | 'getPost'
  | 'pairCandidates'
  | 'savePageCheck'
  | 'duePageChecks'
  | 'feedsWithDuePageChecks'
  | 'applyPageChange'
> {
  return {
    async getPost(postId) {
      const [row] = await q('SELECT * FROM posts WHERE id = $1', [postId]);
      return row ? toPost(row) : null;
    },
    async pairCandidates(relation, from, to, exceptId) {
      return (
        await q(
          `SELECT ${READOUT_COLUMNS} FROM readouts WHERE relation = $1 AND event_date >= $2 AND event_date <= $3
             AND id <> $4 AND NOT partial ORDER BY id LIMIT 50`,
          [relation, from, to, exceptId],
        )
      ).map(toReadout);
    },
    async savePageCheck(c) {
      await q(
        `INSERT INTO page_checks (readout_id, item_hash, etag, last_modified, content_hash, checked_at)
         VALUES ($1, $2, $3, $4, $5, $6)
         ON CONFLICT (readout_id) DO UPDATE SET item_hash = excluded.item_hash, etag = excluded.etag,
           last_modified = excluded.last_modified, content_hash = excluded.content_hash, checked_at = excluded.checked_at`,
        [c.readoutId, c.itemHash, c.etag, c.lastModified, c.contentHash, c.checkedAt],
      );
    },
    async feedsWithDuePageChecks(createdSince, checkedBefore) {
      const rows = await q(
        `SELECT DISTINCT r.feed_url FROM readouts r LEFT JOIN page_checks c ON c.readout_id = r.id
         WHERE ${PAGE_CHECK_DUE}`,
        [createdSince, checkedBefore],
      );
      return rows.map((r) => String(r.feed_url));
    },
    async duePageChecks(feedUrl, createdSince, checkedBefore, limit) {
      return (
        await q(
          `SELECT ${readoutCols} FROM readouts r LEFT JOIN page_checks c ON c.readout_id = r.id
           WHERE r.feed_url = $3 AND ${PAGE_CHECK_DUE}
           ORDER BY COALESCE(c.checked_at, r.created_at), r.id LIMIT $4`,
          [createdSince, checkedBefore, feedUrl, limit],
        )
      ).map(toReadout);
    },
    async applyPageChange(readoutId, change, note) {
      return tx(async (query) => {
        const at = now();
        await updateReadoutWith(query, at, readoutId, change);
        await query(
          `UPDATE posts SET needs_update = TRUE WHERE status = 'posted' AND digest_id IS NULL AND (readout_id = $1
             OR thread_of IN (SELECT id FROM posts WHERE readout_id = $1))`,
          [readoutId],
        );
        const notes = await query(
          `INSERT INTO thread_notes (post_id, text, created_at)
           SELECT id, $2, $3 FROM posts WHERE readout_id = $1 AND status = 'posted' AND digest_id IS NULL
           ORDER BY id RETURNING id`,
          [readoutId, note, at],
        );
        return notes.length;
      });
    },
  };
}
