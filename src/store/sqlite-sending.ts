import type Database from 'better-sqlite3';
import type { Migration } from './migrations.js';
import type { Store } from './store.js';

/** Migration 10: when the latest attempt to post a planned post began (null: none unanswered). */
export const SQLITE_SENDING_MIGRATION: Migration = {
  version: 10,
  name: 'posts: an attempt under way is recorded before the Web API call',
  sql: 'ALTER TABLE posts ADD COLUMN sending_at TEXT;',
};

/** The SQLite side of the posting attempt record, kept apart from the rest of the store. */
export function sqliteSending(
  db: Database.Database,
  now: () => string,
): Pick<Store, 'markPostSending' | 'markPostNotSent'> {
  const q = {
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
  };
}
