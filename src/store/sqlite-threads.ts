import type Database from 'better-sqlite3';
import type { PostRow, ReadoutRow } from './sqlite.js';
import type { NewReadout, NewReadoutWithCheck, Post, Store, StoredReadout } from './store.js';

type Change = Pick<StoredReadout, 'readout' | 'partial' | 'pageAttempts' | 'lastPageError'>;

type ThreadMethods = Pick<
  Store,
  | 'getPost'
  | 'pairCandidates'
  | 'insertReadouts'
  | 'savePageCheck'
  | 'duePageChecks'
  | 'feedsWithDuePageChecks'
  | 'applyPageChange'
>;

/**
 * A page check is due for a complete readout with a post, stored since the first parameter,
 * last checked (or stored) before the second. Both reads of due checks use it.
 */
const PAGE_CHECK_DUE = `r.partial = 0 AND r.created_at >= ? AND COALESCE(c.checked_at, r.created_at) < ?
  AND EXISTS (SELECT 1 FROM posts p WHERE p.readout_id = r.id AND +p.status = 'posted')`;

/**
 * The SQLite side of threads (migration 5): replies planned under another post, page checks,
 * and change notes, each note written in the same transaction as the change it reports.
 */
export function createThreadMethods(
  db: Database.Database,
  now: () => string,
  shared: {
    /** Writes a readout and its search entry (sqlite.ts). */
    updateIndexed: (id: string, change: Change) => void;
    /** Inserts a readout and its search entry (sqlite.ts), as insertReadout. */
    insertIndexed: (r: NewReadout) => { readout: StoredReadout; created: boolean };
    toPost: (row: PostRow) => Post;
    toReadout: (row: ReadoutRow) => StoredReadout;
  },
): ThreadMethods {
  const { updateIndexed, insertIndexed, toPost, toReadout } = shared;
  const q = {
    getPost: db.prepare<[number], PostRow>('SELECT * FROM posts WHERE id = ?'),
    pairCandidates: db.prepare<[string, string, string, number], ReadoutRow>(
      `SELECT * FROM readouts WHERE relation = ? AND event_date >= ? AND event_date <= ? AND id <> ? AND partial = 0
       ORDER BY id LIMIT 50`,
    ),
    savePageCheck: db.prepare(
      `INSERT INTO page_checks (readout_id, item_hash, etag, last_modified, content_hash, checked_at)
       VALUES (@readoutId, @itemHash, @etag, @lastModified, @contentHash, @checkedAt)
       ON CONFLICT (readout_id) DO UPDATE SET item_hash = excluded.item_hash, etag = excluded.etag,
         last_modified = excluded.last_modified, content_hash = excluded.content_hash, checked_at = excluded.checked_at`,
    ),
    duePageChecks: db.prepare<[string, string, string, number], ReadoutRow>(
      `SELECT r.* FROM readouts r LEFT JOIN page_checks c ON c.readout_id = r.id
       WHERE r.feed_url = ? AND ${PAGE_CHECK_DUE}
       ORDER BY COALESCE(c.checked_at, r.created_at), r.id LIMIT ?`,
    ),
    dueFeeds: db.prepare<[string, string], { feed_url: string }>(
      // From the index of when stored (migration 15): the window is the last days, not the table.
      `SELECT DISTINCT r.feed_url FROM readouts r INDEXED BY readouts_created
         LEFT JOIN page_checks c ON c.readout_id = r.id
       WHERE ${PAGE_CHECK_DUE}`,
    ),
    markForEdit: db.prepare(
      `UPDATE posts SET needs_update = 1 WHERE status = 'posted' AND digest_id IS NULL AND (readout_id = @id
         OR thread_of IN (SELECT id FROM posts WHERE readout_id = @id))`,
    ),
    queueNotes: db.prepare(
      `INSERT INTO thread_notes (post_id, text, created_at)
       SELECT id, @text, @now FROM posts WHERE readout_id = @id AND status = 'posted' AND digest_id IS NULL ORDER BY id`,
    ),
  };

  const applyChange = db.transaction((id: string, change: Change, note: string) => {
    updateIndexed(id, change);
    q.markForEdit.run({ id: Number(id) });
    return q.queueNotes.run({ id: Number(id), text: note, now: now() }).changes;
  });

  // One transaction for a feed's new readouts and their page checks (each insert a savepoint).
  const insertWithChecks = db.transaction((rows: NewReadoutWithCheck[]) =>
    rows.map(({ readout, pageCheck }) => {
      const result = insertIndexed(readout);
      if (result.created) q.savePageCheck.run({ ...pageCheck, readoutId: Number(result.readout.id) });
      return result;
    }),
  );
  return {
    async getPost(postId) {
      const row = q.getPost.get(postId);
      return row ? toPost(row) : null;
    },
    async pairCandidates(relation, from, to, exceptId) {
      return q.pairCandidates.all(relation, from, to, Number(exceptId)).map(toReadout);
    },
    async insertReadouts(rows) {
      return insertWithChecks(rows);
    },
    async savePageCheck(check) {
      q.savePageCheck.run({ ...check, readoutId: Number(check.readoutId) });
    },
    async feedsWithDuePageChecks(createdSince, checkedBefore) {
      return q.dueFeeds.all(createdSince, checkedBefore).map((r) => r.feed_url);
    },
    async duePageChecks(feedUrl, createdSince, checkedBefore, limit) {
      return q.duePageChecks.all(feedUrl, createdSince, checkedBefore, limit).map(toReadout);
    },
    async applyPageChange(readoutId, change, note) {
      return applyChange(readoutId, change, note);
    },
  };
}
