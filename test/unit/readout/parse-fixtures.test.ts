import { describe, expect, it } from 'vitest';
import { loadFixtures } from '../../../src/eval/fixtures.js';
import { parseReadout } from '../../../src/readout/parse/index.js';

describe('parseReadout over the fixtures', () => {
  const all = loadFixtures();
  it('has at least ten MOFA-shaped pages besides the seed', () => {
    expect(
      all.filter((f) => (f.folder === 'mofa' || f.folder === 'kantei') && f.file.endsWith('.html')).length,
    ).toBeGreaterThanOrEqual(10);
  });
  for (const f of all) {
    it(f.name, () => {
      const actual = parseReadout({
        content: f.content,
        url: f.input.url ?? null,
        published: f.input.published ?? null,
        feedTitle: f.input.feedTitle ?? null,
      });
      // Warnings are for people; every fact must match.
      const { warnings: _w, ...facts } = actual;
      const { warnings: _e, ...expected } = f.expected;
      expect(facts).toEqual(expected);
      expect(Array.isArray(actual.warnings)).toBe(true);
    });
  }
});
