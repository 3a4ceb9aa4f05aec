import {
  type PgExec,
  READOUT_COLUMNS,
  readoutCols,
  str,
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
  | 'planThreadPost'
  | 'getPost'
  | 'pairCandidates'
  | 'getPageCheck'
  | 'savePageCheck'
  | 'duePageChecks'
  | 'feedsWithDuePageChecks'
  | 'applyPageChange'
  | 'pendingNotes'
  | 'markNoteSending'
  | 'markNotePosted'
  | 'markNoteFailed'
> {
  return {
    async planThreadPost(readoutId, channel, threadOf) {
      const rows = await q(
        `INSERT INTO posts (readout_id, channel, status, attempts, created_at, thread_of)
         VALUES ($1, $2, 'planned', 0, $3, $4) ON CONFLICT (readout_id, channel) DO NOTHING RETURNING id`,
        [readoutId, channel, now(), threadOf],
      );
      return rows.length === 1;
    },
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
    async getPageCheck(readoutId) {
      const [row] = await q('SELECT * FROM page_checks WHERE readout_id = $1', [readoutId]);
      if (!row) return null;
      return {
        readoutId: String(row.readout_id),
        itemHash: str(row.item_hash),
        etag: str(row.etag),
        lastModified: str(row.last_modified),
        contentHash: str(row.content_hash),
        checkedAt: String(row.checked_at),
      };
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
    async pendingNotes(limit, options) {
      const rows = await q(
        `SELECT n.id, n.post_id, p.channel, COALESCE(parent.ts, p.ts) AS thread_ts, n.text, n.status,
           p.readout_id, n.attempts
         FROM thread_notes n JOIN posts p ON p.id = n.post_id LEFT JOIN posts parent ON parent.id = p.thread_of
         WHERE n.status <> 'posted' AND p.status = 'posted' AND NOT p.needs_update
           AND NOT EXISTS (SELECT 1 FROM channel_problems c WHERE c.channel = p.channel AND c.next_try_at > $2)
         ORDER BY n.id LIMIT $1`,
        [limit, options?.restingAt ?? null],
      );
      return rows.map((row) => ({
        id: Number(row.id),
        postId: Number(row.post_id),
        channel: String(row.channel),
        threadTs: String(row.thread_ts),
        text: String(row.text),
        status: row.status as 'planned' | 'sending' | 'posted',
        readoutId: String(row.readout_id),
        attempts: Number(row.attempts),
      }));
    },
    async markNoteSending(noteId) {
      await q("UPDATE thread_notes SET status = 'sending', attempts = attempts + 1 WHERE id = $1", [noteId]);
    },
    async markNotePosted(noteId, ts) {
      await q(
        "UPDATE thread_notes SET status = 'posted', ts = $1, posted_at = $2, last_error = NULL WHERE id = $3",
        [ts, now(), noteId],
      );
    },
    async markNoteFailed(noteId, error) {
      await q("UPDATE thread_notes SET status = 'planned', last_error = $1 WHERE id = $2", [
        error.slice(0, 500),
        noteId,
      ]);
    },
  };
}
