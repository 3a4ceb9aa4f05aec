import { existsSync, readFileSync } from 'node:fs';
import { parseReadout } from '../readout/parse/index.js';
import { isPosted } from '../readout/posting.js';
import {
  type LabelledPage,
  REAL_FIELDS,
  type RealReport,
  readLabelled,
  scorePages,
  tallyRow,
  wrongLine,
} from './real-score.js';

/**
 * `node dist/src/eval/real-pages.js [FILE] [--wrong] [--json]`: posting precision and recall,
 * fields right per publisher and per field, and invented facts (a field the parser fills where
 * the label says the page states nothing), over a local cache of real pages labelled by hand (one
 * JSON object a line; see docs/real-pages.md). `--wrong` lists each miss as id, field, got and
 * expected; `--json` prints the whole report as one JSON object instead of tables. Prints counts,
 * ids and facts only, never page text. Without a cache it says so and exits 0: the repository
 * never holds others' pages.
 */
const args = process.argv.slice(2);
const file = args.find((a) => !a.startsWith('--')) ?? '.cache/real-pages/pages.jsonl';
const wantWrong = args.includes('--wrong');
const wantJson = args.includes('--json');

function parsePage(page: LabelledPage) {
  return parseReadout({
    content: page.text,
    url: page.url,
    published: page.published,
    feedTitle: page.title,
  });
}

function printTables(report: RealReport, ms: number): void {
  console.log(`Real pages: ${report.pages} (${ms.toFixed(0)} ms)`);
  console.log('Per publisher');
  console.table({
    ...Object.fromEntries(
      Object.entries(report.byPublisher)
        .sort(([a], [b]) => a.localeCompare(b))
        .map(([k, t]) => [k, tallyRow(t)]),
    ),
    all: tallyRow(report.all),
  });
  console.log('Per origin (whose text it is, wherever published)');
  console.table(
    Object.fromEntries(
      Object.entries(report.byOrigin)
        .sort(([a], [b]) => a.localeCompare(b))
        .map(([k, t]) => [k, tallyRow(t)]),
    ),
  );
  console.log('Readouts with and without Japan');
  console.table({
    'with Japan': tallyRow(report.byJapan.withJapan),
    'without Japan': tallyRow(report.byJapan.withoutJapan),
  });
  console.log('Per field (labelled readouts)');
  console.table(
    Object.fromEntries(
      REAL_FIELDS.map((f) => {
        const t = report.byField[f];
        const share = t.total ? `${((100 * t.right) / t.total).toFixed(1)}%` : '-';
        return [f, { right: `${t.right}/${t.total} ${share}`, invented: t.invented }];
      }),
    ),
  );
  console.log('Per category (pages, posted by the parser, labelled posted)');
  console.table(Object.fromEntries(Object.entries(report.byCategory).sort(([a], [b]) => a.localeCompare(b))));
}

if (!existsSync(file)) {
  console.log(`No real-page cache at ${file}: nothing to measure.`);
  process.exit(0);
}
const pages = readLabelled(readFileSync(file, 'utf8'));
const t0 = performance.now();
const report = scorePages(pages, parsePage, isPosted);
const ms = performance.now() - t0;
if (wantJson) {
  const { wrong, ...rest } = report;
  console.log(JSON.stringify({ file, ms: Math.round(ms), ...rest, ...(wantWrong ? { wrong } : {}) }));
} else {
  printTables(report, ms);
  // Ids, field names and facts only: the labels are ours, the pages are not.
  if (wantWrong) for (const w of report.wrong) console.log(`✗ ${wrongLine(w)}`);
}
