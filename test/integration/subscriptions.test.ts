import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type AppProcess, startApp } from '../helpers/app-process.js';
import { type FakeSlack, startFakeSlack } from '../helpers/fake-slack.js';
import { type FeedServer, startFeedServer } from '../helpers/feed-server.js';
import { postSlashCommand } from '../helpers/slack-request.js';

const pages = join(import.meta.dirname, '../../fixtures/pages');
const SECRET = 'sub-secret';
const TOKEN = 'xoxb-sub';

const item = (path: string, title: string) =>
  `<item><title>${title}</title><link>{{BASE}}${path}</link><guid>${path}</guid><pubDate>${new Date(Date.now() - 86_400_000).toUTCString()}</pubDate></item>`;
const feed = (items: string[]) =>
  `<?xml version="1.0"?><rss version="2.0"><channel><title>t</title><link>http://x/</link><description>d</description>${items.join('')}</channel></rss>`;

describe('/readout subscribe through the real app: each new readout goes to every matching channel once', () => {
  let slack: FakeSlack;
  let feeds: FeedServer;
  let app: AppProcess;
  let dir: string;
  const koreaOld = item(
    '/pages/mofa/2024-10-02-japan-korea-telephone-late-night.html',
    'Japan-ROK telephone',
  );
  const usOld = item('/pages/mofa/2021-10-05-japan-us-telephone-numbered.html', 'Japan-US telephone');

  beforeAll(async () => {
    slack = await startFakeSlack({ token: TOKEN });
    feeds = await startFeedServer();
    feeds.serveDir('/pages', pages);
    feeds.template('/feed.xml', feed([koreaOld, usOld]));
    dir = mkdtempSync(join(tmpdir(), 'readout-sub-'));
    app = await startApp(['serve'], {
      SLACK_BOT_TOKEN: TOKEN,
      SLACK_SIGNING_SECRET: SECRET,
      SLACK_API_URL: slack.apiUrl,
      DATABASE_URL: join(dir, 'r.db'),
      READOUT_FEEDS: `${feeds.base}/feed.xml`,
      READOUT_CHANNEL: 'C0ALL',
      READOUT_POLL_CRON: '*/2 * * * * *',
    });
    await app.waitForLog(/Readout is listening/);
    await slack.waitForMessages(2, { channel: 'C0ALL', timeoutMs: 20_000 });
  });

  afterAll(async () => {
    await app?.stop('SIGKILL');
    await slack?.close();
    await feeds?.close();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it('subscribes a channel without posting anything old, then posts only matching new readouts there', async () => {
    const res = await postSlashCommand(app.url, SECRET, {
      text: 'subscribe korea-japan',
      channel_id: 'C0SUB',
      response_url: slack.responseUrl(),
    });
    expect((res.json as { text: string }).text).toContain('Subscribed <#C0SUB> to *japan-korea*');
    const listed = await postSlashCommand(app.url, SECRET, {
      text: 'subscriptions',
      channel_id: 'C0SUB',
      response_url: slack.responseUrl(),
    });
    expect((listed.json as { text: string }).text).toContain('• *japan-korea*');

    // Two cycles later nothing old has reached the new channel.
    await new Promise((r) => setTimeout(r, 4500));
    expect(slack.messages('C0SUB')).toHaveLength(0);

    feeds.template(
      '/feed.xml',
      feed([
        item('/pages/kantei/2023-03-16-japan-korea-summit-tokyo-sectioned.html', 'Japan-ROK summit'),
        item('/pages/mofa/2020-09-25-japan-china-telephone-ol.html', 'Japan-China telephone'),
        koreaOld,
        usOld,
      ]),
    );
    await slack.waitForMessages(4, { channel: 'C0ALL', timeoutMs: 20_000 });
    await slack.waitForMessages(1, { channel: 'C0SUB', timeoutMs: 10_000 });
    await new Promise((r) => setTimeout(r, 2500));
    const sub = slack.messages('C0SUB');
    expect(sub).toHaveLength(1);
    expect(JSON.stringify(sub[0]?.blocks)).toContain('Yoon Suk Yeol');
    expect(slack.messages('C0ALL')).toHaveLength(4);
  });

  it('backfills the last n readouts of a relation into the channel, oldest first, never twice', async () => {
    const ask = async (text: string) =>
      (
        (
          await postSlashCommand(app.url, SECRET, {
            text,
            channel_id: 'C0BACK',
            response_url: slack.responseUrl(),
          })
        ).json as { text: string }
      ).text;
    expect(await ask('backfill japan-korea 2')).toContain(
      'Posting the last 2 japan-korea readouts in <#C0BACK>',
    );
    const posted = await slack.waitForMessages(2, { channel: 'C0BACK', timeoutMs: 10_000 });
    const dates = posted.map((m) => /:date: (\w{3} \d{1,2} \w{3} \d{4})/.exec(JSON.stringify(m.blocks))?.[1]);
    expect(dates).toEqual(['Thu 16 Mar 2023', 'Wed 2 Oct 2024']);
    expect(await ask('backfill korea-japan 2')).toContain('already in <#C0BACK>');
    await new Promise((r) => setTimeout(r, 2500));
    // Posts only: the later one also has a context reply in its thread.
    expect(slack.messages('C0BACK').filter((m) => !m.thread_ts)).toHaveLength(2);
    expect(await ask('backfill japan-korea 0')).toContain('a number from 1 to 20');
  });

  it('stops posting to a channel that unsubscribes', async () => {
    const res = await postSlashCommand(app.url, SECRET, {
      text: 'unsubscribe japan-korea',
      channel_id: 'C0SUB',
      response_url: slack.responseUrl(),
    });
    expect((res.json as { text: string }).text).toContain('no longer receives *japan-korea*');
    // A cycle that began before the unsubscription still had it: let two cycles end first.
    await app.waitForCycles(2);
    feeds.template(
      '/feed.xml',
      feed([
        item('/pages/kantei/2022-03-19-japan-india-summit-new-delhi.html', 'x'),
        item(
          '/pages/kantei/y-2025-08-23-japan-korea-summit-small-group-plenary-breakdown.txt',
          'Japan-ROK summit 2025',
        ),
      ]),
    );
    // Posts only: context replies go in their threads.
    const posts = (channel: string) => slack.messages(channel).filter((m) => !m.thread_ts);
    await slack.waitFor(() => posts('C0ALL').length >= 6 || undefined, {
      timeoutMs: 20_000,
      what: 'six posts in C0ALL',
    });
    await new Promise((r) => setTimeout(r, 2500));
    expect(JSON.stringify(posts('C0ALL').at(-1)?.blocks ?? posts('C0ALL'))).toMatch(/Lee Jae-myung|India/);
    expect(posts('C0SUB')).toHaveLength(1);
  });
});
