import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import { POLL_WRITES, relaxPollWrites } from '../../../src/store/sqlite-durability.js';
import type { Store } from '../../../src/store/store.js';

const NORMAL = 1;
const FULL = 2;

const dir = mkdtempSync(join(tmpdir(), 'readout-durability-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
/** A WAL database file, as the store opens it (an in-memory one has no sync level to change). */
function open(name: string) {
  const db = new Database(join(dir, name));
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = FULL');
  return db;
}

describe('commit durability', () => {
  it('lets the poll’s redoable writes commit at NORMAL and keeps FULL for everything else', async () => {
    const db = open('a.db');
    const seen = new Map<string, number>();
    const method = (name: string) => async () => {
      seen.set(name, db.pragma('synchronous', { simple: true }) as number);
    };
    const names = [...POLL_WRITES, 'markPostSending', 'markPosted', 'addSubscription', 'planDigest'];
    const store = Object.fromEntries(names.map((n) => [n, method(n)])) as unknown as Store;
    const relaxed = relaxPollWrites(db, store) as unknown as Record<string, () => Promise<void>>;
    for (const name of names) await relaxed[name]?.();
    for (const name of POLL_WRITES) expect([name, seen.get(name)]).toEqual([name, NORMAL]);
    // The delivery ledger and what users are told is done: on disk before anything follows.
    for (const name of ['markPostSending', 'markPosted', 'addSubscription', 'planDigest'])
      expect([name, seen.get(name)]).toEqual([name, FULL]);
    expect(db.pragma('synchronous', { simple: true })).toBe(FULL);
  });

  it('is back at FULL when a poll write throws', async () => {
    const db = open('b.db');
    const store = {
      saveFeed: () => {
        throw new Error('disk full');
      },
    } as unknown as Store;
    expect(() => relaxPollWrites(db, store).saveFeed({} as never)).toThrow('disk full');
    expect(db.pragma('synchronous', { simple: true })).toBe(FULL);
  });
});
