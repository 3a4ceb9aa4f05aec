import { createHash } from 'node:crypto';
import { TZDate } from '@date-fns/tz';
import { format } from 'date-fns';
import type { Block } from '../render/blocks.js';
import type { StatsTarget, Store } from '../store/index.js';
import type { StatsAggregate } from './aggregate.js';
import type { ChartMark } from './chart.js';
import {
  type CountedTopics,
  figuresOf,
  type StatsFigures,
  type StatsSubject,
  topicCountries,
} from './figures.js';
import type { StatsCommand } from './parse-stats.js';
import { noStatsText, renderStats } from './render-stats.js';
import type { StatsSpan } from './span.js';
import { TOPICS_VERSION, topicsOf } from './topics.js';

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
 * The recurring topics of the latest readouts of a stats command: as stored when the same
 * readouts were counted before (the signature names them, the countries left out and how topics
 * are counted), else counted from their key terms and stored.
 */
async function topicsFor(
  store: Store,
  command: Pick<StatsCommand, 'subject' | 'span'>,
  agg: StatsAggregate & { latest: string[] },
): Promise<CountedTopics> {
  const { subject, span } = command;
  const countries = topicCountries(subject, agg);
  const key = `${subject.kind === 'relation' ? subject.slug : subject.code}|${span.from}|${span.to ?? ''}`;
  const signature = createHash('sha1')
    .update(`${TOPICS_VERSION}|${countries.join(',')}|${agg.latest.join(',')}`)
    .digest('base64url');
  const stored = await store.statsTopics(key, signature);
  if (stored) return { topics: stored, from: agg.latest.length };
  const terms = await store.statsTerms(agg.latest);
  const topics = topicsOf(terms, countries);
  await store.saveStatsTopics(key, signature, topics);
  return { topics, from: terms.length };
}

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
  const figures = figuresOf(agg, await topicsFor(store, command, agg), command.subject, span, today);
  return { ...renderStats(figures), figures, marks: () => store.statsMarks(target, span.from, to) };
}
