import type { Block } from '../render/blocks.js';
import { chartAltText, renderChart } from './chart.js';
import { statsTitle } from './render-stats.js';
import type { StatsResult } from './stats-answer.js';
import {
  ChartUploadError,
  chartBlock,
  chartMissingLine,
  type FilesApi,
  noteBlock,
  uploadChart,
} from './upload.js';

/** What became of the chart: attached (with its file id), or why not. */
export type ChartOutcome =
  | { attached: true; fileId: string; renderMs: number; uploadMs: number; bytes: number }
  | { attached: false; reason: string; slackError: string };

/** The line under the figures while the chart is drawn and uploaded. */
export const CHART_PENDING = 'Drawing the chart…';

/** The figures' blocks with a context line under them (pending chart, or why it is missing). */
export function withNote(result: StatsResult, note: string): Block[] {
  return [...(result.blocks ?? []), noteBlock(note)];
}

/**
 * Draws the figures' chart, uploads it and returns the answer's blocks: the figures, then the
 * image block naming the uploaded file; or the figures with a line saying why there is no
 * chart. Never throws: the figures always answer.
 */
export async function answerWithChart(
  result: StatsResult,
  files: FilesApi,
  fetchFn: typeof fetch = fetch,
): Promise<{ blocks: Block[]; outcome: ChartOutcome }> {
  const figures = result.figures;
  if (!figures)
    return { blocks: result.blocks ?? [], outcome: { attached: false, reason: '', slackError: 'none' } };
  const title = statsTitle(figures);
  const altText = chartAltText(figures);
  try {
    const chart = await renderChart(figures, await result.marks());
    const uploaded = await uploadChart(
      files,
      chart.png,
      { filename: `readout-stats-${figures.span.label.replace(/[^\w]+/g, '-')}.png`, title, altText },
      fetchFn,
    );
    return {
      blocks: [...(result.blocks ?? []), chartBlock(uploaded.fileId, title, altText)],
      outcome: {
        attached: true,
        fileId: uploaded.fileId,
        renderMs: chart.ms,
        uploadMs: uploaded.ms,
        bytes: chart.png.length,
      },
    };
  } catch (error) {
    const slackError = error instanceof ChartUploadError ? error.slackError : 'render_failed';
    const reason = error instanceof ChartUploadError ? error.message : chartMissingLine('render_failed');
    return { blocks: withNote(result, reason), outcome: { attached: false, reason, slackError } };
  }
}
