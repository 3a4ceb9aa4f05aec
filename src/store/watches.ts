import { type Compilable, type CompiledQuery, type RawBuilder, sql as sqlTag } from 'kysely';
import { joinWords, splitWords } from './feeds.js';
import { ftsQuery, pgTsQuery } from './search.js';
import type { Sql } from './sql.js';
import type { ReadoutMatch, Watch, WorkspaceRemoval } from './store.js';
import {
  type CharTable,
  columnTokens,
  hasAll,
  indexWatches,
  matchingWatchers,
  type Phrase,
  type ReadoutTokens,
  readoutTokens,
  type TokenRow,
  tokenize,
  unknownChars,
  type WatchIndex,
} from './word-match.js';

/** A raw statement as something `Sql.run` takes. */
const statement = <R>(sql: Sql, raw: RawBuilder<R>): Compilable<R> => ({
  compile: () => raw.compile(sql.db),
});

/** The full-text query of words in this database's syntax: title and key points only. */
const queryFor = (dialect: Sql['dialect'], words: readonly string[]) =>
  dialect === 'sqlite' ? ftsQuery(words, ['title', 'points']) : pgTsQuery(words, 'AC');

/** The columns of `readouts_fts` a watch reads, in `ftsQuery`'s column filter. */
const WATCHED_COLUMNS = ['title', 'points'] as const;

/** Texts tokenized by SQLite in one statement at most (bound parameters stay well under limits). */
const INSERT_CHUNK = 200;

/** SQLite's FTS5 tables of this connection for tokenizing (`temp`: the same tokenizer as `readouts_fts`). */
function tokenTables(sql: Sql) {
  let ready = false;
  const exec = async (raw: RawBuilder<unknown>) => sql.run(statement(sql, raw));
  return {
    exec,
    async open() {
      if (ready) return;
      await exec(sqlTag`create virtual table if not exists temp.match_readout using fts5(title, points)`);
      await exec(
        sqlTag`create virtual table if not exists temp.match_readout_terms using fts5vocab(temp, match_readout, instance)`,
      );
      await exec(sqlTag`create virtual table if not exists temp.match_words using fts5(w)`);
      await exec(
        sqlTag`create virtual table if not exists temp.match_words_terms using fts5vocab(temp, match_words, instance)`,
      );
      ready = true;
    },
    /** Texts tokenized by SQLite, one row each: each text's tokens in order. */
    async tokens(texts: readonly string[]): Promise<string[][]> {
      await this.open();
      const out: string[][] = texts.map(() => []);
      for (let i = 0; i < texts.length; i += INSERT_CHUNK) {
        const some = texts.slice(i, i + INSERT_CHUNK);
        await exec(
          sqlTag`insert into temp.match_words (rowid, w) values ${sqlTag.join(some.map((t, k) => sqlTag`(${k + 1}, ${t})`))}`,
        );
        const rows = await sql.all(
          statement(
            sql,
            sqlTag<{
              doc: number;
              term: string;
              offset: number;
            }>`select doc, term, offset from temp.match_words_terms`,
          ),
        );
        await exec(sqlTag`delete from temp.match_words`);
        for (const { doc, term, offset } of rows) (out[i + doc - 1] as string[])[offset] = term;
      }
      return out;
    },
    /** A stored readout's title and key points tokenized by SQLite (for what the table cannot do). */
    async readout(id: number, relation: string): Promise<ReadoutTokens> {
      await this.open();
      await exec(sqlTag`insert into temp.match_readout (rowid, title, points)
        select rowid, title, points from readouts_fts where rowid = ${id}`);
      const rows = await sql.all(
        statement(sql, sqlTag<TokenRow>`select term, col, offset from temp.match_readout_terms`),
      );
      await exec(sqlTag`delete from temp.match_readout`);
      return readoutTokens(rows, relation, WATCHED_COLUMNS);
    },
  };
}

/**
 * SQLite's tokenizer as a table of characters (word-match.ts), each learnt from SQLite the first
 * time it is met: tokenized between two x's, it is a separator ("x", "x"), or part of a token
 * folded to what stands between the x's. A text it cannot be sure of is tokenized by SQLite.
 */
function sqliteTokenizer(sql: Sql) {
  const tables = tokenTables(sql);
  // Compiled once (it runs for every new readout), then given each readout's id.
  const compiled = sql
    .raw(
      sqlTag<{ title: string | null; points: string | null; relation: string | null }>`select title, points,
      (select relation from readouts where id = ${0}) as relation from readouts_fts where rowid = ${0}`,
    )
    .compile();
  const readoutQuery = (
    id: number,
  ): CompiledQuery<{ title: string | null; points: string | null; relation: string | null }> => ({
    ...compiled,
    parameters: [id, id],
  });
  const chars: CharTable = new Map();
  const learn = async (texts: readonly string[]) => {
    const unknown = unknownChars(texts, chars);
    if (unknown.length === 0) return;
    const tokens = await tables.tokens(unknown.map((ch) => `x${ch}x`));
    unknown.forEach((ch, i) => {
      const [one, two, ...more] = tokens[i] as string[];
      const alone =
        one !== undefined && two === undefined && one.startsWith('x') && one.endsWith('x') && one.length >= 2;
      chars.set(
        ch,
        one === 'x' && two === 'x' && more.length === 0 ? null : alone ? one.slice(1, -1) : false,
      );
    });
  };
  return {
    /** Each word's tokens, as a quoted FTS5 phrase of it would have them. */
    async phrasesOf(words: readonly string[]): Promise<Phrase[]> {
      let phrases = words.map((w) => tokenize(w, chars));
      if (phrases.includes(null)) {
        await learn(words);
        phrases = words.map((w) => tokenize(w, chars));
      }
      const unsure = words.filter((_, i) => phrases[i] === null);
      const bySqlite = unsure.length > 0 ? await tables.tokens(unsure) : [];
      return phrases.map((p) => p ?? (bySqlite.shift() as string[]));
    },
    /** A stored readout's title and key points as tokens (none when it is not indexed). */
    async readout(readoutId: string): Promise<ReadoutTokens> {
      const id = Number(readoutId);
      const row = await sql.first({ compile: () => readoutQuery(id) });
      const relation = row?.relation ?? '';
      const texts = [row?.title ?? '', row?.points ?? ''];
      let columns = texts.map((t) => tokenize(t, chars));
      if (columns.includes(null)) {
        await learn(texts);
        columns = texts.map((t) => tokenize(t, chars));
      }
      if (columns.includes(null)) return tables.readout(id, relation);
      return columnTokens(columns as string[][], relation);
    },
  };
}

type Tokenizer = ReturnType<typeof sqliteTokenizer>;

/** How long the watches' version is trusted without asking again (a change by this store is seen at once). */
const VERSION_TRUSTED_MS = 1_000;

/**
 * Every watch compiled for matching, read again only when the watches changed: ids only grow, so
 * their count and highest id change whenever one is added or removed. A change made through this
 * store is seen at once (`changed`); the version is asked again at most once a second, for any
 * other writer.
 */
function compiledWatches(sql: Sql, tokenizer: Tokenizer) {
  const { db, first, all } = sql;
  let cached: { version: string; index: WatchIndex } = { version: '', index: indexWatches([]) };
  let checkedAt = Number.NEGATIVE_INFINITY;
  // Pausing changes which watches count: the paused ones' count and the sum of their ids too.
  const versionQuery = db
    .selectFrom('watches')
    .select((eb) => [
      eb.fn.countAll<number>().as('n'),
      eb.fn.max('id').as('last'),
      eb.fn.count<number>('paused_at').as('paused'),
      sqlTag<number>`coalesce(sum(case when paused_at is null then 0 else id end), 0)`.as('pausedIds'),
    ])
    .compile();
  const load = async (): Promise<WatchIndex> => {
    const v = await first({ compile: () => versionQuery });
    checkedAt = performance.now();
    const version = `${Number(v?.n ?? 0)}:${Number(v?.last ?? 0)}:${Number(v?.paused ?? 0)}:${Number(v?.pausedIds ?? 0)}`;
    if (version === cached.version) return cached.index;
    const rows = await all(
      db
        .selectFrom('watches')
        .select(['id', 'user_id', 'words', 'relation'])
        .where('paused_at', 'is', null)
        .orderBy('id'),
    );
    const words = rows.map((r) => splitWords(r.words));
    const phrases = await tokenizer.phrasesOf(words.flat());
    let next = 0;
    const watches = rows.map((r, i) => {
      const own = words[i] as string[];
      next += own.length;
      return {
        userId: r.user_id,
        words: own,
        relation: r.relation,
        phrases: phrases.slice(next - own.length, next),
      };
    });
    cached = { version, index: indexWatches(watches) };
    return cached.index;
  };
  return {
    async now(): Promise<WatchIndex> {
      return performance.now() - checkedAt < VERSION_TRUSTED_MS ? cached.index : load();
    },
    changed() {
      checkedAt = Number.NEGATIVE_INFINITY;
    },
  };
}

/**
 * Watches and word-filtered subscriptions (SQLite migration 20, PostgreSQL 16). Matching is the
 * search index's (`readouts_fts` on SQLite, `readouts.search` on PostgreSQL: what
 * `/readout search` reads), limited to the title and the key points.
 */
function watchList(sql: Sql, matcher: Matcher) {
  const { db, run, all, first, now, dialect } = sql;
  return {
    /** Adds a person's watch; false when they had the same words for the same relation already. */
    async addWatch(watch: Pick<Watch, 'userId' | 'words' | 'relation'>) {
      // The query is built from the words as stored, so that both say the same.
      const words = joinWords(watch.words);
      const added = await run(
        db
          .insertInto('watches')
          .values({
            user_id: watch.userId,
            words,
            relation: watch.relation ?? '',
            query: queryFor(dialect, splitWords(words)),
            created_at: now(),
            // PostgreSQL: the tsquery once, as every readout is matched against it.
            ...(dialect === 'postgres'
              ? { tsq: sqlTag<string>`to_tsquery('simple', ${queryFor(dialect, splitWords(words))})` }
              : {}),
          })
          .onConflict((oc) => oc.columns(['user_id', 'words', 'relation']).doNothing()),
      );
      matcher.changed();
      return added.changes === 1;
    },
    /** A person's watches, oldest first (`/readout watches` numbers them from 1). */
    async listWatches(userId: string): Promise<Watch[]> {
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
          paused: row.paused_at ? { at: row.paused_at, why: row.paused_why ?? '' } : null,
        }),
      );
    },
    /** Removes one of a person's watches by id; false when they had none with it. */
    async removeWatch(userId: string, watchId: number) {
      const removed = await run(
        db.deleteFrom('watches').where('user_id', '=', userId).where('id', '=', watchId),
      );
      matcher.changed();
      return removed.changes > 0;
    },
    /** The words a person was sent a readout for, or null when it was not for a watch. */
    async watchHit(readoutId: string, userId: string): Promise<string[] | null> {
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
 * A person's watches paused when Slack refuses their direct message for a reason about them
 * (deliver/watches.ts `refusedDirectMessage`), and resumed when they act again.
 */
function watchPausing(sql: Sql, matcher: Matcher) {
  const { db, run, now } = sql;
  return {
    /**
     * Slack refused a person's direct message for a reason about the person: their watches are
     * paused (none matches until `resumeWatches`) and their unsent direct messages dropped, in one
     * transaction. Returns how many watches were paused and messages dropped.
     */
    async pauseWatches(userId: string, why: string): Promise<{ paused: number; dropped: number }> {
      const result = await sql.tx(async ({ run }) => {
        const paused = await run(
          db
            .updateTable('watches')
            .set({ paused_at: now(), paused_why: why })
            .where('user_id', '=', userId)
            .where('paused_at', 'is', null),
        );
        // A post to a user id is a watch's direct message: those not sent yet would be refused too.
        const unsent = db
          .selectFrom('posts')
          .select('id')
          .where('channel', '=', userId)
          .where('status', '=', sqlTag.lit('planned'));
        await run(db.deleteFrom('thread_notes').where('post_id', 'in', unsent));
        const dropped = await run(
          db.deleteFrom('posts').where('channel', '=', userId).where('status', '=', sqlTag.lit('planned')),
        );
        // Nor would the edits of those sent.
        await run(
          db
            .updateTable('posts')
            .set({ needs_update: false })
            .where('channel', '=', userId)
            .where('needs_update', '=', sql.flag(true)),
        );
        return { paused: paused.changes, dropped: dropped.changes };
      });
      matcher.changed();
      return result;
    },
    /** The person acted (a `/readout` command): their paused watches are on again. Returns how many. */
    async resumeWatches(userId: string): Promise<number> {
      const resumed = await run(
        db
          .updateTable('watches')
          .set({ paused_at: null, paused_why: null })
          .where('user_id', '=', userId)
          .where('paused_at', 'is not', null),
      );
      matcher.changed();
      return resumed.changes;
    },
  };
}

/** A readout matched against the given word filters and, when asked, every watch. */
type Matcher = {
  match(
    readoutId: string,
    filters: readonly (readonly string[])[],
    watchesToo: boolean,
  ): Promise<ReadoutMatch>;
  /** Called when this store changed the watches. */
  changed(): void;
};

/**
 * SQLite: one readout matched against the given word filters and every watch in memory, on its
 * tokens read once (word-match.ts). Nothing is read when there is nothing to match.
 */
function sqliteMatching(sql: Sql): Matcher {
  const tokenizer = sqliteTokenizer(sql);
  const watches = compiledWatches(sql, tokenizer);
  const match: Matcher['match'] = async (readoutId, filters, watchesToo) => {
    const index = watchesToo ? await watches.now() : indexWatches([]);
    if (index.byKey.size === 0 && filters.every((f) => f.length === 0))
      return { filters: filters.map(() => true), watchers: [] };
    const text = await tokenizer.readout(readoutId);
    const answers = [];
    for (const words of filters)
      answers.push(words.length === 0 || hasAll(text, await tokenizer.phrasesOf(words)));
    return { filters: answers, watchers: matchingWatchers(text, index) };
  };
  return { match, changed: watches.changed };
}

/** PostgreSQL: the readout's search vector against each watch's and filter's tsquery, in SQL. */
function postgresMatching(sql: Sql): Matcher {
  const { db, all, first } = sql;
  const matches = (query: RawBuilder<unknown>) => sqlTag<boolean>`r.search @@ to_tsquery('simple', ${query})`;
  const match: Matcher['match'] = async (readoutId, filters, watchesToo) => {
    const answers = [];
    for (const words of filters) {
      if (words.length === 0) answers.push(true);
      else {
        const row = await first(
          db
            .selectFrom('readouts as r')
            .select('r.id')
            .where('r.id', '=', Number(readoutId))
            .where(matches(sqlTag`${queryFor('postgres', words)}`)),
        );
        answers.push(row !== undefined);
      }
    }
    if (!watchesToo) return { filters: answers, watchers: [] };
    const rows = await all(
      db
        .selectFrom('watches as w')
        .innerJoin('readouts as r', (join) => join.on('r.id', '=', Number(readoutId)))
        .select(['w.user_id', 'w.words'])
        .where('w.paused_at', 'is', null)
        .where((eb) => eb.or([eb('w.relation', '=', ''), eb('w.relation', '=', eb.ref('r.relation'))]))
        .where(sqlTag<boolean>`r.search @@ w.tsq`)
        .orderBy('w.id'),
    );
    const byUser = new Map<string, string[]>();
    for (const row of rows) if (!byUser.has(row.user_id)) byUser.set(row.user_id, splitWords(row.words));
    return { filters: answers, watchers: [...byUser].map(([userId, words]) => ({ userId, words })) };
  };
  return { match, changed: () => {} };
}

/** Who a new readout goes to, and their direct messages planned. */
function watchMatching(sql: Sql, matcher: Matcher) {
  const { now } = sql;
  const { match } = matcher;
  return {
    /**
     * `readoutHasWords` for each filter and `watchersOf`, at once: what the poller asks of each new
     * readout (the readout's text is read once).
     */
    matchReadout: (readoutId: string, filters: readonly (readonly string[])[]) =>
      match(readoutId, filters, true),
    /**
     * The people with a watch the readout matches (all its words in the title or key points, by
     * the search index of `searchReadouts`; its relation, when it has one), with the words of
     * their oldest matching watch: one entry per person.
     */
    async watchersOf(readoutId: string) {
      return (await match(readoutId, [], true)).watchers;
    },
    /** Whether a readout has all the words in its title or key points (as `watchersOf`). */
    async readoutHasWords(readoutId: string, words: readonly string[]) {
      return (await match(readoutId, [words], false)).filters[0] === true;
    },
    /**
     * Plans a readout's direct messages to its watchers, in one transaction: for each person, why
     * (the watch's words, kept for the message) and a fresh post to their user id, unless they were
     * sent it already. Returns how many posts were newly planned.
     */
    async planWatchMessages(readoutId: string, watchers: readonly { userId: string; words: string[] }[]) {
      if (watchers.length === 0) return 0;
      const id = Number(readoutId);
      const at = now();
      // Two statements for all of them: each person's [user id, words] as a JSON array.
      const people = JSON.stringify(watchers.map((w) => [w.userId, joinWords(w.words)]));
      const each =
        sql.dialect === 'sqlite'
          ? sqlTag`json_each(${people}) as u`
          : sqlTag`json_array_elements(${people}::json) as u`;
      return sql.tx(async ({ run }) => {
        await run(
          sql.raw(sqlTag`insert into watch_hits (user_id, readout_id, words, created_at)
            select u.value ->> 0, cast(${id} as bigint), u.value ->> 1, cast(${at} as text) from ${each} where true
            on conflict (user_id, readout_id) do nothing`),
        );
        // As Store.planPost({ fresh: true }): sorted by the digest planner before it is posted.
        const posts = await run(
          sql.raw(sqlTag`insert into posts (readout_id, channel, status, attempts, created_at, hold)
            select cast(${id} as bigint), u.value ->> 0, 'planned', 0, cast(${at} as text), 'new' from ${each} where true
            on conflict (readout_id, channel) do nothing`),
        );
        return posts.changes;
      });
    },
  };
}

/**
 * Watches: a person's words, who a new readout goes to, and pausing; and `installs`'
 * `removeWorkspace`, after which the removed people's watches match no more at once.
 */
export function watches(sql: Sql, installs: { removeWorkspace(id: string): Promise<WorkspaceRemoval> }) {
  const matcher = sql.dialect === 'sqlite' ? sqliteMatching(sql) : postgresMatching(sql);
  return {
    // Removing a workspace removes its people's watches (installations.ts): matched no more at once.
    async removeWorkspace(id: string) {
      const removed = await installs.removeWorkspace(id);
      matcher.changed();
      return removed;
    },
    ...watchList(sql, matcher),
    ...watchPausing(sql, matcher),
    ...watchMatching(sql, matcher),
  };
}
