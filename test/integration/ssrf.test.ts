import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fetchText } from '../../src/feeds/fetch.js';
import { pinnedFetch } from '../../src/feeds/pinned-fetch.js';
import { guardedFetch } from '../../src/feeds/ssrf.js';

let server: Server;
let port: number;

beforeAll(async () => {
  server = createServer((req, res) => {
    if (req.url === '/jump') {
      res.writeHead(302, { location: 'http://internal.example/secret' });
      res.end();
    } else if (req.url === '/gzip') {
      res.writeHead(200, { 'content-type': 'application/rss+xml', 'content-encoding': 'gzip', etag: '"v1"' });
      res.end(gzipSync('<rss version="2.0"><channel><title>zipped</title></channel></rss>'));
    } else if (req.url === '/hang') {
      // Never answers: the client's timeout must end the request.
    } else {
      res.writeHead(200, { 'content-type': 'text/plain' });
      res.end(`ok ${req.headers['user-agent'] ?? ''}`);
    }
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  port = (server.address() as AddressInfo).port;
});

afterAll(async () => {
  server.closeAllConnections();
  await new Promise<void>((r) => server.close(() => r()));
});

describe('guardedFetch', () => {
  it('re-checks every redirect hop fetchText follows and refuses one that leads to a private address', async () => {
    // The resolver calls "public.example" public; the transport sends it to the loopback server.
    const asked: string[] = [];
    const resolve = async (host: string) => {
      asked.push(host);
      return host === 'public.example' ? ['93.184.216.34'] : ['192.168.0.10'];
    };
    const transport = ((url: string, init?: RequestInit) =>
      fetch(url.replace('public.example', `127.0.0.1:${port}`), init)) as typeof fetch;
    const http = guardedFetch(transport, resolve);
    expect(await fetchText('http://public.example/plain', {}, http)).toMatchObject({
      status: 'ok',
      body: expect.stringMatching(/^ok/),
    });
    expect(await fetchText('http://public.example/jump', {}, http)).toMatchObject({
      status: 'error',
      reason: expect.stringMatching(/^ERR_SSRF_REFUSED: .*192\.168\.0\.10, a private/),
    });
    expect(asked).toEqual(['public.example', 'public.example', 'internal.example']);
  });
});

describe('pinnedFetch', () => {
  it('refuses at connect time a name that resolves to loopback, whatever an earlier check said (rebinding)', async () => {
    // The check's resolver is told "public"; the socket's own lookup sees 127.0.0.1 / ::1.
    const http = guardedFetch(pinnedFetch(), async () => ['93.184.216.34']);
    const result = await fetchText(`http://localhost:${port}/plain`, {}, http);
    expect(result).toMatchObject({
      status: 'error',
      reason: expect.stringMatching(/^ERR_SSRF_REFUSED: localhost is (127\.0\.0\.1|::1), a loopback/),
    });
  });

  it('reads a body (gzip decoded), its status, headers and URL, as fetch would', async () => {
    // An IP literal skips the socket's lookup: checking literals is checkTarget's part.
    const result = await fetchText(`http://127.0.0.1:${port}/gzip`, {}, pinnedFetch());
    expect(result).toMatchObject({
      status: 'ok',
      httpStatus: 200,
      body: '<rss version="2.0"><channel><title>zipped</title></channel></rss>',
      contentType: 'application/rss+xml',
      etag: '"v1"',
      finalUrl: `http://127.0.0.1:${port}/gzip`,
    });
    const plain = await fetchText(`http://127.0.0.1:${port}/plain`, {}, pinnedFetch());
    expect(plain).toMatchObject({ status: 'ok', body: expect.stringMatching(/^ok Readout\//) });
  });

  it('ends a request that gets no answer when the timeout fires', async () => {
    const result = await fetchText(`http://127.0.0.1:${port}/hang`, { timeoutMs: 300 }, pinnedFetch());
    expect(result).toEqual({ status: 'error', httpStatus: null, reason: 'timed out' });
  });
});
