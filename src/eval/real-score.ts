import { findHolders } from '../readout/office-holders.js';
import type { Readout } from '../readout/types.js';

/**
 * Scoring of the real-page check (issue 13): posting precision and recall, fields right per
 * field, per publisher and per category, and invented facts. Pure: the parser is handed in, so
 * the scoring itself is tested on a tiny hand-made set. Everything it reports is a count, an id,
 * a field name or a fact (a date, a name, a number); never page text.
 */

/** The fields a label may hold for a readout; a key left out of `expect` is not scored. */
export const REAL_FIELDS = [
  'relation',
  'date',
  'kind',
  'principals',
  'durationMinutes',
  'startTime',
] as const;
export type RealField = (typeof REAL_FIELDS)[number];

export type RealExpect = {
  relation?: string | null;
  date?: string | null;
  kind?: string | null;
  /** The principals' names; compared one to one, in any order (see `sameName`). */
  principals?: string[];
  durationMinutes?: number | null;
  /** "HH:MM" as the page states it. */
  startTime?: string | null;
};

/** One labelled page, one line of the cache file. */
export type LabelledPage = {
  id: string;
  publisher: string;
  url: string | null;
  /** The date a feed item would carry. */
  published: string | null;
  /** The feed item's title, as the poller hands it to the parser. */
  title: string | null;
  /** By hand: a readout, or a press conference naming a talk with principals of 2+ countries. */
  posted: boolean;
  /**
   * Whose text it is: the government whose release a mirror or wire copies (`State Department`
   * for a State readout on a news wire), `News` for a news site's own article; for a page on a
   * government's own site, its publisher. Absent means the publisher.
   */
  origin?: string;
  /** What the page is (readout, statement, fact_sheet…), for the per-category counts. */
  category?: string;
  /** Whether Japan is a party (readouts only). */
  japan?: boolean;
  expect?: RealExpect;
  text: string;
};

export type ParsedPage = Pick<
  Readout,
  'docType' | 'participants' | 'countries' | 'relation' | 'date' | 'kind' | 'durationMinutes'
> & { start: { time: string } | null };

export type WrongItem =
  | { id: string; field: 'posted'; got: boolean; expected: boolean; docType: string }
  | { id: string; field: RealField; got: unknown; expected: unknown; invented: boolean };

export type Tally = {
  pages: number;
  tp: number;
  fp: number;
  fn: number;
  tn: number;
  fields: number;
  right: number;
  invented: number;
};

export type FieldTally = { total: number; right: number; invented: number };

export type RealReport = {
  pages: number;
  all: Tally;
  byPublisher: Record<string, Tally>;
  /** The same per origin (whose text it is, wherever it was published). */
  byOrigin: Record<string, Tally>;
  byField: Record<RealField, FieldTally>;
  /** Readouts with Japan as a party, and without. */
  byJapan: { withJapan: Tally; withoutJapan: Tally };
  /** Per labelled category: pages, and how many the parser would post. */
  byCategory: Record<string, { pages: number; posted: number; labelledPosted: number }>;
  wrong: WrongItem[];
};

const blankTally = (): Tally => ({
  pages: 0,
  tp: 0,
  fp: 0,
  fn: 0,
  tn: 0,
  fields: 0,
  right: 0,
  invented: 0,
});

/**
 * A name's words as compared: lower case, accents and punctuation dropped, split on spaces and
 * hyphens, generational suffixes ("Jr.", "Sr.", "II", "III") dropped.
 */
export function nameWords(name: string): string[] {
  return name
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[.,'’"()]/g, ' ')
    .split(/[\s\-‐–]+/)
    .filter((w) => w && !['jr', 'sr', 'ii', 'iii', 'iv'].includes(w));
}

/** The full words of a name (initials left out), sorted: the key two spellings share. */
export function nameKey(name: string): string {
  return nameWords(name)
    .filter((w) => w.length > 1)
    .sort()
    .join(' ');
}

/** `a`'s full words not in `b` (as a multiset). */
function extraWords(a: string[], b: string[]): string[] {
  const rest = [...b];
  return a.filter((w) => {
    const i = rest.indexOf(w);
    if (i < 0) return true;
    rest.splice(i, 1);
    return false;
  });
}

/** Whether every extra word has an initial of the other name that stands for it. */
function coveredByInitials(extra: string[], initials: string[]): boolean {
  const rest = [...initials];
  return extra.every((w) => {
    const i = rest.indexOf(w[0] ?? '');
    if (i < 0) return false;
    rest.splice(i, 1);
    return true;
  });
}

/**
 * Whether two names name the same person. Word order does not count, so "HAYASHI Yoshimasa"
 * (family name first, as MOFA writes it) and "Yoshimasa Hayashi" agree. An initial agrees with
 * a full word of the same letter or with nothing: "Joseph R. Biden, Jr." agrees with "Joseph
 * Biden", and "S Jaishankar" with "Subrahmanyam Jaishankar", because a middle initial, an
 * initial for a given name or a generational suffix never tells two office-holders apart and
 * readouts of the same person write them or not from page to page. A surname alone does not
 * agree with a full name, nor a title with a name.
 */
export function sameName(a: string, b: string): boolean {
  return sameWords(a, b) || sameHolder(a, b);
}

/**
 * Whether two full names are forms of one person in the office-holder table ("Joe Biden" and
 * "Joseph R. Biden, Jr.", "Lula" and "Luiz Inácio Lula da Silva"): the table's own name forms
 * are facts about who is who, so a page's form and a label's agree when the table joins them.
 */
function sameHolder(a: string, b: string): boolean {
  const people = (name: string) =>
    new Set(findHolders({ name: { text: name, match: 'full' } }).map((h) => `${h.country}|${h.name}`));
  const pa = people(a);
  if (pa.size === 0) return false;
  for (const person of people(b)) if (pa.has(person)) return true;
  return false;
}

function sameWords(a: string, b: string): boolean {
  const wa = nameWords(a);
  const wb = nameWords(b);
  const fa = wa.filter((w) => w.length > 1);
  const fb = wb.filter((w) => w.length > 1);
  if (fa.length === 0 || fb.length === 0) return false;
  const onlyA = extraWords(fa, fb);
  const onlyB = extraWords(fb, fa);
  if (onlyA.length === 0 && onlyB.length === 0) return true;
  if (onlyA.length === 0)
    return coveredByInitials(
      onlyB,
      wa.filter((w) => w.length === 1),
    );
  if (onlyB.length === 0)
    return coveredByInitials(
      onlyA,
      wb.filter((w) => w.length === 1),
    );
  return false;
}

/** Whether two lists of names name the same people, one to one (`sameName`). */
export function samePrincipals(got: readonly string[], expected: readonly string[]): boolean {
  if (got.length !== expected.length) return false;
  const unused = [...got];
  return expected.every((e) => {
    const i = unused.findIndex((g) => sameName(g, e));
    if (i < 0) return false;
    unused.splice(i, 1);
    return true;
  });
}

/** What the parser gave for one labelled field, in the label's terms. */
export function gotField(r: ParsedPage, field: RealField): unknown {
  switch (field) {
    case 'principals':
      return r.participants.map((p) => p.name);
    case 'startTime':
      return r.start?.time ?? null;
    default:
      return r[field] ?? null;
  }
}

/** Whether a parsed value matches the label; and whether it is invented (label null, got not). */
export function judgeField(
  field: RealField,
  got: unknown,
  expected: unknown,
): { right: boolean; invented: boolean } {
  if (field === 'principals') {
    const g = (got as string[]) ?? [];
    const e = (expected as string[] | null) ?? [];
    return { right: samePrincipals(g, e), invented: e.length === 0 && g.length > 0 };
  }
  const right = (got ?? null) === (expected ?? null);
  return { right, invented: (expected ?? null) === null && (got ?? null) !== null };
}

function addPosting(t: Tally, posted: boolean, labelled: boolean): void {
  t.pages++;
  if (posted && labelled) t.tp++;
  else if (posted) t.fp++;
  else if (labelled) t.fn++;
  else t.tn++;
}

/** Scores one page's labelled fields into the tallies it belongs to; returns its wrong fields. */
function scoreFields(
  page: LabelledPage,
  r: ParsedPage,
  tallies: Tally[],
  byField: Record<RealField, FieldTally>,
): WrongItem[] {
  const wrong: WrongItem[] = [];
  if (!page.posted || !page.expect) return wrong;
  for (const field of REAL_FIELDS) {
    if (!(field in page.expect)) continue;
    const expected = page.expect[field] ?? null;
    const got = gotField(r, field);
    const { right, invented } = judgeField(field, got, expected);
    for (const t of tallies) {
      t.fields++;
      if (right) t.right++;
      if (invented) t.invented++;
    }
    byField[field].total++;
    if (right) byField[field].right++;
    if (invented) byField[field].invented++;
    if (!right) wrong.push({ id: page.id, field, got, expected, invented });
  }
  return wrong;
}

/** Parses every page with `parse` and scores it against its label. */
export function scorePages(
  pages: readonly LabelledPage[],
  parse: (page: LabelledPage) => ParsedPage,
  isPosted: (r: ParsedPage) => boolean,
): RealReport {
  const report: RealReport = {
    pages: pages.length,
    all: blankTally(),
    byPublisher: {},
    byOrigin: {},
    byField: Object.fromEntries(REAL_FIELDS.map((f) => [f, { total: 0, right: 0, invented: 0 }])) as Record<
      RealField,
      FieldTally
    >,
    byJapan: { withJapan: blankTally(), withoutJapan: blankTally() },
    byCategory: {},
    wrong: [],
  };
  for (const page of pages) {
    const r = parse(page);
    const posted = isPosted(r);
    const mine = report.byPublisher[page.publisher] ?? blankTally();
    report.byPublisher[page.publisher] = mine;
    const origin = page.origin ?? page.publisher;
    const theirs = report.byOrigin[origin] ?? blankTally();
    report.byOrigin[origin] = theirs;
    const tallies = [report.all, mine, theirs];
    if (page.posted) tallies.push(page.japan ? report.byJapan.withJapan : report.byJapan.withoutJapan);
    for (const t of tallies) addPosting(t, posted, page.posted);
    const category = page.category ?? (page.posted ? 'readout' : 'other');
    const c = report.byCategory[category] ?? { pages: 0, posted: 0, labelledPosted: 0 };
    report.byCategory[category] = c;
    c.pages++;
    if (posted) c.posted++;
    if (page.posted) c.labelledPosted++;
    if (posted !== page.posted)
      report.wrong.push({
        id: page.id,
        field: 'posted',
        got: posted,
        expected: page.posted,
        docType: r.docType,
      });
    report.wrong.push(...scoreFields(page, r, tallies, report.byField));
  }
  return report;
}

const pct = (a: number, b: number) => (b ? `${((100 * a) / b).toFixed(1)}%` : '-');

/** One row of the per-publisher table, as printed. */
export function tallyRow(t: Tally): Record<string, string | number> {
  return {
    pages: t.pages,
    readouts: t.tp + t.fn,
    posted: t.tp + t.fp,
    precision: pct(t.tp, t.tp + t.fp),
    recall: pct(t.tp, t.tp + t.fn),
    'fields right': `${t.right}/${t.fields} ${pct(t.right, t.fields)}`,
    invented: t.invented,
  };
}

/** A wrong item as one line of facts: id, field, what the parser gave, what the label says. */
export function wrongLine(w: WrongItem): string {
  if (w.field === 'posted')
    return `${w.id}: posted got ${w.got}, expected ${w.expected} (docType ${w.docType})`;
  const flag = w.invented ? ' [invented]' : '';
  return `${w.id}: ${w.field} got ${JSON.stringify(w.got)}, expected ${JSON.stringify(w.expected)}${flag}`;
}

/** Reads the cache file's lines into pages; a blank line is skipped. */
export function readLabelled(jsonl: string): LabelledPage[] {
  return jsonl
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as LabelledPage);
}
