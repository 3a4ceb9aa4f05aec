import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type AppProcess, startApp } from '../helpers/app-process.js';
import { type FakeSlack, type FakeSlackMessage, startFakeSlack } from '../helpers/fake-slack.js';
import { type FeedServer, startFeedServer } from '../helpers/feed-server.js';
import { postSlashCommand } from '../helpers/slack-request.js';

const pages = join(import.meta.dirname, '../../fixtures/pages');
const SECRET = 'digest-secret';
const TOKEN = 'xoxb-digest';
const THRESHOLD = 3;

const item = (path: string) =>
  `<item><title>${path}</title><link>{{BASE}}${path}</link><guid>${path}</guid><pubDate>${new Date(Date.now() - 86_400_000).toUTCString()}</pubDate></item>`;
const feed = (items: string[]) =>
  `<?xml version="1.0"?><rss version="2.0"><channel><title>t</title><link>http://x/</link><description>d</description>${items.join('')}</channel></rss>`;
const first = [
  '/pages/mofa/2024-10-02-japan-korea-telephone-late-night.html',
  '/pages/mofa/2021-10-05-japan-us-telephone-numbered.html',
].map(item);
const burst = [
  '/pages/mofa/2020-09-25-japan-china-telephone-ol.html',
  '/pages/mofa/2024-09-23-japan-uk-meeting-new-york.html',
  '/pages/mofa/2023-11-16-japan-china-meeting-san-francisco.html',
  '/pages/mofa/2020-03-16-japan-germany-telephone-dash.html',
].map(item);

const digests = (messages: FakeSlackMessage[]) =>
  messages.filter((m) => m.metadata?.event_type === 'readout_digest');
const pause = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe('digests through the real app: held per channel, one message a period, bursts as one message', () => {
  let slack: FakeSlack;
  let feeds: FeedServer;
  let app: AppProcess;
  let dir: string;
  let env: Record<string, string>;
  const start = async () => {
    app = await startApp(['serve'], env);
    await app.waitForLog(/Readout is listening/);
  };
  const ask = async (channel: string, text: string) =>
    (
      (
        await postSlashCommand(app.url, SECRET, {
          text,
          channel_id: channel,
          response_url: slack.responseUrl(),
        })
      ).json as { text: string; response_type: string }
    ).text;

  beforeAll(async () => {
    slack = await startFakeSlack({ token: TOKEN });
    feeds = await startFeedServer();
    feeds.serveDir('/pages', pages);
    feeds.template('/feed.xml', feed(first));
    dir = mkdtempSync(join(tmpdir(), 'readout-digests-'));
    env = {
      SLACK_BOT_TOKEN: TOKEN,
      SLACK_SIGNING_SECRET: SECRET,
      SLACK_API_URL: slack.apiUrl,
      DATABASE_URL: join(dir, 'r.db'),
      READOUT_FEEDS: `${feeds.base}/feed.xml`,
      READOUT_CHANNEL: 'C0ALL',
      READOUT_POLL_CRON: '*/2 * * * * *',
      READOUT_DIGEST_THRESHOLD: String(THRESHOLD),
      READOUT_TIMEZONE: 'UTC',
    };
    await start();
    await slack.waitForMessages(2, { channel: 'C0ALL', timeoutMs: 20_000 });
  });

  afterAll(async () => {
    await app?.stop('SIGKILL');
    await slack?.close();
    await feeds?.close();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it('holds a daily channel’s readouts and bursts the rest, then sends the daily digest once, across restarts', async () => {
    expect(await ask('C0DIG', 'subscribe all')).toContain('Subscribed <#C0DIG>');
    expect(await ask('C0DIG', 'digest daily')).toMatch(
      /<#C0DIG> now gets a daily digest of everything it receives: one message every day at 08:00 \(UTC\)/,
    );
    expect(await ask('C0DIG', 'digest')).toMatch(
      /• daily digest of everything it receives, next \w{3} \d+ \w{3} \d{4} 08:00 \(UTC\)/,
    );
    expect(await ask('C0DIG', 'subscriptions')).toMatch(/\*Digests\*\n• daily digest of everything/);
    expect(await ask('C0DIG', 'digest hourly')).toMatch(
      /^`digest` takes `daily`, `weekly` or `off` \(got `hourly`\)/,
    );
    expect(await ask('C0BURST', 'subscribe all')).toContain('Subscribed <#C0BURST>');
    // A cycle that began before the subscription reads subscriptions without it (subscribing
    // posts nothing old): let two cycles end before the feed changes.
    await app.waitForCycles(2);

    // One cycle brings THRESHOLD + 1 new readouts.
    feeds.template('/feed.xml', feed([...burst, ...first]));
    const all = await slack.waitForMessages(3, { channel: 'C0ALL', timeoutMs: 20_000 });
    const [burstAll] = digests(all);
    expect(burstAll?.metadata?.event_payload.readout_ids).toMatch(/^\d+,\d+,\d+,\d+$/);
    expect(JSON.stringify(burstAll?.blocks)).toContain(`Readout digest: ${THRESHOLD + 1} new readouts`);
    await slack.waitForMessages(1, { channel: 'C0BURST', timeoutMs: 10_000 });
    // Two more cycles: still one message each, and nothing posted in the daily channel.
    await pause(4500);
    expect(slack.messages('C0ALL')).toHaveLength(3);
    expect(slack.messages('C0BURST')).toHaveLength(1);
    expect(slack.messages('C0DIG')).toHaveLength(0);

    // Killed, and the setting made two days ago as far as the database knows: today's 08:00
    // is past it, so the digest is due at the first cycle after the restart.
    await app.stop('SIGKILL');
    const db = new Database(env.DATABASE_URL as string);
    db.prepare("UPDATE digest_settings SET since = ? WHERE channel = 'C0DIG'").run(
      new Date(Date.now() - 2 * 86_400_000).toISOString(),
    );
    db.close();
    await start();
    const [daily] = await slack.waitForMessages(1, { channel: 'C0DIG', timeoutMs: 20_000 });
    expect(daily?.metadata?.event_type).toBe('readout_digest');
    expect(daily?.metadata?.event_payload.readout_ids).toBe(burstAll?.metadata?.event_payload.readout_ids);
    expect(JSON.stringify(daily?.blocks)).toContain(`Readout daily digest: ${THRESHOLD + 1} readouts`);
    expect(daily?.text).toContain('Readout daily digest');

    // More cycles and another restart post nothing again, anywhere.
    await pause(4500);
    await app.stop('SIGTERM');
    await start();
    await pause(4500);
    expect(slack.messages('C0DIG')).toHaveLength(1);
    expect(slack.messages('C0ALL')).toHaveLength(3);
    expect(slack.messages('C0BURST')).toHaveLength(1);
  }, 90_000);
});
