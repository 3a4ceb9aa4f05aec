import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import pg from 'pg';
import { afterAll, describe, expect, it } from 'vitest';
import { unknownReadout } from '../../src/readout/types.js';
import { POSTGRES_MIGRATIONS, SQLITE_MIGRATIONS } from '../../src/store/migrations.js';
import { openPostgresStore } from '../../src/store/postgres.js';
import { openSqliteStore } from '../../src/store/sqlite.js';
import { dropSchema, POSTGRES_URL, postgresAvailable, scratchSchema } from '../helpers/postgres.js';

const pgAvailable = await postgresAvailable();
if (!pgAvailable && process.env.READOUT_REQUIRE_POSTGRES === '1')
  throw new Error(
    `PostgreSQL is required here (READOUT_REQUIRE_POSTGRES=1) but ${POSTGRES_URL} does not answer`,
  );

const NOW = new Date('2026-12-01T00:00:00Z');
const data = JSON.stringify(unknownReadout({ source: 'kantei' }));

/**
 * A feed read before "when each feed last brought a new item" was kept: after the upgrade its
 * quiet spell counts from its newest stored readout, so an old install does not report every
 * catalogue source as quiet at once; a feed with no readout has none.
 */
describe('feed_content.new_item_at: upgrading a database', () => {
  const dir = mkdtempSync(join(tmpdir(), 'readout-new-item-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('SQLite (migration 18) takes each feed’s newest readout', async () => {
    const path = join(dir, 'old.db');
    const old = new Database(path);
    old.exec('CREATE TABLE schema_migrations (version INTEGER PRIMARY KEY, applied_at TEXT NOT NULL)');
    for (const m of SQLITE_MIGRATIONS.filter((m) => m.version < 18)) {
      old.exec(m.sql);
      old.prepare('INSERT INTO schema_migrations VALUES (?, ?)').run(m.version, NOW.toISOString());
    }
    const insert = old.prepare(
      `INSERT INTO readouts (feed_url, item_key, link, data, created_at, updated_at) VALUES (?, ?, 'l', ?, ?, ?)`,
    );
    insert.run('https://a.example/feed', 'k1', data, '2026-10-01T00:00:00.000Z', '2026-10-01T00:00:00.000Z');
    insert.run('https://a.example/feed', 'k2', data, '2026-11-02T00:00:00.000Z', '2026-11-02T00:00:00.000Z');
    const content = old.prepare(
      `INSERT INTO feed_content (url, kind, title, items, seen_at) VALUES (?, 'rss', null, 2, '2026-11-30T00:00:00.000Z')`,
    );
    content.run('https://a.example/feed');
    content.run('https://b.example/feed');
    old.close();

    const store = openSqliteStore(path, () => NOW);
    try {
      const rows = await store.listFeedContent();
      expect(rows.map((r) => [r.url, r.newItemAt])).toEqual([
        ['https://a.example/feed', '2026-11-02T00:00:00.000Z'],
        ['https://b.example/feed', null],
      ]);
      // A read without a new item keeps the date; one with a new item moves it.
      await store.recordFeedContent({ ...(rows[0] as (typeof rows)[number]), newItemAt: null });
      expect((await store.listFeedContent())[0]?.newItemAt).toBe('2026-11-02T00:00:00.000Z');
      await store.recordFeedContent({ ...(rows[0] as (typeof rows)[number]), newItemAt: NOW.toISOString() });
      expect((await store.listFeedContent())[0]?.newItemAt).toBe(NOW.toISOString());
    } finally {
      await store.close();
    }
  });

  // Without a server (READOUT_REQUIRE_POSTGRES unset) the PostgreSQL half is not declared.
  it.runIf(pgAvailable)('PostgreSQL (migration 14) takes each feed’s newest readout', async () => {
    const schema = scratchSchema();
    const client = new pg.Client({ connectionString: POSTGRES_URL });
    await client.connect();
    try {
      await client.query(`CREATE SCHEMA ${schema}`);
      await client.query(`SET search_path TO ${schema}`);
      await client.query(
        'CREATE TABLE schema_migrations (version INTEGER PRIMARY KEY, applied_at TEXT NOT NULL)',
      );
      for (const m of POSTGRES_MIGRATIONS.filter((m) => m.version < 14)) {
        await client.query(m.sql);
        await client.query('INSERT INTO schema_migrations VALUES ($1, $2)', [m.version, NOW.toISOString()]);
      }
      await client.query(
        `INSERT INTO readouts (feed_url, item_key, link, data, created_at, updated_at)
         VALUES ('https://a.example/feed', 'k1', 'l', $1, '2026-10-01T00:00:00.000Z', 'x'),
                ('https://a.example/feed', 'k2', 'l', $1, '2026-11-02T00:00:00.000Z', 'x')`,
        [data],
      );
      await client.query(
        `INSERT INTO feed_content (url, kind, title, items, seen_at)
         VALUES ('https://a.example/feed', 'rss', null, 2, 'x'), ('https://b.example/feed', 'rss', null, 0, 'x')`,
      );
    } finally {
      await client.end();
    }
    const store = openPostgresStore(POSTGRES_URL, { schema, clock: () => NOW });
    try {
      const rows = await store.listFeedContent();
      expect(rows.map((r) => [r.url, r.newItemAt])).toEqual([
        ['https://a.example/feed', '2026-11-02T00:00:00.000Z'],
        ['https://b.example/feed', null],
      ]);
      await store.recordFeedContent({ ...(rows[0] as (typeof rows)[number]), newItemAt: null });
      expect((await store.listFeedContent())[0]?.newItemAt).toBe('2026-11-02T00:00:00.000Z');
    } finally {
      await store.close();
      await dropSchema(schema);
    }
  });
});
