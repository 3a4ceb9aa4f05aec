// The poller under measurement, in its own process so that its CPU time and memory are its own
// (the feed server and the bench harness live in the parent). Reads one JSON command a line on
// stdin, answers one `@@{json}` line on stdout. Runs the built dist/.
import { writeFileSync } from 'node:fs';
import { Agent, get } from 'node:http';
import { Session } from 'node:inspector/promises';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { pino } from 'pino';
import { mb, procStatusMbs, root } from './util.js';

const { pollFeeds } = await import(join(root, 'dist/src/feeds/poll.js'));
const { openSqliteStore } = await import(join(root, 'dist/src/store/sqlite.js'));
const { parseReadout } = await import(join(root, 'dist/src/readout/parse/index.js'));
const { lightGet } = await import(join(root, 'dist/src/feeds/light-get.js'));
const { createParsePool } = await import(join(root, 'dist/src/readout/parse/pool.js'));

const logger = pino({ level: 'silent' });
let deps = null;
let session = null;
let agent = null;
const marks = {};

/** CPU (user + system) and wall milliseconds of `work`. */
async function measure(work) {
  const cpu0 = process.cpuUsage();
  const t0 = performance.now();
  const value = await work();
  const cpu = process.cpuUsage(cpu0);
  return {
    value,
    cpuMs: (cpu.user + cpu.system) / 1000,
    userMs: cpu.user / 1000,
    sysMs: cpu.system / 1000,
    wallMs: performance.now() - t0,
  };
}

const commands = {
  /**
   * Opens the store. With `checkpoints` (page counts), the poller's fetch is wrapped (pollFeeds
   * takes a fetch for this) to count page requests; at each checkpoint a full gc runs (the child
   * runs with --expose-gc) and RSS and heap are recorded: memory that stays is not garbage.
   */
  open({ db, feeds, channels = [], firstPollDays = 7, checkpoints = [] }) {
    // As the app's cycle runs it (cycle.ts): the default GET, and a parse pool for big feeds.
    deps = {
      store: openSqliteStore(db),
      logger,
      feeds,
      channels,
      firstPollDays,
      parsePool: createParsePool(),
    };
    if (checkpoints.length > 0) {
      let pages = 0;
      deps.fetch = async (url, init) => {
        if (String(url).includes('/page/')) {
          const served = ++pages;
          if (checkpoints.includes(served)) {
            // The workers' heaps too: the main thread's gc does not reach them.
            global.gc?.();
            await deps.parsePool.collectGarbage();
            const rss = procStatusMbs(process.pid, ['VmRSS', 'RssAnon', 'RssFile', 'RssShmem']);
            marks[served] = {
              rssMb: rss.VmRSS,
              rssAnonMb: rss.RssAnon,
              rssFileMb: rss.RssFile,
              rssShmemMb: rss.RssShmem,
              heapUsedMb: mb(process.memoryUsage().heapUsed),
            };
          }
        }
        return lightGet(url, init);
      };
    }
    return { ok: true };
  },
  /** One poll cycle of every feed, through the real pollFeeds. */
  async cycle() {
    const m = await measure(() => pollFeeds(deps));
    const r = m.value;
    return {
      cpuMs: m.cpuMs,
      userMs: m.userMs,
      sysMs: m.sysMs,
      wallMs: m.wallMs,
      newReadouts: r.newReadouts,
      pageFetches: r.pageFetches,
      feedErrors: r.feeds.filter((f) => f.status === 'error').length,
      stored: await deps.store.countReadouts(),
    };
  },
  /** Baseline: the same conditional GETs with global fetch, nothing else (no store, no logs). */
  async fetch304({ urls, etags }) {
    const m = await measure(async () => {
      let notModified = 0;
      for (let i = 0; i < urls.length; i++) {
        const res = await fetch(urls[i], { headers: { 'if-none-match': etags[i] } });
        await res.arrayBuffer();
        if (res.status === 304) notModified++;
      }
      return notModified;
    });
    return { cpuMs: m.cpuMs, wallMs: m.wallMs, notModified: m.value };
  },
  /** The same conditional GETs with node:http and a keep-alive agent: what a lighter client costs. */
  async http304({ urls, etags }) {
    agent ??= new Agent({ keepAlive: true, maxSockets: 1 });
    const m = await measure(async () => {
      let notModified = 0;
      for (let i = 0; i < urls.length; i++) {
        const status = await new Promise((resolve, reject) => {
          get(urls[i], { agent, headers: { 'if-none-match': etags[i] } }, (res) => {
            res.resume();
            res.on('end', () => resolve(res.statusCode));
          }).on('error', reject);
        });
        if (status === 304) notModified++;
      }
      return notModified;
    });
    return { cpuMs: m.cpuMs, wallMs: m.wallMs, notModified: m.value };
  },
  /** Baseline: fetch and parse pages one after another, nothing stored. */
  async fetchParse({ urls }) {
    const m = await measure(async () => {
      for (const url of urls) {
        const res = await fetch(url);
        parseReadout({ content: await res.text(), url });
      }
    });
    return { cpuMs: m.cpuMs, wallMs: m.wallMs };
  },
  /** CPU profile (the format of node --cpu-prof) of the commands between start and stop. */
  async profileStart() {
    session = new Session();
    session.connect();
    await session.post('Profiler.enable');
    await session.post('Profiler.setSamplingInterval', { interval: 100 });
    await session.post('Profiler.start');
    return { ok: true };
  },
  async profileStop({ file }) {
    const { profile } = await session.post('Profiler.stop');
    session.disconnect();
    writeFileSync(file, JSON.stringify(profile));
    return { ok: true };
  },
  memory() {
    const rss = procStatusMbs(process.pid, ['VmRSS', 'VmHWM']);
    return {
      rssMb: rss.VmRSS,
      peakRssMb: rss.VmHWM,
      heapUsedMb: mb(process.memoryUsage().heapUsed),
      marks,
    };
  },
  async exit() {
    await deps?.store.close();
    setImmediate(() => process.exit(0));
    return { ok: true };
  },
};

process.stdout.write('@@{"ready":true}\n');
for await (const line of createInterface({ input: process.stdin })) {
  if (!line.trim()) continue;
  const { cmd, ...args } = JSON.parse(line);
  try {
    const answer = await commands[cmd](args);
    process.stdout.write(`@@${JSON.stringify(answer)}\n`);
  } catch (error) {
    process.stdout.write(`@@${JSON.stringify({ error: String(error?.stack ?? error) })}\n`);
  }
}
