import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { gzipSync } from 'node:zlib';
import { WebClient } from '@slack/web-api';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { httpFetch } from '../../src/app/http-fetch.js';
import { freePort } from '../helpers/app-process.js';

/**
 * The app's fetch on node:http (feeds, pages, the Slack Web API, response URLs) against a
 * loopback server that records what it was sent: what the app and the Slack SDK use of fetch
 * behaves as fetch does.
 */
type Seen = { method: string; path: string; headers: IncomingMessage['headers']; body: string };
let server: Server;
let other: Server;
let base: string;
let otherBase: string;
const seen: Seen[] = [];

function record(req: IncomingMessage): Promise<Seen> {
  return new Promise((resolve) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const s = {
        method: req.method ?? '',
        path: req.url ?? '',
        headers: req.headers,
        body: Buffer.concat(chunks).toString(),
      };
      seen.push(s);
      resolve(s);
    });
  });
}

beforeAll(async () => {
  server = createServer(async (req, res) => {
    const s = await record(req);
    const path = s.path;
    if (path === '/gzip') {
      res.writeHead(200, { 'content-type': 'text/plain', 'content-encoding': 'gzip', 'x-two': ['a', 'b'] });
      res.end(gzipSync('hello, decoded'));
    } else if (path === '/304') {
      res.writeHead(304, { etag: '"v1"' });
      res.end();
    } else if (path === '/echo') {
      res.writeHead(201, 'Made', { 'content-type': 'application/json' });
      res.end(JSON.stringify({ method: s.method, body: s.body, type: s.headers['content-type'] ?? null }));
    } else if (path.startsWith('/redirect/')) {
      const [, , status, ...rest] = path.split('/');
      res.writeHead(Number(status), { location: decodeURIComponent(rest.join('/')) });
      res.end();
    } else if (path === '/hang') {
      // Never answers.
    } else if (path === '/api/auth.test') {
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ ok: true, user_id: 'U1', auth: s.headers.authorization, body: s.body }));
    } else {
      res.writeHead(404);
      res.end('no');
    }
  });
  other = createServer(async (req, res) => {
    const s = await record(req);
    res.writeHead(200, { 'content-type': 'application/json' });
    res.end(JSON.stringify({ authorization: s.headers.authorization ?? null }));
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  await new Promise<void>((r) => other.listen(0, '127.0.0.1', r));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  // localhost, not 127.0.0.1: another origin.
  otherBase = `http://localhost:${(other.address() as AddressInfo).port}`;
});

afterAll(async () => {
  for (const s of [server, other]) {
    s.closeAllConnections();
    await new Promise<void>((r) => s.close(() => r()));
  }
});

describe('httpFetch', () => {
  it('reads a gzip body decoded, with status, headers and URL', async () => {
    const response = await httpFetch(`${base}/gzip`);
    expect(response.status).toBe(200);
    expect(response.ok).toBe(true);
    expect(response.url).toBe(`${base}/gzip`);
    expect(response.redirected).toBe(false);
    expect(response.headers.get('content-type')).toBe('text/plain');
    expect(response.headers.get('x-two')).toBe('a, b');
    expect(await response.text()).toBe('hello, decoded');
    expect(seen.at(-1)?.headers['accept-encoding']).toContain('gzip');
  });

  it('gives a 304 without a body', async () => {
    const response = await httpFetch(`${base}/304`, { headers: { 'if-none-match': '"v1"' } });
    expect(response.status).toBe(304);
    expect(response.body).toBeNull();
    expect(seen.at(-1)?.headers['if-none-match']).toBe('"v1"');
  });

  it('sends string, form and multipart bodies with the content type fetch gives them', async () => {
    const json = await httpFetch(`${base}/echo`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{"text":"hi ü"}',
    });
    expect(json.status).toBe(201);
    expect(json.statusText).toBe('Made');
    expect(await json.json()).toEqual({ method: 'POST', body: '{"text":"hi ü"}', type: 'application/json' });
    expect(seen.at(-1)?.headers['content-length']).toBe(String(Buffer.byteLength('{"text":"hi ü"}')));

    const form = await httpFetch(`${base}/echo`, { method: 'POST', body: new URLSearchParams({ a: '1 2' }) });
    expect(await form.json()).toEqual({
      method: 'POST',
      body: 'a=1+2',
      type: 'application/x-www-form-urlencoded;charset=UTF-8',
    });

    const data = new FormData();
    data.set('file', new Blob(['bytes']), 'f.txt');
    const multipart = (await (await httpFetch(`${base}/echo`, { method: 'POST', body: data })).json()) as {
      body: string;
      type: string;
    };
    expect(multipart.type).toMatch(/^multipart\/form-data; boundary=/);
    expect(multipart.body).toContain('filename="f.txt"');
    expect(multipart.body).toContain('bytes');
  });

  it('follows redirects: a 302 turns a POST into a GET, a 307 keeps it, another origin gets no credentials', async () => {
    const to = (status: number, target: string) => `${base}/redirect/${status}/${encodeURIComponent(target)}`;
    const after302 = await httpFetch(to(302, '/echo'), { method: 'POST', body: 'x' });
    expect(after302.redirected).toBe(true);
    expect(after302.url).toBe(`${base}/echo`);
    expect(await after302.json()).toEqual({ method: 'GET', body: '', type: null });

    const after307 = await httpFetch(to(307, '/echo'), { method: 'POST', body: 'kept' });
    expect(await after307.json()).toEqual({ method: 'POST', body: 'kept', type: 'text/plain;charset=UTF-8' });

    const away = await httpFetch(to(301, `${otherBase}/`), { headers: { authorization: 'Bearer xoxb-1' } });
    expect(await away.json()).toEqual({ authorization: null });
  });

  it("returns a redirect as it is with redirect: 'manual' and refuses it with redirect: 'error'", async () => {
    const target = `${base}/redirect/301/${encodeURIComponent('/echo')}`;
    const manual = await httpFetch(target, { redirect: 'manual' });
    expect(manual.status).toBe(301);
    expect(manual.headers.get('location')).toBe('/echo');
    const refused = await httpFetch(target, { redirect: 'error' }).catch((e: unknown) => e);
    expect(refused).toBeInstanceOf(TypeError);
  });

  it('rejects as fetch does: a TypeError with the socket error as cause, the reason of an abort', async () => {
    const port = await freePort();
    const refused = (await httpFetch(`http://127.0.0.1:${port}/`).catch((e: unknown) => e)) as TypeError;
    expect(refused).toBeInstanceOf(TypeError);
    expect((refused.cause as { code?: string }).code).toBe('ECONNREFUSED');

    const timedOut = (await httpFetch(`${base}/hang`, { signal: AbortSignal.timeout(200) }).catch(
      (e: unknown) => e,
    )) as Error;
    expect(timedOut.name).toBe('TimeoutError');
  });

  it("carries the Slack SDK's Web API calls (WebClient's fetch option)", async () => {
    const client = new WebClient('xoxb-test', { slackApiUrl: `${base}/api/`, fetch: httpFetch });
    const answer = await client.auth.test();
    expect(answer.ok).toBe(true);
    expect((answer as { auth?: string }).auth).toBe('Bearer xoxb-test');
    expect(seen.at(-1)?.method).toBe('POST');
  });
});
