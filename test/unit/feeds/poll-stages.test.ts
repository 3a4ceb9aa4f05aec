import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import pino from 'pino';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { FeedItem } from '../../../src/feeds/parse-feed.js';
import { dueFeed, startCycle } from '../../../src/feeds/stages/due-feeds.js';
import { fetchFeed } from '../../../src/feeds/stages/fetch-feed.js';
import { readAhead, readPage } from '../../../src/feeds/stages/fetch-pages.js';
import { identify } from '../../../src/feeds/stages/identify.js';
import { isMany, parseInline, parserFor } from '../../../src/feeds/stages/parse.js';
import { planPosts } from '../../../src/feeds/stages/plan.js';
import { itemKey, oldestFirst, readItems } from '../../../src/feeds/stages/read-items.js';
import { retryPartials } from '../../../src/feeds/stages/recheck.js';
import type { Cycle, FeedRun, PollDeps } from '../../../src/feeds/stages/state.js';
import {
  groupSize,
  STORE_GROUP,
  saveFeedRead,
  storeReadouts,
} from '../../../src/feeds/stages/store-readouts.js';
import type { Store } from '../../../src/store/index.js';
import { openSqliteStore } from '../../../src/store/sqlite.js';

const FEED = 'https://feeds.example/readouts.xml';
const PAGE = 'https://feeds.example/pages/call.html';
const page = readFileSync(
  join(import.meta.dirname, '../../../fixtures/pages/mofa/2021-10-05-japan-us-telephone-numbered.html'),
  'utf8',
);
const logger = pino({ level: 'silent' });

const item = (n: number, hoursAgo: number, link: string | null = `${PAGE}?n=${n}`): FeedItem => ({
  guid: `g${n}`,
  link,
  title: `Call number ${n}`,
  summary: `The ministers spoke, call ${n}.`,
  publishedAt: new Date(Date.parse('2026-11-27T10:00:00Z') - hoursAgo * 3_600_000).toISOString(),
  contentHtml: null,
});
const rss = (items: FeedItem[]) =>
  `<?xml version="1.0"?><rss version="2.0"><channel><title>Calls</title><link>https://feeds.example/</link><description>d</description>${items
    .map(
      (i) =>
        `<item><title>${i.title}</title><link>${i.link}</link><guid>${i.guid}</guid><pubDate>${new Date(i.publishedAt ?? '').toUTCString()}</pubDate></item>`,
    )
    .join('')}</channel></rss>`;

describe('the poll cycle, stage by stage', () => {
  let store: Store;
  let now: Date;
  let answers: Map<string, () => Response>;
  let requests: string[];
  const http = (async (input: string | URL | Request) => {
    const url = String(input);
    requests.push(url);
    return answers.get(url)?.() ?? new Response('not found', { status: 404 });
  }) as typeof fetch;
  const deps = (more: Partial<PollDeps> = {}): PollDeps => ({
    store,
    logger,
    feeds: [FEED],
    channels: ['CALL'],
    firstPollDays: 1,
    fetch: http,
    clock: () => now,
    ...more,
  });
  const turn = async (more: Partial<PollDeps> = {}): Promise<[Cycle, FeedRun]> => {
    const cycle = await startCycle(deps(more));
    const feed = await dueFeed(cycle, FEED);
    if (!feed) throw new Error('the feed is not due');
    return [cycle, feed];
  };

  beforeEach(() => {
    now = new Date('2026-11-27T10:00:00Z');
    store = openSqliteStore(':memory:', () => now);
    answers = new Map();
    requests = [];
  });
  afterEach(async () => {
    await store.close();
  });

  it('due feeds: a feed backing off is skipped and reported, before any fetch', async () => {
    await store.saveFeedHealth({
      url: FEED,
      nextAttemptAt: '2026-11-27T11:00:00Z',
      disabledAt: null,
      disabledReason: null,
      movedTo: null,
      alertedError: null,
    });
    const cycle = await startCycle(deps());
    expect(await dueFeed(cycle, FEED)).toBeNull();
    expect(cycle.report.feeds).toEqual([
      expect.objectContaining({ feedUrl: FEED, status: 'skipped', items: 0 }),
    ]);
    expect(requests).toEqual([]);
  });

  it('due feeds: a feed never polled starts with no validators and no errors', async () => {
    const [, feed] = await turn();
    expect(feed.state).toMatchObject({ url: FEED, etag: null, firstPolledAt: null, consecutiveErrors: 0 });
    expect(feed.state.lastFetchedAt).toBe(now.toISOString());
  });

  it('fetch: an error fails the feed and ends its reading; a 304 ends it as not modified', async () => {
    answers.set(FEED, () => new Response('down', { status: 500 }));
    const [cycle, feed] = await turn();
    expect(await fetchFeed(cycle, feed)).toBeNull();
    expect(feed.outcome.status).toBe('error');
    expect((await store.getFeed(FEED))?.consecutiveErrors).toBe(1);

    answers.set(FEED, () => new Response(null, { status: 304 }));
    const [cycle2, feed2] = await turn();
    expect(await fetchFeed(cycle2, feed2)).toBeNull();
    expect(feed2.outcome.status).toBe('not_modified');
    expect(await store.getFeed(FEED)).toMatchObject({ lastStatus: 304, consecutiveErrors: 0 });
  });

  it('read items: a body that is no feed fails the feed; a feed gives its items and kind', async () => {
    answers.set(FEED, () => new Response('<html><body>no feed here</body></html>'));
    const [cycle, feed] = await turn();
    const response = await fetchFeed(cycle, feed);
    expect(response).not.toBeNull();
    expect(response && (await readItems(cycle, feed, response))).toBeNull();
    expect(feed.outcome.status).toBe('error');

    answers.set(FEED, () => new Response(rss([item(1, 2), item(2, 1)])));
    const [cycle2, feed2] = await turn();
    const response2 = await fetchFeed(cycle2, feed2);
    const read = response2 && (await readItems(cycle2, feed2, response2));
    expect(read?.kind).toBe('rss');
    expect(read?.items.map((i) => i.guid)).toEqual(['g1', 'g2']);
    expect(feed2.outcome.items).toBe(2);
  });

  it('read items: items run oldest first, undated ones keep the feed’s order reversed', () => {
    const undated = { ...item(3, 0), publishedAt: null };
    expect(oldestFirst([item(1, 1), item(2, 5), undated]).map((i) => i.guid)).toEqual(['g3', 'g2', 'g1']);
    expect(oldestFirst([item(1, 1), item(2, 5)]).map((i) => i.guid)).toEqual(['g2', 'g1']);
    expect(itemKey({ ...item(4, 0), guid: null })).toBe(`${PAGE}?n=4`);
    expect(itemKey({ ...item(4, 0), guid: null, link: null })).toMatch(/^sha1:[0-9a-f]{40}$/);
  });

  it('identify: an item already stored is not new; what the feed held is recorded', async () => {
    await store.insertReadout({
      feedUrl: FEED,
      itemKey: 'g1',
      link: `${PAGE}?n=1`,
      itemPublishedAt: item(1, 2).publishedAt,
      itemTitle: item(1, 2).title,
      itemSummary: item(1, 2).summary,
      readout: await parseInline({ content: page, url: PAGE, published: null }),
      partial: false,
      pageAttempts: 1,
      lastPageError: null,
      announce: true,
    });
    const [cycle, feed] = await turn();
    const fresh = await identify(cycle, feed, {
      title: 'Calls',
      kind: 'rss',
      items: [item(2, 1), item(1, 2)],
    });
    expect(fresh.map((f) => f.key)).toEqual(['g2']);
    expect(await store.listFeedContent()).toEqual([
      expect.objectContaining({ url: FEED, kind: 'rss', items: 2, newItemAt: now.toISOString() }),
    ]);
  });

  it('fetch pages: at most `width` reads run ahead of the one taken, each yielded in order', async () => {
    const started: number[] = [];
    const reads = readAhead([1, 2, 3, 4, 5], 2, async (n) => {
      started.push(n);
      if (n === 2) throw new Error('page 2 failed');
      return n * 10;
    });
    const seen: (number | string)[] = [];
    for (const [n, read] of reads) {
      expect(started.length).toBeLessThanOrEqual(n + 2);
      seen.push(await read.catch((e: Error) => e.message));
    }
    expect(seen).toEqual([10, 'page 2 failed', 30, 40, 50]);
  });

  it('fetch pages: a page that cannot be fetched is a reason, unless the feed carried the body', async () => {
    const [cycle, feed] = await turn();
    expect(await readPage(cycle, feed, item(1, 1))).toEqual({
      ok: false,
      reason: expect.stringContaining('404'),
    });
    const carried = await readPage(cycle, feed, { ...item(1, 1), contentHtml: page });
    expect(carried.ok).toBe(true);
    expect(await readPage(cycle, feed, item(1, 1, null))).toEqual({
      ok: false,
      reason: 'the item has no link',
    });
    expect(cycle.report.pageFetches).toBe(2);
  });

  it('parse: the worker pool parses only a feed’s many new pages', async () => {
    const pool = { parse: async () => ({}) as never } as unknown as NonNullable<PollDeps['parsePool']>;
    const cycle = await startCycle(deps({ parsePool: pool }));
    expect(parserFor(cycle, [1, 2, 3])).toBe(parseInline);
    expect(isMany([1, 2, 3, 4])).toBe(true);
    expect(parserFor(cycle, [1, 2, 3, 4])).toBe(pool.parse);
    expect(groupSize([1])).toBe(1);
    expect(groupSize([1, 2, 3, 4])).toBe(STORE_GROUP);
  });

  it('store: new readouts stored and planned; on a first poll an old item is stored, not posted', async () => {
    answers.set(`${PAGE}?n=1`, () => new Response(page, { headers: { 'content-type': 'text/html' } }));
    answers.set(`${PAGE}?n=2`, () => new Response(page, { headers: { 'content-type': 'text/html' } }));
    const [cycle, feed] = await turn();
    const fresh = [
      { item: item(1, 48), key: 'g1' },
      { item: item(2, 1), key: 'g2' },
      { item: item(3, 1), key: 'g3' },
    ];
    const reads = fresh.map((f) => [f, readPage(cycle, feed, f.item)] as const);
    await storeReadouts(cycle, feed, reads, 1);
    expect(feed.outcome.newReadouts).toBe(3);
    const old = await store.findReadout(FEED, 'g1');
    const partial = await store.findReadout(FEED, 'g3');
    expect(old?.announce).toBe(false);
    expect(partial).toMatchObject({ partial: true, pageAttempts: 1 });
    expect(cycle.report.postsPlanned).toBe(1);
    const posted = await store.findReadout(FEED, 'g2');
    expect((await store.postsFor(posted?.id ?? '')).map((p) => p.channel)).toEqual(['CALL']);
    expect(await store.postsFor(old?.id ?? '')).toEqual([]);
  });

  it('store: the feed’s validators are kept only when every item was stored', async () => {
    answers.set(FEED, () => new Response(rss([]), { headers: { etag: '"v1"' } }));
    const [cycle, feed] = await turn();
    const response = await fetchFeed(cycle, feed);
    if (!response) throw new Error('no body');
    feed.allStored = false;
    await saveFeedRead(cycle, feed, response);
    expect(await store.getFeed(FEED)).toMatchObject({
      etag: null,
      firstPolledAt: null,
      consecutiveErrors: 0,
    });
    feed.allStored = true;
    await saveFeedRead(cycle, feed, response);
    expect(await store.getFeed(FEED)).toMatchObject({ etag: '"v1"', firstPolledAt: now.toISOString() });
  });

  it('recheck and plan: a partial page read later completes its readout and plans its post', async () => {
    const [cycle, feed] = await turn();
    await storeReadouts(
      cycle,
      feed,
      [[{ item: item(1, 1), key: 'g1' }, readPage(cycle, feed, item(1, 1))]],
      1,
    );
    expect(cycle.report.postsPlanned).toBe(0);
    answers.set(`${PAGE}?n=1`, () => new Response(page, { headers: { 'content-type': 'text/html' } }));
    const [cycle2, feed2] = await turn();
    expect(cycle2.leftovers.has(FEED)).toBe(true);
    await retryPartials(cycle2, feed2);
    expect(cycle2.report.completedPartials).toBe(1);
    expect(cycle2.report.postsPlanned).toBe(1);
    expect(await store.findReadout(FEED, 'g1')).toMatchObject({ partial: false, pageAttempts: 2 });
  });

  it('plan: a stored readout not announced plans no post', async () => {
    const [cycle] = await turn();
    const { readout } = await store.insertReadout({
      feedUrl: FEED,
      itemKey: 'g9',
      link: PAGE,
      itemPublishedAt: null,
      itemTitle: 'Call',
      itemSummary: null,
      readout: await parseInline({ content: page, url: PAGE, published: null }),
      partial: false,
      pageAttempts: 1,
      lastPageError: null,
      announce: false,
    });
    await planPosts(cycle, readout);
    expect(cycle.report.postsPlanned).toBe(0);
    await planPosts(cycle, { ...readout, announce: true });
    expect(cycle.report.postsPlanned).toBe(1);
  });
});
