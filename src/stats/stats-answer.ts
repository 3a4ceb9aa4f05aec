import { TZDate } from '@date-fns/tz';
import { format } from 'date-fns';
import type { Block } from '../render/blocks.js';
import type { StatsTarget, Store } from '../store/index.js';
import type { ChartMark } from './chart.js';
import { figuresOf, type StatsFigures, type StatsSubject } from './figures.js';
import type { StatsCommand } from './parse-stats.js';
import { noStatsText, renderStats } from './render-stats.js';
import type { StatsSpan } from './span.js';

/** The figures of a stats command, with the readouts they came from (their marks, for the chart). */
export type StatsResult = {
  text: string;
  blocks?: Block[];
  /** Null when no readout matched (then there is nothing to chart either). */
  figures: StatsFigures | null;
  /** The readouts as chart marks, read when the chart is drawn. */
  marks: () => Promise<ChartMark[]>;
};

/** Today's date (YYYY-MM-DD) in the display zone. */
export function todayIn(timeZone: string, now: Date = new Date()): string {
  return format(new TZDate(now.getTime(), timeZone), 'yyyy-MM-dd');
}

const targetOf = (subject: StatsSubject): StatsTarget =>
  subject.kind === 'relation' ? { relation: subject.slug } : { country: subject.code };

/**
 * Reads the summary rows of a stats command's readouts from the store (readout-summaries.ts)
 * (counted by the database) and computes their figures; the topics come from the key terms of
 * the latest TOPIC_READOUTS.
 * Press releases that are no readout (docType "other") are not counted.
 */
export async function answerStats(
  store: Store,
  command: Pick<StatsCommand, 'subject' | 'span'>,
  today: string,
): Promise<StatsResult> {
  const span: StatsSpan = command.span;
  const target = targetOf(command.subject);
  const to = span.to ?? today;
  const agg = await store.statsAggregate(target, span.from, to);
  if (agg.count === 0)
    return { text: noStatsText(command.subject, span.label), figures: null, marks: async () => [] };
  const terms = await store.statsTerms(agg.latest);
  const figures = figuresOf(agg, terms, command.subject, span, today);
  return { ...renderStats(figures), figures, marks: () => store.statsMarks(target, span.from, to) };
}
