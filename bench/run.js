// npm run bench [-- section …]: every figure of Readout's performance beside a baseline measured in
// the same run on the same machine, so that the ratio holds on a noisy machine. Prints one table
// and writes bench/results/latest.json (its keys are fixed: README.md, "Performance").
// Runs the built dist/ (npm run build first). Loopback (127.0.0.1) only.
//
//   npm run bench                      every section
//   npm run bench -- lookup footprint  only these sections (others keep their last figures)
//   BENCH_QUICK=1 npm run bench        smaller sizes, for a quick look (figures marked quick)
//   BENCH_PROFILE=1 npm run bench -- poll   also a CPU profile of the no-change poll cycle
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { join } from 'node:path';
import { root } from './lib/util.js';

const SECTIONS = [
  'parse',
  'poll',
  'footprint',
  'lookup',
  'backfill',
  'posting',
  'stats',
  'watches',
  'context',
];
const asked = process.argv.slice(2).filter((a) => !a.startsWith('-'));
for (const name of asked) {
  if (!SECTIONS.includes(name)) {
    console.error(`unknown section "${name}"; sections: ${SECTIONS.join(', ')}`);
    process.exit(2);
  }
}
if (!existsSync(join(root, 'dist/src/cli.js'))) {
  console.error('dist/ is missing: run `npm run build` first');
  process.exit(2);
}
const selected = asked.length > 0 ? SECTIONS.filter((s) => asked.includes(s)) : SECTIONS;
const options = { quick: process.env.BENCH_QUICK === '1', profile: process.env.BENCH_PROFILE === '1' };

const resultsFile = join(root, 'bench/results/latest.json');
const previous = existsSync(resultsFile) ? JSON.parse(readFileSync(resultsFile, 'utf8')) : {};
// Figures of sections not run now are kept (a partial run updates its own sections only).
const results = asked.length > 0 ? { ...previous } : {};
const rows = [];
const extras = [];

// lookup and footprint share one app process on one seeded database when both run.
let appFixture = null;
const sharedApp = async () => {
  if (!appFixture) {
    const { startAppFixture } = await import('./sections/app-fixture.js');
    appFixture = await startAppFixture(options);
  }
  return appFixture;
};

const started = performance.now();
try {
  for (const section of selected) {
    const t0 = performance.now();
    process.stderr.write(`bench: ${section}…\n`);
    let out;
    if (section === 'parse') out = await (await import('./sections/parse.js')).benchParse(options);
    if (section === 'poll') out = await (await import('./sections/poll.js')).benchPoll(options);
    if (section === 'footprint')
      out = await (await import('./sections/footprint.js')).benchFootprint(options, await sharedApp());
    if (section === 'lookup')
      out = await (await import('./sections/lookup.js')).benchLookup(options, await sharedApp());
    if (section === 'backfill') out = await (await import('./sections/backfill.js')).benchBackfill(options);
    if (section === 'posting') out = await (await import('./sections/posting.js')).benchPosting(options);
    if (section === 'stats') out = await (await import('./sections/stats.js')).benchStats(options);
    if (section === 'watches') out = await (await import('./sections/watches.js')).benchWatches(options);
    if (section === 'context') out = await (await import('./sections/context.js')).benchContext(options);
    results[section] = out.results;
    rows.push(...out.rows);
    if (out.profile) extras.push({ section, profile: out.profile });
    process.stderr.write(`bench: ${section} done in ${((performance.now() - t0) / 1000).toFixed(1)} s\n`);
  }
} finally {
  const appProfile = await appFixture?.close();
  if (appProfile) extras.push({ section: 'app process (footprint, lookup)', profile: appProfile });
}

results.meta = {
  at: new Date().toISOString(),
  node: process.version,
  cpus: cpus().length,
  loadAverage: loadavg().map((n) => Number(n.toFixed(2))),
  quick: options.quick,
  sections: selected,
  seconds: Number(((performance.now() - started) / 1000).toFixed(1)),
  ...(asked.length > 0 && previous.meta ? { previousRun: previous.meta.at } : {}),
};
mkdirSync(join(root, 'bench/results'), { recursive: true });
writeFileSync(resultsFile, `${JSON.stringify(results, null, 2)}\n`);

// One table: figure, value, baseline, ratio, target, met.
const show = (v) =>
  v === undefined || v === null ? '' : typeof v === 'boolean' ? (v ? 'yes' : 'NO') : String(v);
const table = rows.map((r) => ({
  figure: r.figure,
  value: show(r.value),
  baseline: show(r.baseline),
  ratio:
    typeof r.value === 'number' && typeof r.baseline === 'number' && r.baseline !== 0
      ? `${(r.value / r.baseline).toFixed(2)}×`
      : '',
  target: show(r.target),
  met: show(r.met),
}));
const columns = ['figure', 'value', 'baseline', 'ratio', 'target', 'met'];
const width = Object.fromEntries(
  columns.map((c) => [c, Math.max(c.length, ...table.map((t) => t[c].length))]),
);
const line = (t) =>
  columns.map((c) => (c === 'figure' ? t[c].padEnd(width[c]) : t[c].padStart(width[c]))).join('  ');
console.log(line(Object.fromEntries(columns.map((c) => [c, c]))));
console.log(columns.map((c) => '-'.repeat(width[c])).join('  '));
for (const t of table) console.log(line(t));
console.log('\nbaselines (measured in this run):');
rows.forEach((r) => {
  if (r.baselineIs) console.log(`  ${r.figure}: ${r.baselineIs}`);
});
for (const { section, profile } of extras) {
  console.log(`\n${section}: CPU profile ${profile.file} (${profile.totalMs} ms sampled), top self time:`);
  for (const f of profile.byFunction.slice(0, 12))
    console.log(`  ${String(f.share).padStart(5)}%  ${f.name}`);
}
console.log(
  `\n${options.quick ? 'QUICK run (BENCH_QUICK=1): smaller sizes. ' : ''}load average ${results.meta.loadAverage.join(' ')} on ${results.meta.cpus} cores; ${results.meta.seconds} s; written to bench/results/latest.json`,
);
