/**
 * The kill/restart chaos scenario: the REAL app (`readout serve`, HTTP mode, an SQLite file) as a
 * child process against the fake Slack and a loopback feed of fixture pages, killed with SIGKILL
 * at random moments and restarted, while the fake Slack injects faults (429 with Retry-After,
 * 500s, hang-ups, and calls applied whose answer is lost). Then it counts, from what the fake
 * Slack stored, every readout in every channel: the pass condition is exactly once each.
 * Used by `npm run chaos` (the long run) and by a short integration test in `npm test`.
 */
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { openStore } from '../../src/store/index.js';
import { type AppProcess, startApp } from '../helpers/app-process.js';
import { type FakeSlack, type FakeSlackFault, startFakeSlack } from '../helpers/fake-slack.js';
import { type FeedServer, startFeedServer } from '../helpers/feed-server.js';
import { postSlashCommand } from '../helpers/slack-request.js';

const PAGES = join(import.meta.dirname, '../../fixtures/pages');
const SECRET = 'chaos-signing-secret';
const TOKEN = 'xoxb-chaos';
const MAIN = 'C0CHAOSMAIN';
const SUBSCRIBED = ['C0CHAOSSUBA', 'C0CHAOSSUBB'];
/** A person with a watch: their direct messages go through the same outbox, under the same kills. */
const WATCHER = 'U0CHAOSWATCH';
const WATCH_WORDS = ['prime', 'minister'];
/** How long a dead instance's leases hold its feed and channels (PostgreSQL only). */
const LEASE_SECONDS = 5;

export type ChaosOptions = {
  readouts: number;
  kills: number;
  /** PRNG seed: the same seed draws the same kill moments and faults. */
  seed?: number;
  /** Longest wait, after the last kill, for every readout to arrive. */
  settleMs?: number;
  progress?: (line: string) => void;
  /** The app's DATABASE_URL; an SQLite file in the run's folder when not given. */
  databaseUrl?: string;
};

export type ChaosResult = {
  seed: number;
  readouts: number;
  channels: string[];
  expected: number;
  posted: number;
  duplicated: number;
  lost: number;
  perChannel: Record<string, { distinct: number; messages: number; duplicated: number; lost: number }>;
  /** The watcher's direct messages: `expected` readouts have the words (by the app's own index). */
  watch: { expected: number; distinct: number; messages: number; duplicated: number; lost: number };
  /** Each stored readout missing from a channel, with what the store says of it there: why it is lost. */
  missing: MissingPost[];
  faults: {
    rateLimited: number;
    serverErrors: number;
    hangUps: number;
    appliedAnswerLost: number;
    total: number;
  };
  rejected: { sent: number; unauthorized: number };
  /** Posts whose earlier attempt had no answer: found in Slack and recorded / posted without a look-up. */
  recovered: { foundByLookup: number; postedAgainUnlooked: number };
  kills: number;
  restarts: number;
  wallMs: number;
  pass: boolean;
};

export type MissingPost = {
  readoutId: string;
  channel: string;
  link: string | null;
  partial: boolean;
  announce: boolean;
  /** Its post in that channel as stored (status, attempts, last error, thread), or null: never planned. */
  post: { status: string; attempts: number; lastError: string | null; threadOf: number | null } | null;
};

/** Mulberry32: small, seeded, good enough to draw moments and faults. */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** Fixture readout pages (not the non-readout `n-` and `x-` pages), varied across governments. */
function fixturePages(): string[] {
  const out: string[] = [];
  for (const dir of readdirSync(PAGES, { withFileTypes: true })) {
    if (!dir.isDirectory()) continue;
    for (const f of readdirSync(join(PAGES, dir.name))) {
      // `n-` and `x-` pages are not readouts: held back, never posted, so never counted as lost.
      if (f.endsWith('.html') && !/^[nx]-/.test(f)) out.push(relative(PAGES, join(PAGES, dir.name, f)));
    }
  }
  return out.sort();
}

const escapeXml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;');

function feedXml(paths: string[]): string {
  const items = paths.map(
    (path, i) =>
      `<item><title>${escapeXml(`Readout ${i + 1}`)}</title><link>{{BASE}}/pages/${path}?n=${i + 1}</link>` +
      `<guid>chaos-${i + 1}</guid><pubDate>${new Date(Date.now() - (i + 1) * 60_000).toUTCString()}</pubDate></item>`,
  );
  return `<?xml version="1.0"?><rss version="2.0"><channel><title>chaos</title><link>http://chaos/</link><description>d</description>${items.join('')}</channel></rss>`;
}

const FAULTS: FakeSlackFault[] = [
  { retryAfter: 1 },
  { status: 500 },
  { hangUp: true },
  { applied: true, hangUp: true },
];

export async function runChaos(options: ChaosOptions): Promise<ChaosResult> {
  const seed = options.seed ?? Date.now() % 1_000_000;
  const random = prng(seed);
  const say = options.progress ?? (() => {});
  const started = performance.now();
  const slack: FakeSlack = await startFakeSlack({ token: TOKEN, ratePerChannelPerSec: 1 });
  const feeds: FeedServer = await startFeedServer();
  const dir = mkdtempSync(join(tmpdir(), 'readout-chaos-'));
  let app: AppProcess | null = null;
  let restarts = 0;
  let logs = '';
  const channels = [MAIN, ...SUBSCRIBED];
  const databaseUrl = options.databaseUrl ?? join(dir, 'readout.db');
  try {
    feeds.serveDir('/pages', PAGES);
    feeds.template('/feed.xml', feedXml([]));
    const env = {
      SLACK_BOT_TOKEN: TOKEN,
      SLACK_SIGNING_SECRET: SECRET,
      SLACK_API_URL: slack.apiUrl,
      DATABASE_URL: databaseUrl,
      READOUT_FEEDS: `${feeds.base}/feed.xml`,
      READOUT_CHANNEL: MAIN,
      READOUT_FIRST_POLL_DAYS: '100000',
      READOUT_DIGEST_THRESHOLD: '100000',
      READOUT_POLL_CRON: '*/1 * * * * *',
      READOUT_TIMEZONE: 'UTC',
      // PostgreSQL (leases; SQLite takes none): each restart is a new instance, by a new name, so
      // the dead one's leases on the feed and the channels hold until they run out. At the
      // default 60 s the whole kill phase waited on the first dead instance (1 post in 30 kills
      // at load 15): kills never landed mid-post. At 5 s (the least allowed) they do.
      READOUT_LEASE_SECONDS: String(LEASE_SECONDS),
      LOG_LEVEL: 'info',
    };
    const start = async () => {
      const next = await startApp(['serve'], env);
      await next.waitForLog(/Readout is listening/, 30_000);
      return next;
    };
    app = await start();
    // The feed's first poll (empty) is done before the channels subscribe: every item is new.
    await app.waitForLog(/poll cycle done/, 30_000);
    for (const channel of SUBSCRIBED) {
      const res = await postSlashCommand(app.url, SECRET, {
        text: 'subscribe all',
        channel_id: channel,
        response_url: slack.responseUrl(),
      });
      if (res.status !== 200) throw new Error(`subscribe in ${channel} answered ${res.status}`);
    }
    const watching = await postSlashCommand(app.url, SECRET, {
      text: `watch ${WATCH_WORDS.join(' ')}`,
      channel_id: MAIN,
      user_id: WATCHER,
      response_url: slack.responseUrl(),
    });
    if (watching.status !== 200) throw new Error(`watch answered ${watching.status}`);
    // Requests that must be turned away: unsigned, badly signed, stale (10 minutes old).
    const bad = [
      { unsigned: true },
      { badSignature: true },
      { timestamp: Math.floor(Date.now() / 1000) - 600 },
    ];
    let unauthorized = 0;
    for (const opts of [...bad, ...bad]) {
      const res = await postSlashCommand(
        app.url,
        SECRET,
        { text: 'subscribe all', channel_id: 'C0INTRUDER', response_url: slack.responseUrl() },
        opts,
      );
      if (res.status === 401) unauthorized++;
    }

    const all = fixturePages();
    const paths = Array.from({ length: options.readouts }, (_, i) => all[i % all.length] ?? '');
    feeds.template('/feed.xml', feedXml(paths));
    say(`seed ${seed}: ${options.readouts} readouts × ${channels.length} channels, ${options.kills} kills`);

    for (let k = 1; k <= options.kills; k++) {
      for (let f = 0; f < 2; f++) {
        slack.failNext('chat.postMessage', { ...FAULTS[Math.floor(random() * FAULTS.length)] });
      }
      await sleep(300 + random() * 2200);
      app.proc.kill('SIGKILL');
      await app.exited();
      logs += app.stderr();
      app = await start();
      restarts++;
      const done = channels.map((c) => distinctIn(slack, c).size).join('/');
      say(`kill ${k}/${options.kills}: restarted; readouts per channel ${done}`);
    }

    // The last dead instance's leases run out first (PostgreSQL).
    const settleMs = options.settleMs ?? 60_000 + options.readouts * 2_000 + LEASE_SECONDS * 1000;
    const settleStart = Date.now();
    let said = settleStart;
    while (
      Date.now() < settleStart + settleMs &&
      channels.some((c) => distinctIn(slack, c).size < options.readouts)
    ) {
      await sleep(500);
      if (Date.now() - said >= 15_000) {
        said = Date.now();
        const done = channels.map((c) => distinctIn(slack, c).size).join('/');
        say(`settling, ${Math.round((said - settleStart) / 1000)} s: readouts per channel ${done}`);
      }
    }
    // A few more cycles: a late second copy would show now.
    await sleep(3000);
    await app.stop('SIGTERM', 15_000);
    logs += app.stderr();
    app = null;

    const perChannel: ChaosResult['perChannel'] = {};
    let posted = 0;
    let duplicated = 0;
    let lost = 0;
    for (const channel of channels) {
      const ids = readoutMessages(slack, channel);
      const distinct = new Set(ids).size;
      const c = {
        distinct,
        messages: ids.length,
        duplicated: ids.length - distinct,
        lost: options.readouts - distinct,
      };
      perChannel[channel] = c;
      posted += distinct;
      duplicated += c.duplicated;
      lost += c.lost;
    }
    // The app's own database (an SQLite file, or PostgreSQL with CHAOS_DATABASE=postgres).
    const { watch, missing } = await storeOutcome(slack, databaseUrl, channels, options.readouts);
    const calls = slack.callsTo('chat.postMessage');
    // A hang-up after the message was stored: a readout in a channel that no call got an answer for.
    const key = (channel: unknown, metadata: unknown) =>
      `${String(channel)} ${String((metadata as { event_payload?: { readout_id?: unknown } } | undefined)?.event_payload?.readout_id)}`;
    const answered = new Set(
      calls.filter((c) => c.status === 200).map((c) => key(c.args.channel, c.args.metadata)),
    );
    const hungUp = calls.filter((c) => c.status === 0);
    const applied = new Set(
      slack
        .messages()
        .map((m) => key(m.channel, m.metadata))
        .filter((k) => !answered.has(k) && hungUp.some((c) => key(c.args.channel, c.args.metadata) === k)),
    ).size;
    const faults = {
      rateLimited: calls.filter((c) => c.status === 429).length,
      serverErrors: calls.filter((c) => c.status >= 500).length,
      hangUps: hungUp.length - applied,
      appliedAnswerLost: applied,
      total: 0,
    };
    faults.total = faults.rateLimited + faults.serverErrors + faults.hangUps + faults.appliedAnswerLost;
    const expected = options.readouts * channels.length;
    return {
      seed,
      readouts: options.readouts,
      channels,
      expected,
      posted,
      duplicated,
      lost,
      perChannel,
      watch,
      missing,
      faults,
      rejected: { sent: bad.length * 2, unauthorized },
      recovered: {
        foundByLookup: count(logs, /found already posted in Slack/g),
        postedAgainUnlooked: count(logs, /cannot look for an earlier attempt/g),
      },
      kills: options.kills,
      restarts,
      wallMs: Math.round(performance.now() - started),
      pass:
        duplicated === 0 &&
        lost === 0 &&
        posted === expected &&
        watch.expected > 0 &&
        watch.duplicated === 0 &&
        watch.lost === 0,
    };
  } finally {
    if (app) await app.stop('SIGKILL');
    await slack.close();
    await feeds.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * Read in the app's own store, after the app stopped: the watcher's direct messages against the
 * readouts that have the watch's words (the same index the watch reads), and each readout missing
 * from a channel with its post there.
 */
async function storeOutcome(
  slack: FakeSlack,
  databaseUrl: string,
  channels: string[],
  readouts: number,
): Promise<Pick<ChaosResult, 'watch' | 'missing'>> {
  const store = openStore(databaseUrl);
  try {
    const wanted = new Set<string>();
    const posted = readoutMessages(slack, channels[0] as string);
    for (const id of new Set(posted)) if (await store.readoutHasWords(id, WATCH_WORDS)) wanted.add(id);
    const ids = readoutMessages(slack, WATCHER);
    const distinct = new Set(ids);
    const missing: MissingPost[] = [];
    const stored = await store.latestReadouts(readouts * 2);
    for (const channel of channels) {
      const there = distinctIn(slack, channel);
      for (const r of stored.filter((r) => !there.has(r.id))) {
        const post = (await store.postsFor(r.id)).find((p) => p.channel === channel);
        missing.push({
          readoutId: r.id,
          channel,
          link: r.link,
          partial: r.partial,
          announce: r.announce,
          post: post
            ? {
                status: post.status,
                attempts: post.attempts,
                lastError: post.lastError,
                threadOf: post.threadOf,
              }
            : null,
        });
      }
    }
    return {
      watch: {
        expected: wanted.size,
        distinct: distinct.size,
        messages: ids.length,
        duplicated: ids.length - distinct.size,
        lost: [...wanted].filter((id) => !distinct.has(id)).length,
      },
      missing,
    };
  } finally {
    await store.close();
  }
}

const count = (text: string, pattern: RegExp) => text.match(pattern)?.length ?? 0;

/** The readout id of every message (post or thread reply) carrying a readout in a channel. */
function readoutMessages(slack: FakeSlack, channel: string): string[] {
  return slack
    .messages(channel)
    .filter((m) => m.metadata?.event_type === 'readout_posted')
    .map((m) => String(m.metadata?.event_payload.readout_id));
}

function distinctIn(slack: FakeSlack, channel: string): Set<string> {
  return new Set(readoutMessages(slack, channel));
}

/** The result as a table for the terminal. */
export function chaosTable(r: ChaosResult): string {
  const rows: [string, string][] = [
    ['readouts × channels', `${r.readouts} × ${r.channels.length}`],
    ['expected', String(r.expected)],
    ['posted (distinct)', String(r.posted)],
    ['duplicated', String(r.duplicated)],
    ['lost', String(r.lost)],
    [
      'watch DMs expected / sent / duplicated / lost',
      `${r.watch.expected} / ${r.watch.distinct} / ${r.watch.duplicated} / ${r.watch.lost}`,
    ],
    ['faults: 429 Retry-After', String(r.faults.rateLimited)],
    ['faults: 5xx', String(r.faults.serverErrors)],
    ['faults: hang-up', String(r.faults.hangUps)],
    ['faults: applied, answer lost', String(r.faults.appliedAnswerLost)],
    ['faults: total', String(r.faults.total)],
    ['lost answers found by look-up', String(r.recovered.foundByLookup)],
    ['posted again without a look-up', String(r.recovered.postedAgainUnlooked)],
    ['bad requests sent / 401', `${r.rejected.sent} / ${r.rejected.unauthorized}`],
    ['SIGKILLs / restarts', `${r.kills} / ${r.restarts}`],
    ['wall time', `${(r.wallMs / 1000).toFixed(1)} s`],
    ['seed', String(r.seed)],
    ...r.missing.map((m): [string, string] => [
      `missing: readout ${m.readoutId} in ${m.channel}`,
      `${m.link ?? 'no link'}${m.partial ? ', partial' : ''}${m.announce ? '' : ', not announced'}; ${
        m.post
          ? `post ${m.post.status}, ${m.post.attempts} attempts${m.post.threadOf ? `, in thread of ${m.post.threadOf}` : ''}${m.post.lastError ? `: ${m.post.lastError}` : ''}`
          : 'no post planned'
      }`,
    ]),
    ['result', r.pass ? 'PASS: every readout exactly once in every channel' : 'FAIL'],
  ];
  const width = Math.max(...rows.map(([k]) => k.length));
  return rows.map(([k, v]) => `${k.padEnd(width)}  ${v}`).join('\n');
}
