/**
 * Start, stop and fail as an operator sees it: the real binary (and `npm start`), its exit code,
 * its stderr, and how long it took. Times are asserted only against generous bounds (the stop
 * bound is 10 s); what is asserted is what happened.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { createServer as createTcpServer, type Server as TcpServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freePort, startApp } from '../helpers/app-process.js';
import { type FakeSlack, startFakeSlack } from '../helpers/fake-slack.js';
import { type FeedServer, startFeedServer } from '../helpers/feed-server.js';
import { POSTGRES_URL } from '../helpers/postgres.js';

const repo = join(import.meta.dirname, '../..');
const fixtures = join(repo, 'fixtures');
const TOKEN = 'xoxb-lifecycle';

/**
 * A Slack Web API that takes every connection and never answers, except auth.test: the worst
 * outage for a shutdown, a post waiting on its 30 s timeout.
 */
async function startSilentSlack(): Promise<{ apiUrl: string; calls: string[]; close(): Promise<void> }> {
  const calls: string[] = [];
  const server: Server = createServer((req: IncomingMessage, res: ServerResponse) => {
    calls.push(req.url ?? '');
    req.resume();
    if (req.url?.endsWith('/auth.test')) {
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ ok: true, user_id: 'U0BOT', bot_id: 'B0BOT', team_id: 'T0001' }));
    }
    // Anything else: no answer at all.
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return {
    apiUrl: `http://127.0.0.1:${port}/api/`,
    calls,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/** Runs the binary to its end: exit code, stderr, milliseconds. */
async function run(args: string[], env: Record<string, string>) {
  const started = Date.now();
  const child = spawn(process.execPath, [join(repo, 'bin/readout.js'), ...args], {
    cwd: repo,
    env: { PATH: process.env.PATH ?? '', LOG_LEVEL: 'info', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (d: Buffer) => {
    stdout += d.toString();
  });
  child.stderr.on('data', (d: Buffer) => {
    stderr += d.toString();
  });
  const timer = setTimeout(() => child.kill('SIGKILL'), 30_000);
  const code = await new Promise<number | string>((resolve) =>
    child.on('exit', (c, signal) => resolve(c ?? signal ?? -1)),
  );
  clearTimeout(timer);
  return { code, stdout, stderr, ms: Date.now() - started };
}

describe('lifecycle: the real binary starts, stops and fails loudly', () => {
  let slack: FakeSlack;
  let feeds: FeedServer;
  let dir: string;
  let base: Record<string, string>;

  beforeAll(async () => {
    slack = await startFakeSlack({ token: TOKEN });
    feeds = await startFeedServer();
    feeds.serveDir('/feeds', join(fixtures, 'feeds'), { template: true });
    feeds.serveDir('/pages', join(fixtures, 'pages'));
    dir = mkdtempSync(join(tmpdir(), 'readout-lifecycle-'));
    base = {
      SLACK_BOT_TOKEN: TOKEN,
      SLACK_SIGNING_SECRET: 'lifecycle-secret',
      SLACK_API_URL: slack.apiUrl,
      READOUT_FEEDS: `${feeds.base}/feeds/demo.xml`,
      READOUT_CHANNEL: 'C0LIFE',
      READOUT_FIRST_POLL_DAYS: '100000',
      READOUT_DIGEST_THRESHOLD: '100',
      READOUT_POLL_CRON: '0 0 1 1 *',
    };
  });
  afterAll(async () => {
    await slack?.close();
    await feeds?.close();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it('SIGTERM while every post waits on a Slack that never answers: exits 0 within the 10 s bound', async () => {
    const silent = await startSilentSlack();
    try {
      const app = await startApp(['serve'], {
        ...base,
        SLACK_API_URL: silent.apiUrl,
        DATABASE_URL: join(dir, 'silent.db'),
      });
      await app.waitForLog(/Readout is listening/);
      // The first post is on its way and will get no answer.
      for (let i = 0; i < 300 && !silent.calls.some((c) => c.endsWith('/chat.postMessage')); i++)
        await new Promise((r) => setTimeout(r, 100));
      expect(silent.calls.some((c) => c.endsWith('/chat.postMessage'))).toBe(true);
      const started = Date.now();
      const code = await app.stop('SIGTERM', 20_000);
      const ms = Date.now() - started;
      expect(code).toBe(0);
      // The app's own bound is 10 s (exit 1 past it); this one leaves room for a loaded machine.
      expect(ms).toBeLessThan(15_000);
      expect(app.stderr()).toMatch(/"msg":"stopped"/);
    } finally {
      await silent.close();
    }
  }, 60_000);

  it('SIGTERM with the Slack API refusing connections: starts, says so, and exits 0 within the bound', async () => {
    const closed = await freePort();
    const app = await startApp(['serve'], {
      ...base,
      SLACK_API_URL: `http://127.0.0.1:${closed}/api/`,
      DATABASE_URL: join(dir, 'refused.db'),
    });
    await app.waitForLog(/Readout is listening/);
    expect(app.stderr()).toMatch(/"method":"auth\.test".*"msg":"Slack API unreachable/);
    expect(app.stderr()).toContain(`"host":"127.0.0.1:${closed}"`);
    // The cycle is at work: its posts fail one by one against the closed port.
    await app.waitForLog(/kept for the next cycle/, 20_000);
    const started = Date.now();
    expect(await app.stop('SIGTERM', 20_000)).toBe(0);
    // Before: "stopped" was logged, then Bolt's auth.test retries kept the process for minutes.
    expect(Date.now() - started).toBeLessThan(15_000);
  }, 60_000);

  it('a second signal ends a stop that is still waiting', async () => {
    const silent = await startSilentSlack();
    try {
      const app = await startApp(['serve'], {
        ...base,
        SLACK_API_URL: silent.apiUrl,
        DATABASE_URL: join(dir, 'second.db'),
      });
      await app.waitForLog(/Readout is listening/);
      for (let i = 0; i < 300 && !silent.calls.some((c) => c.endsWith('/chat.postMessage')); i++)
        await new Promise((r) => setTimeout(r, 100));
      app.proc.kill('SIGTERM');
      await app.waitForLog(/shutting down/);
      const code = await app.stop('SIGINT', 20_000);
      expect(code).toBe(130);
      expect(app.stderr()).toMatch(/second signal: exiting now/);
    } finally {
      await silent.close();
    }
  }, 60_000);

  it('PORT in use: one line naming PORT, exit 78, never "listening", no poll', async () => {
    const busy: TcpServer = createTcpServer();
    await new Promise<void>((resolve) => busy.listen(0, '0.0.0.0', resolve));
    const address = busy.address();
    const port = typeof address === 'object' && address ? address.port : 0;
    try {
      const r = await run(['serve'], { ...base, PORT: String(port), DATABASE_URL: join(dir, 'port.db') });
      expect(r.code).toBe(78);
      expect(r.stderr).toContain(`readout: PORT: ${port} is already in use`);
      expect(r.stderr).not.toMatch(/listening|poll cycle/);
    } finally {
      busy.close();
    }
  }, 60_000);

  it('a bad DATABASE_URL stops the start with one line naming it: 78 for a setting, 69 for no answer', async () => {
    // The test server, asked as a role it does not have.
    const nobody = new URL(POSTGRES_URL);
    nobody.username = 'nobody';
    nobody.password = '';
    const cases: [string, number, RegExp][] = [
      ['mysql://x@y/z', 78, /DATABASE_URL: expected postgres:\/\/… for PostgreSQL, or a file path/],
      [join(dir, 'no/such/dir/x.db'), 78, /DATABASE_URL: the directory .*no\/such\/dir does not exist/],
      [nobody.toString(), 78, /DATABASE_URL: PostgreSQL at .+ refuses it \(28000: role "nobody"/],
      [
        `postgres://x@127.0.0.1:${await freePort()}/test`,
        69,
        /DATABASE_URL: PostgreSQL at 127\.0\.0\.1:\d+\/test does not answer \(.*ECONNREFUSED/,
      ],
    ];
    for (const [url, code, line] of cases) {
      const r = await run(['serve'], { ...base, DATABASE_URL: url });
      expect(r.code, url).toBe(code);
      expect(r.stderr, url).toMatch(line);
      expect(r.stderr, url).not.toMatch(/listening|poll cycle|\n\s+at /);
      expect(r.stderr.trim().split('\n'), url).toHaveLength(1);
    }
    // Nothing was created for the URL taken as a path, nor for the missing directory.
    const { existsSync } = await import('node:fs');
    expect(existsSync(join(repo, 'mysql:'))).toBe(false);
    expect(existsSync(join(dir, 'no'))).toBe(false);
    // `poll --dry-run` checks it too.
    const dry = await run(['poll', '--once', '--dry-run'], { ...base, DATABASE_URL: join(dir, 'nope/x.db') });
    expect(dry.code).toBe(78);
    expect(dry.stderr).toMatch(/DATABASE_URL: the directory/);
  }, 120_000);

  it('a bot token Slack refuses at start (auth.test): one line naming SLACK_BOT_TOKEN, exit 78', async () => {
    const r = await run(['serve'], {
      ...base,
      SLACK_BOT_TOKEN: 'xoxb-revoked-one',
      DATABASE_URL: join(dir, 'token.db'),
    });
    expect(r.code).toBe(78);
    expect(r.stderr).toMatch(
      /readout: SLACK_BOT_TOKEN: Slack refuses it \(auth\.test at 127\.0\.0\.1:\d+: invalid_auth\)/,
    );
    expect(r.stderr).not.toMatch(/listening|unhandled rejection|\n\s+at /);
    expect(r.stderr).not.toContain('xoxb-revoked-one');
  }, 60_000);

  it('NODE_ENV=production or --live without a token is an error, not the demo', async () => {
    const production = await run(['serve'], { NODE_ENV: 'production', DATABASE_URL: join(dir, 'p.db') });
    expect(production.code).toBe(78);
    expect(production.stderr).toMatch(/SLACK_BOT_TOKEN: required with NODE_ENV=production/);
    expect(production.stdout).toBe('');
    const live = await run(['serve', '--live'], { DATABASE_URL: join(dir, 'p.db') });
    expect(live.code).toBe(78);
    expect(live.stderr).toMatch(/SLACK_BOT_TOKEN: required with --live/);
    const poll = await run(['poll', '--once'], { NODE_ENV: 'production', DATABASE_URL: join(dir, 'p.db') });
    expect(poll.code).toBe(78);
  }, 60_000);

  it('npm start runs node in place of the shell: SIGTERM to npm stops the app', async () => {
    const port = await freePort();
    const child = spawn('npm', ['start', '--silent'], {
      cwd: repo,
      env: { PATH: process.env.PATH ?? '', ...base, PORT: String(port), DATABASE_URL: join(dir, 'npm.db') },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stderr = '';
    child.stderr.on('data', (d: Buffer) => {
      stderr += d.toString();
    });
    const exited = new Promise<number | string>((resolve) =>
      child.on('exit', (c, signal) => resolve(c ?? signal ?? -1)),
    );
    for (let i = 0; i < 300 && !/Readout is listening/.test(stderr); i++)
      await new Promise((r) => setTimeout(r, 100));
    expect((await fetch(`http://127.0.0.1:${port}/health`)).status).toBe(200);
    child.kill('SIGTERM');
    await exited;
    // The app itself got the signal: it stopped (not re-parented, still serving).
    for (let i = 0; i < 100 && !/"msg":"stopped"/.test(stderr); i++)
      await new Promise((r) => setTimeout(r, 100));
    expect(stderr).toMatch(/"msg":"stopped"/);
    await expect(fetch(`http://127.0.0.1:${port}/health`)).rejects.toThrow();
  }, 60_000);
});
