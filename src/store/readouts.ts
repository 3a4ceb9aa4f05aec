import { ReadoutError } from '../app/errors.js';
import { isPosted } from '../readout/posting.js';
import { mapped, READOUT_COLUMNS, toReadout } from './rows.js';
import type { SearchIndex } from './search.js';
import type { Sql } from './sql.js';
import type { NewReadout, StoredReadout } from './store.js';

export type ReadoutChange = Pick<StoredReadout, 'readout' | 'partial' | 'pageAttempts' | 'lastPageError'>;

/** The columns a readout's facts set, on insert and on update, with its search columns. */
function factColumns(search: SearchIndex, change: ReadoutChange, at: string) {
  return {
    data: JSON.stringify(change.readout),
    relation: change.readout.relation,
    event_date: change.readout.date,
    partial: change.partial,
    page_attempts: change.pageAttempts,
    last_page_error: change.lastPageError,
    held_back: !isPosted(change.readout),
    updated_at: at,
    ...search.columns(change.readout),
  };
}

/** Inserts a readout and its search entry, unless its feed item is stored already. */
export async function insertReadoutWith(sql: Sql, search: SearchIndex, r: NewReadout) {
  const { db, first } = sql;
  const at = sql.now();
  const row = await first(
    db
      .insertInto('readouts')
      .values({
        feed_url: r.feedUrl,
        item_key: r.itemKey,
        link: r.link,
        item_published_at: r.itemPublishedAt,
        item_title: r.itemTitle,
        item_summary: r.itemSummary,
        announce: r.announce,
        created_at: at,
        ...factColumns(search, r, at),
      })
      .onConflict((oc) => oc.columns(['feed_url', 'item_key']).doNothing())
      .returning(READOUT_COLUMNS),
  );
  if (row) {
    await search.sync(sql, String(row.id), r.readout);
    return { readout: toReadout(row), created: true };
  }
  const existing = await first(
    db
      .selectFrom('readouts')
      .select(READOUT_COLUMNS)
      .where('feed_url', '=', r.feedUrl)
      .where('item_key', '=', r.itemKey),
  );
  if (!existing) throw new ReadoutError('STORE_INVARIANT', `readout ${r.feedUrl} ${r.itemKey} vanished`);
  return { readout: toReadout(existing), created: false };
}

/** Replaces a readout's facts and its search entry, inside the caller's transaction. */
export async function updateReadoutWith(sql: Sql, search: SearchIndex, id: string, change: ReadoutChange) {
  await sql.run(
    sql.db
      .updateTable('readouts')
      .set(factColumns(search, change, sql.now()))
      .where('id', '=', Number(id)),
  );
  await search.sync(sql, id, change.readout);
}

/** An id as the databases hold it, or null for a string that cannot be one. */
const readoutId = (id: string): number | null => (/^\d{1,15}$/.test(id) ? Number(id) : null);

/** Readouts: stored from feed items, completed from their pages, read back for the commands. */
export function readouts(sql: Sql, search: SearchIndex) {
  return { ...readoutRows(sql, search), ...readoutLookups(sql) };
}

const selectReadouts = (db: Sql['db']) => db.selectFrom('readouts').select(READOUT_COLUMNS);
/** A relation's readouts between two event dates. */
const datedReadouts = (db: Sql['db'], relation: string, from: string, to: string) =>
  selectReadouts(db)
    .where('relation', '=', relation)
    .where('event_date', '>=', from)
    .where('event_date', '<=', to);

/** Readouts stored from feed items and completed from their pages. */
function readoutRows(sql: Sql, search: SearchIndex) {
  const { db, tx, flag } = sql;
  const { list, one } = mapped(sql, toReadout);
  const select = () => selectReadouts(db);
  return {
    /** Readouts of a relation whose event date lies in [from, to], other than `exceptId`, oldest first. */
    async pairCandidates(relation: string, from: string, to: string, exceptId: string) {
      return list(
        datedReadouts(db, relation, from, to)
          .where('id', '<>', Number(exceptId))
          .where('partial', '=', flag(false))
          .orderBy('id')
          .limit(50),
      );
    },
    /**
     * The latest `limit` complete readouts (not held back) of a relation before a readout dated
     * `date` (earlier dates, or the same date stored before `exceptId`), latest first.
     */
    async earlierReadouts(relation: string, date: string, exceptId: string, limit: number) {
      const id = Number(exceptId);
      return list(
        selectReadouts(db)
          .where('relation', '=', relation)
          .where((eb) =>
            eb.or([eb('event_date', '<', date), eb.and([eb('event_date', '=', date), eb('id', '<', id)])]),
          )
          .where('partial', '=', flag(false))
          .where('held_back', '=', flag(false))
          .orderBy('event_date', 'desc')
          .orderBy('id', 'desc')
          .limit(limit),
      );
    },
    async findReadout(feedUrl: string, itemKey: string) {
      return one(select().where('feed_url', '=', feedUrl).where('item_key', '=', itemKey));
    },
    async getReadout(id: string) {
      const n = readoutId(id);
      if (n === null) return null;
      return one(select().where('id', '=', n));
    },
    /** Inserts a readout; returns the stored one and whether it was new. */
    async insertReadout(r: NewReadout) {
      return tx((t) => insertReadoutWith(t, search, r));
    },
    /** Replaces the parsed facts of a readout (a partial one completed, or a page retried). */
    async updateReadout(id: string, change: ReadoutChange) {
      await tx((t) => updateReadoutWith(t, search, id, change));
    },
    /** Partial readouts of a feed whose page is still to be fetched again. */
    async listPartial(feedUrl: string, maxAttempts: number) {
      return list(
        select()
          .where('feed_url', '=', feedUrl)
          .where('partial', '=', flag(true))
          .where('page_attempts', '<', maxAttempts)
          .orderBy('id'),
      );
    },
  };
}

/** Readouts read back for the commands, newest first or by date. */
function readoutLookups(sql: Sql) {
  const { db, first, newestFirst, compiledOnce } = sql;
  const { list, one } = mapped(sql, toReadout);
  const select = () => selectReadouts(db);
  // Every `latest` and `list` lookup: compiled once (sql.ts, compiledOnce).
  const latestOf = compiledOnce((v: { relation: string; limit: number }) =>
    select()
      .where('relation', '=', v.relation)
      .orderBy('event_date', newestFirst)
      .orderBy((eb) => eb.fn.coalesce('item_published_at', 'created_at'), 'desc')
      .orderBy('id', 'desc')
      .limit(v.limit),
  );
  return {
    /** Latest readouts of a relation, by event date (then by when stored), newest first. */
    async latestByRelation(relation: string, limit: number) {
      return list(latestOf({ relation, limit }));
    },
    async countReadouts() {
      const row = await first(db.selectFrom('readouts').select((eb) => eb.fn.countAll().as('n')));
      return Number(row?.n ?? 0);
    },
    /** The latest readouts of any relation, by event date, newest first. */
    async latestReadouts(limit: number) {
      return list(select().orderBy('event_date', newestFirst).orderBy('id', 'desc').limit(limit));
    },
    /** The newest readout whose page is this URL (http or https, with or without a final slash). */
    async findByUrl(url: string) {
      const bare = url.replace(/^https?:\/\//i, '').replace(/\/$/, '');
      const forms = [`https://${bare}`, `http://${bare}`, `https://${bare}/`, `http://${bare}/`];
      return one(
        select()
          .where((eb) => eb.or([eb('link', 'in', forms), eb(sql.jsonText('data', 'url'), 'in', forms)]))
          .orderBy('id', 'desc')
          .limit(1),
      );
    },
    /** Readouts of a relation whose event date lies in [from, to] (YYYY-MM-DD), newest first. */
    async byRelationBetween(relation: string, from: string, to: string, limit: number) {
      return list(
        datedReadouts(db, relation, from, to)
          .orderBy('event_date', 'desc')
          .orderBy('id', 'desc')
          .limit(limit),
      );
    },
  };
}
