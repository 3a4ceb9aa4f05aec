import { levelOf } from '../deliver/subscriptions.js';
import { findHolders } from '../readout/office-holders.js';
import { nameWords } from '../readout/pairing.js';
import type { Readout } from '../readout/types.js';
import { aggregateRows, medianOf, type StatsAggregate } from './aggregate.js';
import type { StatsSpan } from './span.js';
import { type ReadoutTerms, type Topic, termsOf, topicsOf } from './topics.js';

/** The kinds stats count: a courtesy call is a meeting; a kind the text does not state is "other". */
export type StatsKind = 'telephone' | 'video' | 'meeting' | 'other';
export const STATS_KINDS: readonly StatsKind[] = ['telephone', 'video', 'meeting', 'other'];
export type StatsLevel = 'leaders' | 'ministers' | 'other';

export type KindCounts = Record<StatsKind, number>;

/** Who the figures are about: one relation, or one country with all its partners. */
export type StatsSubject =
  | { kind: 'relation'; slug: string; countries: string[] }
  | { kind: 'country'; code: string };

export type StatsPeriod = { key: string; count: number; byKind: KindCounts };

export type StatsFigures = {
  subject: StatsSubject;
  span: StatsSpan;
  /** The days the figures cover: the span, or first contact to today for all time. */
  from: string;
  to: string;
  today: string;
  readouts: number;
  byKind: KindCounts;
  byLevel: Record<StatsLevel, number>;
  /** Months for a span of two years or less, else years; every period, empty ones included. */
  granularity: 'month' | 'year';
  periods: StatsPeriod[];
  /** Talk time over the readouts that state a duration (`stated` of them), in minutes. */
  talk: { stated: number; totalMinutes: number; medianMinutes: number | null };
  first: string | null;
  last: string | null;
  daysSinceFirst: number | null;
  daysSinceLast: number | null;
  /** The longest stretch between two consecutive contacts. */
  longestGap: { from: string; to: string; days: number } | null;
  principals: { name: string; country: string | null; count: number }[];
  topics: Topic[];
  /** How many of the latest readouts the topics were taken from (all of them up to the cap). */
  topicsFrom: number;
  /** A country's partners by number of readouts (country stats only). */
  partners: { code: string; count: number }[];
};

/** Topics are read from at most this many of the latest readouts: a cost cap for large relations. */
export const TOPIC_READOUTS = 1000;
export const TOP_PRINCIPALS = 5;
export const TOP_PARTNERS = 5;

const DAY_MS = 86_400_000;
const dayNumber = (iso: string) => Date.parse(`${iso}T00:00:00Z`) / DAY_MS;
export const daysBetween = (a: string, b: string) => Math.round(dayNumber(b) - dayNumber(a));

export const statsKindOf = (r: { kind: string }): StatsKind =>
  r.kind === 'courtesy_call'
    ? 'meeting'
    : r.kind === 'telephone' || r.kind === 'video' || r.kind === 'meeting'
      ? r.kind
      : 'other';

/**
 * What the figures need of one readout, worked out once (the store keeps it as the readout's
 * summary row): its date, kind, level, talk time, countries and its principals, one per person
 * (`key` the person's name words, `name` the office-holder table's spelling).
 */
export type StatsRow = {
  id?: string;
  date: string;
  kind: StatsKind;
  level: StatsLevel;
  durationMinutes: number | null;
  countries: string[];
  principals: { key: string; name: string; country: string | null }[];
};

/** The summary row of a dated readout. Pure. */
export function statsRowOf(r: Readout & { date: string }): StatsRow {
  const principals: StatsRow['principals'] = [];
  const seen = new Set<string>();
  for (const p of r.participants) {
    const name = canonicalName(p.name, p.country);
    const key = nameWords(name).sort().join(' ');
    if (!key || seen.has(key)) continue;
    seen.add(key);
    principals.push({ key, name, country: p.country });
  }
  return {
    date: r.date,
    kind: statsKindOf(r),
    level: levelOf(r) ?? 'other',
    durationMinutes: r.durationMinutes,
    countries: [...new Set(r.countries)],
    principals,
  };
}

const zeroKinds = (): KindCounts => ({ telephone: 0, video: 0, meeting: 0, other: 0 });

/** The period keys from one day to another: "2017" or "2017-03", in order, none skipped. */
export function periodKeys(from: string, to: string, granularity: 'month' | 'year'): string[] {
  const keys: string[] = [];
  let year = Number(from.slice(0, 4));
  let month = granularity === 'month' ? Number(from.slice(5, 7)) : 1;
  const endYear = Number(to.slice(0, 4));
  const endMonth = granularity === 'month' ? Number(to.slice(5, 7)) : 1;
  while (year < endYear || (year === endYear && month <= endMonth)) {
    keys.push(granularity === 'year' ? String(year) : `${year}-${String(month).padStart(2, '0')}`);
    if (granularity === 'year') year++;
    else if (month === 12) {
      year++;
      month = 1;
    } else month++;
  }
  return keys;
}

/** Months for a span of two years (24 months) or less, else years. */
export function granularityOf(from: string, to: string): 'month' | 'year' {
  const months =
    (Number(to.slice(0, 4)) - Number(from.slice(0, 4))) * 12 +
    Number(to.slice(5, 7)) -
    Number(from.slice(5, 7)) +
    1;
  return months <= 24 ? 'month' : 'year';
}

/**
 * The figures of `/readout … stats` from the readouts of one relation or country. Pure: the
 * readouts come dated (those without an event date are left out), `today` (YYYY-MM-DD) is
 * given; readouts outside the span are left out. Readouts are counted one by one: both governments' readouts of one call are two.
 */
export function computeStats(
  input: readonly Readout[],
  subject: StatsSubject,
  span: StatsSpan,
  today: string,
): StatsFigures {
  const until = span.to ?? today;
  const readouts = input
    .filter((r): r is Readout & { date: string } => r.date !== null && r.date >= span.from && r.date <= until)
    .slice()
    .sort((a, b) => a.date.localeCompare(b.date));
  const terms = readouts.slice(-TOPIC_READOUTS).map(termsOf);
  return figuresOf(aggregateRows(readouts.map(statsRowOf)), terms, subject, span, today);
}

/** Recurring topics already counted (`topicsOf`), from how many readouts. */
export type CountedTopics = { topics: Topic[]; from: number };

/**
 * The countries whose names the topics leave out: a relation's, or for a country's figures its
 * partners' as well as its own.
 */
export function topicCountries(subject: StatsSubject, agg: StatsAggregate): string[] {
  return subject.kind === 'relation'
    ? subject.countries
    : [...new Set(agg.partners.flatMap((p) => p.countries))];
}

/**
 * The figures from the aggregate of the readouts' summary rows (`StatsAggregate`) and the terms
 * of the latest TOPIC_READOUTS of them (`termsOf`), or the topics already counted from them. Pure.
 */
export function figuresOf(
  agg: StatsAggregate,
  topicTerms: readonly ReadoutTerms[] | CountedTopics,
  subject: StatsSubject,
  span: StatsSpan,
  today: string,
): StatsFigures {
  const { first, last } = agg;
  const to = span.to && span.to < today ? span.to : today;
  const from = span.from === '0000-01-01' ? (first ?? today) : span.from;
  // A span that starts after today (a year to come) still has its first period.
  const end = to.localeCompare(from) < 0 ? from : to;
  const granularity = granularityOf(from, end);
  const periods = new Map(
    periodKeys(from, end, granularity).map((key) => [key, { key, count: 0, byKind: zeroKinds() }]),
  );
  const byKind = zeroKinds();
  const byLevel: Record<StatsLevel, number> = { leaders: 0, ministers: 0, other: 0 };
  for (const m of agg.months) {
    byKind[m.kind] += m.count;
    byLevel[m.level] += m.count;
    const period = periods.get(granularity === 'year' ? m.month.slice(0, 4) : m.month);
    if (period) {
      period.count += m.count;
      period.byKind[m.kind] += m.count;
    }
  }
  const topics =
    'topics' in topicTerms
      ? topicTerms
      : { topics: topicsOf(topicTerms, topicCountries(subject, agg)), from: topicTerms.length };
  return {
    subject,
    span,
    from,
    to,
    today,
    readouts: agg.count,
    byKind,
    byLevel,
    granularity,
    periods: [...periods.values()],
    talk: {
      stated: agg.durations.reduce((n, d) => n + d.count, 0),
      totalMinutes: agg.durations.reduce((n, d) => n + d.minutes * d.count, 0),
      medianMinutes: medianOf(agg.durations),
    },
    first,
    last,
    daysSinceFirst: first ? daysBetween(first, today) : null,
    daysSinceLast: last ? daysBetween(last, today) : null,
    longestGap: agg.gap,
    principals: topPrincipals(agg.people),
    topics: topics.topics,
    topicsFrom: topics.from,
    partners: subject.kind === 'country' ? topPartners(agg.partners, subject.code) : [],
  };
}

/** The most frequent people, each under the spelling of the name used most. */
function topPrincipals(people: StatsAggregate['people']): StatsFigures['principals'] {
  const byKey = new Map<string, { spellings: Map<string, number>; country: string | null; count: number }>();
  for (const p of people) {
    const person = byKey.get(p.key) ?? { spellings: new Map<string, number>(), country: p.country, count: 0 };
    person.count += p.count;
    person.spellings.set(p.name, (person.spellings.get(p.name) ?? 0) + p.count);
    byKey.set(p.key, person);
  }
  return [...byKey.values()]
    .map((p) => ({ name: mostUsed(p.spellings), country: p.country, count: p.count }))
    .sort((a, b) => b.count - a.count || a.name.localeCompare(b.name))
    .slice(0, TOP_PRINCIPALS);
}

function topPartners(sets: StatsAggregate['partners'], code: string): StatsFigures['partners'] {
  const partners = new Map<string, number>();
  for (const set of sets)
    for (const c of set.countries) if (c !== code) partners.set(c, (partners.get(c) ?? 0) + set.count);
  return [...partners]
    .map(([c, count]) => ({ code: c, count }))
    .sort((a, b) => b.count - a.count || a.code.localeCompare(b.code))
    .slice(0, TOP_PARTNERS);
}

const canonicalNames = new Map<string, string>();

/**
 * One spelling per person: the office-holder table's ("KISHIDA Fumio" and "Joseph R. Biden,
 * Jr." are "Fumio Kishida" and "Joe Biden"), else the name with capitals-only words
 * title-cased. Cached: a relation has few distinct names.
 */
export function canonicalName(name: string, country: string | null): string {
  const cacheKey = `${country ?? ''}|${name}`;
  const cached = canonicalNames.get(cacheKey);
  if (cached !== undefined) return cached;
  const full = findHolders({ country, name: { text: name, match: 'full' } });
  const contains = full.length === 0 ? findHolders({ country, name: { text: name, match: 'contains' } }) : [];
  const holders = new Set([...full, ...contains].map((h) => h.name));
  const canonical =
    holders.size === 1
      ? ([...holders][0] as string)
      : name.replace(/\b\p{Lu}{2,}\b/gu, (w) => w.charAt(0) + w.slice(1).toLowerCase());
  if (canonicalNames.size < 10_000) canonicalNames.set(cacheKey, canonical);
  return canonical;
}

function mostUsed(spellings: Map<string, number>): string {
  let best: [string, number] = ['', -1];
  for (const entry of spellings) if (entry[1] > best[1]) best = entry;
  return best[0];
}
