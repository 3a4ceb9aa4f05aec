import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { unknownReadout } from '../../../src/readout/types.js';
import { SQLITE_MIGRATIONS } from '../../../src/store/migrations.js';
import { openSqliteStore } from '../../../src/store/sqlite.js';
import type { Store } from '../../../src/store/store.js';

const NOW = new Date('2026-11-27T13:00:00Z');
let dir: string;
let store: Store;
let n = 0;

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'readout-digest-store-'));
});
afterEach(async () => {
  await store?.close();
  rmSync(dir, { recursive: true, force: true });
});

const addReadout = async (relation = 'japan-us') => {
  n++;
  const { readout } = await store.insertReadout({
    feedUrl: 'https://f.example/f.xml',
    itemKey: `k${n}`,
    link: `https://f.example/${n}`,
    itemPublishedAt: null,
    itemTitle: null,
    itemSummary: null,
    readout: unknownReadout({ source: 'mofa', relation, countries: ['JP', 'US'] }),
    partial: false,
    pageAttempts: 1,
    lastPageError: null,
    announce: true,
  });
  return readout.id;
};

describe('the digest outbox in SQLite', () => {
  it('keeps fresh posts out of the single posts until sorted, and a post in at most one digest', async () => {
    store = openSqliteStore(join(dir, 'r.db'), () => NOW);
    const a = await addReadout();
    const b = await addReadout('japan-korea');
    await store.planPost(a, 'C1', { fresh: true });
    await store.planPost(b, 'C1', { fresh: true });
    expect(await store.pendingPosts(10)).toEqual([]);
    const held = await store.heldPosts();
    expect(held.map((p) => [p.readoutId, p.hold, p.relation])).toEqual([
      [a, 'new', 'japan-us'],
      [b, 'new', 'japan-korea'],
    ]);

    const ids = held.map((p) => p.postId);
    const digest = await store.planDigest(
      { channel: 'C1', kind: 'burst', target: '', periodKey: 'burst:1' },
      ids,
    );
    expect(digest).toMatchObject({ status: 'planned', readoutIds: [a, b] });
    // The same period again, or another digest for the same posts, takes nothing.
    expect(
      await store.planDigest({ channel: 'C1', kind: 'burst', target: '', periodKey: 'burst:1' }, ids),
    ).toBeNull();
    const other = await store.planDigest({ channel: 'C1', kind: 'daily', target: '', periodKey: 'x' }, ids);
    expect(other).toMatchObject({ status: 'empty', readoutIds: [] });
    expect(await store.heldPosts()).toEqual([]);
    expect((await store.pendingDigests(10)).map((d) => d.id)).toEqual([digest?.id]);

    await store.markDigestPosted(digest?.id ?? 0, '1700000000.000100');
    expect(await store.pendingDigests(10)).toEqual([]);
    expect((await store.postsFor(a))[0]).toMatchObject({ status: 'posted', ts: '1700000000.000100' });
    // A readout delivered inside a digest is never edited as a message of its own.
    expect(await store.requestUpdates(a)).toBe(0);
  });

  it('upgrades a database from before digests: its planned posts still go out one by one', async () => {
    const path = join(dir, 'old.db');
    const old = new Database(path);
    old.exec('CREATE TABLE schema_migrations (version INTEGER PRIMARY KEY, applied_at TEXT NOT NULL)');
    for (const m of SQLITE_MIGRATIONS.filter((m) => m.version <= 4)) {
      old.exec(m.sql);
      old.prepare('INSERT INTO schema_migrations VALUES (?, ?)').run(m.version, NOW.toISOString());
    }
    old
      .prepare(
        `INSERT INTO readouts (feed_url, item_key, link, data, created_at, updated_at) VALUES ('f', 'k', 'l', ?, 'x', 'x')`,
      )
      .run(JSON.stringify(unknownReadout({ source: 'mofa' })));
    old
      .prepare(`INSERT INTO posts (readout_id, channel, status, created_at) VALUES (1, 'C1', 'planned', 'x')`)
      .run();
    old.close();

    store = openSqliteStore(path, () => NOW);
    expect((await store.pendingPosts(10)).map((p) => [p.readoutId, p.channel])).toEqual([['1', 'C1']]);
    expect(await store.heldPosts()).toEqual([]);
  });

  it('upgrades a database from before pages were held back: stored statements are counted, readouts are not', async () => {
    const path = join(dir, 'before-17.db');
    const old = new Database(path);
    old.exec('CREATE TABLE schema_migrations (version INTEGER PRIMARY KEY, applied_at TEXT NOT NULL)');
    for (const m of SQLITE_MIGRATIONS.filter((m) => m.version < 17)) {
      old.exec(m.sql);
      old.prepare('INSERT INTO schema_migrations VALUES (?, ?)').run(m.version, NOW.toISOString());
    }
    const insert = old.prepare(
      `INSERT INTO readouts (feed_url, item_key, link, data, created_at, updated_at) VALUES ('f', ?, 'l', ?, 'x', 'x')`,
    );
    insert.run('a', JSON.stringify(unknownReadout({ source: 'whitehouse', title: 'Readout of a call' })));
    insert.run(
      'b',
      JSON.stringify(unknownReadout({ source: 'whitehouse', title: 'A statement', docType: 'other' })),
    );
    old.close();

    store = openSqliteStore(path, () => NOW);
    expect(await store.heldBackByFeed()).toEqual({ f: { count: 1, latestTitle: 'A statement' } });
  });
});
