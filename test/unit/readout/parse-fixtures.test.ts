import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseReadout } from '../../../src/readout/parse/index.js';

const root = join(import.meta.dirname, '../../../fixtures/pages');

/** Every page under fixtures/pages/<source>/ with its expected JSON beside it. */
function fixtures(): { source: string; file: string; expectedFile: string }[] {
  const out: { source: string; file: string; expectedFile: string }[] = [];
  for (const source of readdirSync(root)) {
    for (const file of readdirSync(join(root, source))) {
      if (!/\.(html|txt)$/.test(file)) continue;
      out.push({
        source,
        file: join(root, source, file),
        expectedFile: join(root, source, file.replace(/\.(html|txt)$/, '.expected.json')),
      });
    }
  }
  return out;
}

describe('parseReadout over the fixtures', () => {
  const all = fixtures();
  it('has at least ten MOFA-shaped pages besides the seed', () => {
    expect(all.filter((f) => f.file.endsWith('.html')).length).toBeGreaterThanOrEqual(10);
  });
  for (const f of all) {
    it(`${f.source}/${f.file.split('/').pop()}`, () => {
      const expected = JSON.parse(readFileSync(f.expectedFile, 'utf8'));
      const actual = parseReadout({ content: readFileSync(f.file, 'utf8') });
      // Warnings are for people; every fact must match.
      const { warnings: _w, ...facts } = actual;
      const { warnings: _e, ...expectedFacts } = expected;
      expect(facts).toEqual(expectedFacts);
      expect(Array.isArray(actual.warnings)).toBe(true);
    });
  }
});
