import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { WebClient } from '@slack/web-api';
import { pino } from 'pino';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createCycle } from '../../src/app/cycle.js';
import { createSlackPoster } from '../../src/deliver/poster.js';
import { PARTIAL_POST_AFTER } from '../../src/feeds/poll.js';
import { openSqliteStore } from '../../src/store/sqlite.js';
import type { Store } from '../../src/store/store.js';
import { freePort } from '../helpers/app-process.js';
import { type FakeSlack, startFakeSlack } from '../helpers/fake-slack.js';
import { type FeedServer, startFeedServer } from '../helpers/feed-server.js';

const pages = join(import.meta.dirname, '../../fixtures/pages');
const seedPage = readFileSync(join(pages, 'mofa/2021-10-05-japan-us-telephone-numbered.html'), 'utf8');
const otherPage = readFileSync(join(pages, 'mofa/2020-09-25-japan-china-telephone-ol.html'), 'utf8');
const CHANNEL = 'C0TEST';
const NOW = new Date('2026-11-20T12:00:00Z');
const silent = pino({ level: 'silent' });

type Item = { path: string; title: string; date: Date; guid?: string };

function rss(base: string, items: Item[]): string {
  const entries = items
    .map(
      (i) => `<item><title>${i.title}</title><link>${base}${i.path}</link>
      <guid isPermaLink="false">${i.guid ?? i.path}</guid><pubDate>${i.date.toUTCString()}</pubDate>
      <description>Summary of ${i.title}</description></item>`,
    )
    .join('\n');
  return `<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel><title>Test feed</title>
    <link>${base}/</link><description>t</description>${entries}</channel></rss>`;
}

const daysAgo = (n: number) => new Date(NOW.getTime() - n * 86_400_000);

describe('poll cycle over loopback feeds into SQLite and a fake Slack', () => {
  let slack: FakeSlack;
  let feeds: FeedServer;
  let dir: string;
  let store: Store;
  let dbPath: string;

  beforeAll(async () => {
    slack = await startFakeSlack({ token: 'xoxb-t' });
  });
  afterAll(async () => {
    await slack.close();
  });
  beforeEach(async () => {
    slack.reset();
    feeds = await startFeedServer();
    dir = mkdtempSync(join(tmpdir(), 'readout-poll-'));
    dbPath = join(dir, 'r.db');
    store = openSqliteStore(dbPath, () => NOW);
  });
  afterEach(async () => {
    await store.close();
    await feeds.close();
    rmSync(dir, { recursive: true, force: true });
  });

  const cycle = (
    feedUrls: string[],
    options: { firstPollDays?: number; retries?: number; timeoutMs?: number; at?: Date } = {},
  ) => {
    const client = new WebClient('xoxb-t', {
      slackApiUrl: slack.apiUrl,
      retryConfig: { retries: options.retries ?? 0, minTimeout: 10, maxTimeout: 50 },
    });
    return createCycle({
      store,
      poster: createSlackPoster(client),
      logger: silent,
      config: {
        feeds: feedUrls,
        firstPollDays: options.firstPollDays ?? 7,
        timeZone: 'UTC',
        channel: CHANNEL,
      },
      clock: () => options.at ?? NOW,
    });
  };

  it("posts only recent items on a feed's first poll, stores the rest, and posts every later new item", async () => {
    feeds.set('/p/old.html', { body: otherPage });
    feeds.set('/p/new.html', { body: seedPage });
    feeds.template(
      '/feed.xml',
      rss('{{BASE}}', [
        { path: '/p/new.html', title: 'New talk', date: daysAgo(2) },
        { path: '/p/old.html', title: 'Old talk', date: daysAgo(30) },
      ]),
    );
    const report = await cycle([feeds.url('/feed.xml')]).run();
    expect(report.poll.newReadouts).toBe(2);
    expect(slack.messages(CHANNEL)).toHaveLength(1);
    expect(slack.messages(CHANNEL)[0]?.text).toContain('KISHIDA Fumio');
    // The old one is stored and found by lookups.
    expect((await store.latestByRelation('japan-china', 5)).length).toBe(1);

    // A later item is posted whatever its date.
    feeds.set('/p/late.html', { body: otherPage.replace('September 25', 'September 26') });
    feeds.template(
      '/feed.xml',
      rss('{{BASE}}', [
        { path: '/p/late.html', title: 'Late-arriving old talk', date: daysAgo(400) },
        { path: '/p/new.html', title: 'New talk', date: daysAgo(2) },
        { path: '/p/old.html', title: 'Old talk', date: daysAgo(30) },
      ]),
    );
    await cycle([feeds.url('/feed.xml')]).run();
    const top = slack.messages(CHANNEL).filter((m) => !m.thread_ts);
    expect(top).toHaveLength(2);
    // The old readout (stored, never posted) is the relation's previous one: a context reply, unlinked.
    const replies = slack.replies(CHANNEL, top[1]?.ts ?? '');
    expect(replies).toHaveLength(1);
    expect(JSON.stringify(replies[0]?.blocks)).toContain('Previous readout of this relation');
    expect(JSON.stringify(replies[0]?.blocks)).not.toContain('its post');
  });

  it('uses conditional GET: an unchanged feed costs one 304 and fetches no page', async () => {
    feeds.set('/p/a.html', { body: seedPage });
    feeds.template('/feed.xml', rss('{{BASE}}', [{ path: '/p/a.html', title: 'A', date: daysAgo(1) }]));
    await cycle([feeds.url('/feed.xml')]).run();
    feeds.clearRequests();
    const report = await cycle([feeds.url('/feed.xml')]).run();
    expect(report.poll.feeds[0]?.status).toBe('not_modified');
    expect(feeds.requests.map((r) => [r.path, r.status])).toEqual([['/feed.xml', 304]]);
    expect(feeds.requests[0]?.headers['if-none-match']).toMatch(/^"/);
    expect(slack.messages(CHANNEL)).toHaveLength(1);
  });

  it('keeps going past an unreachable feed, a 403, a 500, a timeout and invalid XML, logging each with its reason', async () => {
    feeds.set('/p/a.html', { body: seedPage });
    feeds.template('/good.xml', rss('{{BASE}}', [{ path: '/p/a.html', title: 'A', date: daysAgo(1) }]));
    feeds.set('/forbidden.xml', { body: 'Access Denied', status: 403 });
    feeds.set('/broken.xml', { body: 'oops', status: 500 });
    feeds.set('/slow.xml', { body: rss(feeds.base, []), delayMs: 3000 });
    feeds.set('/invalid.xml', {
      body: '<rss><channel><item><title>x</title></channel>',
      contentType: 'application/rss+xml',
    });
    feeds.set('/html.xml', { body: '<html><body>Not a feed</body></html>', contentType: 'text/html' });
    const closedPort = await freePort();
    const urls = [
      `http://127.0.0.1:${closedPort}/feed.xml`,
      feeds.url('/forbidden.xml'),
      feeds.url('/broken.xml'),
      feeds.url('/slow.xml'),
      feeds.url('/invalid.xml'),
      feeds.url('/html.xml'),
      feeds.url('/good.xml'),
    ];
    const { pollFeeds } = await import('../../src/feeds/poll.js');
    const logs: { feedUrl?: string; reason?: string; msg: string }[] = [];
    const logger = pino({ level: 'info' }, { write: (line: string) => logs.push(JSON.parse(line)) });
    const report = await pollFeeds({
      store,
      logger,
      feeds: urls,
      channels: [CHANNEL],
      firstPollDays: 7,
      clock: () => NOW,
      timeoutMs: 500,
    });
    const byUrl = Object.fromEntries(report.feeds.map((f) => [f.feedUrl, f]));
    expect(byUrl[urls[0] as string]?.reason).toMatch(/ECONNREFUSED/);
    expect(byUrl[urls[1] as string]?.reason).toMatch(/403.*blocks this app.s address.*HTTPS_PROXY/);
    expect(byUrl[urls[2] as string]?.reason).toMatch(/HTTP 500/);
    expect(byUrl[urls[3] as string]?.reason).toBe('timed out');
    expect(byUrl[urls[4] as string]?.reason).toMatch(/invalid XML|not a feed/);
    expect(byUrl[urls[5] as string]?.reason).toMatch(/not a feed/);
    expect(byUrl[urls[6] as string]?.status).toBe('ok');
    expect(report.newReadouts).toBe(1);
    const failures = logs.filter((l) => l.msg === 'feed failed');
    expect(failures.map((l) => l.feedUrl)).toEqual(urls.slice(0, 6));
    expect(failures.every((l) => typeof l.reason === 'string' && l.reason.length > 0)).toBe(true);
    // A failed feed is not marked as polled: its first successful poll is still its first.
    const forbidden = await store.getFeed(urls[1] as string);
    expect(forbidden?.firstPolledAt).toBeNull();
    expect(forbidden?.consecutiveErrors).toBe(1);
    expect(forbidden?.lastError).toMatch(/403/);
  });

  it('keeps an item whose page fails as partial, retries it each cycle, posts it as partial after 3 failures, and completes it when the page comes back', async () => {
    feeds.set('/p/blocked.html', { body: 'Access Denied', status: 403 });
    feeds.template(
      '/feed.xml',
      rss('{{BASE}}', [
        { path: '/p/blocked.html', title: 'Japan-U.S. Summit Telephone Talk', date: daysAgo(1) },
      ]),
    );
    const run = cycle([feeds.url('/feed.xml')]);
    for (let i = 1; i < PARTIAL_POST_AFTER; i++) {
      await run.run();
      expect(slack.messages(CHANNEL)).toHaveLength(0);
    }
    expect(feeds.count('/p/blocked.html')).toBe(PARTIAL_POST_AFTER - 1);
    await run.run();
    const [post] = slack.messages(CHANNEL);
    expect(slack.messages(CHANNEL)).toHaveLength(1);
    expect(post?.text).toContain('partial readout');
    const text = JSON.stringify(post?.blocks);
    expect(text).toContain('Partial readout');
    expect(text).toContain('date not stated');
    expect(text).toContain('duration not stated');

    feeds.set('/p/blocked.html', { body: seedPage });
    await run.run();
    const stored = await store.latestByRelation('japan-us', 1);
    expect(stored[0]?.partial).toBe(false);
    expect(stored[0]?.readout.durationMinutes).not.toBeNull();
    // Completing the readout does not post it a second time: the post is edited in place.
    expect(slack.messages(CHANNEL)).toHaveLength(1);
    const edited = slack.messages(CHANNEL)[0];
    expect(edited?.ts).toBe(post?.ts);
    expect(edited?.edits).toBe(1);
    expect(JSON.stringify(edited?.blocks)).not.toContain('Partial readout');
    expect(JSON.stringify(edited?.blocks)).toContain('KISHIDA Fumio');
    await run.run();
    expect(slack.messages(CHANNEL)[0]?.edits).toBe(1);
  });

  it('stores a page with no lead sentence with its facts unknown, never guessed, and holds a statement back', async () => {
    feeds.set('/p/odd.html', {
      body: '<html><body><main><h1>Statement</h1><p>The ministry welcomes the news.</p></main></body></html>',
    });
    feeds.template(
      '/feed.xml',
      rss('{{BASE}}', [{ path: '/p/odd.html', title: 'Statement', date: daysAgo(1) }]),
    );
    await cycle([feeds.url('/feed.xml')]).run();
    // A statement is not a readout: stored and counted, never posted.
    expect(slack.messages(CHANNEL)).toEqual([]);
    const [held] = await store.listHeldBack(feeds.url('/feed.xml'), 5);
    expect(held?.title).toBe('Statement');
    const stored = await store.getReadout(held?.readoutId ?? '');
    expect(stored?.readout).toMatchObject({ docType: 'other', date: null, participants: [], relation: null });
    expect(stored?.readout.summary).toEqual(['The ministry welcomes the news.']);
  });

  it('retries a post Slack refused (rate limit, server error, missing channel) and posts it once', async () => {
    feeds.set('/p/a.html', { body: seedPage });
    feeds.template('/feed.xml', rss('{{BASE}}', [{ path: '/p/a.html', title: 'A', date: daysAgo(1) }]));
    slack.failNext('chat.postMessage', { status: 429, retryAfter: 1 });
    slack.failNext('chat.postMessage', { status: 500 });
    const first = await cycle([feeds.url('/feed.xml')], { retries: 3 }).run();
    expect(first.delivery.posted).toBe(1);
    expect(slack.messages(CHANNEL)).toHaveLength(1);

    feeds.set('/p/b.html', { body: otherPage });
    feeds.template(
      '/feed.xml',
      rss('{{BASE}}', [
        { path: '/p/b.html', title: 'B', date: daysAgo(0) },
        { path: '/p/a.html', title: 'A', date: daysAgo(1) },
      ]),
    );
    slack.failNext('chat.postMessage', { error: 'channel_not_found' });
    const second = await cycle([feeds.url('/feed.xml')]).run();
    expect(second.delivery.failed).toBe(1);
    expect(second.delivery.errors[0]?.error).toBe('channel_not_found');
    expect(slack.messages(CHANNEL)).toHaveLength(1);
    // Nothing is lost: the channel rests (no call before its next try, 10 minutes on), then the
    // next try posts it.
    const calls = slack.callsTo('chat.postMessage').length;
    const third = await cycle([feeds.url('/feed.xml')]).run();
    expect(third.delivery.posted).toBe(0);
    expect(slack.callsTo('chat.postMessage')).toHaveLength(calls);
    const fourth = await cycle([feeds.url('/feed.xml')], { at: new Date(NOW.getTime() + 10 * 60_000) }).run();
    expect(fourth.delivery.posted).toBe(1);
    expect(slack.messages(CHANNEL)).toHaveLength(2);
  });

  it("puts a key point too long for the post, whole, into the post's thread", async () => {
    const long = `${'The two leaders reviewed cooperation in great detail. '.repeat(90)}The end of a long point.`;
    const page = seedPage.replace('<p>2. ', `<p>2. ${long} `);
    expect(page).not.toBe(seedPage);
    feeds.set('/p/long.html', { body: page });
    feeds.template('/feed.xml', rss('{{BASE}}', [{ path: '/p/long.html', title: 'Long', date: daysAgo(1) }]));
    await cycle([feeds.url('/feed.xml')]).run();
    const top = slack.messages(CHANNEL).filter((m) => !m.thread_ts);
    expect(top).toHaveLength(1);
    const posted = JSON.stringify(top[0]?.blocks);
    expect(posted).not.toContain('The end of a long point.');
    const replies = slack.replies(CHANNEL, top[0]?.ts as string);
    expect(replies.length).toBeGreaterThan(0);
    const thread = replies.map((r) => JSON.stringify(r.blocks)).join(' ');
    expect(thread).toContain('The end of a long point.');
    expect(thread).toContain('*2.*');
  });

  it('plans, on the next cycle, a readout whose cycle stopped between storing it and planning its post', async () => {
    feeds.set('/p/a.html', { body: seedPage });
    feeds.template('/feed.xml', rss('{{BASE}}', [{ path: '/p/a.html', title: 'A', date: daysAgo(1) }]));
    // The first cycle stores the readout, then cannot plan anything (as if it stopped there).
    const real = store;
    store = new Proxy(real, {
      get(target, name, receiver) {
        if (name === 'planPost' || name === 'planThreadPost')
          return () => Promise.reject(new Error('stopped before planning'));
        const value = Reflect.get(target, name, receiver);
        return typeof value === 'function' ? value.bind(target) : value;
      },
    });
    await cycle([feeds.url('/feed.xml')]).run();
    expect(slack.messages(CHANNEL)).toHaveLength(0);
    store = real;
    await cycle([feeds.url('/feed.xml')]).run();
    await cycle([feeds.url('/feed.xml')]).run();
    expect(slack.messages(CHANNEL)).toHaveLength(1);
  });

  it('never posts the same readout twice to a channel, across restarts on the same file', async () => {
    feeds.set('/p/a.html', { body: seedPage });
    feeds.template('/feed.xml', rss('{{BASE}}', [{ path: '/p/a.html', title: 'A', date: daysAgo(1) }]));
    await cycle([feeds.url('/feed.xml')]).run();
    await store.close();
    // Restart: a new store on the same file; the feed no longer answers 304 (validators dropped).
    feeds.template(
      '/feed.xml',
      `${rss('{{BASE}}', [{ path: '/p/a.html', title: 'A', date: daysAgo(1) }])}\n`,
    );
    store = openSqliteStore(dbPath, () => NOW);
    await cycle([feeds.url('/feed.xml')]).run();
    expect(slack.messages(CHANNEL)).toHaveLength(1);
  });
});
