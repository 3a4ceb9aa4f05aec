import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { unknownReadout } from '../../src/readout/types.js';
import { openPostgresStore } from '../../src/store/postgres.js';
import { ftsQuery, pgTsQuery } from '../../src/store/search.js';
import { openSqliteStore } from '../../src/store/sqlite.js';
import type { Store } from '../../src/store/store.js';
import { dropSchema, POSTGRES_URL, postgresAvailable, scratchSchema } from '../helpers/postgres.js';

/**
 * Watches and word filters are matched in memory on SQLite (store/word-match.ts), with the
 * characters of FTS5's tokenizer learnt from SQLite, and on PostgreSQL against each watch's
 * tsquery worked out when it was added. Here the store and the search index itself answer the
 * same questions: every readout below against every word set (`readoutHasWords`, `watchersOf`
 * against `readouts_fts MATCH` on SQLite, `search @@ to_tsquery` on PostgreSQL: the queries
 * `/readout search` and the watches' stored query use).
 */

/** Texts in the shapes readouts have, with what tokenizers differ on. */
const TITLES = [
  'Japan–U.S. Summit Telephone Talk',
  'Japan-Türkiye Foreign Ministers’ Meeting in İstanbul',
  'Meeting at the Élysée on the Indo-Pacific',
  'Japan-China Summit: 日本の首相 and President Xi',
  'G7 Leaders’ Statement on COVID-19 and 1.5 degrees',
  'Talks in Straße-Berlin, Москва and الرياض',
  'Prime Minister’s call with the Premier of Ontario — naïve café diplomacy',
  'ＦＵＬＬＷＩＤＴＨ ２０２４ readout',
  'ﬁnance and ﬂows: the ligature test',
  'North Korea, abductions and the Senkaku Islands',
];
const POINTS = [
  'The two leaders discussed North Korea, including the abductions issue.',
  'They affirmed a free and open Indo-Pacific; Korea North was not mentioned in that order.',
  'Cafe\u0301 owners and the cafe sector; the Elysee palace; Istanbul’s port.',
  'Decarbonization, rare earths and semiconductors; don’t forget “quantum” computing.',
  'Σίσυφος and ΣΊΣΥΦΟΣ in Greek; Ukraine and UKRAINE; x_y and x-y and x.y.',
  'Zero\u200Bwidth, soft\u00ADhyphen, non\u00A0breaking and 🇯🇵 flags 🙂 between words.',
  'Dotless ı and dotted İ; STRASSE and straße; ǅemal and Ǆ.',
  'The ministers welcomed 2,500 scholarships and a 1.5 billion yen grant for Mekong connectivity.',
  '',
  // A token too long for the table (word-match.ts LONGEST_TOKEN): this readout is tokenized by SQLite.
  `${'z'.repeat(9_000)} north korea abductions ${'y'.repeat(9_000)}`,
  'Kishida and Biden held a telephone talk about Ukraine, energy and the Senkaku Islands.',
];

/** Word sets: words of the texts, changed in case, accents, order, width and form; others absent. */
const WORDS = [
  'north',
  'korea',
  'North Korea',
  'north-korea',
  'korea-north',
  'kore',
  'abductions',
  'abduction',
  'indo-pacific',
  'Indo-Pacific',
  'pacific-indo',
  'indo',
  'élysée',
  'elysee',
  'ELYSÉE',
  'istanbul',
  'İstanbul',
  'i̇stanbul',
  'türkiye',
  'turkiye',
  '日本の首相',
  '日本',
  'g7',
  'covid-19',
  'covid',
  '19',
  '1.5',
  '5',
  '2,500',
  '2500',
  'straße',
  'strasse',
  'москва',
  'МОСКВА',
  'الرياض',
  'naïve',
  'naive',
  'café',
  'cafe',
  'cafe\u0301',
  'ﬁnance',
  'finance',
  'ﬂows',
  'ＦＵＬＬＷＩＤＴＨ',
  'fullwidth',
  '２０２４',
  '2024',
  'σίσυφος',
  'σισυφος',
  'ukraine',
  'x_y',
  'x-y',
  'x.y',
  'zero\u200Bwidth',
  'zerowidth',
  'soft\u00ADhyphen',
  'softhyphen',
  'non\u00A0breaking',
  'ı',
  'i',
  'ǆemal',
  'dzemal',
  'don’t',
  "don't",
  'don',
  'quantum',
  '“quantum”',
  '"quantum"',
  'a"b',
  '—',
  '🙂',
  'minister’s',
  'ministers',
  'telephone',
  'talk',
  'kishida',
  'biden',
  'mekong',
  'summit',
  'meeting',
  'the',
  'senkaku islands',
  'islands-senkaku',
  'z'.repeat(9_000),
];

/** Sets of one, two and three words: every word alone, then pairs and triples chosen across the list. */
function wordSets(): string[][] {
  const one = WORDS.map((w) => w.split(' '));
  const sets = [...one];
  for (let i = 0; i < WORDS.length; i++) {
    sets.push([...(one[i] ?? []), ...(one[(i * 7 + 3) % WORDS.length] ?? [])]);
    sets.push([
      ...(one[i] ?? []),
      ...(one[(i * 11 + 5) % WORDS.length] ?? []),
      ...(one[(i + 1) % WORDS.length] ?? []),
    ]);
  }
  return sets;
}

/** The database's own answer: does readout `id` have all the words in its title or key points? */
type ByIndex = (id: string, words: readonly string[]) => Promise<boolean>;

function comparison(
  name: string,
  open: () => Promise<{ store: Store; byIndex: ByIndex; done: () => Promise<void> }>,
  /** Every `step`-th word set for `readoutHasWords` (PostgreSQL asks its index itself there: fewer suffice). */
  step = 1,
) {
  describe(`watches and word filters answer as the search index does (${name})`, () => {
    let store: Store;
    let byFts: ByIndex;
    let done: () => Promise<void>;
    const ids: string[] = [];

    beforeAll(async () => {
      ({ store, byIndex: byFts, done } = await open());
      let n = 0;
      for (const [t, title] of TITLES.entries())
        for (const p of [t, (t + 3) % POINTS.length]) {
          n++;
          const { readout } = await store.insertReadout({
            feedUrl: 'https://feeds.example/rss',
            itemKey: `m-${n}`,
            link: `https://www.mofa.go.jp/m${n}.html`,
            itemPublishedAt: null,
            itemTitle: null,
            itemSummary: null,
            readout: unknownReadout({
              source: 'mofa',
              kind: 'telephone',
              date: '2024-03-09',
              relation: n % 2 === 0 ? 'japan-us' : 'japan-china',
              countries: ['JP', 'US'],
              title,
              // Participants are indexed but not watched: a word only there must not match.
              participants: [
                { name: 'MOTEGI Toshimitsu', honorific: null, title: 'Minister', country: 'JP' },
              ],
              keyPoints: [{ n: 1, heading: null, text: POINTS[p] ?? '', subPoints: [] }],
            }),
            partial: false,
            pageAttempts: 1,
            lastPageError: null,
            announce: true,
          });
          ids.push(readout.id);
        }
    });
    afterAll(async () => {
      await store.close();
      await done();
    });

    it('gives the same answer for every readout and word set, and some of each', async () => {
      const sets = [...wordSets().filter((_, i) => i % step === 0), ['motegi'], ['minister', 'motegi']];
      const differ: string[] = [];
      let yes = 0;
      for (const id of ids)
        for (const words of sets) {
          const expected = await byFts(id, words);
          if (expected) yes++;
          if ((await store.readoutHasWords(id, words)) !== expected)
            differ.push(`${id} ${JSON.stringify(words)}: FTS5 ${expected}`);
        }
      expect(differ).toEqual([]);
      // The comparison means something: both answers occur often.
      expect(yes).toBeGreaterThan(40);
      expect(ids.length * sets.length - yes).toBeGreaterThan(40);
    });

    it('finds the same watchers as the index with the relation, the first matching watch per person', async () => {
      const sets = wordSets();
      for (const [i, words] of sets.entries())
        await store.addWatch({
          userId: `U${i % 90}`,
          words,
          relation: i % 3 === 0 ? 'japan-us' : i % 3 === 1 ? 'japan-china' : null,
        });
      const watches = (
        await Promise.all([...Array(90).keys()].map((u) => store.listWatches(`U${u}`)))
      ).flat();
      watches.sort((a, b) => a.id - b.id);
      const relationOf = new Map<string, string | null>();
      for (const id of ids) relationOf.set(id, (await store.getReadout(id))?.readout.relation ?? null);
      let found = 0;
      for (const id of ids) {
        const expected = new Map<string, string[]>();
        for (const w of watches)
          if (
            !expected.has(w.userId) &&
            (w.relation === null || w.relation === relationOf.get(id)) &&
            (await byFts(id, w.words))
          )
            expected.set(w.userId, w.words);
        const got = await store.watchersOf(id);
        found += got.length;
        expect(new Map(got.map((g) => [g.userId, g.words])), id).toEqual(expected);
      }
      expect(found).toBeGreaterThan(50);
    });
  });
}

comparison('SQLite: FTS5 MATCH', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'readout-word-match-'));
  const store = openSqliteStore(join(dir, 'r.db'));
  const fts = new Database(join(dir, 'r.db'), { readonly: true });
  // CAST: a rowid bound as a JS number (a REAL) beside MATCH is not applied by FTS5 (3.53).
  const query = fts.prepare(
    'SELECT 1 FROM readouts_fts WHERE readouts_fts MATCH ? AND rowid = CAST(? AS INTEGER)',
  );
  return {
    store,
    byIndex: async (id, words) => query.get(ftsQuery(words, ['title', 'points']), Number(id)) !== undefined,
    done: async () => {
      fts.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
});

if (await postgresAvailable()) {
  comparison(
    'PostgreSQL: to_tsquery',
    async () => {
      const schema = scratchSchema();
      const store = openPostgresStore(POSTGRES_URL, { schema });
      const client = new pg.Client({ connectionString: POSTGRES_URL });
      await client.connect();
      await client.query(`SET search_path TO ${schema}`);
      return {
        store,
        byIndex: async (id, words) =>
          (
            await client.query(
              "SELECT 1 FROM readouts WHERE id = $1 AND search @@ to_tsquery('simple', $2)",
              [Number(id), pgTsQuery(words, 'AC')],
            )
          ).rows.length > 0,
        done: async () => {
          await client.end();
          await dropSchema(schema);
        },
      };
    },
    4,
  );
}
