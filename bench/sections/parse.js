// Parser throughput against Readability + linkedom on the same pages, and memory over 20,000
// parses (run first in the process, before the DOM baselines fill the heap).
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import { fixturePages, nav } from '../lib/feed-server.js';
import { mb, root } from '../lib/util.js';

const { parseReadout } = await import(join(root, 'dist/src/readout/parse/index.js'));
const { extractPage, extractPageWithDom } = await import(join(root, 'dist/src/readout/parse/html.js'));

/** A page with `extra` navigation links in a header and half as many in a footer. */
const padded = (html, extra) =>
  html
    .replace('<body>', `<body><header>${nav(extra)}</header>`)
    .replace('</body>', `<footer>${nav(extra / 2)}</footer></body>`);

/** The baseline: Readability on a linkedom document. */
function readability(p) {
  const { document } = parseHTML(p.html);
  new Readability(document).parse();
}

/** Fixture pages padded with navigation to the 30–80 KB of real government pages, with their source. */
function realisticPages() {
  const pages = [];
  for (const source of ['mofa', 'kantei']) {
    const dir = join(root, 'fixtures/pages', source);
    for (const file of readdirSync(dir).filter((f) => f.endsWith('.html'))) {
      const html = readFileSync(join(dir, file), 'utf8');
      for (const extra of [200, 500, 800]) {
        pages.push({ source, html: padded(html, extra) });
      }
    }
  }
  return pages;
}

function time(label, pages, fn, minMs) {
  for (const p of pages.slice(0, 5)) fn(p);
  const bytes = pages.reduce((s, p) => s + Buffer.byteLength(p.html), 0);
  let n = 0;
  let b = 0;
  const t0 = performance.now();
  while (performance.now() - t0 < minMs) {
    for (const p of pages) fn(p);
    n += pages.length;
    b += bytes;
  }
  const s = (performance.now() - t0) / 1000;
  return { label, pagesPerSec: n / s, mbPerSec: b / s / 1e6 };
}

export async function benchParse({ quick }) {
  const minMs = quick ? 1000 : 3000;
  const pages = realisticPages();
  const sizes = pages.map((p) => Buffer.byteLength(p.html) / 1024);

  // Memory: RSS and heap after a full gc at 5,000 and 20,000 pages. Flat figures mean no leak.
  const memory = {};
  const total = quick ? 10_000 : 20_000;
  global.gc?.();
  memory.start = process.memoryUsage();
  for (let i = 1; i <= total; i++) {
    parseReadout({ content: pages[i % pages.length].html });
    if (i === 5_000 || i === total) {
      global.gc?.();
      memory[i === 5_000 ? 'at5k' : 'atEnd'] = process.memoryUsage();
    }
  }

  const parse = time('parseReadout', pages, (p) => parseReadout({ content: p.html }), minMs);
  const extract = time('extractPage', pages, (p) => extractPage(p.html, p.source), minMs);
  const domWalker = time('extractPageWithDom', pages, (p) => extractPageWithDom(p.html, p.source), minMs);
  // Every fixture page, any source: pages no source rule recognises take the DOM fallback.
  const all = fixturePages().flatMap((html) =>
    [0, 200, 500, 800].map((extra) => ({ html: padded(html, extra) })),
  );
  const parseAll = time('parseReadout, all fixtures', all, (p) => parseReadout({ content: p.html }), minMs);
  const baselineAll = time('Readability + linkedom, all fixtures', all, readability, minMs);
  const baseline = time('Readability + linkedom', pages, readability, minMs);

  const results = {
    pagesPerSec: Math.round(parse.pagesPerSec),
    mbPerSec: Number(parse.mbPerSec.toFixed(2)),
    baselinePagesPerSec: Math.round(baseline.pagesPerSec),
    baselineMbPerSec: Number(baseline.mbPerSec.toFixed(2)),
    extractPagesPerSec: Math.round(extract.pagesPerSec),
    domWalkerPagesPerSec: Math.round(domWalker.pagesPerSec),
    allFixturesPagesPerSec: Math.round(parseAll.pagesPerSec),
    allFixturesBaselinePagesPerSec: Math.round(baselineAll.pagesPerSec),
    allFixturesPages: all.length,
    pageKb: { min: Math.round(Math.min(...sizes)), max: Math.round(Math.max(...sizes)) },
    gc: typeof global.gc === 'function',
    memoryPages: total,
    rssMbAtStart: mb(memory.start.rss),
    rssMbAt5k: mb(memory.at5k.rss),
    rssMbAtEnd: mb(memory.atEnd.rss),
    heapMbAtStart: mb(memory.start.heapUsed),
    heapMbAt5k: mb(memory.at5k.heapUsed),
    heapMbAtEnd: mb(memory.atEnd.heapUsed),
  };
  // Former key names, kept for readers of earlier results.
  if (total === 20_000) {
    results.rssMbAt20k = results.rssMbAtEnd;
    results.heapMbAt20k = results.heapMbAtEnd;
  }
  const kb = `${results.pageKb.min}–${results.pageKb.max} KB pages`;
  const rows = [
    {
      figure: `parse: parseReadout pages/s (${kb})`,
      value: results.pagesPerSec,
      baseline: results.baselinePagesPerSec,
      baselineIs: 'Readability + linkedom on the same pages',
      target: '≥ 1,000 (issue 13)',
      met: results.pagesPerSec >= 1000,
    },
    {
      figure: `parse: parseReadout pages/s, all ${all.length / 4} fixture pages (any source)`,
      value: results.allFixturesPagesPerSec,
      baseline: results.allFixturesBaselinePagesPerSec,
      baselineIs: 'Readability + linkedom on the same pages',
    },
    {
      figure: 'parse: extractPage (streaming HTML layer) pages/s',
      value: results.extractPagesPerSec,
      baseline: results.baselinePagesPerSec,
      baselineIs: 'Readability + linkedom',
    },
    {
      figure: 'parse: extractPageWithDom (old linkedom walker) pages/s',
      value: results.domWalkerPagesPerSec,
      baseline: results.baselinePagesPerSec,
      baselineIs: 'Readability + linkedom',
    },
    {
      figure: `parse: heap MB after ${total.toLocaleString('en')} parses (after gc)`,
      value: results.heapMbAtEnd,
      baseline: results.heapMbAt5k,
      baselineIs: 'heap after 5,000 parses',
      target: 'flat (≤ 1.1×)',
      met: results.gc ? results.heapMbAtEnd <= results.heapMbAt5k * 1.1 + 1 : null,
    },
  ];
  return { results, rows };
}
