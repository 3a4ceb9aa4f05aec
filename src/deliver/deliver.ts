import type { Logger } from '../app/logger.js';
import { type RenderOptions, renderOverflowReplies, type SlackMessage } from '../render/blocks.js';
import type { PendingOptions, Post, Store } from '../store/index.js';
import { forEachChannel } from './channel-workers.js';
import { DEFAULT_DIGEST_THRESHOLD, type DigestOptions, deliverDigests, planDigests } from './digest.js';
import { type ChannelGate, openChannelGate, type ParkSchedule } from './parking.js';
import type { Poster } from './poster.js';
import { sendOnce } from './send-post.js';
import { slackAnswered, slackError } from './slack-error.js';
import { deliverNotes, messageFor, parentTs } from './threads.js';
import { refusedDirectMessage, withWatchLine } from './watches.js';

export type DeliveryReport = {
  posted: number;
  /** Digest messages posted (each stands for several readouts). */
  digests: number;
  updated: number;
  /** Change notes posted in threads. */
  notes: number;
  failed: number;
  errors: { channel: string; readoutId: string; error: string }[];
};

/**
 * The poster that delivery posts with: when the app is not in the channel, it joins it (public
 * channels, where the scopes allow) and tries once more, for posts, thread replies, notes and
 * digests alike. A failed join leaves Slack's `not_in_channel` to the caller (the channel is
 * parked). Problem notices go through the plain poster: they never join anything.
 */
function joiningPoster(poster: Poster): Poster {
  const join = poster.join?.bind(poster);
  if (!join) return poster;
  const again = async <T>(channel: string, call: () => Promise<T>): Promise<T> => {
    try {
      return await call();
    } catch (error) {
      if (slackError(error) !== 'not_in_channel') throw error;
      const joined = await join(channel);
      if (!joined.ok) throw error;
      return call();
    }
  };
  return {
    ...poster,
    post: (channel, message) => again(channel, () => poster.post(channel, message)),
    postReply: (channel, threadTs, message) =>
      again(channel, () => poster.postReply(channel, threadTs, message)),
  };
}

/**
 * Posts every planned post in the order it was planned, and records each `ts` as soon as Slack
 * answers; then edits in place the posts whose readout changed (a partial readout completed, a
 * source page changed) and posts the change notes in their threads. A reply under another
 * post (the other side of the same event) is posted in that post's thread once it is posted.
 * A failure stays pending (tried again next cycle) with its error recorded; a permanent error
 * (token refused, scope missing) stops the rest for that channel this cycle, and a channel that
 * is gone, archived or not joinable is parked: no call to Slack for it until its next try, when
 * one message goes first (`openChannelGate`, parking.ts).
 * Each channel has its own worker (in plan order; channels side by side, `forEachChannel`), and
 * each post's attempt is recorded before the Web API call (`sendOnce`), so that a crash or a
 * lost answer is resolved by a look-up in Slack rather than by a second post.
 * First the poller's fresh posts are sorted and digests planned (`planDigests`); planned
 * digests are posted after the single posts.
 */
export async function deliverPending(deps: DeliverDeps): Promise<DeliveryReport> {
  const report: DeliveryReport = { posted: 0, digests: 0, updated: 0, notes: 0, failed: 0, errors: [] };
  const poster = joiningPoster(deps.poster);
  await planFreshDigests(deps);
  const gate = await openChannelGate({
    ...deps,
    clock: deps.parking?.clock,
    schedule: deps.parking?.schedule,
    fresh: Boolean(deps.lease),
  });
  const cycle: Cycle = { deps, poster, gate, report, leased: new Set() };
  // Channels resting until later are not even read.
  const resting = { restingAt: gate.restingAt };
  const jobs = await pendingJobs(deps.store, deps.limit ?? 500, resting);
  // One worker per channel, in plan order within it; channels proceed side by side.
  await forEachChannel(
    jobs.map((job) => ({ ...job, channel: job.post.channel })),
    async (_channel, channelJobs) => {
      for (const { post, edit } of channelJobs) await deliverOne(cycle, post, edit);
    },
    deps.channelWorkers,
  );
  // Notes and digests go only to channels this instance holds; others wait for their holder.
  if (deps.lease) await holdChannelsWithWork(cycle, deps.lease, resting);
  await deliverNotesOf(cycle);
  await deliverDigestsOf(cycle);
  if (deps.lease) await releaseChannels(deps.store, deps.lease, cycle.leased);
  return report;
}

/** What `deliverPending` works with. */
export type DeliverDeps = {
  store: Store;
  poster: Poster;
  logger: Logger;
  render: RenderOptions;
  limit?: number;
  /** Also told when a channel cannot be posted to (READOUT_ALERT_CHANNEL). */
  alertChannel?: string | null;
  /** How many channels are posted to at once (one worker each); default `CHANNEL_WORKERS`. */
  channelWorkers?: number;
  /** Burst threshold, zone and clock for digests; defaults: 10, the render zone, now. */
  digest?: Partial<DigestOptions>;
  /** The clock and back-off of parked channels; defaults: now, 10 minutes doubling to 24 hours. */
  parking?: { clock?: () => Date; schedule?: ParkSchedule };
  /**
   * Several instances (PostgreSQL): a channel is posted to only under this instance's lease on
   * it, so one instance at a time posts there, in plan order.
   */
  lease?: ChannelLease;
};

/** One delivery cycle: its deps, the joining poster, the channel gate, the report and the leases held. */
type Cycle = {
  deps: DeliverDeps;
  /** `deps.poster`, joining a channel it is not in (`joiningPoster`). */
  poster: Poster;
  gate: ChannelGate;
  report: DeliveryReport;
  /** Channels this instance took a lease on this cycle, released at its end. */
  leased: Set<string>;
};

/** Sorts the poller's fresh posts into single posts and digests (`planDigests`). */
async function planFreshDigests(deps: DeliverDeps): Promise<void> {
  await planDigests({
    store: deps.store,
    logger: deps.logger,
    threshold: deps.digest?.threshold ?? DEFAULT_DIGEST_THRESHOLD,
    timeZone: deps.digest?.timeZone ?? deps.render.timeZone,
    clock: deps.digest?.clock,
  });
}

/** The posts to make, then the posts to edit in place, each in plan order. */
async function pendingJobs(
  store: Store,
  limit: number,
  resting: PendingOptions,
): Promise<{ post: Post; edit: boolean }[]> {
  return [
    ...(await store.pendingPosts(limit, resting)).map((post) => ({ post, edit: false })),
    ...(await store.pendingUpdates(limit, resting)).map((post) => ({ post, edit: true })),
  ];
}

/** Where a delivery is logged and reported: the channel and the readout. */
type Where = { channel: string; readoutId: string };

/** Posts (or edits) one planned post, unless its channel is closed, parked or another's. */
async function deliverOne(cycle: Cycle, planned: Post, edit: boolean): Promise<void> {
  const { deps, gate } = cycle;
  if (gate.isClosed(planned.channel)) return;
  const post = deps.lease ? await claimPost(cycle, deps.lease, planned, edit) : planned;
  if (!post) return;
  const stored = await deps.store.getReadout(post.readoutId);
  if (!stored) return;
  // A reply under another government's post of the same event waits for that post.
  const threadTs = edit ? undefined : await parentTs(deps.store, post);
  if (threadTs === null) return;
  const message = await withWatchLine(
    deps.store,
    post,
    await messageFor(deps.store, post, stored, deps.render),
  );
  const log: Where = { channel: post.channel, readoutId: stored.id };
  // A parked channel takes no call until its next try, then one message first.
  if (!(await gate.mayCall(post.channel))) return;
  try {
    if (edit && post.ts) await editPost(cycle, post, post.ts, message, log);
    else await postNew(cycle, post, threadTs, message, log);
  } catch (error) {
    await recordFailure(cycle, post, error, log, edit);
  }
}

/**
 * Several instances: the post as the database has it now, under this instance's lease on its
 * channel; null when another instance holds the channel (closed for this cycle) or the post is
 * no longer to do.
 */
async function claimPost(cycle: Cycle, lease: ChannelLease, post: Post, edit: boolean): Promise<Post | null> {
  // Taken (or renewed) before each message; another instance's channel is left to it. The
  // list was read before the lease: a post another instance made since is not made again.
  if (!(await holdChannel(cycle.deps.store, lease, post.channel, cycle.leased))) {
    cycle.gate.close(post.channel);
    return null;
  }
  const fresh = await cycle.deps.store.getPost(post.id);
  if (!fresh || (edit ? !fresh.needsUpdate : fresh.status !== 'planned')) return null;
  // The attempt on record is the one in the database now, maybe another instance's.
  return fresh;
}

/** Edits a posted message in place and records it. */
async function editPost(
  cycle: Cycle,
  post: Post,
  ts: string,
  message: SlackMessage,
  log: Where,
): Promise<void> {
  const { deps, gate } = cycle;
  await deps.poster.update(post.channel, ts, message);
  await gate.succeeded(post.channel);
  await deps.store.markUpdated(post.id);
  cycle.report.updated++;
  deps.logger.info({ ...log, ts }, 'post edited in place');
}

/** Posts a planned post (in its thread when it has one) and records its ts, then any overflow. */
async function postNew(
  cycle: Cycle,
  post: Post,
  threadTs: string | undefined,
  message: SlackMessage,
  log: Where,
): Promise<void> {
  const { deps, gate, poster } = cycle;
  // An attempt without an answer on record is looked for in Slack before posting again.
  const { ts, found } = await sendOnce(deps, post, log.readoutId, threadTs, () =>
    threadTs ? poster.postReply(post.channel, threadTs, message) : poster.post(post.channel, message),
  );
  await deps.store.markPosted(post.id, ts);
  await gate.succeeded(post.channel);
  cycle.report.posted++;
  if (found) {
    deps.logger.info({ ...log, ts }, 'found already posted in Slack; recorded, not posted again');
    return;
  }
  deps.logger.info({ ...log, ts }, 'posted');
  // Key points too long for the post go whole into its thread. Best effort: the post is
  // recorded already, and a lost reply is logged, never a reason to post again.
  for (const reply of renderOverflowReplies(message.overflow ?? [])) {
    await deps.poster
      .reply(post.channel, ts, reply)
      .catch((error: unknown) =>
        deps.logger.warn({ ...log, ts, error: slackError(error) }, 'thread reply failed'),
      );
  }
}

/** A refused post stays pending (tried again next cycle) with its error; the gate hears of it. */
async function recordFailure(
  cycle: Cycle,
  post: Post,
  error: unknown,
  log: Where,
  edit: boolean,
): Promise<void> {
  const reason = slackError(error);
  cycle.report.failed++;
  cycle.report.errors.push({ ...log, error: reason });
  // A watch's direct message refused for the person: their watches pause; no channel is parked.
  if (await refusedDirectMessage(cycle.deps, post, reason)) {
    cycle.gate.close(post.channel);
    return;
  }
  await cycle.deps.store.markPostFailed(post.id, reason);
  await cycle.gate.failed(post.channel, reason);
  cycle.deps.logger.warn({ ...log, error: reason, edit }, 'Slack refused; kept for the next cycle');
}

/** Several instances: takes the lease on each channel with a note or digest waiting, else closes it. */
async function holdChannelsWithWork(
  cycle: Cycle,
  lease: ChannelLease,
  resting: PendingOptions,
): Promise<void> {
  for (const channel of await channelsWithWork(cycle.deps.store, resting))
    if (!cycle.gate.isClosed(channel) && !(await holdChannel(cycle.deps.store, lease, channel, cycle.leased)))
      cycle.gate.close(channel);
}

/** Posts the change notes in their posts' threads, into the report. */
async function deliverNotesOf(cycle: Cycle): Promise<void> {
  const notes = await deliverNotes({ ...cycle.deps, poster: cycle.poster, gate: cycle.gate });
  cycle.report.notes = notes.posted;
  cycle.report.failed += notes.failed;
  cycle.report.errors.push(...notes.errors);
}

/** Posts the planned digests, into the report. */
async function deliverDigestsOf(cycle: Cycle): Promise<void> {
  const digests = await deliverDigests({
    store: cycle.deps.store,
    poster: cycle.poster,
    logger: cycle.deps.logger,
    gate: cycle.gate,
    classify: (error) => ({ reason: slackError(error), answered: slackAnswered(error) }),
  });
  cycle.report.digests = digests.posted;
  cycle.report.failed += digests.failed;
  for (const e of digests.errors)
    cycle.report.errors.push({ channel: e.channel, readoutId: `digest ${e.digestId}`, error: e.error });
}

/** Gives up this instance's leases on the channels it posted to this cycle. */
async function releaseChannels(store: Store, lease: ChannelLease, leased: Set<string>): Promise<void> {
  await Promise.all([...leased].map((channel) => store.releaseLease(`channel:${channel}`, lease.owner, 0)));
}

/** This instance's identity and how long a lease on a channel lasts without renewal. */
export type ChannelLease = { owner: string; ms: number };

async function holdChannel(store: Store, lease: ChannelLease, channel: string, leased: Set<string>) {
  const ok = await store.claimLease(`channel:${channel}`, lease.owner, lease.ms);
  if (ok) leased.add(channel);
  return ok;
}

/** Channels with a change note or a digest waiting (and not resting). */
async function channelsWithWork(store: Store, options: PendingOptions): Promise<Set<string>> {
  const [notes, digests] = await Promise.all([
    store.pendingNotes(500, options),
    store.pendingDigests(500, options),
  ]);
  return new Set([...notes.map((n) => n.channel), ...digests.map((d) => d.channel)]);
}
