/**
 * GET /health, /ready and /metrics of the real app: what a load balancer, an orchestrator and
 * Prometheus see when everything answers, when Slack refuses the token, when no cycle ends, and
 * when the database stops answering.
 */
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer as createHttpServer, type Server } from 'node:http';
import { connect, createServer, type Socket } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type AppProcess, startApp } from '../helpers/app-process.js';
import { type FakeSlack, startFakeSlack } from '../helpers/fake-slack.js';
import { type FeedServer, startFeedServer } from '../helpers/feed-server.js';
import { POSTGRES_URL } from '../helpers/postgres.js';
import { postSlashCommand } from '../helpers/slack-request.js';

const fixtures = join(import.meta.dirname, '../../fixtures');
const SECRET = 'health-secret';
const TOKEN = 'xoxb-health';

type Ready = {
  ready: boolean;
  reasons: string[];
  lastCycleAt: string | null;
  outboxDepth: number | null;
  parkedChannels: unknown[] | null;
};

async function get(port: number, path: string) {
  const res = await fetch(`http://127.0.0.1:${port}${path}`);
  return { status: res.status, type: res.headers.get('content-type') ?? '', text: await res.text() };
}

/** The value of one sample line of the exposition (`name{labels} value`). */
function sample(text: string, series: string): number | undefined {
  const line = text.split('\n').find((l) => l.startsWith(`${series} `));
  return line === undefined ? undefined : Number(line.slice(series.length + 1));
}

/** Every line is a comment (# HELP / # TYPE) or `name{labels} value` as the text format has it. */
function expectExposition(text: string): void {
  expect(text.endsWith('\n')).toBe(true);
  const sampleLine =
    /^[a-zA-Z_:][a-zA-Z0-9_:]*(\{([a-zA-Z_][a-zA-Z0-9_]*="([^"\\\n]|\\.)*",?)*\})? (-?[0-9.e+]+|NaN|[+-]Inf)$/;
  for (const line of text.trimEnd().split('\n')) {
    if (line.startsWith('# HELP ') || line.startsWith('# TYPE ')) continue;
    expect(line).toMatch(sampleLine);
  }
}

async function pollUntil<T>(
  read: () => Promise<T>,
  done: (value: T) => boolean,
  timeoutMs = 20_000,
): Promise<T> {
  const until = Date.now() + timeoutMs;
  let value = await read();
  while (!done(value) && Date.now() < until) {
    await new Promise((r) => setTimeout(r, 200));
    value = await read();
  }
  return value;
}

describe('/health, /ready and /metrics with everything answering, then a token Slack refuses', () => {
  let slack: FakeSlack;
  let feeds: FeedServer;
  let dir: string;
  let app: AppProcess;

  beforeAll(async () => {
    slack = await startFakeSlack({ token: TOKEN });
    feeds = await startFeedServer();
    feeds.serveDir('/feeds', join(fixtures, 'feeds'), { template: true });
    feeds.serveDir('/pages', join(fixtures, 'pages'));
    feeds.set('/broken.xml', { body: 'oops', status: 500 });
    dir = mkdtempSync(join(tmpdir(), 'readout-health-'));
    app = await startApp(['serve'], {
      SLACK_BOT_TOKEN: TOKEN,
      SLACK_SIGNING_SECRET: SECRET,
      SLACK_API_URL: slack.apiUrl,
      DATABASE_URL: join(dir, 'r.db'),
      READOUT_FEEDS: `${feeds.base}/feeds/demo.xml,${feeds.base}/broken.xml`,
      READOUT_CHANNEL: 'C0HEALTH',
      READOUT_FIRST_POLL_DAYS: '100000',
      READOUT_DIGEST_THRESHOLD: '100',
      READOUT_POLL_CRON: '0 0 1 1 *',
    });
    await app.waitForLog(/poll cycle done/, 60_000);
  }, 70_000);

  afterAll(async () => {
    await app?.stop('SIGKILL');
    await slack?.close();
    await feeds?.close();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it('/health answers 200 {ok:true} at once (liveness only)', async () => {
    const res = await get(app.port, '/health');
    expect(res.status).toBe(200);
    expect(JSON.parse(res.text)).toEqual({ ok: true });
  }, 60_000);

  it('/ready answers 200 with the last cycle, the outbox depth and no parked channel', async () => {
    const res = await get(app.port, '/ready');
    expect(res.status).toBe(200);
    expect(res.type).toContain('application/json');
    const body = JSON.parse(res.text) as Ready;
    expect(body.ready).toBe(true);
    expect(body.reasons).toEqual([]);
    expect(Date.parse(body.lastCycleAt ?? '')).toBeGreaterThan(Date.now() - 120_000);
    expect(body.outboxDepth).toBe(0);
    expect(body.parkedChannels).toEqual([]);
  }, 60_000);

  it('/metrics: Prometheus text with cycles, feed errors by feed, posts, outbox depth and lookup latency', async () => {
    const lookup = await postSlashCommand(app.url, SECRET, {
      text: 'japan-us latest',
      response_url: slack.responseUrl(),
    });
    expect(lookup.status).toBe(200);
    const res = await get(app.port, '/metrics');
    expect(res.status).toBe(200);
    expect(res.type).toBe('text/plain; version=0.0.4; charset=utf-8');
    expectExposition(res.text);
    expect(sample(res.text, 'readout_poll_cycles_total{result="done"}')).toBe(1);
    expect(sample(res.text, 'readout_poll_cycles_total{result="failed"}')).toBe(0);
    expect(sample(res.text, `readout_feed_errors_total{feed="${feeds.base}/broken.xml"}`)).toBe(1);
    expect(res.text).not.toContain(`feed="${feeds.base}/feeds/demo.xml"`);
    expect(sample(res.text, 'readout_posts_total{outcome="sent"}')).toBe(15);
    expect(sample(res.text, 'readout_posts_total{outcome="failed"}')).toBe(0);
    expect(sample(res.text, 'readout_outbox_depth')).toBe(0);
    expect(sample(res.text, 'readout_ready')).toBe(1);
    expect(sample(res.text, 'readout_lookup_duration_seconds_count{command="latest"}')).toBe(1);
    expect(sample(res.text, 'readout_lookup_duration_seconds_bucket{command="latest",le="+Inf"}')).toBe(1);
    expect(res.text).toContain('# TYPE readout_lookup_duration_seconds histogram');
  }, 60_000);

  it('/ready lists a channel Slack refuses as parked, and stays 200 (the other channels post)', async () => {
    slack.setChannel('C0GONE', { deleted: true });
    const res = await postSlashCommand(app.url, SECRET, {
      text: 'backfill japan-us 1',
      channel_id: 'C0GONE',
      response_url: slack.responseUrl(),
    });
    expect(res.status).toBe(200);
    const ready = await pollUntil(
      () => get(app.port, '/ready'),
      (r) => ((JSON.parse(r.text) as Ready).parkedChannels ?? []).length > 0,
    );
    expect(ready.status).toBe(200);
    const body = JSON.parse(ready.text) as Ready;
    expect(body.parkedChannels).toMatchObject([{ channel: 'C0GONE', error: 'channel_not_found' }]);
    expect(sample((await get(app.port, '/metrics')).text, 'readout_parked_channels')).toBe(1);
  }, 60_000);

  it('/ready answers 503 naming the token once Slack refuses it', async () => {
    slack.revokeToken(TOKEN);
    // A backfill posts into this channel: Slack answers token_revoked, and the delivery records it.
    const res = await postSlashCommand(app.url, SECRET, {
      text: 'backfill japan-us 1',
      channel_id: 'C0OTHER',
      response_url: slack.responseUrl(),
    });
    expect(res.status).toBe(200);
    const ready = await pollUntil(
      () => get(app.port, '/ready'),
      (r) => r.status === 503,
    );
    expect(ready.status).toBe(503);
    const body = JSON.parse(ready.text) as Ready;
    expect(body.ready).toBe(false);
    expect(body.reasons.join(' ')).toMatch(/Slack refuses the bot token \(token_revoked\)/);
    expect(sample((await get(app.port, '/metrics')).text, 'readout_ready')).toBe(0);
    // Liveness is not readiness: the process still answers.
    expect((await get(app.port, '/health')).status).toBe(200);
  }, 60_000);
});

describe('/ready when no poll cycle ends', () => {
  it('answers 503 once 3 × the cron interval has passed without a cycle ending', async () => {
    // A feed that takes the connection and never answers: the first cycle does not end.
    const sockets: Socket[] = [];
    const silent: Server = createHttpServer((req) => {
      sockets.push(req.socket);
    });
    await new Promise<void>((resolve) => silent.listen(0, '127.0.0.1', resolve));
    const address = silent.address();
    const feedPort = typeof address === 'object' && address ? address.port : 0;
    const slack = await startFakeSlack({ token: TOKEN });
    const dir = mkdtempSync(join(tmpdir(), 'readout-stale-'));
    const app = await startApp(['serve'], {
      SLACK_BOT_TOKEN: TOKEN,
      SLACK_SIGNING_SECRET: SECRET,
      SLACK_API_URL: slack.apiUrl,
      DATABASE_URL: join(dir, 'r.db'),
      READOUT_FEEDS: `http://127.0.0.1:${feedPort}/feed.xml`,
      // Every 2 s: the bound is 6 s.
      READOUT_POLL_CRON: '*/2 * * * * *',
    });
    try {
      await app.waitForLog(/Readout is listening/);
      const first = await get(app.port, '/ready');
      expect(first.status).toBe(200);
      const stale = await pollUntil(
        () => get(app.port, '/ready'),
        (r) => r.status === 503,
      );
      expect(stale.status).toBe(503);
      const body = JSON.parse(stale.text) as Ready;
      expect(body.reasons).toEqual([
        'no poll cycle ended within 6 s (3 × the READOUT_POLL_CRON interval) since the start',
      ]);
      expect(body.lastCycleAt).toBeNull();
    } finally {
      await app.stop('SIGKILL');
      for (const s of sockets) s.destroy();
      silent.close();
      await slack.close();
      rmSync(dir, { recursive: true, force: true });
    }
  }, 60_000);
});

describe('/ready when the database stops answering (PostgreSQL behind a loopback relay)', () => {
  it('answers 503 naming the database, and 200 again once it answers', async () => {
    const database = `readout_ready_${randomBytes(4).toString('hex')}`;
    const admin = new pg.Client({ connectionString: POSTGRES_URL });
    await admin.connect();
    await admin.query(`CREATE DATABASE ${database}`);
    const target = new URL(POSTGRES_URL);
    // A relay on loopback in front of the server: closing it is the database going away.
    let open = true;
    const links = new Set<Socket>();
    const relay = createServer((client) => {
      if (!open) {
        client.destroy();
        return;
      }
      const upstream = connect(Number(target.port || 5432), target.hostname);
      links.add(client).add(upstream);
      client.pipe(upstream).pipe(client);
      const end = () => {
        client.destroy();
        upstream.destroy();
      };
      client.on('error', end).on('close', end);
      upstream.on('error', end).on('close', end);
    });
    await new Promise<void>((resolve) => relay.listen(0, '127.0.0.1', resolve));
    const address = relay.address();
    const relayPort = typeof address === 'object' && address ? address.port : 0;
    const url = new URL(POSTGRES_URL);
    url.hostname = '127.0.0.1';
    url.port = String(relayPort);
    url.pathname = `/${database}`;
    const slack = await startFakeSlack({ token: TOKEN });
    const app = await startApp(['serve'], {
      SLACK_BOT_TOKEN: TOKEN,
      SLACK_SIGNING_SECRET: SECRET,
      SLACK_API_URL: slack.apiUrl,
      DATABASE_URL: url.toString(),
      READOUT_FEEDS: 'http://127.0.0.1:9/none.xml',
      READOUT_POLL_CRON: '0 0 1 1 *',
    });
    try {
      await app.waitForLog(/poll cycle done/, 30_000);
      expect((await get(app.port, '/ready')).status).toBe(200);
      open = false;
      for (const s of links) s.destroy();
      const down = await pollUntil(
        () => get(app.port, '/ready'),
        (r) => r.status === 503,
      );
      expect(down.status).toBe(503);
      expect((JSON.parse(down.text) as Ready).reasons.join(' ')).toMatch(/^the database does not answer/);
      expect((JSON.parse(down.text) as Ready).outboxDepth).toBeNull();
      open = true;
      const back = await pollUntil(
        () => get(app.port, '/ready'),
        (r) => r.status === 200,
      );
      expect(back.status).toBe(200);
    } finally {
      await app.stop('SIGKILL');
      for (const s of links) s.destroy();
      relay.close();
      await slack.close();
      await admin.query(`DROP DATABASE IF EXISTS ${database} WITH (FORCE)`);
      await admin.end();
    }
  }, 60_000);
});
