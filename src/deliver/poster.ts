import type { SlackMessage } from '../render/blocks.js';

/** The one seam between delivery and Slack: post a message to a channel, get its ts. */
export interface Poster {
  post(channel: string, message: SlackMessage): Promise<{ ts: string }>;
  /** Replaces a posted message in place (`chat.update`). */
  update(channel: string, ts: string, message: SlackMessage): Promise<void>;
  /** Posts a reply in a post's thread. */
  reply(channel: string, threadTs: string, message: SlackMessage): Promise<void>;
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
    }): Promise<{ ok?: boolean; ts?: string; error?: string }>;
    update(args: {
      channel: string;
      ts: string;
      text: string;
      blocks?: unknown[];
      metadata?: SlackMessage['metadata'];
    }): Promise<{ ok?: boolean; error?: string }>;
  };
  conversations?: {
    replies(args: { channel: string; ts: string; include_all_metadata?: boolean; limit?: number }): Promise<{
      messages?: { ts?: string; metadata?: { event_type?: string; event_payload?: unknown } }[];
    }>;
  };
}

/** Posts through the Slack Web API. Link previews are off: the message already summarises the page. */
export function createSlackPoster(client: ChatClient): Poster {
  return {
    async post(channel, message) {
      const result = await client.chat.postMessage({
        channel,
        text: message.text,
        blocks: message.blocks,
        metadata: message.metadata,
        unfurl_links: false,
        unfurl_media: false,
      });
      if (!result.ts)
        throw new Error(`chat.postMessage returned no ts${result.error ? ` (${result.error})` : ''}`);
      return { ts: result.ts };
    },
    async reply(channel, threadTs, message) {
      await client.chat.postMessage({
        channel,
        thread_ts: threadTs,
        text: message.text,
        blocks: message.blocks,
        unfurl_links: false,
        unfurl_media: false,
      });
    },
    async postReply(channel, threadTs, message) {
      const result = await client.chat.postMessage({
        channel,
        thread_ts: threadTs,
        text: message.text,
        blocks: message.blocks,
        metadata: message.metadata,
        unfurl_links: false,
        unfurl_media: false,
      });
      if (!result.ts)
        throw new Error(`chat.postMessage returned no ts${result.error ? ` (${result.error})` : ''}`);
      return { ts: result.ts };
    },
    async findReply(channel, threadTs, eventType, key, value) {
      if (!client.conversations) return null;
      const result = await client.conversations.replies({
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
    },
    async update(channel, ts, message) {
      await client.chat.update({
        channel,
        ts,
        text: message.text,
        blocks: message.blocks,
        metadata: message.metadata,
      });
    },
  };
}
