import { type RawBuilder, sql as sqlTag } from 'kysely';
import { ftsQuery, pgTsQuery } from './search-text.js';
import type { Sql } from './sql.js';
import type { Store, Subscription, Watch } from './store.js';

/** The methods only this module has (a store is completed by `withWatches`). */
type WatchMethods =
  | 'addWatch'
  | 'listWatches'
  | 'removeWatch'
  | 'watchersOf'
  | 'readoutHasWords'
  | 'recordWatchHit'
  | 'watchHit';
type Methods = WatchMethods | 'addSubscription' | 'removeSubscription' | 'listSubscriptions';

/** Words as stored: lower case, one space apart (so that the same words are the same watch). */
const joinWords = (words: readonly string[] | null | undefined): string =>
  (words ?? []).map((w) => w.toLowerCase()).join(' ');
const splitWords = (words: string): string[] => words.split(' ').filter(Boolean);

/**
 * Watches and word-filtered subscriptions (SQLite migration 20, PostgreSQL 16). Matching is the
 * search index's (`readouts_fts` on SQLite, `readouts.search` on PostgreSQL: the one
 * `/readout search` reads), limited to the title and the key points. The subscription methods
 * here replace the stores' own, which know nothing of words: this module is spread last.
 */
export function watches({ db, run, all, first, now, dialect }: Sql): Pick<Store, Methods> {
  /** The full-text query of words in this database's syntax: title and key points only. */
  const queryOf = (words: readonly string[]) =>
    dialect === 'sqlite' ? ftsQuery(words, ['title', 'points']) : pgTsQuery(words, 'AC');
  /** Whether readout `r` matches the full-text query `query` (a column or a value). */
  const matches = (query: RawBuilder<unknown>): RawBuilder<boolean> =>
    dialect === 'sqlite'
      ? sqlTag<boolean>`exists (select 1 from readouts_fts where readouts_fts match ${query} and readouts_fts.rowid = r.id)`
      : sqlTag<boolean>`r.search @@ to_tsquery('simple', ${query})`;
  const toSubscription = (row: {
    id: number | string;
    channel: string;
    target: string;
    kind: string;
    level: string;
    created_by: string | null;
    words: string;
  }): Subscription => ({
    id: Number(row.id),
    channel: row.channel,
    target: row.target,
    kind: (row.kind || null) as Subscription['kind'],
    level: (row.level || null) as Subscription['level'],
    createdBy: row.created_by,
    words: row.words ? splitWords(row.words) : null,
  });
  return {
    async addWatch(watch) {
      const added = await run(
        db
          .insertInto('watches')
          .values({
            user_id: watch.userId,
            words: joinWords(watch.words),
            relation: watch.relation ?? '',
            query: queryOf(watch.words),
            created_at: now(),
          })
          .onConflict((oc) => oc.columns(['user_id', 'words', 'relation']).doNothing()),
      );
      return added.changes === 1;
    },
    async listWatches(userId) {
      const rows = await all(
        db.selectFrom('watches').selectAll().where('user_id', '=', userId).orderBy('id'),
      );
      return rows.map(
        (row): Watch => ({
          id: Number(row.id),
          userId: row.user_id,
          words: splitWords(row.words),
          relation: row.relation || null,
          createdAt: row.created_at,
        }),
      );
    },
    async removeWatch(userId, watchId) {
      const removed = await run(
        db.deleteFrom('watches').where('user_id', '=', userId).where('id', '=', watchId),
      );
      return removed.changes > 0;
    },
    async watchersOf(readoutId) {
      const rows = await all(
        db
          .selectFrom('watches as w')
          .innerJoin('readouts as r', (join) => join.on('r.id', '=', Number(readoutId)))
          .select(['w.user_id', 'w.words'])
          .where((eb) => eb.or([eb('w.relation', '=', ''), eb('w.relation', '=', eb.ref('r.relation'))]))
          .where(matches(sqlTag.ref('w.query')))
          .orderBy('w.id'),
      );
      const byUser = new Map<string, string[]>();
      for (const row of rows) if (!byUser.has(row.user_id)) byUser.set(row.user_id, splitWords(row.words));
      return [...byUser].map(([userId, words]) => ({ userId, words }));
    },
    async readoutHasWords(readoutId, words) {
      if (words.length === 0) return true;
      const row = await first(
        db
          .selectFrom('readouts as r')
          .select('r.id')
          .where('r.id', '=', Number(readoutId))
          .where(matches(sqlTag`${queryOf(words)}`)),
      );
      return row !== undefined;
    },
    async recordWatchHit(readoutId, userId, words) {
      const added = await run(
        db
          .insertInto('watch_hits')
          .values({
            user_id: userId,
            readout_id: Number(readoutId),
            words: joinWords(words),
            created_at: now(),
          })
          .onConflict((oc) => oc.columns(['user_id', 'readout_id']).doNothing()),
      );
      return added.changes === 1;
    },
    async watchHit(readoutId, userId) {
      const row = await first(
        db
          .selectFrom('watch_hits')
          .select('words')
          .where('user_id', '=', userId)
          .where('readout_id', '=', Number(readoutId)),
      );
      return row ? splitWords(row.words) : null;
    },
    async addSubscription(sub) {
      const added = await run(
        db
          .insertInto('subscriptions')
          .values({
            channel: sub.channel,
            target: sub.target,
            kind: sub.kind ?? '',
            level: sub.level ?? '',
            created_by: sub.createdBy,
            created_at: now(),
            words: joinWords(sub.words),
          })
          .onConflict((oc) => oc.doNothing()),
      );
      return added.changes === 1;
    },
    async removeSubscription(sub) {
      const removed = await run(
        db
          .deleteFrom('subscriptions')
          .where('channel', '=', sub.channel)
          .where('target', '=', sub.target)
          .where('kind', '=', sub.kind ?? '')
          .where('level', '=', sub.level ?? '')
          .where('words', '=', joinWords(sub.words)),
      );
      return removed.changes > 0;
    },
    async listSubscriptions(channel) {
      const query = db.selectFrom('subscriptions').selectAll();
      const rows = await all(
        channel ? query.where('channel', '=', channel).orderBy('id') : query.orderBy('channel').orderBy('id'),
      );
      return rows.map(toSubscription);
    },
  };
}

/** A store as sqlite.ts and postgres.ts build it, before this module completes it. */
export type StoreBeforeWatches = Omit<Store, WatchMethods>;

/** A store with the watch methods, and with subscriptions that know their words. */
export function withWatches(sql: Sql, store: StoreBeforeWatches): Store {
  return { ...store, ...watches(sql) };
}
