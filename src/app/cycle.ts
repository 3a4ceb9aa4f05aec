import { randomBytes } from 'node:crypto';
import { hostname } from 'node:os';
import { type DeliveryReport, deliverPending } from '../deliver/deliver.js';
import { deliverFeedAlerts } from '../deliver/feed-alerts.js';
import { pacedPoster } from '../deliver/pace.js';
import type { Poster } from '../deliver/poster.js';
import type { CatalogueSource } from '../feeds/catalogue.js';
import type { HttpFetch } from '../feeds/fetch.js';
import { type PollReport, pollFeeds } from '../feeds/poll.js';
import { proxiedFetches } from '../feeds/proxy.js';
import { feedsToPoll } from '../feeds/sources.js';
import { createParsePool, type ParsePool } from '../readout/parse/pool.js';
import { isPostgresUrl, type Store } from '../store/index.js';
import type { Config } from './config.js';
import type { Logger } from './logger.js';

export type CycleReport = { poll: PollReport; delivery: DeliveryReport };

export type ShareWork = { owner: string; leaseMs: number };

/**
 * On PostgreSQL several instances may run: each takes its share of feeds and channels by lease,
 * under a name no other process has (host, pid and a random part: two containers both run as
 * pid 1, and a lease's owner may renew it). `label` names a one-off run in that name.
 */
export function shareWorkFor(
  config: Pick<Config, 'databaseUrl' | 'leaseSeconds'>,
  label?: string,
): ShareWork | undefined {
  if (!isPostgresUrl(config.databaseUrl)) return undefined;
  const owner = `${label ? `${label}:` : ''}${hostname()}:${process.pid}:${randomBytes(3).toString('hex')}`;
  return { owner, leaseMs: config.leaseSeconds * 1000 };
}

export type CycleDeps = {
  store: Store;
  poster: Poster;
  logger: Logger;
  config: Pick<Config, 'feeds' | 'firstPollDays' | 'timeZone' | 'channel'> &
    Partial<Pick<Config, 'alertChannel' | 'digestThreshold' | 'allowPrivateNetworks' | 'proxy'>>;
  /** The source catalogue; the built-in one by default (tests give entries at loopback addresses). */
  catalogue?: readonly CatalogueSource[];
  /** Channels beside READOUT_CHANNEL (the demo's, a dry run's). */
  channels?: readonly string[];
  fetch?: HttpFetch;
  clock?: () => Date;
  /**
   * Several instances share one PostgreSQL database: this instance's name for its leases. Each
   * feed is then polled, and each channel posted to, by one instance at a time.
   */
  shareWork?: ShareWork;
  /**
   * Least time between two messages to one channel, from the previous one's answer (Slack's
   * ~1 message a second per channel); 0 (the default) does not pace (the console, tests).
   */
  paceMs?: number;
};

/** READOUT_FEEDS and the feeds added from Slack, read afresh each cycle, polled once. */
async function pollSources(
  deps: CycleDeps,
  channels: readonly string[],
  proxy: ReturnType<typeof proxiedFetches> | null,
  parsePool: ParsePool,
): Promise<PollReport> {
  const sources = await feedsToPoll(deps.config.feeds, deps.store, {
    fetch: deps.fetch,
    allowPrivateNetworks: deps.config.allowPrivateNetworks,
    proxy,
    catalogue: deps.catalogue,
  });
  return pollFeeds({
    store: deps.store,
    logger: deps.logger,
    feeds: sources.urls,
    linkPatterns: sources.linkPatterns,
    catalogue: sources.catalogue,
    fetchFor: sources.fetchFor,
    channels,
    firstPollDays: deps.config.firstPollDays,
    // Operator feeds: the poller's own GET (lightGet, poll.ts's default) unless proxied.
    fetch: deps.fetch ?? proxy?.trusted,
    clock: deps.clock,
    parsePool,
    // A feed stays this instance's for half a lease: no other instance polls it in this cycle.
    lease: deps.shareWork && { owner: deps.shareWork.owner, ms: deps.shareWork.leaseMs / 2 },
  });
}

/** One line a cycle: what it read and what it sent. */
function logCycle(logger: Logger, poll: PollReport, delivery: DeliveryReport): void {
  logger.info(
    {
      feeds: poll.feeds.length,
      feedErrors: poll.feeds.filter((f) => f.status === 'error').length,
      feedsSkipped: poll.feeds.filter((f) => f.status === 'skipped').length,
      newReadouts: poll.newReadouts,
      posted: delivery.posted,
      digests: delivery.digests,
      edited: delivery.updated,
      postFailures: delivery.failed,
      ms: poll.ms,
    },
    'poll cycle done',
  );
}

/**
 * One poll cycle: read every feed, then deliver every planned post. Work never overlaps: cycles
 * and deliveries run one after another on one chain, so two deliveries can never post the same
 * planned post. A `run()` while a cycle waits or runs returns that cycle's report.
 */
export function createCycle(deps: CycleDeps): {
  run(): Promise<CycleReport>;
  /** Delivers planned posts (a backfill) as soon as the work before it is done. */
  deliverSoon(): Promise<DeliveryReport>;
  idle(): Promise<void>;
} {
  let chain: Promise<unknown> = Promise.resolve();
  let pending: Promise<CycleReport> | null = null;
  const enqueue = <T>(work: () => Promise<T>): Promise<T> => {
    const next = chain.then(work);
    chain = next.catch(() => undefined);
    return next;
  };
  const channels = deps.channels ?? (deps.config.channel ? [deps.config.channel] : []);
  // HTTPS_PROXY / HTTP_PROXY / NO_PROXY for feed and page fetches (a test's own fetch wins).
  const proxy = deps.config.proxy ? proxiedFetches(deps.config.proxy) : null;
  // Worker threads for the pages of a feed with many new items; they stop when idle.
  const parsePool = createParsePool();
  // One paced poster for the life of the cycle runner: the spacing holds across cycles.
  const poster = deps.paceMs ? pacedPoster(deps.poster, deps.paceMs) : deps.poster;
  const deliver = () =>
    deliverPending({
      store: deps.store,
      poster,
      logger: deps.logger,
      render: { timeZone: deps.config.timeZone },
      alertChannel: deps.config.alertChannel ?? null,
      digest: { threshold: deps.config.digestThreshold, clock: deps.clock },
      parking: { clock: deps.clock },
      // A channel stays this instance's while it posts there (renewed at every post).
      lease: deps.shareWork && { owner: deps.shareWork.owner, ms: deps.shareWork.leaseMs },
    });
  const once = async (): Promise<CycleReport> => {
    const poll = await pollSources(deps, channels, proxy, parsePool);
    const delivery = await deliver();
    // Feed failures, moves and recoveries the poller queued: to READOUT_ALERT_CHANNEL, else logged.
    await deliverFeedAlerts({ ...deps, alertChannel: deps.config.alertChannel ?? null });
    logCycle(deps.logger, poll, delivery);
    return { poll, delivery };
  };
  return {
    run() {
      if (!pending) {
        pending = enqueue(once).finally(() => {
          pending = null;
        });
      }
      return pending;
    },
    deliverSoon() {
      return enqueue(deliver);
    },
    async idle() {
      await chain;
    },
  };
}
