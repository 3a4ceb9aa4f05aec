import type { SlackMessage } from '../render/blocks.js';

/** The one seam between delivery and Slack: post a message to a channel, get its ts. */
export interface Poster {
  post(channel: string, message: SlackMessage): Promise<{ ts: string }>;
  /** Replaces a posted message in place (`chat.update`). */
  update(channel: string, ts: string, message: SlackMessage): Promise<void>;
  /** Posts a reply in a post's thread. */
  reply(channel: string, threadTs: string, message: SlackMessage): Promise<void>;
  /**
   * The ts of a recent top-level message of the app whose metadata has this event type and
   * payload value, or null: did a post whose answer was lost reach Slack? Absent where nothing
   * can be looked up (the console).
   */
  findPosted?(channel: string, eventType: string, key: string, value: string): Promise<string | null>;
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
    history(args: {
      channel: string;
      limit?: number;
      include_all_metadata?: boolean;
      cursor?: string;
    }): Promise<{
      messages?: { ts?: string; metadata?: { event_type?: string; event_payload?: unknown } }[];
      response_metadata?: { next_cursor?: string };
    }>;
  };
}

/** How far back a lost post is looked for: the latest 200 messages (2 history calls at most). */
const FIND_PAGES = 2;

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
    async update(channel, ts, message) {
      await client.chat.update({
        channel,
        ts,
        text: message.text,
        blocks: message.blocks,
        metadata: message.metadata,
      });
    },
    async findPosted(channel, eventType, key, value) {
      const conversations = client.conversations;
      if (!conversations) return null;
      let cursor: string | undefined;
      for (let page = 0; page < FIND_PAGES; page++) {
        const result = await conversations.history({
          channel,
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
    },
  };
}
