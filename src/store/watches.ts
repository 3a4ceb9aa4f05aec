import { type Compilable, type RawBuilder, sql as sqlTag } from 'kysely';
import { joinWords, splitWords } from './feeds.js';
import { ftsQuery, pgTsQuery } from './search.js';
import type { Sql } from './sql.js';
import type { Watch } from './store.js';

/** A raw statement as something `Sql.run` takes. */
const statement = (sql: Sql, raw: RawBuilder<unknown>): Compilable<unknown> => ({
  compile: () => raw.compile(sql.db),
});

/** The full-text query of words in this database's syntax: title and key points only. */
const queryFor = (dialect: Sql['dialect'], words: readonly string[]) =>
  dialect === 'sqlite' ? ftsQuery(words, ['title', 'points']) : pgTsQuery(words, 'AC');

type Probe = ReturnType<typeof sqliteProbe>;

/**
 * SQLite's matching of one readout against many queries. FTS5 answers a MATCH from its index:
 * asked whether one readout matches, it reads the query's whole doclists (about 60 ms a query at
 * 50,000 readouts). So the readout's indexed text is copied into a one-row FTS5 table of this
 * connection (`temp.watch_probe`, the same columns and tokenizer as `readouts_fts`), the watches
 * whose key term its vocabulary has are picked by an index, and only their queries run, on it.
 */
function sqliteProbe(sql: Sql) {
  let ready = false;
  const exec = async (raw: RawBuilder<unknown>) => sql.run(statement(sql, raw));
  const open = async () => {
    if (ready) return;
    await exec(
      sqlTag`create virtual table if not exists temp.watch_probe using fts5(title, participants, points)`,
    );
    await exec(
      sqlTag`create virtual table if not exists temp.watch_probe_terms using fts5vocab(temp, watch_probe, col)`,
    );
    await exec(
      sqlTag`create virtual table if not exists temp.readouts_terms using fts5vocab(main, readouts_fts, row)`,
    );
    ready = true;
  };
  /** Runs `work` with the probe holding `fill`'s row, and empties it after. */
  const holding = async <T>(fill: RawBuilder<unknown>, work: () => Promise<T>): Promise<T> => {
    await open();
    await exec(sqlTag`delete from temp.watch_probe`);
    await exec(fill);
    try {
      return await work();
    } finally {
      await exec(sqlTag`delete from temp.watch_probe`);
    }
  };
  const readout = (id: string) =>
    sqlTag`insert into temp.watch_probe (rowid, title, participants, points)
      select rowid, title, participants, points from readouts_fts where rowid = ${Number(id)}`;
  return {
    /**
     * The rarest term of the words as the index spells them (in the fewest readouts so far): a
     * readout without it cannot match, and few readouts have it.
     */
    async key(words: readonly string[]): Promise<string> {
      const fill = sqlTag`insert into temp.watch_probe (rowid, title) values (1, ${words.join(' ')})`;
      const terms = await holding(fill, async () => {
        const rows = await sql.run(statement(sql, sqlTag`select term from temp.watch_probe_terms`));
        return (rows.rows as { term: string }[]).map((t) => t.term);
      });
      let best: { term: string; docs: number } | null = null;
      for (const term of terms.sort()) {
        const row = await sql.run(
          statement(sql, sqlTag`select doc from temp.readouts_terms where term = ${term}`),
        );
        const docs = Number((row.rows[0] as { doc?: number } | undefined)?.doc ?? 0);
        if (!best || docs < best.docs) best = { term, docs };
      }
      return best?.term ?? '';
    },
    async watchers(readoutId: string): Promise<{ user_id: string; words: string }[]> {
      return holding(readout(readoutId), async () => {
        const rows = await sql.run(
          statement(
            sql,
            sqlTag`select w.user_id, w.words from watches w join readouts r on r.id = ${Number(readoutId)}
              where w.key in (select term from temp.watch_probe_terms where col in ('title', 'points'))
                and (w.relation = '' or w.relation = r.relation)
                and exists (select 1 from temp.watch_probe where watch_probe match w.query)
              order by w.id`,
          ),
        );
        return rows.rows as { user_id: string; words: string }[];
      });
    },
    async has(readoutId: string, query: string): Promise<boolean> {
      return holding(readout(readoutId), async () => {
        const rows = await sql.run(
          statement(sql, sqlTag`select 1 as hit from temp.watch_probe where watch_probe match ${query}`),
        );
        return rows.rows.length > 0;
      });
    },
  };
}

/**
 * Watches and word-filtered subscriptions (SQLite migration 20, PostgreSQL 16). Matching is the
 * search index's (`readouts_fts` on SQLite, `readouts.search` on PostgreSQL: what
 * `/readout search` reads), limited to the title and the key points.
 */
function watchList(sql: Sql, probe: Probe) {
  const { db, run, all, first, now, dialect } = sql;
  const queryOf = (words: readonly string[]) => queryFor(dialect, words);
  return {
    /** Adds a person's watch; false when they had the same words for the same relation already. */
    async addWatch(watch: Pick<Watch, 'userId' | 'words' | 'relation'>) {
      const added = await run(
        db
          .insertInto('watches')
          .values({
            user_id: watch.userId,
            words: joinWords(watch.words),
            relation: watch.relation ?? '',
            query: queryOf(watch.words),
            key: dialect === 'sqlite' ? await probe.key(watch.words) : '',
            created_at: now(),
          })
          .onConflict((oc) => oc.columns(['user_id', 'words', 'relation']).doNothing()),
      );
      return added.changes === 1;
    },
    /** A person's watches, oldest first (`/readout watches` numbers them from 1). */
    async listWatches(userId: string) {
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
    /** Removes one of a person's watches by id; false when they had none with it. */
    async removeWatch(userId: string, watchId: number) {
      const removed = await run(
        db.deleteFrom('watches').where('user_id', '=', userId).where('id', '=', watchId),
      );
      return removed.changes > 0;
    },
    /** The words a person was sent a readout for, or null when it was not for a watch. */
    async watchHit(readoutId: string, userId: string) {
      const row = await first(
        db
          .selectFrom('watch_hits')
          .select('words')
          .where('user_id', '=', userId)
          .where('readout_id', '=', Number(readoutId)),
      );
      return row ? splitWords(row.words) : null;
    },
  };
}

/**
 * Who a new readout goes to, and their direct messages planned (see `watchList` for matching).
 * `watchersOf`: the people with a watch the readout matches (all its words in the title or key
 * points, by the search index of `searchReadouts`; its relation, when it has one), with the words
 * of their oldest matching watch: one entry per person. `planWatchMessages`: a readout's direct
 * messages to its watchers, in one transaction: for each person, why (the watch's words, kept for
 * the message) and a fresh post to their user id, unless they were sent it already; how many
 * posts were newly planned.
 */
function watchMatching(sql: Sql, probe: Probe) {
  const { db, all, first, now, dialect } = sql;
  const queryOf = (words: readonly string[]) => queryFor(dialect, words);
  /** PostgreSQL: readout `r`'s search vector against a tsquery (a column or a value). */
  const pgMatches = (query: RawBuilder<unknown>) =>
    sqlTag<boolean>`r.search @@ to_tsquery('simple', ${query})`;
  return {
    /** The people with a watch the readout matches, one entry each (see above). */
    async watchersOf(readoutId: string) {
      const rows =
        dialect === 'sqlite'
          ? await probe.watchers(readoutId)
          : await all(
              db
                .selectFrom('watches as w')
                .innerJoin('readouts as r', (join) => join.on('r.id', '=', Number(readoutId)))
                .select(['w.user_id', 'w.words'])
                .where((eb) =>
                  eb.or([eb('w.relation', '=', ''), eb('w.relation', '=', eb.ref('r.relation'))]),
                )
                .where(pgMatches(sqlTag.ref('w.query')))
                .orderBy('w.id'),
            );
      const byUser = new Map<string, string[]>();
      for (const row of rows) if (!byUser.has(row.user_id)) byUser.set(row.user_id, splitWords(row.words));
      return [...byUser].map(([userId, words]) => ({ userId, words }));
    },
    /** Whether a readout has all the words in its title or key points (as `watchersOf`). */
    async readoutHasWords(readoutId: string, words: readonly string[]) {
      if (words.length === 0) return true;
      if (dialect === 'sqlite') return probe.has(readoutId, queryOf(words));
      const row = await first(
        db
          .selectFrom('readouts as r')
          .select('r.id')
          .where('r.id', '=', Number(readoutId))
          .where(pgMatches(sqlTag`${queryOf(words)}`)),
      );
      return row !== undefined;
    },
    /** Plans a readout's direct messages to its watchers (see above); how many were new. */
    async planWatchMessages(readoutId: string, watchers: readonly { userId: string; words: string[] }[]) {
      if (watchers.length === 0) return 0;
      return sql.tx(async ({ run }) => {
        let planned = 0;
        for (const { userId, words } of watchers) {
          await run(
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
          // As Store.planPost({ fresh: true }): sorted by the digest planner before it is posted.
          const post = await run(
            db
              .insertInto('posts')
              .values({
                readout_id: Number(readoutId),
                channel: userId,
                status: 'planned',
                attempts: 0,
                created_at: now(),
                hold: 'new',
              })
              .onConflict((oc) => oc.columns(['readout_id', 'channel']).doNothing()),
          );
          planned += post.changes;
        }
        return planned;
      });
    },
  };
}

/** Watches: a person's words, and who a new readout goes to. */
export function watches(sql: Sql) {
  const probe = sqliteProbe(sql);
  return { ...watchList(sql, probe), ...watchMatching(sql, probe) };
}
