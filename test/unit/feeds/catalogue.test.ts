import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  CATALOGUE,
  type CatalogueSource,
  catalogueProblems,
  DEFAULT_SOURCES,
} from '../../../src/feeds/catalogue.js';
import { compileLinkPattern } from '../../../src/feeds/html-index.js';
import { countryName } from '../../../src/readout/countries.js';

const entry = (over: Partial<CatalogueSource> = {}): CatalogueSource => ({
  id: 'example',
  government: 'JP',
  publisher: 'Example',
  title: 'News',
  url: 'https://example.org/feed.xml',
  kind: 'rss',
  language: 'en',
  carries: 'mixed',
  evidence: { documentedAt: ['a page'], confirmed: '2026-03-19' },
  ...over,
});

describe('the source catalogue', () => {
  it('has no entry the schema refuses: ids unique, https, a known kind, evidence, simple containers', () => {
    expect(catalogueProblems(CATALOGUE)).toEqual([]);
  });

  it('holds at least 15 sources from at least 10 governments, each government a country Readout names', () => {
    expect(CATALOGUE.length).toBeGreaterThanOrEqual(15);
    const governments = new Set(CATALOGUE.map((s) => s.government));
    expect(governments.size).toBeGreaterThanOrEqual(10);
    for (const g of governments) expect(countryName(g)).not.toBe(g);
  });

  it('names every id an admin is told about in the issue', () => {
    const ids = CATALOGUE.map((s) => s.id);
    for (const id of [
      'whitehouse',
      'state',
      'gov-uk-pm',
      'gov-uk-fcdo',
      'pm-canada',
      'kremlin',
      'mofa-us',
      'mofa-press',
      'kantei',
    ])
      expect(ids).toContain(id);
  });

  it('puts only confirmed sources in the default set, and says so of Kantei: its terms restrict redistribution', () => {
    expect(DEFAULT_SOURCES.length).toBeGreaterThan(0);
    for (const id of DEFAULT_SOURCES) {
      const s = CATALOGUE.find((e) => e.id === id);
      expect(s?.evidence.confirmed, id).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    }
    const kantei = CATALOGUE.find((s) => s.id === 'kantei');
    expect(kantei?.terms?.restricted).toBe(true);
    expect(kantei?.terms?.summary).toMatch(/redistribution/);
  });

  it("matches an HTML index's own readout links with its pattern, and not the index itself", () => {
    const canada = CATALOGUE.find((s) => s.id === 'pm-canada-readouts');
    const pattern = compileLinkPattern(canada?.linkPattern ?? '', canada?.url ?? '');
    expect(
      pattern.matches(
        new URL('https://www.pm.gc.ca/en/news/readouts/2026/06/15/prime-minister-meets-someone'),
      ),
    ).toBe(true);
    expect(pattern.matches(new URL('https://www.pm.gc.ca/en/news/readouts'))).toBe(false);
    expect(pattern.matches(new URL('https://www.pm.gc.ca/en/news/statements/2026/06/15/a-statement'))).toBe(
      false,
    );
  });

  it.each([
    [entry({ id: 'Bad Id' }), 'id must be lower-case'],
    [entry({ url: 'http://example.org/feed.xml' }), 'url must be https'],
    [entry({ kind: 'json' as never }), 'unknown kind "json"'],
    [entry({ kind: 'html' }), 'an HTML index needs a link pattern'],
    [entry({ kind: 'html', linkPattern: 'news/*' }), 'a link pattern starts with'],
    [entry({ linkPattern: '/news/*' }), 'only an HTML index has a link pattern'],
    [entry({ government: 'Japan' }), 'ISO 3166-1'],
    [entry({ evidence: { documentedAt: [], confirmed: null } }), 'evidence must say where'],
    [
      entry({ evidence: { documentedAt: ['x'], confirmed: 'March 2026' } }),
      'evidence.confirmed must be a date',
    ],
    [entry({ container: ['div.body > p'] }), 'is not simple'],
    [entry({ carries: 'some' as never }), 'carries must be'],
  ])('refuses a bad entry (%#)', (bad, problem) => {
    expect(catalogueProblems([bad], [])).toEqual([expect.stringContaining(problem)]);
  });

  it("is listed whole in the README's catalogue table, with each entry's default and confirmed status", () => {
    const readme = readFileSync(join(import.meta.dirname, '../../../README.md'), 'utf8');
    const section = readme.slice(readme.indexOf('## Source catalogue'));
    for (const s of CATALOGUE) {
      const row = section.split('\n').find((line) => line.startsWith(`| \`${s.id}\` |`));
      expect(row, s.id).toBeDefined();
      expect(row).toContain(`| ${s.evidence.confirmed ?? 'unconfirmed'} |`);
      expect(row?.endsWith(DEFAULT_SOURCES.includes(s.id) ? '| yes |' : '|  |'), s.id).toBe(true);
    }
  });

  it('refuses the same id twice', () => {
    expect(catalogueProblems([entry(), entry()], [])).toEqual(['catalogue entry "example": id used twice']);
  });

  it('refuses a default set naming an unknown or unconfirmed entry', () => {
    const unconfirmed = entry({ id: 'lead', evidence: { documentedAt: ['a list'], confirmed: null } });
    expect(catalogueProblems([entry(), unconfirmed], ['example', 'lead', 'nowhere'])).toEqual([
      'default set: "lead" is unconfirmed',
      'default set: no catalogue entry "nowhere"',
    ]);
  });
});
