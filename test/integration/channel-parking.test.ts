/**
 * A dead channel rests (issue 12): the real poll-and-deliver cycle (`createCycle`), a loopback
 * feed, the real Web API client against the fake Slack, an SQLite file, and a clock moved on by
 * hand one 10-minute cycle at a time (nothing waits for real time). One subscribed channel answers
 * `channel_not_found`; two others work.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { WebClient } from '@slack/web-api';
import { pino } from 'pino';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createCycle } from '../../src/app/cycle.js';
import { runFeedsCommand } from '../../src/commands/feeds.js';
import { wakeParkedChannel } from '../../src/deliver/parking.js';
import { createSlackPoster } from '../../src/deliver/poster.js';
import { openSqliteStore } from '../../src/store/sqlite.js';
import type { Store } from '../../src/store/store.js';
import { type FakeSlack, startFakeSlack } from '../helpers/fake-slack.js';
import { type FeedServer, startFeedServer } from '../helpers/feed-server.js';

const pages = join(import.meta.dirname, '../../fixtures/pages');
const START = Date.parse('2026-12-01T09:00:00Z');
const CYCLE_MIN = 10;
const MAIN = 'C0MAIN';
const LIVE = 'C0LIVE';
const DEAD = 'C0DEAD';
const ALERTS = 'C0ALERTS';
const silent = pino({ level: 'silent' });

const PAGES = [
  'mofa/2023-11-27-japan-vietnam-summit-sectioned.html',
  'mofa/2024-09-23-japan-uk-meeting-new-york.html',
  'mofa/2020-03-16-japan-germany-telephone-dash.html',
  'mofa/2025-02-13-japan-philippines-fm-telephone-bullets.html',
  'mofa/2024-10-02-japan-korea-telephone-late-night.html',
];

const feed = (paths: string[]) =>
  `<?xml version="1.0"?><rss version="2.0"><channel><title>t</title><link>http://x/</link><description>d</description>${paths
    .map(
      (p) =>
        `<item><title>${p}</title><link>{{BASE}}/pages/${p}</link><guid>${p}</guid><pubDate>${new Date(START - 86_400_000).toUTCString()}</pubDate></item>`,
    )
    .join('')}</channel></rss>`;

describe('a channel answering channel_not_found rests: at most one call per back-off step', () => {
  let slack: FakeSlack;
  let feeds: FeedServer;
  let dir: string;
  let store: Store;
  let now: number;
  let cycle: ReturnType<typeof createCycle>;

  beforeAll(async () => {
    slack = await startFakeSlack({ token: 'xoxb-park' });
  });
  afterAll(async () => {
    await slack.close();
  });
  beforeEach(async () => {
    slack.reset();
    feeds = await startFeedServer();
    feeds.serveDir('/pages', pages);
    dir = mkdtempSync(join(tmpdir(), 'readout-parking-'));
    now = START;
    await open();
  });
  afterEach(async () => {
    await cycle.idle();
    await store.close();
    await feeds.close();
    rmSync(dir, { recursive: true, force: true });
  });

  /** The store and cycle runner, as `readout serve` makes them at start (and after a restart). */
  async function open() {
    store = openSqliteStore(join(dir, 'r.db'), () => new Date(now));
    cycle = createCycle({
      store,
      poster: createSlackPoster(
        new WebClient('xoxb-park', { slackApiUrl: slack.apiUrl, retryConfig: { retries: 0 } }),
      ),
      logger: silent,
      config: {
        feeds: [feeds.url('/feed.xml')],
        firstPollDays: 7,
        timeZone: 'UTC',
        channel: MAIN,
        alertChannel: ALERTS,
      },
      clock: () => new Date(now),
    });
  }
  const minutes = () => (now - START) / 60_000;
  const postsTo = (channel: string) =>
    slack.callsTo('chat.postMessage').filter((c) => c.args.channel === channel).length;
  /** The readout ids in a channel, from the metadata every post carries. */
  const readoutsIn = (channel: string) =>
    slack.messages(channel).map((m) => String(m.metadata?.event_payload.readout_id));
  /** Runs cycles every 10 minutes until `until` (minutes from the start, excluded); the minutes of those that called the dead channel. */
  async function runUntil(until: number, calls: number[]) {
    while (minutes() < until) {
      const before = postsTo(DEAD);
      await cycle.run();
      const made = postsTo(DEAD) - before;
      for (let i = 0; i < made; i++) calls.push(minutes());
      now += CYCLE_MIN * 60_000;
    }
  }

  it('tries it 10 times in 3 days, posts every waiting readout once when it is back, and the others never wait', async () => {
    slack.setChannel(DEAD, { deleted: true });
    await store.addSubscription({
      channel: DEAD,
      target: 'all',
      kind: null,
      level: null,
      createdBy: 'U0ANN',
    });
    await store.addSubscription({
      channel: LIVE,
      target: 'all',
      kind: null,
      level: null,
      createdBy: 'U0BOB',
    });
    feeds.template('/feed.xml', feed(PAGES.slice(0, 3)));
    const calls: number[] = [];

    // Three readouts at once: the working channels get them; the dead one answers once.
    await runUntil(CYCLE_MIN, calls);
    expect(readoutsIn(MAIN)).toHaveLength(3);
    expect(readoutsIn(LIVE)).toEqual(readoutsIn(MAIN));
    expect(calls).toEqual([0]);

    // An hour on, a fourth: posted at once where posting works, whatever the dead channel does.
    await runUntil(60, calls);
    feeds.template('/feed.xml', feed(PAGES.slice(0, 4)));
    await runUntil(70, calls);
    expect(readoutsIn(MAIN)).toHaveLength(4);
    expect(readoutsIn(LIVE)).toEqual(readoutsIn(MAIN));

    // A restart in between: the parking is in the database.
    await runUntil(24 * 60, calls);
    await cycle.idle();
    await store.close();
    await open();
    await runUntil(3 * 24 * 60, calls);

    // 432 cycles: one post at each step of the back-off (10, 20, 40 … minutes, then 24 hours).
    expect(calls).toEqual([0, 10, 30, 70, 150, 310, 630, 1270, 2550, 3990]);
    expect(slack.calls.filter((c) => c.args.channel === DEAD)).toHaveLength(10);
    // Its subscriber and the alert channel were told once; the others were never bothered.
    expect(slack.messages('U0ANN')).toHaveLength(1);
    expect(slack.messages(ALERTS)).toHaveLength(1);
    expect(slack.messages('U0BOB')).toHaveLength(0);
    expect(readoutsIn(MAIN)).toHaveLength(4);
    expect(readoutsIn(LIVE)).toEqual(readoutsIn(MAIN));
    const [parked] = await store.listChannelProblems();
    expect(parked).toMatchObject({ channel: DEAD, error: 'channel_not_found', tries: 10 });
    const listed = await runFeedsCommand(
      { kind: 'feeds' },
      {
        store,
        operatorFeeds: [feeds.url('/feed.xml')],
        allowPrivateNetworks: true,
        firstPollDays: 7,
        clock: () => new Date(now),
      },
      'U0ANN',
    );
    expect(listed.text).toContain(
      `<#${DEAD}>: not found: deleted, or private and Readout not invited (\`channel_not_found\`) · parked since 2026-12-01 09:00 UTC · next try 2026-12-05 03:30 UTC, after 10 refusals in a row`,
    );

    // The channel is back (invited, restored): its next try posts the four that waited, each once.
    slack.setChannel(DEAD, { member: true });
    await runUntil(3990 + 1440, calls);
    expect(postsTo(DEAD)).toBe(10);
    await runUntil(3990 + 1440 + 2 * CYCLE_MIN, calls);
    expect(postsTo(DEAD)).toBe(14);
    expect([...readoutsIn(DEAD)].sort()).toEqual([...readoutsIn(MAIN)].sort());
    expect(await store.listChannelProblems()).toEqual([]);
    expect(await store.pendingPosts(10)).toEqual([]);
    expect(readoutsIn(LIVE)).toEqual(readoutsIn(MAIN));
    expect(slack.messages('U0ANN')).toHaveLength(1);
  });

  it('is tried at once, and once, when someone acts in it (a /readout command, a re-subscription)', async () => {
    slack.setChannel(DEAD, { private: true, member: false });
    await store.addSubscription({
      channel: DEAD,
      target: 'all',
      kind: null,
      level: null,
      createdBy: 'U0ANN',
    });
    feeds.template('/feed.xml', feed(PAGES.slice(0, 2)));
    const calls: number[] = [];
    await runUntil(5 * CYCLE_MIN, calls);
    expect(calls).toEqual([0, 10, 30]);

    // Invited: the command typed there wakes it; the delivery it asks for posts both, once each.
    slack.setChannel(DEAD, { private: true, member: true });
    expect(await wakeParkedChannel(store, DEAD, () => new Date(now))).toBe(true);
    await cycle.deliverSoon();
    expect(postsTo(DEAD)).toBe(5);
    expect(readoutsIn(DEAD)).toHaveLength(2);
    expect(await store.listChannelProblems()).toEqual([]);
    // A channel not parked is not woken (nothing to deliver soon).
    expect(await wakeParkedChannel(store, DEAD, () => new Date(now))).toBe(false);

    // Woken while still dead: one try at once, then its back-off starts afresh at 10 minutes.
    slack.setChannel(DEAD, { deleted: true });
    feeds.template('/feed.xml', feed(PAGES.slice(0, 3)));
    now += CYCLE_MIN * 60_000;
    await runUntil(minutes() + 24 * 60, calls);
    const before = postsTo(DEAD);
    expect(await wakeParkedChannel(store, DEAD, () => new Date(now))).toBe(true);
    await cycle.deliverSoon();
    await cycle.deliverSoon();
    expect(postsTo(DEAD)).toBe(before + 1);
    expect((await store.listChannelProblems())[0]).toMatchObject({ tries: 1 });
    expect(slack.messages('U0ANN')).toHaveLength(2);
  });
});
