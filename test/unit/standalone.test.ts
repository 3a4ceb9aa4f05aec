import { readdirSync, readFileSync, statSync } from 'node:fs';
import { extname, join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * The repository stands alone: a user's clone has no team folder beside it, so no file that the
 * app, its tests, its benchmarks or its documentation consist of may read or name one. The path is
 * assembled here so that this file does not name it either.
 */
const repo = join(import.meta.dirname, '../..');
const SHELF = ['..', ['sha', 'red'].join('')];
const SHELF_PATTERNS = [
  new RegExp(`\\.\\.[/\\\\]${SHELF[1]}\\b`),
  // join(dir, '..', <the folder>) and the like
  new RegExp(`['"]\\.\\.['"]\\s*,\\s*['"]${SHELF[1]}['"]`),
];
const SCANNED = ['src', 'handlers', 'test', 'bench', 'docs', 'README.md'];
const TEXT = new Set([
  '.ts',
  '.js',
  '.mjs',
  '.cjs',
  '.json',
  '.md',
  '.sh',
  '.yml',
  '.yaml',
  '.html',
  '.txt',
  '',
]);

/** Lines of `text` that name the team folder, as `line: text`. */
function shelfReferences(text: string): string[] {
  return text
    .split('\n')
    .flatMap((line, i) => (SHELF_PATTERNS.some((p) => p.test(line)) ? [`${i + 1}: ${line.trim()}`] : []));
}

function filesOf(path: string): string[] {
  if (!statSync(path).isDirectory()) return [path];
  return readdirSync(path)
    .filter((name) => name !== 'node_modules' && name !== 'results' && !name.startsWith('.'))
    .flatMap((name) => filesOf(join(path, name)));
}

describe('the repository stands alone', () => {
  it('finds a reference to the team folder in every form it looks for (the check can fail)', () => {
    const dotdot = SHELF.join('/');
    expect(shelfReferences(`const s = join(repo, '${dotdot}/seed.txt');`)).toHaveLength(1);
    expect(shelfReferences(`see ../../${SHELF[1]}/feeds.md`)).toHaveLength(1);
    expect(shelfReferences(`join(here, '..', '${SHELF[1]}', 'x.json')`)).toHaveLength(1);
    expect(shelfReferences(`..\\${SHELF[1]}\\x`)).toHaveLength(1);
    expect(shelfReferences('the feed is shared by many; ../fixtures/shared-x is fine')).toEqual([]);
  });

  it(`no file in ${SCANNED.join(', ')} reads or names the team folder`, () => {
    const files = SCANNED.flatMap((top) => filesOf(join(repo, top))).filter((f) => TEXT.has(extname(f)));
    expect(files.length).toBeGreaterThan(100);
    const found = files.flatMap((file) =>
      shelfReferences(readFileSync(file, 'utf8')).map((hit) => `${relative(repo, file)}:${hit}`),
    );
    expect(found).toEqual([]);
  });
});
