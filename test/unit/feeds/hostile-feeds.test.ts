import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { decodeBody } from '../../../src/feeds/fetch.js';
import { parseFeed } from '../../../src/feeds/parse-feed.js';

const dir = join(import.meta.dirname, '../../../fixtures/feeds/hostile');
type Expected = { items: { title: string | null; link: string | null }[] } | { refused: string };
const expected: Record<string, Expected> = JSON.parse(readFileSync(join(dir, 'expected.json'), 'utf8'));
const feeds = readdirSync(dir).filter((name) => name !== 'expected.json' && name !== 'README.md');
const read = async (name: string) =>
  parseFeed(
    decodeBody(new Uint8Array(readFileSync(join(dir, name))), null),
    'https://feeds.example/feed.xml',
  );

describe('our hostile feeds (fixtures/feeds/hostile): each is read or refused with a reason, never thrown', () => {
  it('has an expectation for every feed and a feed for every expectation', () => {
    expect(feeds.length).toBeGreaterThanOrEqual(30);
    expect(feeds.sort()).toEqual(Object.keys(expected).sort());
  });

  for (const name of feeds) {
    it(name, async () => {
      const want = expected[name];
      const got = await read(name);
      if (want && 'refused' in want) {
        expect(got.ok).toBe(false);
        expect(!got.ok && got.reason).toMatch(new RegExp(`^${want.refused}`));
        expect(!got.ok && got.reason.trim().length).toBeGreaterThan(want.refused.length);
      } else {
        expect(got.ok && got.items.map(({ title, link }) => ({ title, link }))).toEqual(want?.items);
      }
    });
  }

  it('never expands an entity bomb nor reads a file an external entity names', async () => {
    for (const name of ['entities-billion-laughs.xml', 'entities-external-entity.xml']) {
      const got = await read(name);
      expect(JSON.stringify(got)).not.toMatch(/laugh laugh|root:/);
      expect(got.ok).toBe(false);
    }
  });

  it('reads a feed labelled ISO-8859-1 that is really UTF-8 as UTF-8, and true Latin-1 as Latin-1', async () => {
    const mislabelled = await read('encoding-mislabelled-utf8-as-latin1.xml');
    const latin1 = await read('encoding-latin1-declared.xml');
    expect(mislabelled.ok && mislabelled.items[0]?.title).toBe('Tête-à-tête in Zürich');
    expect(latin1.ok && latin1.items[0]?.title).toBe('Réunion au sommet avec le Président');
  });

  it('keeps an & inside CDATA as text while escaping a bare one outside it', async () => {
    const xml =
      '<rss version="2.0"><channel><title>A & B</title><item><title><![CDATA[Q&A &amp; more]]></title><link>https://a.example/1?x=1&y=2</link></item></channel></rss>';
    const got = await parseFeed(xml, 'https://a.example/');
    expect(got.ok && [got.title, got.items[0]?.title, got.items[0]?.link]).toEqual([
      'A & B',
      'Q&A &amp; more',
      'https://a.example/1?x=1&y=2',
    ]);
  });
});
