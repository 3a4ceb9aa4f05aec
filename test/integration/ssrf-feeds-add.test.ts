import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkFeed } from '../../src/feeds/check-feed.js';
import { fetchText } from '../../src/feeds/fetch.js';
import { pinnedFetch } from '../../src/feeds/pinned-fetch.js';
import { blockedAddressReason, guardedFetch } from '../../src/feeds/ssrf.js';

/** What `/readout feeds add` does with a URL, against a loopback server playing the publisher. */
let server: Server;
let port: number;
const hits: string[] = [];
const RSS =
  '<?xml version="1.0"?><rss version="2.0"><channel><title>Public feed</title><link>http://x/</link><description>d</description></channel></rss>';

beforeAll(async () => {
  server = createServer((req, res) => {
    hits.push(req.url ?? '');
    const jump = /^\/to\/(.+)$/.exec(req.url ?? '')?.[1];
    if (jump) {
      res.writeHead(302, { location: decodeURIComponent(jump) });
      res.end();
      return;
    }
    res.writeHead(200, { 'content-type': 'application/rss+xml' });
    res.end(RSS);
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  port = (server.address() as AddressInfo).port;
});

afterAll(async () => {
  server.closeAllConnections();
  await new Promise<void>((r) => server.close(() => r()));
});

/** DNS as an attacker would set it up: a public-looking name and what it resolves to. */
const resolverSaying = (address: string) => async (host: string) =>
  host === 'feeds.gov.example' ? [address] : ['93.184.216.34'];

/** Sends every request to the loopback server whatever the host, so a check that passes is seen there. */
const toLoopback = ((url: string, init?: RequestInit) =>
  fetch(url.replace(/^http:\/\/[^/]+/, `http://127.0.0.1:${port}`), init)) as typeof fetch;

describe('SSRF: a user-added feed cannot reach the app’s own network', () => {
  it('refuses a public-looking name that resolves to 127.0.0.1, before any request', async () => {
    hits.length = 0;
    const check = await checkFeed('http://feeds.gov.example/rss.xml', null, {
      allowPrivateNetworks: false,
      resolve: resolverSaying('127.0.0.1'),
      fetch: toLoopback,
    });
    expect(check).toEqual({
      ok: false,
      reason:
        'refused: feeds.gov.example is 127.0.0.1, a loopback (127.0.0.0/8) address; user-added feeds may only reach public addresses',
    });
    expect(hits).toEqual([]);
  });

  it.each([
    [
      'http://169.254.169.254/latest/meta-data/iam/security-credentials/',
      /cloud metadata \(169\.254\.169\.254\)/,
    ],
    ['http://[::ffff:a9fe:a9fe]/latest/meta-data/', /cloud metadata \(169\.254\.169\.254\)/],
    ['http://[fd00:ec2::254]/latest/meta-data/', /cloud metadata \(fd00:ec2::254\)/],
    ['http://2852039166/latest/meta-data/', /cloud metadata \(169\.254\.169\.254\)/],
    ['http://metadata.internal.example/', /169\.254\.169\.254, a cloud metadata/],
  ])('follows a public feed’s redirect to %s no further', async (target, why) => {
    hits.length = 0;
    const resolve = async (host: string) =>
      host === 'metadata.internal.example' ? ['169.254.169.254'] : ['93.184.216.34'];
    const http = guardedFetch(toLoopback, resolve);
    const result = await fetchText(`http://feeds.gov.example/to/${encodeURIComponent(target)}`, {}, http);
    expect(result).toMatchObject({ status: 'error', reason: expect.stringMatching(why) });
    expect(result.status === 'error' && result.reason).toMatch(/^ERR_SSRF_REFUSED: /);
    // Only the public hop was requested; the metadata address never was.
    expect(hits).toEqual([`/to/${encodeURIComponent(target)}`]);
  });

  it('checks the address a socket connects to, not only the one the check saw (DNS rebinding)', async () => {
    hits.length = 0;
    // The check's resolver answers public; the socket's own lookup of "localhost" finds loopback.
    const http = guardedFetch(pinnedFetch(), async () => ['93.184.216.34']);
    const result = await fetchText(`http://localhost:${port}/rss.xml`, {}, http);
    expect(result).toMatchObject({
      status: 'error',
      reason: expect.stringMatching(/ERR_SSRF_REFUSED: localhost is/),
    });
    expect(hits).toEqual([]);
  });

  it('reaches the loopback server when READOUT_ALLOW_PRIVATE_NETWORKS=1', async () => {
    const check = await checkFeed(`http://127.0.0.1:${port}/rss.xml`, null, { allowPrivateNetworks: true });
    expect(check).toMatchObject({ ok: true, title: 'Public feed' });
  });

  it.each([
    ['::7f00:1', /loopback/],
    ['::ffff:169.254.169.254', /cloud metadata/],
    ['::ffff:a9fe:a9fe', /cloud metadata/],
    ['0.0.0.0', /this network/],
    ['100.100.100.200', /carrier-grade NAT/],
    ['198.18.0.1', /benchmarking/],
    ['239.255.255.250', /multicast/],
    ['240.0.0.1', /reserved/],
    ['64:ff9b::a9fe:a9fe', /cloud metadata/],
    ['2002:a9fe:a9fe::1', /cloud metadata/],
    ['FD00:EC2::254', /cloud metadata/],
  ])('calls %s what it is', (address, why) => {
    expect(blockedAddressReason(address)).toMatch(why);
  });
});
