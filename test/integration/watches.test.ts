import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { WebClient } from '@slack/web-api';
import { pino } from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { deliverPending } from '../../src/deliver/deliver.js';
import { createSlackPoster } from '../../src/deliver/poster.js';
import { planMatches } from '../../src/deliver/watches.js';
import { pollFeeds } from '../../src/feeds/poll.js';
import { openSqliteStore } from '../../src/store/sqlite.js';
import type { Store } from '../../src/store/store.js';
import { type FakeSlack, startFakeSlack } from '../helpers/fake-slack.js';

const pages = join(import.meta.dirname, '../../fixtures/pages');
const page = (path: string) => readFileSync(join(pages, path), 'utf8');
const FEED = 'https://feeds.example/watch.xml';
const logger = pino({ level: 'silent' });
const now = new Date('2026-11-27T10:00:00Z');

/** Pages by URL: two readouts (japan-us, japan-china) and a fact sheet (held back). */
const SITE: Record<string, string> = {
  'https://www.mofa.go.jp/japan-us.html': page('mofa/2021-10-05-japan-us-telephone-numbered.html'),
  'https://www.mofa.go.jp/japan-china.html': page('mofa/2020-09-25-japan-china-telephone-ol.html'),
  'https://www.whitehouse.gov/ports.html': page('whitehouse/n-2023-04-12-fact-sheet-ports.txt'),
};
const item = (url: string, daysAgo: number) =>
  `<item><title>t</title><link>${url}</link><guid>${url}</guid><pubDate>${new Date(now.getTime() - daysAgo * 86_400_000).toUTCString()}</pubDate></item>`;

/**
 * Watches end to end below the app: the poller plans the direct messages (the first poll's window
 * and held-back pages respected), delivery posts them through the real web-api client to the
 * fake Slack, once per person and readout, through a lost answer and a restart.
 */
describe('watches: planned by the poll, sent as direct messages exactly once', () => {
  let slack: FakeSlack;
  let dir: string;
  let store: Store;
  let items: string[] = [];
  const http = (async (input: string | URL | Request) => {
    const url = String(input);
    const body =
      url === FEED
        ? `<?xml version="1.0"?><rss version="2.0"><channel><title>w</title><link>http://x/</link><description>d</description>${items.join('')}</channel></rss>`
        : SITE[url];
    if (body === undefined) return new Response('no', { status: 404 });
    const type = url === FEED ? 'application/rss+xml' : url.endsWith('.txt') ? 'text/plain' : 'text/html';
    return new Response(body, { headers: { 'content-type': type } });
  }) as typeof fetch;
  const poll = () =>
    pollFeeds({
      store,
      logger,
      feeds: [FEED],
      channels: [],
      firstPollDays: 7,
      clock: () => now,
      fetch: http,
    });
  const deliver = () =>
    deliverPending({
      store,
      poster: createSlackPoster(
        new WebClient('xoxb-w', { slackApiUrl: slack.apiUrl, retryConfig: { retries: 0 }, timeout: 5_000 }),
      ),
      logger,
      render: { timeZone: 'UTC' },
    });
  const readoutIds = (channel: string) =>
    slack.messages(channel).map((m) => String(m.metadata?.event_payload.readout_id));

  beforeAll(async () => {
    slack = await startFakeSlack({ token: 'xoxb-w' });
    dir = mkdtempSync(join(tmpdir(), 'readout-watches-'));
    store = openSqliteStore(join(dir, 'r.db'), () => now);
    await store.addWatch({ userId: 'UANN', words: ['telephone', 'talk'], relation: null });
    await store.addWatch({ userId: 'UANN', words: ['summit'], relation: null });
    await store.addWatch({ userId: 'UBOB', words: ['biden'], relation: null });
    await store.addWatch({ userId: 'UCAR', words: ['telephone'], relation: 'japan-us' });
    const sub = { target: 'all', kind: null, level: null, createdBy: 'UANN' } as const;
    await store.addSubscription({ ...sub, channel: 'CXI', words: ['president', 'xi'] });
    await store.addSubscription({ ...sub, channel: 'CNONE', words: ['atlantis'] });
  });
  afterAll(async () => {
    await store.close();
    await slack.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it("a feed's first poll sends only the readouts within its window, to the people and channels whose words match", async () => {
    // japan-us is 30 days old: stored, not sent (the first poll's window is 7 days).
    items = [
      item('https://www.mofa.go.jp/japan-us.html', 30),
      item('https://www.mofa.go.jp/japan-china.html', 1),
    ];
    await poll();
    await deliver();
    const china = (await store.latestByRelation('japan-china', 1))[0]?.id;
    expect(readoutIds('UANN')).toEqual([china]);
    expect(readoutIds('UBOB')).toEqual([]);
    expect(readoutIds('UCAR')).toEqual([]);
    expect(readoutIds('CXI')).toEqual([china]);
    expect(readoutIds('CNONE')).toEqual([]);
    // The readout's post, with a line naming the watch that brought it (the oldest that matched).
    const [dm] = slack.messages('UANN');
    expect(dm?.text).toMatch(/^Your watch “telephone talk”: /);
    expect(JSON.stringify(dm?.blocks)).toContain('Your watch “telephone talk” matched this readout');
    expect(JSON.stringify(dm?.blocks)).toContain('Japan-China Summit Telephone Talk');
    expect(dm?.metadata?.event_type).toBe('readout_posted');
  });

  it('a held-back page never triggers a watch, even with the words', async () => {
    items.push(item('https://www.whitehouse.gov/ports.html', 0));
    const report = await poll();
    expect(report.heldBack).toBe(1);
    await deliver();
    expect(readoutIds('UBOB')).toEqual([]);
  });

  it('planning again (a crash before the plan was recorded) sends nothing twice', async () => {
    const [china] = await store.latestByRelation('japan-china', 1);
    if (!china) throw new Error('no readout');
    expect(await planMatches(store, china, await store.listSubscriptions())).toBe(0);
    await deliver();
    expect(readoutIds('UANN')).toHaveLength(1);
    expect(readoutIds('CXI')).toHaveLength(1);
  });

  it('a direct message whose answer was lost is looked for in the DM after a restart, not sent again', async () => {
    // A new readout (no longer the first poll: sent whatever its date) for all three people; the
    // first direct message reaches Slack and its answer is lost.
    items.push(item('https://www.mofa.go.jp/japan-us.html?again', 40));
    SITE['https://www.mofa.go.jp/japan-us.html?again'] = SITE['https://www.mofa.go.jp/japan-us.html'] ?? '';
    await poll();
    const again = (await store.findReadout(FEED, 'https://www.mofa.go.jp/japan-us.html?again'))?.id;
    expect(again).toBeDefined();
    slack.failNext('chat.postMessage', { applied: true, hangUp: true });
    await deliver();
    await store.close();
    store = openSqliteStore(join(dir, 'r.db'), () => now);
    await deliver();
    for (const user of ['UANN', 'UBOB', 'UCAR']) {
      const ids = readoutIds(user);
      expect(
        ids.filter((id) => id === again),
        user,
      ).toHaveLength(1);
      expect(new Set(ids).size, user).toBe(ids.length);
    }
    const [opened] = slack.callsTo('conversations.open').map((c) => String(c.args.users));
    expect(opened).toBe('UANN');
    expect(slack.callsTo('conversations.history').map((c) => c.args.channel)).toEqual([`D${opened}`]);
  });
});
