import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { pino } from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { httpFetch } from '../../src/app/http-fetch.js';
import { DEFAULT_MAX_BYTES } from '../../src/feeds/fetch.js';
import { type LightFetch, lightGet } from '../../src/feeds/light-get.js';
import { pinnedFetch } from '../../src/feeds/pinned-fetch.js';
import { pollFeeds } from '../../src/feeds/poll.js';
import { openSqliteStore } from '../../src/store/sqlite.js';

/**
 * A publisher that answers 100 MB (with Content-Length, or chunked without one, or without an
 * end at all): the poller stops reading at the 5 MB cap, says why, and closes the connection.
 */
const HUNDRED_MB = 100 * 1024 * 1024;
const CHUNK = Buffer.alloc(64 * 1024, 'a');

type Sent = { path: string; bytes: number; closedEarly: boolean };
let server: Server;
let base: string;
const sent: Sent[] = [];

const feedWithPage = (page: string) =>
  `<?xml version="1.0"?><rss version="2.0"><channel><title>t</title><link>http://x/</link><description>d</description><item><title>Telephone talk</title><link>${base}${page}</link><guid>${page}</guid><pubDate>${new Date().toUTCString()}</pubDate></item></channel></rss>`;

beforeAll(async () => {
  server = createServer((req, res) => {
    const path = req.url ?? '';
    if (path.startsWith('/feed-to/')) {
      res.writeHead(200, { 'content-type': 'application/rss+xml' });
      res.end(feedWithPage(path.slice('/feed-to'.length)));
      return;
    }
    const record: Sent = { path, bytes: 0, closedEarly: false };
    sent.push(record);
    const declared = path.includes('declared');
    const endless = path.includes('endless');
    const type = path.includes('page') ? 'text/html' : 'application/rss+xml';
    res.writeHead(200, {
      'content-type': type,
      ...(declared ? { 'content-length': String(HUNDRED_MB) } : {}),
    });
    if (!declared) res.write('<?xml version="1.0"?><rss version="2.0"><channel><title>');
    res.on('close', () => {
      record.closedEarly = !res.writableFinished;
    });
    const pump = () => {
      while (!res.destroyed && (endless || record.bytes < HUNDRED_MB)) {
        record.bytes += CHUNK.length;
        if (!res.write(CHUNK)) {
          res.once('drain', pump);
          return;
        }
      }
      if (!res.destroyed) res.end();
    };
    pump();
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  server.closeAllConnections();
  await new Promise<void>((r) => server.close(() => r()));
});

const quiet = pino({ level: 'silent' });

async function poll(feedUrl: string, http: LightFetch) {
  const store = openSqliteStore(':memory:');
  const rssBefore = process.memoryUsage().rss;
  let peak = rssBefore;
  const sampler = setInterval(() => {
    peak = Math.max(peak, process.memoryUsage().rss);
  }, 5);
  try {
    const report = await pollFeeds({
      store,
      logger: quiet,
      feeds: [feedUrl],
      channels: [],
      firstPollDays: 7,
      fetch: http,
      timeoutMs: 60_000,
    });
    peak = Math.max(peak, process.memoryUsage().rss);
    return { report, store, growthMb: (peak - rssBefore) / 1024 / 1024 };
  } finally {
    clearInterval(sampler);
  }
}

/**
 * The server's answer at `path` was cut short: the connection closed before the end, and no more
 * written than the cap plus what sat in socket buffers. The RSS growth is logged, not asserted.
 */
async function expectCutShort(path: string, what: string, growthMb: number) {
  const record = sent.find((s) => s.path === path);
  await expect.poll(() => record?.closedEarly).toBe(true);
  expect(record?.bytes ?? 0).toBeLessThan(HUNDRED_MB / 2);
  console.log(
    `100 MB ${what}: refused; server wrote ${((record?.bytes ?? 0) / 1048576).toFixed(1)} MB before the close; RSS growth ${growthMb.toFixed(1)} MB`,
  );
}

const transports: [string, () => LightFetch][] = [
  ['lightGet (operator feeds)', () => lightGet],
  ['httpFetch (the app’s fetch)', () => httpFetch],
  ['fetch (feeds through a proxy: undici)', () => fetch],
  ['pinnedFetch (feeds added from Slack)', () => pinnedFetch()],
];

describe('a 100 MB answer is refused at the 5 MB cap, the connection closed, memory bounded', () => {
  for (const [transport, http] of transports) {
    for (const kind of ['declared', 'chunked', 'endless'] as const) {
      it(`feed, ${kind}, through ${transport}`, async () => {
        const path = `/feed-${kind}-${sent.length}`;
        const { report, store, growthMb } = await poll(`${base}${path}`, http());
        const state = await store.getFeed(`${base}${path}`);
        await store.close();
        expect(state?.lastError).toBe(`body larger than ${DEFAULT_MAX_BYTES} bytes`);
        expect(report.newReadouts).toBe(0);
        await expectCutShort(path, `${kind} feed via ${transport}`, growthMb);
      }, 60_000);

      it(`page, ${kind}, through ${transport}`, async () => {
        const page = `/page-${kind}-${sent.length}`;
        const { store, growthMb } = await poll(`${base}/feed-to${page}`, http());
        const [row] = await store.latestReadouts(5);
        await store.close();
        // The item is kept as a partial readout that names why its page could not be read.
        expect(row?.partial).toBe(true);
        expect(row?.lastPageError).toBe(`body larger than ${DEFAULT_MAX_BYTES} bytes`);
        await expectCutShort(page, `${kind} page via ${transport}`, growthMb);
      }, 60_000);
    }
  }
});
