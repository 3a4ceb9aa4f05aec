// Watches (issue 16): what 1,000 watches add to a poll cycle that brings 20 new readouts, over the
// seeded store. For each new readout the poller's plan stage runs (`planPosts`, feeds/stages/
// plan.ts): its channel's post with its context reply, the word-filtered subscriptions' channels
// and the watchers' direct messages. Baseline: the same stage for 20 other new readouts with one
// channel and no watch or word filter. Each round stores 20 readouts not seen before (planning is
// idempotent: a second round on the same ones plans nothing), and the median round is reported,
// in wall time and in CPU time (process.cpuUsage: the figure to trust on a loaded machine).
import { copyFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { insertSynthetic, syntheticReadout } from '../lib/seed.js';
import { percentile, root, round } from '../lib/util.js';
import { seededDatabase } from './app-fixture.js';

const dist = (path) => import(join(root, 'dist/src', path));

/**
 * What analysts watch, one or two words each: 20 topics of the readouts (the seed's, frequent to
 * rare) and 30 rare ones; 1,000 watches cycle through them, so each is watched by 20 people.
 */
const WATCHED = [
  'north korea',
  'abductions',
  'ukraine',
  'indo-pacific',
  'semiconductors',
  'senkaku',
  'decarbonization',
  'rare earths',
  'fukushima',
  'quantum',
  'cybersecurity',
  'tourism',
  'mekong',
  'arctic fisheries',
  'sahel demining',
  'hiroshima summit',
  'pandemic preparedness',
  'connectivity',
  'south china sea',
  'non-proliferation',
  ...[
    'hokkaido',
    'okinawa',
    'mekong',
    'pacific islands',
    'arctic',
    'sahel',
    'horn of africa',
    'caspian',
  ].flatMap((place) => ['port', 'scholarship', 'relief', 'demining'].map((what) => `${place} ${what}`)),
].slice(0, 50);
const RELATIONS = ['japan-us', 'japan-korea', 'japan-china', 'japan-australia'];
const WATCHES = 1_000;
const NEW_READOUTS = 20;

/** Rare second words: with one of the topics, a pair few readouts have. */
const QUALIFIERS = [
  'hokkaido',
  'okinawa',
  'arctic',
  'sahel',
  'caspian',
  'scholarship',
  'relief',
  'port',
  'demining',
  'fisheries',
  'tourism',
  'quantum',
  'mekong',
  'hydrogen',
  'shinkansen',
  'fukushima',
  'senkaku',
  'space',
  'africa',
  'islands',
];

/**
 * Two loads of 1,000 watches. Sparse: 1,000 different watches (a topic and a rare second word),
 * as people with their own interests. Hot: the 50 topics watched by 20 people each, so a
 * readout about North Korea goes to 20 people at once.
 */
const LOADS = {
  sparse: (i) =>
    `${WATCHED[i % WATCHED.length].split(' ')[0]} ${QUALIFIERS[Math.floor(i / WATCHED.length) % QUALIFIERS.length]}`,
  hot: (i) => WATCHED[i % WATCHED.length],
};

async function scenario({ quick, count, load }) {
  const rounds = quick ? 3 : 7;
  const { openStore } = await dist('store/index.js');
  const { planPosts } = await dist('feeds/stages/plan.js');
  const logger = { info() {}, warn() {}, error() {}, debug() {} };
  const dir = mkdtempSync(join(tmpdir(), 'readout-bench-watches-'));
  copyFileSync(await seededDatabase(count), join(dir, 'readout.db'));
  const store = openStore(join(dir, 'readout.db'));
  let next = 2_000_000;
  const cycle = async () => {
    const fresh = [];
    for (let i = 0; i < NEW_READOUTS; i++)
      fresh.push(
        await insertSynthetic(store, syntheticReadout(next++), {
          feedUrl: 'https://bench.example/w.xml',
          announce: true,
        }),
      );
    const subscriptions = await store.listSubscriptions();
    // What the watches and word filters themselves cost inside the stage: the readout matched,
    // the direct messages planned (the filters' channels join the readout's other channels).
    const own = { ms: 0, cpuMs: 0 };
    const timed =
      (method) =>
      async (...args) => {
        const c0 = process.cpuUsage();
        const t0 = performance.now();
        try {
          return await store[method](...args);
        } finally {
          const c = process.cpuUsage(c0);
          own.ms += performance.now() - t0;
          own.cpuMs += (c.user + c.system) / 1000;
        }
      };
    const measured = {
      ...store,
      matchReadout: timed('matchReadout'),
      planWatchMessages: timed('planWatchMessages'),
    };
    // The plan stage as a cycle runs it, with one channel that receives every readout.
    const cycle = {
      deps: { store: measured, logger, channels: ['CBENCHALL'] },
      report: { postsPlanned: 0, heldBack: 0 },
      subscriptions,
    };
    const c0 = process.cpuUsage();
    const t0 = performance.now();
    for (const stored of fresh) await planPosts(cycle, stored);
    const cpu = process.cpuUsage(c0);
    return {
      ms: performance.now() - t0,
      cpuMs: (cpu.user + cpu.system) / 1000,
      own,
      planned: cycle.report.postsPlanned,
    };
  };
  try {
    await cycle(); // warm: statements prepared, pages cached
    const without = [];
    const cpuWithout = [];
    let plannedWithout = 0;
    for (let r = 0; r < rounds; r++) {
      const c = await cycle();
      without.push(c.ms);
      cpuWithout.push(c.cpuMs);
      plannedWithout = c.planned;
    }
    for (let i = 0; i < WATCHES; i++) {
      // A quarter of the watches name a relation; people differ (one watch each).
      const relation = i % 4 === 0 ? RELATIONS[(i / 4) % RELATIONS.length] : null;
      await store.addWatch({
        userId: `UBENCH${String(i).padStart(5, '0')}`,
        words: load(i).split(' '),
        relation,
      });
    }
    for (let i = 0; i < 10; i++)
      await store.addSubscription({
        channel: `CBENCH${i}`,
        target: RELATIONS[i % RELATIONS.length],
        kind: null,
        level: null,
        createdBy: null,
        words: WATCHED[i].split(' '),
      });
    await cycle(); // the watches read and compiled once (again only when they change)
    const loaded = [];
    const cpuLoaded = [];
    const ownMs = [];
    const ownCpuMs = [];
    let planned = 0;
    for (let r = 0; r < rounds; r++) {
      const c = await cycle();
      loaded.push(c.ms);
      cpuLoaded.push(c.cpuMs);
      ownMs.push(c.own.ms);
      ownCpuMs.push(c.own.cpuMs);
      planned += c.planned - plannedWithout; // not the channel's own posts
    }
    const base = percentile(without, 50);
    const withWatches = percentile(loaded, 50);
    return {
      rounds,
      cycleMsWithout: round(base, 2),
      cycleMsWith: round(withWatches, 2),
      addedMs: round(withWatches - base, 2),
      cpuMsWithout: round(percentile(cpuWithout, 50), 2),
      cpuMsWith: round(percentile(cpuLoaded, 50), 2),
      cpuAddedMs: round(percentile(cpuLoaded, 50) - percentile(cpuWithout, 50), 2),
      watchMs: round(percentile(ownMs, 50), 2),
      watchCpuMs: round(percentile(ownCpuMs, 50), 2),
      plannedPerCycle: round(planned / rounds, 1),
    };
  } finally {
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

export async function benchWatches({ quick }) {
  const count = quick ? 5_000 : 50_000;
  const sparse = await scenario({ quick, count, load: LOADS.sparse });
  const hot = await scenario({ quick, count, load: LOADS.hot });
  const results = {
    readouts: count,
    watches: WATCHES,
    wordSubscriptions: 10,
    newReadouts: NEW_READOUTS,
    sparse,
    hot,
  };
  const baselineIs = `the plan stage for ${NEW_READOUTS} new readouts, one channel, no watch (ms, median)`;
  const row = (name, r, target) => [
    {
      figure: `watches (${name}): ${WATCHES} watches + 10 word filters, ${NEW_READOUTS} new readouts: ms the matching and the direct messages take in the plan stage (median of ${r.rounds}; ${r.plannedPerCycle} planned)`,
      value: r.watchMs,
      baseline: r.cycleMsWithout,
      baselineIs,
      ...(target ? { target: '< 20', met: r.watchMs < 20 } : {}),
    },
    {
      figure: `watches (${name}): the same, CPU ms (process.cpuUsage, median)`,
      value: r.watchCpuMs,
      baseline: r.cpuMsWithout,
      baselineIs: `${baselineIs}, CPU`,
      ...(target ? { target: '< 20', met: r.watchCpuMs < 20 } : {}),
    },
    {
      figure: `watches (${name}): the whole plan stage with them minus without, CPU ms (noisy: two medians of a stage dominated by the context reply)`,
      value: r.cpuAddedMs,
      baseline: r.cpuMsWithout,
      baselineIs: `${baselineIs}, CPU`,
    },
  ];
  return { results, rows: [...row('sparse', sparse, true), ...row('hot', hot, false)] };
}
