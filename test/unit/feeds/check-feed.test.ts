import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkFeed, looksLikeReadout } from '../../../src/feeds/check-feed.js';

const indexes = join(import.meta.dirname, '../../../fixtures/indexes');
const relationsPage = readFileSync(join(indexes, 'mofa-relations-us.html'), 'utf8');

const rss = (items: [string, string][]) =>
  `<?xml version="1.0"?><rss version="2.0"><channel><title>Speeches &amp; Statements</title><link>https://pm.example/</link><description>d</description>${items
    .map(
      ([title, date]) =>
        `<item><title>${title}</title><link>https://pm.example/${encodeURIComponent(title)}</link><pubDate>${new Date(date).toUTCString()}</pubDate></item>`,
    )
    .join('')}</channel></rss>`;

/** A fetch that answers from a table, as the network would (no socket opened). */
const answering = (
  table: Record<string, { status?: number; body?: string; type?: string; location?: string }>,
) =>
  (async (input: string | URL | Request) => {
    const url = String(input);
    const route = table[url];
    if (!route) return new Response('not found', { status: 404 });
    const headers: Record<string, string> = { 'content-type': route.type ?? 'text/html; charset=utf-8' };
    if (route.location) headers.location = route.location;
    return new Response(route.body ?? '', { status: route.status ?? 200, headers });
  }) as typeof fetch;

const publicDns = async () => ['93.184.216.34'];
const options = (table: Parameters<typeof answering>[0]) => ({
  allowPrivateNetworks: false,
  fetch: answering(table),
  resolve: publicDns,
});

describe('checkFeed', () => {
  it('reports an RSS feed: title, item count, the newest item and how many look like readouts', async () => {
    const body = rss([
      ['Prime Minister holds a telephone talk with the President of Chile', '2026-11-18T09:00:00Z'],
      ['Japan-Chile Summit Meeting', '2026-11-20T09:00:00Z'],
      ['Cabinet reshuffle announced', '2026-11-19T09:00:00Z'],
    ]);
    const check = await checkFeed(
      'https://pm.example/feed.xml',
      null,
      options({ 'https://pm.example/feed.xml': { body, type: 'application/rss+xml' } }),
    );
    expect(check).toEqual({
      ok: true,
      kind: 'rss',
      title: 'Speeches & Statements',
      items: 3,
      newest: { title: 'Japan-Chile Summit Meeting', date: '2026-11-20' },
      readoutLike: 2,
      linkPattern: null,
    });
  });

  it('reads an HTML index page with a link pattern', async () => {
    const url = 'https://www.mofa.go.jp/na/na1/us/index.html';
    const check = await checkFeed(url, '/na/na1/us/page*.html', options({ [url]: { body: relationsPage } }));
    expect(check).toMatchObject({
      ok: true,
      kind: 'html',
      items: 7,
      newest: { title: 'Japan-U.S. Summit Telephone Talk', date: null },
    });
    expect(check.ok && check.readoutLike).toBe(5);
  });

  it('explains each way a URL can fail', async () => {
    const url = 'https://www.mofa.go.jp/na/na1/us/index.html';
    const cases: [Parameters<typeof answering>[0], string | null, RegExp][] = [
      [
        { [url]: { status: 403, body: 'Access Denied' } },
        null,
        /HTTP 403 Forbidden: the publisher blocks this app’s address/,
      ],
      [{ [url]: { status: 500 } }, null, /HTTP 500/],
      [{}, null, /HTTP 404/],
      [
        { [url]: { body: relationsPage } },
        null,
        /an HTML page, not a feed\. To read it as an index of links, add a link pattern, e\.g\. `links:\/na\/na1\/us\/\*\.html`/,
      ],
      [
        { [url]: { body: relationsPage } },
        '/press/nothing/*.html',
        /no link on the page matches `\/press\/nothing\/\*\.html` \(it has \d+ links, e\.g\. `\/na\/na1\/us\/pageite_000001_01312\.html`/,
      ],
      [
        { [url]: { body: '<?xml version="1.0"?><rss version="2.0"><channel><title>x</title><item>' } },
        null,
        /not a readable feed \(invalid XML/,
      ],
      [
        { [url]: { body: rss([]), type: 'application/rss+xml' } },
        '/x/*',
        /RSS feed, not an HTML page: add it without `links:`/,
      ],
      [
        { [url]: { body: '{"items": []}', type: 'application/json' } },
        null,
        /neither a feed .* nor an HTML page \(content type application\/json\)/,
      ],
    ];
    for (const [table, pattern, reason] of cases) {
      const check = await checkFeed(url, pattern, options(table));
      expect(check.ok, String(reason)).toBe(false);
      if (!check.ok) expect(check.reason).toMatch(reason);
    }
  });

  it('points to the feed an HTML page declares', async () => {
    const url = 'https://www.mofa.go.jp/press/release/index.html';
    const body = readFileSync(join(indexes, 'mofa-press-releases.html'), 'utf8');
    const check = await checkFeed(url, null, options({ [url]: { body } }));
    expect(check).toMatchObject({
      ok: false,
      reason: expect.stringContaining(
        'The page names a feed: https://www.mofa.go.jp/rss/whats-new-fixture.rdf',
      ),
    });
  });

  it('refuses private addresses before fetching, and a redirect to one', async () => {
    let fetched = 0;
    const counting = (async () => {
      fetched++;
      return new Response('', {
        status: 302,
        headers: { location: 'http://169.254.169.254/latest/meta-data/' },
      });
    }) as unknown as typeof fetch;
    const direct = await checkFeed('http://localhost:3000/feed.xml', null, {
      allowPrivateNetworks: false,
      fetch: counting,
      resolve: async () => ['127.0.0.1'],
    });
    expect(direct).toEqual({
      ok: false,
      reason: expect.stringMatching(/^refused: localhost is 127\.0\.0\.1, a loopback/),
    });
    expect(fetched).toBe(0);
    const redirected = await checkFeed('https://pm.example/feed.xml', null, {
      allowPrivateNetworks: false,
      fetch: counting,
      resolve: publicDns,
    });
    expect(redirected).toEqual({
      ok: false,
      reason: expect.stringMatching(/^refused after a redirect: 169\.254\.169\.254 is a cloud metadata/),
    });
    expect(fetched).toBe(1);
  });

  it('lets private addresses through when READOUT_ALLOW_PRIVATE_NETWORKS=1', async () => {
    const check = await checkFeed('http://127.0.0.1:9/feed.xml', null, {
      allowPrivateNetworks: true,
      fetch: answering({ 'http://127.0.0.1:9/feed.xml': { body: rss([]), type: 'application/rss+xml' } }),
    });
    expect(check).toMatchObject({ ok: true, kind: 'rss', items: 0, newest: null });
  });
});

describe('looksLikeReadout', () => {
  it.each([
    ['Japan-U.S. Summit Telephone Talk', true],
    ['Courtesy Call on the Prime Minister by the Governor of Hawaii', true],
    ['Readout of the Secretary’s Call with the Foreign Minister of Japan', true],
    ['Emergency Grant Aid for flood victims', false],
    [null, false],
  ])('%s → %s', (title, expected) => {
    expect(looksLikeReadout(title)).toBe(expected);
  });
});
