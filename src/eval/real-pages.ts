import { existsSync, readFileSync } from 'node:fs';
import { parseReadout } from '../readout/parse/index.js';
import { isPosted } from '../readout/posting.js';

/**
 * `node dist/src/eval/real-pages.js [FILE]`: posting precision and recall, and field accuracy,
 * over a local, git-ignored cache of real pages (one JSON object a line: `text`, `url`,
 * `published`, `title` (the feed item's), `publisher`, `posted` as labelled by hand, and `expect` with the fields a
 * readout should give). Prints counts only, never page text. Without a cache it says so and
 * exits 0: the repository never holds others' pages.
 */
type Labelled = {
  id: string;
  publisher: string;
  url: string | null;
  published: string | null;
  /** The feed item's title, as the poller hands it to the parser. */
  title: string | null;
  posted: boolean;
  expect?: Partial<Record<'relation' | 'date' | 'kind', string>>;
  text: string;
};

const file = process.argv[2] ?? '.cache/real-pages/pages.jsonl';
if (!existsSync(file)) {
  console.log(`No real-page cache at ${file}: nothing to measure.`);
  process.exit(0);
}
const pages: Labelled[] = readFileSync(file, 'utf8')
  .split('\n')
  .filter((l) => l.trim())
  .map((l) => JSON.parse(l) as Labelled);

type Tally = { tp: number; fp: number; fn: number; tn: number; fields: number; right: number };
const blank = (): Tally => ({ tp: 0, fp: 0, fn: 0, tn: 0, fields: 0, right: 0 });
const all = blank();
const by: Record<string, Tally> = {};
const wrong: string[] = [];
const t0 = performance.now();
for (const page of pages) {
  const r = parseReadout({
    content: page.text,
    url: page.url,
    published: page.published,
    feedTitle: page.title,
  });
  const posted = isPosted(r);
  const mine = by[page.publisher] ?? blank();
  by[page.publisher] = mine;
  for (const t of [all, mine]) {
    if (posted && page.posted) t.tp++;
    else if (posted) t.fp++;
    else if (page.posted) t.fn++;
    else t.tn++;
    if (page.posted && page.expect)
      for (const [field, value] of Object.entries(page.expect)) {
        t.fields++;
        if (r[field as 'relation'] === value) t.right++;
      }
  }
  if (posted !== page.posted)
    wrong.push(`${page.id}: posted ${posted}, labelled ${page.posted} (${r.docType})`);
  if (page.posted && page.expect)
    for (const [field, value] of Object.entries(page.expect))
      if (r[field as 'relation'] !== value)
        wrong.push(`${page.id}: ${field} ${r[field as 'relation']} ≠ ${value}`);
}
const pct = (a: number, b: number) => (b ? `${((100 * a) / b).toFixed(1)}%` : '-');
const row = (t: Tally) => ({
  pages: t.tp + t.fp + t.fn + t.tn,
  readouts: t.tp + t.fn,
  posted: t.tp + t.fp,
  precision: pct(t.tp, t.tp + t.fp),
  recall: pct(t.tp, t.tp + t.fn),
  'fields right': `${t.right}/${t.fields} ${pct(t.right, t.fields)}`,
});
console.log(`Real pages: ${pages.length} (${(performance.now() - t0).toFixed(0)} ms)`);
console.table({
  ...Object.fromEntries(
    Object.entries(by)
      .sort()
      .map(([k, t]) => [k, row(t)]),
  ),
  all: row(all),
});
// Ids and field names only: the labels are ours, the pages are not.
if (process.argv.includes('--wrong')) for (const w of wrong) console.log(`✗ ${w}`);
