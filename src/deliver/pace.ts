import type { Poster } from './poster.js';

/** Slack's limit for posting: about one message a second per channel (short bursts tolerated). */
export const POST_INTERVAL_MS = 1000;

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/**
 * A poster that never posts to one channel (or DM target) sooner than `intervalMs` after the
 * answer to the previous message there: `chat.postMessage` calls (posts, thread replies) to one
 * channel run one after another, spaced; different channels do not wait for each other. Edits
 * and look-ups pass straight through. Keep one for the life of the process, so that the spacing
 * holds across cycles.
 */
export function pacedPoster(poster: Poster, intervalMs: number = POST_INTERVAL_MS): Poster {
  const tails = new Map<string, Promise<unknown>>();
  const answeredAt = new Map<string, number>();
  const paced = <T>(channel: string, write: () => Promise<T>): Promise<T> => {
    const run = (tails.get(channel) ?? Promise.resolve()).then(async () => {
      const wait = (answeredAt.get(channel) ?? Number.NEGATIVE_INFINITY) + intervalMs - Date.now();
      if (wait > 0) await sleep(wait);
      try {
        return await write();
      } finally {
        answeredAt.set(channel, Date.now());
      }
    });
    const tail = run.catch(() => undefined);
    tails.set(channel, tail);
    // Forget an idle channel's chain (its last answer time stays).
    void tail.then(() => {
      if (tails.get(channel) === tail) tails.delete(channel);
    });
    return run;
  };
  return {
    ...poster,
    post: (channel, message) => paced(channel, () => poster.post(channel, message)),
    reply: (channel, threadTs, message) => paced(channel, () => poster.reply(channel, threadTs, message)),
    postReply: (channel, threadTs, message) =>
      paced(channel, () => poster.postReply(channel, threadTs, message)),
    update: (channel, ts, message) => poster.update(channel, ts, message),
  };
}
