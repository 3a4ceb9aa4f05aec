import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type AppProcess, startApp } from '../helpers/app-process.js';
import { type FakeSlack, startFakeSlack } from '../helpers/fake-slack.js';
import { type FeedServer, startFeedServer } from '../helpers/feed-server.js';
import { dropSchema, POSTGRES_URL, scratchSchema } from '../helpers/postgres.js';
import { postSlashCommand } from '../helpers/slack-request.js';

const fixtures = join(import.meta.dirname, '../../fixtures');
// Each secret carries a marker no log line has any other reason to print.
const TOKEN = 'xoxb-111-222-BOTTOKENSECRET';
const SIGNING_SECRET = 'signing-SIGNINGSECRET-8f3a';
const DB_PASSWORD = 'DBPASSWORDSECRET';
const PROXY_PASSWORD = 'PROXYPASSWORDSECRET';
const SECRETS = [TOKEN, SIGNING_SECRET, DB_PASSWORD, PROXY_PASSWORD];
const MARKERS = ['BOTTOKENSECRET', 'SIGNINGSECRET', DB_PASSWORD, PROXY_PASSWORD];
const CHANNEL = 'C0SECRETS';

/** A postgres:// URL with a password whose tables go to a scratch schema (trust auth ignores the password). */
function urlWithPassword(schema: string): string {
  const url = new URL(POSTGRES_URL);
  url.username ||= 'postgres';
  url.password = DB_PASSWORD;
  url.searchParams.set('options', `-c search_path=${schema}`);
  return url.toString();
}

describe('secrets never logged: the real app at LOG_LEVEL=debug', () => {
  let slack: FakeSlack;
  let feeds: FeedServer;
  let app: AppProcess;
  let dir: string;
  const schema = scratchSchema();

  beforeAll(async () => {
    const admin = new pg.Client({ connectionString: POSTGRES_URL });
    await admin.connect();
    await admin.query(`CREATE SCHEMA ${schema}`);
    await admin.end();
    slack = await startFakeSlack({ token: TOKEN });
    feeds = await startFeedServer();
    feeds.serveDir('/feeds', join(fixtures, 'feeds'), { template: true });
    feeds.serveDir('/pages', join(fixtures, 'pages'));
    dir = mkdtempSync(join(tmpdir(), 'readout-secrets-'));
    // The first post fails as with a revoked token: the error path logs the Web API's error.
    slack.failNext('chat.postMessage', { error: 'invalid_auth' });
    app = await startApp(['serve'], {
      LOG_LEVEL: 'debug',
      SLACK_BOT_TOKEN: TOKEN,
      SLACK_SIGNING_SECRET: SIGNING_SECRET,
      // A proxy with credentials in the environment (the app uses none; it must not print it).
      HTTPS_PROXY: `http://proxyuser:${PROXY_PASSWORD}@127.0.0.1:9`,
      NO_PROXY: '127.0.0.1,localhost',
      SLACK_API_URL: slack.apiUrl,
      DATABASE_URL: urlWithPassword(schema),
      READOUT_FEEDS: `${feeds.base}/feeds/demo.xml`,
      READOUT_CHANNEL: CHANNEL,
      READOUT_FIRST_POLL_DAYS: '100000',
      READOUT_DIGEST_THRESHOLD: '100',
      // The cycle after the refused post posts the readouts.
      READOUT_POLL_CRON: '*/2 * * * * *',
      READOUT_TIMEZONE: 'UTC',
    });
    await app.waitForLog(/Readout is listening/);
    await app.waitForLog(/poll cycle done/, 60_000);
  }, 90_000);

  afterAll(async () => {
    await app?.stop('SIGKILL');
    await slack?.close();
    await feeds?.close();
    if (dir) rmSync(dir, { recursive: true, force: true });
    await dropSchema(schema).catch(() => undefined);
  });

  it('starts, polls, posts, fails with invalid_auth, answers a command, and prints no secret anywhere', async () => {
    // A poll posted (after the one refused post) and the failure was logged.
    await slack.waitForMessages(15, { channel: CHANNEL, timeoutMs: 30_000 });
    expect(slack.callsTo('chat.postMessage').some((c) => c.error === 'invalid_auth')).toBe(true);
    const res = await postSlashCommand(app.url, SIGNING_SECRET, {
      text: 'japan-us latest',
      response_url: slack.responseUrl(),
    });
    expect(res.status).toBe(200);
    // A command with a bad signature is refused and logged.
    const refused = await postSlashCommand(app.url, 'not-the-secret', {
      text: 'help',
      response_url: slack.responseUrl(),
    });
    expect(refused.status).toBe(401);
    await app.stop('SIGTERM');

    const logs = `${app.stdout()}\n${app.stderr()}`;
    // Debug level really was on: the Web API client's request lines are there.
    expect(logs).toMatch(/"level":20/);
    expect(logs).toMatch(/invalid_auth/);
    for (const marker of MARKERS) expect(logs, `${marker} in the logs`).not.toContain(marker);
    for (const secret of SECRETS) expect(logs).not.toContain(secret);
  }, 60_000);
});
