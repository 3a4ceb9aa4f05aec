import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type AppProcess, startApp } from '../helpers/app-process.js';
import { type FakeSlack, type FakeSlackMessage, startFakeSlack } from '../helpers/fake-slack.js';
import { type FeedServer, startFeedServer } from '../helpers/feed-server.js';
import { postSlashCommand } from '../helpers/slack-request.js';

const pages = join(import.meta.dirname, '../../fixtures/pages');
const TOKEN = 'xoxb-threads';
const CHANNEL = 'C0THREAD';

type Item = { path: string; title: string; hoursAgo: number; summary?: string };
const feed = (items: Item[]) =>
  `<?xml version="1.0"?><rss version="2.0"><channel><title>t</title><link>http://x/</link><description>d</description>${items
    .map(
      (i) =>
        `<item><title>${i.title}</title><link>{{BASE}}${i.path}</link><guid>${i.path}</guid><pubDate>${new Date(
          Date.now() - i.hoursAgo * 3_600_000,
        ).toUTCString()}</pubDate><description>${i.summary ?? i.title}</description></item>`,
    )
    .join('')}</channel></rss>`;

const topLevel = (slack: FakeSlack) => slack.messages(CHANNEL).filter((m) => !m.thread_ts);
const blocksOf = (m: FakeSlackMessage | undefined) => JSON.stringify(m?.blocks ?? []);
const postOf = (slack: FakeSlack, readoutUrl: string) =>
  topLevel(slack).find((m) => m.metadata?.event_payload.url === readoutUrl);
const settle = () => new Promise((r) => setTimeout(r, 4500));
/** The reply a post gets when its relation had an earlier readout (issue 16): not a same-event reply. */
const isContextReply = (m: FakeSlackMessage) => blocksOf(m).includes('Previous readout of this relation');

function appEnv(slack: FakeSlack, feeds: FeedServer, dir: string): Record<string, string> {
  return {
    SLACK_BOT_TOKEN: TOKEN,
    SLACK_SIGNING_SECRET: 'threads-secret',
    SLACK_API_URL: slack.apiUrl,
    DATABASE_URL: join(dir, 'r.db'),
    READOUT_FEEDS: `${feeds.base}/feed.xml`,
    READOUT_CHANNEL: CHANNEL,
    READOUT_POLL_CRON: '*/2 * * * * *',
  };
}

describe('threads through the real app: the other side of an event goes into the first post’s thread', () => {
  let slack: FakeSlack;
  let feeds: FeedServer;
  let app: AppProcess;
  let dir: string;
  const mofaUs: Item = {
    path: '/pages/mofa/2021-10-05-japan-us-telephone-numbered.html',
    title: 'Japan-U.S. Summit Telephone Talk',
    hoursAgo: 30,
  };
  const whUs: Item = {
    path: '/pages/whitehouse/2021-10-04-japan-us-call-biden-kishida-today.html',
    title: 'Readout of President Biden’s call with Prime Minister Kishida',
    hoursAgo: 20,
  };
  const ukNy: Item = {
    path: '/pages/ukgov/2024-09-23-japan-uk-meeting-starmer-kishida-new-york.html',
    title: 'PM meeting with Prime Minister Kishida of Japan',
    hoursAgo: 12,
  };
  const mofaNy: Item = {
    path: '/pages/mofa/2024-09-23-japan-uk-meeting-new-york.html',
    title: 'Japan-UK',
    hoursAgo: 11,
  };
  const mofaChina: Item = {
    path: '/pages/mofa/2023-11-16-japan-china-meeting-san-francisco.html',
    title: 'Japan-China Summit Meeting',
    hoursAgo: 10,
  };
  const whSf: Item = {
    path: '/pages/whitehouse/z-2023-11-16-biden-met-kishida-san-francisco.txt',
    title: 'Readout of President Biden’s meeting with Prime Minister Kishida',
    hoursAgo: 9,
  };

  beforeAll(async () => {
    slack = await startFakeSlack({ token: TOKEN });
    feeds = await startFeedServer();
    feeds.serveDir('/pages', pages);
    feeds.template('/feed.xml', feed([mofaUs]));
    dir = mkdtempSync(join(tmpdir(), 'readout-threads-'));
    app = await startApp(['serve'], appEnv(slack, feeds, dir));
    await app.waitForLog(/Readout is listening/);
    await slack.waitForMessages(1, { channel: CHANNEL, timeoutMs: 20_000 });
  });

  afterAll(async () => {
    await app?.stop('SIGKILL');
    await slack?.close();
    await feeds?.close();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it('posts the White House readout of a call MOFA reported as a reply in the MOFA post’s thread, with the comparison', async () => {
    const first = postOf(slack, 'https://www.mofa.go.jp/na/na1/us/page4e_001186.html');
    expect(first).toBeDefined();
    feeds.template('/feed.xml', feed([whUs, mofaUs]));
    const [reply] = await slack.waitFor(
      () => {
        const found = slack.replies(CHANNEL, first?.ts as string);
        return found.length > 0 ? found : undefined;
      },
      { timeoutMs: 20_000, what: 'a reply in the MOFA post’s thread' },
    );
    const shown = blocksOf(reply);
    expect(shown).toContain('The White House readout of the same telephone talk');
    expect(shown).toContain('MOFA: Tue 5 Oct 2021, 07:05 JST');
    expect(shown).toContain('White House: Mon 4 Oct 2021, start time not stated');
    expect(shown).toContain('*Only in the White House readout*');
    expect(shown).toContain('COP26');
    expect(reply?.metadata?.event_payload.url).toContain('whitehouse.gov');
    await settle();
    expect(topLevel(slack)).toHaveLength(1);
    expect(slack.replies(CHANNEL, first?.ts as string)).toHaveLength(1);
  });

  it('works the other way round (GOV.UK first, then MOFA), and posts readouts of other events at the top level', async () => {
    feeds.template('/feed.xml', feed([whSf, mofaChina, mofaNy, ukNy, whUs, mofaUs]));
    await slack.waitFor(() => topLevel(slack).length >= 4 || undefined, {
      timeoutMs: 20_000,
      what: 'the GOV.UK post and the two San Francisco posts',
    });
    const uk = postOf(
      slack,
      'https://www.gov.uk/government/news/pm-meeting-with-prime-minister-kishida-of-japan-23-september-2024',
    );
    expect(uk).toBeDefined();
    const [reply] = await slack.waitFor(
      () => {
        const found = slack.replies(CHANNEL, uk?.ts as string);
        return found.length > 0 ? found : undefined;
      },
      { timeoutMs: 20_000, what: 'the MOFA reply under the GOV.UK post' },
    );
    expect(blocksOf(reply)).toContain('The MOFA readout of the same meeting');
    expect(blocksOf(reply)).toContain('*Only in the GOV.UK readout*');
    await settle();
    // Same day in San Francisco, but Japan–China and Japan–US: two events, two posts.
    const top = topLevel(slack);
    expect(top).toHaveLength(4);
    expect(top.map((m) => m.metadata?.event_payload.url)).toEqual(
      expect.arrayContaining([
        'https://www.mofa.go.jp/a_o/c_m1/cn/page1e_000843.html',
        expect.stringContaining('biden-met-kishida-san-francisco'),
      ]),
    );
    // No same-event reply under them (a later one of a relation has its context reply).
    for (const m of top.slice(2))
      expect(slack.replies(CHANNEL, m.ts).filter((r) => !isContextReply(r))).toHaveLength(0);
    expect(slack.messages(CHANNEL).filter((m) => !isContextReply(m))).toHaveLength(6);
  });

  it('backfills both sides of one event as a post and a reply in its thread, not as two posts', async () => {
    const other = 'C0BACKFILL';
    const res = await postSlashCommand(app.url, 'threads-secret', {
      text: 'backfill japan-us 3',
      channel_id: other,
      response_url: slack.responseUrl(),
    });
    expect((res.json as { text: string }).text).toContain('Posting the last 3 japan-us readouts');
    await slack.waitFor(() => slack.messages(other).length >= 3 || undefined, {
      timeoutMs: 20_000,
      what: 'three backfilled messages',
    });
    await settle();
    const top = slack.messages(other).filter((m) => !m.thread_ts);
    // Oldest first: the White House readout of the call (4 Oct 2021) with MOFA's (5 Oct) in its
    // thread, then the San Francisco meeting of 2023, an event of its own.
    expect(top.map((m) => m.metadata?.event_payload.url)).toEqual([
      expect.stringContaining('whitehouse.gov'),
      expect.stringContaining('biden-met-kishida-san-francisco'),
    ]);
    const [reply, ...more] = slack.replies(other, top[0]?.ts as string);
    expect(more).toEqual([]);
    expect(blocksOf(reply)).toContain('The MOFA readout of the same telephone talk');
  });
});

describe('edits through the real app: a changed source page edits the post and leaves one note in its thread', () => {
  let slack: FakeSlack;
  let feeds: FeedServer;
  let app: AppProcess;
  let dir: string;
  const original = readFileSync(join(pages, 'mofa/2021-10-05-japan-us-telephone-numbered.html'), 'utf8');
  const changed = original
    .replace('for approximately 20 minutes', 'for approximately 35 minutes')
    .replace(
      '<p>5. The leaders also agreed',
      '<p>5. The leaders also agreed to strengthen supply chains for semiconductors.</p>\n<p>6. The leaders also agreed',
    );
  const item = (summary: string): Item => ({
    path: '/p/call.html',
    title: 'Japan-U.S. Summit Telephone Talk',
    hoursAgo: 5,
    summary,
  });

  beforeAll(async () => {
    expect(changed).not.toBe(original);
    slack = await startFakeSlack({ token: TOKEN });
    feeds = await startFeedServer();
    feeds.set('/p/call.html', { body: original, contentType: 'text/html; charset=utf-8' });
    feeds.template('/feed.xml', feed([item('First version')]));
    dir = mkdtempSync(join(tmpdir(), 'readout-edits-'));
    app = await startApp(['serve'], appEnv(slack, feeds, dir));
    await app.waitForLog(/Readout is listening/);
    await slack.waitForMessages(1, { channel: CHANNEL, timeoutMs: 20_000 });
  });

  afterAll(async () => {
    await app?.stop('SIGKILL');
    await slack?.close();
    await feeds?.close();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it('edits the post in place and notes the change once in its thread, even across a restart', async () => {
    const [post] = topLevel(slack);
    expect(blocksOf(post)).toContain('about 20 min');
    await settle();
    expect(slack.messages(CHANNEL)[0]?.edits).toBe(0);

    feeds.set('/p/call.html', { body: changed, contentType: 'text/html; charset=utf-8' });
    feeds.template('/feed.xml', feed([item('Second version: the page was corrected')]));
    const [note] = await slack.waitFor(
      () => {
        const found = slack.replies(CHANNEL, post?.ts as string);
        return found.length > 0 ? found : undefined;
      },
      { timeoutMs: 20_000, what: 'a change note in the post’s thread' },
    );
    const edited = topLevel(slack)[0];
    expect(edited?.ts).toBe(post?.ts);
    expect(edited?.edits).toBe(1);
    expect(blocksOf(edited)).toContain('about 35 min');
    expect(blocksOf(edited)).toContain('semiconductors');
    expect(blocksOf(note)).toContain(
      'The source page changed: duration about 20 minutes → about 35 minutes; key point 5 reworded; key point 6 added.',
    );

    // A restart on the same database, the feed re-read: nothing is edited or noted again.
    await app.stop('SIGTERM');
    feeds.template('/feed.xml', `${feed([item('Second version: the page was corrected')])}\n`);
    app = await startApp(['serve'], appEnv(slack, feeds, dir));
    await app.waitForLog(/poll cycle done/);
    await settle();
    expect(topLevel(slack)).toHaveLength(1);
    expect(topLevel(slack)[0]?.edits).toBe(1);
    expect(slack.replies(CHANNEL, post?.ts as string)).toHaveLength(1);
  });
});
