import { TZDate } from '@date-fns/tz';
import { format } from 'date-fns';
import type { Block } from '../render/blocks.js';
import type { StatsTarget, Store } from '../store/index.js';
import type { ChartMark } from './chart.js';
import { figuresOf, type StatsFigures, type StatsSubject, TOPIC_READOUTS } from './figures.js';
import type { StatsCommand } from './parse-stats.js';
import { noStatsText, renderStats } from './render-stats.js';
import type { StatsSpan } from './span.js';

/** The figures of a stats command, with the readouts they came from (their marks, for the chart). */
export type StatsResult = {
  text: string;
  blocks?: Block[];
  /** Null when no readout matched (then there is nothing to chart either). */
  figures: StatsFigures | null;
  readouts: ChartMark[];
};

/** Today's date (YYYY-MM-DD) in the display zone. */
export function todayIn(timeZone: string, now: Date = new Date()): string {
  return format(new TZDate(now.getTime(), timeZone), 'yyyy-MM-dd');
}

const targetOf = (subject: StatsSubject): StatsTarget =>
  subject.kind === 'relation' ? { relation: subject.slug } : { country: subject.code };

/**
 * Reads the summary rows of a stats command's readouts from the store (readout-summaries.ts)
 * and computes their figures; the topics come from the key terms of the latest TOPIC_READOUTS.
 * Press releases that are no readout (docType "other") are not counted.
 */
export async function answerStats(
  store: Store,
  command: Pick<StatsCommand, 'subject' | 'span'>,
  today: string,
): Promise<StatsResult> {
  const span: StatsSpan = command.span;
  const rows = await store.statsRows(targetOf(command.subject), span.from, span.to ?? today);
  if (rows.length === 0)
    return { text: noStatsText(command.subject, span.label), figures: null, readouts: [] };
  const latest = rows.slice(-TOPIC_READOUTS).flatMap((r) => (r.id ? [r.id] : []));
  const terms = await store.statsTerms(latest);
  const figures = figuresOf(rows, terms, command.subject, span, today);
  return { ...renderStats(figures), figures, readouts: rows };
}
