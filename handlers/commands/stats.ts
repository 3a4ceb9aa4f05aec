import type { AllMiddlewareArgs, RespondFn, SlackCommandMiddlewareArgs } from '@slack/bolt';
import type { CommandResponse } from '../../src/commands/run-command.js';
import { withShareButton } from '../../src/commands/share.js';
import { answerWithChart, CHART_PENDING, withNote } from '../../src/stats/chart-answer.js';
import type { StatsCommand } from '../../src/stats/parse-stats.js';
import { answerStats, todayIn } from '../../src/stats/stats-answer.js';
import { chartMissingLine } from '../../src/stats/upload.js';
import type { ReadoutCommandDeps } from './readout.js';

/** Slack may not show a just-uploaded file at once: one more try after this pause. */
export const CHART_RETRY_MS = 1500;

/**
 * `/readout … stats`: the figures answer in the ack at once (Slack's 3 seconds), with a line
 * saying the chart is coming; the chart is then drawn, uploaded and shown in place of that
 * answer through the response URL. When the chart cannot be uploaded or shown, the figures
 * stay, with a line saying why.
 */
export async function answerStatsCommand(
  parsed: StatsCommand,
  text: string,
  {
    ack,
    respond,
    client,
  }: Pick<SlackCommandMiddlewareArgs & AllMiddlewareArgs, 'ack' | 'respond' | 'client'>,
  deps: ReadoutCommandDeps,
): Promise<void> {
  const result = await answerStats(deps.store, parsed, todayIn(deps.render.timeZone));
  const answer = (blocks: ReturnType<typeof withNote> | undefined) =>
    withShareButton(
      { response_type: 'ephemeral', text: result.text, ...(blocks ? { blocks } : {}) },
      parsed,
      text,
    );
  if (!result.figures) {
    await ack(answer(undefined));
    return;
  }
  await ack(answer(withNote(result, CHART_PENDING)));
  const { blocks, outcome } = await answerWithChart(result, client.files);
  const replace = (b: ReturnType<typeof withNote>) => respond({ ...answer(b), replace_original: true });
  try {
    await replaceWithRetry(replace, blocks, outcome.attached);
  } catch (error) {
    deps.logger.warn({ err: error }, 'the stats chart could not be shown');
    await replace(withNote(result, chartMissingLine('invalid_blocks'))).catch(() => undefined);
    return;
  }
  deps.logger.info({ relation: result.figures.subject, ...outcome }, 'stats chart answered');
}

async function replaceWithRetry(
  replace: (blocks: ReturnType<typeof withNote>) => ReturnType<RespondFn>,
  blocks: ReturnType<typeof withNote>,
  hasImage: boolean,
): Promise<void> {
  try {
    await replace(blocks);
  } catch (error) {
    if (!hasImage) throw error;
    await new Promise((resolve) => setTimeout(resolve, CHART_RETRY_MS));
    await replace(blocks);
  }
}

/** The figures with their chart (or the line saying why not), for the Share button. */
export async function statsWithChart(
  parsed: StatsCommand,
  deps: ReadoutCommandDeps,
  client: AllMiddlewareArgs['client'],
): Promise<CommandResponse> {
  const result = await answerStats(deps.store, parsed, todayIn(deps.render.timeZone));
  if (!result.figures) return { response_type: 'ephemeral', text: result.text };
  const { blocks } = await answerWithChart(result, client.files);
  return { response_type: 'ephemeral', text: result.text, blocks };
}
