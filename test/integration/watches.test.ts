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
import { unknownReadout } from '../../src/readout/types.js';
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

/**
 * A direct message Slack refuses for the person (gone, deactivated, a bot, no DM to be had) is
 * not a channel problem: the user id is never parked and nobody is told of a "channel"; the DM is
 * dropped, the person's watches pause, and a `/readout` command from them resumes them.
 */
describe('watches: a direct message refused for the person pauses their watches', () => {
  let slack: FakeSlack;
  let dir: string;
  let store: Store;
  let n = 0;
  const lines: { msg: string; user?: string; error?: string }[] = [];
  const log = pino({ level: 'info' }, { write: (line: string) => lines.push(JSON.parse(line)) });
  const readout = async (title: string) => {
    n++;
    const { readout: stored } = await store.insertReadout({
      feedUrl: FEED,
      itemKey: `p-${n}`,
      link: `https://www.mofa.go.jp/p${n}.html`,
      itemPublishedAt: null,
      itemTitle: null,
      itemSummary: null,
      readout: unknownReadout({
        source: 'mofa',
        kind: 'telephone',
        date: '2026-11-20',
        relation: 'japan-us',
        title,
      }),
      partial: false,
      pageAttempts: 1,
      lastPageError: null,
      announce: true,
    });
    await planMatches(store, stored, []);
    return stored.id;
  };
  const deliver = () =>
    deliverPending({
      store,
      poster: createSlackPoster(
        new WebClient('xoxb-p', { slackApiUrl: slack.apiUrl, retryConfig: { retries: 0 }, timeout: 5_000 }),
      ),
      logger: log,
      render: { timeZone: 'UTC' },
    });

  beforeAll(async () => {
    slack = await startFakeSlack({ token: 'xoxb-p' });
    dir = mkdtempSync(join(tmpdir(), 'readout-watches-refused-'));
    store = openSqliteStore(join(dir, 'r.db'), () => now);
    for (const user of ['UGONE', 'UOFF', 'UHERE'])
      await store.addWatch({ userId: user, words: ['energy'], relation: null });
    // Slack has no DM to be had with UGONE (channel_not_found, as for a user id it cannot open).
    slack.setChannel('UGONE', { deleted: true });
  });
  afterAll(async () => {
    await store.close();
    await slack.close();
    rmSync(dir, { recursive: true, force: true });
  });

  const sentTo = (user: string) =>
    slack.messages(user).map((m) => String(m.metadata?.event_payload.readout_id));

  it('drops the refused DM, pauses that person’s watches, parks nothing and tells nobody', async () => {
    const first = await readout('Energy talk');
    const report = await deliver();
    expect(report.failed).toBe(1);
    expect(sentTo('UOFF')).toEqual([first]);
    expect(sentTo('UHERE')).toEqual([first]);
    // UGONE's DM is gone from the outbox: not kept to fail again.
    expect((await store.postsFor(first)).map((p) => [p.channel, p.status]).sort()).toEqual([
      ['UHERE', 'posted'],
      ['UOFF', 'posted'],
    ]);
    expect(await store.listChannelProblems()).toEqual([]);
    expect((await store.listWatches('UGONE')).map((w) => w.paused?.why)).toEqual(['channel_not_found']);
    expect((await store.listWatches('UHERE')).map((w) => w.paused ?? null)).toEqual([null]);
    expect(
      lines.filter((l) => l.msg.startsWith('direct message refused')).map((l) => [l.user, l.error]),
    ).toEqual([['UGONE', 'channel_not_found']]);
    // Nobody was told of a channel problem: the only messages are the two DMs.
    expect(
      slack
        .messages()
        .map((m) => m.channel)
        .sort(),
    ).toEqual(['UHERE', 'UOFF']);
  });

  it('pauses on user_disabled too, plans no DM for a paused person, and resumes on their command', async () => {
    // UOFF's account is deactivated: their DM (planned before UHERE's) is refused.
    const second = await readout('Energy and climate');
    slack.failNext('chat.postMessage', { error: 'user_disabled' });
    await deliver();
    expect((await store.listWatches('UOFF')).map((w) => w.paused?.why)).toEqual(['user_disabled']);
    expect(await store.listChannelProblems()).toEqual([]);
    expect(sentTo('UHERE')).toContain(second);
    expect(sentTo('UOFF')).not.toContain(second);

    const third = await readout('Energy security');
    expect((await store.postsFor(third)).map((p) => p.channel)).toEqual(['UHERE']);

    expect(await store.resumeWatches('UOFF')).toBe(1);
    const fourth = await readout('Energy prices');
    expect((await store.postsFor(fourth)).map((p) => p.channel).sort()).toEqual(['UHERE', 'UOFF']);
  });
});
