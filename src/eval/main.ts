import { loadFixtures, PAGES } from './fixtures.js';
import { FIELDS, postingOf, scoreFixture, summarise } from './score.js';

const pct = (a: { correct: number; total: number }) =>
  a.total ? `${((100 * a.correct) / a.total).toFixed(1)}%` : '-';
const show = (v: unknown) => {
  const s = JSON.stringify(v);
  return s.length > 220 ? `${s.slice(0, 220)}…` : s;
};

/**
 * `npm run eval`: parses every fixture page and prints accuracy per field and per source, then
 * each failing case with what it got and what was expected. Exit 0 whatever the score.
 */
function main(): void {
  const dir = process.argv[2] ?? PAGES;
  const results = loadFixtures(dir).map(scoreFixture);
  const { byField, bySource } = summarise(results);
  console.log(`Readout extraction over ${results.length} fixture pages (${dir})\n`);
  console.log('Per field');
  console.table(
    Object.fromEntries(
      FIELDS.map((f) => [
        f,
        {
          accuracy: pct(byField[f] ?? { correct: 0, total: 0 }),
          correct: byField[f]?.correct,
          of: byField[f]?.total,
        },
      ]),
    ),
  );
  console.log('Per source');
  console.table(
    Object.fromEntries(
      Object.entries(bySource)
        .sort(([a], [b]) => a.localeCompare(b))
        .map(([source, a]) => [
          source,
          {
            pages: a.total,
            'all fields right': pct(a),
            'fields right': pct({ correct: a.fieldsCorrect, total: a.fieldsTotal }),
          },
        ]),
    ),
  );
  const posting = postingOf(results);
  console.log(
    `Posting: precision ${pct({ correct: posting.right, total: posting.posted })} (${posting.right} of ${posting.posted} posted are readouts), ` +
      `recall ${pct({ correct: posting.right, total: posting.readouts })} (${posting.right} of ${posting.readouts} readouts posted); ` +
      `${posting.pages - posting.readouts} of ${posting.pages} pages are held back as not readouts.`,
  );
  for (const r of results.filter((x) => x.posted !== x.shouldPost))
    console.log(
      `  ✗ ${r.name}: ${r.posted ? 'posted, but is not a readout' : 'held back, but is a readout'}`,
    );
  const failing = results.filter((r) => r.failed.length > 0);
  const totalFields = results.length * FIELDS.length;
  const wrongFields = results.reduce((n, r) => n + r.failed.length, 0);
  console.log(
    `Overall: ${results.length - failing.length}/${results.length} pages fully right; ` +
      `${totalFields - wrongFields}/${totalFields} fields right (${pct({ correct: totalFields - wrongFields, total: totalFields })}).`,
  );
  if (failing.length > 0) console.log('\nFailing cases');
  for (const r of failing) {
    console.log(`\n✗ ${r.name}`);
    for (const f of r.failed)
      console.log(`  ${f.field}\n    got      ${show(f.got)}\n    expected ${show(f.expected)}`);
  }
}

main();
