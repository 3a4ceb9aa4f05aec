import type { AllMiddlewareArgs, SlackCommandMiddlewareArgs } from '@slack/bolt';
import type { Logger } from '../../src/app/logger.js';
import type { FeedsCommandDeps } from '../../src/commands/feeds.js';
import { parseCommand } from '../../src/commands/parse-command.js';
import { runCommand } from '../../src/commands/run-command.js';
import { withShareButton } from '../../src/commands/share.js';
import { wakeParkedChannel } from '../../src/deliver/parking.js';
import type { RenderOptions } from '../../src/render/blocks.js';
import { escapeMrkdwn } from '../../src/render/format.js';
import type { Store } from '../../src/store/index.js';
import { answerStatsCommand } from './stats.js';
import { userRole } from './user-role.js';

export type ReadoutCommandDeps = {
  store: Store;
  render: RenderOptions;
  logger: Logger;
  /** Delivers planned posts now (backfill); absent where nothing posts. */
  deliverSoon?: () => Promise<unknown>;
  /** `/readout feeds …` settings (READOUT_FEEDS and friends); the role check is added per request. */
  feeds?: Omit<FeedsCommandDeps, 'store' | 'roleOf'>;
  /** Each lookup answered in the ack body, with its time in seconds (GET /metrics). */
  observeLookup?: (command: string, seconds: number) => void;
  /** Many workspaces (OAuth): `/readout feeds` shows only the asker's workspace's parked channels. */
  multiWorkspace?: boolean;
};

/**
 * `/readout`: parsed by a pure function, run against the local store, and answered in the ack
 * body itself, so the answer is there within Slack's 3 seconds. A failure answers with a
 * plain apology, never a stack trace.
 */
export function createReadoutCommand(deps: ReadoutCommandDeps) {
  return async ({
    command,
    ack,
    respond,
    client,
  }: SlackCommandMiddlewareArgs & AllMiddlewareArgs): Promise<void> => {
    const started = performance.now();
    const parsed = parseCommand(command.text ?? '');
    const runDeps = {
      ...deps,
      feeds: deps.feeds && {
        ...deps.feeds,
        roleOf: (user: string) => userRole(client, user),
        ownChannels: deps.multiWorkspace
          ? async () => new Set(await deps.store.teamChannels(command.team_id ?? ''))
          : undefined,
      },
    };
    // The workspace of the channel, and of the user (a direct message to them), so that posts
    // there go with that workspace's token (OAuth). Best effort: a lookup still answers.
    if (command.team_id)
      for (const where of [command.channel_id, command.user_id])
        await deps.store
          .rememberChannelTeam(where, command.team_id, command.enterprise_id ?? null)
          .catch((error: unknown) => deps.logger.warn({ err: error }, 'could not record the workspace'));
    // A person whose direct messages Slack refused (their watches paused) is back: resume them.
    const resumed = await deps.store.resumeWatches(command.user_id).catch((error: unknown) => {
      deps.logger.warn({ err: error }, 'could not resume watches');
      return 0;
    });
    if (resumed > 0)
      deps.logger.info({ user: command.user_id, watches: resumed }, 'paused watches resumed by a command');
    // Someone is in a parked channel (parking.ts): try it again now rather than at its next try.
    const woken = await wakeParkedChannel(deps.store, command.channel_id).catch((error: unknown) => {
      deps.logger.warn({ err: error }, 'could not wake a parked channel');
      return false;
    });
    if (woken) {
      deps.logger.info({ channel: command.channel_id }, 'a parked channel woken by a command typed there');
      void deps.deliverSoon?.();
    }
    if (parsed.kind === 'feeds_add' || parsed.kind === 'feeds_remove' || parsed.kind === 'feeds_held') {
      // The role check and the feed check reach the network: ack now, answer via response_url.
      await ack({
        response_type: 'ephemeral',
        text:
          parsed.kind === 'feeds_held'
            ? 'Looking up the held-back pages …'
            : parsed.kind === 'feeds_add'
              ? `Checking ${escapeMrkdwn(parsed.url)} …`
              : `Removing ${escapeMrkdwn(parsed.url)} …`,
      });
      try {
        const response = await runCommand(parsed, runDeps, {
          channelId: command.channel_id,
          userId: command.user_id,
        });
        await respond(response);
        deps.logger.info(
          { command: parsed.kind, user: command.user_id, ms: Math.round(performance.now() - started) },
          'slash command answered',
        );
      } catch (error) {
        deps.logger.error({ err: error, command: parsed.kind }, 'slash command failed');
        await respond({
          response_type: 'ephemeral',
          text: 'Sorry, Readout could not finish that. Please try again in a moment.',
        }).catch(() => undefined);
      }
      return;
    }
    try {
      if (parsed.kind === 'stats') {
        // The figures in the ack, the chart after it through response_url.
        await answerStatsCommand(parsed, command.text ?? '', { ack, respond, client }, deps);
        return;
      }
      const response = await runCommand(parsed, runDeps, {
        channelId: command.channel_id,
        userId: command.user_id,
      });
      await ack(withShareButton(response, parsed, command.text ?? ''));
      deps.observeLookup?.(parsed.kind, (performance.now() - started) / 1000);
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
