/**
 * Watches and word-filtered subscriptions, planned by the poller for each new readout it posts
 * (`planMatches`, after the first-poll window and the held-back check). A person's direct message
 * is a post like any other: a row in the same outbox, whose channel is the person's user id
 * (chat.postMessage to a user id posts in the app's direct message with them), so it is paced,
 * recorded before the call and looked for after a crash like every post, and planned once per
 * person and readout (a post is unique per readout and channel).
 */

import type { Logger } from '../app/logger.js';
import { type Block, LIMITS, type SlackMessage } from '../render/blocks.js';
import { escapeMrkdwn } from '../render/format.js';
import type { Post, Store, StoredReadout, Subscription } from '../store/index.js';
import { subscriptionMatches } from './subscriptions.js';
import { planForChannels } from './threads.js';

/** Slack user ids (U…, W… on Enterprise Grid); channels are C…, G…, D…. */
export const isUserId = (channel: string): boolean => /^[UW][A-Z0-9]+$/.test(channel);

/** What a new readout's words call for: the word-filtered channels that want it, and the watchers. */
export type WordMatches = { channels: string[]; watchers: { userId: string; words: string[] }[] };

/**
 * The channels of word-filtered subscriptions that want this readout (their other conditions met
 * and every word in its title or key points), and the people whose watch it matches. The
 * readout's text is read once for all of them (matched in memory on SQLite). Plans nothing.
 */
export async function matchWords(
  store: Store,
  stored: StoredReadout,
  subscriptions: readonly Subscription[],
): Promise<WordMatches> {
  const filtered = subscriptions.filter(
    (sub) => sub.words?.length && subscriptionMatches(sub, stored.readout),
  );
  const match = await store.matchReadout(
    stored.id,
    filtered.map((sub) => sub.words ?? []),
  );
  const channels = new Set(filtered.filter((_, i) => match.filters[i]).map((sub) => sub.channel));
  return { channels: [...channels], watchers: match.watchers };
}

/**
 * Plans the watchers' direct messages and, with `channels` (the readout's other channels, planned
 * together so that its context reply is worked out once), the word-filtered channels' posts.
 * Returns how many posts were newly planned. Idempotent: a readout planned again after a crash
 * plans nothing twice.
 */
export async function planMatches(
  store: Store,
  stored: StoredReadout,
  subscriptions: readonly Subscription[],
  channels: readonly string[] = [],
): Promise<number> {
  const matches = await matchWords(store, stored, subscriptions);
  const all = [...new Set([...channels, ...matches.channels])];
  let planned = all.length > 0 ? await planForChannels(store, stored, all) : 0;
  if (matches.watchers.length > 0) planned += await store.planWatchMessages(stored.id, matches.watchers);
  return planned;
}

/** The words of a watch as people read them: “north korea”. */
export const quoteWords = (words: readonly string[]): string => `“${escapeMrkdwn(words.join(' '))}”`;

/**
 * A readout's post as a watch's direct message: the same message, with a line saying which watch
 * brought it and how to stop it. Pure.
 */
export function asWatchMessage(message: SlackMessage, words: readonly string[]): SlackMessage {
  const why = `:eyes: Your watch ${quoteWords(words)} matched this readout. \`/readout watches\` lists your watches; \`/readout unwatch <n>\` stops one.`;
  const line: Block = { type: 'context', elements: [{ type: 'mrkdwn', text: why }] };
  const blocks =
    message.blocks.length < LIMITS.blocks
      ? [...message.blocks.slice(0, 1), line, ...message.blocks.slice(1)]
      : message.blocks;
  return { ...message, text: `Your watch ${quoteWords(words)}: ${message.text}`, blocks };
}

/** The message for a post: a watch's direct message gets its line; any other post is as it is. */
export async function withWatchLine(store: Store, post: Post, message: SlackMessage): Promise<SlackMessage> {
  if (!isUserId(post.channel) || post.threadOf !== null) return message;
  const words = await store.watchHit(post.readoutId, post.channel);
  return words ? asWatchMessage(message, words) : message;
}

/**
 * Slack's refusals of a direct message that are about the person, not a channel: gone from the
 * workspace, deactivated, a bot, or no DM with them to be had (`channel_not_found` and the like for
 * a user id). No retry changes them, and the user id is no channel to park.
 */
export const PERSON_PROBLEMS = new Set([
  'user_not_found',
  'user_disabled',
  'cannot_dm_bot',
  'channel_not_found',
  'not_in_channel',
  'is_archived',
  'channel_is_archived',
]);

/**
 * A refused post that is a watch's direct message refused for the person: their watches are
 * paused and their unsent direct messages dropped (a `/readout` command from them resumes the
 * watches), with a log line. True when it was one: the caller then leaves the channel gate alone.
 */
export async function refusedDirectMessage(
  deps: { store: Store; logger: Logger },
  post: Post,
  reason: string,
): Promise<boolean> {
  if (!isUserId(post.channel) || post.threadOf !== null || !PERSON_PROBLEMS.has(reason)) return false;
  const { paused, dropped } = await deps.store.pauseWatches(post.channel, reason);
  deps.logger.warn(
    { user: post.channel, readoutId: post.readoutId, error: reason, paused, dropped },
    "direct message refused: the person's watches are paused and their unsent direct messages dropped until they type a /readout command",
  );
  return true;
}
