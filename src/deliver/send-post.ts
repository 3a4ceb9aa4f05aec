import type { Logger } from '../app/logger.js';

import type { Post, Store } from '../store/index.js';
import type { Poster } from './poster.js';

import { slackAnswered, slackError } from './slack-error.js';

/**
 * Looks in Slack for a post whose earlier attempt has no answer on record: a top-level post in
 * the channel's latest messages (`conversations.history`, 2 pages of 100), a thread reply in its
 * parent's thread (`conversations.replies`), by its `readout_posted` metadata. When the look-up
 * itself fails (no history scope, not in the channel, Slack down) it answers null and the post
 * goes again: a lost readout is worse than a rare second copy, and the warning says so.
 */
async function findEarlier(
  deps: { poster: Poster; logger: Logger },
  post: Post,
  readoutId: string,
  threadTs: string | undefined,
): Promise<string | null> {
  const { poster } = deps;
  const look = threadTs
    ? poster.findReply?.(post.channel, threadTs, 'readout_posted', 'readout_id', readoutId)
    : poster.findPosted?.(post.channel, 'readout_posted', 'readout_id', readoutId);
  if (!look) return null;
  return look.catch((error: unknown) => {
    deps.logger.warn(
      { channel: post.channel, readoutId, error: slackError(error) },
      'cannot look for an earlier attempt in Slack; posting again (a second copy is possible)',
    );
    return null;
  });
}

/**
 * Posts a planned post exactly once as far as Slack lets us know: an earlier attempt without an
 * answer on record (`sendingAt`) is first looked for in Slack and, when found, its ts is the
 * answer; otherwise the attempt is recorded durably (committed before the Web API call), then
 * posted. The caller records the ts (`markPosted`); a failure leaves the attempt on record unless
 * Slack answered with an error (then nothing was posted, and the record is cleared).
 */
export async function sendOnce(
  deps: { store: Store; poster: Poster; logger: Logger },
  post: Post,
  readoutId: string,
  threadTs: string | undefined,
  send: () => Promise<{ ts: string }>,
): Promise<{ ts: string; found: boolean }> {
  if (post.sendingAt) {
    const found = await findEarlier(deps, post, readoutId, threadTs);
    if (found) return { ts: found, found: true };
  }
  await deps.store.markPostSending(post.id);
  try {
    return { ...(await send()), found: false };
  } catch (error) {
    if (slackAnswered(error)) await deps.store.markPostNotSent(post.id);
    throw error;
  }
}
