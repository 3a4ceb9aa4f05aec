// Posting a backlog: 200 planned posts (200 readouts, each to one of 5 channels, 40 a channel,
// planned in a mixed order as subscriptions produce them) delivered by the real deliverPending with
// the real @slack/web-api WebClient as src/app/serve.ts configures it (createWebClient), against a fake
// Slack that allows one message a second per channel (429 + Retry-After: 1 beyond). Floor: 40 posts
// a channel at 1/s = 40 s. Baseline in the same run: the same backlog against a fake without limit
// (the delivery's own cost).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pino } from 'pino';
import { startFakeSlack } from '../lib/fake-slack.js';
import { insertSynthetic, syntheticReadout } from '../lib/seed.js';
import { rng, root, round } from '../lib/util.js';

const { openSqliteStore } = await import(join(root, 'dist/src/store/sqlite.js'));
const { deliverPending } = await import(join(root, 'dist/src/deliver/deliver.js'));
const { createSlackPoster } = await import(join(root, 'dist/src/deliver/poster.js'));
const { createWebClient } = await import(join(root, 'dist/src/app/serve.js'));
const { pacedPoster, POST_INTERVAL_MS } = await import(join(root, 'dist/src/deliver/pace.js'));

const CHANNELS = ['CBENCH1', 'CBENCH2', 'CBENCH3', 'CBENCH4', 'CBENCH5'];

/** Channels for `posts` readouts, the same number for each, in a seeded mixed order. */
function channelOrder(posts) {
  const order = Array.from({ length: posts }, (_, i) => CHANNELS[i % CHANNELS.length]);
  const r = rng(42);
  for (let i = order.length - 1; i > 0; i--) {
    const j = Math.floor(r() * (i + 1));
    [order[i], order[j]] = [order[j], order[i]];
  }
  return order;
}

/** Plans the backlog in a fresh store, drains it, and checks every post arrived exactly once. */
async function drain(posts, ratePerChannelPerSec) {
  const dir = mkdtempSync(join(tmpdir(), 'readout-bench-posting-'));
  const slack = await startFakeSlack({ ratePerChannelPerSec });
  const store = openSqliteStore(join(dir, 'posting.db'));
  try {
    const planned = [];
    const order = channelOrder(posts);
    for (let i = 0; i < posts; i++) {
      const stored = await insertSynthetic(store, syntheticReadout(900_000 + i), {
        feedUrl: 'https://www.example-mofa.gov/feed.xml',
        announce: true,
      });
      await store.planPost(stored.id, order[i]);
      planned.push({ id: stored.id, channel: order[i] });
    }
    const client = createWebClient({ slack: { botToken: 'xoxb-bench', apiUrl: slack.apiUrl } });
    // The client logs every 429 to the console; the counts below say it once.
    client.logger.setLevel('error');
    // Paced as `readout serve` paces it (src/app/serve.ts → createCycle's paceMs).
    const poster = pacedPoster(createSlackPoster(client), POST_INTERVAL_MS);
    const logger = pino({ level: 'silent' });
    const t0 = performance.now();
    const cpu0 = process.cpuUsage();
    let rounds = 0;
    let failed = 0;
    // As cycles would: a post that failed stays planned and goes on the next delivery.
    while ((await store.pendingPosts(1)).length > 0 && rounds < 20) {
      rounds++;
      const report = await deliverPending({
        store,
        poster,
        logger,
        render: { timeZone: 'UTC' },
        alertChannel: null,
      });
      failed += report.failed;
    }
    const seconds = (performance.now() - t0) / 1000;
    const cpu = process.cpuUsage(cpu0);
    // Where the time goes: stretches with no post accepted in any channel (waiting out a 429).
    const times = slack.messages.map((m) => m.at).sort((a, b) => a - b);
    let idleMs = 0;
    for (let i = 1; i < times.length; i++)
      if (times[i] - times[i - 1] > 500) idleMs += times[i] - times[i - 1];
    const top = slack.messages.filter((m) => !m.thread_ts);
    const seen = new Map();
    for (const m of top) {
      const key = `${m.metadata?.event_payload?.readout_id}@${m.channel}`;
      seen.set(key, (seen.get(key) ?? 0) + 1);
    }
    const lost = planned.filter((p) => !seen.has(`${p.id}@${p.channel}`)).length;
    const duplicates = [...seen.values()].filter((n) => n > 1).length;
    return {
      seconds,
      cpuSeconds: (cpu.user + cpu.system) / 1e6,
      idleSeconds: idleMs / 1000,
      rateLimited: slack.counts.rateLimited,
      lost,
      duplicates,
      rounds,
      failed,
      posted: top.length,
    };
  } finally {
    await store.close();
    await slack.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

export async function benchPosting({ quick }) {
  const posts = quick ? 50 : 200;
  const channels = CHANNELS.length;
  const floorSeconds = posts / channels; // one message a second in each channel, side by side
  const unlimited = await drain(posts, 0);
  const limited = await drain(posts, 1);
  const results = {
    posts,
    channels,
    drainSeconds: round(limited.seconds, 1),
    floorSeconds,
    rateLimited: limited.rateLimited,
    lost: limited.lost,
    duplicates: limited.duplicates,
    posted: limited.posted,
    deliveryRounds: limited.rounds,
    failedAttempts: limited.failed,
    cpuSeconds: round(limited.cpuSeconds, 2),
    idleSeconds: round(limited.idleSeconds, 1),
    unlimitedDrainSeconds: round(unlimited.seconds, 2),
    unlimitedLost: unlimited.lost,
    targetDrainSeconds: round(floorSeconds * 1.1, 1),
  };
  results.met = results.drainSeconds <= floorSeconds * 1.1 && results.lost === 0 && results.duplicates === 0;
  const rows = [
    {
      figure: `posting: ${posts} posts to ${channels} channels at 1/s/channel, drain seconds`,
      value: results.drainSeconds,
      baseline: floorSeconds,
      baselineIs: `the floor: ${posts / channels} posts a channel at one a second, channels side by side`,
      target: `≤ ${results.targetDrainSeconds}`,
      met: results.met,
    },
    {
      figure: 'posting: same backlog, no rate limit, drain seconds',
      value: results.unlimitedDrainSeconds,
      baseline: floorSeconds,
      baselineIs: 'the floor (this is the delivery code’s own cost)',
    },
    {
      figure: 'posting: seconds in gaps > 0.5 s with no post in any channel',
      value: results.idleSeconds,
      baseline: results.drainSeconds,
      baselineIs: 'the whole drain',
    },
    {
      figure: 'posting: CPU seconds of the drain',
      value: results.cpuSeconds,
      baseline: results.drainSeconds,
      baselineIs: 'the drain’s wall seconds',
    },
    {
      figure: 'posting: 429s received / lost / duplicated',
      value: `${results.rateLimited} / ${results.lost} / ${results.duplicates}`,
      target: '– / 0 / 0',
      met: results.lost === 0 && results.duplicates === 0,
    },
  ];
  return { results, rows };
}
