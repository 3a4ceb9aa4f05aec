// node bench/hostile.js: parse times of pathological pages (bench/hostile-pages.js) through
// parseReadout, and the heap and RSS each one takes. Runs the built dist/ (npm run build first).
import { join } from 'node:path';
import { HOSTILE_PAGES } from './hostile-pages.js';
import { root } from './lib/util.js';

const { parseReadout } = await import(join(root, 'dist/src/readout/parse/index.js'));

const rows = [];
for (const [name, build] of Object.entries(HOSTILE_PAGES)) {
  const html = build();
  globalThis.gc?.();
  const rssBefore = process.memoryUsage().rss;
  const started = performance.now();
  let outcome;
  try {
    const r = parseReadout({ content: html, url: 'https://www.mofa.go.jp/hostile.html' });
    outcome = `ok: ${r.kind}, ${r.keyPoints.length} points, ${r.summary.length} summary paragraphs`;
  } catch (error) {
    outcome = `threw: ${error instanceof Error ? error.message : String(error)}`;
  }
  const ms = performance.now() - started;
  const rssMb = (process.memoryUsage().rss - rssBefore) / 1024 / 1024;
  rows.push({
    page: name,
    size_mb: +(html.length / 1048576).toFixed(2),
    ms: Math.round(ms),
    rss_growth_mb: +rssMb.toFixed(1),
    outcome,
  });
  console.log(JSON.stringify(rows.at(-1)));
}
console.table(rows);
