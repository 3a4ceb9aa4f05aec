import type { Readout } from '../readout/types.js';
import type { StatsAggregate } from '../stats/aggregate.js';
import type { ChartMark } from '../stats/chart.js';
import type { ReadoutTerms } from '../stats/topics.js';

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

/** A message about a feed's health for READOUT_ALERT_CHANNEL, queued durably by the poller. */
export type FeedAlert = { id: number; feedUrl: string; text: string; createdAt: string };

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

export type PostStatus = 'planned' | 'posted';

/**
 * What a delivery reads: `restingAt` (an ISO instant) leaves out the channels parked beyond it
 * (their next try is later), so that a channel at rest never crowds the others out of the limit.
 */
export type PendingOptions = { restingAt?: string };

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
export type WorkspaceRemoval = {
  installation: boolean;
  subscriptions: number;
  posts: number;
  /** The watches of its people (the user ids recorded with the workspace by their commands). */
  watches: number;
};

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
 * Everything Readout keeps. Implementations: SQLite (one process) and, later, PostgreSQL.
 * Guarantees every implementation keeps:
 * - a readout is unique per (feedUrl, itemKey): `insertReadout` on an existing key changes nothing;
 * - a post is unique per (readoutId, channel): `planPost` twice plans once;
 * - `markPosted` is recorded durably before it resolves (synchronous=FULL on SQLite), so a
 *   restart never posts a recorded message again;
 * - a digest is unique per (channel, kind, target, period), a post belongs to at most one digest,
 *   and `markDigestPosted` records the digest and all its posts in one durable transaction.
 * With several instances, only the PostgreSQL store is safe (later issue).
 */
export interface Store {
  getFeed(url: string): Promise<FeedState | null>;
  saveFeed(state: FeedState): Promise<void>;
  listFeeds(): Promise<FeedState[]>;

  /** Every feed's health row (read once a cycle). */
  listFeedHealth(): Promise<FeedHealth[]>;
  /** Saves a feed's health and, in the same transaction, queues an alert when one is given. */
  saveFeedHealth(health: FeedHealth, alertText?: string | null): Promise<void>;
  /** Forgets a feed's health (re-enabled after a 410, back-off and redirect cleared); true when it had one. */
  resetFeedHealth(url: string): Promise<boolean>;
  /** Alerts not yet sent (or claimed over 10 minutes ago and never marked), oldest first. */
  pendingFeedAlerts(limit: number): Promise<FeedAlert[]>;
  /**
   * Takes an alert for sending, before the call to Slack; false when another sender has it (two
   * instances never post the same alert). A claim never marked lapses after 10 minutes.
   */
  claimFeedAlert(id: number): Promise<boolean>;
  /** An alert posted (ts) or only logged (null, no alert channel): never sent again. */
  markFeedAlertSent(id: number, ts: string | null): Promise<void>;
  markFeedAlertFailed(id: number, error: string): Promise<void>;
  /** Readouts of a feed whose link contains `fragment` (candidates for a same-page match). */
  feedLinksLike(feedUrl: string, fragment: string): Promise<{ id: string; link: string }[]>;
  /** Gives a readout its item's new key (a publisher rewrote the guid); false when taken. */
  rekeyReadout(id: string, itemKey: string): Promise<boolean>;

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

  /**
   * Plans a post; false when that readout was already planned or posted to that channel. A
   * `fresh` post (the poller's) stays out of `pendingPosts` until the digest planner has sorted
   * it: posted on its own, held for the channel's digest, or put in a burst digest.
   */
  planPost(
    readoutId: string,
    channel: string,
    options?: { fresh?: boolean; context?: ContextNote },
  ): Promise<boolean>;
  /** Planned posts to post one by one (neither fresh, held, nor in a digest), in plan order. */
  pendingPosts(limit: number, options?: PendingOptions): Promise<Post[]>;
  markPosted(postId: number, ts: string): Promise<void>;
  markPostFailed(postId: number, error: string): Promise<void>;
  /**
   * Ids of a feed's readouts whose posts were never planned: stored by a cycle that stopped
   * (a crash) between storing a readout and planning it. Readouts from before this record existed
   * count as planned.
   */
  unplannedReadouts(feedUrl: string): Promise<string[]>;
  /**
   * Feeds with leftover work for the poll: a readout never planned (see unplannedReadouts) or a
   * partial readout whose page is still to be fetched again (see listPartial). One read a cycle,
   * so that a feed without any costs no query of its own.
   */
  feedsWithLeftovers(maxAttempts: number): Promise<string[]>;
  /** Records that a readout's posts are planned (or that it needs none). */
  markReadoutPlanned(readoutId: string): Promise<void>;
  /** Records, durably and before the Web API call, that an attempt to post a planned post began. */
  markPostSending(postId: number): Promise<void>;
  /** Slack answered an attempt with an error: nothing was posted, no look-up needed next time. */
  markPostNotSent(postId: number): Promise<void>;
  /** Marks every posted message of a readout for an edit in place. */
  requestUpdates(readoutId: string): Promise<number>;
  /** Posted messages marked for an edit. */
  pendingUpdates(limit: number, options?: PendingOptions): Promise<Post[]>;
  markUpdated(postId: number): Promise<void>;
  postsFor(readoutId: string): Promise<Post[]>;

  /** Saves a workspace's install; a second install of the same workspace replaces the first. */
  saveInstallation(installation: WorkspaceInstallation): Promise<void>;
  /** The install of a team, or the org-wide install of an enterprise, by its id. */
  findInstallation(id: string): Promise<WorkspaceInstallation | null>;
  /**
   * Records the workspace of a channel, or of a user (posting to a user id opens the app's direct
   * message with them), from a command typed there; the latest wins.
   */
  rememberChannelTeam(channel: string, teamId: string, enterpriseId: string | null): Promise<void>;
  /**
   * The bot token for posting in a channel: that of the channel's team, else of its enterprise's
   * org-wide install; null when the channel's workspace is unknown or not installed.
   */
  botTokenForChannel(channel: string): Promise<string | null>;
  /** The channels last seen in a team (a workspace's own view, e.g. its App Home). */
  teamChannels(teamId: string): Promise<string[]>;
  /**
   * A workspace left (uninstalled, or its bot token revoked): in one transaction, deletes its
   * install, the subscriptions of its channels and their posts not yet made, and cancels edits
   * of its posted messages. `id` is the team id, or the enterprise id of an org-wide install.
   * Channels of other workspaces are untouched.
   */
  removeWorkspace(id: string): Promise<WorkspaceRemoval>;
  /** Plans a reply in another post's thread; false when that readout was already planned or posted to that channel. */
  planThreadPost(readoutId: string, channel: string, threadOf: number): Promise<boolean>;
  getPost(postId: number): Promise<Post | null>;
  /** Readouts of a relation whose event date lies in [from, to], other than `exceptId`, oldest first. */
  pairCandidates(relation: string, from: string, to: string, exceptId: string): Promise<StoredReadout[]>;
  /**
   * The latest `limit` complete readouts (not held back) of a relation before a readout dated
   * `date` (earlier dates, or the same date stored before `exceptId`), latest first.
   */
  earlierReadouts(relation: string, date: string, exceptId: string, limit: number): Promise<StoredReadout[]>;
  getPageCheck(readoutId: string): Promise<PageCheck | null>;
  savePageCheck(check: PageCheck): Promise<void>;
  /**
   * New readouts of one feed, in order: as insertReadout one by one, and each one created gets
   * its first page check (savePageCheck). SQLite writes them in one transaction: one commit and
   * one search-index flush for the lot instead of one each.
   */
  insertReadouts(rows: NewReadoutWithCheck[]): Promise<{ readout: StoredReadout; created: boolean }[]>;
  /** The feeds that have a page check due (same conditions as `duePageChecks`), in one read. */
  feedsWithDuePageChecks(createdSince: string, checkedBefore: string): Promise<string[]>;
  /**
   * Complete readouts of a feed that have a post, stored since `createdSince`, whose page was
   * last checked before `checkedBefore` (ISO instants); least recently checked first.
   */
  duePageChecks(
    feedUrl: string,
    createdSince: string,
    checkedBefore: string,
    limit: number,
  ): Promise<StoredReadout[]>;
  /**
   * A source page changed in its facts: in one transaction, the readout is replaced, every
   * posted message of it (and the replies comparing with it) is marked for an edit in place,
   * and each of its posted messages gets one note for its thread. Returns the notes queued.
   */
  applyPageChange(
    readoutId: string,
    change: Pick<StoredReadout, 'readout' | 'partial' | 'pageAttempts' | 'lastPageError'>,
    note: string,
  ): Promise<number>;
  /** Notes whose post is posted and not waiting for an edit, oldest first. */
  pendingNotes(limit: number, options?: PendingOptions): Promise<ThreadNote[]>;
  /** Records that a note is being sent (before the call to Slack). */
  markNoteSending(noteId: number): Promise<void>;
  markNotePosted(noteId: number, ts: string): Promise<void>;
  markNoteFailed(noteId: number, error: string): Promise<void>;

  /** The latest readouts of any relation, by event date, newest first. */
  latestReadouts(limit: number): Promise<StoredReadout[]>;
  /** The newest readout whose page is this URL (http or https, with or without a final slash). */
  findByUrl(url: string): Promise<StoredReadout | null>;
  /** Readouts of a relation whose event date lies in [from, to] (YYYY-MM-DD), newest first. */
  byRelationBetween(relation: string, from: string, to: string, limit: number): Promise<StoredReadout[]>;
  /**
   * Every dated readout of one relation (`{ relation: 'japan-us' }`), or of every relation with
   * a country (`{ country: 'JP' }`), whose event date lies in [from, to]; oldest first. For the
   * figures of `/readout … stats` (src/stats).
   */
  readoutsForStats(target: StatsTarget, from: string, to: string): Promise<StoredReadout[]>;
  /**
   * The counts the figures of `/readout … stats` are computed from, over the dated readouts of a
   * target whose event date lies in [from, to], pages that are no readout (docType "other") left
   * out; with the ids of the latest TOPIC_READOUTS of them. Readouts stored or changed since
   * their summary was made are summarized first (readout-summaries.ts).
   */
  statsAggregate(
    target: StatsTarget,
    from: string,
    to: string,
  ): Promise<StatsAggregate & { latest: string[] }>;
  /** The same readouts as chart marks (date, kind, talk time), oldest first. */
  statsMarks(target: StatsTarget, from: string, to: string): Promise<ChartMark[]>;
  /** The key terms of these readouts (from their summary rows), for the recurring topics. */
  statsTerms(ids: readonly string[]): Promise<ReadoutTerms[]>;
  /** The Home tab's chart of a relation last uploaded to a workspace (team id), if any. */
  homeChart(team: string, relation: string): Promise<HomeChart | null>;
  saveHomeChart(team: string, relation: string, chart: HomeChart): Promise<void>;
  /**
   * Full-text search over titles, participants and key points (all words must match), best
   * first, with a snippet whose matching words are wrapped in \u0001…\u0002.
   */
  searchReadouts(words: string[], limit: number): Promise<{ stored: StoredReadout; snippet: string }[]>;
  /** Readouts with a participant whose name has all these words, in any order; newest first. */
  readoutsWithPerson(words: string[], limit: number): Promise<StoredReadout[]>;

  /** Adds a subscription; false when the channel already had the same one. */
  addSubscription(sub: Omit<Subscription, 'id'>): Promise<boolean>;
  /** Removes a subscription (with the same words, none when not given); false when the channel had none like it. */
  removeSubscription(
    sub: Pick<Subscription, 'channel' | 'target' | 'kind' | 'level'> & Pick<Subscription, 'words'>,
  ): Promise<boolean>;
  /** Every subscription, or one channel's. */
  listSubscriptions(channel?: string): Promise<Subscription[]>;

  /**
   * Records that posting to a channel fails for a reason only people can fix; true when this
   * is news (no problem was recorded for the channel, or another one was), so it is told once.
   */
  noteChannelProblem(channel: string, error: string): Promise<boolean>;
  /**
   * Parks a channel that answered that it is gone (deleted, archived, not joinable): its problem
   * is recorded as `noteChannelProblem` does (true when this error is news, to be told once), and
   * no call is to be made to Slack for it before `nextTryAt`; `tries` is its dead answers in a
   * row. A parked channel keeps the `since` of its first problem. Survives restarts; every
   * instance sharing the database sees it.
   */
  parkChannel(channel: string, error: string, nextTryAt: string, tries: number): Promise<boolean>;
  /**
   * A person acted in a parked channel (a `/readout` command, a re-subscription): it is due at
   * `at` with its back-off started afresh. False when the channel is not parked.
   */
  wakeChannel(channel: string, at: string): Promise<boolean>;
  /** Forgets a channel's problem and its parking (a post went through); true when there was one. */
  clearChannelProblem(channel: string): Promise<boolean>;
  /** Every recorded problem, parked channels included, oldest first. */
  listChannelProblems(): Promise<ChannelProblem[]>;
  /** Sets a channel's digest; 'unchanged' when it had that very setting already. */
  setDigest(setting: Omit<DigestSetting, 'since'>): Promise<'added' | 'changed' | 'unchanged'>;
  /** Removes a channel's digest for a target; false when it had none. */
  removeDigest(channel: string, target: string): Promise<boolean>;
  /** Every digest setting, or one channel's. */
  listDigestSettings(channel?: string): Promise<DigestSetting[]>;
  /** Planned posts that are fresh or held for a digest (not yet in a digest), in plan order. */
  heldPosts(): Promise<HeldPost[]>;
  /** Sorts fresh or held posts: 'digest' holds them, null releases them to be posted one by one. */
  holdPosts(postIds: number[], hold: 'digest' | null): Promise<void>;
  /**
   * Plans a digest message carrying these posts, in one transaction; unique per
   * (channel, kind, target, periodKey): a second call for the same period changes nothing and
   * returns null. A digest whose posts were all taken already is recorded as 'empty'.
   */
  planDigest(
    digest: Pick<Digest, 'channel' | 'kind' | 'target' | 'periodKey'>,
    postIds: number[],
  ): Promise<Digest | null>;
  /** Digests planned and not yet posted, in plan order. */
  pendingDigests(limit: number, options?: PendingOptions): Promise<Digest[]>;
  /** Records a digest posted: it and every post in it get its ts, in one durable transaction. */
  markDigestPosted(digestId: number, ts: string): Promise<void>;
  /** Records, durably, that the digest is being posted now (before the Web API call). */
  markDigestSending(digestId: number): Promise<void>;
  /**
   * Records a failed post of a digest; `maybePosted` when Slack gave no answer (network error,
   * timeout), so that the next attempt first looks for the message in the channel.
   */
  markDigestFailed(digestId: number, error: string, maybePosted: boolean): Promise<void>;
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
  /**
   * Pages held back (stored, not posted: not readouts, see readout/posting.ts) per feed URL:
   * how many, and the title of the latest one stored.
   */
  heldBackByFeed(): Promise<Record<string, { count: number; latestTitle: string | null }>>;
  /** The last `limit` pages held back of one feed, newest first. */
  listHeldBack(feedUrl: string, limit: number): Promise<HeldBackPage[]>;

  /**
   * Takes a lease on a piece of shared work ("feed:<url>", "channel:<id>") for `ms`
   * milliseconds: true when `owner` holds it now (it was free, expired, or already `owner`'s).
   * With several instances on PostgreSQL this is what keeps one feed polled, and one channel
   * posted to, by one instance at a time; an instance that dies loses its leases when they
   * expire. Time is the database's.
   */
  claimLease(key: string, owner: string, ms: number): Promise<boolean>;
  /** Keeps `owner`'s lease `holdMs` more from now (0 frees it); false when `owner` had lost it. */
  releaseLease(key: string, owner: string, holdMs: number): Promise<boolean>;

  /** Adds a person's watch; false when they had the same words for the same relation already. */
  addWatch(watch: Pick<Watch, 'userId' | 'words' | 'relation'>): Promise<boolean>;
  /** A person's watches, oldest first (`/readout watches` numbers them from 1). */
  listWatches(userId: string): Promise<Watch[]>;
  /** Removes one of a person's watches by id; false when they had none with it. */
  removeWatch(userId: string, watchId: number): Promise<boolean>;
  /**
   * The people with a watch the readout matches (all its words in the title or key points, by
   * the search index of `searchReadouts`; its relation, when it has one), with the words of
   * their oldest matching watch: one entry per person.
   */
  watchersOf(readoutId: string): Promise<{ userId: string; words: string[] }[]>;
  /** Whether a readout has all the words in its title or key points (as `watchersOf`). */
  readoutHasWords(readoutId: string, words: readonly string[]): Promise<boolean>;
  /**
   * `readoutHasWords` for each filter and `watchersOf`, at once: what the poller asks of each new
   * readout (the readout's text is read once).
   */
  matchReadout(readoutId: string, filters: readonly (readonly string[])[]): Promise<ReadoutMatch>;
  /**
   * Plans a readout's direct messages to its watchers, in one transaction: for each person, why
   * (the watch's words, kept for the message) and a fresh post to their user id, unless they were
   * sent it already. Returns how many posts were newly planned.
   */
  planWatchMessages(
    readoutId: string,
    watchers: readonly { userId: string; words: string[] }[],
  ): Promise<number>;
  /** The words a person was sent a readout for, or null when it was not for a watch. */
  watchHit(readoutId: string, userId: string): Promise<string[] | null>;
  /**
   * Slack refused a person's direct message for a reason about the person: their watches are
   * paused (none matches until `resumeWatches`) and their unsent direct messages dropped, in one
   * transaction. Returns how many watches were paused and messages dropped.
   */
  pauseWatches(userId: string, why: string): Promise<{ paused: number; dropped: number }>;
  /** The person acted (a `/readout` command): their paused watches are on again. Returns how many. */
  resumeWatches(userId: string): Promise<number>;

  close(): Promise<void>;
}

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
