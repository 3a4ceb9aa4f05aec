import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type AppProcess, startApp } from '../helpers/app-process.js';
import { type FakeSlack, startFakeSlack } from '../helpers/fake-slack.js';
import { type FeedServer, startFeedServer } from '../helpers/feed-server.js';
import { postSlashCommand } from '../helpers/slack-request.js';

const pages = join(import.meta.dirname, '../../fixtures/pages');
const SECRET = 'held-secret';
const TOKEN = 'xoxb-held';
/** Published `hoursAgo` before now: within the first poll's window, in the order given. */
const item = (path: string, title: string, hoursAgo: number) =>
  `<item><title>${title}</title><link>{{BASE}}${path}</link><guid>${path}</guid><pubDate>${new Date(Date.now() - hoursAgo * 3_600_000).toUTCString()}</pubDate></item>`;

/** One government's feed as it is: two readouts among a fact sheet, a proclamation and a joint statement. */
const mixedFeed = `<?xml version="1.0"?><rss version="2.0"><channel><title>Mixed feed</title><link>http://x/</link><description>d</description>${[
  item(
    '/pages/whitehouse/n-2023-04-26-joint-statement-korea.html',
    'Joint Statement from the United States and the Republic of Korea',
    1,
  ),
  item('/pages/mofa/2020-09-25-japan-china-telephone-ol.html', 'Japan-China Summit Telephone Talk', 2),
  item('/pages/whitehouse/n-2023-04-12-fact-sheet-ports.txt', 'FACT SHEET: Ports', 3),
  item(
    '/pages/whitehouse/n-2022-05-20-proclamation-maritime-day.txt',
    'A Proclamation on National Maritime Day, 2022',
    4,
  ),
  item('/pages/mofa/2021-10-05-japan-us-telephone-numbered.html', 'Japan-U.S. Summit Telephone Talk', 5),
].join('')}</channel></rss>`;

type Answer = { text: string };

describe('a mixed feed through the real app: readouts posted, the rest held back and counted', () => {
  let slack: FakeSlack;
  let feeds: FeedServer;
  let app: AppProcess;
  let dir: string;
  let n = 0;

  const command = async (text: string, user: string, later = false): Promise<Answer> => {
    const id = `h${++n}`;
    const res = await postSlashCommand(app.url, SECRET, {
      text,
      user_id: user,
      channel_id: 'C0OPS',
      response_url: slack.responseUrl(id),
    });
    expect(res.status).toBe(200);
    return later ? ((await slack.waitForResponse(id, 20_000)) as Answer) : (res.json as Answer);
  };

  beforeAll(async () => {
    slack = await startFakeSlack({
      token: TOKEN,
      users: { UADMIN: { name: 'ada', is_admin: true }, UMEMBER: { name: 'mei' } },
    });
    feeds = await startFeedServer();
    feeds.serveDir('/pages', pages);
    feeds.template('/mixed.xml', mixedFeed);
    dir = mkdtempSync(join(tmpdir(), 'readout-held-'));
    app = await startApp(['serve'], {
      SLACK_BOT_TOKEN: TOKEN,
      SLACK_SIGNING_SECRET: SECRET,
      SLACK_API_URL: slack.apiUrl,
      DATABASE_URL: join(dir, 'r.db'),
      READOUT_FEEDS: `${feeds.base}/mixed.xml`,
      READOUT_CHANNEL: 'C0ALL',
      READOUT_POLL_CRON: '*/2 * * * * *',
    });
    await app.waitForLog(/Readout is listening/);
    await app.waitForCycles(2);
  });

  afterAll(async () => {
    await app?.stop('SIGKILL');
    await slack?.close();
    await feeds?.close();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it('posts the two readouts and nothing else', async () => {
    const posted = await slack.waitForMessages(2, { channel: 'C0ALL', timeoutMs: 15_000 });
    await app.waitForCycles(2);
    const top = slack.messages('C0ALL').filter((m) => !m.thread_ts);
    expect(top).toHaveLength(2);
    // Each readout's canonical URL, as its page declares it.
    expect(posted.map((m) => String(m.metadata?.event_payload.url)).sort()).toEqual([
      'https://www.mofa.go.jp/a_o/c_m1/cn/page1e_000311.html',
      'https://www.mofa.go.jp/na/na1/us/page4e_001186.html',
    ]);
    expect(JSON.stringify(slack.messages())).not.toMatch(/FACT SHEET|Proclamation|Joint Statement/);
  });

  it('counts the held-back pages in /readout feeds, with the latest title', async () => {
    const answer = await command('feeds', 'UMEMBER');
    expect(answer.text).toContain(
      'held back, not readouts: 3 — latest: “Joint Statement from the United States and the Republic of Korea” (`/readout feeds held 1` lists them)',
    );
  });

  it('lists the held-back titles for an admin, and not for a member', async () => {
    const held = await command('feeds held 1', 'UADMIN', true);
    expect(held.text).toMatch(
      /^\*Held back from .*mixed\.xml\*: 3 pages stored and searchable but not posted:/,
    );
    for (const title of [
      "FACT SHEET: President Biden Announces New Funding to Modernize the Nation's Ports",
      'A Proclamation on National Maritime Day, 2022',
      'Joint Statement from the United States and the Republic of Korea',
    ])
      expect(held.text).toContain(title);
    const refused = await command('feeds held 1', 'UMEMBER', true);
    expect(refused.text).toContain('Only workspace admins and owners can see the held-back pages of feeds');
  });
});
