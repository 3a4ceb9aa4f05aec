import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { decodeBody } from '../../src/feeds/fetch.js';
import { parseFeed } from '../../src/feeds/parse-feed.js';
import { type AppProcess, startApp } from '../helpers/app-process.js';
import { type FakeSlack, startFakeSlack } from '../helpers/fake-slack.js';
import { type FeedServer, startFeedServer } from '../helpers/feed-server.js';

const corpus = join(import.meta.dirname, '../../../shared/feed-corpus');
const files = (dir: string): string[] =>
  readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : [path];
  });

/**
 * The real app polls every ill-formed, encoding and entity feed of the corpus, served over
 * loopback. Every absolute URL in them (namespace names aside) is pointed at the loopback
 * server, so the pages the app fetches are asked of it (and answered 404), never of the network;
 * a feed whose items would still lead elsewhere is left out.
 */
describe('the real app polls the ill-formed corpus: no unhandled rejection, no crash, /health answers', () => {
  let slack: FakeSlack;
  let feeds: FeedServer;
  let app: AppProcess;
  let dir: string;
  const served: string[] = [];
  /** The status of each /health request made while the app polled. */
  const healthStatuses: number[] = [];

  beforeAll(async () => {
    slack = await startFakeSlack({ token: 'xoxb-corpus' });
    feeds = await startFeedServer();
    const all = ['illformed', 'encoding', 'entities'].flatMap((d) => files(join(corpus, d)));
    for (const file of all) {
      const name = file.slice(corpus.length + 1).replace(/[^\w./-]/g, '_');
      // latin1 both ways keeps every byte as it was; only ASCII URLs change.
      const body = readFileSync(file)
        .toString('latin1')
        .replace(/(?<!xmlns(?::\w+)?\s*=\s*["'])https?:\/\//gi, `${feeds.base}/ext/`);
      const path = `/corpus/${name}`;
      const bytes = Buffer.from(body, 'latin1');
      // The same decoding and parsing the app does: every item link must be the loopback server's.
      const parsed = await parseFeed(decodeBody(new Uint8Array(bytes), null), feeds.url(path));
      if (parsed.ok && parsed.items.some((i) => i.link && !i.link.startsWith(`${feeds.base}/`))) continue;
      feeds.set(path, { body: bytes, contentType: 'application/xml' });
      served.push(feeds.url(path));
    }
    dir = mkdtempSync(join(tmpdir(), 'readout-corpus-'));
    app = await startApp(['serve'], {
      SLACK_BOT_TOKEN: 'xoxb-corpus',
      SLACK_SIGNING_SECRET: 'corpus-secret',
      SLACK_API_URL: slack.apiUrl,
      DATABASE_URL: join(dir, 'r.db'),
      READOUT_FEEDS: served.join(','),
      READOUT_CHANNEL: 'C0CORPUS',
      READOUT_FIRST_POLL_DAYS: '100000',
      READOUT_POLL_CRON: '0 0 1 1 *',
    });
    await app.waitForLog(/Readout is listening/);
    const health = `http://127.0.0.1:${app.port}/health`;
    // /health is asked all through the poll.
    const asking = (async () => {
      while (!/poll cycle done/.test(app.stderr())) {
        const res = await fetch(health);
        healthStatuses.push(res.status);
        await new Promise((r) => setTimeout(r, 200));
      }
    })();
    await app.waitForLog(/poll cycle done/, 240_000);
    await asking;
  }, 300_000);

  afterAll(async () => {
    await app?.stop('SIGKILL');
    await slack?.close();
    await feeds?.close();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it('polls every corpus feed, logs no unhandled rejection or exception, and still answers /health', async () => {
    expect(served.length).toBeGreaterThan(300);
    console.log(
      `corpus poll: ${served.length} feeds served, ${feeds.requests.filter((r) => r.path.startsWith('/ext/')).length} page requests, /health asked ${healthStatuses.length} times during the poll`,
    );
    // Every served feed was asked for.
    const asked = new Set(feeds.requests.map((r) => r.path));
    for (const url of served) expect(asked.has(new URL(url).pathname)).toBe(true);
    const logs = app.stderr();
    expect(logs).not.toMatch(/unhandled rejection|unhandledRejection|uncaughtException|unhandled error/i);
    expect(app.proc.exitCode).toBe(null);
    const res = await fetch(`http://127.0.0.1:${app.port}/health`);
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ ok: true });
    expect(healthStatuses.length).toBeGreaterThan(0);
    expect(healthStatuses.filter((status) => status !== 200)).toEqual([]);
  });
});
