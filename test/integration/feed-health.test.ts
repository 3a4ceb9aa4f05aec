import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { WebClient } from '@slack/web-api';
import { pino } from 'pino';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createCycle } from '../../src/app/cycle.js';
import { runFeedsCommand } from '../../src/commands/feeds.js';
import { createSlackPoster } from '../../src/deliver/poster.js';
import { openSqliteStore } from '../../src/store/sqlite.js';
import type { Store } from '../../src/store/store.js';
import { type FakeSlack, startFakeSlack } from '../helpers/fake-slack.js';
import { type FeedServer, startFeedServer } from '../helpers/feed-server.js';

const pages = join(import.meta.dirname, '../../fixtures/pages');
const seedPage = readFileSync(join(pages, 'mofa/2021-10-05-japan-us-telephone-numbered.html'), 'utf8');
const otherPage = readFileSync(join(pages, 'mofa/2020-09-25-japan-china-telephone-ol.html'), 'utf8');
const CHANNEL = 'C0TEST';
const ALERTS = 'C0ALERTS';
const START = new Date('2026-11-20T12:00:00Z');
const CYCLE_MS = 10 * 60_000;
const silent = pino({ level: 'silent' });

type Item = { link: string; title: string; guid?: string; summary?: string };

function rss(items: Item[]): string {
  const entries = items
    .map(
      (i) => `<item><title>${i.title}</title><link>${i.link}</link>
      ${i.guid ? `<guid isPermaLink="false">${i.guid}</guid>` : ''}<pubDate>${new Date(START.getTime() - 86_400_000).toUTCString()}</pubDate>
      <description>${i.summary ?? `Summary of ${i.title}`}</description></item>`,
    )
    .join('\n');
  return `<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel><title>Test feed</title>
    <link>http://example.invalid/</link><description>t</description>${entries}</channel></rss>`;
}

describe('failing feeds: back-off, alerts, redirects, 410, identity', () => {
  let slack: FakeSlack;
  let feeds: FeedServer;
  let dir: string;
  let dbPath: string;
  let store: Store;
  let now: Date;

  beforeAll(async () => {
    slack = await startFakeSlack({ token: 'xoxb-t' });
  });
  afterAll(async () => {
    await slack.close();
  });
  beforeEach(async () => {
    slack.reset();
    feeds = await startFeedServer();
    dir = mkdtempSync(join(tmpdir(), 'readout-health-'));
    dbPath = join(dir, 'r.db');
    now = START;
    store = openSqliteStore(dbPath, () => now);
  });
  afterEach(async () => {
    await store.close();
    await feeds.close();
    rmSync(dir, { recursive: true, force: true });
  });

  const cycle = (feedUrls: string[], alertChannel: string | null = ALERTS) => {
    const client = new WebClient('xoxb-t', {
      slackApiUrl: slack.apiUrl,
      retryConfig: { retries: 0 },
    });
    return createCycle({
      store,
      poster: createSlackPoster(client),
      logger: silent,
      config: { feeds: feedUrls, firstPollDays: 7, timeZone: 'UTC', channel: CHANNEL, alertChannel },
      clock: () => now,
    });
  };
  /** Runs `n` cycles, one every 10 minutes; returns the indexes of those that fetched `path`. */
  const runCycles = async (feedUrls: string[], path: string, n: number) => {
    const fetched: number[] = [];
    for (let i = 0; i < n; i++) {
      const before = feeds.count(path);
      await cycle(feedUrls).run();
      if (feeds.count(path) > before) fetched.push(i);
      now = new Date(now.getTime() + CYCLE_MS);
    }
    return fetched;
  };
  const alerts = () => slack.messages(ALERTS).map((m) => m.text ?? '');
  const feedsList = async (operatorFeeds: string[]) => {
    const answer = await runFeedsCommand(
      { kind: 'feeds' },
      { store, operatorFeeds, allowPrivateNetworks: true, firstPollDays: 7 },
      'U1',
    );
    return answer.text ?? '';
  };

  it('polls a failing feed less and less often, alerts once, and once more when it works again', async () => {
    feeds.set('/feed.xml', { body: 'oops', status: 500 });
    const url = feeds.url('/feed.xml');
    const cycles = 24;
    const fetched = await runCycles([url], '/feed.xml', cycles);
    // Every 10 minutes for 4 hours: waits of 5, 10, 20, 40, then 60 minutes.
    expect(fetched).toEqual([0, 1, 2, 4, 8, 14, 20]);
    expect(alerts()).toEqual([
      expect.stringMatching(/Feed .*\/feed\.xml.* fails \(2 polls in a row\): HTTP 500/),
    ]);
    expect(await feedsList([url])).toMatch(
      /7 consecutive errors.*backing off: next attempt at the first cycle after 2026-11-20 16:20 UTC/,
    );

    feeds.set('/p/a.html', { body: seedPage });
    feeds.set('/feed.xml', { body: rss([{ link: feeds.url('/p/a.html'), title: 'A', guid: 'a' }]) });
    const after = await runCycles([url], '/feed.xml', 8);
    // Due again at 16:20 (cycle 2 of these), then read on every cycle.
    expect(after).toEqual([2, 3, 4, 5, 6, 7]);
    expect(alerts()).toHaveLength(2);
    expect(alerts()[1]).toMatch(/works again, after 7 failed polls/);
    expect(slack.messages(CHANNEL)).toHaveLength(1);
    expect(await feedsList([url])).not.toMatch(/backing off/);
  });

  it("honours a 503's Retry-After, and tells a new error apart from the one already told", async () => {
    feeds.set('/feed.xml', { body: 'busy', status: 503, headers: { 'Retry-After': '7200' } });
    const url = feeds.url('/feed.xml');
    const fetched = await runCycles([url], '/feed.xml', 14);
    // Two hours between attempts: 12 cycles of 10 minutes.
    expect(fetched).toEqual([0, 12]);
    expect(alerts()).toEqual([expect.stringMatching(/fails \(2 polls in a row\): HTTP 503/)]);
    feeds.set('/feed.xml', { body: 'nope', status: 404 });
    now = new Date(now.getTime() + 3 * 3_600_000);
    await runCycles([url], '/feed.xml', 1);
    expect(alerts()).toHaveLength(2);
    expect(alerts()[1]).toMatch(/now fails another way \(3 polls in a row\): HTTP 404/);
    now = new Date(now.getTime() + 3 * 3_600_000);
    await runCycles([url], '/feed.xml', 1);
    expect(alerts()).toHaveLength(2);
  });

  it('keeps an alert Slack refused, and the pending recovery, across a restart; never repeats one', async () => {
    feeds.set('/feed.xml', { body: 'oops', status: 500 });
    const url = feeds.url('/feed.xml');
    await runCycles([url], '/feed.xml', 1);
    slack.failNext('chat.postMessage', { error: 'internal_error' });
    await runCycles([url], '/feed.xml', 1);
    expect(alerts()).toEqual([]);
    await store.close();
    store = openSqliteStore(dbPath, () => now);
    now = new Date(now.getTime() + 3_600_000);
    await runCycles([url], '/feed.xml', 3);
    expect(alerts()).toEqual([expect.stringMatching(/fails \(2 polls in a row\): HTTP 500/)]);
    await store.close();
    store = openSqliteStore(dbPath, () => now);
    feeds.set('/feed.xml', { body: rss([]) });
    now = new Date(now.getTime() + 3_600_000);
    await runCycles([url], '/feed.xml', 3);
    expect(alerts()).toHaveLength(2);
    expect(alerts()[1]).toMatch(/works again/);
  });

  it('only logs alerts when no alert channel is set, and posts none later', async () => {
    feeds.set('/feed.xml', { body: 'oops', status: 500 });
    const url = feeds.url('/feed.xml');
    for (let i = 0; i < 3; i++) {
      await cycle([url], null).run();
      now = new Date(now.getTime() + 3_600_000);
    }
    expect(slack.callsTo('chat.postMessage')).toHaveLength(0);
    expect(await store.pendingFeedAlerts(10)).toEqual([]);
    await cycle([url]).run();
    expect(alerts()).toEqual([]);
  });

  it('follows a 301 to the new address for good, keeping the feed’s readouts; a 302 changes nothing', async () => {
    feeds.set('/p/a.html', { body: seedPage });
    feeds.set('/p/b.html', { body: otherPage });
    const itemA = { link: feeds.url('/p/a.html'), title: 'A', guid: 'a' };
    feeds.set('/old.xml', { body: rss([itemA]) });
    const url = feeds.url('/old.xml');
    await runCycles([url], '/old.xml', 1);
    expect(slack.messages(CHANNEL)).toHaveLength(1);

    feeds.set('/old.xml', { body: '', status: 301, headers: { Location: '/new.xml' } });
    feeds.set('/new.xml', {
      body: rss([{ link: feeds.url('/p/b.html'), title: 'B', guid: 'b' }, itemA]),
    });
    await runCycles([url], '/new.xml', 1);
    feeds.clearRequests();
    await runCycles([url], '/new.xml', 2);
    expect(feeds.count('/old.xml')).toBe(0);
    expect(feeds.count('/new.xml')).toBe(2);
    // A was not posted again; B was posted once; both stay under the configured address.
    expect(slack.messages(CHANNEL)).toHaveLength(2);
    expect((await store.countReadoutsByFeed())[url]).toBe(2);
    expect(alerts()).toEqual([expect.stringMatching(/moved permanently to .*\/new\.xml/)]);
    expect(await feedsList([url])).toMatch(
      /old\.xml[\s\S]*healthy[\s\S]*moved permanently: polled at .*\/new\.xml/,
    );

    feeds.set('/tmp.xml', { body: '', status: 302, headers: { Location: '/new.xml' } });
    const temporary = feeds.url('/tmp.xml');
    feeds.clearRequests();
    await runCycles([temporary], '/tmp.xml', 2);
    expect(feeds.count('/tmp.xml')).toBe(2);
    expect((await store.listFeedHealth()).map((h) => h.url)).toEqual([url]);
  });

  it('disables a feed that answers 410 Gone, says so once, and polls it again when re-enabled', async () => {
    feeds.set('/gone.xml', { body: 'gone', status: 410 });
    const url = feeds.url('/gone.xml');
    const fetched = await runCycles([url], '/gone.xml', 6);
    expect(fetched).toEqual([0]);
    expect(alerts()).toEqual([expect.stringMatching(/410 Gone.*stopped polling.*\/readout feeds add/)]);
    expect(await feedsList([url])).toMatch(/disabled since .*re-enables it with `\/readout feeds add/);

    const answer = await runFeedsCommand(
      { kind: 'feeds_add', url, linkPattern: null },
      {
        store,
        operatorFeeds: [url],
        allowPrivateNetworks: true,
        firstPollDays: 7,
        roleOf: async () => ({ ok: true, admin: true, role: 'admin' }),
      },
      'UADMIN',
    );
    expect(answer.text).toMatch(/Re-enabled .*gone\.xml/);
    feeds.set('/gone.xml', { body: rss([]) });
    expect(await runCycles([url], '/gone.xml', 2)).toEqual([0, 1]);
    expect(alerts()).toHaveLength(1);
  });

  it('reposts nothing when a publisher rewrites its guids or moves to https; a changed page is edited in place', async () => {
    feeds.set('/p/a.html', { body: seedPage });
    feeds.set('/p/b.html', { body: otherPage });
    const url = feeds.url('/feed.xml');
    const a = feeds.url('/p/a.html');
    const b = feeds.url('/p/b.html');
    feeds.set('/feed.xml', {
      body: rss([
        { link: a, title: 'A', guid: 'a-1' },
        { link: b, title: 'B', guid: 'b-1' },
      ]),
    });
    await runCycles([url], '/feed.xml', 1);
    expect(slack.messages(CHANNEL)).toHaveLength(2);

    // New guids, the same pages: one with a final slash and tracking parameters, one by https.
    feeds.set('/feed.xml', {
      body: rss([
        { link: `${a}/?utm_source=rss&amp;utm_medium=feed`, title: 'A', guid: 'a-2' },
        { link: b.replace('http:', 'https:'), title: 'B', guid: 'b-2' },
      ]),
    });
    feeds.clearRequests();
    await runCycles([url], '/feed.xml', 2);
    expect(slack.callsTo('chat.postMessage')).toHaveLength(2);
    expect(feeds.count('/p/a.html')).toBe(0);
    expect((await store.countReadoutsByFeed())[url]).toBe(2);

    // A rewritten guid and new content: the page is read again and the post edited, not reposted.
    feeds.set('/p/a.html', { body: seedPage.replace(/KISHIDA Fumio/g, 'ISHIBA Shigeru') });
    feeds.set('/feed.xml', {
      body: rss([
        { link: a, title: 'A (updated)', guid: 'a-3' },
        { link: b.replace('http:', 'https:'), title: 'B', guid: 'b-2' },
      ]),
    });
    await runCycles([url], '/feed.xml', 1);
    const posts = slack.callsTo('chat.postMessage');
    expect(posts.filter((c) => !c.args.thread_ts)).toHaveLength(2);
    // One note in the edited post's thread says what changed.
    expect(posts.filter((c) => c.args.thread_ts)).toHaveLength(1);
    expect(slack.callsTo('chat.update')).toHaveLength(1);
    const edited = slack.messages(CHANNEL).filter((m) => m.edits > 0);
    expect(edited.map((m) => m.text)).toEqual([expect.stringContaining('ISHIBA Shigeru')]);
  });

  it('keeps apart distinct items that share one link', async () => {
    feeds.set('/p/a.html', { body: seedPage });
    feeds.set('/p/b.html', { body: otherPage });
    const url = feeds.url('/feed.xml');
    const a = feeds.url('/p/a.html');
    feeds.set('/feed.xml', { body: rss([{ link: a, title: 'A', guid: 'a-1' }]) });
    await runCycles([url], '/feed.xml', 1);
    feeds.set('/feed.xml', {
      body: rss([
        { link: a, title: 'A second call', guid: 'a-2' },
        { link: a, title: 'A', guid: 'a-1' },
      ]),
    });
    await runCycles([url], '/feed.xml', 1);
    expect((await store.countReadoutsByFeed())[url]).toBe(2);
  });
});
