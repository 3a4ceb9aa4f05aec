import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractPage } from '../../../src/readout/parse/html.js';
import { parseReadout } from '../../../src/readout/parse/index.js';

const seed = readFileSync(
  join(import.meta.dirname, '../../../fixtures/pages/mofa/seed-2018-03-09-telephone.txt'),
  'utf8',
);
const paragraphs = seed
  .split('\n')
  .map((l) => l.trim())
  .filter(Boolean);

/** The seed as a republished page: no container any source rule knows, lots of chrome. */
const republished = `<!doctype html><html><head><title>Mirror</title></head><body>
<div class="top">${Array.from({ length: 40 }, (_, i) => `<a href="/c/${i}">Category ${i}</a>`).join(' | ')}</div>
<div class="wrap"><div class="col-left"><div class="story">
${paragraphs.map((p) => `<p>${p.replace(/&/g, '&amp;')}</p>`).join('\n')}
</div></div><div class="col-right">${Array.from({ length: 10 }, (_, i) => `<div class="ad">Sponsored ${i}</div>`).join('')}</div></div>
</body></html>`;

describe('extractPage', () => {
  it('uses the source rule when its container is there and drops the share block and chrome', () => {
    const html = `<html><body><header><a>Home</a></header><div id="maincontents"><div class="social-btn-top">Tweet Share</div>
      <h1>Japan-U.S. Summit Telephone Talk</h1><p>March 9, 2018</p><ol><li>First point.</li><li>Second point.</li></ol>
      </div><footer>Terms of Use</footer></body></html>`;
    const page = extractPage(html, 'mofa');
    expect(page.via).toBe('mofa:#maincontents');
    expect(page.title).toBe('Japan-U.S. Summit Telephone Talk');
    expect(page.lines).toEqual([
      'Japan-U.S. Summit Telephone Talk',
      'March 9, 2018',
      '1. First point.',
      '2. Second point.',
    ]);
  });

  it('falls back to Readability for a page no rule knows, and the readout still parses', () => {
    const page = extractPage(republished, 'other');
    expect(page.via).toBe('readability');
    expect(page.lines.some((l) => l.startsWith('Category'))).toBe(false);
    const r = parseReadout({ content: republished });
    expect(r.date).toBe('2018-03-09');
    expect(r.relation).toBe('japan-us');
    expect(r.keyPoints).toHaveLength(5);
  });

  it('reads MEA and American Presidency Project pages by their containers, as Readability did', () => {
    const fixture = (path: string) =>
      readFileSync(join(import.meta.dirname, '../../../fixtures/pages', path), 'utf8');
    for (const [path, sources, via] of [
      ['india/2021-10-08-india-japan-mea-telephone.html', ['india', 'other'], '.innerContent'],
      [
        'other/2021-10-04-ucsb-presidency-project-whitehouse-call.html',
        ['whitehouse', 'other'],
        '#main-content',
      ],
    ] as const) {
      const html = fixture(path);
      for (const source of sources) {
        const page = extractPage(html, source);
        expect(page.via).toMatch(new RegExp(`${via}$`));
        // No related documents, citation or sidebar from around the document.
        expect(page.lines.join('\n')).not.toMatch(
          /Related Documents|Citation|Simple Search|Indian Missions Abroad/,
        );
      }
    }
    const ucsb = parseReadout({
      content: fixture('other/2021-10-04-ucsb-presidency-project-whitehouse-call.html'),
    });
    expect(ucsb.date).toBe('2021-10-04');
    expect(ucsb.participants.map((p) => p.name)).toEqual(['Joe Biden', 'Kishida Fumio']);
  });

  it('reads an empty or broken page without throwing', () => {
    expect(extractPage('', 'mofa').lines).toEqual([]);
    expect(() => parseReadout({ content: '<html><body><div><p>On<' })).not.toThrow();
  });
});
