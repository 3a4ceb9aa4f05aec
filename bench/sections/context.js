// The thread context reply (issue 16 §4): what planning a new readout's post with its context
// reply costs, per planned post, over the seeded store. `planForChannels` (deliver/threads.ts)
// reads the relation's earlier readouts, works out the new and recurring topics and plans the
// post with its reply (a thread note) in one transaction. Baseline: the same post planned alone
// (`Store.planPost`, no context). Each round plans 20 readouts not seen before, one channel
// each; the median round per post is reported, in wall and CPU time (process.cpuUsage).
import { copyFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { insertSynthetic, syntheticReadout } from '../lib/seed.js';
import { percentile, root, round } from '../lib/util.js';
import { seededDatabase } from './app-fixture.js';

const dist = (path) => import(join(root, 'dist/src', path));
const PER_ROUND = 20;

export async function benchContext({ quick }) {
  const count = quick ? 5_000 : 50_000;
  const rounds = quick ? 3 : 7;
  const { openStore } = await dist('store/index.js');
  const { contextFor, planForChannels } = await dist('deliver/threads.js');
  const dir = mkdtempSync(join(tmpdir(), 'readout-bench-context-'));
  copyFileSync(await seededDatabase(count), join(dir, 'readout.db'));
  const store = openStore(join(dir, 'readout.db'));
  let next = 3_000_000;
  const fresh = async () => {
    const out = [];
    for (let i = 0; i < PER_ROUND; i++)
      out.push(
        await insertSynthetic(store, syntheticReadout(next++), {
          feedUrl: 'https://bench.example/c.xml',
          announce: true,
        }),
      );
    return out;
  };
  /** One round: `plan` for each of 20 new readouts; ms and CPU ms per readout, and the replies planned. */
  const round20 = async (plan) => {
    const readouts = await fresh();
    const c0 = process.cpuUsage();
    const t0 = performance.now();
    for (const stored of readouts) await plan(stored);
    const cpu = process.cpuUsage(c0);
    // How many had an earlier readout of their relation, so a reply (outside the timing).
    let replies = 0;
    for (const stored of readouts) if (await contextFor(store, stored, null)) replies++;
    return {
      ms: (performance.now() - t0) / PER_ROUND,
      cpuMs: (cpu.user + cpu.system) / 1000 / PER_ROUND,
      replies,
    };
  };
  const alone = (stored) => store.planPost(stored.id, 'CBENCHALONE', { fresh: true });
  const withContext = (stored) => planForChannels(store, stored, ['CBENCHCONTEXT']);
  try {
    await round20(alone); // warm: statements prepared, pages cached
    await round20(withContext);
    const base = [];
    const ctx = [];
    // Alternated, so that both see the same machine.
    for (let r = 0; r < rounds; r++) {
      base.push(await round20(alone));
      ctx.push(await round20(withContext));
    }
    const med = (list, key) =>
      percentile(
        list.map((x) => x[key]),
        50,
      );
    const results = {
      readouts: count,
      rounds,
      perRound: PER_ROUND,
      msPerPost: round(med(ctx, 'ms'), 3),
      cpuMsPerPost: round(med(ctx, 'cpuMs'), 3),
      baselineMsPerPost: round(med(base, 'ms'), 3),
      baselineCpuMsPerPost: round(med(base, 'cpuMs'), 3),
      repliesPerRound: round(med(ctx, 'replies'), 1),
    };
    const baselineIs = 'the same post planned alone (Store.planPost, no context), per post';
    return {
      results,
      rows: [
        {
          figure: `context reply: a new readout's post planned with its context reply, ms per planned post (${count} readouts, median of ${rounds} rounds of ${PER_ROUND}; ${results.repliesPerRound} with a reply)`,
          value: results.msPerPost,
          baseline: results.baselineMsPerPost,
          baselineIs,
        },
        {
          figure: 'context reply: the same, CPU ms per planned post (process.cpuUsage)',
          value: results.cpuMsPerPost,
          baseline: results.baselineCpuMsPerPost,
          baselineIs: `${baselineIs}, CPU`,
        },
      ],
    };
  } finally {
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  }
}
