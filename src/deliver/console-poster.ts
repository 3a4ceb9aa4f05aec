import type { SlackMessage } from '../render/blocks.js';
import { renderReadoutText } from '../render/text.js';
import type { Store } from '../store/index.js';
import type { Poster } from './poster.js';

export type ConsoleFormat = 'text' | 'blocks';

/**
 * A Poster that prints instead of posting: the readable rendering, or the Block Kit JSON that
 * would be sent, one message a line (NDJSON: `jq` and friends read it, nothing else is on the
 * line or on stdout). Used without Slack credentials (the demo) and by `--dry-run`.
 */
export function createConsolePoster(options: {
  format: ConsoleFormat;
  write?: (text: string) => void;
  /** The terminal rendering of a message; the metadata's readout id says which readout. */
  describe: (message: SlackMessage) => string | Promise<string>;
}): Poster & { count: () => number } {
  const write = options.write ?? ((text: string) => process.stdout.write(text));
  let n = 0;
  return {
    count: () => n,
    async post(channel, message) {
      n++;
      if (options.format === 'blocks') {
        write(
          `${JSON.stringify({ channel, text: message.text, blocks: message.blocks, metadata: message.metadata })}\n`,
        );
      } else {
        write(`\n--- would post to ${channel} ---\n${await options.describe(message)}\n`);
      }
      return { ts: `${Math.floor(Date.now() / 1000)}.${String(n).padStart(6, '0')}` };
    },
    async reply(channel, threadTs, message) {
      if (options.format === 'blocks')
        write(`${JSON.stringify({ channel, thread_ts: threadTs, ...message })}\n`);
      else write(`\n--- would reply in the thread of ${threadTs} in ${channel} ---\n${message.text}\n`);
    },
    async postReply(channel, threadTs, message) {
      n++;
      if (options.format === 'blocks')
        write(`${JSON.stringify({ channel, thread_ts: threadTs, ...message })}\n`);
      else write(`\n--- would reply in the thread of ${threadTs} in ${channel} ---\n${message.text}\n`);
      return { ts: `${Math.floor(Date.now() / 1000)}.${String(n).padStart(6, '0')}` };
    },
    async update(channel, ts, message) {
      if (options.format === 'blocks') {
        write(
          `${JSON.stringify({ channel, ts, text: message.text, blocks: message.blocks, metadata: message.metadata })}\n`,
        );
      } else {
        write(`\n--- would edit ${ts} in ${channel} ---\n${await options.describe(message)}\n`);
      }
    },
  };
}

/** Describes a message by the readout its metadata names, rendered for the terminal. */
export function describeFromStore(
  store: Store,
  timeZone: string,
): (message: SlackMessage) => Promise<string> {
  return async (message) => {
    const stored = await store.getReadout(message.metadata?.event_payload.readout_id ?? '');
    if (!stored) return message.text;
    return renderReadoutText(
      { id: stored.id, readout: stored.readout, partial: stored.partial, link: stored.link },
      { timeZone },
    );
  };
}
