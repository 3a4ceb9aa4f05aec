import { type Selectable, sql as sqlTag } from 'kysely';
import { notResting } from './parking.js';
import { postedRow } from './rows.js';
import type { Database } from './schema.js';
import type { Sql } from './sql.js';
import type { PendingOptions } from './store.js';

type NoteRow = Pick<
  Selectable<Database['thread_notes']>,
  'id' | 'post_id' | 'text' | 'status' | 'attempts' | 'context_of'
> & { channel: string; thread_ts: string | null; readout_id: number | string };

/** A short note for a post's thread ("The source page changed: …", a context reply), posted once. */
export function toThreadNote(row: NoteRow) {
  return {
    id: Number(row.id),
    postId: Number(row.post_id),
    channel: row.channel,
    /** The ts of the thread to post in (the post's own, or the post it replies under). */
    threadTs: String(row.thread_ts),
    text: row.text,
    /** 'sending' while an attempt may have reached Slack (a crash then leaves it so). */
    status: row.status,
    readoutId: String(row.readout_id),
    attempts: Number(row.attempts),
    /** A context reply: the earlier readout of the relation it names (its link found when sent). */
    contextOf: row.context_of === null ? null : String(row.context_of),
  };
}

/**
 * The notes a changed page leaves in its posts' threads (SQLite migration 5, PostgreSQL 3).
 * Replies in another post's thread are planned in posts.ts; page checks and the changes they
 * find, notes queued with them, in page-checks.ts.
 */
export function threadNotes({ db, run, all, now, flag }: Sql) {
  return {
    /** Notes whose post is posted and not waiting for an edit, oldest first. */
    async pendingNotes(limit: number, options?: PendingOptions) {
      const rows = await all(
        db
          .selectFrom('thread_notes as n')
          .innerJoin('posts as p', 'p.id', 'n.post_id')
          .leftJoin('posts as parent', 'parent.id', 'p.thread_of')
          .select((eb) => [
            'n.id',
            'n.post_id',
            'p.channel',
            eb.fn.coalesce('parent.ts', 'p.ts').as('thread_ts'),
            'n.text',
            'n.status',
            'p.readout_id',
            'n.attempts',
            'n.context_of',
          ])
          // A literal status: the partial index thread_notes_pending serves only a query naming it.
          .where('n.status', '<>', sqlTag.lit('posted' as const))
          .where('p.status', '=', 'posted')
          .where('p.needs_update', '=', flag(false))
          .where(notResting('p.channel', options?.restingAt))
          // A context reply goes under a post of its own, never under a digest that carries it.
          .where((eb) => eb.or([eb('n.context_of', 'is', null), eb('p.digest_id', 'is', null)]))
          .orderBy('n.id')
          .limit(limit),
      );
      return rows.map(toThreadNote);
    },
    /** Records that a note is being sent (before the call to Slack). */
    async markNoteSending(noteId: number) {
      await run(
        db
          .updateTable('thread_notes')
          .set((eb) => ({ status: 'sending', attempts: eb('attempts', '+', 1) }))
          .where('id', '=', noteId),
      );
    },
    async markNotePosted(noteId: number, ts: string) {
      await run(db.updateTable('thread_notes').set(postedRow(ts, now())).where('id', '=', noteId));
    },
    async markNoteFailed(noteId: number, error: string) {
      await run(
        db
          .updateTable('thread_notes')
          .set({ status: 'planned', last_error: error.slice(0, 500) })
          .where('id', '=', noteId),
      );
    },
  };
}
