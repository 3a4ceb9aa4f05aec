import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type AppProcess, startApp } from '../helpers/app-process.js';
import { type FakeSlack, startFakeSlack } from '../helpers/fake-slack.js';
import { type FeedServer, startFeedServer } from '../helpers/feed-server.js';
import {
  eventCallback,
  postSigned,
  type SignedRequestOptions,
  signSlackRequest,
  slashCommandBody,
} from '../helpers/slack-request.js';

const SECRET = 'sig-test-secret';
const TOKEN = 'xoxb-sig';
const CHANNEL = 'C0SIG';
const FORM = 'application/x-www-form-urlencoded';
const JSON_TYPE = 'application/json';

type Forgery = { name: string; opts: SignedRequestOptions & { replayedWith?: (body: string) => string } };

/** The four ways a request can fail to prove it came from Slack. */
const FORGERIES: Forgery[] = [
  { name: 'a bad signature', opts: { badSignature: true } },
  { name: 'no signature', opts: { unsigned: true } },
  { name: 'a timestamp 6 minutes old', opts: { timestamp: Math.floor(Date.now() / 1000) - 360 } },
  {
    name: 'a replayed body with one field changed',
    opts: {
      replayedWith: (body) => body.replace(/U0ADMIN|T0001/, (m) => (m === 'U0ADMIN' ? 'U0EVE0' : 'T0002')),
    },
  },
];

/** POSTs `body`, signed as given (a replay signs the original and sends the changed body). */
async function send(url: string, body: string, contentType: string, forgery: Forgery['opts']) {
  const { replayedWith, ...opts } = forgery;
  if (!replayedWith) return (await postSigned(url, SECRET, body, contentType, opts)).status;
  const sent = replayedWith(body);
  expect(sent).not.toBe(body);
  const replayed = await postSigned(url, SECRET, sent, contentType, {
    ...opts,
    unsigned: true,
    headers: { ...opts.headers, ...signSlackRequest(SECRET, body, opts.timestamp) },
  });
  return replayed.status;
}

describe('every request to POST /slack/events must be signed by Slack within 5 minutes', () => {
  let slack: FakeSlack;
  let feeds: FeedServer;
  let app: AppProcess;
  let dir: string;
  let dbFile: string;
  let callsAtStart: number;

  // What each request would do if it were believed: a store write and Slack calls.
  const command = () =>
    slashCommandBody({
      text: `feeds add ${feeds.url('/new.xml')}`,
      user_id: 'U0ADMIN',
      channel_id: CHANNEL,
      response_url: slack.responseUrl('forged'),
    });
  const homeEvent = () =>
    JSON.stringify(
      eventCallback({ type: 'app_home_opened', user: 'U0ADMIN', channel: 'D0HOME', tab: 'home' }),
    );
  const linkEvent = () =>
    JSON.stringify(
      eventCallback({
        type: 'link_shared',
        channel: CHANNEL,
        user: 'U0ADMIN',
        message_ts: '1700000000.000100',
        unfurl_id: 'U1',
        source: 'conversations_history',
        links: [
          { domain: 'www.mofa.go.jp', url: 'https://www.mofa.go.jp/a_o/na/kr/pageite_000001_00581.html' },
        ],
      }),
    );
  const shareClick = () =>
    new URLSearchParams({
      payload: JSON.stringify({
        type: 'block_actions',
        team: { id: 'T0001', domain: 'test' },
        user: { id: 'U0ADMIN', username: 'ann', team_id: 'T0001' },
        api_app_id: 'A0001',
        trigger_id: '1.2.3',
        container: {
          type: 'message',
          message_ts: '1700000000.000100',
          channel_id: CHANNEL,
          is_ephemeral: true,
        },
        channel: { id: CHANNEL, name: 'diplomacy' },
        response_url: slack.responseUrl('forged'),
        actions: [
          {
            type: 'button',
            action_id: 'readout_share',
            block_id: 'readout_share',
            value: 'japan-us list 2',
            action_ts: '1700000001.000200',
          },
        ],
      }),
    }).toString();
  const REQUESTS: [string, () => string, string][] = [
    ['/readout feeds add (slash command)', command, FORM],
    ['app_home_opened (event)', homeEvent, JSON_TYPE],
    ['link_shared (event)', linkEvent, JSON_TYPE],
    ['Share in channel (block_actions)', shareClick, FORM],
  ];

  const feedSources = () => {
    const db = new Database(dbFile, { readonly: true });
    try {
      return (db.prepare('SELECT COUNT(*) AS n FROM feed_sources').get() as { n: number }).n;
    } finally {
      db.close();
    }
  };

  beforeAll(async () => {
    slack = await startFakeSlack({ token: TOKEN, users: { U0ADMIN: { is_admin: true } } });
    feeds = await startFeedServer();
    feeds.set('/new.xml', {
      body: '<?xml version="1.0"?><rss version="2.0"><channel><title>New</title><link>http://x/</link><description>d</description></channel></rss>',
    });
    dir = mkdtempSync(join(tmpdir(), 'readout-sig-'));
    dbFile = join(dir, 'r.db');
    app = await startApp(['serve'], {
      SLACK_BOT_TOKEN: TOKEN,
      SLACK_SIGNING_SECRET: SECRET,
      SLACK_API_URL: slack.apiUrl,
      DATABASE_URL: dbFile,
      READOUT_CHANNEL: CHANNEL,
      READOUT_POLL_CRON: '0 0 1 1 *',
      READOUT_ALLOW_PRIVATE_NETWORKS: '1',
    });
    await app.waitForLog(/Readout is listening/);
    await app.waitForLog(/poll cycle done/, 30_000);
    callsAtStart = slack.calls.length;
  });

  afterAll(async () => {
    await app?.stop('SIGKILL');
    await slack?.close();
    await feeds?.close();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  let refused = 0;
  for (const [what, body, type] of REQUESTS) {
    for (const forgery of FORGERIES) {
      it(`refuses ${what} with ${forgery.name}: HTTP 401, no store write, no Slack call`, async () => {
        expect(await send(app.url, body(), type, forgery.opts)).toBe(401);
        refused++;
        // Give a believed request the time it would need to act.
        await new Promise((r) => setTimeout(r, 150));
        expect(slack.calls.slice(callsAtStart)).toEqual([]);
        expect(slack.responses('forged')).toEqual([]);
        expect(feedSources()).toBe(0);
        expect(feeds.count('/new.xml')).toBe(0);
      });
    }
  }

  it('believes the same command correctly signed: it is the signature alone that stood in the way', async () => {
    expect(refused).toBe(REQUESTS.length * FORGERIES.length);
    console.log(`signature tests: ${refused} forged requests answered HTTP 401`);
    expect(await send(app.url, command(), FORM, {})).toBe(200);
    await slack.waitFor(() => feedSources() > 0, { what: 'the feed added' });
    expect(slack.callsTo('users.info').length).toBeGreaterThan(0);
  });
});

describe('the same in OAuth mode (many workspaces)', () => {
  let slack: FakeSlack;
  let app: AppProcess;
  let dir: string;

  beforeAll(async () => {
    slack = await startFakeSlack({ oauth: { clientId: '1.2', clientSecret: 'oauth-client-secret' } });
    dir = mkdtempSync(join(tmpdir(), 'readout-sig-oauth-'));
    app = await startApp(['serve'], {
      SLACK_CLIENT_ID: '1.2',
      SLACK_CLIENT_SECRET: 'oauth-client-secret',
      SLACK_STATE_SECRET: 'oauth-state-secret',
      SLACK_SIGNING_SECRET: SECRET,
      SLACK_API_URL: slack.apiUrl,
      DATABASE_URL: join(dir, 'r.db'),
      READOUT_POLL_CRON: '0 0 1 1 *',
    });
    await app.waitForLog(/workspaces install at GET \/slack\/install/);
  });

  afterAll(async () => {
    await app?.stop('SIGKILL');
    await slack?.close();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it('refuses a forged command and a forged event in every way with 401, and calls Slack for none', async () => {
    const command = slashCommandBody({
      text: 'help',
      user_id: 'U0ADMIN',
      response_url: slack.responseUrl('o'),
    });
    const event = JSON.stringify(
      eventCallback({ type: 'app_home_opened', user: 'U0ADMIN', channel: 'D0HOME', tab: 'home' }),
    );
    const statuses: number[] = [];
    for (const forgery of FORGERIES) {
      statuses.push(await send(app.url, command, FORM, forgery.opts));
      statuses.push(await send(app.url, event, JSON_TYPE, forgery.opts));
    }
    expect(statuses).toEqual(Array(FORGERIES.length * 2).fill(401));
    console.log(`signature tests (OAuth mode): ${statuses.length} forged requests answered HTTP 401`);
    expect(slack.calls).toEqual([]);
    expect(slack.responses('o')).toEqual([]);
    // Correctly signed, the command is answered.
    expect(await send(app.url, command, FORM, {})).toBe(200);
  });
});
