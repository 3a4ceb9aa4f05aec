import type { Logger } from '../logger.js';
import { type RenderOptions, renderReadout } from '../render/blocks.js';
import type { Store } from '../store/index.js';
import type { Poster } from './poster.js';

export type DeliveryReport = {
  posted: number;
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
 * Posts every planned post, oldest readout first, and records each `ts` as soon as Slack
 * answers. A failure stays planned (tried again next cycle) with its error recorded; a
 * permanent error (channel gone, app not in channel) stops the rest for that channel this cycle.
 */
export async function deliverPending(deps: {
  store: Store;
  poster: Poster;
  logger: Logger;
  render: RenderOptions;
  limit?: number;
}): Promise<DeliveryReport> {
  const report: DeliveryReport = { posted: 0, failed: 0, errors: [] };
  const blocked = new Set<string>();
  for (const post of await deps.store.pendingPosts(deps.limit ?? 500)) {
    if (blocked.has(post.channel)) continue;
    const stored = await deps.store.getReadout(post.readoutId);
    if (!stored) continue;
    const message = renderReadout(
      { id: stored.id, readout: stored.readout, link: stored.link, partial: stored.partial },
      deps.render,
    );
    try {
      const { ts } = await deps.poster.post(post.channel, message);
      await deps.store.markPosted(post.id, ts);
      report.posted++;
      deps.logger.info({ channel: post.channel, readoutId: stored.id, ts }, 'posted');
    } catch (error) {
      const reason = slackError(error);
      await deps.store.markPostFailed(post.id, reason);
      report.failed++;
      report.errors.push({ channel: post.channel, readoutId: stored.id, error: reason });
      if (PERMANENT.has(reason)) blocked.add(post.channel);
      deps.logger.warn(
        { channel: post.channel, readoutId: stored.id, error: reason },
        'post failed; kept for the next cycle',
      );
    }
  }
  return report;
}
