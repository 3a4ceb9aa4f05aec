import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type AppProcess, startApp } from '../helpers/app-process.js';
import { type FakeSlack, startFakeSlack } from '../helpers/fake-slack.js';
import { type FeedServer, startFeedServer } from '../helpers/feed-server.js';
import { eventCallback, postEvent, postInteraction, postSlashCommand } from '../helpers/slack-request.js';

const fixtures = join(import.meta.dirname, '../../fixtures');
const SECRET = 'test-signing-secret';
const TOKEN = 'xoxb-test-token';
const CHANNEL = 'C0READOUT';

type Block = { type: string; text?: { text: string }; elements?: { text: string }[] };
const blockText = (blocks: unknown) =>
  ((blocks as Block[]) ?? [])
    .map((b) => [b.text?.text ?? '', ...(b.elements ?? []).map((e) => e.text)].join(' '))
    .join('\n');

describe('npm start with Slack credentials: the live app against a fake Slack', () => {
  let slack: FakeSlack;
  let feeds: FeedServer;
  let dir: string;
  let app: AppProcess;
  let env: Record<string, string>;
  const demoFeed = () => `${feeds.base}/feeds/demo.xml`;

  beforeAll(async () => {
    slack = await startFakeSlack({ token: TOKEN });
    feeds = await startFeedServer();
    feeds.serveDir('/feeds', join(fixtures, 'feeds'), { template: true });
    feeds.serveDir('/pages', join(fixtures, 'pages'));
    dir = mkdtempSync(join(tmpdir(), 'readout-serve-'));
    env = {
      SLACK_BOT_TOKEN: TOKEN,
      SLACK_SIGNING_SECRET: SECRET,
      SLACK_API_URL: slack.apiUrl,
      DATABASE_URL: join(dir, 'readout.db'),
      READOUT_FEEDS: demoFeed(),
      READOUT_CHANNEL: CHANNEL,
      READOUT_FIRST_POLL_DAYS: '100000',
      // Each of the 15 fixtures as a post of its own, not one burst digest.
      READOUT_DIGEST_THRESHOLD: '100',
      READOUT_POLL_CRON: '0 0 1 1 *',
      READOUT_TIMEZONE: 'UTC',
    };
    app = await startApp(['serve'], env);
    await app.waitForLog(/Readout is listening/);
    await app.waitForLog(/poll cycle done/, 30_000);
  });

  afterAll(async () => {
    await app?.stop('SIGKILL');
    await slack?.close();
    await feeds?.close();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it('posts every fixture readout once, oldest first, with metadata, fallback text and escaped content', () => {
    const posted = slack.messages(CHANNEL).filter((m) => !m.thread_ts); // context replies aside
    expect(posted.length).toBe(15);
    const ids = posted.map((m) => m.metadata?.event_payload.readout_id);
    expect(new Set(ids).size).toBe(15);
    for (const m of posted) {
      expect(m.text).toBeTruthy();
      expect(m.metadata?.event_type).toBe('readout_posted');
      expect(typeof m.metadata?.event_payload.readout_id).toBe('string');
      expect(String(m.metadata?.event_payload.url)).toMatch(/^https:\/\//);
      expect((m.blocks as Block[])[0]?.type).toBe('header');
    }
    // The feed lists newest first; the channel reads oldest first.
    const first = blockText(posted[0]?.blocks);
    expect(first).toContain('2015');
    const calls = slack.callsTo('chat.postMessage');
    expect(calls.every((c) => c.args.unfurl_links === false)).toBe(true);
  });

  it('renders the facts of a readout: date, start with zone, duration, principals, numbered points, link', () => {
    const post = slack
      .messages(CHANNEL)
      .find((m) => String(m.metadata?.event_payload.url).includes('pageite_000001_00581'));
    expect(post).toBeDefined();
    const text = blockText(post?.blocks);
    expect(text).toContain('Wed 2 Oct 2024');
    expect(text).toContain('around 23:30 JST (14:30 UTC)');
    expect(text).toContain('about 20 min');
    expect(text).toContain('ISHIBA Shigeru, Prime Minister of Japan');
    expect(text).toContain('Yoon Suk Yeol, President of the Republic of Korea');
    expect(text).toMatch(/\*1\.\* President Yoon congratulated/);
    expect(text).toMatch(/\*4\.\* /);
    expect(text).toContain('<https://www.mofa.go.jp/a_o/na/kr/pageite_000001_00581.html|Read the source>');
  });

  it('answers /readout japan-us latest within 3 s in the same format', async () => {
    const res = await postSlashCommand(app.url, SECRET, {
      text: 'japan-us latest',
      response_url: slack.responseUrl(),
    });
    expect(res.status).toBe(200);
    expect(res.ms).toBeLessThan(3000);
    const body = res.json as { response_type: string; text: string; blocks: Block[] };
    expect(body.response_type).toBe('ephemeral');
    expect(body.blocks[0]?.type).toBe('header');
    // The newest japan-us fixture is the 2023 courtesy call by the Secretary of State.
    expect(blockText(body.blocks)).toContain('Blinken');
  });

  it('puts a "Share in channel" button under a lookup; a click posts it for everyone and drops the private copy', async () => {
    const res = await postSlashCommand(app.url, SECRET, {
      text: 'japan-us list 2',
      response_url: slack.responseUrl(),
    });
    type Button = { type: string; action_id: string; value: string };
    const body = res.json as { blocks: { type: string; elements?: Button[] }[] };
    const button = body.blocks.at(-1)?.elements?.[0];
    expect(button?.action_id).toBe('readout_share');
    expect(button?.value).toBe('japan-us list 2');

    const responseUrl = slack.responseUrl('share-1');
    const click = await postInteraction(app.url, SECRET, {
      type: 'block_actions',
      team: { id: 'T0001', domain: 'test' },
      user: { id: 'U0ANN', username: 'ann', team_id: 'T0001' },
      api_app_id: 'A0READOUT',
      token: 'legacy',
      trigger_id: '1.2.3',
      container: {
        type: 'message',
        message_ts: '1700000000.000100',
        channel_id: CHANNEL,
        is_ephemeral: true,
      },
      channel: { id: CHANNEL, name: 'diplomacy' },
      response_url: responseUrl,
      actions: [{ ...button, block_id: 'readout_share', action_ts: '1700000001.000200' }],
    });
    expect(click.status).toBe(200);
    const answers = (await slack.waitFor(() => {
      const got = slack.responses('share-1');
      return got.length >= 2 ? got : undefined;
    })) as { response_type?: string; text?: string; blocks?: Block[]; delete_original?: boolean }[];
    const shared = answers[0];
    expect(shared?.response_type).toBe('in_channel');
    expect(shared?.text?.split('\n').filter((l) => l.startsWith('•'))).toHaveLength(2);
    expect(blockText(shared?.blocks)).toContain('Shared by <@U0ANN>');
    expect(JSON.stringify(shared?.blocks)).not.toContain('readout_share');
    expect(answers[1]?.delete_original).toBe(true);
  });

  it('offers no share button for help or a mistake', async () => {
    for (const text of ['help', 'japan-us frobnicate', 'japan-xx latest']) {
      const res = await postSlashCommand(app.url, SECRET, { text, response_url: slack.responseUrl() });
      expect(JSON.stringify(res.json)).not.toContain('readout_share');
    }
  });

  it('takes aliases in any order and lists the last n', async () => {
    for (const text of ['us-japan latest', 'jp-usa latest', 'japan-united-states latest']) {
      const res = await postSlashCommand(app.url, SECRET, { text, response_url: slack.responseUrl() });
      expect(blockText((res.json as { blocks: Block[] }).blocks)).toContain('Blinken');
    }
    const res = await postSlashCommand(app.url, SECRET, {
      text: 'japan-us list 2',
      response_url: slack.responseUrl(),
    });
    const body = res.json as { text: string };
    const lines = body.text.split('\n').filter((l) => l.startsWith('•'));
    expect(lines).toHaveLength(2);
    expect(lines[0]).toMatch(/^• \w{3} \d{1,2} \w{3} \d{4} · courtesy call · about \d+ min · <https:\/\//);
  });

  it('finds readouts by words (FTS5, ranked, matching words shown), by person in any order, and by date', async () => {
    const ask = async (text: string) =>
      (
        (await postSlashCommand(app.url, SECRET, { text, response_url: slack.responseUrl() })).json as {
          text: string;
        }
      ).text;
    const search = await ask('search abductions');
    expect(search).toMatch(/^\*Readouts with “abductions”\*/);
    expect(search).toContain('*abductions*');
    expect(search.split('\n').filter((l) => l.startsWith('•')).length).toBeGreaterThan(1);
    expect(await ask('search zzyzx')).toContain('No readout has all of “zzyzx”');
    for (const name of ['Kishida', 'KISHIDA Fumio', 'fumio kishida']) {
      const who = await ask(`who ${name}`);
      expect(who).toContain('Latest readouts with');
      expect(who).toContain('Japan-U.S. Summit Telephone Talk');
      expect(who).not.toContain('Shinzo');
    }
    const on = await ask('japan-korea on 2024-10-02');
    expect(on.split('\n').filter((l) => l.startsWith('•'))).toHaveLength(1);
    expect(on).toContain('Wed 2 Oct 2024');
    const since = await ask('japan-us since 2022-01-01');
    expect(since.split('\n').filter((l) => l.startsWith('•'))).toHaveLength(1);
    expect(await ask('japan-us since yesterday')).toContain('takes one date as YYYY-MM-DD');
  });

  it('answers help, an empty command and nonsense with usage and an example', async () => {
    for (const text of ['help', '', 'what is this', 'japan-narnia latest', 'japan-us list 500']) {
      const res = await postSlashCommand(app.url, SECRET, { text, response_url: slack.responseUrl() });
      expect(res.status).toBe(200);
      const body = res.json as { text: string };
      expect(body.text).toContain('/readout japan-us latest');
      expect(body.text).not.toMatch(/Error:|at .*\.js:\d+/);
    }
  });

  it('answers GET /health for load balancers', async () => {
    const res = await fetch(`http://127.0.0.1:${app.port}/health`);
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ ok: true });
  });

  it('unfurls a pasted readout link into its summary, and leaves unknown links alone', async () => {
    const url = 'http://www.mofa.go.jp/a_o/na/kr/pageite_000001_00581.html';
    const res = await postEvent(
      app.url,
      SECRET,
      eventCallback({
        type: 'link_shared',
        channel: 'C0CHAT',
        message_ts: '1700000000.000200',
        user: 'U0001',
        links: [
          { domain: 'mofa.go.jp', url },
          { domain: 'gov.uk', url: 'https://www.gov.uk/government/news/something-else' },
        ],
      }),
    );
    expect(res.status).toBe(200);
    const [call] = await slack.waitForCalls('chat.unfurl', 1, { timeoutMs: 5000 });
    expect(call?.args.channel).toBe('C0CHAT');
    expect(call?.args.ts).toBe('1700000000.000200');
    const unfurls = call?.args.unfurls as Record<string, { blocks: unknown[] }>;
    expect(Object.keys(unfurls)).toEqual([url]);
    const text = JSON.stringify(unfurls[url]?.blocks);
    expect(text).toContain('Japan-ROK Summit Telephone Talk');
    expect(text).toContain('Yoon Suk Yeol');
  });

  it('publishes the App Home: subscriptions, latest readouts and feed health', async () => {
    const res = await postEvent(
      app.url,
      SECRET,
      eventCallback({ type: 'app_home_opened', user: 'U0HOME', channel: 'D0HOME', tab: 'home' }),
    );
    expect(res.status).toBe(200);
    const [call] = await slack.waitForCalls('views.publish', 1, { timeoutMs: 5000 });
    expect(call?.args.user_id).toBe('U0HOME');
    const view = call?.args.view as { type: string; blocks: unknown[] };
    expect(view.type).toBe('home');
    expect(view.blocks.length).toBeLessThanOrEqual(100);
    const text = JSON.stringify(view.blocks);
    expect(text).toContain('Latest readouts');
    expect(text).toContain('Japan-ROK Summit Telephone Talk');
    expect(text).toContain(demoFeed());
    expect(text).toContain('healthy');
    expect(text).toMatch(/Next poll: \d{4}-\d{2}-\d{2} \d{2}:\d{2} UTC/);
  });

  it('rejects unsigned, badly signed and stale requests with 401 and answers nothing', async () => {
    const before = slack.calls.length;
    const fields = { text: 'japan-us latest', response_url: slack.responseUrl('stale') };
    expect((await postSlashCommand(app.url, SECRET, fields, { unsigned: true })).status).toBe(401);
    expect((await postSlashCommand(app.url, SECRET, fields, { badSignature: true })).status).toBe(401);
    const stale = Math.floor(Date.now() / 1000) - 6 * 60;
    expect((await postSlashCommand(app.url, SECRET, fields, { timestamp: stale })).status).toBe(401);
    expect((await postSlashCommand(app.url, 'another-secret', fields)).status).toBe(401);
    expect(slack.calls.length).toBe(before);
    expect(slack.responses('stale')).toEqual([]);
  });

  it('stops cleanly on SIGTERM, and a restart on the same database posts nothing again', async () => {
    expect(await app.stop('SIGTERM')).toBe(0);
    expect(app.stderr()).toMatch(/"msg":"stopped"/);
    const before = slack.messages(CHANNEL).length;
    app = await startApp(['serve'], env);
    await app.waitForLog(/poll cycle done/, 30_000);
    expect(slack.messages(CHANNEL).length).toBe(before);
    // The restarted poller asked with the validators it stored: the feed answered 304.
    const feedRequests = feeds.requests.filter((r) => r.path === '/feeds/demo.xml');
    expect(feedRequests.at(-1)?.headers['if-none-match']).toBeTruthy();
    expect(feedRequests.at(-1)?.status).toBe(304);
  });
});
