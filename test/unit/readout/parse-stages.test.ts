import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { bodyAfterLead, cutOffWarning, readPoints, untilFooter } from '../../../src/readout/parse/body.js';
import { readHeader } from '../../../src/readout/parse/header.js';
import { locate, pageLines } from '../../../src/readout/parse/page.js';
import { placeByTitle, talkCountries } from '../../../src/readout/parse/principals.js';
import type { Participant } from '../../../src/readout/types.js';

// One stage at a time, in the order parseReadout runs them (src/readout/parse/index.ts).

describe('stage 1, locate', () => {
  it('takes the publisher from the address and the readout from the page’s main element', () => {
    const html =
      '<html><head><title>x</title></head><body><nav><a href="/">Home</a></nav><main><h1>Japan-Chile Summit Meeting</h1><p>On May 2, Prime Minister Kishida held a meeting with President Boric.</p></main></body></html>';
    const page = locate({ content: html, url: 'https://www.mofa.go.jp/la_c/sa/cl/page1e_000001.html' });
    expect(page.source).toBe('mofa');
    expect(page.html).toBe(true);
    expect(page.title).toBe('Japan-Chile Summit Meeting');
    expect(page.lines).not.toContain('Home');
  });

  it('reads plain text line by line, with odd spaces and repeated lines cleaned', () => {
    const page = locate({ content: 'Readout\r\nThe  President\u00a0spoke.\nThe  President\u00a0spoke.\n' });
    expect(page.html).toBe(false);
    expect(page.lines).toEqual(['Readout', 'The President spoke.']);
  });
});

describe('stage 2, lines', () => {
  it('drops photo captions and knows a copy of a MOFA page by its section line', () => {
    const page = pageLines(
      {
        html: false,
        source: 'other',
        url: null,
        title: null,
        lines: ['Japan-Peru Relations', '(Photo: Cabinet Public Relations Office)', 'Text.'],
      },
      false,
    );
    expect(page.source).toBe('mofa');
    expect(page.lines).toEqual(['Japan-Peru Relations', 'Text.']);
  });
});

describe('stage 3, header', () => {
  it('finds the lead, and above it the title and the date line nearest to it', () => {
    const lines = [
      'Wire Service Home',
      'March 3, 2024',
      'Readout of the Secretary’s Call with Foreign Minister Wong',
      'March 1, 2024',
      'Secretary Blinken spoke with Australian Foreign Minister Penny Wong today about the Pacific.',
    ];
    const header = readHeader(
      { html: false, source: 'state', url: null, title: null, lines },
      { content: '' },
    );
    expect(header.leadIndex).toBe(4);
    expect(header.title).toBe('Readout of the Secretary’s Call with Foreign Minister Wong');
    expect(header.published).toBe('2024-03-01');
  });

  it('says -1 when no line reads as a lead, and keeps the feed’s title', () => {
    const header = readHeader(
      { html: false, source: 'other', url: null, title: null, lines: ['Menu', 'Search'] },
      { content: '', feedTitle: 'A feed title' },
    );
    expect(header.leadIndex).toBe(-1);
    expect(header.title).toBe('A feed title');
  });
});

describe('stage 5, people', () => {
  it('gives a surname the country its title names', () => {
    const people: Participant[] = [
      { name: 'Anthony Albanese', honorific: null, title: 'Prime Minister', country: 'AU' },
      { name: 'Luxon', honorific: null, title: 'Prime Minister', country: null },
    ];
    placeByTitle(people, 'Call with Prime Minister Luxon of New Zealand');
    expect(people[1]?.country).toBe('NZ');
    expect(talkCountries(people, 'readout', null, 'AU').relation?.slug).toBe('australia-new-zealand');
  });

  it('counts the publisher’s country in its own readout, and a joint press conference’s title countries', () => {
    const counterpart: Participant[] = [{ name: 'Olaf Scholz', honorific: null, title: null, country: 'DE' }];
    expect(talkCountries(counterpart, 'readout', null, 'GB').codes).toEqual(['GB', 'DE']);
    expect(
      talkCountries([], 'press_conference', 'Joint Press Conference by the Leaders of Japan and Canada', null)
        .relation?.slug,
    ).toBe('japan-canada');
  });
});

describe('stage 6, points', () => {
  it('ends the body at the footer and reads Japan’s numbered points', () => {
    const lines = [
      'Lead line.',
      '1. The two leaders agreed to meet again.',
      '2. They spoke of trade.',
      'Related Links',
      '3. Not a point.',
    ];
    const body = bodyAfterLead(lines, 0, null);
    expect(body).toHaveLength(2);
    const { keyPoints } = readPoints(body, 'JP', true);
    expect(keyPoints.map((k) => k.n)).toEqual([1, 2]);
  });

  it('reads other governments’ paragraphs as prose up to the first line that is not a sentence', () => {
    const body = [
      'The leaders discussed the war in Ukraine and energy security.',
      'Share',
      'Next story: a visit.',
    ];
    expect(readPoints(body, 'US', false)).toEqual({
      keyPoints: [],
      prose: ['The leaders discussed the war in Ukraine and energy security.'],
    });
    expect(untilFooter(['A.', 'Share this page', 'B.'])).toEqual(['A.']);
  });

  it('says when the text stops mid-sentence', () => {
    expect(cutOffWarning([], ['They agreed to continue'], 'Lead.')).toMatch(/cut off/);
    expect(cutOffWarning([], ['They agreed to continue.'], 'Lead.')).toBeNull();
  });
});

describe('the parser’s functions', () => {
  it('are each at most 80 lines (issue 15)', () => {
    const dir = join(import.meta.dirname, '../../../src/readout/parse');
    const long: string[] = [];
    for (const name of readdirSync(dir).filter((f) => f.endsWith('.ts'))) {
      const source = ts.createSourceFile(
        name,
        readFileSync(join(dir, name), 'utf8'),
        ts.ScriptTarget.Latest,
        true,
      );
      const visit = (node: ts.Node): void => {
        if (ts.isFunctionLike(node) && 'body' in node && node.body) {
          const from = source.getLineAndCharacterOfPosition(node.getStart()).line;
          const to = source.getLineAndCharacterOfPosition(node.getEnd()).line;
          if (to - from + 1 > 80) long.push(`${name}:${from + 1} (${to - from + 1} lines)`);
        }
        ts.forEachChild(node, visit);
      };
      visit(source);
    }
    expect(long).toEqual([]);
  });
});
