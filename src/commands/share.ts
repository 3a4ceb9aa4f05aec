import type { Block } from '../render/blocks.js';
import type { Command } from './parse-command.js';
import type { CommandResponse } from './run-command.js';

/** The button's action id; its value is the command text to answer again, for everyone. */
export const SHARE_ACTION = 'readout_share';

/** Lookups worth sharing; help, mistakes and channel settings are for the asker alone. */
const SHAREABLE = new Set<Command['kind']>(['latest', 'list', 'between', 'search', 'who', 'stats']);

/** Slack caps a button's value at 2,000 characters; a command is far shorter. */
const MAX_VALUE = 2000;

/**
 * Adds a "Share in channel" button under a lookup's ephemeral answer. Answers that found
 * nothing (no blocks) and commands that are not lookups are left as they are. Pure.
 */
export function withShareButton(
  response: CommandResponse,
  command: Command,
  commandText: string,
): CommandResponse {
  if (!SHAREABLE.has(command.kind) || !response.blocks || commandText.length > MAX_VALUE) return response;
  const button: Block = {
    type: 'actions',
    block_id: 'readout_share',
    elements: [
      {
        type: 'button',
        action_id: SHARE_ACTION,
        text: { type: 'plain_text', text: 'Share in channel' },
        value: commandText,
      },
    ],
  };
  // The 50-block limit: the button replaces the last block rather than overflowing.
  const blocks = response.blocks.length >= 50 ? response.blocks.slice(0, 49) : response.blocks;
  return { ...response, blocks: [...blocks, button] };
}

/** The same answer for the whole channel: no button, and who shared it. Pure. */
export function sharedResponse(response: CommandResponse, userId: string): CommandResponse {
  const blocks = (response.blocks ?? []).filter((b) => b.type !== 'actions');
  return {
    response_type: 'in_channel',
    text: response.text,
    blocks: [
      ...blocks.slice(0, 49),
      { type: 'context', elements: [{ type: 'mrkdwn', text: `Shared by <@${userId}>` }] },
    ],
  };
}
