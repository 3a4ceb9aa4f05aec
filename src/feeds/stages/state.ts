/**
 * What the poll cycle's stages share: the cycle (its inputs, its report and what it read once
 * from the store) and, per feed, the run (its saved state, health, outcome and logger).
 */
import type { Logger } from '../../app/logger.js';
import type { ParsePool } from '../../readout/parse/pool.js';
import type { FeedHealth, FeedState, Store, Subscription } from '../../store/index.js';
import type { CatalogueSource } from '../catalogue.js';
import type { HttpFetch } from '../fetch.js';
import type { HealthChange } from '../health.js';
import type { LightFetch } from '../light-get.js';
import type { RecheckContext } from '../recheck.js';

/** A partial readout is posted (saying it is partial) once its page has failed this often. */
export const PARTIAL_POST_AFTER = 3;
/** Pages are retried on this many cycles, then the readout stays partial. */
export const MAX_PAGE_ATTEMPTS = 10;

export type PollDeps = {
  store: Store;
  logger: Logger;
  /** Feed URLs to poll, in order. */
  feeds: readonly string[];
  /** Channels that receive every new readout. */
  channels: readonly string[];
  firstPollDays: number;
  fetch?: LightFetch;
  clock?: () => Date;
  timeoutMs?: number;
  /** HTML index sources: feed URL → `links:` pattern (the others are RSS/RDF/Atom). */
  linkPatterns?: ReadonlyMap<string, string>;
  /**
   * Feeds that are catalogue entries: their health alerts name the entry, a quiet spell of
   * QUIET_DAYS is reported, and their pages are read with the entry's container first.
   */
  catalogue?: ReadonlyMap<string, CatalogueSource>;
  /** The fetch for one feed and its pages when not `fetch` (feeds added from Slack: SSRF-guarded). */
  fetchFor?: (feedUrl: string) => HttpFetch | undefined;
  /** Several instances (PostgreSQL): this instance's identity and how long a feed stays its own. */
  lease?: { owner: string; ms: number };
  /** Parses a feed's pages on worker threads when it brings PARALLEL_FROM new items or more. */
  parsePool?: ParsePool;
};

export type FeedOutcome = {
  feedUrl: string;
  /** 'skipped': backing off after errors, or disabled (410); not fetched this cycle. */
  status: 'ok' | 'not_modified' | 'error' | 'skipped';
  reason?: string;
  items: number;
  newReadouts: number;
  ms: number;
};

export type PollReport = {
  feeds: FeedOutcome[];
  newReadouts: number;
  completedPartials: number;
  postsPlanned: number;
  /** New pages stored but not posted: not readouts (readout/posting.ts). */
  heldBack: number;
  pageFetches: number;
  ms: number;
};

/** What was last fetched of a page, kept to notice a later change (feeds/recheck.ts). */
export type PageSeen = { etag: string | null; lastModified: string | null; contentHash: string };

/** One poll cycle: its inputs, its report, and what it read once from the store for all feeds. */
export type Cycle = {
  deps: PollDeps;
  clock: () => Date;
  /** The fetch of feeds without their own (`fetchFor`). */
  baseHttp: LightFetch;
  report: PollReport;
  started: number;
  /** Subscriptions, read once a cycle: one added now applies to readouts new from now on. */
  subscriptions: Subscription[];
  /** Back-off, 410s and 301s of every feed (feeds/health.ts). */
  healthOf: Map<string, FeedHealth>;
  /** Every feed's last state. */
  knownFeeds: Map<string, FeedState>;
  /** When each catalogue source last brought a new item (a quiet one may have moved). */
  lastNewOf: Map<string, string | null>;
  /** Feeds with a page due for its scheduled re-check. */
  dueFeeds: Set<string>;
  /** Feeds with a readout left unplanned by a crash or a page still to fetch again. */
  leftovers: Set<string>;
  /** Pages fetched this cycle, by link, until their readout is stored. */
  lastPage: Map<string, PageSeen>;
};

/** One feed's turn in the cycle. */
export type FeedRun = {
  url: string;
  /** Every line of this feed carries feedUrl once, from here: not again in the line's fields. */
  log: Logger;
  /** The feed's pages are fetched the way the feed itself is. */
  http: LightFetch;
  entry: CatalogueSource | undefined;
  /** The catalogue entry's page container, tried before the parser's rules. */
  container: readonly string[] | undefined;
  linkPattern: string | undefined;
  state: FeedState;
  /** Errors in a row before this poll. */
  failedBefore: number;
  health: FeedHealth;
  healthAlerts: string[];
  healthChanged: boolean;
  outcome: FeedOutcome;
  now: Date;
  t0: number;
  /** Readouts stored this cycle: their page is not fetched again as a partial's retry. */
  triedThisCycle: Set<string>;
  /** False once an item failed to be stored: the feed's validators are then not kept. */
  allStored: boolean;
  recheck: RecheckContext;
};

/** Records a change of the feed's health (saved once, at the end of its turn). */
export function trackHealth(feed: FeedRun, change: HealthChange | null): void {
  if (!change || change.health === feed.health) return;
  feed.health = change.health;
  feed.healthAlerts.push(...change.alerts);
  feed.healthChanged = true;
}

/** An item that could not be stored: logged, tried again next cycle. */
export function itemFailed(feed: FeedRun, key: string, error: unknown): void {
  feed.allStored = false;
  feed.log.error({ item: key, err: error }, 'item not stored; it will be tried again next cycle');
}
