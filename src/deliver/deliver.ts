import type { Logger } from '../logger.js';
import { type RenderOptions, renderOverflowReplies, renderReadout } from '../render/blocks.js';
import type { Post, Store } from '../store/index.js';
import { DEFAULT_DIGEST_THRESHOLD, type DigestOptions, deliverDigests, planDigests } from './digest.js';
import type { Poster } from './poster.js';

export type DeliveryReport = {
  posted: number;
  /** Digest messages posted (each stands for several readouts). */
  digests: number;
  updated: number;
  failed: number;
  errors: { channel: string; readoutId: string; error: string }[];
};

/** Slack errors that no retry can fix: the target must be fixed first. */
const PERMANENT = new Set([
  'channel_not_found',
  'not_in_channel',
  'is_archived',
  'invalid_auth',
  'account_inactive',
  'token_revoked',
  'missing_scope',
]);

function slackError(error: unknown): string {
  const data = (error as { data?: { error?: string } }).data;
  if (data?.error) return data.error;
  return error instanceof Error ? error.message : String(error);
}

/**
 * Posts every planned post in the order it was planned, and records each `ts` as soon as Slack
 * answers; then edits in place the posts whose readout changed (a partial readout completed).
 * A failure stays pending (tried again next cycle) with its error recorded; a permanent error
 * (channel gone, app not in channel) stops the rest for that channel this cycle.
 * First the poller's fresh posts are sorted and digests planned (`planDigests`); planned
 * digests are posted after the single posts.
 */
export async function deliverPending(deps: {
  store: Store;
  poster: Poster;
  logger: Logger;
  render: RenderOptions;
  limit?: number;
  /** Burst threshold, zone and clock for digests; defaults: 10, the render zone, now. */
  digest?: Partial<DigestOptions>;
}): Promise<DeliveryReport> {
  const report: DeliveryReport = { posted: 0, digests: 0, updated: 0, failed: 0, errors: [] };
  const blocked = new Set<string>();
  const limit = deps.limit ?? 500;
  await planDigests({
    store: deps.store,
    logger: deps.logger,
    threshold: deps.digest?.threshold ?? DEFAULT_DIGEST_THRESHOLD,
    timeZone: deps.digest?.timeZone ?? deps.render.timeZone,
    clock: deps.digest?.clock,
  });
  const jobs: { post: Post; edit: boolean }[] = [
    ...(await deps.store.pendingPosts(limit)).map((post) => ({ post, edit: false })),
    ...(await deps.store.pendingUpdates(limit)).map((post) => ({ post, edit: true })),
  ];
  for (const { post, edit } of jobs) {
    if (blocked.has(post.channel)) continue;
    const stored = await deps.store.getReadout(post.readoutId);
    if (!stored) continue;
    const message = renderReadout(
      { id: stored.id, readout: stored.readout, link: stored.link, partial: stored.partial },
      deps.render,
    );
    const log = { channel: post.channel, readoutId: stored.id };
    try {
      if (edit && post.ts) {
        await deps.poster.update(post.channel, post.ts, message);
        await deps.store.markUpdated(post.id);
        report.updated++;
        deps.logger.info({ ...log, ts: post.ts }, 'post edited in place');
      } else {
        const { ts } = await deps.poster.post(post.channel, message);
        await deps.store.markPosted(post.id, ts);
        report.posted++;
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
    } catch (error) {
      const reason = slackError(error);
      await deps.store.markPostFailed(post.id, reason);
      report.failed++;
      report.errors.push({ ...log, error: reason });
      if (PERMANENT.has(reason)) blocked.add(post.channel);
      deps.logger.warn({ ...log, error: reason, edit }, 'Slack refused; kept for the next cycle');
    }
  }
  const digests = await deliverDigests({
    store: deps.store,
    poster: deps.poster,
    logger: deps.logger,
    blocked,
    classify: (error) => {
      const reason = slackError(error);
      const answered = Boolean((error as { data?: { error?: string } }).data?.error);
      return { reason, permanent: PERMANENT.has(reason), answered };
    },
  });
  report.digests = digests.posted;
  report.failed += digests.failed;
  for (const e of digests.errors)
    report.errors.push({ channel: e.channel, readoutId: `digest ${e.digestId}`, error: e.error });
  return report;
}
