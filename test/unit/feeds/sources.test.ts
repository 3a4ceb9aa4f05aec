import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import pino from 'pino';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { pollFeeds } from '../../../src/feeds/poll.js';
import { feedsToPoll, xmlFeedKind } from '../../../src/feeds/sources.js';
import type { Store } from '../../../src/store/index.js';
import { openSqliteStore } from '../../../src/store/sqlite.js';

const indexes = join(import.meta.dirname, '../../../fixtures/indexes');
const mofaPage = readFileSync(
  join(import.meta.dirname, '../../../fixtures/pages/mofa/2021-10-05-japan-us-telephone-numbered.html'),
  'utf8',
);
const INDEX = 'https://www.mofa.go.jp/na/na1/us/index.html';
const PATTERN = '/na/na1/us/page*.html';
const logger = pino({ level: 'silent' });

describe('xmlFeedKind', () => {
  it.each([
    ['<?xml version="1.0"?>\n<!-- a comment --><rss version="2.0"><channel/></rss>', 'rss'],
    [
      '<?xml version="1.0"?><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#"></rdf:RDF>',
      'rdf',
    ],
    ['<feed xmlns="http://www.w3.org/2005/Atom"></feed>', 'atom'],
    ['<!DOCTYPE html><html><body><rss></rss></body></html>', null],
    ['not xml at all', null],
  ])('%s → %s', (body, kind) => {
    expect(xmlFeedKind(body)).toBe(kind);
  });
});

describe('polling an HTML index added from Slack', () => {
  let store: Store;
  let now: Date;
  let indexHtml: string;
  const requests: string[] = [];
  const http = (async (input: string | URL | Request) => {
    const url = String(input);
    requests.push(url);
    if (url === INDEX) return new Response(indexHtml, { headers: { 'content-type': 'text/html' } });
    if (url.startsWith('https://www.mofa.go.jp/na/na1/us/page'))
      return new Response(mofaPage, { headers: { 'content-type': 'text/html' } });
    return new Response('not found', { status: 404 });
  }) as typeof fetch;

  beforeEach(async () => {
    now = new Date('2026-11-27T10:00:00Z');
    store = openSqliteStore(':memory:', () => now);
    indexHtml = readFileSync(join(indexes, 'mofa-relations-us.html'), 'utf8');
    requests.length = 0;
    await store.addFeedSource({ url: INDEX, kind: 'html', linkPattern: PATTERN, title: null, addedBy: 'U1' });
  });
  afterEach(async () => {
    await store.close();
  });

  const pollOnce = async () => {
    const sources = await feedsToPoll(['https://operator.example/feed.xml'], store, {
      fetch: http,
      allowPrivateNetworks: true,
    });
    return pollFeeds({
      store,
      logger,
      feeds: sources.urls,
      linkPatterns: sources.linkPatterns,
      fetchFor: sources.fetchFor,
      channels: ['CALL'],
      firstPollDays: 7,
      fetch: http,
      clock: () => now,
    });
  };

  it('stores the links there at the first poll without posting, then posts each new link once', async () => {
    const first = await pollOnce();
    expect(first.feeds.map((f) => [f.feedUrl, f.status, f.items])).toEqual([
      ['https://operator.example/feed.xml', 'error', 0],
      [INDEX, 'ok', 7],
    ]);
    expect(first.newReadouts).toBe(7);
    expect(first.postsPlanned).toBe(0);
    expect(await store.listFeedContent()).toEqual([
      {
        url: INDEX,
        kind: 'html',
        title: 'Japan-United States of America Relations | Ministry of Foreign Affairs of Japan',
        items: 7,
        seenAt: '2026-11-27T10:00:00.000Z',
        // The first read starts the quiet-spell clock of a catalogue source.
        newItemAt: '2026-11-27T10:00:00.000Z',
      },
    ]);

    now = new Date('2026-11-27T10:10:00Z');
    indexHtml = indexHtml.replace(
      '<ul class="link-list">\n    <li><span class="date">November 24, 2026</span>',
      '<ul class="link-list">\n    <li><a href="/na/na1/us/pageite_000001_01330.html">Japan-U.S. Summit Video Conference</a></li>\n    <li><span class="date">November 24, 2026</span>',
    );
    const second = await pollOnce();
    expect(second.newReadouts).toBe(1);
    expect(second.postsPlanned).toBe(1);
    const stored = await store.findReadout(
      INDEX,
      'https://www.mofa.go.jp/na/na1/us/pageite_000001_01330.html',
    );
    expect(stored?.announce).toBe(true);
    expect(stored?.itemTitle).toBe('Japan-U.S. Summit Video Conference');
    expect((await store.countReadoutsByFeed())[INDEX]).toBe(8);

    const third = await pollOnce();
    expect(third.newReadouts).toBe(0);
  });

  it('stops polling a removed source; its readouts stay', async () => {
    await pollOnce();
    expect(await store.removeFeedSource(INDEX)).toBe(true);
    requests.length = 0;
    const after = await pollOnce();
    expect(after.feeds.map((f) => f.feedUrl)).toEqual(['https://operator.example/feed.xml']);
    expect(requests).not.toContain(INDEX);
    expect((await store.countReadoutsByFeed())[INDEX]).toBe(7);
  });

  it('refuses a private address for a Slack-added feed but trusts the operator feeds', async () => {
    await store.addFeedSource({
      url: 'http://127.0.0.1:8080/feed.xml',
      kind: 'rss',
      linkPattern: null,
      title: null,
      addedBy: 'U1',
    });
    const sources = await feedsToPoll(['http://127.0.0.1:9090/operator.xml'], store, { fetch: http });
    const report = await pollFeeds({
      store,
      logger,
      feeds: sources.urls.filter((u) => u !== INDEX),
      fetchFor: sources.fetchFor,
      channels: [],
      firstPollDays: 7,
      fetch: http,
      clock: () => now,
    });
    expect(report.feeds.map((f) => [f.feedUrl, f.reason])).toEqual([
      ['http://127.0.0.1:9090/operator.xml', 'HTTP 404'],
      [
        'http://127.0.0.1:8080/feed.xml',
        expect.stringMatching(/ERR_SSRF_REFUSED: 127\.0\.0\.1 is a loopback/),
      ],
    ]);
    expect(requests).toEqual(['http://127.0.0.1:9090/operator.xml']);
  });
});
