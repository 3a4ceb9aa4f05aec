/**
 * Stage 1, due feeds: what the cycle reads once for every feed (one query each, whatever the
 * number of feeds), then, per feed, whether it is polled now: a feed backing off or disabled is
 * skipped, and with several instances the first to claim a feed polls it.
 */
import type { FeedState } from '../../store/index.js';
import { isDue, noHealth, skipReason } from '../health.js';
import { lightGet } from '../light-get.js';
import { recheckWindow } from '../recheck.js';
import { fetchPage } from './fetch-pages.js';
import { type Cycle, type FeedRun, MAX_PAGE_ATTEMPTS, type PollDeps } from './state.js';

/** The cycle's start: its report and its reads of the store, in one query each. */
export async function startCycle(deps: PollDeps): Promise<Cycle> {
  const clock = deps.clock ?? (() => new Date());
  const started = performance.now();
  const { store } = deps;
  const subscriptions = await store.listSubscriptions();
  const healthOf = new Map((await store.listFeedHealth()).map((h) => [h.url, h]));
  // A poll of 100 unchanged feeds is mostly this overhead.
  const knownFeeds = new Map((await store.listFeeds()).map((f) => [f.url, f]));
  const lastNewOf = deps.catalogue?.size
    ? new Map((await store.listFeedContent()).map((c) => [c.url, c.newItemAt]))
    : new Map<string, string | null>();
  const window = recheckWindow(clock());
  const dueFeeds = new Set(await store.feedsWithDuePageChecks(window.createdSince, window.checkedBefore));
  const leftovers = new Set(await store.feedsWithLeftovers(MAX_PAGE_ATTEMPTS));
  return {
    deps,
    clock,
    baseHttp: deps.fetch ?? lightGet,
    report: {
      feeds: [],
      newReadouts: 0,
      completedPartials: 0,
      postsPlanned: 0,
      heldBack: 0,
      pageFetches: 0,
      ms: 0,
    },
    started,
    subscriptions,
    healthOf,
    knownFeeds,
    lastNewOf,
    dueFeeds,
    leftovers,
    lastPage: new Map(),
  };
}

/** A feed's saved state, or the state of a feed never polled. */
function stateOf(cycle: Cycle, feedUrl: string): FeedState {
  return (
    cycle.knownFeeds.get(feedUrl) ?? {
      url: feedUrl,
      etag: null,
      lastModified: null,
      firstPolledAt: null,
      lastFetchedAt: null,
      lastSuccessAt: null,
      lastStatus: null,
      lastError: null,
      consecutiveErrors: 0,
    }
  );
}

/**
 * The feed's turn, or null when it is not polled this cycle: skipped (reported as such) while it
 * backs off or is disabled, before any claim, so that no lease is taken for nothing; or claimed
 * by another instance. The lease is not released, it runs out, so no other instance polls that
 * feed again within the same cycle.
 */
export async function dueFeed(cycle: Cycle, feedUrl: string): Promise<FeedRun | null> {
  const { deps } = cycle;
  const log = deps.logger.child({ feedUrl });
  const previousHealth = cycle.healthOf.get(feedUrl);
  if (previousHealth && !isDue(previousHealth, cycle.clock())) {
    const reason = skipReason(previousHealth);
    log.debug({ reason }, 'feed skipped this cycle');
    cycle.report.feeds.push({ feedUrl, status: 'skipped', reason, items: 0, newReadouts: 0, ms: 0 });
    return null;
  }
  if (deps.lease && !(await deps.store.claimLease(`feed:${feedUrl}`, deps.lease.owner, deps.lease.ms)))
    return null;
  const t0 = performance.now();
  const entry = deps.catalogue?.get(feedUrl);
  const state = stateOf(cycle, feedUrl);
  const now = cycle.clock();
  state.lastFetchedAt = now.toISOString();
  const feed: FeedRun = {
    url: feedUrl,
    log,
    http: deps.fetchFor?.(feedUrl) ?? cycle.baseHttp,
    entry,
    container: entry?.container,
    linkPattern: deps.linkPatterns?.get(feedUrl),
    state,
    failedBefore: state.consecutiveErrors,
    health: previousHealth ?? noHealth(feedUrl),
    healthAlerts: [],
    healthChanged: false,
    outcome: { feedUrl, status: 'ok', items: 0, newReadouts: 0, ms: 0 },
    now,
    t0,
    triedThisCycle: new Set(),
    allStored: true,
    recheck: { store: deps.store, log, now, fetchPage: (url, v) => fetchPage(cycle, feed, url, v) },
  };
  return feed;
}

/** The feed's turn ends: its outcome goes into the report. */
export function endFeed(cycle: Cycle, feed: FeedRun): void {
  feed.outcome.ms = Math.round(performance.now() - feed.t0);
  cycle.report.feeds.push(feed.outcome);
}

/** The cycle ends: its report, timed. */
export function endCycle(cycle: Cycle) {
  cycle.report.ms = Math.round(performance.now() - cycle.started);
  return cycle.report;
}
