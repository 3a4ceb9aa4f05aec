import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Readout, unknownReadout } from '../../src/readout/types.js';
import { openPostgresStore } from '../../src/store/postgres.js';
import { openSqliteStore } from '../../src/store/sqlite.js';
import type { Store } from '../../src/store/store.js';
import { dropSchema, POSTGRES_URL, postgresAvailable, scratchSchema } from '../helpers/postgres.js';

const available = await postgresAvailable();

let n = 0;
async function insert(store: Store, facts: Partial<Readout>): Promise<string> {
  n++;
  const { readout } = await store.insertReadout({
    feedUrl: 'https://feeds.example/rss',
    itemKey: `w-${n}`,
    link: `https://www.mofa.go.jp/w${n}.html`,
    itemPublishedAt: null,
    itemTitle: null,
    itemSummary: null,
    readout: unknownReadout({
      source: 'mofa',
      kind: 'telephone',
      date: '2024-03-09',
      relation: 'japan-us',
      countries: ['JP', 'US'],
      ...facts,
    }),
    partial: false,
    pageAttempts: 1,
    lastPageError: null,
    announce: true,
  });
  return readout.id;
}

const point = (text: string) => ({ n: 1, heading: null, text, subPoints: [] });

function watchesContract(name: string, open: () => Promise<{ store: Store; done: () => Promise<void> }>) {
  describe(`watches and word filters: ${name}`, () => {
    let store: Store;
    let done: () => Promise<void>;
    beforeAll(async () => {
      ({ store, done } = await open());
    });
    afterAll(async () => {
      await store.close();
      await done();
    });

    it('adds, lists in order, refuses a duplicate and removes a watch', async () => {
      expect(await store.addWatch({ userId: 'U1', words: ['North', 'Korea'], relation: null })).toBe(true);
      expect(await store.addWatch({ userId: 'U1', words: ['north', 'korea'], relation: null })).toBe(false);
      expect(await store.addWatch({ userId: 'U1', words: ['north', 'korea'], relation: 'japan-us' })).toBe(
        true,
      );
      expect(await store.addWatch({ userId: 'U2', words: ['energy'], relation: null })).toBe(true);
      const mine = await store.listWatches('U1');
      expect(mine.map((w) => [w.words, w.relation])).toEqual([
        [['north', 'korea'], null],
        [['north', 'korea'], 'japan-us'],
      ]);
      expect(await store.removeWatch('U2', mine[0]?.id ?? 0)).toBe(false);
      expect(await store.removeWatch('U1', mine[0]?.id ?? 0)).toBe(true);
      expect((await store.listWatches('U1')).map((w) => w.relation)).toEqual(['japan-us']);
    });

    it('finds the watchers of a readout by its title and key points, not its participants, once per person', async () => {
      await store.addWatch({ userId: 'U3', words: ['abductions'], relation: null });
      await store.addWatch({ userId: 'U3', words: ['abductions', 'issue'], relation: null });
      await store.addWatch({ userId: 'U4', words: ['abductions'], relation: 'japan-korea' });
      await store.addWatch({ userId: 'U5', words: ['kishida'], relation: null });
      await store.addWatch({ userId: 'U6', words: ['summit', 'energy'], relation: 'japan-us' });
      const id = await insert(store, {
        title: 'Japan-U.S. Summit Telephone Talk',
        participants: [{ name: 'KISHIDA Fumio', honorific: null, title: 'Prime Minister', country: 'JP' }],
        keyPoints: [point('The leaders spoke about the abductions issue and energy.')],
      });
      const watchers = await store.watchersOf(id);
      expect(watchers.sort((a, b) => a.userId.localeCompare(b.userId))).toEqual([
        { userId: 'U2', words: ['energy'] },
        { userId: 'U3', words: ['abductions'] },
        { userId: 'U6', words: ['summit', 'energy'] },
      ]);
      expect(await store.readoutHasWords(id, ['abductions', 'energy'])).toBe(true);
      expect(await store.readoutHasWords(id, ['abductions', 'missiles'])).toBe(false);
      expect(await store.readoutHasWords(id, ['kishida'])).toBe(false);
    });

    it('plans a direct message once per person and readout, with the words it was for', async () => {
      const id = await insert(store, { title: 'Another talk' });
      expect(await store.watchHit(id, 'U9')).toBeNull();
      expect(await store.planWatchMessages(id, [{ userId: 'U9', words: ['another'] }])).toBe(1);
      expect(
        await store.planWatchMessages(id, [
          { userId: 'U9', words: ['talk'] },
          { userId: 'U8', words: ['talk'] },
        ]),
      ).toBe(1);
      expect(await store.watchHit(id, 'U9')).toEqual(['another']);
      expect((await store.postsFor(id)).map((p) => [p.channel, p.status]).sort()).toEqual([
        ['U8', 'planned'],
        ['U9', 'planned'],
      ]);
    });

    it("pauses a person's watches with their unsent direct messages, and resumes them", async () => {
      await store.addWatch({ userId: 'UP', words: ['pause'], relation: null });
      const id = await insert(store, { title: 'Pause talk' });
      expect((await store.watchersOf(id)).map((w) => w.userId)).toContain('UP');
      expect(await store.planWatchMessages(id, [{ userId: 'UP', words: ['pause'] }])).toBe(1);
      expect(await store.pauseWatches('UP', 'user_not_found')).toEqual({ paused: 1, dropped: 1 });
      expect(await store.pauseWatches('UP', 'user_not_found')).toEqual({ paused: 0, dropped: 0 });
      expect((await store.postsFor(id)).map((p) => p.channel)).not.toContain('UP');
      expect((await store.listWatches('UP')).map((w) => w.paused?.why)).toEqual(['user_not_found']);
      expect((await store.watchersOf(id)).map((w) => w.userId)).not.toContain('UP');
      expect(await store.resumeWatches('UP')).toBe(1);
      expect((await store.listWatches('UP')).map((w) => w.paused)).toEqual([null]);
      expect((await store.watchersOf(id)).map((w) => w.userId)).toContain('UP');
    });

    it('keeps a subscription word filter, and the same target with other words beside it', async () => {
      const sub = { channel: 'CW', target: 'japan-us', kind: null, level: null, createdBy: 'U1' };
      expect(await store.addSubscription(sub)).toBe(true);
      expect(await store.addSubscription({ ...sub, words: ['north', 'korea'] })).toBe(true);
      expect(await store.addSubscription({ ...sub, words: ['north', 'korea'] })).toBe(false);
      expect((await store.listSubscriptions('CW')).map((s) => s.words)).toEqual([null, ['north', 'korea']]);
      expect(await store.removeSubscription({ ...sub, words: ['north', 'korea'] })).toBe(true);
      expect((await store.listSubscriptions('CW')).map((s) => s.words)).toEqual([null]);
    });
  });
}

watchesContract('SQLite', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'readout-watches-'));
  return {
    store: openSqliteStore(join(dir, 'r.db')),
    done: async () => rmSync(dir, { recursive: true, force: true }),
  };
});

if (available) {
  watchesContract('PostgreSQL', async () => {
    const schema = scratchSchema();
    return { store: openPostgresStore(POSTGRES_URL, { schema }), done: () => dropSchema(schema) };
  });
}
