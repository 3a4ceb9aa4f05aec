// Poll cycle of 100 feeds through the real pollFeeds, in a child process (its CPU is the poller's
// alone; the feed server runs here). No change: every feed answers 304. One new: one feed has one
// new item (fetched, parsed, stored, planned). Baseline, in the same child and interleaved with
// the cycles: the same 100 conditional GETs with global fetch and nothing else.
import { mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startFeedServer } from '../lib/feed-server.js';
import { startPoller } from '../lib/poller.js';
import { summariseProfile } from '../lib/profile.js';
import { percentile, root, round } from '../lib/util.js';

/** The median of `key` over a series of measurements, rounded. */
const med = (series, key) =>
  round(
    percentile(
      series.map((c) => c[key]),
      50,
    ),
  );

export async function benchPoll({ quick, profile }) {
  const feeds = 100;
  const runs = quick ? 6 : 20;
  const server = await startFeedServer({ feeds, itemsPerFeed: 1, firstDate: Date.UTC(2026, 9, 1) });
  const dir = mkdtempSync(join(tmpdir(), 'readout-bench-poll-'));
  const poller = await startPoller();
  try {
    await poller.send('open', { db: join(dir, 'poll.db'), feeds: server.feedUrls, channels: ['CBENCH'] });
    const first = await poller.send('cycle'); // the first poll reads every feed and page once
    const etags = server.feedUrls.map((_, i) => server.etag(i));
    for (let i = 0; i < 3; i++) {
      await poller.send('cycle'); // warm-up
      await poller.send('fetch304', { urls: server.feedUrls, etags });
      await poller.send('http304', { urls: server.feedUrls, etags });
    }

    // Interleaved, so that a noisy moment hits every series alike.
    const noChange = [];
    const baseline = [];
    const lighter = [];
    const oneNew = [];
    let pagesNoChange = 0;
    let newNoChange = 0;
    let pagesOneNew = 0;
    let newOneNew = 0;
    for (let i = 0; i < runs; i++) {
      let pages0 = server.counts.pages;
      const c = await poller.send('cycle');
      pagesNoChange += server.counts.pages - pages0;
      newNoChange += c.newReadouts;
      noChange.push(c);
      baseline.push(await poller.send('fetch304', { urls: server.feedUrls, etags }));
      lighter.push(await poller.send('http304', { urls: server.feedUrls, etags }));

      const changed = (i * 37) % feeds;
      server.addItem(changed);
      pages0 = server.counts.pages;
      const n = await poller.send('cycle');
      pagesOneNew += server.counts.pages - pages0;
      newOneNew += n.newReadouts;
      oneNew.push(n);
      etags[changed] = server.etag(changed);
    }

    let profileTop = null;
    if (profile) {
      mkdirSync(join(root, 'bench/results'), { recursive: true });
      const file = join(root, 'bench/results/poll-no-change.cpuprofile.json');
      await poller.send('profileStart');
      for (let i = 0; i < runs; i++) await poller.send('cycle');
      await poller.send('profileStop', { file });
      const summary = summariseProfile(JSON.parse(readFileSync(file, 'utf8')));
      profileTop = {
        file: 'bench/results/poll-no-change.cpuprofile.json',
        ...summary,
        byFunction: summary.byFunction.slice(0, 15),
        byModule: summary.byModule.slice(0, 10),
      };
    }

    const results = {
      feeds,
      runs,
      firstPollPages: first.pageFetches,
      noChangeCpuMs: med(noChange, 'cpuMs'),
      noChangeUserMs: med(noChange, 'userMs'),
      noChangeSysMs: med(noChange, 'sysMs'),
      noChangeWallMs: med(noChange, 'wallMs'),
      noChangePageFetches: pagesNoChange / runs,
      noChangeNewReadouts: newNoChange / runs,
      baselineCpuMs: med(baseline, 'cpuMs'),
      baselineWallMs: med(baseline, 'wallMs'),
      nodeHttpCpuMs: med(lighter, 'cpuMs'),
      oneNewCpuMs: med(oneNew, 'cpuMs'),
      oneNewWallMs: med(oneNew, 'wallMs'),
      oneNewPageFetches: pagesOneNew / runs,
      oneNewNewReadouts: newOneNew / runs,
      targetNoChangeCpuMs: 50,
    };
    results.noChangeCpuMet = results.noChangeCpuMs < 50;
    results.noChangeNoPagesMet = results.noChangePageFetches === 0 && results.noChangeNewReadouts === 0;
    const rows = [
      {
        figure: 'poll: no-change cycle, 100 feeds, CPU ms',
        value: results.noChangeCpuMs,
        baseline: results.baselineCpuMs,
        baselineIs: '100 conditional GETs (fetch), nothing else',
        target: '< 50',
        met: results.noChangeCpuMet,
      },
      {
        figure: 'poll: 100 conditional GETs with node:http keep-alive, CPU ms',
        value: results.nodeHttpCpuMs,
        baseline: results.baselineCpuMs,
        baselineIs: 'the same GETs with fetch (what the poller uses)',
      },
      {
        figure: 'poll: no-change cycle, wall ms',
        value: results.noChangeWallMs,
        baseline: results.baselineWallMs,
        baselineIs: '100 conditional GETs (fetch), nothing else',
      },
      {
        figure: 'poll: no-change cycle, pages fetched / new readouts',
        value: `${results.noChangePageFetches} / ${results.noChangeNewReadouts}`,
        target: '0 / 0',
        met: results.noChangeNoPagesMet,
      },
      {
        figure: 'poll: one-new cycle, CPU ms',
        value: results.oneNewCpuMs,
        baseline: results.noChangeCpuMs,
        baselineIs: 'the no-change cycle',
      },
      {
        figure: 'poll: one-new cycle, wall ms',
        value: results.oneNewWallMs,
        baseline: results.noChangeWallMs,
        baselineIs: 'the no-change cycle',
      },
      {
        figure: 'poll: one-new cycle, pages fetched / new readouts',
        value: `${results.oneNewPageFetches} / ${results.oneNewNewReadouts}`,
        target: '1 / 1',
        met: results.oneNewPageFetches === 1 && results.oneNewNewReadouts === 1,
      },
    ];
    return { results, rows, profile: profileTop };
  } finally {
    await poller.exit();
    await server.close();
    rmSync(dir, { recursive: true, force: true });
  }
}
