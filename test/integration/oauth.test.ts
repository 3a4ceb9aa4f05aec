import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { manifestBotScopes } from '../../src/deliver/manifest-scopes.js';
import { type AppProcess, startApp } from '../helpers/app-process.js';
import { type FakeSlack, startFakeSlack } from '../helpers/fake-slack.js';
import { type FeedServer, startFeedServer } from '../helpers/feed-server.js';
import { eventCallback, postEvent, postSlashCommand } from '../helpers/slack-request.js';

const pages = join(import.meta.dirname, '../../fixtures/pages');
const SIGNING_SECRET = 'oauth-signing-secret';
const CLIENT_ID = '1111111111.2222222222';
const CLIENT_SECRET = 'client-secret-NEVERLOGGED';
const STATE_SECRET = 'state-secret-NEVERLOGGED-0123456789';
const COOKIE = 'slack-app-oauth-state';
const WORKSPACES = [
  { teamId: 'T1', teamName: 'Team One', token: 'xoxb-t1-NEVERLOGGED' },
  { teamId: 'T2', teamName: 'Team Two', token: 'xoxb-t2-NEVERLOGGED' },
  { teamId: 'T3', teamName: 'Team Three', token: 'xoxb-t3-NEVERLOGGED' },
];

const item = (path: string, title: string) =>
  `<item><title>${title}</title><link>{{BASE}}${path}</link><guid>${path}</guid><pubDate>${new Date(Date.now() - 86_400_000).toUTCString()}</pubDate></item>`;
const feed = (items: string[]) =>
  `<?xml version="1.0"?><rss version="2.0"><channel><title>t</title><link>http://x/</link><description>d</description>${items.join('')}</channel></rss>`;
const OLD = item('/pages/mofa/2021-10-05-japan-us-telephone-numbered.html', 'Japan-US telephone');
const FIRST = item('/pages/mofa/2024-10-02-japan-korea-telephone-late-night.html', 'Japan-ROK telephone');
const SECOND = item('/pages/kantei/2023-03-16-japan-korea-summit-tokyo-sectioned.html', 'Japan-ROK summit');

const unescapeHtml = (html: string) =>
  html.replace(/&#(\d+);/g, (_, n: string) => String.fromCharCode(Number(n)));

describe('many workspaces: OAuth install, per-workspace tokens, uninstall', () => {
  let slack: FakeSlack;
  let feeds: FeedServer;
  let app: AppProcess;
  let dir: string;
  let base: string;
  const dbFile = () => join(dir, 'r.db');

  /** Reads the app's database beside the running app (WAL: readers do not block it). */
  function query<T>(sql: string): T[] {
    const db = new Database(dbFile(), { readonly: true, fileMustExist: true });
    try {
      return db.prepare(sql).all() as T[];
    } finally {
      db.close();
    }
  }

  /** The install page: its "Add to Slack" link and the state cookie Bolt set. */
  async function startInstall() {
    const res = await fetch(`${base}/slack/install`, { redirect: 'manual' });
    const html = await res.text();
    const href = /href="(https:\/\/slack\.com\/oauth\/v2\/authorize[^"]*)"/.exec(html)?.[1];
    if (!href) throw new Error(`no authorize link on the install page:\n${html}`);
    const authorize = new URL(unescapeHtml(href));
    return {
      res,
      html,
      authorize,
      state: authorize.searchParams.get('state') ?? '',
      setCookie: res.headers.get('set-cookie') ?? '',
    };
  }

  /** Slack's redirect back to the app, as the browser follows it. */
  function redirect(query: string, cookie?: string) {
    return fetch(`${base}/slack/oauth_redirect?${query}`, {
      redirect: 'manual',
      headers: cookie ? { cookie } : {},
    });
  }

  /** The whole install of one team in one browser: install page, consent at Slack, redirect. */
  async function install(teamId: string, code: string) {
    const { state, authorize } = await startInstall();
    slack.grantCode(code, teamId, { scope: authorize.searchParams.get('scope') ?? '' });
    return redirect(`code=${code}&state=${encodeURIComponent(state)}`, `${COOKIE}=${state}`);
  }

  const subscribe = (teamId: string, channel: string) =>
    postSlashCommand(app.url, SIGNING_SECRET, {
      text: 'subscribe all',
      team_id: teamId,
      channel_id: channel,
      response_url: slack.responseUrl(),
    });

  beforeAll(async () => {
    slack = await startFakeSlack({
      workspaces: WORKSPACES,
      oauth: { clientId: CLIENT_ID, clientSecret: CLIENT_SECRET },
    });
    feeds = await startFeedServer();
    feeds.serveDir('/pages', pages);
    feeds.template('/feed.xml', feed([OLD]));
    dir = mkdtempSync(join(tmpdir(), 'readout-oauth-'));
    app = await startApp(['serve'], {
      SLACK_CLIENT_ID: CLIENT_ID,
      SLACK_CLIENT_SECRET: CLIENT_SECRET,
      SLACK_STATE_SECRET: STATE_SECRET,
      SLACK_SIGNING_SECRET: SIGNING_SECRET,
      SLACK_API_URL: slack.apiUrl,
      DATABASE_URL: dbFile(),
      READOUT_FEEDS: `${feeds.base}/feed.xml`,
      READOUT_POLL_CRON: '*/2 * * * * *',
      // Debug logs include Web API request bodies: the secrets must stay out of them too.
      LOG_LEVEL: 'debug',
    });
    base = `http://127.0.0.1:${app.port}`;
    await app.waitForLog(/workspaces install at GET \/slack\/install/);
    await app.waitForLog(/poll cycle done/, 20_000);
  });

  afterAll(async () => {
    await app?.stop('SIGKILL');
    await slack?.close();
    await feeds?.close();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it('serves an install page whose Add to Slack link carries a signed state, also set as a cookie', async () => {
    const { res, html, authorize, state, setCookie } = await startInstall();
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/text\/html/);
    expect(html).toContain('Add to Slack');
    expect(authorize.searchParams.get('client_id')).toBe(CLIENT_ID);
    expect(authorize.searchParams.get('scope')?.split(',')).toEqual(manifestBotScopes());
    expect(state.split('.')).toHaveLength(3);
    expect(setCookie).toContain(`${COOKIE}=${state};`);
    expect(setCookie).toMatch(/HttpOnly/);
  });

  it('refuses a missing or forged state, or one from another browser, with a plain page; nothing installed', async () => {
    slack.grantCode('code-t3', 'T3');
    const missing = await redirect('code=code-t3');
    expect(missing.status).toBe(400);
    const missingPage = await missing.text();
    expect(missingPage).toContain('This install link cannot be used');
    expect(missingPage).toContain('Nothing was installed');
    expect(missingPage).toContain('href="/slack/install"');

    const forged = await redirect('code=code-t3&state=forged', `${COOKIE}=forged`);
    expect(forged.status).toBe(400);
    expect(await forged.text()).toContain('This install link cannot be used');

    const { state } = await startInstall();
    const otherBrowser = await redirect(`code=code-t3&state=${encodeURIComponent(state)}`);
    expect(otherBrowser.status).toBe(400);
    expect(await otherBrowser.text()).toContain('opened in another browser');

    const cancelled = await redirect(
      `error=access_denied&state=${encodeURIComponent(state)}`,
      `${COOKIE}=${state}`,
    );
    expect(await cancelled.text()).toContain('You cancelled the install');

    expect(slack.callsTo('oauth.v2.access')).toHaveLength(0);

    // A good state but a code Slack does not know: Slack's refusal is shown, nothing installed.
    const fresh = await startInstall();
    const badCode = await redirect(
      `code=made-up&state=${encodeURIComponent(fresh.state)}`,
      `${COOKIE}=${fresh.state}`,
    );
    expect(badCode.status).toBe(500);
    const badPage = await badCode.text();
    expect(badPage).toContain('Slack did not complete the install');
    expect(badPage).toContain('invalid_code');
    expect(slack.callsTo('oauth.v2.access').map((c) => c.error)).toEqual(['invalid_code']);
    expect(query('SELECT id FROM installations')).toEqual([]);
  });

  it('installs two workspaces through the redirect, each with its own token in the database', async () => {
    const one = await install('T1', 'code-t1');
    expect(one.status).toBe(200);
    const page = await one.text();
    expect(page).toContain('Readout is installed');
    expect(page).toContain('Team One');
    expect(page).toContain('/readout subscribe all');
    expect(one.headers.get('set-cookie')).toMatch(new RegExp(`${COOKIE}=deleted`));

    const two = await install('T2', 'code-t2');
    expect(await two.text()).toContain('Team Two');

    const exchanges = slack.callsTo('oauth.v2.access').filter((c) => !c.error);
    expect(exchanges.map((c) => [c.args.code, c.args.client_id, c.args.client_secret, c.error])).toEqual([
      ['code-t1', CLIENT_ID, CLIENT_SECRET, undefined],
      ['code-t2', CLIENT_ID, CLIENT_SECRET, undefined],
    ]);
    expect(slack.callsTo('auth.test').map((c) => c.token)).toEqual([
      WORKSPACES[0]?.token,
      WORKSPACES[1]?.token,
    ]);
    expect(query('SELECT id, team_id, bot_token, bot_user_id FROM installations ORDER BY id')).toEqual([
      { id: 'T1', team_id: 'T1', bot_token: WORKSPACES[0]?.token, bot_user_id: 'UBOTT1' },
      { id: 'T2', team_id: 'T2', bot_token: WORKSPACES[1]?.token, bot_user_id: 'UBOTT2' },
    ]);
  });

  it("answers a workspace's command and posts a new readout to each workspace with its own token", async () => {
    const r1 = await subscribe('T1', 'C1');
    expect(r1.status).toBe(200);
    expect((r1.json as { text: string }).text).toContain('Subscribed <#C1>');
    const r2 = await subscribe('T2', 'C2');
    expect((r2.json as { text: string }).text).toContain('Subscribed <#C2>');
    // A workspace that never installed is not answered (Bolt finds no install) and changes nothing.
    const stranger = await subscribe('T9', 'C9');
    expect(stranger.json).toBeNull();

    feeds.template('/feed.xml', feed([FIRST, OLD]));
    await slack.waitForMessages(1, { channel: 'C1', timeoutMs: 20_000 });
    await slack.waitForMessages(1, { channel: 'C2', timeoutMs: 20_000 });

    const posts = slack.callsTo('chat.postMessage');
    expect(posts.map((c) => [c.args.channel, c.token, c.error])).toEqual([
      ['C1', WORKSPACES[0]?.token, undefined],
      ['C2', WORKSPACES[1]?.token, undefined],
    ]);
    expect(slack.messages('C1')[0]?.bot_id).toBe('BBOTT1');
    expect(slack.messages('C2')[0]?.bot_id).toBe('BBOTT2');
    expect(JSON.stringify(slack.messages('C1')[0]?.blocks)).toContain('Yoon Suk Yeol');
    expect(query("SELECT channel FROM subscriptions WHERE channel = 'C9'")).toEqual([]);
  });

  it("shows each workspace only its own channels' subscriptions in the App Home, with its own token", async () => {
    const res = await postEvent(
      app.url,
      SIGNING_SECRET,
      eventCallback(
        { type: 'app_home_opened', user: 'U2', channel: 'D2', tab: 'home' },
        {
          team_id: 'T2',
          authorizations: [{ team_id: 'T2', user_id: 'UBOTT2', is_bot: true, is_enterprise_install: false }],
        },
      ),
    );
    expect(res.status).toBe(200);
    const [publish] = await slack.waitForCalls('views.publish', 1, { timeoutMs: 10_000 });
    expect(publish?.token).toBe(WORKSPACES[1]?.token);
    const view = JSON.stringify(publish?.args.view);
    expect(view).toContain('<#C2>');
    expect(view).not.toContain('<#C1>');
  });

  it("removes an uninstalled workspace's install and subscriptions; the next readout goes to the other only", async () => {
    // Slack revokes the token, then tells the app.
    slack.revokeToken(WORKSPACES[0]?.token ?? '');
    const res = await postEvent(
      app.url,
      SIGNING_SECRET,
      eventCallback(
        { type: 'app_uninstalled' },
        {
          team_id: 'T1',
          authorizations: [{ team_id: 'T1', user_id: 'UBOTT1', is_bot: true, is_enterprise_install: false }],
        },
      ),
    );
    expect(res.status).toBe(200);
    await app.waitForLog(/workspace left/);
    expect(query('SELECT id FROM installations')).toEqual([{ id: 'T2' }]);
    expect(query('SELECT channel FROM subscriptions')).toEqual([{ channel: 'C2' }]);

    feeds.template('/feed.xml', feed([SECOND, FIRST, OLD]));
    await slack.waitForMessages(2, { channel: 'C2', timeoutMs: 20_000 });
    // C1 would have been planned, and tried, before C2 in the same cycle: it was not.
    expect(slack.callsTo('chat.postMessage').filter((c) => c.args.channel === 'C1')).toHaveLength(1);
    expect(slack.messages('C1')).toHaveLength(1);
    expect(query<{ n: number }>("SELECT COUNT(*) AS n FROM posts WHERE channel = 'C1'")[0]?.n).toBe(1);
    expect(JSON.stringify(slack.messages('C2')[1]?.blocks)).toContain('Japan-ROK Summit Meeting');
  });

  it('treats tokens_revoked as leaving only when the bot token is among the revoked', async () => {
    const revoked = (tokens: Record<string, string[]>) =>
      postEvent(
        app.url,
        SIGNING_SECRET,
        eventCallback(
          { type: 'tokens_revoked', tokens },
          {
            team_id: 'T2',
            authorizations: [
              { team_id: 'T2', user_id: 'UBOTT2', is_bot: true, is_enterprise_install: false },
            ],
          },
        ),
      );
    expect((await revoked({ oauth: ['U2'] })).status).toBe(200);
    await app.waitForLog(/user tokens revoked/);
    expect(query('SELECT id FROM installations')).toEqual([{ id: 'T2' }]);
    expect(query('SELECT channel FROM subscriptions')).toEqual([{ channel: 'C2' }]);

    expect((await revoked({ bot: ['UBOTT2'] })).status).toBe(200);
    await app.waitForLog(/"event":"tokens_revoked","workspace":"T2"/);
    expect(query('SELECT id FROM installations')).toEqual([]);
    expect(query('SELECT channel FROM subscriptions')).toEqual([]);
  });

  it('never logs the client secret, the state secret or a bot token', () => {
    const logs = app.stderr() + app.stdout();
    expect(logs).toContain('"level":20');
    expect(logs).not.toContain('NEVERLOGGED');
  });
});
