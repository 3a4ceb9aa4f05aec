import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  compileLinkPattern,
  linkPatternProblem,
  parseHtmlIndex,
  readHtmlLinks,
} from '../../../src/feeds/html-index.js';

const dir = join(import.meta.dirname, '../../../fixtures/indexes');
type Expected = { pageUrl: string; pattern: string; title: string; items: { link: string; title: string }[] };

describe('parseHtmlIndex on the fixture index pages', () => {
  const names = readdirSync(dir).filter((f) => f.endsWith('.html'));
  it('has fixtures to read', () => {
    expect(names.length).toBeGreaterThanOrEqual(2);
  });
  it.each(names)('%s gives the expected items', (name) => {
    const expected = JSON.parse(
      readFileSync(join(dir, name.replace(/\.html$/, '.expected.json')), 'utf8'),
    ) as Expected;
    const html = readFileSync(join(dir, name), 'utf8');
    const parsed = parseHtmlIndex(html, expected.pageUrl, expected.pattern);
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    expect(parsed.title).toBe(expected.title);
    expect(parsed.items.map((i) => ({ link: i.link, title: i.title }))).toEqual(expected.items);
    for (const item of parsed.items) {
      // Identity is the canonical URL; an index gives no date (the first poll is a baseline).
      expect(item.guid).toBe(item.link);
      expect(item.publishedAt).toBeNull();
    }
  });
});

describe('parseHtmlIndex', () => {
  const page = 'https://www.mofa.go.jp/a_o/c_m1/cn/index.html';
  const html = `<html><body>
    <a href="pageite_000001_00001.html">First</a>
    <a href="/a_o/c_m1/cn/pageite_000001_00001.html#top">First again</a>
    <a href="https://other.example/a_o/c_m1/cn/pageite_000001_00002.html">Same path, other site</a>
    <a href="/a_o/c_m1/cn/sub/pageite_000001_00003.html">In a sub-folder</a>
    <a href="/a_o/c_m1/cn/pageite_000001_00004.html?lang=en">With a query</a>
    <a href="index.html">This page</a>
  </body></html>`;

  it("matches a path pattern on the page's own site only, one item per URL, fragments dropped", () => {
    const parsed = parseHtmlIndex(html, page, '/a_o/c_m1/cn/*.html');
    expect(parsed.ok && parsed.items.map((i) => [i.link, i.title])).toEqual([
      ['https://www.mofa.go.jp/a_o/c_m1/cn/pageite_000001_00001.html', 'First'],
    ]);
  });

  it('lets `**` cross folders and a query be matched by `*`', () => {
    const parsed = parseHtmlIndex(html, page, '/a_o/c_m1/cn/**pageite_*');
    expect(parsed.ok && parsed.items.map((i) => i.link)).toEqual([
      'https://www.mofa.go.jp/a_o/c_m1/cn/pageite_000001_00001.html',
      'https://www.mofa.go.jp/a_o/c_m1/cn/sub/pageite_000001_00003.html',
      'https://www.mofa.go.jp/a_o/c_m1/cn/pageite_000001_00004.html?lang=en',
    ]);
  });

  it('matches a whole-URL pattern on any site, its scheme and host in any case', () => {
    const parsed = parseHtmlIndex(html, page, 'HTTPS://Other.Example/**');
    expect(parsed.ok && parsed.items.map((i) => i.link)).toEqual([
      'https://other.example/a_o/c_m1/cn/pageite_000001_00002.html',
    ]);
  });

  it('never matches the index page itself, and gives no items when nothing matches', () => {
    const self = parseHtmlIndex(html, page, '/a_o/c_m1/cn/index.html');
    expect(self).toEqual({ ok: true, title: null, items: [] });
  });

  it('refuses a page that is not HTML and a pattern it cannot use', () => {
    expect(parseHtmlIndex('{"json": true}', page, '/x/*')).toEqual({ ok: false, reason: 'not an HTML page' });
    expect(parseHtmlIndex(html, page, 'pageite_*')).toMatchObject({ ok: false, reason: /starts with `\/`/ });
  });
});

describe('linkPatternProblem and compileLinkPattern', () => {
  it.each([
    ['/na/na1/us/page*.html', null],
    ['https://www.mofa.go.jp/press/release/**', null],
    ['', /empty/],
    ['na/na1/us/*', /starts with `\/`/],
    ['//www.mofa.go.jp/x', /single `\/`/],
    ['ftp://x/y', /starts with `\/`/],
    ['https://*.example/x', /starts with `\/`/],
    ['/a/***', /`\*\*\*`/],
    [`/${'a'.repeat(400)}`, /longer than/],
  ])('%s → %s', (pattern, problem) => {
    const found = linkPatternProblem(pattern);
    if (problem === null) expect(found).toBeNull();
    else expect(found).toMatch(problem);
  });

  it('takes regex characters in a pattern literally', () => {
    const p = compileLinkPattern('/press/(a)+.html', 'https://x.example/');
    expect(p.matches(new URL('https://x.example/press/(a)+.html'))).toBe(true);
    expect(p.matches(new URL('https://x.example/press/aa.html'))).toBe(false);
  });
});

describe('readHtmlLinks', () => {
  it('honours <base href>, reads image alt text and feed alternates, skips scripts', () => {
    const index = readHtmlLinks(
      `<html><head><base href="https://mirror.example/en/"><title> A
       title </title><link rel="alternate" type="application/atom+xml" href="feed.atom"></head>
       <body><script>document.write('<a href="/x">x</a>')</script><a href="p.html"><img alt="Photo"></a></body></html>`,
      'https://origin.example/index.html',
    );
    expect(index).toEqual({
      title: 'A title',
      links: [{ url: 'https://mirror.example/en/p.html', text: 'Photo' }],
      alternates: ['https://mirror.example/en/feed.atom'],
    });
  });
});
