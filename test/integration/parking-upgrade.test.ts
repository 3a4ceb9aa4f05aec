/**
 * Upgrading a database from before parking (SQLite migration 16, PostgreSQL 12): a channel
 * problem already told is kept, not parked; its next dead answer parks it without telling anyone
 * again, and the rows a delivery reads still come back.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import pg from 'pg';
import { afterEach, describe, expect, it } from 'vitest';
import { POSTGRES_MIGRATIONS, SQLITE_MIGRATIONS } from '../../src/store/migrations.js';
import { openPostgresStore } from '../../src/store/postgres.js';
import { openSqliteStore } from '../../src/store/sqlite.js';
import type { Store } from '../../src/store/store.js';
import { dropSchema, POSTGRES_URL, postgresAvailable, scratchSchema } from '../helpers/postgres.js';

const available = await postgresAvailable();
const BEFORE = '2026-11-30T08:00:00.000Z';
const NEXT_TRY = '2026-12-01T09:10:00.000Z';

/** What the upgraded store must show and do with the problem recorded before it. */
async function expectUpgraded(store: Store) {
  expect(await store.listChannelProblems()).toEqual([
    { channel: 'COLD', error: 'channel_not_found', since: BEFORE, nextTryAt: null, tries: 0 },
  ]);
  expect(await store.pendingPosts(10, { restingAt: '2026-12-01T09:00:00.000Z' })).toEqual([]);
  expect(await store.parkChannel('COLD', 'channel_not_found', NEXT_TRY, 1)).toBe(false);
  expect(await store.listChannelProblems()).toEqual([
    { channel: 'COLD', error: 'channel_not_found', since: BEFORE, nextTryAt: NEXT_TRY, tries: 1 },
  ]);
}

describe('a database from before parking', () => {
  let store: Store | null = null;
  const cleanups: (() => Promise<void> | void)[] = [];
  afterEach(async () => {
    await store?.close();
    store = null;
    for (const cleanup of cleanups.splice(0)) await cleanup();
  });

  it('SQLite (migration 16): keeps the told problem, parks it on its next dead answer', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'readout-parking-'));
    cleanups.push(() => rmSync(dir, { recursive: true, force: true }));
    const path = join(dir, 'old.db');
    const old = new Database(path);
    old.exec('CREATE TABLE schema_migrations (version INTEGER PRIMARY KEY, applied_at TEXT NOT NULL)');
    const before = SQLITE_MIGRATIONS.filter((m) => m.version < 16);
    // The later migrations (parking's and after) run when the store opens.
    expect(SQLITE_MIGRATIONS.map((m) => m.version)).toContain(16);
    for (const m of before) {
      old.exec(m.sql);
      old.prepare('INSERT INTO schema_migrations VALUES (?, ?)').run(m.version, BEFORE);
    }
    old
      .prepare('INSERT INTO channel_problems (channel, error, since) VALUES (?, ?, ?)')
      .run('COLD', 'channel_not_found', BEFORE);
    old.close();
    store = openSqliteStore(path);
    await expectUpgraded(store);
  });

  // Said plainly when it cannot run (as the PostgreSQL store contract does); CI always has a server.
  if (!available)
    console.warn(`\n*** PostgreSQL parking upgrade NOT RUN: no server at ${POSTGRES_URL} ***\n`);
  const onPostgres = available ? it : () => undefined;
  onPostgres('PostgreSQL (migration 12): the same', async () => {
    const schema = scratchSchema();
    cleanups.push(() => dropSchema(schema));
    const client = new pg.Client({ connectionString: POSTGRES_URL });
    await client.connect();
    try {
      await client.query(`CREATE SCHEMA ${schema}`);
      await client.query(`SET search_path TO ${schema}`);
      await client.query(
        'CREATE TABLE schema_migrations (version INTEGER PRIMARY KEY, applied_at TEXT NOT NULL)',
      );
      const before = POSTGRES_MIGRATIONS.filter((m) => m.version < 12);
      expect(POSTGRES_MIGRATIONS.map((m) => m.version)).toContain(12);
      for (const m of before) {
        await client.query(m.sql);
        await client.query('INSERT INTO schema_migrations VALUES ($1, $2)', [m.version, BEFORE]);
      }
      await client.query('INSERT INTO channel_problems (channel, error, since) VALUES ($1, $2, $3)', [
        'COLD',
        'channel_not_found',
        BEFORE,
      ]);
    } finally {
      await client.end();
    }
    store = openPostgresStore(POSTGRES_URL, { schema });
    await expectUpgraded(store);
  });
});
