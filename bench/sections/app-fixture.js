// The real app (`node bin/readout.js serve`, HTTP receiver) as a child process, on an SQLite file
// holding 50,000 seeded readouts, with 100 loopback feeds that answer 304 and a fake Slack. Shared
// by the footprint and lookup sections.
import { createHash } from 'node:crypto';
import {
  copyFileSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startFakeSlack } from '../lib/fake-slack.js';
import { startFeedServer } from '../lib/feed-server.js';
import { summariseProfile } from '../lib/profile.js';
import { seedReadouts } from '../lib/seed.js';
import { freePort, root, startChild } from '../lib/util.js';

const { openSqliteStore } = await import(join(root, 'dist/src/store/sqlite.js'));

export const SIGNING_SECRET = 'bench-signing-secret';

/**
 * An SQLite file with `count` seeded readouts. Seeding 50,000 takes a while, so the file is kept
 * in the temp directory under a key of the seed and store code: a rerun reuses it, a change of
 * either seeds again. BENCH_FRESH=1 always seeds.
 */
export async function seededDatabase(count) {
  // Every compiled store module is in the key (not a list of names, which went stale when
  // modules were merged and then failed on a clean build).
  const storeDir = join(root, 'dist/src/store');
  const hash = createHash('sha1')
    .update(String(count))
    .update(readFileSync(join(root, 'bench/lib/seed.js')));
  for (const name of readdirSync(storeDir)
    .filter((f) => f.endsWith('.js'))
    .sort())
    hash.update(name).update(readFileSync(join(storeDir, name)));
  const key = hash.digest('hex').slice(0, 12);
  const cacheDir = join(tmpdir(), 'readout-bench-cache');
  const cached = join(cacheDir, `readouts-${count}-${key}.db`);
  if (existsSync(cached) && process.env.BENCH_FRESH !== '1') return cached;
  mkdirSync(cacheDir, { recursive: true });
  // Seeded on tmpfs when there is one: the store syncs every insert (synchronous=FULL).
  const work = mkdtempSync(join(existsSync('/dev/shm') ? '/dev/shm' : tmpdir(), 'readout-bench-seed-'));
  let clock = new Date();
  const store = openSqliteStore(join(work, 'seed.db'), () => clock);
  await seedReadouts(store, count, (at) => {
    clock = at;
  });
  await store.close(); // checkpoints the WAL into the file
  // Older seeds of this size are of no use any more (300 MB each at 50,000).
  for (const old of readdirSync(cacheDir).filter((f) => f.startsWith(`readouts-${count}-`)))
    rmSync(join(cacheDir, old), { force: true });
  copyFileSync(join(work, 'seed.db'), `${cached}.part`);
  renameSync(`${cached}.part`, cached);
  rmSync(work, { recursive: true, force: true });
  return cached;
}

export async function startAppFixture({ quick, profile }) {
  const readouts = quick ? 5_000 : 50_000;
  const feedCount = 100;
  process.stderr.write(`bench: preparing ${readouts.toLocaleString('en')} readouts…\n`);
  const file = await seededDatabase(readouts);
  const dir = mkdtempSync(join(tmpdir(), 'readout-bench-app-'));
  const db = join(dir, 'readout.db');
  copyFileSync(file, db);

  const feeds = await startFeedServer({ feeds: feedCount, itemsPerFeed: 1 });
  // The feeds were polled before: their validators are stored, so they answer 304.
  const store = openSqliteStore(db);
  for (let i = 0; i < feedCount; i++) {
    const at = new Date(Date.now() - 600_000).toISOString();
    await store.saveFeed({
      url: feeds.feedUrls[i],
      etag: feeds.etag(i),
      lastModified: null,
      firstPolledAt: at,
      lastFetchedAt: at,
      lastSuccessAt: at,
      lastStatus: 304,
      lastError: null,
      consecutiveErrors: 0,
    });
  }
  const stored = await store.countReadouts();
  await store.close();

  const slack = await startFakeSlack();
  const port = await freePort();
  // BENCH_PROFILE=1: a CPU profile of the whole app process (start, first cycle, the lookups).
  const profileFile = join(root, 'bench/results/app.cpuprofile.json');
  const nodeArgs = profile
    ? ['--cpu-prof', `--cpu-prof-dir=${join(root, 'bench/results')}`, '--cpu-prof-name=app.cpuprofile.json']
    : [];
  const app = await startChild([...nodeArgs, join(root, 'bin/readout.js'), 'serve'], {
    env: {
      SLACK_BOT_TOKEN: 'xoxb-bench',
      SLACK_SIGNING_SECRET: SIGNING_SECRET,
      SLACK_API_URL: slack.apiUrl,
      PORT: String(port),
      DATABASE_URL: db,
      READOUT_FEEDS: feeds.feedUrls.join(','),
      // No scheduled cycle during the run: only the one at start.
      READOUT_POLL_CRON: '0 0 1 1 *',
      LOG_LEVEL: 'info',
      // As `npm start` runs the app (README, "Performance").
      MALLOC_ARENA_MAX: process.env.MALLOC_ARENA_MAX ?? '2',
    },
    ready: /poll cycle done/,
  });
  return {
    readouts: stored,
    feeds: feedCount,
    feedServer: feeds,
    pid: app.proc.pid,
    url: `http://127.0.0.1:${port}`,
    /** Stops the app; resolves with the summary of its CPU profile when one was taken. */
    async close() {
      await app.stop();
      await slack.close();
      await feeds.close();
      rmSync(dir, { recursive: true, force: true });
      if (!profile || !existsSync(profileFile)) return null;
      const summary = summariseProfile(JSON.parse(readFileSync(profileFile, 'utf8')));
      return { file: 'bench/results/app.cpuprofile.json', ...summary };
    },
  };
}
