/**
 * The period `/readout … stats` covers: a year (`2017`), years (`2017-2019`), a start date
 * (`since 2024-10-01`) or everything (nothing given). Dates are event dates, YYYY-MM-DD.
 */
export type StatsSpan = {
  from: string;
  /** Last day included; null for "until today" (the clock decides, not the parser). */
  to: string | null;
  /** How it reads to people: "2017", "2017–2019", "since 2024-10-01", "all time". */
  label: string;
};

export const ALL_TIME: StatsSpan = { from: '0000-01-01', to: null, label: 'all time' };

const MIN_YEAR = 1945;
const MAX_YEAR = 2100;

/** Reads the words after `stats`; a problem says what was wrong. Pure. */
export function parseStatsSpan(words: readonly string[]): StatsSpan | { problem: string } {
  const example = 'e.g. `2017`, `2017-2019` or `since 2024-10-01`';
  if (words.length === 0) return ALL_TIME;
  const [first, second, ...rest] = words as [string, ...string[]];
  if (first === 'since') {
    if (!second || rest.length > 0 || !isRealDate(second))
      return {
        problem: `\`since\` takes one date as YYYY-MM-DD (got \`${words.slice(1).join(' ') || 'nothing'}\`), e.g. \`since 2024-10-01\`.`,
      };
    return { from: second, to: null, label: `since ${second}` };
  }
  if (words.length > 1)
    return { problem: `\`stats\` takes one period at most (got \`${words.join(' ')}\`), ${example}.` };
  const years = /^(\d{4})(?:[-–](\d{4}))?$/.exec(first);
  if (!years)
    return {
      problem: `I don't know the period \`${first}\` after \`stats\`: give a year or years, ${example}.`,
    };
  const start = Number(years[1]);
  const end = years[2] === undefined ? start : Number(years[2]);
  if (start < MIN_YEAR || end > MAX_YEAR)
    return { problem: `Years go from ${MIN_YEAR} to ${MAX_YEAR} (got \`${first}\`).` };
  if (end < start)
    return { problem: `The first year comes first, e.g. \`${end}-${start}\` (got \`${first}\`).` };
  return {
    from: `${start}-01-01`,
    to: `${end}-12-31`,
    label: start === end ? String(start) : `${start}–${end}`,
  };
}

export function isRealDate(iso: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(iso)) return false;
  const d = new Date(`${iso}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === iso;
}
