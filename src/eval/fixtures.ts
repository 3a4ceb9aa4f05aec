/**
 * The fixture pages and their expected readouts, shared by the fixture test and `npm run eval`.
 * Each page under fixtures/pages/<source>/ has <name>.expected.json beside it and optionally
 * <name>.input.json ({ url, published, feedTitle }): what a feed would have supplied.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

import { projectRoot } from '../app/paths.js';

export const PAGES = join(projectRoot(), 'fixtures/pages');

export type Fixture = {
  name: string;
  folder: string;
  file: string;
  content: string;
  input: { url?: string; published?: string; feedTitle?: string };
  expected: Record<string, unknown>;
};

export function loadFixtures(root = PAGES): Fixture[] {
  const out: Fixture[] = [];
  for (const folder of readdirSync(root, { withFileTypes: true })) {
    if (!folder.isDirectory()) continue;
    const dir = join(root, folder.name);
    for (const file of readdirSync(dir).sort()) {
      if (!/\.(html|txt)$/.test(file)) continue;
      const base = file.replace(/\.(html|txt)$/, '');
      const expectedFile = join(dir, `${base}.expected.json`);
      if (!existsSync(expectedFile)) continue;
      const inputFile = join(dir, `${base}.input.json`);
      out.push({
        name: `${folder.name}/${file}`,
        folder: folder.name,
        file: join(dir, file),
        content: readFileSync(join(dir, file), 'utf8'),
        input: existsSync(inputFile) ? JSON.parse(readFileSync(inputFile, 'utf8')) : {},
        expected: JSON.parse(readFileSync(expectedFile, 'utf8')),
      });
    }
  }
  return out;
}
