import { once } from 'node:events';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer, request, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pino } from 'pino';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createCycle } from '../../src/app/cycle.js';
import type { Poster } from '../../src/deliver/poster.js';
import { fetchText } from '../../src/feeds/fetch.js';
import { proxiedFetches } from '../../src/feeds/proxy.js';
import type { SlackMessage } from '../../src/render/blocks.js';
import { openSqliteStore } from '../../src/store/sqlite.js';
import type { Store } from '../../src/store/store.js';
import { startApp } from '../helpers/app-process.js';
import { type FeedServer, startFeedServer } from '../helpers/feed-server.js';

const page = readFileSync(
  join(import.meta.dirname, '../../fixtures/pages/mofa/2021-10-05-japan-us-telephone-numbered.html'),
  'utf8',
);
const NOW = new Date('2026-11-20T12:00:00Z');

/** A plain HTTP forward proxy on 127.0.0.1: records the absolute URL of each request and relays it. */
async function startProxy(): Promise<{
  url: string;
  seen: string[];
  auth: (string | undefined)[];
  server: Server;
}> {
  const seen: string[] = [];
  const auth: (string | undefined)[] = [];
  const server = createServer((req, res) => {
    seen.push(req.url ?? '');
    auth.push(req.headers['proxy-authorization']);
    const headers = { ...req.headers };
    delete headers['proxy-authorization'];
    delete headers['proxy-connection'];
    const upstream = request(req.url ?? '', { method: req.method, headers }, (answer) => {
      res.writeHead(answer.statusCode ?? 502, answer.headers);
      answer.pipe(res);
    });
    upstream.on('error', () => {
      res.writeHead(502);
      res.end();
    });
    req.pipe(upstream);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, seen, auth, server };
}

describe('feed and page fetches through HTTP_PROXY, NO_PROXY bypassing it', () => {
  let feeds: FeedServer;
  let proxy: Awaited<ReturnType<typeof startProxy>>;
  let dir: string;
  let store: Store;
  const posted: string[] = [];
  const poster: Poster = {
    post: async (_channel: string, message: SlackMessage) => {
      posted.push(message.text ?? '');
      return { ts: `${posted.length}.000` };
    },
    postReply: async () => ({ ts: '9.000' }),
    reply: async () => undefined,
    update: async () => undefined,
    findReply: async () => null,
  } as Poster;

  beforeEach(async () => {
    feeds = await startFeedServer();
    proxy = await startProxy();
    dir = mkdtempSync(join(tmpdir(), 'readout-proxy-'));
    store = openSqliteStore(join(dir, 'r.db'), () => NOW);
    posted.length = 0;
    feeds.set('/p/a.html', { body: page });
    feeds.template(
      '/feed.xml',
      `<?xml version="1.0"?><rss version="2.0"><channel><title>T</title><link>{{BASE}}/</link><description>d</description>
      <item><title>A</title><link>{{BASE}}/p/a.html</link><guid>a</guid><pubDate>${NOW.toUTCString()}</pubDate></item></channel></rss>`,
    );
  });
  afterEach(async () => {
    await store.close();
    await feeds.close();
    await new Promise<void>((resolve) => proxy.server.close(() => resolve()));
    rmSync(dir, { recursive: true, force: true });
  });

  const run = (noProxy: string | null, httpProxy = proxy.url) =>
    createCycle({
      store,
      poster,
      logger: pino({ level: 'silent' }),
      config: {
        feeds: [feeds.url('/feed.xml')],
        firstPollDays: 7,
        timeZone: 'UTC',
        channel: 'C1',
        proxy: { httpProxy, httpsProxy: null, noProxy },
      },
      clock: () => NOW,
    }).run();

  it('sends the feed and its pages through the proxy, with the absolute URL', async () => {
    const report = await run(null);
    expect(report.poll.newReadouts).toBe(1);
    expect(posted).toEqual([expect.stringContaining('KISHIDA Fumio')]);
    expect(proxy.seen).toEqual([feeds.url('/feed.xml'), feeds.url('/p/a.html')]);
  });

  it('takes HTTP_PROXY and NO_PROXY from the environment of the real binary', async () => {
    const poll = async (extra: Record<string, string>) =>
      (
        await startApp(['poll', '--once'], {
          LOG_LEVEL: 'silent',
          DATABASE_URL: join(dir, `cli-${Object.keys(extra).length}.db`),
          READOUT_FEEDS: feeds.url('/feed.xml'),
          HTTP_PROXY: proxy.url.replace('http://', 'http://reader:s3cret@'),
          ...extra,
        })
      ).exited();
    expect(await poll({})).toBe(0);
    expect(proxy.seen).toEqual([feeds.url('/feed.xml'), feeds.url('/p/a.html')]);
    expect(await poll({ NO_PROXY: '127.0.0.1' })).toBe(0);
    expect(proxy.seen).toHaveLength(2);
    expect(feeds.count('/feed.xml')).toBe(2);
  });

  it('fetches the page of `readout parse <url>` through the proxy', async () => {
    const app = await startApp(['parse', feeds.url('/p/a.html')], { HTTP_PROXY: proxy.url });
    // 'close', not 'exit': stdout is read to its end before it is parsed.
    await once(app.proc, 'close');
    expect(JSON.parse(app.stdout()).participants.length).toBeGreaterThan(0);
    expect(proxy.seen).toEqual([feeds.url('/p/a.html')]);
  });

  it('goes direct for hosts in NO_PROXY', async () => {
    const report = await run('localhost,127.0.0.1');
    expect(report.poll.newReadouts).toBe(1);
    expect(proxy.seen).toEqual([]);
    expect(feeds.count('/feed.xml')).toBe(1);
  });

  it('gives the proxy its credentials from the URL', async () => {
    const withUser = proxy.url.replace('http://', 'http://reader:s3cret@');
    const fetches = proxiedFetches({ httpProxy: withUser, httpsProxy: null, noProxy: null });
    const answer = await fetchText(feeds.url('/feed.xml'), {}, fetches?.trusted);
    expect(answer.status).toBe('ok');
    expect(proxy.auth).toEqual([`Basic ${Buffer.from('reader:s3cret').toString('base64')}`]);
  });

  it('routes the fetch under the SSRF guard (user-added feeds) through the proxy too, NO_PROXY hosts direct', async () => {
    const proxied = proxiedFetches({ httpProxy: proxy.url, httpsProxy: null, noProxy: null });
    expect((await fetchText(feeds.url('/feed.xml'), {}, proxied?.untrustedBase)).status).toBe('ok');
    expect(proxy.seen).toEqual([feeds.url('/feed.xml')]);
    const direct = proxiedFetches({ httpProxy: proxy.url, httpsProxy: null, noProxy: '127.0.0.1' });
    expect((await fetchText(feeds.url('/feed.xml'), {}, direct?.untrustedBase)).status).toBe('ok');
    expect(proxy.seen).toHaveLength(1);
    expect(feeds.count('/feed.xml')).toBe(2);
  });
});
