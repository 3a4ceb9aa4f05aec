import { TZDate } from '@date-fns/tz';
import { format } from 'date-fns';
import type { Readout } from '../readout/types.js';
import type { Block } from '../render/blocks.js';
import type { StatsTarget, Store } from '../store/index.js';
import { computeStats, type StatsFigures, type StatsSubject } from './figures.js';
import type { StatsCommand } from './parse-stats.js';
import { noStatsText, renderStats } from './render-stats.js';
import type { StatsSpan } from './span.js';

/** The figures of a stats command, with the readouts they came from (for the chart). */
export type StatsResult = {
  text: string;
  blocks?: Block[];
  /** Null when no readout matched (then there is nothing to chart either). */
  figures: StatsFigures | null;
  readouts: Readout[];
};

/** Today's date (YYYY-MM-DD) in the display zone. */
export function todayIn(timeZone: string, now: Date = new Date()): string {
  return format(new TZDate(now.getTime(), timeZone), 'yyyy-MM-dd');
}

const targetOf = (subject: StatsSubject): StatsTarget =>
  subject.kind === 'relation' ? { relation: subject.slug } : { country: subject.code };

/**
 * Reads the readouts of a stats command from the store and computes their figures. Press
 * releases that are no readout (docType "other") are not counted.
 */
export async function answerStats(
  store: Store,
  command: Pick<StatsCommand, 'subject' | 'span'>,
  today: string,
): Promise<StatsResult> {
  const span: StatsSpan = command.span;
  const rows = await store.readoutsForStats(targetOf(command.subject), span.from, span.to ?? today);
  const readouts = rows.map((r) => r.readout).filter((r) => r.docType !== 'other');
  if (readouts.length === 0)
    return { text: noStatsText(command.subject, span.label), figures: null, readouts: [] };
  const figures = computeStats(readouts, command.subject, span, today);
  return { ...renderStats(figures), figures, readouts };
}
