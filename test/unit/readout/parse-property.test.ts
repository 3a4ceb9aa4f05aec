import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv } from 'ajv';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { loadFixtures } from '../../../src/eval/fixtures.js';
import { parseReadout } from '../../../src/readout/parse/index.js';

const schema = JSON.parse(
  readFileSync(join(import.meta.dirname, '../../../schema/readout.schema.json'), 'utf8'),
);
const validate = new Ajv({ strict: false, allErrors: true }).compile(schema);
const fixtures = loadFixtures();

/** Parses and checks the one promise: no throw, and output that follows the schema. */
function check(content: string, url?: string | null, published?: string | null): void {
  const r = parseReadout({ content, url: url ?? null, published: published ?? null });
  const ok = validate(r);
  if (!ok)
    throw new Error(
      `schema: ${JSON.stringify(validate.errors)} for ${JSON.stringify(content.slice(0, 200))}`,
    );
}

/** Words that steer the parser into its interesting branches. */
const readoutWords = fc.constantFrom(
  'On March 9,',
  'On Monday, June 14th, 2021,',
  'commencing at shortly after 8:50 a.m.',
  'from 16:46 a.m.',
  '0:10 p.m.',
  '(local time; 7:25 p.m. JST)',
  '(5:00 p.m. on May 23, local time)',
  'for approximately 30 minutes',
  'for the total of one hour and 45 minutes',
  'Mr. KISHIDA Fumio, Prime Minister of Japan,',
  'The Prime Minister',
  'held a telephone talk with',
  'paid a courtesy call on',
  'H.E. Mr.',
  'the Honorable Joseph R. Biden, Jr., President of the United States of America.',
  'The overview is as follows.',
  '1.',
  '(1)',
  '•',
  '- ',
  '[Reference]',
  'Back to Japan-U.S. Relations',
  'today',
  'yesterday',
  '26 May 2020',
  '\n',
  '\n\n',
);

const text = fc
  .array(fc.oneof(readoutWords, fc.string({ maxLength: 30 }), fc.string({ unit: 'binary', maxLength: 10 })), {
    maxLength: 60,
  })
  .map((parts) => parts.join(' '));

const tag = fc.constantFrom(
  'div',
  'p',
  'li',
  'ol',
  'ul',
  'h1',
  'span',
  'br',
  'main',
  'article',
  'section',
  'table',
  'td',
  'script',
  'nav',
);
const attrs = fc.constantFrom(
  '',
  ' id="maincontents"',
  ' class="social-btn-top"',
  ' id="contents"',
  ' role="main"',
  ' start="3"',
);
const html: fc.Arbitrary<string> = fc
  .letrec<{ node: string }>((tie) => ({
    node: fc.oneof(
      { depthSize: 'small', withCrossShrink: true },
      text,
      fc
        .tuple(tag, attrs, fc.array(tie('node'), { maxLength: 5 }))
        .map(([t, a, kids]) => `<${t}${a}>${kids.join('')}</${t}>`),
      fc.tuple(tag, text).map(([t, s]) => `<${t}>${s}`),
    ),
  }))
  .node.map(
    (body) =>
      `<html><head><meta property="og:url" content="https://www.mofa.go.jp/x.html"></head><body>${body}</body></html>`,
  );

describe('parseReadout on arbitrary input (fast-check)', () => {
  it('never throws on arbitrary text, and its output follows readout.schema.json', () => {
    fc.assert(
      fc.property(
        text,
        fc.option(fc.webUrl()),
        fc.option(fc.date({ min: new Date('1990-01-01'), max: new Date('2040-01-01'), noInvalidDate: true })),
        (content, url, date) => {
          check(content, url, date ? date.toISOString().slice(0, 10) : null);
        },
      ),
      { numRuns: 400 },
    );
  });

  it('never throws on arbitrary HTML, and its output follows the schema', () => {
    fc.assert(
      fc.property(html, (page) => check(page)),
      { numRuns: 300 },
    );
  });

  it('never throws on fixture pages cut, spliced or repeated at random', () => {
    fc.assert(
      fc.property(fc.constantFrom(...fixtures.map((f) => f.name)), fc.nat(), fc.nat(), (name, a, b) => {
        const f = fixtures.find((x) => x.name === name) as (typeof fixtures)[number];
        const n = f.content.length;
        const i = a % n;
        const j = b % n;
        const variants = [
          f.content.slice(0, i),
          f.content.slice(0, Math.min(i, j)) + f.content.slice(Math.max(i, j)),
          f.content.slice(i) + f.content.slice(0, j),
        ];
        for (const v of variants) check(v, f.input.url, f.input.published);
      }),
      { numRuns: 150 },
    );
  });

  it('finds the facts again when a fixture arrives as plain text', () => {
    // A text capture of the seed still parses to the same facts: the parser does not depend on markup.
    const seed = fixtures.find((f) => f.name.endsWith('seed-2018-03-09-telephone.txt'));
    expect(seed).toBeDefined();
    const r = parseReadout({ content: seed?.content ?? '' });
    expect(r.relation).toBe('japan-us');
  });
});
