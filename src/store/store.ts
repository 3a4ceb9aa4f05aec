import type { Readout } from '../readout/types.js';

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
};

export type PostStatus = 'planned' | 'posted';

export type Post = {
  id: number;
  readoutId: string;
  channel: string;
  status: PostStatus;
  ts: string | null;
  attempts: number;
  lastError: string | null;
  /** A posted message whose readout changed since (a partial one completed): to be edited in place. */
  needsUpdate: boolean;
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
};

/**
 * Everything Readout keeps. Implementations: SQLite (one process) and, later, PostgreSQL.
 * Guarantees every implementation keeps:
 * - a readout is unique per (feedUrl, itemKey): `insertReadout` on an existing key changes nothing;
 * - a post is unique per (readoutId, channel): `planPost` twice plans once;
 * - `markPosted` is recorded durably before it resolves (synchronous=FULL on SQLite), so a
 *   restart never posts a recorded message again.
 * With several instances, only the PostgreSQL store is safe (later issue).
 */
export interface Store {
  getFeed(url: string): Promise<FeedState | null>;
  saveFeed(state: FeedState): Promise<void>;
  listFeeds(): Promise<FeedState[]>;

  findReadout(feedUrl: string, itemKey: string): Promise<StoredReadout | null>;
  getReadout(id: string): Promise<StoredReadout | null>;
  /** Inserts a readout; returns the stored one and whether it was new. */
  insertReadout(readout: NewReadout): Promise<{ readout: StoredReadout; created: boolean }>;
  /** Replaces the parsed facts of a readout (a partial one completed, or a page retried). */
  updateReadout(
    id: string,
    change: Pick<StoredReadout, 'readout' | 'partial' | 'pageAttempts' | 'lastPageError'>,
  ): Promise<void>;
  /** Partial readouts of a feed whose page is still to be fetched again. */
  listPartial(feedUrl: string, maxAttempts: number): Promise<StoredReadout[]>;
  /** Latest readouts of a relation, by event date (then by when stored), newest first. */
  latestByRelation(relation: string, limit: number): Promise<StoredReadout[]>;
  countReadouts(): Promise<number>;

  /** Plans a post; false when that readout was already planned or posted to that channel. */
  planPost(readoutId: string, channel: string): Promise<boolean>;
  pendingPosts(limit: number): Promise<Post[]>;
  markPosted(postId: number, ts: string): Promise<void>;
  markPostFailed(postId: number, error: string): Promise<void>;
  /** Marks every posted message of a readout for an edit in place. */
  requestUpdates(readoutId: string): Promise<number>;
  /** Posted messages marked for an edit. */
  pendingUpdates(limit: number): Promise<Post[]>;
  markUpdated(postId: number): Promise<void>;
  postsFor(readoutId: string): Promise<Post[]>;

  /** The latest readouts of any relation, by event date, newest first. */
  latestReadouts(limit: number): Promise<StoredReadout[]>;
  /** The newest readout whose page is this URL (http or https, with or without a final slash). */
  findByUrl(url: string): Promise<StoredReadout | null>;
  /** Readouts of a relation whose event date lies in [from, to] (YYYY-MM-DD), newest first. */
  byRelationBetween(relation: string, from: string, to: string, limit: number): Promise<StoredReadout[]>;
  /**
   * Full-text search over titles, participants and key points (all words must match), best
   * first, with a snippet whose matching words are wrapped in \u0001…\u0002.
   */
  searchReadouts(words: string[], limit: number): Promise<{ stored: StoredReadout; snippet: string }[]>;
  /** Readouts with a participant whose name has all these words, in any order; newest first. */
  readoutsWithPerson(words: string[], limit: number): Promise<StoredReadout[]>;

  /** Adds a subscription; false when the channel already had the same one. */
  addSubscription(sub: Omit<Subscription, 'id'>): Promise<boolean>;
  /** Removes a subscription; false when the channel had none like it. */
  removeSubscription(sub: Pick<Subscription, 'channel' | 'target' | 'kind' | 'level'>): Promise<boolean>;
  /** Every subscription, or one channel's. */
  listSubscriptions(channel?: string): Promise<Subscription[]>;

  /**
   * Adds a feed source; false when it is already there. A new source starts afresh: any poll
   * state left from an earlier time it was added is cleared, so its first poll is a baseline.
   */
  addFeedSource(source: Omit<FeedSource, 'addedAt'>): Promise<boolean>;
  /** Stops polling a source added from Slack (its readouts stay); false when there was none. */
  removeFeedSource(url: string): Promise<boolean>;
  listFeedSources(): Promise<FeedSource[]>;
  recordFeedContent(content: FeedContent): Promise<void>;
  listFeedContent(): Promise<FeedContent[]>;
  /** How many readouts each feed has stored, by feed URL. */
  countReadoutsByFeed(): Promise<Record<string, number>>;

  close(): Promise<void>;
}
