import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { catalogueSource } from '../../../src/feeds/catalogue.js';
import { extractPage, extractPageWithDom } from '../../../src/readout/parse/html.js';
import { parseReadout } from '../../../src/readout/parse/index.js';

const html = readFileSync(
  join(import.meta.dirname, '../../../fixtures/feeds/catalogue/pm-canada-readout-japan.html'),
  'utf8',
);
const url =
  'https://www.pm.gc.ca/en/news/readouts/2026/11/20/prime-minister-carney-speaks-prime-minister-japan-takaichi-sanae';

describe("a catalogue entry's page container", () => {
  const container = catalogueSource('pm-canada-readouts')?.container;

  it('is read before the parser’s own rules: a featured teaser in <main> stays out of the readout', () => {
    expect(container).toEqual(['article']);
    const readout = parseReadout({ content: html, url, container });
    expect(readout.relation).toBe('japan-canada');
    expect(readout.participants.map((p) => p.name)).toEqual(['Mark Carney', 'Takaichi Sanae']);
    expect(readout.summary.join(' ')).not.toContain('Sheinbaum');
  });

  it('is what makes the difference on this page: without it the generic rules read all of <main>', () => {
    const readout = parseReadout({ content: html, url });
    // The teaser is read as the lead; the headline, the talk's own sentence, still names the principals.
    expect(readout.participants.map((p) => p.name)).toEqual(['Mark Carney', 'Takaichi Sanae']);
    expect(readout.summary.join(' ')).toContain('Sheinbaum');
  });

  it('gives the same lines through the streaming scan and the DOM walker', () => {
    const streamed = extractPage(html, 'pmgc', container);
    const dom = extractPageWithDom(html, 'pmgc', container);
    expect(streamed.via).toBe('pmgc:article');
    expect(streamed.lines).toEqual(dom.lines);
    expect(streamed.lines.join(' ')).not.toContain('Sheinbaum');
  });
});
