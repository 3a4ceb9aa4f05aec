import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseRelation } from '../../../src/readout/relation.js';

/**
 * The hand labels of the real-page check (docs/real-pages.md) are data the parser's figures rest
 * on: a label in a form the scorer reads differently, a relation the app could never print, or a
 * page in two sets would make every figure quietly wrong. They carry no page text.
 */
const DIR = join(import.meta.dirname, '../../../fixtures/real-pages');
const FILES = readdirSync(DIR).filter((f) => f.endsWith('.labels.jsonl'));
const KINDS = ['telephone', 'video', 'meeting', 'courtesy_call', 'other'];
const DAY = /^\d{4}-\d{2}-\d{2}$/;

type Label = {
  id: string;
  url: string | null;
  published: string | null;
  posted: boolean;
  category: string;
  title?: unknown;
  text?: unknown;
  split?: string;
  expect?: Record<string, unknown>;
};

function labels(file: string): Label[] {
  return readFileSync(join(DIR, file), 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as Label);
}

/** Query keys that track a visit and never name another page. */
const TRACKING = /^(utm_\w+|fbclid|feedtype|st_rec|swcfpc|ctx)$/i;

/** An address as the sets compare them: no scheme, `www.`, fragment, tracking query or trailing slash. */
function addressKey(url: string): string {
  const u = new URL(url.replace(/^http:/, 'https:'));
  for (const key of [...u.searchParams.keys()]) if (TRACKING.test(key)) u.searchParams.delete(key);
  return `${u.host.replace(/^www\./, '')}${u.pathname.replace(/\/+$/, '')}${u.search}`.toLowerCase();
}

describe('the real-page labels', () => {
  it('are found: the ten sets', () => {
    expect(FILES.sort()).toEqual([
      'broad.labels.jsonl',
      'fresh.labels.jsonl',
      'grand.labels.jsonl',
      'heldout.labels.jsonl',
      'probe.labels.jsonl',
      'sealed.labels.jsonl',
      'study.labels.jsonl',
      'tuning.labels.jsonl',
      'unseen.labels.jsonl',
      'wide.labels.jsonl',
    ]);
  });

  for (const file of FILES) {
    it(`${file}: every label has the documented form and no page text`, () => {
      const rows = labels(file);
      expect(rows.length).toBeGreaterThan(50);
      expect(new Set(rows.map((r) => r.id)).size).toBe(rows.length);
      for (const r of rows) {
        const where = `${file} ${r.id}`;
        expect(r.title, where).toBeUndefined();
        expect(r.text, where).toBeUndefined();
        expect(typeof r.posted, where).toBe('boolean');
        expect(r.category, where).toMatch(/^[a-z_]+$/);
        if (r.published !== null) expect(r.published, where).toMatch(DAY);
        if (!r.posted) continue;
        const e = r.expect ?? {};
        expect(KINDS, where).toContain(e.kind);
        if (e.date !== null && e.date !== undefined) expect(e.date, where).toMatch(DAY);
        expect(Array.isArray(e.principals), where).toBe(true);
        if (typeof e.relation === 'string') {
          const parsed = parseRelation(e.relation);
          // The slug the app itself makes from those countries: Japan first, then by name.
          expect(parsed.ok && parsed.relation.slug, where).toBe(e.relation);
        }
      }
    });
  }

  it('never hold one page in two sets, and split the probe set into halves to learn from and to keep blind', () => {
    const seen = new Map<string, string>();
    for (const file of FILES) {
      for (const r of labels(file)) {
        if (!r.url) continue;
        const key = addressKey(r.url);
        expect(seen.get(key), `${file} ${r.id}`).toBeUndefined();
        seen.set(key, `${file} ${r.id}`);
      }
    }
    const probe = labels('probe.labels.jsonl');
    const learn = probe.filter((r) => r.split === 'learn').length;
    const blind = probe.filter((r) => r.split === 'blind').length;
    expect(learn + blind).toBe(probe.length);
    expect(Math.abs(learn - blind)).toBeLessThanOrEqual(2);
  });

  it('split the wide set into a half to learn from and a half kept blind, each at least 40 % of it', () => {
    const wide = labels('wide.labels.jsonl');
    const learn = wide.filter((r) => r.split === 'learn').length;
    const blind = wide.filter((r) => r.split === 'blind').length;
    expect(learn + blind).toBe(wide.length);
    expect(Math.min(learn, blind)).toBeGreaterThanOrEqual(0.4 * wide.length);
  });

  it('keep the unseen set wholly blind: every page of it is measured only for totals', () => {
    const unseen = labels('unseen.labels.jsonl');
    expect(unseen.length).toBeGreaterThanOrEqual(150);
    expect(unseen.filter((r) => r.split !== 'blind')).toEqual([]);
  });

  it('keep the sealed set wholly blind and the grand set wholly to learn from', () => {
    const sealed = labels('sealed.labels.jsonl');
    expect(sealed.length).toBeGreaterThanOrEqual(150);
    expect(sealed.filter((r) => r.split !== 'blind')).toEqual([]);
    const grand = labels('grand.labels.jsonl');
    expect(grand.length).toBeGreaterThanOrEqual(500);
    expect(grand.filter((r) => r.split !== 'learn')).toEqual([]);
  });
});
