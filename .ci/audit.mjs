// `npm audit --omit=dev --audit-level=high`, read from its JSON: prints the counts, exits 1 on a
// high or critical advisory in a production dependency, and 0 (with a notice) when the advisory
// database cannot be reached — network trouble is not a finding.
import { spawnSync } from 'node:child_process';

const run = spawnSync('npm', ['audit', '--omit=dev', '--audit-level=high', '--json'], {
  encoding: 'utf8',
  timeout: 120_000,
});
let report = null;
try {
  report = JSON.parse(run.stdout);
} catch {
  report = null;
}
const counts = report?.metadata?.vulnerabilities;
if (!counts) {
  const why =
    report?.message ??
    report?.error?.summary ??
    (run.error ? String(run.error) : run.stderr.trim().split('\n').at(-1));
  console.log(
    `npm audit (production dependencies): advisory database not reachable (${why || 'no answer'}); not counted as a failure`,
  );
  process.exit(0);
}
const line = ['critical', 'high', 'moderate', 'low', 'info'].map((k) => `${counts[k] ?? 0} ${k}`).join(', ');
console.log(`npm audit (production dependencies): ${line}`);
if ((counts.high ?? 0) + (counts.critical ?? 0) > 0) {
  for (const [name, v] of Object.entries(report.vulnerabilities ?? {}))
    if (v.severity === 'high' || v.severity === 'critical')
      console.log(`  ${v.severity}: ${name} ${v.range ?? ''}`);
  process.exit(1);
}
