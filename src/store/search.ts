import { type RawBuilder, sql as sqlTag } from 'kysely';
import type { Readout } from '../readout/types.js';
import { R_COLUMNS, type ReadoutRow, toReadout } from './rows.js';
import type { Sql } from './sql.js';
import type { StoredReadout } from './store.js';

/** How many of the newest matches a search ranks, in both databases. */
const SEARCH_RANKED = 2000;

/**
 * Full-text search, where the two databases really differ: SQLite keeps an FTS5 table beside
 * the readouts (migration 6), PostgreSQL two tsvector columns on the row (migration 1). Both
 * index the same text, weighted title, then participants, then points.
 */
export type SearchIndex = {
  /**
   * Full-text search over titles, participants and key points (all words must match), best
   * first, with a snippet whose matching words are wrapped in \u0001…\u0002.
   */
  searchReadouts(words: string[], limit: number): Promise<{ stored: StoredReadout; snippet: string }[]>;
  /** Readouts with a participant whose name has all these words, in any order; newest first. */
  readoutsWithPerson(words: string[], limit: number): Promise<StoredReadout[]>;
  /** Values for the readout row's own search columns (PostgreSQL); none on SQLite. */
  columns(readout: Readout): { search?: RawBuilder<unknown>; person?: RawBuilder<unknown> };
  /** Writes the index entry kept outside the row (SQLite), inside the caller's transaction. */
  sync(sql: Sql, id: string, readout: Readout): Promise<void>;
};

export function searchIndex(sql: Sql): SearchIndex {
  return sql.dialect === 'sqlite' ? sqliteSearch(sql) : postgresSearch(sql);
}

/** What full-text search reads of a readout, by field. */
export function searchText(readout: Readout): { title: string; participants: string; points: string } {
  return {
    title: readout.title ?? '',
    participants: readout.participants.map((p) => `${p.name} ${p.title ?? ''}`).join(' '),
    points: [
      ...readout.keyPoints.flatMap((k) => [k.heading ?? '', k.text, ...k.subPoints]),
      ...readout.summary,
    ].join(' '),
  };
}

/**
 * Words as an FTS5 query in which every word must match, each a quoted term so that user input is
 * never FTS syntax; `columns` limits it to those columns of `readouts_fts` (watches: title, points).
 */
export function ftsQuery(words: readonly string[], columns?: readonly string[]): string {
  const all = words.map((w) => `"${w.replace(/"/g, '""')}"`).join(' AND ');
  return columns ? `{${columns.join(' ')}} : (${all})` : all;
}

function sqliteSearch({ db, run, all, first, raw }: Sql): SearchIndex {
  return {
    columns: () => ({}),
    async sync(tx, id, readout) {
      await tx.run(db.deleteFrom('readouts_fts').where('rowid', '=', Number(id)));
      await tx.run(db.insertInto('readouts_fts').values({ rowid: Number(id), ...searchText(readout) }));
    },
    async searchReadouts(words, limit) {
      if (words.length === 0) return [];
      const query = ftsQuery(words);
      // Ranked on the index alone, then the few best rows read with their snippets: joining and
      // snippeting every match first made a common word cost ~200 ms on 50,000 readouts. Only the
      // newest matches are ranked: bm25 ranks well among a few thousand.
      const ranked = await all(
        raw(sqlTag<{
          id: number;
          score: number;
        }>`SELECT rowid AS id, bm25(readouts_fts, 4.0, 2.0, 1.0) AS score
          FROM readouts_fts WHERE readouts_fts MATCH ${query} ORDER BY rowid DESC LIMIT ${SEARCH_RANKED}`),
      );
      const best = ranked.sort((a, b) => a.score - b.score || b.id - a.id).slice(0, limit);
      const found = [];
      for (const { id } of best) {
        // The CAST: FTS5 ignores a rowid constraint beside MATCH whose value is bound as a real,
        // as a JS number is, and gave every hit the first match's snippet.
        const row = await first(
          raw(sqlTag<ReadoutRow & { snippet: string }>`SELECT r.*,
            snippet(readouts_fts, -1, char(1), char(2), '…', 14) AS snippet
            FROM readouts_fts JOIN readouts r ON r.id = readouts_fts.rowid
            WHERE readouts_fts MATCH ${query} AND readouts_fts.rowid = CAST(${id} AS INTEGER)`),
        );
        if (row) found.push({ stored: toReadout(row), snippet: row.snippet });
      }
      return found;
    },
    async readoutsWithPerson(words, limit) {
      if (words.length === 0) return [];
      const rows = await run(
        raw(sqlTag<ReadoutRow>`SELECT r.* FROM readouts_fts JOIN readouts r ON r.id = readouts_fts.rowid
          WHERE readouts_fts MATCH ${ftsQuery(words, ['participants'])}
          ORDER BY r.event_date DESC, r.id DESC LIMIT ${limit}`),
      );
      return rows.rows.map(toReadout);
    },
  };
}

/**
 * Words as a tsquery ('simple') in which every word must match; user input never becomes tsquery
 * syntax. `weights` limits it to those weights of `readouts.search` (A title, B participants,
 * C key points).
 */
export function pgTsQuery(words: readonly string[], weights = ''): string {
  return words
    .flatMap((w) =>
      w
        .toLowerCase()
        .replace(/[^\p{L}\p{N}]+/gu, ' ')
        .trim()
        .split(' '),
    )
    .filter(Boolean)
    .map((w) => `'${w}'${weights ? `:${weights}` : ''}`)
    .join(' & ');
}

const vector = (text: string) => sqlTag`to_tsvector('simple', ${text})`;

function postgresSearch({ all, raw }: Sql): SearchIndex {
  const columns = sqlTag.join(R_COLUMNS.map((c) => sqlTag.ref(c)));
  return {
    columns(readout) {
      const t = searchText(readout);
      return {
        search: sqlTag`setweight(${vector(t.title)}, 'A') || setweight(${vector(t.participants)}, 'B')
          || setweight(${vector(t.points)}, 'C')`,
        person: vector(t.participants),
      };
    },
    async sync() {},
    async searchReadouts(words, limit) {
      const query = pgTsQuery(words);
      if (!query) return [];
      // As on SQLite: only the newest matches are ranked, and only the best few get a snippet.
      const rows = await all(
        raw(sqlTag<ReadoutRow & { snippet: string | null }>`WITH recent AS (
           SELECT id, ts_rank(search, to_tsquery('simple', ${query}), 1) AS score FROM readouts
           WHERE search @@ to_tsquery('simple', ${query}) ORDER BY id DESC LIMIT ${SEARCH_RANKED}),
         best AS (SELECT id, score FROM recent ORDER BY score DESC, id DESC LIMIT ${limit})
         SELECT ${columns},
           ts_headline('simple',
             concat_ws(' ', r.data->>'title', (SELECT string_agg(concat_ws(' ', p->>'name', p->>'title'), ' ')
               FROM jsonb_array_elements(r.data->'participants') p),
               (SELECT string_agg(k->>'text', ' ') FROM jsonb_array_elements(r.data->'keyPoints') k),
               (SELECT string_agg(s, ' ') FROM jsonb_array_elements_text(r.data->'summary') s)),
             to_tsquery('simple', ${query}),
             'StartSel=' || chr(1) || ', StopSel=' || chr(2) || ', MaxWords=18, MinWords=6, ShortWord=0, MaxFragments=1, FragmentDelimiter=…'
           ) AS snippet
         FROM best JOIN readouts r ON r.id = best.id ORDER BY best.score DESC, r.id DESC`),
      );
      return rows.map((row) => ({ stored: toReadout(row), snippet: row.snippet ?? '' }));
    },
    async readoutsWithPerson(words, limit) {
      const query = pgTsQuery(words);
      if (!query) return [];
      const rows = await all(
        raw(sqlTag<ReadoutRow>`SELECT ${columns} FROM readouts r WHERE person @@ to_tsquery('simple', ${query})
          ORDER BY event_date DESC NULLS LAST, id DESC LIMIT ${limit}`),
      );
      return rows.map(toReadout);
    },
  };
}
