/**
 * The README and docs/ as an operator navigates them: every in-page link lands on a heading,
 * every linked file exists, and the table of contents names every section.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';

const repo = join(import.meta.dirname, '../..');
const files = [
  'README.md',
  ...readdirSync(join(repo, 'docs'))
    .filter((f) => f.endsWith('.md'))
    .map((f) => `docs/${f}`),
];

/** GitHub's anchor of a heading: lower case, punctuation dropped, spaces to hyphens. */
function slug(heading: string): string {
  return heading
    .trim()
    .toLowerCase()
    .replace(/[`*_]/g, '')
    .replace(/[^\p{L}\p{N}\s-]/gu, '')
    .replace(/\s/g, '-');
}

function headings(text: string): string[] {
  const withoutCode = text.replace(/```[\s\S]*?```/g, '');
  return [...withoutCode.matchAll(/^#{1,6} (.+)$/gm)].map((m) => slug(m[1] ?? ''));
}

describe('README and docs links', () => {
  it.each(files)('%s: every link to a heading or a file lands', (file) => {
    const text = readFileSync(join(repo, file), 'utf8');
    const here = headings(text);
    for (const m of text.matchAll(/\]\(([^)\s]+)\)/g)) {
      const target = m[1] ?? '';
      if (/^[a-z]+:/.test(target)) continue;
      const [path = '', anchor] = target.split('#');
      const resolved = path ? join(repo, dirname(file), path) : join(repo, file);
      expect(existsSync(resolved), `${file}: ${target}`).toBe(true);
      if (anchor === undefined) continue;
      const inFile = path ? headings(readFileSync(resolved, 'utf8')) : here;
      expect(inFile, `${file}: ${target}`).toContain(anchor);
    }
  });

  it("the README's contents list every section heading", () => {
    const text = readFileSync(join(repo, 'README.md'), 'utf8');
    const contents = text.slice(
      text.indexOf('**Contents**'),
      text.indexOf('\n## ', text.indexOf('**Contents**')),
    );
    const sections = [...text.replace(/```[\s\S]*?```/g, '').matchAll(/^#{1,2} (.+)$/gm)]
      .map((m) => slug(m[1] ?? ''))
      .filter((s) => s !== 'readout');
    for (const section of sections) expect(contents, section).toContain(`(#${section})`);
  });
});
