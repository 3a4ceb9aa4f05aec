import type { AllMiddlewareArgs, SlackCommandMiddlewareArgs } from '@slack/bolt';
import { parseCommand } from '../../src/commands/parse-command.js';
import { runCommand } from '../../src/commands/run-command.js';
import { withShareButton } from '../../src/commands/share.js';
import type { Logger } from '../../src/logger.js';
import type { RenderOptions } from '../../src/render/blocks.js';
import type { Store } from '../../src/store/index.js';

export type ReadoutCommandDeps = {
  store: Store;
  render: RenderOptions;
  logger: Logger;
  /** Delivers planned posts now (backfill); absent where nothing posts. */
  deliverSoon?: () => Promise<unknown>;
};

/**
 * `/readout`: parsed by a pure function, run against the local store, and answered in the ack
 * body itself, so the answer is there within Slack's 3 seconds. A failure answers with a
 * plain apology, never a stack trace.
 */
export function createReadoutCommand(deps: ReadoutCommandDeps) {
  return async ({ command, ack }: SlackCommandMiddlewareArgs & AllMiddlewareArgs): Promise<void> => {
    const started = performance.now();
    const parsed = parseCommand(command.text ?? '');
    try {
      // The workspace of the channel, and of the user (a direct message to them), so that posts
      // there go with that workspace's token (OAuth).
      if (command.team_id)
        for (const where of [command.channel_id, command.user_id])
          await deps.store.rememberChannelTeam(where, command.team_id, command.enterprise_id ?? null);
      const response = await runCommand(parsed, deps, {
        channelId: command.channel_id,
        userId: command.user_id,
      });
      await ack(withShareButton(response, parsed, command.text ?? ''));
      deps.logger.info(
        { command: parsed.kind, user: command.user_id, ms: Math.round(performance.now() - started) },
        'slash command answered',
      );
    } catch (error) {
      deps.logger.error({ err: error, command: parsed.kind }, 'slash command failed');
      await ack({
        response_type: 'ephemeral',
        text: 'Sorry, Readout could not answer that just now. Please try again in a moment; `/readout help` shows what it can do.',
      });
    }
  };
}
