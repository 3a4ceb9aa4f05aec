/**
 * A dead channel rests, in the real app (`readout serve`, HTTP receiver, a 2-second poll cycle,
 * an SQLite file) against the fake Slack: the channel is called once, not at every cycle; a
 * `/readout` command typed in it tries it at once; `/readout feeds` shows it while it rests.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type AppProcess, startApp } from '../helpers/app-process.js';
import { type FakeSlack, startFakeSlack } from '../helpers/fake-slack.js';
import { type FeedServer, startFeedServer } from '../helpers/feed-server.js';
import { postSlashCommand } from '../helpers/slack-request.js';

const pages = join(import.meta.dirname, '../../fixtures/pages');
const SECRET = 'park-secret';
const TOKEN = 'xoxb-park-app';
const MAIN = 'C0MAIN';
const DEAD = 'C0DEAD';

const item = (path: string) =>
  `<item><title>${path}</title><link>{{BASE}}/pages/${path}</link><guid>${path}</guid><pubDate>${new Date(Date.now() - 86_400_000).toUTCString()}</pubDate></item>`;
const feed = (paths: string[]) =>
  `<?xml version="1.0"?><rss version="2.0"><channel><title>t</title><link>http://x/</link><description>d</description>${paths.map(item).join('')}</channel></rss>`;

describe('a dead channel in the running app', () => {
  let slack: FakeSlack;
  let feeds: FeedServer;
  let app: AppProcess;
  let dir: string;
  const first = 'mofa/2020-09-25-japan-china-telephone-ol.html';
  const fresh = [
    'mofa/2023-11-27-japan-vietnam-summit-sectioned.html',
    'mofa/2024-09-23-japan-uk-meeting-new-york.html',
    'mofa/2020-03-16-japan-germany-telephone-dash.html',
  ];

  beforeAll(async () => {
    slack = await startFakeSlack({ token: TOKEN });
    slack.setChannel(DEAD, { private: true, member: false });
    feeds = await startFeedServer();
    feeds.serveDir('/pages', pages);
    feeds.template('/feed.xml', feed([first]));
    dir = mkdtempSync(join(tmpdir(), 'readout-parking-app-'));
    app = await startApp(['serve'], {
      SLACK_BOT_TOKEN: TOKEN,
      SLACK_SIGNING_SECRET: SECRET,
      SLACK_API_URL: slack.apiUrl,
      DATABASE_URL: join(dir, 'r.db'),
      READOUT_FEEDS: `${feeds.base}/feed.xml`,
      READOUT_CHANNEL: MAIN,
      READOUT_ALERT_CHANNEL: 'C0ALERTS',
      READOUT_POLL_CRON: '*/2 * * * * *',
    });
    await app.waitForLog(/Readout is listening/);
    await slack.waitForMessages(1, { channel: MAIN, timeoutMs: 20_000 });
  });
  afterAll(async () => {
    await app?.stop('SIGKILL');
    await slack?.close();
    await feeds?.close();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  const command = (text: string, channel: string) =>
    postSlashCommand(app.url, SECRET, {
      text,
      channel_id: channel,
      user_id: 'U0ANN',
      response_url: slack.responseUrl(),
    });
  const postsTo = (channel: string) =>
    slack.callsTo('chat.postMessage').filter((c) => c.args.channel === channel).length;

  it('calls it once for its three readouts over many cycles, and at once when a command is typed there', async () => {
    const subscribed = await command('subscribe all', DEAD);
    expect((subscribed.json as { text: string }).text).toContain(`Subscribed <#${DEAD}>`);
    // The subscription is read by the next cycle: then three new readouts arrive.
    await app.waitForCycles(2);
    feeds.template('/feed.xml', feed([...fresh, first]));
    await slack.waitForMessages(4, { channel: MAIN, timeoutMs: 20_000 });
    await slack.waitFor(() => slack.messages('U0ANN').length === 1, { what: 'the DM about the channel' });
    await app.waitForCycles(4);
    // Before parking: one call per readout waiting, at every cycle.
    expect(postsTo(DEAD)).toBe(1);
    expect(slack.messages('U0ANN')[0]?.text).toContain(`Readout cannot find <#${DEAD}>`);
    expect(slack.messages('C0ALERTS')).toHaveLength(1);

    const listed = await command('feeds', MAIN);
    expect((listed.json as { text: string }).text).toMatch(
      new RegExp(
        `<#${DEAD}>: not found.*channel_not_found.*parked since .* · next try \\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d UTC, after 1 refusal in a row`,
      ),
    );

    // Invited, then someone types a command there: tried at once, all three posted, once each.
    slack.setChannel(DEAD, { private: true, member: true });
    await command('subscriptions', DEAD);
    const posted = await slack.waitForMessages(3, { channel: DEAD, timeoutMs: 10_000 });
    await app.waitForCycles(2);
    expect(slack.messages(DEAD)).toHaveLength(3);
    expect(new Set(posted.map((m) => m.metadata?.event_payload.readout_id)).size).toBe(3);
    expect(postsTo(DEAD)).toBe(4);
    expect(slack.messages(MAIN)).toHaveLength(4);
    expect(slack.messages('U0ANN')).toHaveLength(1);
    await app.waitForLog(/a parked channel woken by a command typed there/);
  }, 60_000);
});
