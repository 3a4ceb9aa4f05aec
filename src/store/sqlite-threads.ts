import type Database from 'better-sqlite3';
import type { PostRow, ReadoutRow } from './sqlite.js';
import type {
  NewReadout,
  NewReadoutWithCheck,
  PageCheck,
  Post,
  Store,
  StoredReadout,
  ThreadNote,
} from './store.js';

type Change = Pick<StoredReadout, 'readout' | 'partial' | 'pageAttempts' | 'lastPageError'>;

type PageCheckRow = {
  readout_id: number;
  item_hash: string | null;
  etag: string | null;
  last_modified: string | null;
  content_hash: string | null;
  checked_at: string;
};

type NoteRow = {
  id: number;
  post_id: number;
  channel: string;
  thread_ts: string;
  text: string;
  status: ThreadNote['status'];
  readout_id: number;
  attempts: number;
};

type ThreadMethods = Pick<
  Store,
  | 'planThreadPost'
  | 'getPost'
  | 'pairCandidates'
  | 'getPageCheck'
  | 'insertReadouts'
  | 'savePageCheck'
  | 'duePageChecks'
  | 'feedsWithDuePageChecks'
  | 'applyPageChange'
  | 'pendingNotes'
  | 'markNoteSending'
  | 'markNotePosted'
  | 'markNoteFailed'
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
    planThreadPost: db.prepare(
      `INSERT INTO posts (readout_id, channel, status, attempts, created_at, thread_of) VALUES (?, ?, 'planned', 0, ?, ?)
       ON CONFLICT (readout_id, channel) DO NOTHING`,
    ),
    getPost: db.prepare<[number], PostRow>('SELECT * FROM posts WHERE id = ?'),
    pairCandidates: db.prepare<[string, string, string, number], ReadoutRow>(
      `SELECT * FROM readouts WHERE relation = ? AND event_date >= ? AND event_date <= ? AND id <> ? AND partial = 0
       ORDER BY id LIMIT 50`,
    ),
    getPageCheck: db.prepare<[number], PageCheckRow>('SELECT * FROM page_checks WHERE readout_id = ?'),
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
    // A channel parked beyond the given instant is left out (sqlite-parking.ts); null leaves none out.
    pendingNotes: db.prepare<[string | null, number], NoteRow>(
      `SELECT n.id, n.post_id, p.channel, COALESCE(parent.ts, p.ts) AS thread_ts, n.text, n.status,
         p.readout_id, n.attempts
       FROM thread_notes n JOIN posts p ON p.id = n.post_id LEFT JOIN posts parent ON parent.id = p.thread_of
       WHERE n.status <> 'posted' AND p.status = 'posted' AND p.needs_update = 0
         AND NOT EXISTS (SELECT 1 FROM channel_problems c WHERE c.channel = p.channel AND c.next_try_at > ?)
       ORDER BY n.id LIMIT ?`,
    ),
    markNoteSending: db.prepare(
      "UPDATE thread_notes SET status = 'sending', attempts = attempts + 1 WHERE id = ?",
    ),
    markNotePosted: db.prepare(
      "UPDATE thread_notes SET status = 'posted', ts = ?, posted_at = ?, last_error = NULL WHERE id = ?",
    ),
    markNoteFailed: db.prepare("UPDATE thread_notes SET status = 'planned', last_error = ? WHERE id = ?"),
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
    async planThreadPost(readoutId, channel, threadOf) {
      return q.planThreadPost.run(Number(readoutId), channel, now(), threadOf).changes === 1;
    },
    async getPost(postId) {
      const row = q.getPost.get(postId);
      return row ? toPost(row) : null;
    },
    async pairCandidates(relation, from, to, exceptId) {
      return q.pairCandidates.all(relation, from, to, Number(exceptId)).map(toReadout);
    },
    async getPageCheck(readoutId) {
      const row = q.getPageCheck.get(Number(readoutId));
      if (!row) return null;
      return {
        readoutId: String(row.readout_id),
        itemHash: row.item_hash,
        etag: row.etag,
        lastModified: row.last_modified,
        contentHash: row.content_hash,
        checkedAt: row.checked_at,
      } satisfies PageCheck;
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
    async pendingNotes(limit, options) {
      return q.pendingNotes.all(options?.restingAt ?? null, limit).map((row) => ({
        id: row.id,
        postId: row.post_id,
        channel: row.channel,
        threadTs: row.thread_ts,
        text: row.text,
        status: row.status,
        readoutId: String(row.readout_id),
        attempts: row.attempts,
      }));
    },
    async markNoteSending(noteId) {
      q.markNoteSending.run(noteId);
    },
    async markNotePosted(noteId, ts) {
      q.markNotePosted.run(ts, now(), noteId);
    },
    async markNoteFailed(noteId, error) {
      q.markNoteFailed.run(error.slice(0, 500), noteId);
    },
  };
}
