import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeBody } from '../../../src/feeds/fetch.js';
import { type FeedParse, parseFeed } from '../../../src/feeds/parse-feed.js';

const demo = readFileSync(join(import.meta.dirname, '../../../fixtures/feeds/demo.xml'), 'utf8').replaceAll(
  '{{BASE}}',
  'https://feeds.example',
);

/** The one promise of the feed layer: an answer, never a throw; a refusal always says why. */
async function check(xml: string): Promise<FeedParse> {
  const feed = await parseFeed(xml, 'https://feeds.example/feed.xml');
  if (feed.ok) {
    for (const item of feed.items) {
      for (const value of [item.guid, item.link, item.title, item.summary, item.publishedAt])
        if (value !== null && typeof value !== 'string')
          throw new Error(`non-string field in ${xml.slice(0, 200)}`);
      if (item.link !== null && !/^[a-z][a-z0-9+.-]*:/i.test(item.link))
        throw new Error(`relative link ${item.link}`);
      if (item.publishedAt !== null && Number.isNaN(Date.parse(item.publishedAt)))
        throw new Error(`bad date ${item.publishedAt}`);
    }
  } else if (feed.reason.trim() === '') {
    throw new Error(`refused without a reason: ${xml.slice(0, 200)}`);
  }
  return feed;
}

/** Pieces of markup that break feeds in the ways real ones break. */
const breakage = fc.constantFrom(
  '<',
  '>',
  '&',
  '&amp',
  '&#xD800;',
  '&nbsp;',
  ']]>',
  '<![CDATA[',
  '<!DOCTYPE rss [<!ENTITY x "y">]>',
  '</channel>',
  '<item>',
  '</item></item>',
  '<rss version="2.0">',
  '\u0000',
  '\uFEFF',
  '<?xml version="1.0" encoding="Shift_JIS"?>',
  '<link>javascript:alert(1)</link>',
  '<pubDate>32 Foo 99999 25:61:00 XYZ</pubDate>',
  '<guid></guid>',
);

describe('parseFeed under fuzzing (fast-check)', () => {
  it('answers any text with a feed or a reason', async () => {
    await fc.assert(
      fc.asyncProperty(fc.string({ unit: 'binary', maxLength: 2000 }), async (text) => {
        await check(text);
      }),
      { numRuns: 300 },
    );
  });

  it('answers a real feed cut, spliced and salted with broken markup', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.tuple(fc.nat(demo.length), fc.nat(200), breakage), { minLength: 1, maxLength: 6 }),
        async (edits) => {
          let xml = demo;
          for (const [at, cut, insert] of edits) {
            const i = Math.min(at, xml.length);
            xml = xml.slice(0, i) + insert + xml.slice(i + cut);
          }
          await check(xml);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('answers arbitrary bytes in any declared charset', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.uint8Array({ maxLength: 1500 }),
        fc.constantFrom('utf-8', 'shift_jis', 'euc-jp', 'windows-1252', 'utf-16le', 'x-unknown'),
        async (bytes, charset) => {
          await check(decodeBody(bytes, `application/rss+xml; charset=${charset}`));
        },
      ),
      { numRuns: 200 },
    );
  });

  it('keeps every item of the untouched feed, so the fuzzing starts from a feed that reads', async () => {
    const feed = await check(demo);
    expect(feed.ok && feed.items.length).toBe(15);
  });

  it('does not expand nested entity declarations (a "billion laughs" feed is refused at once)', async () => {
    let entities = '<!ENTITY l0 "lollollol">';
    for (let i = 1; i < 10; i++) entities += `<!ENTITY l${i} "${`&l${i - 1};`.repeat(10)}">`;
    const bomb = `<?xml version="1.0"?><!DOCTYPE rss [${entities}]><rss version="2.0"><channel><title>&l9;</title>
      <item><title>&l9;</title><link>https://feeds.example/1</link></item></channel></rss>`;
    const feed = await check(bomb);
    expect(JSON.stringify(feed).length).toBeLessThan(10_000);
  });
});
