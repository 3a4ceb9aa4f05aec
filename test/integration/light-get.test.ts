import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { brotliCompressSync, gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fetchText } from '../../src/feeds/fetch.js';

/** The poller's default GET (lightGet, under fetchText) against a loopback publisher. */
let server: Server;
let base: string;
const sockets = new Set<unknown>();

beforeAll(async () => {
  const text = 'Telephone talk — “readout” ✓';
  server = createServer((req, res) => {
    const path = req.url ?? '';
    if (path === '/gzip') {
      res.writeHead(200, { 'content-type': 'text/plain; charset=utf-8', 'content-encoding': 'gzip' });
      res.end(gzipSync(text));
    } else if (path === '/br') {
      res.writeHead(200, { 'content-type': 'text/plain; charset=utf-8', 'content-encoding': 'br' });
      res.end(brotliCompressSync(text));
    } else if (path === '/etag') {
      if (req.headers['if-none-match'] === '"v1"') res.writeHead(304).end();
      else res.writeHead(200, { etag: '"v1"', 'content-type': 'text/plain' }).end('first');
    } else if (path === '/moved') {
      res.writeHead(301, { location: '/etag' }).end('moved');
    } else if (path === '/error') {
      res
        .writeHead(503, { 'retry-after': '120', 'content-type': 'text/html' })
        .end('<p>down</p>'.repeat(5000));
    } else if (path === '/hang') {
      // Headers, then nothing: the timeout must end the body read too.
      res.writeHead(200, { 'content-type': 'text/plain' });
      res.write('partial');
    } else {
      res.writeHead(200, { 'content-type': 'text/plain' }).end(`ua=${req.headers['user-agent']}`);
    }
  });
  server.on('connection', (socket) => sockets.add(socket));
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  server.closeAllConnections();
  await new Promise<void>((r) => server.close(() => r()));
});

describe("the poller's own GET", () => {
  it('decodes gzip and br bodies and names the app', async () => {
    for (const path of ['/gzip', '/br']) {
      const r = await fetchText(`${base}${path}`);
      expect(r.status === 'ok' && r.body).toBe('Telephone talk — “readout” ✓');
    }
    const plain = await fetchText(`${base}/plain`);
    expect(plain.status === 'ok' && plain.body).toMatch(/^ua=Readout\//);
  });

  it('sends validators, reads a 304, and follows a 301 recording where it led', async () => {
    const first = await fetchText(`${base}/etag`);
    expect(first.status === 'ok' && first.etag).toBe('"v1"');
    expect(await fetchText(`${base}/etag`, { etag: '"v1"' })).toMatchObject({ status: 'not_modified' });
    const moved = await fetchText(`${base}/moved`, { etag: '"v1"' });
    expect(moved).toMatchObject({ status: 'not_modified', movedTo: `${base}/etag` });
  });

  it('gives HTTP errors, refused connections and timeouts as readable reasons, and keeps working', async () => {
    expect(await fetchText(`${base}/error`)).toMatchObject({
      status: 'error',
      httpStatus: 503,
      reason: 'HTTP 503 Service Unavailable',
      retryAfter: '120',
    });
    const refused = await fetchText('http://127.0.0.1:9/feed.xml');
    expect(refused).toMatchObject({ status: 'error', httpStatus: null });
    expect(refused.status === 'error' && refused.reason).toMatch(/^ECONNREFUSED/);
    expect(await fetchText(`${base}/hang`, { timeoutMs: 300 })).toMatchObject({
      status: 'error',
      reason: 'timed out',
    });
    // The same client goes on serving after all of that.
    const after = await fetchText(`${base}/plain`);
    expect(after.status).toBe('ok');
  });

  it('keeps one connection for many requests to one publisher', async () => {
    const before = sockets.size;
    for (let i = 0; i < 20; i++) expect((await fetchText(`${base}/plain`)).status).toBe('ok');
    expect(sockets.size - before).toBeLessThanOrEqual(1);
  });
});
