// Backfill: feeds listing 5,000 pages (fixture pages, varied), fetched, parsed and stored into an
// empty store by the real pollFeeds, in a child process: time, peak RSS (VmHWM) and RSS when 1,000
// and 5,000 pages were served (flat memory). Baseline, in a fresh child of the same kind: the same
// pages fetched and parsed one after another, nothing stored.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startFeedServer } from '../lib/feed-server.js';
import { startPoller } from '../lib/poller.js';
import { summariseProfile } from '../lib/profile.js';
import { root, round } from '../lib/util.js';

export async function benchBackfill({ quick, profile }) {
  const itemsPerFeed = 100;
  const pages = quick ? 1_000 : 5_000;
  const early = pages / 5;
  const feeds = pages / itemsPerFeed;
  const server = await startFeedServer({ feeds, itemsPerFeed });
  const dir = mkdtempSync(join(tmpdir(), 'readout-bench-backfill-'));
  try {
    const poller = await startPoller({ nodeArgs: ['--expose-gc'] });
    await poller.send('open', {
      db: join(dir, 'backfill.db'),
      feeds: server.feedUrls,
      channels: ['CBENCH'],
      checkpoints: [early, (pages * 3) / 5, pages],
    });
    const startRssMb = (await poller.send('memory')).rssMb;
    const profileFile = join(root, 'bench/results/backfill.cpuprofile.json');
    if (profile) await poller.send('profileStart');
    const cycle = await poller.send('cycle');
    if (profile) await poller.send('profileStop', { file: profileFile });
    const memory = await poller.send('memory');
    await poller.exit();
    const at = memory.marks;

    const baselineChild = await startPoller({ nodeArgs: ['--expose-gc'] });
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
      rssMbAtEarly: at[early]?.rssMb,
      rssMbAtEnd: at[pages]?.rssMb,
      heapMbAtEarly: at[early]?.heapUsedMb,
      heapMbAtEnd: at[pages]?.heapUsedMb,
      rssMbAtMid: at[(pages * 3) / 5]?.rssMb,
      heapMbAtMid: at[(pages * 3) / 5]?.heapUsedMb,
      earlyPages: early,
      baselineSeconds: round(baseline.wallMs / 1000, 2),
      baselinePeakRssMb: baselineMemory.peakRssMb,
      targetSeconds: 20,
    };
    results.secondsMet = results.seconds < 20 && results.stored === pages;
    results.flatMet =
      results.rssMbAtEnd <= results.rssMbAtEarly * 1.1 &&
      results.heapMbAtEnd <= results.heapMbAtEarly * 1.1 + 1;
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
        figure: `backfill: RSS MB after ${pages.toLocaleString('en')} pages (after gc)`,
        value: results.rssMbAtEnd,
        baseline: results.rssMbAtEarly,
        baselineIs: `RSS after ${early.toLocaleString('en')} pages of the same run (after gc)`,
        target: 'flat (≤ 1.1×)',
        met: results.rssMbAtEnd <= results.rssMbAtEarly * 1.1,
      },
      {
        figure: `backfill: heap MB after ${pages.toLocaleString('en')} pages (after gc)`,
        value: results.heapMbAtEnd,
        baseline: results.heapMbAtEarly,
        baselineIs: `heap after ${early.toLocaleString('en')} pages of the same run (after gc)`,
        target: 'flat (≤ 1.1×)',
        met: results.heapMbAtEnd <= results.heapMbAtEarly * 1.1 + 1,
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
    await server.close();
    rmSync(dir, { recursive: true, force: true });
  }
}
