import type { Readout } from '../readout/types.js';
import type { storeMethods } from './store-methods.js';

/** What the app remembers of a feed between polls. */
export type FeedState = {
  url: string;
  etag: string | null;
  lastModified: string | null;
  /** When the feed was first read successfully; null until then (the next poll is its first). */
  firstPolledAt: string | null;
  lastFetchedAt: string | null;
  lastSuccessAt: string | null;
  lastStatus: number | null;
  lastError: string | null;
  consecutiveErrors: number;
};

/**
 * How a feed is being treated after failures and redirects (feeds/health.ts); a feed without
 * one is polled every cycle at its own URL.
 */
export type FeedHealth = {
  url: string;
  /** Not polled before this instant (back-off after errors, a server's Retry-After). */
  nextAttemptAt: string | null;
  /** Set when the feed answered 410 Gone: no longer polled until re-enabled. */
  disabledAt: string | null;
  disabledReason: string | null;
  /** Where a permanent redirect (301/308) moved the feed: fetched there, its items kept under `url`. */
  movedTo: string | null;
  /** The error an alert was queued for and not yet followed by a recovery alert. */
  alertedError: string | null;
};

/** What `/readout … stats` counts: one relation (slug) or every relation of one country (code). */
export type StatsTarget = { relation: string } | { country: string };

/** The Home tab's chart of one relation as uploaded: the month and counts it shows, its file. */
export type HomeChart = { month: string; signature: string; fileId: string };

/** One feed item turned into a readout, as stored. */
export type StoredReadout = {
  /** Stable id, a string: it goes into Slack message metadata. */
  id: string;
  feedUrl: string;
  /** The item's identity inside its feed: guid, else link. */
  itemKey: string;
  /** The page the item links to. */
  link: string;
  /** The feed item's own date (ISO instant) when it has one. */
  itemPublishedAt: string | null;
  /** The feed item's title and summary, kept for a partial readout. */
  itemTitle: string | null;
  itemSummary: string | null;
  readout: Readout;
  /** True while the page has not been fetched and parsed. */
  partial: boolean;
  pageAttempts: number;
  lastPageError: string | null;
  /** Whether the readout is to be posted (false for items older than the first-poll window). */
  announce: boolean;
  createdAt: string;
  updatedAt: string;
};

export type NewReadout = Omit<StoredReadout, 'id' | 'createdAt' | 'updatedAt'>;

/** A page stored but held back from posting, as an admin sees it to spot a mistake. */
export type HeldBackPage = {
  readoutId: string;
  title: string | null;
  link: string;
  docType: Readout['docType'];
  storedAt: string;
};
/** A new readout with what its page looked like when it was read (see PageCheck). */
export type NewReadoutWithCheck = { readout: NewReadout; pageCheck: Omit<PageCheck, 'readoutId'> };

/**
 * A channel's standing order: every new readout of a relation ("japan-us"), of a country
 * ("KR"), or "all", optionally only of one kind of talk and one level.
 */
export type Subscription = {
  id: number;
  channel: string;
  /** "all", a relation slug ("japan-us") or a country code ("KR"). */
  target: string;
  kind: 'telephone' | 'meeting' | 'video' | null;
  level: 'leaders' | 'ministers' | null;
  createdBy: string | null;
  /** Words every readout posted must have in its title or key points (`words:"north korea"`). */
  words?: string[] | null;
};

/** `/readout watch`: a person told by direct message of each new readout with all the words. */
export type Watch = {
  id: number;
  userId: string;
  /** Lower case. */
  words: string[];
  /** A relation slug, or null for any relation. */
  relation: string | null;
  createdAt: string;
};

/**
 * What a delivery reads: `restingAt` (an ISO instant) leaves out the channels parked beyond it
 * (their next try is later), so that a channel at rest never crowds the others out of the limit.
 */
export type PendingOptions = { restingAt?: string };

export type Post = {
  id: number;
  readoutId: string;
  channel: string;
  status: 'planned' | 'posted';
  ts: string | null;
  attempts: number;
  lastError: string | null;
  /** A posted message whose readout changed since (a partial one completed): to be edited in place. */
  needsUpdate: boolean;
  /** The post whose thread this one replies in (another government's readout of the same event). */
  threadOf: number | null;
  /**
   * When an attempt to post it began that has no answer on record (a crash, a timeout, a lost
   * answer), else null: such a post is first looked for in Slack before it is posted again.
   */
  sendingAt?: string | null;
};

/** What the poller last saw of a readout's feed item and page (to notice a change). */
export type PageCheck = {
  readoutId: string;
  /** A hash of the feed item's title, summary and dates. */
  itemHash: string | null;
  etag: string | null;
  lastModified: string | null;
  /** A hash of the page body last parsed. */
  contentHash: string | null;
  checkedAt: string;
};

/** A short note for a post's thread ("The source page changed: …"), posted once. */
/** A context reply planned with a post, in the same transaction: its text and the earlier readout. */
export type ContextNote = { text: string; contextOf: string };

export type ThreadNote = {
  id: number;
  postId: number;
  channel: string;
  /** The ts of the thread to post in (the post's own, or the post it replies under). */
  threadTs: string;
  text: string;
  /** 'sending' while an attempt may have reached Slack (a crash then leaves it so). */
  status: 'planned' | 'sending' | 'posted';
  readoutId: string;
  attempts: number;
  /** A context reply: the earlier readout of the relation it names (its link found when sent). */
  contextOf: string | null;
};

/**
 * A workspace's OAuth install (or an org-wide install on Enterprise Grid). `data` is the
 * whole record Bolt handed over, as JSON, so that it is given back exactly as stored.
 */
export type WorkspaceInstallation = {
  /** The team id; for an org-wide install, the enterprise id. */
  id: string;
  teamId: string | null;
  enterpriseId: string | null;
  isEnterpriseInstall: boolean;
  /** Secret: never logged. */
  botToken: string;
  botUserId: string | null;
  data: string;
};

/** What removing a workspace took away. */
export type WorkspaceRemoval = { installation: boolean; subscriptions: number; posts: number };

export type DigestPeriod = 'daily' | 'weekly';

/** A channel's wish for one message a period instead of one per readout. */
export type DigestSetting = {
  channel: string;
  /** '' for everything the channel receives, else a relation slug ("japan-us"). */
  target: string;
  period: DigestPeriod;
  /** When the setting was made or last changed (ISO instant): no period before it is sent. */
  since: string;
  createdBy: string | null;
};

/** A planned post not yet given to Slack on its own: fresh from a poll, or held for a digest. */
export type HeldPost = {
  postId: number;
  readoutId: string;
  channel: string;
  /** 'new': planned by a poll, not yet sorted; 'digest': waiting for the channel's digest. */
  hold: 'new' | 'digest';
  relation: string | null;
};

/** One digest message: planned with its readouts, then posted once with its ts. */
export type Digest = {
  id: number;
  channel: string;
  kind: DigestPeriod | 'burst';
  target: string;
  /** The period's start instant (ISO) for daily/weekly; "first post id" for a burst. */
  periodKey: string;
  status: 'planned' | 'posted' | 'empty';
  ts: string | null;
  attempts: number;
  lastError: string | null;
  /** Set before each post and cleared when Slack refused it: the post may have reached Slack. */
  sendingAt: string | null;
  /** The readouts it carries, in plan order. */
  readoutIds: string[];
};

/** What a feed source is: RSS 2.0, RSS 1.0/RDF, Atom, or an HTML index page read with a link pattern. */
export type FeedKind = 'rss' | 'rdf' | 'atom' | 'html';

/** A feed added from Slack (`/readout feeds add`), polled beside the operator's READOUT_FEEDS. */
export type FeedSource = {
  url: string;
  kind: FeedKind;
  /** The `links:` pattern of an HTML index; null for RSS/RDF/Atom. */
  linkPattern: string | null;
  title: string | null;
  addedBy: string | null;
  addedAt: string;
};

/** What the last successful read of a feed found (any feed, the operator's included). */
export type FeedContent = {
  url: string;
  kind: FeedKind;
  title: string | null;
  items: number;
  seenAt: string;
  /**
   * The last read that found an item not seen before (a feed's first read counts); null when
   * none has. `recordFeedContent` with null keeps the stored value.
   */
  newItemAt: string | null;
};

/**
 * Everything Readout keeps: the methods of the feature modules (store-methods.ts), each
 * documented where it is written, and `close`. SQLite (one process) and PostgreSQL (several
 * instances) run the same methods. Guarantees both keep:
 * - a readout is unique per (feedUrl, itemKey): `insertReadout` on an existing key changes nothing;
 * - a post is unique per (readoutId, channel): `planPost` twice plans once;
 * - `markPosted` is recorded durably before it resolves (synchronous=FULL on SQLite), so a
 *   restart never posts a recorded message again;
 * - a digest is unique per (channel, kind, target, period), a post belongs to at most one digest,
 *   and `markDigestPosted` records the digest and all its posts in one durable transaction.
 */
export type Store = ReturnType<typeof storeMethods> & { close(): Promise<void> };

/** A channel the app cannot post to, since when, and Slack's reason. */
export type ChannelProblem = {
  channel: string;
  error: string;
  since: string;
  /** Parked: no call to Slack for it before this instant (ISO). Null: told, not parked. */
  nextTryAt: string | null;
  /** Dead answers in a row since it was parked (0 after a wake). */
  tries: number;
};
