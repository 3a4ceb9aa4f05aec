// Backfill: feeds listing 5,000 pages (fixture pages, varied), fetched, parsed and stored into an
// empty store by the real pollFeeds, in a child process: time, peak RSS (VmHWM) and RSS when 1,000
// and 5,000 pages were served (flat memory). Baseline, in a fresh child of the same kind: the same
// pages fetched and parsed one after another, nothing stored.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startFeedServer } from '../lib/feed-server.js';
import { startPoller } from '../lib/poller.js';
import { procStatusMb, round } from '../lib/util.js';

export async function benchBackfill({ quick }) {
  const itemsPerFeed = 100;
  const pages = quick ? 1_000 : 5_000;
  const early = pages / 5;
  const feeds = pages / itemsPerFeed;
  const server = await startFeedServer({ feeds, itemsPerFeed });
  const dir = mkdtempSync(join(tmpdir(), 'readout-bench-backfill-'));
  try {
    const poller = await startPoller();
    const rssAt = {};
    server.onPage((served) => {
      if (served === early || served === pages) rssAt[served] = procStatusMb(poller.pid, 'VmRSS');
    });
    await poller.send('open', { db: join(dir, 'backfill.db'), feeds: server.feedUrls, channels: ['CBENCH'] });
    const startRssMb = (await poller.send('memory')).rssMb;
    const cycle = await poller.send('cycle');
    const memory = await poller.send('memory');
    await poller.exit();

    const baselineChild = await startPoller();
    const urls = Array.from({ length: pages }, (_, n) => `${server.base}/page/${n}.html`);
    const baseline = await baselineChild.send('fetchParse', { urls });
    const baselineMemory = await baselineChild.send('memory');
    await baselineChild.exit();

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
      rssMbAtEarly: rssAt[early],
      rssMbAtEnd: rssAt[pages],
      earlyPages: early,
      baselineSeconds: round(baseline.wallMs / 1000, 2),
      baselinePeakRssMb: baselineMemory.peakRssMb,
      targetSeconds: 20,
    };
    results.secondsMet = results.seconds < 20 && results.stored === pages;
    results.flatMet = results.rssMbAtEnd <= results.rssMbAtEarly * 1.1;
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
        figure: `backfill: RSS MB after ${pages.toLocaleString('en')} pages`,
        value: results.rssMbAtEnd,
        baseline: results.rssMbAtEarly,
        baselineIs: `RSS after ${early.toLocaleString('en')} pages of the same run`,
        target: 'flat (≤ 1.1×)',
        met: results.flatMet,
      },
      {
        figure: 'backfill: readouts stored / page fetches / feed errors',
        value: `${results.stored} / ${results.pageFetches} / ${results.feedErrors}`,
        target: `${pages} / ${pages} / 0`,
        met: results.stored === pages && results.pageFetches === pages && results.feedErrors === 0,
      },
    ];
    return { results, rows };
  } finally {
    await server.close();
    rmSync(dir, { recursive: true, force: true });
  }
}
