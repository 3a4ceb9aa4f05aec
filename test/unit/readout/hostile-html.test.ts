import { describe, expect, it } from 'vitest';
// @ts-expect-error: a plain-JS module of the benchmark, shared so both read the same pages.
import { HOSTILE_PAGES } from '../../../bench/hostile-pages.js';
import { parseReadout } from '../../../src/readout/parse/index.js';

const pages = Object.entries(HOSTILE_PAGES as Record<string, () => string>);

/**
 * Pathological pages (100k nested divs, a 10 MB text node, 50k attributes, unclosed tags, nested
 * tables, a 5 MB script, …) parse without a crash into a readout that still reads the lead
 * paragraph, and without keeping the page's junk. Times are in `node bench/hostile.js`.
 */
describe('parseReadout on pathological HTML', () => {
  it.each(pages)(
    '%s: no crash, the lead still read, nothing huge kept',
    (_name, build) => {
      const readout = parseReadout({ content: build(), url: 'https://www.mofa.go.jp/hostile.html' });
      expect(readout.kind).toBe('telephone');
      expect(readout.durationMinutes).toBe(20);
      const kept = JSON.stringify(readout).length;
      // The biggest legitimate part is the key points (100k list items: 1.4 MB); no page keeps its junk.
      expect(kept).toBeLessThan(2 * 1024 * 1024);
      expect(JSON.stringify(readout)).not.toContain('var x =');
    },
    120_000,
  );
});
