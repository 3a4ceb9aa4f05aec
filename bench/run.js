// npm run bench: figures for the parser and the poll cycle, printed as a table and written to
// bench/results/latest.json. Runs the built dist/ (npm run build first). One core, no network
// beyond 127.0.0.1.
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import { pino } from 'pino';

const root = join(import.meta.dirname, '..');
const { parseReadout } = await import(join(root, 'dist/src/readout/parse/index.js'));
const { extractPage, extractPageWithDom } = await import(join(root, 'dist/src/readout/parse/html.js'));
const { pollFeeds } = await import(join(root, 'dist/src/feeds/poll.js'));
const { openSqliteStore } = await import(join(root, 'dist/src/store/sqlite.js'));

/** Fixture pages padded with navigation to the 30–80 KB of real government pages, with their source. */
function realisticPages() {
  const pages = [];
  const nav = (n) =>
    `<ul class="menu">${Array.from({ length: n }, (_, i) => `<li><a href="/section/${i}.html">Section ${i} of the site navigation</a></li>`).join('')}</ul>`;
  for (const source of ['mofa', 'kantei']) {
    const dir = join(root, 'fixtures/pages', source);
    for (const file of readdirSync(dir).filter((f) => f.endsWith('.html'))) {
      const html = readFileSync(join(dir, file), 'utf8');
      for (const extra of [200, 500, 800]) {
        pages.push({
          source,
          html: html
            .replace('<body>', `<body><header>${nav(extra)}</header>`)
            .replace('</body>', `<footer>${nav(extra / 2)}</footer></body>`),
        });
      }
    }
  }
  return pages;
}

function time(label, pages, fn, minMs = 3000) {
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

const pages = realisticPages();
const sizes = pages.map((p) => Buffer.byteLength(p.html) / 1024);

// Memory: parseReadout over the pages in a loop; RSS and heap after a full gc at 5,000 and
// 20,000 pages. Run first, before the DOM baselines fill the heap. Flat figures mean no leak.
const mb = (bytes) => Number((bytes / 1e6).toFixed(1));
const memory = {};
global.gc?.();
memory.start = process.memoryUsage();
for (let i = 1; i <= 20_000; i++) {
  parseReadout({ content: pages[i % pages.length].html });
  if (i === 5_000 || i === 20_000) {
    global.gc?.();
    memory[i] = process.memoryUsage();
  }
}

const parse = time('parseReadout', pages, (p) => parseReadout({ content: p.html }));
const extract = time('extractPage (streaming)', pages, (p) => extractPage(p.html, p.source));
const domWalker = time('extractPageWithDom (linkedom walker)', pages, (p) =>
  extractPageWithDom(p.html, p.source),
);
const baseline = time('Readability + linkedom alone', pages, (p) => {
  const { document } = parseHTML(p.html);
  new Readability(document).parse();
});

// Poll cycle: 100 feeds on loopback that answer 304 to the validators of the last poll.
const feedXml = (
  i,
) => `<?xml version="1.0"?><rss version="2.0"><channel><title>F${i}</title><link>http://x/</link><description>d</description>
<item><title>T</title><link>http://127.0.0.1:PORT/page.html</link><guid>g${i}</guid><pubDate>Mon, 02 Nov 2026 00:00:00 GMT</pubDate></item></channel></rss>`;
const page = readFileSync(
  join(root, 'fixtures/pages/mofa/2021-10-05-japan-us-telephone-numbered.html'),
  'utf8',
);
let pageFetches = 0;
const server = createServer((req, res) => {
  if (req.url === '/page.html') {
    pageFetches++;
    res.writeHead(200, { 'content-type': 'text/html' }).end(page);
    return;
  }
  const i = Number(/\/feed(\d+)/.exec(req.url)?.[1] ?? 0);
  const etag = `"v${i}"`;
  if (req.headers['if-none-match'] === etag) {
    res.writeHead(304, { etag }).end();
    return;
  }
  res
    .writeHead(200, { 'content-type': 'application/rss+xml', etag })
    .end(feedXml(i).replace('PORT', server.address().port));
});
await new Promise((r) => server.listen(0, '127.0.0.1', r));
const base = `http://127.0.0.1:${server.address().port}`;
const dir = mkdtempSync(join(tmpdir(), 'readout-bench-'));
const store = openSqliteStore(join(dir, 'b.db'));
const feeds = Array.from({ length: 100 }, (_, i) => `${base}/feed${i}.xml`);
const logger = pino({ level: 'silent' });
const deps = { store, logger, feeds, channels: [], firstPollDays: 7 };
await pollFeeds(deps); // first poll: reads every feed and page once
pageFetches = 0;
const cpu0 = process.cpuUsage();
const w0 = performance.now();
const runs = 10;
for (let i = 0; i < runs; i++) await pollFeeds(deps);
const cpu = process.cpuUsage(cpu0);
const noChangeWallMs = (performance.now() - w0) / runs;
const noChangeCpuMs = (cpu.user + cpu.system) / 1000 / runs;
const noChangePageFetches = pageFetches / runs;
await store.close();
server.close();
rmSync(dir, { recursive: true, force: true });

const results = {
  parse: {
    pagesPerSec: Math.round(parse.pagesPerSec),
    mbPerSec: Number(parse.mbPerSec.toFixed(2)),
    baselinePagesPerSec: Math.round(baseline.pagesPerSec),
    baselineMbPerSec: Number(baseline.mbPerSec.toFixed(2)),
    extractPagesPerSec: Math.round(extract.pagesPerSec),
    domWalkerPagesPerSec: Math.round(domWalker.pagesPerSec),
    pageKb: { min: Math.round(Math.min(...sizes)), max: Math.round(Math.max(...sizes)) },
    gc: typeof global.gc === 'function',
    rssMbAtStart: mb(memory.start.rss),
    rssMbAt5k: mb(memory[5_000].rss),
    rssMbAt20k: mb(memory[20_000].rss),
    heapMbAtStart: mb(memory.start.heapUsed),
    heapMbAt5k: mb(memory[5_000].heapUsed),
    heapMbAt20k: mb(memory[20_000].heapUsed),
  },
  poll: {
    feeds: 100,
    noChangeCpuMs: Number(noChangeCpuMs.toFixed(1)),
    noChangeWallMs: Number(noChangeWallMs.toFixed(1)),
    noChangePageFetches,
  },
};
mkdirSync(join(root, 'bench/results'), { recursive: true });
writeFileSync(join(root, 'bench/results/latest.json'), `${JSON.stringify(results, null, 2)}\n`);
const row = (r) => ({ 'pages/s': Math.round(r.pagesPerSec), 'MB/s': Number(r.mbPerSec.toFixed(2)) });
console.table({
  'parseReadout (ours)': row(parse),
  'extractPage (streaming HTML layer)': row(extract),
  'extractPageWithDom (old linkedom walker)': row(domWalker),
  'Readability + linkedom (baseline)': row(baseline),
});
console.table({
  'start (after gc)': { 'RSS MB': results.parse.rssMbAtStart, 'heapUsed MB': results.parse.heapMbAtStart },
  'after 5,000 pages (after gc)': {
    'RSS MB': results.parse.rssMbAt5k,
    'heapUsed MB': results.parse.heapMbAt5k,
  },
  'after 20,000 pages (after gc)': {
    'RSS MB': results.parse.rssMbAt20k,
    'heapUsed MB': results.parse.heapMbAt20k,
  },
});
console.table({
  'poll, 100 feeds, all 304': {
    'CPU ms': results.poll.noChangeCpuMs,
    'wall ms': results.poll.noChangeWallMs,
    'page fetches': noChangePageFetches,
  },
});
console.log(
  `pages ${results.parse.pageKb.min}–${results.parse.pageKb.max} KB; parseReadout ×20,000: RSS ${results.parse.rssMbAt5k} → ${results.parse.rssMbAt20k} MB, heap ${results.parse.heapMbAt5k} → ${results.parse.heapMbAt20k} MB between 5,000 and 20,000 pages${results.parse.gc ? '' : ' (no --expose-gc: figures include garbage)'}; written to bench/results/latest.json`,
);
