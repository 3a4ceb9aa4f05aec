/**
 * A database made by an earlier release upgrades in place with nothing lost: the fixtures in
 * test/fixtures/upgrade were written by main at 53ed65b (make.mjs there, README.md says how),
 * an SQLite file and a PostgreSQL dump, with what that code read back from them. The current
 * store opens each, keeps every row, reads every answer back the same, and goes on working.
 */
import { copyFileSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import pg from 'pg';
import { afterEach, describe, expect, it } from 'vitest';
import { unknownReadout } from '../../src/readout/types.js';
import { openPostgresStore } from '../../src/store/postgres.js';
import { openSqliteStore } from '../../src/store/sqlite.js';
import type { Store } from '../../src/store/store.js';
import { dropSchema, POSTGRES_URL, postgresAvailable, scratchSchema } from '../helpers/postgres.js';

const FIXTURES = join(import.meta.dirname, '../fixtures/upgrade');
type Read = { method: keyof Store; args: unknown[]; result: unknown };
const READS = JSON.parse(readFileSync(join(FIXTURES, 'main-53ed65b.reads.json'), 'utf8')) as Record<
  'sqlite' | 'postgres',
  Read[]
>;
const available = await postgresAvailable();

/** Every answer the old code gave, given again by the new code on the upgraded database. */
/**
 * Fields a later migration added to what a read returns, left out where they hold nothing: a
 * subscription's `words` (migration SQLite 20 / PostgreSQL 16) is null on every old row.
 */
const addedSince = (key: string, value: unknown) => (key === 'words' && value === null ? undefined : value);

/** Every table the old database had keeps its rows; tables later migrations add are new. */
function oldTables(after: Record<string, number>, before: Record<string, number>): Record<string, number> {
  return Object.fromEntries(Object.keys(before).map((name) => [name, after[name] as number]));
}

async function expectSameReads(store: Store, reads: Read[]) {
  expect(reads.length).toBeGreaterThan(30);
  for (const { method, args, result } of reads) {
    if (method === ('readoutsForStats' as keyof Store)) {
      // Since removed: the stats read the same readouts through their summaries, as chart marks.
      const marks = await store.statsMarks(...(args as Parameters<Store['statsMarks']>));
      const dates = (result as { readout: { date: string } }[]).map((r) => r.readout.date);
      expect(marks.map((m) => m.date)).toEqual(dates);
      continue;
    }
    const call = store[method] as (...a: unknown[]) => Promise<unknown>;
    const now = JSON.parse(JSON.stringify((await call.apply(store, args)) ?? null, addedSince));
    if (method === 'searchReadouts') {
      // The recorded SQLite snippets were all the first hit's (FTS5 ignored the rowid bound as a
      // real beside MATCH; fixed since): the same readouts, each snippet marking the word.
      type Hit = { stored: unknown; snippet: string };
      expect((now as Hit[]).map((h) => h.stored)).toEqual((result as Hit[]).map((h) => h.stored));
      for (const hit of now as Hit[]) expect(hit.snippet).toContain('\u0001');
      continue;
    }
    expect({ method, args, result: now }).toEqual({ method, args, result });
  }
}

/** The upgraded store goes on: new readouts, posts and notes beside the old ones. */
async function expectWorking(store: Store) {
  const created = await store.insertReadout({
    feedUrl: 'https://feeds.example/rss',
    itemKey: 'guid-after-upgrade',
    link: 'https://www.mofa.go.jp/a_o/after.html',
    itemPublishedAt: '2026-12-02T03:00:00.000Z',
    itemTitle: 'After the upgrade',
    itemSummary: null,
    readout: unknownReadout({
      source: 'mofa',
      title: 'Japan-Korea Foreign Ministers Meeting',
      relation: 'japan-korea',
    }),
    partial: false,
    pageAttempts: 1,
    lastPageError: null,
    announce: true,
  });
  expect(created).toMatchObject({ created: true, readout: { id: '5' } });
  expect(await store.planPost('5', 'C1')).toBe(true);
  expect((await store.pendingPosts(10)).map((p) => [p.readoutId, p.channel])).toEqual([
    ['2', 'C1'],
    ['2', 'C2'],
    ['5', 'C1'],
  ]);
  expect(
    await store.addSubscription({ channel: 'C1', target: 'all', kind: null, level: null, createdBy: 'U1' }),
  ).toBe(false);
  // The note the old code queued for the posted message waits for its edit, then is sent.
  await store.markUpdated(1);
  expect((await store.pendingNotes(10)).map((n) => [n.postId, n.text])).toEqual([
    [1, 'The page changed: the title.'],
  ]);
  expect((await store.searchReadouts(['corrected'], 5)).map((r) => r.stored.id)).toEqual(['1']);
  expect((await store.searchReadouts(['korea'], 5)).map((r) => r.stored.id)).toEqual(['5']);
}

describe('a database made by main at 53ed65b', () => {
  let store: Store | null = null;
  const cleanups: (() => Promise<void> | void)[] = [];
  afterEach(async () => {
    await store?.close();
    store = null;
    for (const cleanup of cleanups.splice(0)) await cleanup();
  });

  it('SQLite: opens in place, keeps every row and answer, and goes on working', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'readout-upgrade-'));
    cleanups.push(() => rmSync(dir, { recursive: true, force: true }));
    const path = join(dir, 'main.db');
    copyFileSync(join(FIXTURES, 'main-53ed65b.db'), path);
    const counts = () => {
      const db = new Database(path, { readonly: true });
      const tables = db
        .prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'readouts_fts_%'")
        .all() as { name: string }[];
      const n = Object.fromEntries(
        tables.map(({ name }) => [
          name,
          (db.prepare(`SELECT COUNT(*) AS n FROM "${name}"`).get() as { n: number }).n,
        ]),
      );
      db.close();
      return n;
    };
    const before = counts();
    expect(before).toMatchObject({
      readouts: 4,
      posts: 4,
      subscriptions: 3,
      thread_notes: 1,
      feed_alerts: 1,
    });
    store = openSqliteStore(path);
    await expectSameReads(store, READS.sqlite);
    const after = counts();
    expect(oldTables(after, before)).toEqual({ ...before, schema_migrations: after.schema_migrations });
    await expectWorking(store);
  });

  if (!available) console.warn(`\n*** PostgreSQL upgrade NOT RUN: no server at ${POSTGRES_URL} ***\n`);
  const onPostgres = available ? it : () => undefined;
  onPostgres(
    'PostgreSQL: restores the dump, opens in place, keeps every row and answer, goes on',
    async () => {
      const schema = scratchSchema();
      cleanups.push(() => dropSchema(schema));
      const client = new pg.Client({ connectionString: POSTGRES_URL });
      await client.connect();
      cleanups.push(() => client.end());
      const dump = readFileSync(join(FIXTURES, 'main-53ed65b.pg.sql'), 'utf8').replaceAll(
        '__SCHEMA__',
        schema,
      );
      await client.query(dump);
      const counts = async () => {
        const { rows } = await client.query<{ table_name: string }>(
          'SELECT table_name FROM information_schema.tables WHERE table_schema = $1',
          [schema],
        );
        const n: Record<string, number> = {};
        for (const { table_name } of rows)
          n[table_name] = Number(
            (await client.query(`SELECT COUNT(*) AS n FROM ${schema}."${table_name}"`)).rows[0].n,
          );
        return n;
      };
      const before = await counts();
      expect(before).toMatchObject({
        readouts: 4,
        posts: 4,
        subscriptions: 3,
        thread_notes: 1,
        feed_alerts: 1,
      });
      store = openPostgresStore(POSTGRES_URL, { schema });
      await expectSameReads(store, READS.postgres);
      const after = await counts();
      expect(oldTables(after, before)).toEqual({ ...before, schema_migrations: after.schema_migrations });
      await expectWorking(store);
    },
  );
});
