import { lookupTable } from '../../app/lookup.js';

/**
 * A talk's length given by its start and its end ("from 7:45 to 8:37 p.m.", "began at 10.05
 * a.m. and ended at 11.20 a.m."): the minutes between, when both ends are clock times and
 * the end comes after the start on the same half-day reading.
 */
export type TimeRange = { minutes: number; raw: string; index: number; end: number; start: string };

/** A clock time: "7:45", "7.45 pm", "10 : 00 p.m.", "3 p.m.". */
const CLOCK = '(\\d{1,2})(?:\\s?[:.]\\s?(\\d{2}))?\\s?(?:([AaPp])\\.?\\s?[Mm]\\b\\.?)?';
/** What stands between the two ends. */
const RANGE_RE = new RegExp(
  `\\b(?:from|between|began|begun|started|starting|beginning|commenced|commencing)\\s+(?:at\\s+)?${CLOCK}\\s*,?\\s*(?:to|until|till|through|[-–]|(?<=\\bbetween\\s.*)and|(?:and\\s+)?(?:ended|finished|concluded|ending|finishing|closing|lasting until|lasted until|ran until|running until)\\s+(?:at\\s+)?)\\s*${CLOCK}`,
  'g',
);

/** Minutes after midnight of a clock time, its half of the day given or taken from the other end. */
function minutesOf(hour: number, minute: number, meridiem: string | undefined): number | null {
  if (hour > 23 || minute > 59) return null;
  if (!meridiem) return hour * 60 + minute;
  if (hour > 12 || hour === 0) return null;
  const h = (hour % 12) + (meridiem.toLowerCase() === 'p' ? 12 : 0);
  return h * 60 + minute;
}

/** Each start-to-end range in a text, with its length in minutes. */
export function findTimeRanges(text: string): TimeRange[] {
  const found: TimeRange[] = [];
  for (const m of text.matchAll(RANGE_RE)) {
    const [h1, m1, p1, h2, m2, p2] = [m[1], m[2], m[3], m[4], m[5], m[6]];
    // Both ends must read as clock times: minutes written, or a.m./p.m. on the end.
    if (!(m2 || p2) || !(m1 || p1 || p2)) continue;
    const end = minutesOf(Number(h2), Number(m2 ?? 0), p2);
    let start = minutesOf(Number(h1), Number(m1 ?? 0), p1);
    // "7:45 to 8:37 p.m.": the start shares the end's half of the day when that keeps it first.
    if (!p1 && p2 && start !== null && Number(h1) <= 12) {
      const same = minutesOf(Number(h1), Number(m1 ?? 0), p2);
      if (same !== null && end !== null && same < end) start = same;
    }
    if (start === null || end === null) continue;
    const minutes = end - start;
    if (minutes <= 0 || minutes > 12 * 60) continue;
    const index = m.index ?? 0;
    const hhmm = `${String(Math.floor(start / 60)).padStart(2, '0')}:${String(start % 60).padStart(2, '0')}`;
    found.push({ minutes, raw: m[0], index, end: index + m[0].length, start: hhmm });
  }
  return found;
}

/**
 * A start time without a.m. or p.m. whose range ends in the afternoon ("from 7:45 to 8:37
 * p.m."): the hour to read, moved into the afternoon; the hour itself otherwise.
 */
export function hourByRangeEnd(hour: number, after: string): number {
  const m = /^\s*(?:to|until|till|[-–])\s*(\d{1,2})(?:\s?[:.]\s?\d{2})?\s?[Pp]\.?\s?[Mm]\b/.exec(after);
  if (!m || hour >= 12) return hour;
  const end = Number(m[1]) % 12;
  return hour <= end ? hour + 12 : hour;
}

/**
 * The zone a clock time names right after it by its abbreviation ("07:35 CET", "9 p.m. EST",
 * "2100 GMT"): an IANA zone, or null. IST and other letters that name two zones are left alone.
 */
const ZONE_ABBREVIATIONS = lookupTable<string>({
  GMT: 'UTC',
  UTC: 'UTC',
  Z: 'UTC',
  CET: 'CET',
  CEST: 'CET',
  EET: 'EET',
  EEST: 'EET',
  BST: 'Europe/London',
  MSK: 'Europe/Moscow',
  EST: 'America/New_York',
  EDT: 'America/New_York',
  ET: 'America/New_York',
  PST: 'America/Los_Angeles',
  PDT: 'America/Los_Angeles',
  KST: 'Asia/Seoul',
  AEST: 'Australia/Sydney',
  AEDT: 'Australia/Sydney',
  SGT: 'Asia/Singapore',
  HKT: 'Asia/Hong_Kong',
  WIB: 'Asia/Jakarta',
});
const ZONE_ABBREVIATION_RE =
  /^\s*\(?\s*(GMT|UTC|Z|CEST|CET|EEST|EET|BST|MSK|EST|EDT|ET|PST|PDT|KST|AEST|AEDT|SGT|HKT|WIB)\b/;
export function zoneByAbbreviation(after: string): string | null {
  const m = ZONE_ABBREVIATION_RE.exec(after);
  return m ? (ZONE_ABBREVIATIONS[m[1] as string] ?? null) : null;
}

/** A city's clock named after a time: "9:15 p.m. Tokyo time", "at 3pm (Moscow time)". */
const CITY_TIME_RE = /^\s*\(?\s*,?\s*([A-Z][a-z]+(?: [A-Z][a-z]+)?) time\b/;
export function cityOfClock(after: string): string | null {
  const m = CITY_TIME_RE.exec(after);
  return m ? (m[1] as string).toLowerCase() : null;
}
