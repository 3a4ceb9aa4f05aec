// node bench/compare-poll.js DIR_A DIR_B [cycles]: the no-change poll cycle of two built checkouts
// (e.g. a worktree of an older commit and this one, each after `npm run build`), compared in one
// child process, cycle by cycle alternated, so that a shared, busy machine slows both alike. The
// feed server (100 feeds answering 304) runs here; the child's CPU time is the pollers' alone.
// Prints per run the median and the trimmed mean (fastest 80 %) of each, and B's difference.
import { spawn } from 'node:child_process';
import { loadavg } from 'node:os';
import { join, resolve } from 'node:path';
import { startFeedServer } from './lib/feed-server.js';
import { root } from './lib/util.js';

const [a, b, cycles = '200'] = process.argv.slice(2);
if (!a || !b) {
  console.error('usage: node bench/compare-poll.js DIR_A DIR_B [cycles]   (both built: npm run build)');
  process.exit(2);
}
const dirs = [resolve(a), resolve(b)];
const runs = Number(process.env.COMPARE_RUNS ?? 3);
const server = await startFeedServer({ feeds: 100, itemsPerFeed: 1, firstDate: Date.UTC(2026, 9, 1) });
const pct = (x, y) => `${y >= x ? '+' : ''}${((y / x - 1) * 100).toFixed(1)} %`;
try {
  for (let run = 1; run <= runs; run++) {
    // Which one the child loads first changes each run.
    const order = run % 2 ? dirs : [...dirs].reverse();
    const out = await new Promise((done, fail) => {
      const child = spawn(
        process.execPath,
        [
          join(root, 'bench/lib/compare-poll-child.js'),
          JSON.stringify(order),
          JSON.stringify(server.feedUrls),
          cycles,
        ],
        { env: { ...process.env, MALLOC_ARENA_MAX: '2' }, stdio: ['ignore', 'pipe', 'inherit'] },
      );
      let text = '';
      child.stdout.on('data', (d) => {
        text += d;
      });
      child.on('exit', (code) =>
        code === 0 ? done(JSON.parse(text)) : fail(new Error(`child exited ${code}`)),
      );
    });
    const [x, y] = dirs.map((d) => out.find((o) => o.dir === d));
    console.log(
      `run ${run}: CPU ms per cycle, median ${x.median} (A) vs ${y.median} (B) ${pct(x.median, y.median)}; ` +
        `trimmed mean ${x.trimmed} vs ${y.trimmed} ${pct(x.trimmed, y.trimmed)}; ` +
        `load average ${loadavg()
          .map((l) => l.toFixed(1))
          .join(' ')}`,
    );
  }
} finally {
  await server.close();
}
