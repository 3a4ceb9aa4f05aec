import type { PgExec } from './postgres.js';
import type { Store } from './store.js';

/** Migration 6: the same column as SQLite's migration 10 (`sqlite-sending.ts`). */
export const POSTGRES_SENDING_MIGRATION = {
  name: 'posts: an attempt under way is recorded before the Web API call',
  sql: 'ALTER TABLE posts ADD COLUMN sending_at TEXT;',
};

/** The PostgreSQL side of the posting attempt record: the same statements as `sqlite-sending.ts`. */
export function postgresSending({ q, now }: PgExec): Pick<Store, 'markPostSending' | 'markPostNotSent'> {
  return {
    async markPostSending(postId) {
      await q("UPDATE posts SET sending_at = $1 WHERE id = $2 AND status = 'planned'", [now(), postId]);
    },
    async markPostNotSent(postId) {
      await q('UPDATE posts SET sending_at = NULL WHERE id = $1', [postId]);
    },
  };
}
