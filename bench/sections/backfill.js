// Backfill: feeds listing 5,000 pages (fixture pages, varied), fetched, parsed and stored into an
// empty store by the real pollFeeds, in a child process: time, peak RSS (VmHWM), and RSS and heap
// after a full gc every 500 pages (flat memory). Baseline, in a fresh child of the same kind: the
// same pages fetched and parsed one after another, nothing stored.
//
// Flat is judged by the trend, not by two samples: RSS after a gc swings by ±20 MB from one
// sample to the next (the parse worker's heap and pages in flight, which the main thread's gc does
// not reach), so page 1,000 against page 5,000 alone read 1.02× to 1.14× on runs of the same code.
// A least-squares line through every sample gives the growth the run shows per 1,000 pages.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startFeedServer } from '../lib/feed-server.js';
import { startPoller } from '../lib/poller.js';
import { summariseProfile } from '../lib/profile.js';
import { root, round } from '../lib/util.js';

/**
 * The least-squares line through `samples` (page count → `field`), read at pages `from` and `to`;
 * with its slope per 1,000 pages.
 */
function lineThrough(samples, field, from, to) {
  const n = samples.length;
  const mx = samples.reduce((sum, m) => sum + m.pages, 0) / n;
  const my = samples.reduce((sum, m) => sum + m[field], 0) / n;
  const sxx = samples.reduce((sum, m) => sum + (m.pages - mx) ** 2, 0);
  const slope = sxx === 0 ? 0 : samples.reduce((sum, m) => sum + (m.pages - mx) * (m[field] - my), 0) / sxx;
  const at = (x) => round(my + slope * (x - mx), 1);
  return { mbPer1000: round(slope * 1000, 2), atEarly: at(from), atEnd: at(to) };
}

export async function benchBackfill({ quick, profile }) {
  const itemsPerFeed = 100;
  const pages = quick ? 1_000 : 5_000;
  const early = pages / 5;
  // Ten samples whatever the size: every 500 pages, or 100 in a quick run.
  const sampleEvery = pages / 10;
  const feeds = pages / itemsPerFeed;
  const server = await startFeedServer({ feeds, itemsPerFeed });
  const dir = mkdtempSync(join(tmpdir(), 'readout-bench-backfill-'));
  // Children still running, exited in `finally` when a step throws.
  let poller = null;
  let baselineChild = null;
  try {
    poller = await startPoller({ nodeArgs: ['--expose-gc'] });
    await poller.send('open', {
      db: join(dir, 'backfill.db'),
      feeds: server.feedUrls,
      channels: ['CBENCH'],
      checkpoints: Array.from({ length: 10 }, (_, i) => (i + 1) * sampleEvery),
    });
    const startRssMb = (await poller.send('memory')).rssMb;
    const profileFile = join(root, 'bench/results/backfill.cpuprofile.json');
    if (profile) await poller.send('profileStart');
    const cycle = await poller.send('cycle');
    if (profile) await poller.send('profileStop', { file: profileFile });
    const memory = await poller.send('memory');
    await poller.exit(); // before the baseline child starts: the two do not share the machine
    poller = null;
    const samples = Object.entries(memory.marks)
      .map(([n, m]) => ({ pages: Number(n), ...m }))
      .filter((m) => m.pages >= early)
      .sort((a, b) => a.pages - b.pages);
    const rssTrend = lineThrough(samples, 'rssMb', early, pages);
    const heapTrend = lineThrough(samples, 'heapUsedMb', early, pages);

    baselineChild = await startPoller({ nodeArgs: ['--expose-gc'] });
    const urls = Array.from({ length: pages }, (_, n) => `${server.base}/page/${n}.html`);
    const baseline = await baselineChild.send('fetchParse', { urls });
    const baselineMemory = await baselineChild.send('memory');
    await baselineChild.exit();
    baselineChild = null;

    const results = {
      pages,
      feeds,
      seconds: round(cycle.wallMs / 1000, 2),
      cpuSeconds: round(cycle.cpuMs / 1000, 2),
      pagesPerSec: round(pages / (cycle.wallMs / 1000), 0),
      stored: cycle.stored,
      pageFetches: cycle.pageFetches,
      feedErrors: cycle.feedErrors,
      peakRssMb: memory.peakRssMb,
      startRssMb,
      earlyPages: early,
      // RSS split into anonymous, file-backed and shared memory, and the heap, at each sample.
      memorySamples: samples,
      rssRangeMb: [Math.min(...samples.map((m) => m.rssMb)), Math.max(...samples.map((m) => m.rssMb))],
      rssTrend,
      heapTrend,
      baselineSeconds: round(baseline.wallMs / 1000, 2),
      baselinePeakRssMb: baselineMemory.peakRssMb,
      targetSeconds: 20,
    };
    results.secondsMet = results.seconds < 20 && results.stored === pages;
    const rssFlat = rssTrend.atEnd <= rssTrend.atEarly * 1.1;
    const heapFlat = heapTrend.atEnd <= heapTrend.atEarly * 1.1 + 1;
    results.flatMet = rssFlat && heapFlat;
    const rows = [
      {
        figure: `backfill: ${pages.toLocaleString('en')} pages fetched, parsed, stored, seconds`,
        value: results.seconds,
        baseline: results.baselineSeconds,
        baselineIs: 'the same pages fetched and parsed one by one, nothing stored',
        target: '< 20',
        met: results.secondsMet,
      },
      {
        figure: 'backfill: peak RSS MB (VmHWM)',
        value: results.peakRssMb,
        baseline: results.baselinePeakRssMb,
        baselineIs: 'peak RSS of the fetch-and-parse baseline',
      },
      {
        figure: `backfill: RSS MB, trend line at ${pages.toLocaleString('en')} pages (after gc)`,
        value: rssTrend.atEnd,
        baseline: rssTrend.atEarly,
        baselineIs: `the same line at ${early.toLocaleString('en')} pages: least squares through RSS after a gc every ${sampleEvery} pages`,
        target: 'flat (≤ 1.1×)',
        met: rssFlat,
      },
      {
        figure: `backfill: RSS MB after gc, lowest–highest sample, pages ${early.toLocaleString('en')}–${pages.toLocaleString('en')}`,
        value: `${results.rssRangeMb[0]}–${results.rssRangeMb[1]}`,
      },
      {
        figure: `backfill: heap MB, trend line at ${pages.toLocaleString('en')} pages (after gc)`,
        value: heapTrend.atEnd,
        baseline: heapTrend.atEarly,
        baselineIs: `the same line at ${early.toLocaleString('en')} pages`,
        target: 'flat (≤ 1.1×)',
        met: heapFlat,
      },
      {
        figure: 'backfill: readouts stored / page fetches / feed errors',
        value: `${results.stored} / ${results.pageFetches} / ${results.feedErrors}`,
        target: `${pages} / ${pages} / 0`,
        met: results.stored === pages && results.pageFetches === pages && results.feedErrors === 0,
      },
    ];
    const summary = profile ? summariseProfile(JSON.parse(readFileSync(profileFile, 'utf8'))) : null;
    return {
      results,
      rows,
      profile: summary && { file: 'bench/results/backfill.cpuprofile.json', ...summary },
    };
  } finally {
    await poller?.exit();
    await baselineChild?.exit();
    await server.close();
    rmSync(dir, { recursive: true, force: true });
  }
}
