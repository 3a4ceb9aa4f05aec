import { ReadoutError } from '../app/errors.js';
import { isPosted } from '../readout/posting.js';
import { READOUT_COLUMNS, toReadout } from './rows.js';
import type { SearchIndex } from './search.js';
import type { Sql } from './sql.js';
import { keepForStats, statsRelationPatterns } from './stats-query.js';
import type { NewReadout, Store, StoredReadout } from './store.js';

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
function readoutRows(
  sql: Sql,
  search: SearchIndex,
): Pick<
  Store,
  | 'findReadout'
  | 'getReadout'
  | 'insertReadout'
  | 'updateReadout'
  | 'listPartial'
  | 'pairCandidates'
  | 'earlierReadouts'
> {
  const { db, all, first, tx, flag } = sql;
  const select = () => selectReadouts(db);
  return {
    async pairCandidates(relation, from, to, exceptId) {
      const rows = await all(
        datedReadouts(db, relation, from, to)
          .where('id', '<>', Number(exceptId))
          .where('partial', '=', flag(false))
          .orderBy('id')
          .limit(50),
      );
      return rows.map(toReadout);
    },
    async earlierReadouts(relation, date, exceptId, limit) {
      const id = Number(exceptId);
      const rows = await all(
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
      return rows.map(toReadout);
    },
    async findReadout(feedUrl, itemKey) {
      const row = await first(select().where('feed_url', '=', feedUrl).where('item_key', '=', itemKey));
      return row ? toReadout(row) : null;
    },
    async getReadout(id) {
      const n = readoutId(id);
      if (n === null) return null;
      const row = await first(select().where('id', '=', n));
      return row ? toReadout(row) : null;
    },
    async insertReadout(r) {
      return tx((t) => insertReadoutWith(t, search, r));
    },
    async updateReadout(id, change) {
      await tx((t) => updateReadoutWith(t, search, id, change));
    },
    async listPartial(feedUrl, maxAttempts) {
      const rows = await all(
        select()
          .where('feed_url', '=', feedUrl)
          .where('partial', '=', flag(true))
          .where('page_attempts', '<', maxAttempts)
          .orderBy('id'),
      );
      return rows.map(toReadout);
    },
  };
}

/** Readouts read back for the commands, newest first or by date. */
function readoutLookups(
  sql: Sql,
): Pick<
  Store,
  | 'latestByRelation'
  | 'countReadouts'
  | 'latestReadouts'
  | 'findByUrl'
  | 'byRelationBetween'
  | 'readoutsForStats'
> {
  const { db, all, first, newestFirst, compiledOnce } = sql;
  const select = () => selectReadouts(db);
  const dated = (relation: string, from: string, to: string) => datedReadouts(db, relation, from, to);
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
    async latestByRelation(relation, limit) {
      const rows = await all(latestOf({ relation, limit }));
      return rows.map(toReadout);
    },
    async countReadouts() {
      const row = await first(db.selectFrom('readouts').select((eb) => eb.fn.countAll().as('n')));
      return Number(row?.n ?? 0);
    },
    async latestReadouts(limit) {
      const rows = await all(select().orderBy('event_date', newestFirst).orderBy('id', 'desc').limit(limit));
      return rows.map(toReadout);
    },
    async findByUrl(url) {
      // The same page as http or https, with or without the final slash.
      const bare = url.replace(/^https?:\/\//i, '').replace(/\/$/, '');
      const forms = [`https://${bare}`, `http://${bare}`, `https://${bare}/`, `http://${bare}/`];
      const row = await first(
        select()
          .where((eb) => eb.or([eb('link', 'in', forms), eb(sql.jsonText('data', 'url'), 'in', forms)]))
          .orderBy('id', 'desc')
          .limit(1),
      );
      return row ? toReadout(row) : null;
    },
    async byRelationBetween(relation, from, to, limit) {
      const rows = await all(
        dated(relation, from, to).orderBy('event_date', 'desc').orderBy('id', 'desc').limit(limit),
      );
      return rows.map(toReadout);
    },
    async readoutsForStats(target, from, to) {
      if ('relation' in target)
        return (await all(dated(target.relation, from, to).orderBy('event_date').orderBy('id'))).map(
          toReadout,
        );
      const patterns = statsRelationPatterns(target);
      const rows = await all(
        select()
          .where((eb) =>
            eb.or([
              eb('relation', '=', patterns[0] ?? ''),
              ...patterns.slice(1).map((p) => eb('relation', 'like', p)),
            ]),
          )
          .where('event_date', '>=', from)
          .where('event_date', '<=', to)
          .orderBy('event_date')
          .orderBy('id'),
      );
      return rows.map(toReadout).filter((row) => keepForStats(target, row));
    },
  };
}
