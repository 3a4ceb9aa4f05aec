import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { collect } from '../../../src/cli.js';
import { type PreviewOptions, runPreview } from '../../../src/preview/preview-command.js';

const pages = join(import.meta.dirname, '../../../fixtures/pages');
const files: Record<string, string> = {
  'seed.txt': readFileSync(join(pages, 'mofa/seed-2018-03-09-telephone.txt'), 'utf8'),
  'wh.html': readFileSync(
    join(pages, 'whitehouse/2021-10-04-japan-us-call-biden-kishida-today.html'),
    'utf8',
  ),
};

/** Runs the command on in-memory pages; returns the exit code, the page and the messages. */
async function preview(inputs: string[], opts: PreviewOptions = {}) {
  let out = '';
  let err = '';
  const code = await runPreview(inputs, opts, {
    readInput: async (input) => {
      const content = files[input];
      if (content === undefined) throw new Error('no such file');
      return { content, url: null };
    },
    out: (t) => {
      out += t;
    },
    err: (t) => {
      err += t;
    },
    now: new Date('2026-11-27T04:05:00Z'),
    timeZone: 'Asia/Tokyo',
  });
  return { code, out, err, document: parseHTML(out).document };
}

describe('runPreview', () => {
  it('gives --url to the input at its place: one --url belongs to the first input only', async () => {
    const url = 'https://www.mofa.go.jp/na/na1/us/page4e_000785.html';
    const { code, document } = await preview(['seed.txt', 'wh.html'], { url: [url] });
    expect(code).toBe(0);
    const links = [...document.querySelectorAll('.thread a')].map((a) => a.getAttribute('href'));
    // The post links its own page (the --url); the reply links the White House page, its own URL.
    expect(links.filter((l) => l === url)).toHaveLength(1);
    expect(links.indexOf(url)).toBeLessThan(
      links.indexOf(
        'https://www.whitehouse.gov/briefing-room/statements-releases/2021/10/04/readout-of-president-joe-bidens-call-with-prime-minister-kishida-of-japan/',
      ),
    );
  });

  it('shows the message time in the display zone', async () => {
    const { document } = await preview(['seed.txt']);
    expect(document.querySelector('.messages .time')?.textContent).toBe('1:05 PM');
  });

  it('refuses standard input twice and names an input it cannot read', async () => {
    expect((await preview(['-', '-'])).code).toBe(64);
    const missing = await preview(['seed.txt', 'nope.html']);
    expect(missing.code).toBe(1);
    expect(missing.err).toBe('readout preview: cannot read nope.html: no such file\n');
    expect(missing.out).toBe('');
  });

  it('collects a repeated option in order', () => {
    expect(collect('b', collect('a', undefined))).toEqual(['a', 'b']);
  });
});
