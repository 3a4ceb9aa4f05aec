import type { AllMiddlewareArgs, BlockButtonAction, SlackActionMiddlewareArgs } from '@slack/bolt';
import { parseCommand } from '../../src/commands/parse-command.js';
import { runCommand } from '../../src/commands/run-command.js';
import { sharedResponse } from '../../src/commands/share.js';
import type { ReadoutCommandDeps } from '../commands/readout.js';
import { statsWithChart } from '../commands/stats.js';

/**
 * "Share in channel" under a lookup's ephemeral answer: the lookup is answered again (so the
 * channel sees what is true now) and posted for everyone through the response URL, then the
 * private copy is removed. A lookup that now fails says so to the one who clicked.
 */
export function createShareAction(deps: ReadoutCommandDeps) {
  return async ({
    ack,
    body,
    action,
    respond,
    client,
  }: SlackActionMiddlewareArgs<BlockButtonAction> & AllMiddlewareArgs): Promise<void> => {
    await ack();
    const text = action.value ?? '';
    const parsed = parseCommand(text);
    try {
      // Shared stats carry their chart (uploaded again: what is true now).
      const answer =
        parsed.kind === 'stats'
          ? await statsWithChart(parsed, deps, client)
          : await runCommand(parsed, deps, { channelId: body.channel?.id ?? '', userId: body.user.id });
      await respond({ ...sharedResponse(answer, body.user.id), replace_original: false });
      await respond({ delete_original: true });
      deps.logger.info({ command: parsed.kind, user: body.user.id }, 'lookup shared in channel');
    } catch (error) {
      deps.logger.error({ err: error, command: parsed.kind }, 'sharing a lookup failed');
      await respond({
        response_type: 'ephemeral',
        replace_original: false,
        text: 'Sorry, Readout could not share that just now. Please try again in a moment.',
      }).catch(() => undefined);
    }
  };
}
