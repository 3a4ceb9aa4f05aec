import { countryName } from '../readout/countries.js';
import { type Block, clip, LIMITS } from '../render/blocks.js';
import { escapeMrkdwn, formatDate, formatDuration } from '../render/format.js';
import type { StatsFigures, StatsKind, StatsSubject } from './figures.js';

const KIND_PLURAL: Record<StatsKind, [string, string]> = {
  telephone: ['telephone talk', 'telephone talks'],
  video: ['video conference', 'video conferences'],
  meeting: ['meeting', 'meetings'],
  other: ['other', 'other'],
};

const plural = (n: number, one: string, many = `${one}s`) =>
  `${n.toLocaleString('en-US')} ${n === 1 ? one : many}`;

/** "Japan–United States" for a relation, "Japan" for a country. */
export function subjectLabel(subject: StatsSubject): string {
  return subject.kind === 'relation'
    ? subject.countries.map(countryName).join('–')
    : countryName(subject.code);
}

/** The word people typed for it: "japan-us", or the country's name. */
export function subjectSlug(subject: StatsSubject): string {
  return subject.kind === 'relation' ? subject.slug : countryName(subject.code);
}

/** "12 telephone talks, 3 meetings" (kinds with none left out). */
export function kindLine(f: StatsFigures): string {
  return (['telephone', 'video', 'meeting', 'other'] as const)
    .filter((k) => f.byKind[k] > 0)
    .map((k) => `${f.byKind[k]} ${KIND_PLURAL[k][f.byKind[k] === 1 ? 0 : 1]}`)
    .join(', ');
}

function daysAgo(days: number): string {
  if (days === 0) return 'today';
  if (days < 0) return `in ${plural(-days, 'day')}`;
  return `${plural(days, 'day')} ago`;
}

/** A bar of block characters for a count, scaled to the largest period. */
function bar(count: number, max: number): string {
  if (count === 0 || max === 0) return '';
  return '█'.repeat(Math.max(1, Math.round((count / max) * 12)));
}

/** The answer's lines, each a section: who and when, counts, time, periods, people, topics. */
export function statsLines(f: StatsFigures): string[] {
  const sections: string[] = [];
  sections.push(
    `*${plural(f.readouts, 'readout')}*: ${kindLine(f)}\n` +
      `By level: leaders ${f.byLevel.leaders}, foreign ministers ${f.byLevel.ministers}, other ${f.byLevel.other}`,
  );
  const talk =
    f.talk.stated > 0
      ? `*Talk time*: ${formatDuration(f.talk.totalMinutes, false)} in total, median ${formatDuration(Math.round(f.talk.medianMinutes ?? 0), false)} (${f.talk.stated} of ${f.readouts} readouts state it)`
      : '*Talk time*: no readout states how long the talk was';
  const contact =
    f.first && f.last
      ? `*First contact*: ${formatDate(f.first)} (${daysAgo(f.daysSinceFirst ?? 0)}) · *last*: ${formatDate(f.last)} (${daysAgo(f.daysSinceLast ?? 0)})`
      : '';
  const gap = f.longestGap
    ? `*Longest gap*: ${plural(f.longestGap.days, 'day')}, ${formatDate(f.longestGap.from)} to ${formatDate(f.longestGap.to)}`
    : '';
  sections.push([talk, contact, gap].filter(Boolean).join('\n'));
  const max = Math.max(0, ...f.periods.map((p) => p.count));
  sections.push(
    [
      `*By ${f.granularity}*`,
      ...f.periods.map((p) => {
        const kinds = (['telephone', 'video', 'meeting', 'other'] as const)
          .filter((k) => p.byKind[k] > 0)
          .map((k) => `${p.byKind[k]} ${k === 'telephone' ? 'tel' : k}`)
          .join(' · ');
        return `\`${p.key}\` ${bar(p.count, max)} ${p.count}${kinds ? ` (${kinds})` : ''}`;
      }),
    ].join('\n'),
  );
  if (f.partners.length > 0)
    sections.push(
      `*Top partners*: ${f.partners.map((p) => `${escapeMrkdwn(countryName(p.code))} (${p.count})`).join(', ')}`,
    );
  if (f.principals.length > 0)
    sections.push(
      `*Seen most*: ${f.principals.map((p) => `${escapeMrkdwn(p.name)} (${p.count})`).join(', ')}`,
    );
  sections.push(
    f.topics.length > 0
      ? `*Recurring topics*: ${f.topics.map((t) => `${escapeMrkdwn(t.term)} (${t.count})`).join(', ')}${f.topicsFrom < f.readouts ? ` _(from the latest ${f.topicsFrom.toLocaleString('en-US')} readouts)_` : ''}`
      : '*Recurring topics*: none found in two readouts or more',
  );
  return sections;
}

/** The heading: "Japan–United States · 2017–2019". */
export function statsTitle(f: StatsFigures): string {
  return `${subjectLabel(f.subject)} · ${f.span.label}`;
}

/**
 * The figures as a Slack message: a header, then one section per group of figures, each
 * clipped to Slack's limits; `text` is the same in plain lines. Pure.
 */
export function renderStats(f: StatsFigures): { text: string; blocks: Block[] } {
  const title = statsTitle(f);
  const sections = statsLines(f);
  const blocks: Block[] = [
    { type: 'header', text: { type: 'plain_text', text: clip(title, LIMITS.headerText) } },
    ...sections.map((s) => ({
      type: 'section',
      text: { type: 'mrkdwn', text: clip(s, LIMITS.sectionText) },
    })),
  ];
  return { text: clip([title, ...sections].join('\n'), LIMITS.fallbackText), blocks };
}

/** The figures as plain text for a terminal (`readout stats`): the same lines, no mrkdwn. */
export function renderStatsText(f: StatsFigures): string {
  const unmark = (s: string) =>
    s
      .replace(/\*([^*\n]+)\*/g, '$1')
      .replace(/`([^`\n]+)`/g, '$1')
      .replace(/_\(([^)]*)\)_/g, '($1)');
  return `${statsTitle(f)}\n\n${statsLines(f).map(unmark).join('\n\n')}\n`;
}

/** The answer when nothing matched. */
export function noStatsText(subject: StatsSubject, label: string): string {
  const when = label === 'all time' ? 'yet' : label.startsWith('since') ? label : `in ${label}`;
  return subject.kind === 'relation'
    ? `No ${subject.slug} readout of an event ${when}.`
    : `No readout with ${countryName(subject.code)} of an event ${when}.`;
}
