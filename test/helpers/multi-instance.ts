/**
 * Several instances of the real app on one PostgreSQL database, against one fake Slack and one
 * loopback feed: the scenario behind issue 6's proof. Used by an integration test (small) and by
 * `npm run proof` (100 readouts, 10 channels, 3 instances, one killed mid-run).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { openPostgresStore } from '../../src/store/postgres.js';
import { type AppProcess, startApp } from './app-process.js';
import { type FakeSlack, startFakeSlack } from './fake-slack.js';
import { type FeedServer, startFeedServer } from './feed-server.js';
import { scratchDatabase } from './postgres.js';

const pages = join(import.meta.dirname, '../../fixtures/pages/mofa');
/** Longest wait for every instance to be listening. */
const STARTUP_MS = 90_000;

export type MultiInstanceOptions = {
  readouts: number;
  channels: number;
  instances: number;
  /** Kill (SIGKILL) one instance once this share of the expected posts is in Slack. */
  killAt: number;
  timeoutMs: number;
  log?: (line: string) => void;
};

export type MultiInstanceFigures = {
  instances: number;
  readouts: number;
  channels: number;
  expected: number;
  posted: number;
  duplicated: number;
  lost: number;
  killedAt: number;
  /** From the first start to every instance listening. */
  upSeconds: number;
  seconds: number;
  /** Posts made by each instance (from its logs), the killed one first. */
  postsByInstance: number[];
};

/** Distinct MOFA fixture pages, each made unique by its number in the title. */
function pageBodies(n: number): string[] {
  const files = readdirSync(pages).filter((f) => f.endsWith('.html'));
  return Array.from({ length: n }, (_, i) => {
    const html = readFileSync(join(pages, files[i % files.length] as string), 'utf8');
    return html.replace(/<title>([^<]*)<\/title>/i, `<title>$1 (no. ${i + 1})</title>`);
  });
}

function feedXml(base: string, n: number): string {
  const day = 86_400_000;
  const items = Array.from(
    { length: n },
    (_, i) =>
      `<item><title>Readout no. ${i + 1}</title><link>${base}/p/${i + 1}.html</link><guid>readout-${i + 1}</guid><pubDate>${new Date(
        Date.now() - day + i * 1000,
      ).toUTCString()}</pubDate></item>`,
  ).join('');
  return `<?xml version="1.0"?><rss version="2.0"><channel><title>Many readouts</title><link>${base}/</link><description>d</description>${items}</channel></rss>`;
}

/** Runs the scenario and counts, from Slack's side, what each channel received. */
export async function runMultiInstance(options: MultiInstanceOptions): Promise<MultiInstanceFigures> {
  const log = options.log ?? (() => undefined);
  const database = await scratchDatabase('readout_multi');
  const databaseUrl = database.url;
  const channels = Array.from({ length: options.channels }, (_, i) => `C0MULTI${String(i).padStart(2, '0')}`);
  const token = 'xoxb-multi';
  let slack: FakeSlack | null = null;
  let feeds: FeedServer | null = null;
  const apps: AppProcess[] = [];
  const started = performance.now();
  try {
    // The subscriptions, written before any instance starts (as `/readout subscribe all` would).
    const seed = openPostgresStore(databaseUrl);
    for (const channel of channels)
      await seed.addSubscription({ channel, target: 'all', kind: null, level: null, createdBy: null });
    await seed.close();

    slack = await startFakeSlack({ token });
    feeds = await startFeedServer();
    const bodies = pageBodies(options.readouts);
    bodies.forEach((body, i) => {
      feeds?.set(`/p/${i + 1}.html`, { body, contentType: 'text/html; charset=utf-8' });
    });
    feeds.set('/feed.xml', {
      body: feedXml(feeds.base, options.readouts),
      contentType: 'application/rss+xml',
    });
    const env = {
      SLACK_BOT_TOKEN: token,
      SLACK_SIGNING_SECRET: 'multi-secret',
      SLACK_API_URL: slack.apiUrl,
      DATABASE_URL: databaseUrl,
      READOUT_FEEDS: `${feeds.base}/feed.xml`,
      READOUT_FIRST_POLL_DAYS: '100000',
      READOUT_DIGEST_THRESHOLD: '100000',
      READOUT_POLL_CRON: '*/2 * * * * *',
      // An instance killed mid-run holds its channels until its leases run out.
      READOUT_LEASE_SECONDS: '10',
    };
    const starting = performance.now();
    for (let i = 0; i < options.instances; i++) apps.push(await startApp(['serve'], env));
    // The instances start at once, each loading the app (1.6 s of CPU) and migrating in turn under
    // one lock: 30 s was too short at load 15-18 on 2 cores (a run failed here), hence 90 s.
    await Promise.all(apps.map((a) => a.waitForLog(/Readout is listening/, STARTUP_MS)));
    const upSeconds = Math.round((performance.now() - starting) / 100) / 10;
    log(`${options.instances} instances up in ${upSeconds} s`);

    const expected = options.readouts * channels.length;
    const topLevel = () =>
      (slack as FakeSlack).messages().filter((m) => !m.thread_ts && channels.includes(m.channel));
    const victim = apps[0] as AppProcess;
    await slack.waitFor(() => topLevel().length >= expected * options.killAt || undefined, {
      timeoutMs: options.timeoutMs,
      what: `${Math.round(options.killAt * 100)} % of the posts before the kill`,
    });
    const killedAt = topLevel().length;
    await victim.stop('SIGKILL');
    log(`killed one instance at ${killedAt} of ${expected} posts`);

    // Every readout in every channel, then a few quiet cycles to catch any late duplicate.
    const unique = () =>
      new Set(topLevel().map((m) => `${m.channel} ${m.metadata?.event_payload.readout_id}`)).size;
    await slack.waitFor(() => unique() >= expected || undefined, {
      timeoutMs: options.timeoutMs,
      what: `all ${expected} posts`,
    });
    await new Promise((r) => setTimeout(r, 6000));
    const posted = topLevel().length;
    const distinct = unique();
    const postsByInstance = apps.map((a) => (a.stderr().match(/"msg":"posted"/g) ?? []).length);
    return {
      instances: options.instances,
      readouts: options.readouts,
      channels: channels.length,
      expected,
      posted,
      duplicated: posted - distinct,
      lost: expected - distinct,
      killedAt,
      upSeconds,
      seconds: Math.round((performance.now() - started) / 100) / 10,
      postsByInstance,
    };
  } finally {
    await Promise.all(apps.map((a) => a.stop('SIGKILL')));
    await slack?.close();
    await feeds?.close();
    await database.drop().catch(() => undefined);
  }
}
