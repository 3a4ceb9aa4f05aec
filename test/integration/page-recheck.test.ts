import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { WebClient } from '@slack/web-api';
import { pino } from 'pino';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createCycle } from '../../src/app/cycle.js';
import { createSlackPoster } from '../../src/deliver/poster.js';
import {
  ITEM_RECHECKS_PER_CYCLE,
  RECHECK_EVERY_HOURS,
  RECHECK_MAX_AGE_DAYS,
} from '../../src/feeds/recheck.js';
import { openSqliteStore } from '../../src/store/sqlite.js';
import type { Store } from '../../src/store/store.js';
import { type FakeSlack, startFakeSlack } from '../helpers/fake-slack.js';
import { type FeedServer, startFeedServer } from '../helpers/feed-server.js';

const page = readFileSync(
  join(import.meta.dirname, '../../fixtures/pages/mofa/2021-10-05-japan-us-telephone-numbered.html'),
  'utf8',
);
const CHANNEL = 'C0RECHECK';
const START = new Date('2026-11-20T12:00:00Z');
const HOUR = 3_600_000;

const rss = (base: string) =>
  `<?xml version="1.0"?><rss version="2.0"><channel><title>t</title><link>${base}/</link><description>d</description>
  <item><title>Japan-U.S. Summit Telephone Talk</title><link>${base}/p/a.html</link><guid>a</guid>
  <pubDate>${new Date(START.getTime() - HOUR).toUTCString()}</pubDate><description>s</description></item></channel></rss>`;

describe('scheduled page re-checks: rare, conditional, and only a change of facts edits the post', () => {
  let slack: FakeSlack;
  let feeds: FeedServer;
  let dir: string;
  let store: Store;
  let now: Date;

  beforeAll(async () => {
    slack = await startFakeSlack({ token: 'xoxb-r' });
  });
  afterAll(async () => {
    await slack.close();
  });
  beforeEach(async () => {
    slack.reset();
    now = START;
    feeds = await startFeedServer();
    dir = mkdtempSync(join(tmpdir(), 'readout-recheck-'));
    store = openSqliteStore(join(dir, 'r.db'), () => now);
    feeds.set('/p/a.html', { body: page, contentType: 'text/html; charset=utf-8' });
    feeds.template('/feed.xml', rss('{{BASE}}'));
  });
  afterEach(async () => {
    await store.close();
    await feeds.close();
    rmSync(dir, { recursive: true, force: true });
  });

  const cycle = () =>
    createCycle({
      store,
      poster: createSlackPoster(
        new WebClient('xoxb-r', { slackApiUrl: slack.apiUrl, retryConfig: { retries: 0 } }),
      ),
      logger: pino({ level: 'silent' }),
      config: { feeds: [feeds.url('/feed.xml')], firstPollDays: 7, timeZone: 'UTC', channel: CHANNEL },
      clock: () => now,
    }).run();
  const pageRequests = () => feeds.requests.filter((r) => r.path === '/p/a.html');

  it('fetches no page on ordinary cycles, then one conditional GET when due; a 304 changes nothing', async () => {
    await cycle();
    expect(slack.messages(CHANNEL)).toHaveLength(1);
    feeds.clearRequests();
    now = new Date(START.getTime() + (RECHECK_EVERY_HOURS * HOUR) / 2);
    const quiet = await cycle();
    expect(quiet.poll.pageFetches).toBe(0);
    expect(pageRequests()).toHaveLength(0);

    now = new Date(START.getTime() + RECHECK_EVERY_HOURS * HOUR + 1000);
    const due = await cycle();
    expect(due.poll.pageFetches).toBe(1);
    expect(pageRequests()[0]?.headers['if-none-match']).toMatch(/^"/);
    expect(pageRequests()[0]?.status).toBe(304);
    // Checked just now: not again on the next cycle.
    const after = await cycle();
    expect(after.poll.pageFetches).toBe(0);
    expect(slack.messages(CHANNEL)).toHaveLength(1);
    expect(slack.messages(CHANNEL)[0]?.edits).toBe(0);
  });

  it('edits the post and notes the change when the page changed its facts, not when only its chrome changed', async () => {
    await cycle();
    const [post] = slack.messages(CHANNEL);
    // New related links only: the page is fetched (ETag differs) but no fact changed.
    feeds.set('/p/a.html', {
      body: page.replace('</body>', '<ul><li><a href="/x.html">Another readout</a></li></ul></body>'),
      contentType: 'text/html; charset=utf-8',
    });
    now = new Date(START.getTime() + RECHECK_EVERY_HOURS * HOUR + 1000);
    expect((await cycle()).poll.pageFetches).toBe(1);
    expect(slack.messages(CHANNEL)).toHaveLength(1);
    expect(slack.messages(CHANNEL)[0]?.edits).toBe(0);

    feeds.set('/p/a.html', {
      body: page.replace('commencing at 7:05 a.m.', 'commencing at 7:15 a.m.'),
      contentType: 'text/html; charset=utf-8',
    });
    now = new Date(now.getTime() + RECHECK_EVERY_HOURS * HOUR + 1000);
    const report = await cycle();
    expect(report.delivery.updated).toBe(1);
    expect(report.delivery.notes).toBe(1);
    const edited = slack.messages(CHANNEL).find((m) => m.ts === post?.ts);
    expect(edited?.edits).toBe(1);
    expect(JSON.stringify(edited?.blocks)).toContain('07:15 JST');
    const notes = slack.replies(CHANNEL, post?.ts as string);
    expect(notes).toHaveLength(1);
    expect(notes[0]?.text).toContain('start time 07:05 Asia/Tokyo → 07:15 Asia/Tokyo');
    // The same page on the next due check: nothing more.
    now = new Date(now.getTime() + RECHECK_EVERY_HOURS * HOUR + 1000);
    await cycle();
    expect(slack.replies(CHANNEL, post?.ts as string)).toHaveLength(1);
    expect(slack.messages(CHANNEL).find((m) => m.ts === post?.ts)?.edits).toBe(1);
  });

  it(`stops re-checking a readout stored more than ${RECHECK_MAX_AGE_DAYS} days ago`, async () => {
    await cycle();
    feeds.clearRequests();
    now = new Date(START.getTime() + RECHECK_MAX_AGE_DAYS * 24 * HOUR + HOUR);
    expect((await cycle()).poll.pageFetches).toBe(0);
  });

  it('keeps a note that Slack refused and posts it on the next cycle, once', async () => {
    await cycle();
    const [post] = slack.messages(CHANNEL);
    feeds.set('/p/a.html', {
      body: page.replace('for approximately 20 minutes', 'for approximately 40 minutes'),
      contentType: 'text/html; charset=utf-8',
    });
    now = new Date(START.getTime() + RECHECK_EVERY_HOURS * HOUR + 1000);
    // The edit goes through; the note's post is refused once.
    slack.failNext('chat.postMessage', { error: 'internal_error' });
    const first = await cycle();
    expect(first.delivery.updated).toBe(1);
    expect(first.delivery.notes).toBe(0);
    expect(slack.replies(CHANNEL, post?.ts as string)).toHaveLength(0);
    const second = await cycle();
    expect(second.delivery.notes).toBe(1);
    await cycle();
    expect(slack.replies(CHANNEL, post?.ts as string)).toHaveLength(1);
    expect(slack.replies(CHANNEL, post?.ts as string)[0]?.text).toContain(
      'duration about 20 minutes → about 40 minutes',
    );
  });

  it('never repeats a note whose post reached Slack while its answer was lost', async () => {
    await cycle();
    const [post] = slack.messages(CHANNEL);
    feeds.set('/p/a.html', {
      body: page.replace('for approximately 20 minutes', 'for approximately 45 minutes'),
      contentType: 'text/html; charset=utf-8',
    });
    now = new Date(START.getTime() + RECHECK_EVERY_HOURS * HOUR + 1000);
    slack.failNext('chat.postMessage', { applied: true, hangUp: true });
    const first = await cycle();
    expect(first.delivery.notes).toBe(0);
    expect(slack.replies(CHANNEL, post?.ts as string)).toHaveLength(1);
    await cycle();
    await cycle();
    expect(slack.replies(CHANNEL, post?.ts as string)).toHaveLength(1);
    expect(slack.callsTo('conversations.replies')).toHaveLength(1);
  });

  it('still posts a note when the thread cannot be read (no history scope)', async () => {
    await cycle();
    const [post] = slack.messages(CHANNEL);
    feeds.set('/p/a.html', {
      body: page.replace('for approximately 20 minutes', 'for approximately 50 minutes'),
      contentType: 'text/html; charset=utf-8',
    });
    now = new Date(START.getTime() + RECHECK_EVERY_HOURS * HOUR + 1000);
    slack.failNext('chat.postMessage', { error: 'internal_error' });
    slack.failNext('conversations.replies', { error: 'missing_scope' });
    await cycle();
    expect(slack.replies(CHANNEL, post?.ts as string)).toHaveLength(0);
    const second = await cycle();
    expect(second.delivery.notes).toBe(1);
    expect(slack.replies(CHANNEL, post?.ts as string)).toHaveLength(1);
  });

  it('fetches the page of an item that came back changed at once, a bounded number a cycle', async () => {
    const n = ITEM_RECHECKS_PER_CYCLE + 2;
    const items = (summary: string, extra = '') =>
      `<?xml version="1.0"?><rss version="2.0"><channel><title>t</title><link>{{BASE}}/</link><description>d${extra}</description>${Array.from(
        { length: n },
        (_, i) =>
          `<item><title>Talk ${i}</title><link>{{BASE}}/p/${i}.html</link><guid>g${i}</guid><pubDate>${new Date(
            START.getTime() - (i + 1) * HOUR,
          ).toUTCString()}</pubDate><description>${summary}</description></item>`,
      ).join('')}</channel></rss>`;
    for (let i = 0; i < n; i++)
      feeds.set(`/p/${i}.html`, { body: page, contentType: 'text/html; charset=utf-8' });
    feeds.template('/feed.xml', items('first'));
    expect((await cycle()).poll.pageFetches).toBe(n);
    // The feed changes but no item does: no page is fetched.
    feeds.template('/feed.xml', items('first', ' (reworded)'));
    expect((await cycle()).poll.pageFetches).toBe(0);
    // Every item's summary changes: pages are fetched again, at most the bound this cycle.
    feeds.template('/feed.xml', items('second'));
    expect((await cycle()).poll.pageFetches).toBe(ITEM_RECHECKS_PER_CYCLE);
    feeds.template('/feed.xml', items('second', ' (again)'));
    expect((await cycle()).poll.pageFetches).toBe(2);
    // The pages did not change their facts: nothing was edited.
    expect(slack.messages(CHANNEL).every((m) => m.edits === 0)).toBe(true);
  });
});
