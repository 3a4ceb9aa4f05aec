// The pollers of bench/compare-poll.js: each checkout's own pollFeeds on its own SQLite store, in
// this one process, their cycles alternated; prints each one's CPU ms per cycle as JSON.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pino } from 'pino';

const dirs = JSON.parse(process.argv[2]);
const feeds = JSON.parse(process.argv[3]);
const cycles = Number(process.argv[4]);
const logger = pino({ level: 'silent' });
const temp = mkdtempSync(join(tmpdir(), 'readout-compare-poll-'));
const pollers = [];
for (const [i, dir] of dirs.entries()) {
  const { pollFeeds } = await import(join(dir, 'dist/src/feeds/poll.js'));
  const { openSqliteStore } = await import(join(dir, 'dist/src/store/sqlite.js'));
  const { createParsePool } = await import(join(dir, 'dist/src/readout/parse/pool.js'));
  const deps = {
    store: openSqliteStore(join(temp, `${i}.db`)),
    logger,
    feeds,
    channels: ['CBENCH'],
    firstPollDays: 7,
    parsePool: createParsePool(),
  };
  pollers.push({ dir, pollFeeds, deps, cpu: [] });
}
// The first cycle reads every feed and page; then warm-up.
for (const p of pollers) for (let i = 0; i < 6; i++) await p.pollFeeds(p.deps);
for (let i = 0; i < cycles; i++) {
  for (const p of i % 2 ? [...pollers].reverse() : pollers) {
    const c0 = process.cpuUsage();
    await p.pollFeeds(p.deps);
    const c = process.cpuUsage(c0);
    p.cpu.push((c.user + c.system) / 1000);
  }
}
const round = (n) => Number(n.toFixed(2));
const mean = (xs) => xs.reduce((s, x) => s + x, 0) / xs.length;
const summary = pollers.map(({ dir, cpu }) => {
  const sorted = [...cpu].sort((x, y) => x - y);
  return {
    dir,
    median: round(sorted[Math.floor(sorted.length / 2)]),
    trimmed: round(mean(sorted.slice(0, Math.ceil(sorted.length * 0.8)))),
  };
});
for (const p of pollers) await p.deps.store.close();
rmSync(temp, { recursive: true, force: true });
process.stdout.write(`${JSON.stringify(summary)}\n`);
process.exit(0);
