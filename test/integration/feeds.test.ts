import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type AppProcess, startApp } from '../helpers/app-process.js';
import { type FakeSlack, startFakeSlack } from '../helpers/fake-slack.js';
import { type FeedServer, startFeedServer } from '../helpers/feed-server.js';
import { eventCallback, postEvent, postSlashCommand } from '../helpers/slack-request.js';

const pages = join(import.meta.dirname, '../../fixtures/pages');
const SECRET = 'feeds-secret';
const TOKEN = 'xoxb-feeds';
const MONTH_AGO = new Date(Date.now() - 30 * 86_400_000).toUTCString();

const item = (path: string, title: string, date = MONTH_AGO) =>
  `<item><title>${title}</title><link>{{BASE}}${path}</link><guid>${path}</guid><pubDate>${date}</pubDate></item>`;
const feed = (title: string, items: string[]) =>
  `<?xml version="1.0"?><rss version="2.0"><channel><title>${title}</title><link>http://x/</link><description>d</description>${items.join('')}</channel></rss>`;
const indexPage = (
  links: [string, string][],
) => `<!DOCTYPE html><html><head><title>Japan-U.S. Relations</title></head><body>
  <ul class="nav"><li><a href="/index.html">Home</a></li><li><a href="/press/index.html">Press Room</a></li></ul>
  <ul class="link-list">${links.map(([href, text]) => `<li><a href="${href}">${text}</a></li>`).join('')}</ul>
  <p><a href="/pages/README.txt">About these pages</a> <a href="/index/us.html#top">Top</a></p></body></html>`;

type Answer = { text: string; response_type?: string };

async function startOne(
  slack: FakeSlack,
  feeds: FeedServer,
  dir: string,
  extra: Record<string, string>,
): Promise<AppProcess> {
  const app = await startApp(['serve'], {
    SLACK_BOT_TOKEN: TOKEN,
    SLACK_SIGNING_SECRET: SECRET,
    SLACK_API_URL: slack.apiUrl,
    DATABASE_URL: join(dir, 'r.db'),
    READOUT_FEEDS: `${feeds.base}/operator.xml`,
    READOUT_CHANNEL: 'C0ALL',
    READOUT_POLL_CRON: '*/2 * * * * *',
    ...extra,
  });
  await app.waitForLog(/Readout is listening/);
  return app;
}

describe('/readout feeds through the real app: admins add and remove feeds, everyone sees their health', () => {
  let slack: FakeSlack;
  let feeds: FeedServer;
  let app: AppProcess;
  let dir: string;
  let n = 0;

  /** A slash command; add/remove answer through response_url, the rest in the ack. */
  const command = async (text: string, user: string): Promise<{ ack: Answer; later: Answer | null }> => {
    const id = `r${++n}`;
    const res = await postSlashCommand(app.url, SECRET, {
      text,
      user_id: user,
      channel_id: 'C0OPS',
      response_url: slack.responseUrl(id),
    });
    expect(res.status).toBe(200);
    const ack = res.json as Answer;
    const later = /^feeds (add|remove)/.test(text)
      ? ((await slack.waitForResponse(id, 20_000)) as Answer)
      : null;
    return { ack, later };
  };

  beforeAll(async () => {
    slack = await startFakeSlack({
      token: TOKEN,
      users: {
        UADMIN: { name: 'ada', is_admin: true },
        UOWNER: { name: 'olu', is_owner: true, is_primary_owner: true },
        UMEMBER: { name: 'mei' },
      },
    });
    feeds = await startFeedServer();
    feeds.serveDir('/pages', pages);
    feeds.template(
      '/operator.xml',
      feed('Operator feed', [
        item('/pages/mofa/2015-12-18-japan-australia-meeting-tokyo.html', 'Japan-Australia'),
      ]),
    );
    feeds.template(
      '/added.xml',
      feed('Added &lt;feed&gt; &amp; co', [
        item('/pages/mofa/2020-09-25-japan-china-telephone-ol.html', 'Japan-China Summit Telephone Talk'),
      ]),
    );
    feeds.set('/index/us.html', {
      body: indexPage([
        ['/pages/mofa/2021-10-05-japan-us-telephone-numbered.html', 'Japan-U.S. Summit Telephone Talk'],
        ['/pages/mofa/2020-03-16-japan-germany-telephone-dash.html', 'Japan-Germany Summit Telephone Talk'],
      ]),
    });
    dir = mkdtempSync(join(tmpdir(), 'readout-feeds-'));
    app = await startOne(slack, feeds, dir, { READOUT_ALLOW_PRIVATE_NETWORKS: '1' });
    await app.waitForCycles(1);
  });

  afterAll(async () => {
    await app?.stop('SIGKILL');
    await slack?.close();
    await feeds?.close();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it('refuses a member, naming who can, after asking Slack for the role', async () => {
    const { ack, later } = await command(`feeds add ${feeds.base}/added.xml`, 'UMEMBER');
    expect(ack.text).toContain(`Checking ${feeds.base}/added.xml`);
    expect(later?.text).toBe(
      'Only workspace admins and owners can add feeds; you are a member of this workspace. Ask an admin or owner, or see `/readout feeds` for what is polled.',
    );
    expect(later?.response_type).toBe('ephemeral');
    expect(slack.callsTo('users.info').map((c) => c.args.user)).toContain('UMEMBER');

    // An app installed before users:read was added cannot read roles: it says so and refuses.
    slack.failNext('users.info', { error: 'missing_scope' });
    const noScope = await command(`feeds add ${feeds.base}/added.xml`, 'UADMIN');
    expect(noScope.later?.text).toMatch(
      /^Only workspace admins and owners can add feeds, and Readout could not check your role with Slack \(`missing_scope`\)\. If the error is `missing_scope`, reinstall the app so it has the `users:read` scope\.$/,
    );
    expect(feeds.count('/added.xml')).toBe(0);
  });

  it('lets an admin add an RSS feed: checked at once, polled from the next cycle, its new items posted', async () => {
    const { later } = await command(`feeds add ${feeds.base}/added.xml`, 'UADMIN');
    expect(later?.text).toContain(
      `Added ${feeds.base}/added.xml. RSS feed “Added &lt;feed&gt; &amp; co”: 1 item, newest “Japan-China Summit Telephone Talk” of ${new Date(MONTH_AGO).toISOString().slice(0, 10)}; 1 looks like readouts.`,
    );
    // The first poll is a baseline: the month-old item is stored, not posted.
    await app.waitForCycles(2);
    expect(slack.messages('C0ALL')).toHaveLength(0);

    feeds.template(
      '/added.xml',
      feed('Added &lt;feed&gt; &amp; co', [
        item(
          '/pages/mofa/2024-10-02-japan-korea-telephone-late-night.html',
          'Japan-ROK Summit Telephone Talk',
          new Date().toUTCString(),
        ),
        item('/pages/mofa/2020-09-25-japan-china-telephone-ol.html', 'Japan-China Summit Telephone Talk'),
      ]),
    );
    const [posted] = await slack.waitForMessages(1, { channel: 'C0ALL', timeoutMs: 20_000 });
    expect(JSON.stringify(posted?.blocks)).toContain('Yoon Suk Yeol');
  });

  it('lets an owner add an HTML index with a link pattern; a new matching link is posted', async () => {
    const { later } = await command(
      `feeds add ${feeds.base}/index/us.html links:/pages/mofa/*.html`,
      'UOWNER',
    );
    expect(later?.text).toContain(
      `Added ${feeds.base}/index/us.html. HTML index “Japan-U.S. Relations”: 2 links match \`/pages/mofa/*.html\`, first “Japan-U.S. Summit Telephone Talk”; 2 look like readouts.`,
    );
    await app.waitForCycles(2);
    expect(slack.messages('C0ALL')).toHaveLength(1);
    feeds.set('/index/us.html', {
      body: indexPage([
        ['/pages/mofa/2024-09-23-japan-uk-meeting-new-york.html', 'Japan-U.K. Summit Meeting'],
        ['/pages/mofa/2021-10-05-japan-us-telephone-numbered.html', 'Japan-U.S. Summit Telephone Talk'],
        ['/pages/mofa/2020-03-16-japan-germany-telephone-dash.html', 'Japan-Germany Summit Telephone Talk'],
      ]),
    });
    const posted = await slack.waitForMessages(2, { channel: 'C0ALL', timeoutMs: 20_000 });
    expect(JSON.stringify(posted[1]?.blocks)).toContain('Starmer');
  });

  it('lists every polled feed with its kind, origin and health, to anyone', async () => {
    await app.waitForCycles(1);
    const { ack } = await command('feeds', 'UMEMBER');
    const text = ack.text;
    expect(text).toContain('*Feeds Readout polls* (3)');
    expect(text).toContain(
      `*1.* ${feeds.base}/operator.xml\nRSS feed “Operator feed” · set by the operator (READOUT_FEEDS)\n:large_green_circle: healthy`,
    );
    expect(text).toContain(
      `*2.* ${feeds.base}/added.xml\nRSS feed “Added &lt;feed&gt; &amp; co” · added from Slack by <@UADMIN> on `,
    );
    expect(text).toMatch(
      /added from Slack by <@UADMIN>[^\n]*\n:large_green_circle: healthy, 0 consecutive errors · last success \d{4}-\d\d-\d\d \d\d:\d\d UTC · 2 items seen at the last read · 2 readouts stored/,
    );
    // The App Home's feed health lists the feeds added from Slack too.
    await postEvent(
      app.url,
      SECRET,
      eventCallback({ type: 'app_home_opened', user: 'UMEMBER', channel: 'D0HOME', tab: 'home' }),
    );
    const [publish] = await slack.waitForCalls('views.publish', 1, { timeoutMs: 10_000 });
    const home = JSON.stringify(publish?.args.view);
    for (const path of ['/operator.xml', '/added.xml', '/index/us.html'])
      expect(home).toContain(`${feeds.base}${path}`);
    // The source catalogue, without Add buttons for a member.
    expect(home).toContain('workspace admins and owners add sources');
    expect(home).not.toContain('"action_id":"catalogue_add"');
    expect(text).toMatch(
      /HTML index “Japan-U\.S\. Relations”, links `\/pages\/mofa\/\*\.html` · added from Slack by <@UOWNER>[^\n]*\n[^\n]*3 items seen at the last read · 3 readouts stored/,
    );
  });

  it("shows a failing feed's last error and its consecutive errors", async () => {
    feeds.set('/index/us.html', { body: 'Access <Denied> & gone', status: 403 });
    await app.waitForCycles(2);
    const { ack } = await command('feeds', 'UADMIN');
    expect(ack.text).toMatch(
      /:red_circle: \d+ consecutive errors?, last: HTTP 403 Forbidden: the publisher blocks this app.s address/,
    );
  });

  it('removes a feed added from Slack (its readouts stay findable), never the operator’s', async () => {
    const refused = await command(`feeds remove ${feeds.base}/operator.xml`, 'UADMIN');
    expect(refused.later?.text).toContain(
      'is set by the operator in READOUT_FEEDS and cannot be removed from Slack',
    );

    const { later } = await command(`feeds remove ${feeds.base}/added.xml`, 'UADMIN');
    expect(later?.text).toBe(
      `Stopped polling ${feeds.base}/added.xml. Readouts already stored from it stay findable with \`/readout\`.`,
    );
    await app.waitForCycles(1);
    const fetches = feeds.count('/added.xml');
    feeds.template(
      '/added.xml',
      feed('Added', [
        item(
          '/pages/mofa/2023-11-27-japan-vietnam-summit-sectioned.html',
          'Japan-Viet Nam Summit',
          new Date().toUTCString(),
        ),
      ]),
    );
    await app.waitForCycles(2);
    expect(feeds.count('/added.xml')).toBe(fetches);
    expect(slack.messages('C0ALL')).toHaveLength(2);
    const listed = await command('feeds', 'UMEMBER');
    expect(listed.ack.text).toContain('*Feeds Readout polls* (2)');
    expect(listed.ack.text).not.toContain('added.xml');
    const found = await command('japan-korea latest', 'UMEMBER');
    expect(JSON.stringify(found.ack)).toContain('Yoon Suk Yeol');
  });
});

describe('/readout feeds add without READOUT_ALLOW_PRIVATE_NETWORKS', () => {
  it('refuses a loopback feed before fetching it', async () => {
    const slack = await startFakeSlack({ token: TOKEN, users: { UADMIN: { is_admin: true } } });
    const feeds = await startFeedServer();
    feeds.template('/operator.xml', feed('Operator feed', []));
    feeds.template('/sneaky.xml', feed('Sneaky', []));
    const dir = mkdtempSync(join(tmpdir(), 'readout-ssrf-'));
    const app = await startOne(slack, feeds, dir, {});
    try {
      const res = await postSlashCommand(app.url, SECRET, {
        text: `feeds add ${feeds.base}/sneaky.xml`,
        user_id: 'UADMIN',
        response_url: slack.responseUrl('ssrf'),
      });
      expect(res.status).toBe(200);
      const later = (await slack.waitForResponse('ssrf', 20_000)) as Answer;
      expect(later.text).toBe(
        `Not added: ${feeds.base}/sneaky.xml: refused: 127.0.0.1 is a loopback (127.0.0.0/8) address; user-added feeds may only reach public addresses`,
      );
      expect(feeds.count('/sneaky.xml')).toBe(0);
    } finally {
      await app.stop('SIGKILL');
      await slack.close();
      await feeds.close();
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
