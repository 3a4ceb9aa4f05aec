import type { StatsKind, StatsLevel, StatsRow } from './figures.js';

/**
 * What the figures are computed from: the readouts' summary rows counted up, by the database
 * (readout-summaries.ts, a few small GROUP BY queries) or here from rows (`aggregateRows`, for
 * readouts held in memory). Every count is of readouts.
 */
export type StatsAggregate = {
  count: number;
  /** Readouts per month ("2024-03"), kind and level. */
  months: { month: string; kind: StatsKind; level: StatsLevel; count: number }[];
  /** Readouts per stated talk time, in minutes. */
  durations: { minutes: number; count: number }[];
  first: string | null;
  last: string | null;
  /** The longest stretch between two consecutive contacts (the earliest of equals). */
  gap: { from: string; to: string; days: number } | null;
  /** Readouts per person (name words `key`) and spelling of the name. */
  people: { key: string; name: string; country: string | null; count: number }[];
  /** Readouts per set of countries (for a country's partners). */
  partners: { countries: string[]; count: number }[];
};

const DAY_MS = 86_400_000;

/** The aggregate of summary rows sorted by date. Pure. */
export function aggregateRows(rows: readonly StatsRow[]): StatsAggregate {
  const months = new Map<string, StatsAggregate['months'][number]>();
  const durations = new Map<number, number>();
  const people = new Map<string, StatsAggregate['people'][number]>();
  const partners = new Map<string, number>();
  let gap: StatsAggregate['gap'] = null;
  let previous: string | null = null;
  for (const r of rows) {
    const month = r.date.slice(0, 7);
    const key = `${month}|${r.kind}|${r.level}`;
    const entry = months.get(key) ?? { month, kind: r.kind, level: r.level, count: 0 };
    entry.count++;
    months.set(key, entry);
    if (r.durationMinutes !== null)
      durations.set(r.durationMinutes, (durations.get(r.durationMinutes) ?? 0) + 1);
    if (previous !== null) {
      const days = Math.round((Date.parse(r.date) - Date.parse(previous)) / DAY_MS);
      if (days > 0 && (!gap || days > gap.days)) gap = { from: previous, to: r.date, days };
    }
    previous = r.date;
    for (const p of r.principals) {
      const k = `${p.key}|${p.name}|${p.country ?? ''}`;
      const person = people.get(k) ?? { ...p, count: 0 };
      person.count++;
      people.set(k, person);
    }
    const set = r.countries.join(',');
    partners.set(set, (partners.get(set) ?? 0) + 1);
  }
  return {
    count: rows.length,
    months: [...months.values()],
    durations: [...durations].map(([minutes, count]) => ({ minutes, count })),
    first: rows[0]?.date ?? null,
    last: rows.at(-1)?.date ?? null,
    gap,
    people: [...people.values()],
    partners: [...partners].map(([countries, count]) => ({
      countries: countries.split(',').filter(Boolean),
      count,
    })),
  };
}

/** The median of counted values (value → how many). */
export function medianOf(counts: readonly { minutes: number; count: number }[]): number | null {
  const sorted = counts.slice().sort((a, b) => a.minutes - b.minutes);
  const total = sorted.reduce((n, c) => n + c.count, 0);
  if (total === 0) return null;
  const at = (i: number): number => {
    let seen = 0;
    for (const c of sorted) {
      seen += c.count;
      if (i < seen) return c.minutes;
    }
    return sorted.at(-1)?.minutes ?? 0;
  };
  const mid = Math.floor(total / 2);
  return total % 2 === 1 ? at(mid) : (at(mid - 1) + at(mid)) / 2;
}
