import { parseReadout } from '../readout/parse/index.js';
import { isPosted } from '../readout/posting.js';
import type { Readout } from '../readout/types.js';
import type { Fixture } from './fixtures.js';

/** The fields scored, one by one, as a reviewer of a readout would check them. */
export const FIELDS = [
  'source',
  'url',
  'title',
  'section',
  'kind',
  'docType',
  'date',
  'published',
  'start',
  'durationMinutes',
  'durationApproximate',
  'participants',
  'countries',
  'relation',
  'keyPoints',
  'summary',
] as const;

export type Field = (typeof FIELDS)[number];

export type CaseResult = {
  name: string;
  source: string;
  failed: { field: Field; got: unknown; expected: unknown }[];
  /** Whether the app would post the page as parsed, and as expected. */
  posted: boolean;
  shouldPost: boolean;
  ms: number;
};

function same(a: unknown, b: unknown): boolean {
  return JSON.stringify(a ?? null) === JSON.stringify(b ?? null);
}

/** Parses one fixture and compares it field by field with its expected readout. */
export function scoreFixture(fixture: Fixture): CaseResult {
  const t0 = performance.now();
  const actual: Readout = parseReadout({
    content: fixture.content,
    url: fixture.input.url ?? null,
    published: fixture.input.published ?? null,
    feedTitle: fixture.input.feedTitle ?? null,
  });
  const ms = performance.now() - t0;
  const failed: CaseResult['failed'] = [];
  for (const field of FIELDS) {
    const expected = fixture.expected[field];
    const got = actual[field];
    if (!same(got, expected)) failed.push({ field, got, expected });
  }
  return {
    name: fixture.name,
    source: String(fixture.expected.source ?? fixture.folder),
    failed,
    posted: isPosted(actual),
    shouldPost: isPosted(fixture.expected as Readout),
    ms,
  };
}

export type Accuracy = { correct: number; total: number };

/** Accuracy per field and per source (a case is correct for a source when every field is). */
export function summarise(results: CaseResult[]): {
  byField: Record<string, Accuracy>;
  bySource: Record<string, Accuracy & { fieldsCorrect: number; fieldsTotal: number }>;
} {
  const byField: Record<string, Accuracy> = {};
  const bySource: Record<string, Accuracy & { fieldsCorrect: number; fieldsTotal: number }> = {};
  for (const r of results) {
    const failedFields = new Set(r.failed.map((f) => f.field));
    for (const field of FIELDS) {
      const a = byField[field] ?? { correct: 0, total: 0 };
      byField[field] = a;
      a.total++;
      if (!failedFields.has(field)) a.correct++;
    }
    const s = bySource[r.source] ?? { correct: 0, total: 0, fieldsCorrect: 0, fieldsTotal: 0 };
    bySource[r.source] = s;
    s.total++;
    if (r.failed.length === 0) s.correct++;
    s.fieldsTotal += FIELDS.length;
    s.fieldsCorrect += FIELDS.length - failedFields.size;
  }
  return { byField, bySource };
}

export type Posting = { posted: number; readouts: number; right: number; pages: number };

/**
 * What would be posted against what should be: precision is the share of posted pages that are
 * readouts, recall the share of readouts that are posted.
 */
export function postingOf(results: CaseResult[]): Posting {
  return {
    pages: results.length,
    posted: results.filter((r) => r.posted).length,
    readouts: results.filter((r) => r.shouldPost).length,
    right: results.filter((r) => r.posted && r.shouldPost).length,
  };
}
