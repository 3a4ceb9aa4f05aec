import { type ExpressionBuilder, type Selectable, sql as sqlTag } from 'kysely';
import { insertReadoutWith, type ReadoutChange, updateReadoutWith } from './readouts.js';
import { mapped, R_COLUMNS, toReadout } from './rows.js';
import type { Database } from './schema.js';
import type { SearchIndex } from './search.js';
import type { Sql } from './sql.js';
import type { NewReadoutWithCheck, PageCheck } from './store.js';

/** What the poller last saw of a readout's feed item and page (to notice a change). */
export function toPageCheck(row: Selectable<Database['page_checks']>) {
  return {
    readoutId: String(row.readout_id),
    /** A hash of the feed item's title, summary and dates. */
    itemHash: row.item_hash,
    etag: row.etag,
    lastModified: row.last_modified,
    /** A hash of the page body last parsed. */
    contentHash: row.content_hash,
    checkedAt: row.checked_at,
  };
}

/** What a page looked like when last read; a feed's new readouts are stored with theirs. */
async function savePageCheckWith({ upsert }: Sql, c: PageCheck): Promise<void> {
  await upsert(
    'page_checks',
    { readout_id: Number(c.readoutId) },
    {
      item_hash: c.itemHash,
      etag: c.etag,
      last_modified: c.lastModified,
      content_hash: c.contentHash,
      checked_at: c.checkedAt,
    },
  );
}

/**
 * Page checks and the changes they find (SQLite migration 5, PostgreSQL 3): a changed page
 * rewrites its readout, marks its posts for an edit and leaves a note in their threads, all in
 * one transaction.
 */
export function pageChecks(sql: Sql, search: SearchIndex) {
  return { ...pageCheckRows(sql, search), ...pageChanges(sql, search) };
}

/** The reads of due page checks: their condition, the join they read, and the cycle's read of feeds. */
function dueCheckQueries({ db, flag, unindexed, compiledOnce }: Sql) {
  /**
   * A page check is due for a complete readout with a post, stored since `createdSince`, last
   * checked (or stored) before `checkedBefore`. Both reads of due checks use it.
   */
  const due =
    (createdSince: string, checkedBefore: string) =>
    (eb: ExpressionBuilder<Database & { r: Database['readouts']; c: Database['page_checks'] }, 'r' | 'c'>) =>
      eb.and([
        eb('r.partial', '=', flag(false)),
        eb('r.created_at', '>=', createdSince),
        eb(eb.fn.coalesce('c.checked_at', 'r.created_at'), '<', checkedBefore),
        eb.exists(
          eb
            .selectFrom('posts as p')
            .select('p.id')
            .whereRef('p.readout_id', '=', 'r.id')
            .where(unindexed<string>('p.status'), '=', 'posted'),
        ),
      ]);
  const withChecks = () =>
    db.selectFrom('readouts as r').leftJoin('page_checks as c', 'c.readout_id', 'r.id');
  // Read at the start of every poll cycle: compiled once (sql.ts, compiledOnce).
  // On SQLite the feed column is kept from its own index, which the planner took for DISTINCT.
  const dueFeeds = compiledOnce((v: { createdSince: string; checkedBefore: string }) =>
    withChecks()
      .select(unindexed<string>('r.feed_url').as('feed_url'))
      .distinct()
      .where(due(v.createdSince, v.checkedBefore)),
  );
  return { due, withChecks, dueFeeds };
}

/** A feed's new readouts with their checks, and the checks that are due. */
function pageCheckRows(sql: Sql, search: SearchIndex) {
  const { db, all, first, tx } = sql;
  const { list } = mapped(sql, toReadout);
  const { due, withChecks, dueFeeds } = dueCheckQueries(sql);
  return {
    /**
     * New readouts of one feed, in order: as insertReadout one by one, and each one created gets
     * its first page check (savePageCheck). One transaction: on SQLite one commit and one
     * search-index flush for the lot instead of one each.
     */
    async insertReadouts(rows: NewReadoutWithCheck[]) {
      return tx(async (t) => {
        const results = [];
        for (const { readout, pageCheck } of rows) {
          const result = await insertReadoutWith(t, search, readout);
          if (result.created) await savePageCheckWith(t, { ...pageCheck, readoutId: result.readout.id });
          results.push(result);
        }
        return results;
      });
    },
    async getPageCheck(readoutId: string) {
      const row = await first(
        db.selectFrom('page_checks').selectAll().where('readout_id', '=', Number(readoutId)),
      );
      return row ? toPageCheck(row) : null;
    },
    async savePageCheck(check: PageCheck) {
      await savePageCheckWith(sql, check);
    },
    /** The feeds that have a page check due (same conditions as `duePageChecks`), in one read. */
    async feedsWithDuePageChecks(createdSince: string, checkedBefore: string) {
      // From the index of when stored (migration 15): the window is the last days, not the table.
      const rows = await all(dueFeeds({ createdSince, checkedBefore }));
      return rows.map((r) => r.feed_url);
    },
    /**
     * Complete readouts of a feed that have a post, stored since `createdSince`, whose page was
     * last checked before `checkedBefore` (ISO instants); least recently checked first.
     */
    async duePageChecks(feedUrl: string, createdSince: string, checkedBefore: string, limit: number) {
      return list(
        withChecks()
          .select(R_COLUMNS)
          .where('r.feed_url', '=', feedUrl)
          .where(due(createdSince, checkedBefore))
          .orderBy((eb) => eb.fn.coalesce('c.checked_at', 'r.created_at'))
          .orderBy('r.id')
          .limit(limit),
      );
    },
  };
}

/** A changed page: its readout, its posts' edits and the notes in their threads, together. */
function pageChanges(sql: Sql, search: SearchIndex) {
  const { db, tx, now } = sql;
  return {
    /**
     * A source page changed in its facts: in one transaction, the readout is replaced, every
     * posted message of it (and the replies comparing with it) is marked for an edit in place,
     * and each of its posted messages gets one note for its thread. Returns the notes queued.
     */
    async applyPageChange(readoutId: string, change: ReadoutChange, note: string) {
      const id = Number(readoutId);
      return tx(async (t) => {
        await updateReadoutWith(t, search, readoutId, change);
        const ofReadout = db.selectFrom('posts').select('id').where('readout_id', '=', id);
        await t.run(
          db
            .updateTable('posts')
            .set({ needs_update: true })
            .where('status', '=', 'posted')
            .where('digest_id', 'is', null)
            .where((eb) => eb.or([eb('readout_id', '=', id), eb('thread_of', 'in', ofReadout)])),
        );
        const notes = await t.run(
          db
            .insertInto('thread_notes')
            .columns(['post_id', 'text', 'created_at'])
            .expression(
              ofReadout
                .select([sqlTag.val(note).as('text'), sqlTag.val(now()).as('created_at')])
                .where('status', '=', 'posted')
                .where('digest_id', 'is', null)
                .orderBy('id'),
            ),
        );
        return notes.changes;
      });
    },
  };
}
