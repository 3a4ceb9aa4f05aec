import { type ExpressionBuilder, sql as sqlTag } from 'kysely';
import { insertReadoutWith, updateReadoutWith } from './readouts.js';
import { R_COLUMNS, toReadout } from './rows.js';
import type { Database } from './schema.js';
import type { SearchIndex } from './search.js';
import type { Sql } from './sql.js';
import type { PageCheck, Store } from './store.js';

/** What a page looked like when last read; a feed's new readouts are stored with theirs. */
async function savePageCheckWith({ db, run }: Sql, c: PageCheck): Promise<void> {
  const values = {
    item_hash: c.itemHash,
    etag: c.etag,
    last_modified: c.lastModified,
    content_hash: c.contentHash,
    checked_at: c.checkedAt,
  };
  await run(
    db
      .insertInto('page_checks')
      .values({ readout_id: Number(c.readoutId), ...values })
      .onConflict((oc) => oc.column('readout_id').doUpdateSet(values)),
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

type PageCheckMethod =
  | 'insertReadouts'
  | 'getPageCheck'
  | 'savePageCheck'
  | 'feedsWithDuePageChecks'
  | 'duePageChecks';

/** A feed's new readouts with their checks, and the checks that are due. */
function pageCheckRows(sql: Sql, search: SearchIndex): Pick<Store, PageCheckMethod> {
  const { db, all, first, tx, flag, unindexed, compiledOnce } = sql;
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
  return {
    async insertReadouts(rows) {
      // One transaction for a feed's new readouts and their page checks.
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
    async getPageCheck(readoutId) {
      const row = await first(
        db.selectFrom('page_checks').selectAll().where('readout_id', '=', Number(readoutId)),
      );
      if (!row) return null;
      return {
        readoutId: String(row.readout_id),
        itemHash: row.item_hash,
        etag: row.etag,
        lastModified: row.last_modified,
        contentHash: row.content_hash,
        checkedAt: row.checked_at,
      };
    },
    async savePageCheck(check) {
      await savePageCheckWith(sql, check);
    },
    async feedsWithDuePageChecks(createdSince, checkedBefore) {
      // From the index of when stored (migration 15): the window is the last days, not the table.
      const rows = await all(dueFeeds({ createdSince, checkedBefore }));
      return rows.map((r) => r.feed_url);
    },
    async duePageChecks(feedUrl, createdSince, checkedBefore, limit) {
      const rows = await all(
        withChecks()
          .select(R_COLUMNS)
          .where('r.feed_url', '=', feedUrl)
          .where(due(createdSince, checkedBefore))
          .orderBy((eb) => eb.fn.coalesce('c.checked_at', 'r.created_at'))
          .orderBy('r.id')
          .limit(limit),
      );
      return rows.map(toReadout);
    },
  };
}

/** A changed page: its readout, its posts' edits and the notes in their threads, together. */
function pageChanges(sql: Sql, search: SearchIndex): Pick<Store, 'applyPageChange'> {
  const { db, tx, now } = sql;
  return {
    async applyPageChange(readoutId, change, note) {
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
