import type { SlackMessage } from '../render/blocks.js';
import { slackError } from './slack-error.js';

/** The one seam between delivery and Slack: post a message to a channel, get its ts. */
export interface Poster {
  post(channel: string, message: SlackMessage): Promise<{ ts: string }>;
  /** Replaces a posted message in place (`chat.update`). */
  update(channel: string, ts: string, message: SlackMessage): Promise<void>;
  /** Posts a reply in a post's thread. */
  reply(channel: string, threadTs: string, message: SlackMessage): Promise<void>;
  /**
   * Joins a public channel (`conversations.join`) so that posting there works; resolves with
   * Slack's error code when it cannot (a private channel, an archived one). Absent where
   * nothing is posted.
   */
  join?(channel: string): Promise<{ ok: true } | { ok: false; error: string }>;
  /** Posts a reply in a post's thread, with the message's metadata, and returns its ts. */
  postReply(channel: string, threadTs: string, message: SlackMessage): Promise<{ ts: string }>;
  /**
   * The ts of a reply in a thread whose metadata has this event type and payload value, or null.
   * Used only after an attempt whose outcome is unknown (a crash, a lost answer).
   */
  findReply?(
    channel: string,
    threadTs: string,
    eventType: string,
    key: string,
    value: string,
  ): Promise<string | null>;
  /**
   * The ts of a recent top-level message of the app whose metadata has this event type and
   * payload value, or null: did a post whose answer was lost reach Slack? Absent where nothing
   * can be looked up (the console).
   */
  findPosted?(channel: string, eventType: string, key: string, value: string): Promise<string | null>;
  /** A message's permalink (`chat.getPermalink`), or null; absent where there is none (the console). */
  permalink?(channel: string, ts: string): Promise<string | null>;
}

/** The subset of @slack/web-api's WebClient that posting needs (Bolt's `app.client` fits). */
export interface ChatClient {
  chat: {
    postMessage(args: {
      channel: string;
      text: string;
      blocks?: unknown[];
      metadata?: SlackMessage['metadata'];
      unfurl_links?: boolean;
      unfurl_media?: boolean;
      thread_ts?: string;
      token?: string;
    }): Promise<{ ok?: boolean; ts?: string; error?: string }>;
    update(args: {
      channel: string;
      ts: string;
      text: string;
      blocks?: unknown[];
      metadata?: SlackMessage['metadata'];
      token?: string;
    }): Promise<{ ok?: boolean; error?: string }>;
    /** A message's permalink (no scope needed). */
    getPermalink?(args: {
      channel: string;
      message_ts: string;
      token?: string;
    }): Promise<{ ok?: boolean; permalink?: string }>;
  };
  conversations?: {
    join(args: { channel: string; token?: string }): Promise<{ ok?: boolean; error?: string }>;
    /** The app's direct message with a person (`im:write`): history is read by its D… id. */
    open?(args: { users: string; token?: string }): Promise<{ channel?: { id?: string } }>;
    replies(args: {
      channel: string;
      ts: string;
      include_all_metadata?: boolean;
      limit?: number;
      token?: string;
    }): Promise<{
      messages?: { ts?: string; metadata?: { event_type?: string; event_payload?: unknown } }[];
    }>;
    history(args: {
      channel: string;
      limit?: number;
      include_all_metadata?: boolean;
      cursor?: string;
      token?: string;
    }): Promise<{
      messages?: { ts?: string; metadata?: { event_type?: string; event_payload?: unknown } }[];
      response_metadata?: { next_cursor?: string };
    }>;
  };
}

/**
 * A channel whose workspace has no install (uninstalled, or never seen by a command): shaped like
 * a Web API error (`data.error`) so that delivery treats it as a permanent refusal.
 */
export class NotInstalledError extends Error {
  readonly data = { ok: false, error: 'not_installed' };
  constructor(channel: string) {
    super(`no installed workspace known for channel ${channel}; a /readout command typed there records it`);
    this.name = 'NotInstalledError';
  }
}

export type SlackPosterOptions = {
  /**
   * Many workspaces (OAuth): the bot token of the channel's workspace, or null when none. Absent
   * in single-token mode, where the client's own token posts everywhere.
   */
  tokenFor?: (channel: string) => Promise<string | null>;
};

/** How far back a lost post is looked for: the latest 200 messages (2 history calls at most). */
const FIND_PAGES = 2;

/** The token to call Slack with for a channel: none in single-token mode. */
type Auth = (channel: string) => Promise<{ token?: string }>;

/** Many workspaces: the channel's workspace token, or `NotInstalledError` when there is none. */
function authFrom(options: SlackPosterOptions): Auth {
  return async (channel) => {
    if (!options.tokenFor) return {};
    const token = await options.tokenFor(channel);
    if (!token) throw new NotInstalledError(channel);
    return { token };
  };
}

/** `chat.postMessage` with its metadata, in a thread when `threadTs` is given; resolves with its ts. */
async function postWithTs(
  client: ChatClient,
  auth: Auth,
  channel: string,
  message: SlackMessage,
  threadTs?: string,
): Promise<{ ts: string }> {
  const result = await client.chat.postMessage({
    ...(await auth(channel)),
    channel,
    ...(threadTs === undefined ? {} : { thread_ts: threadTs }),
    text: message.text,
    blocks: message.blocks,
    metadata: message.metadata,
    unfurl_links: false,
    unfurl_media: false,
  });
  if (!result.ts)
    throw new Error(`chat.postMessage returned no ts${result.error ? ` (${result.error})` : ''}`);
  return { ts: result.ts };
}

/** A plain reply in a thread: no metadata, and no ts wanted back. */
async function postThreadReply(
  client: ChatClient,
  auth: Auth,
  channel: string,
  threadTs: string,
  message: SlackMessage,
): Promise<void> {
  await client.chat.postMessage({
    ...(await auth(channel)),
    channel,
    thread_ts: threadTs,
    text: message.text,
    blocks: message.blocks,
    unfurl_links: false,
    unfurl_media: false,
  });
}

async function joinChannel(
  client: ChatClient,
  auth: Auth,
  channel: string,
): Promise<{ ok: true } | { ok: false; error: string }> {
  if (!client.conversations) return { ok: false, error: 'not_supported' };
  try {
    await client.conversations.join({ ...(await auth(channel)), channel });
    return { ok: true };
  } catch (error) {
    return { ok: false, error: slackError(error) };
  }
}

async function updateMessage(
  client: ChatClient,
  auth: Auth,
  channel: string,
  ts: string,
  message: SlackMessage,
): Promise<void> {
  await client.chat.update({
    ...(await auth(channel)),
    channel,
    ts,
    text: message.text,
    blocks: message.blocks,
    metadata: message.metadata,
  });
}

/** The metadata a lost post or reply is looked for by: its event type and one payload value. */
type Mark = { eventType: string; key: string; value: string };

/** A reply in the thread (its first 200) carrying the mark, or null. */
async function findMarkedReply(
  client: ChatClient,
  auth: Auth,
  channel: string,
  threadTs: string,
  { eventType, key, value }: Mark,
): Promise<string | null> {
  if (!client.conversations) return null;
  const result = await client.conversations.replies({
    ...(await auth(channel)),
    channel,
    ts: threadTs,
    include_all_metadata: true,
    limit: 200,
  });
  const found = (result.messages ?? []).find(
    (m) =>
      m.metadata?.event_type === eventType &&
      (m.metadata.event_payload as Record<string, unknown> | undefined)?.[key] === value,
  );
  return found?.ts ?? null;
}

/** A recent message of the channel (or of the DM with a user id) carrying the mark, or null. */
async function findMarkedPost(
  client: ChatClient,
  auth: Auth,
  channel: string,
  { eventType, key, value }: Mark,
): Promise<string | null> {
  const conversations = client.conversations;
  if (!conversations) return null;
  // A direct message was posted to a user id; its history is the DM's (im:write, im:history).
  const dm = /^[UW][A-Z0-9]+$/.test(channel)
    ? (await conversations.open?.({ ...(await auth(channel)), users: channel }))?.channel?.id
    : channel;
  if (!dm) return null;
  let cursor: string | undefined;
  for (let page = 0; page < FIND_PAGES; page++) {
    const result = await conversations.history({
      ...(await auth(channel)),
      channel: dm,
      limit: 100,
      include_all_metadata: true,
      ...(cursor ? { cursor } : {}),
    });
    for (const m of result.messages ?? []) {
      const payload = m.metadata?.event_payload as Record<string, unknown> | undefined;
      if (m.ts && m.metadata?.event_type === eventType && String(payload?.[key]) === value) return m.ts;
    }
    cursor = result.response_metadata?.next_cursor || undefined;
    if (!cursor) break;
  }
  return null;
}

/** Posts through the Slack Web API. Link previews are off: the message already summarises the page. */
export function createSlackPoster(client: ChatClient, options: SlackPosterOptions = {}): Poster {
  const auth = authFrom(options);
  return {
    post: (channel, message) => postWithTs(client, auth, channel, message),
    reply: (channel, threadTs, message) => postThreadReply(client, auth, channel, threadTs, message),
    join: (channel) => joinChannel(client, auth, channel),
    postReply: (channel, threadTs, message) => postWithTs(client, auth, channel, message, threadTs),
    findReply: (channel, threadTs, eventType, key, value) =>
      findMarkedReply(client, auth, channel, threadTs, { eventType, key, value }),
    update: (channel, ts, message) => updateMessage(client, auth, channel, ts, message),
    findPosted: (channel, eventType, key, value) =>
      findMarkedPost(client, auth, channel, { eventType, key, value }),
  };
}

/**
 * The poster with `permalink` (`chat.getPermalink`), used by the context reply to link the
 * previous readout's post. Null when Slack gives none or the channel's workspace has no token.
 */
export function withPermalinks(poster: Poster, client: ChatClient, options: SlackPosterOptions = {}): Poster {
  const getPermalink = client.chat.getPermalink?.bind(client.chat);
  if (!getPermalink) return poster;
  return {
    ...poster,
    async permalink(channel, ts) {
      const token = options.tokenFor ? await options.tokenFor(channel) : undefined;
      if (token === null) return null;
      const result = await getPermalink({ channel, message_ts: ts, ...(token ? { token } : {}) });
      return result.permalink ?? null;
    },
  };
}
