import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type AppProcess, startApp } from '../helpers/app-process.js';
import { type FakeSlack, startFakeSlack } from '../helpers/fake-slack.js';
import { type FakeSocketMode, startFakeSocketMode } from '../helpers/fake-socket-mode.js';
import { type FeedServer, startFeedServer } from '../helpers/feed-server.js';

const fixtures = join(import.meta.dirname, '../../fixtures');

describe('npm start with SLACK_APP_TOKEN: Socket Mode', () => {
  let slack: FakeSlack;
  let socket: FakeSocketMode;
  let feeds: FeedServer;
  let app: AppProcess;
  let dir: string;

  beforeAll(async () => {
    socket = await startFakeSocketMode();
    slack = await startFakeSlack({ token: 'xoxb-sock', appToken: 'xapp-1-sock', socketModeUrl: socket.url });
    feeds = await startFeedServer();
    feeds.serveDir('/feeds', join(fixtures, 'feeds'), { template: true });
    feeds.serveDir('/pages', join(fixtures, 'pages'));
    dir = mkdtempSync(join(tmpdir(), 'readout-socket-'));
    app = await startApp(['serve'], {
      SLACK_BOT_TOKEN: 'xoxb-sock',
      SLACK_APP_TOKEN: 'xapp-1-sock',
      SLACK_API_URL: slack.apiUrl,
      DATABASE_URL: join(dir, 'r.db'),
      READOUT_FEEDS: `${feeds.base}/feeds/demo.xml`,
      READOUT_CHANNEL: 'C0SOCK',
      READOUT_FIRST_POLL_DAYS: '100000',
      // Each of the 15 fixtures as a post of its own, not one burst digest.
      READOUT_DIGEST_THRESHOLD: '100',
      READOUT_POLL_CRON: '0 0 1 1 *',
      // Debug logs print the Web API and socket traffic: the app token must stay out of them.
      LOG_LEVEL: 'debug',
    });
    await app.waitForLog(/connected through Socket Mode/);
    await socket.waitForConnection();
    await app.waitForLog(/poll cycle done/, 30_000);
  });

  afterAll(async () => {
    await app?.stop('SIGKILL');
    await socket?.close();
    await slack?.close();
    await feeds?.close();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it('opens the connection through SLACK_API_URL with the app token and posts the readouts', () => {
    expect(slack.callsTo('apps.connections.open').length).toBeGreaterThan(0);
    // Posts only: a readout with an earlier one of its relation also has a context reply.
    expect(slack.messages('C0SOCK').filter((m) => !m.thread_ts)).toHaveLength(15);
  });

  it('answers /readout over the socket with the readout in the ack payload', async () => {
    const payload = (await socket.sendSlashCommand({ text: 'us-japan latest' })) as {
      response_type: string;
      blocks: { type: string }[];
      text: string;
    };
    expect(payload.response_type).toBe('ephemeral');
    expect(payload.blocks[0]?.type).toBe('header');
    expect(payload.text).toContain('Blinken');
    const help = (await socket.sendSlashCommand({ text: '' })) as { text: string };
    expect(help.text).toContain('/readout japan-us latest');
  });

  it('stops on SIGTERM with exit code 0', async () => {
    expect(await app.stop('SIGTERM')).toBe(0);
  });

  it('printed neither the app token nor the bot token, even at LOG_LEVEL=debug', () => {
    const logs = `${app.stdout()}\n${app.stderr()}`;
    expect(logs).toMatch(/"level":20/);
    expect(logs).not.toContain('xapp-1-sock');
    expect(logs).not.toContain('xoxb-sock');
  });
});
