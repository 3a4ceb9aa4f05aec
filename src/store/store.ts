import type { toDigest, toDigestSetting, toHeldPost } from './digests.js';
import type { toFeedHealth } from './feed-health.js';
import type { toFeedContent, toFeedSource } from './feed-sources.js';
import type { toFeed } from './feeds.js';
import type { toHeldBackPage } from './held-back.js';
import type { toInstallation } from './installations.js';
import type { toPageCheck } from './page-checks.js';
import type { toChannelProblem } from './parking.js';
import type { toPost, toReadout } from './rows.js';
import type { storeMethods } from './store-methods.js';
import type { toThreadNote } from './thread-notes.js';

// The types of rows a module maps (documented at its mapper), by their mapper.
export type StoredReadout = ReturnType<typeof toReadout>;
export type Post = ReturnType<typeof toPost>;
export type FeedState = ReturnType<typeof toFeed>;
export type PageCheck = ReturnType<typeof toPageCheck>;
export type FeedHealth = ReturnType<typeof toFeedHealth>;
export type HeldBackPage = ReturnType<typeof toHeldBackPage>;
export type ThreadNote = ReturnType<typeof toThreadNote>;
export type WorkspaceInstallation = ReturnType<typeof toInstallation>;
export type DigestSetting = ReturnType<typeof toDigestSetting>;
export type HeldPost = ReturnType<typeof toHeldPost>;
export type Digest = Awaited<ReturnType<typeof toDigest>>;
export type FeedSource = ReturnType<typeof toFeedSource>;
export type FeedContent = ReturnType<typeof toFeedContent>;
export type ChannelProblem = ReturnType<typeof toChannelProblem>;

/** What `/readout … stats` counts: one relation (slug) or every relation of one country (code). */
export type StatsTarget = { relation: string } | { country: string };

/** The Home tab's chart of one relation as uploaded: the month and counts it shows, its file. */
export type HomeChart = { month: string; signature: string; fileId: string };

export type NewReadout = Omit<StoredReadout, 'id' | 'createdAt' | 'updatedAt'>;

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
  /** Paused since Slack refused the person's direct message (ISO instant), with its error; else null. */
  paused?: { at: string; why: string } | null;
};

/** A readout matched against word filters and watches (`Store.matchReadout`). */
export type ReadoutMatch = {
  /** For each filter asked, whether the readout has all its words (an empty filter: true). */
  filters: boolean[];
  /** As `watchersOf`. */
  watchers: { userId: string; words: string[] }[];
};

/**
 * What a delivery reads: `restingAt` (an ISO instant) leaves out the channels parked beyond it
 * (their next try is later), so that a channel at rest never crowds the others out of the limit.
 */
export type PendingOptions = { restingAt?: string };

/** A context reply planned with a post, in the same transaction: its text and the earlier readout. */
export type ContextNote = { text: string; contextOf: string };

/** What removing a workspace took away. */
export type WorkspaceRemoval = {
  installation: boolean;
  subscriptions: number;
  posts: number;
  /** The watches of its people (the user ids recorded with the workspace by their commands). */
  watches: number;
};

export type DigestPeriod = 'daily' | 'weekly';

/** What a feed source is: RSS 2.0, RSS 1.0/RDF, Atom, or an HTML index page read with a link pattern. */
export type FeedKind = 'rss' | 'rdf' | 'atom' | 'html';

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
