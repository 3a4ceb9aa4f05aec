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
 * `/readout … stats`: acknowledged at once (reading every readout of a large relation takes
 * longer than Slack's 3 seconds on a big store), then the figures replace that line through
 * the response URL, with a line saying the chart is coming; then the chart is drawn, uploaded
 * and shown in their place. When the chart cannot be uploaded or shown, the figures stay, with
 * a line saying why.
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
  await ack({ response_type: 'ephemeral', text: COUNTING });
  let result: Awaited<ReturnType<typeof answerStats>>;
  try {
    result = await answerStats(deps.store, parsed, todayIn(deps.render.timeZone));
  } catch (error) {
    deps.logger.error({ err: error, command: 'stats' }, 'slash command failed');
    await respond({
      response_type: 'ephemeral',
      replace_original: true,
      text: 'Sorry, Readout could not count those readouts just now. Please try again in a moment.',
    }).catch(() => undefined);
    return;
  }
  const answer = (blocks: ReturnType<typeof withNote> | undefined) =>
    withShareButton(
      { response_type: 'ephemeral', text: result.text, ...(blocks ? { blocks } : {}) },
      parsed,
      text,
    );
  const replace = (b: ReturnType<typeof withNote> | undefined) =>
    respond({ ...answer(b), replace_original: true });
  if (!result.figures) {
    await replace(undefined).catch((error: unknown) => deps.logger.warn({ err: error }, 'stats answer lost'));
    return;
  }
  try {
    await replace(withNote(result, CHART_PENDING));
  } catch (error) {
    deps.logger.warn({ err: error }, 'stats answer lost');
    return;
  }
  const { blocks, outcome } = await answerWithChart(result, client.files);
  try {
    await replaceWithRetry(replace, blocks, outcome.attached);
  } catch (error) {
    deps.logger.warn({ err: error }, 'the stats chart could not be shown');
    await replace(withNote(result, chartMissingLine('invalid_blocks'))).catch(() => undefined);
    return;
  }
  deps.logger.info({ subject: result.figures.subject, ...outcome }, 'stats chart answered');
}

/** The ack's line while the readouts are counted. */
export const COUNTING = 'Counting the readouts…';

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
