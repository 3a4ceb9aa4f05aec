/**
 * The stats counts the store keeps by month (roll-ups, readout-summaries.ts) against the same
 * counts made by hand from the readouts (`aggregateRows`), over spans that start and end inside
 * a month, hold one month, every month or most of them, for a relation and for a country, and
 * again after readouts changed month, kind, talk time and people; the recurring topics stored,
 * and counted again once their readouts changed. Both databases.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { type Participant, type Readout, unknownReadout } from '../../src/readout/types.js';
import { aggregateRows, type StatsAggregate } from '../../src/stats/aggregate.js';
import { type StatsSubject, statsRowOf } from '../../src/stats/figures.js';
import { ALL_TIME } from '../../src/stats/span.js';
import { answerStats } from '../../src/stats/stats-answer.js';
import { openPostgresStore } from '../../src/store/postgres.js';
import { openSqliteStore } from '../../src/store/sqlite.js';
import type { StatsTarget, Store, StoredReadout } from '../../src/store/store.js';
import { dropSchema, POSTGRES_URL, postgresAvailable, scratchSchema } from '../helpers/postgres.js';

const JAPAN_US: StatsSubject = { kind: 'relation', slug: 'japan-us', countries: ['JP', 'US'] };
const KINDS: Readout['kind'][] = ['telephone', 'meeting', 'video', 'courtesy_call'];
const PEOPLE: Participant[] = [
  { name: 'KISHIDA Fumio', honorific: null, title: 'Prime Minister', country: 'JP' },
  { name: 'Fumio Kishida', honorific: null, title: 'Prime Minister', country: 'JP' },
  { name: 'Joseph R. Biden', honorific: null, title: 'President', country: 'US' },
  { name: 'Antony Blinken', honorific: null, title: 'Secretary of State', country: 'US' },
  { name: 'Hayashi Yoshimasa', honorific: null, title: 'Minister for Foreign Affairs', country: 'JP' },
  { name: 'Yoon Suk Yeol', honorific: null, title: 'President', country: 'KR' },
];

/** Readout i of a relation: dates from 2022-11 to 2024-03, some on the same day, some untimed. */
function fixture(i: number, relation: string, countries: string[]): Readout {
  const day = Math.floor(i * 7.3) + (i % 5 === 0 ? 0 : 1);
  return unknownReadout({
    source: 'mofa',
    title: `Talk ${i}`,
    date: new Date(Date.UTC(2022, 10, 3) + day * 86_400_000).toISOString().slice(0, 10),
    kind: KINDS[i % KINDS.length] as Readout['kind'],
    durationMinutes: i % 3 === 0 ? null : 15 + (i % 4) * 15,
    relation,
    countries,
    participants: [PEOPLE[i % 3] as Participant, PEOPLE[3 + (i % 3)] as Participant],
    keyPoints: [{ n: 1, heading: null, text: `Energy security and item ${i % 4}.`, subPoints: [] }],
  });
}

/** What the store must count, from the readouts themselves. */
function expected(readouts: StoredReadout[], target: StatsTarget, from: string, to: string) {
  const rows = readouts
    .map((r) => r.readout)
    .filter((r): r is Readout & { date: string } => r.date !== null && r.date >= from && r.date <= to)
    .filter((r) => r.docType !== 'other')
    .filter((r) =>
      'relation' in target
        ? r.relation === target.relation
        : r.countries.includes(target.country) && r.relation !== null && !r.relation.startsWith('china'),
    )
    .sort((a, b) => a.date.localeCompare(b.date))
    .map(statsRowOf);
  return normal(aggregateRows(rows), 'country' in target);
}

/** An aggregate in one order, for comparing. */
function normal(agg: StatsAggregate, partners: boolean) {
  const by =
    <T>(f: (x: T) => string) =>
    (a: T, b: T) =>
      f(a).localeCompare(f(b));
  return {
    count: agg.count,
    first: agg.first,
    last: agg.last,
    gap: agg.gap,
    months: [...agg.months].sort(
      by((m: StatsAggregate['months'][number]) => `${m.month}${m.kind}${m.level}`),
    ),
    durations: [...agg.durations].sort((a, b) => a.minutes - b.minutes),
    people: [...agg.people].sort(
      by((p: StatsAggregate['people'][number]) => `${p.key}|${p.name}|${p.country}`),
    ),
    partners: partners
      ? [...agg.partners].sort(by((p: StatsAggregate['partners'][number]) => p.countries.join()))
      : [],
  };
}

const SPANS: [string, string][] = [
  ['0000-01-01', '2026-12-01'], // all time
  ['2023-01-01', '2023-12-31'], // whole months
  ['2023-03-15', '2023-09-10'], // both ends inside a month
  ['2023-03-15', '2023-03-20'], // inside one month
  ['2022-12-02', '2026-12-01'], // most of them (the people of the rest are subtracted)
  ['2024-02-01', '2024-02-29'], // one whole month
  ['2030-01-01', '2030-12-31'], // none
];

function describeRollups(name: string, open: () => Promise<Store>, cleanup: () => Promise<void>) {
  describe(`stats roll-ups (${name})`, () => {
    afterAll(cleanup);
    it('count what the readouts hold, for every span, and again after readouts changed', async () => {
      const store = await open();
      try {
        const stored: StoredReadout[] = [];
        const add = async (readout: Readout, i: number) => {
          const { readout: row } = await store.insertReadout({
            feedUrl: 'https://feeds.example/rss',
            itemKey: `guid-${name}-${i}-${readout.relation}`,
            link: `https://www.mofa.go.jp/p${i}-${readout.relation}.html`,
            itemPublishedAt: '2024-03-10T00:00:00.000Z',
            itemTitle: readout.title,
            itemSummary: null,
            readout,
            partial: false,
            pageAttempts: 1,
            lastPageError: null,
            announce: false,
          });
          stored.push(row);
        };
        for (let i = 0; i < 70; i++) await add(fixture(i, 'japan-us', ['JP', 'US']), i);
        for (let i = 0; i < 12; i++) await add(fixture(i * 5, 'japan-korea', ['JP', 'KR']), i);
        // "korea" is a part of "north-korea": not a readout of Korea's.
        for (let i = 0; i < 4; i++) await add(fixture(i * 9, 'china-north-korea', ['CN', 'KP']), i);
        // A relation with a readout that does not name one of its countries: not that country's.
        await add(fixture(31, 'japan-korea', ['JP', 'KP']), 98);
        await add({ ...fixture(3, 'japan-us', ['JP', 'US']), docType: 'other' }, 99);

        const check = async () => {
          for (const target of [
            { relation: 'japan-us' },
            { country: 'KR' },
            { country: 'JP' },
          ] as StatsTarget[])
            for (const [from, to] of SPANS) {
              const got = await store.statsAggregate(target, from, to);
              expect(normal(got, 'country' in target), `${JSON.stringify(target)} ${from}..${to}`).toEqual(
                expected(stored, target, from, to),
              );
            }
        };
        await check();

        // Changed: another month, kind, talk time and people; and one with no date any more.
        for (const [index, change] of [
          [4, { date: '2023-07-30', kind: 'video', durationMinutes: 95 }],
          [20, { date: '2022-11-01', durationMinutes: null, participants: [PEOPLE[5] as Participant] }],
          [33, { date: null }],
          [72, { date: '2023-03-16', kind: 'telephone' }],
        ] as [number, Partial<Readout>][]) {
          const row = stored[index] as StoredReadout;
          const readout = { ...row.readout, ...change };
          await store.updateReadout(row.id, {
            readout,
            partial: false,
            pageAttempts: 1,
            lastPageError: null,
          });
          stored[index] = { ...row, readout };
        }
        await check();

        // The topics are stored with the readouts they came from, and counted again once one of
        // those readouts says something else.
        const ask = () => answerStats(store, { subject: JAPAN_US, span: ALL_TIME }, '2026-12-01');
        const before = (await ask()).figures?.topics;
        expect(before?.map((t) => t.term)).toContain('Energy security');
        expect((await ask()).figures?.topics).toEqual(before);
        for (const row of stored.filter((r) => r.readout.relation === 'japan-us').slice(0, 40)) {
          const readout = {
            ...row.readout,
            keyPoints: [{ n: 1, heading: null, text: 'Quantum computing research.', subPoints: [] }],
          };
          await store.updateReadout(row.id, {
            readout,
            partial: false,
            pageAttempts: 1,
            lastPageError: null,
          });
        }
        const after = (await ask()).figures?.topics ?? [];
        expect(after.map((t) => t.term)).toContain('Quantum computing research');
        expect(after.find((t) => t.term === 'Energy security')?.count).toBeLessThan(
          before?.find((t) => t.term === 'Energy security')?.count ?? 0,
        );
      } finally {
        await store.close();
      }
    });
  });
}

const dir = mkdtempSync(join(tmpdir(), 'readout-rollups-'));
describeRollups(
  'SQLite',
  async () => openSqliteStore(join(dir, 'r.db')),
  async () => rmSync(dir, { recursive: true, force: true }),
);

const schema = scratchSchema();
if (await postgresAvailable())
  describeRollups(
    'PostgreSQL',
    async () => openPostgresStore(POSTGRES_URL, { schema }),
    () => dropSchema(schema),
  );
