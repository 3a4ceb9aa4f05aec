import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * The benchmarks load the compiled app by path (`dist/src/...js`), which TypeScript does not
 * check. A module renamed or merged in `src/` left `npm run bench` failing on a clean build while
 * a stale `dist/` from an earlier build hid it. Every compiled module a benchmark names must have
 * its source in `src/`.
 */
const repo = join(import.meta.dirname, '../..');

function scripts(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === 'results' ? [] : scripts(path);
    return entry.name.endsWith('.js') ? [path] : [];
  });
}

describe('benchmark scripts', () => {
  const named = scripts(join(repo, 'bench')).flatMap((file) =>
    [...readFileSync(file, 'utf8').matchAll(/dist\/(src\/[\w./-]+)\.js/g)].map((m) => ({
      file: relative(repo, file),
      source: `${m[1]}.ts`,
    })),
  );

  it('name compiled modules at all (the scan reads them)', () => {
    expect(named.length).toBeGreaterThan(5);
  });

  it('name only modules whose source exists in src/', () => {
    const missing = named.filter(({ source }) => !existsSync(join(repo, source)));
    expect(missing).toEqual([]);
  });
});
