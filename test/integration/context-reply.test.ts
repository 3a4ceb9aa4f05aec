import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type AppProcess, startApp } from '../helpers/app-process.js';
import { type FakeSlack, type FakeSlackMessage, startFakeSlack } from '../helpers/fake-slack.js';
import { type FeedServer, startFeedServer } from '../helpers/feed-server.js';

const pages = join(import.meta.dirname, '../../fixtures/pages');
const TOKEN = 'xoxb-context';
const CHANNEL = 'C0CONTEXT';

type Item = { path: string; title: string; hoursAgo: number };
const feed = (items: Item[]) =>
  `<?xml version="1.0"?><rss version="2.0"><channel><title>t</title><link>http://x/</link><description>d</description>${items
    .map(
      (i) =>
        `<item><title>${i.title}</title><link>{{BASE}}${i.path}</link><guid>${i.path}</guid><pubDate>${new Date(
          Date.now() - i.hoursAgo * 3_600_000,
        ).toUTCString()}</pubDate><description>${i.title}</description></item>`,
    )
    .join('')}</channel></rss>`;

const topLevel = (slack: FakeSlack) => slack.messages(CHANNEL).filter((m) => !m.thread_ts);
const blocksOf = (m: FakeSlackMessage | undefined) => JSON.stringify(m?.blocks ?? []);
const settle = () => new Promise((r) => setTimeout(r, 4500));

function appEnv(slack: FakeSlack, feeds: FeedServer, dir: string): Record<string, string> {
  return {
    SLACK_BOT_TOKEN: TOKEN,
    SLACK_SIGNING_SECRET: 'context-secret',
    SLACK_API_URL: slack.apiUrl,
    DATABASE_URL: join(dir, 'r.db'),
    READOUT_FEEDS: `${feeds.base}/feed.xml`,
    READOUT_CHANNEL: CHANNEL,
    READOUT_POLL_CRON: '*/2 * * * * *',
  };
}

describe('the context reply through the real app: the previous readout of the relation, in the new post’s thread', () => {
  let slack: FakeSlack;
  let feeds: FeedServer;
  let app: AppProcess;
  let dir: string;
  // Two Japan–US readouts of different events, 108 days apart.
  const call: Item = {
    path: '/pages/mofa/2021-10-05-japan-us-telephone-numbered.html',
    title: 'Japan-U.S. Summit Telephone Talk',
    hoursAgo: 30,
  };
  const meeting: Item = {
    path: '/pages/govonline/2022-01-21-japan-us-video-highlighting-japan.html',
    title: 'Japan-U.S. Summit Video Teleconference Meeting',
    hoursAgo: 9,
  };

  beforeAll(async () => {
    slack = await startFakeSlack({ token: TOKEN });
    feeds = await startFeedServer();
    feeds.serveDir('/pages', pages);
    feeds.template('/feed.xml', feed([call]));
    dir = mkdtempSync(join(tmpdir(), 'readout-context-'));
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

  it('replies once under the new post with the previous readout linked, nothing under the first, even after a restart', async () => {
    const [first] = topLevel(slack);
    await settle();
    // The relation's first readout: no earlier one, no reply.
    expect(slack.replies(CHANNEL, first?.ts as string)).toHaveLength(0);

    feeds.template('/feed.xml', feed([meeting, call]));
    const second = await slack.waitFor(() => topLevel(slack)[1], {
      timeoutMs: 20_000,
      what: 'the post of the second readout',
    });
    const [reply] = await slack.waitFor(
      () => {
        const found = slack.replies(CHANNEL, second.ts);
        return found.length > 0 ? found : undefined;
      },
      { timeoutMs: 20_000, what: 'the context reply in the second post’s thread' },
    );
    const link = `https://t0001.slack.com/archives/${CHANNEL}/p${(first?.ts ?? '').replace('.', '')}`;
    expect(blocksOf(reply)).toContain(
      `*Previous readout of this relation:* telephone talk, Tue 5 Oct 2021 (108 days before this one) · <${link}|its post>`,
    );
    expect(blocksOf(reply)).toMatch(/New this time:\*|Recurring:\*/);

    // Killed and started again on the same database, the feed re-read: no second reply.
    await app.stop('SIGKILL');
    feeds.template('/feed.xml', `${feed([meeting, call])}\n`);
    app = await startApp(['serve'], appEnv(slack, feeds, dir));
    await app.waitForLog(/poll cycle done/);
    await settle();
    expect(topLevel(slack)).toHaveLength(2);
    expect(slack.replies(CHANNEL, second.ts)).toHaveLength(1);
    expect(slack.replies(CHANNEL, first?.ts as string)).toHaveLength(0);
  }, 90_000);
});
