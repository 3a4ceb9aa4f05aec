import { findLatinDate, latinDateLine } from './latin.js';

export const MONTHS = [
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
];

const MONTH_RE =
  '(January|February|March|April|May|June|July|August|September|October|November|December|Jan\\.?|Feb\\.?|Mar\\.?|Apr\\.?|Jun\\.?|Jul\\.?|Aug\\.?|Sept?\\.?|Oct\\.?|Nov\\.?|Dec\\.?)';
/** A weekday, written out or cut short ("Fri 05 May 2023" on pm.gov.au). */
const WEEKDAY_RE =
  '(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|Mon\\.?|Tue\\.?|Tues\\.?|Wed\\.?|Thu\\.?|Thur\\.?|Thurs\\.?|Fri\\.?|Sat\\.?|Sun\\.?)';

export function monthIndex(name: string): number {
  const key = name.toLowerCase().replace(/\./g, '').slice(0, 3);
  return MONTHS.findIndex((m) => m.startsWith(key));
}

export function isoDate(year: number, month: number, day: number): string | null {
  const d = new Date(Date.UTC(year, month, day));
  if (d.getUTCFullYear() !== year || d.getUTCMonth() !== month || d.getUTCDate() !== day) return null;
  return d.toISOString().slice(0, 10);
}

/** A line that is only a date ("March 9, 2018", "Monday, March 9, 2018", "9 March 2018"). */
/** Capitalised words after a clock time at the end of a line: the room of a press conference. */
const PLACE_AFTER_TIME_RE =
  /(?<=\d[:.]\d{2}\s*(?:[aApP]\.?\s?[mM]\.?)?)\s+[A-Z][\p{L}'’-]*(?:\s+(?:[A-Z][\p{L}'’-]*|of|the|and)){0,7}$/u;

const US_DATE_LINE_RE = new RegExp(
  `^(?:${WEEKDAY_RE},? )?${MONTH_RE} (\\d{1,2})(?:st|nd|rd|th)?,? (\\d{4})\\.?$`,
  'i',
);
const EU_DATE_LINE_RE = new RegExp(`^(?:${WEEKDAY_RE},? )?(\\d{1,2}) ${MONTH_RE},? (\\d{4})$`, 'i');
const YEAR_FIRST_DATE_LINE_RE = new RegExp(`^(\\d{4}) ${MONTH_RE} (\\d{1,2})$`, 'i');

export function parseDateLine(line: string): string | null {
  // A publication time after the date ("August 31, 2020, 16:20", "May 26, 2020 - 7:32 p.m.") is not
  // part of it, nor the room a press conference took place in ("Monday, September 16, 2019, 9:33
  // p.m. Central Entrance Hall", "…, 9:45 a.m. Ministry of Foreign Affairs").
  const s = line
    .trim()
    .replace(/\s+/g, ' ')
    .replace(PLACE_AFTER_TIME_RE, '')
    .replace(/(?:,|\s[-–—|])?\s+\d{1,2}[:.]\d{2}(?::\d{2})?\s*(?:[ap]\.?\s?m\.?)?(?:\s*[A-Z]{2,4})?$/i, '');
  let m = US_DATE_LINE_RE.exec(s);
  if (m) return isoDate(Number(m[3]), monthIndex(m[1] as string), Number(m[2]));
  m = EU_DATE_LINE_RE.exec(s);
  if (m) return isoDate(Number(m[3]), monthIndex(m[2] as string), Number(m[1]));
  // Korea's briefing room: "2023 Nov. 22".
  m = YEAR_FIRST_DATE_LINE_RE.exec(s);
  if (m) return isoDate(Number(m[1]), monthIndex(m[2] as string), Number(m[3]));
  m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s);
  if (m) return isoDate(Number(m[1]), Number(m[2]) - 1, Number(m[3]));
  // "12 de marzo de 2024", "10 Ocak 2024 Çarşamba", "24 ianuarie 2023".
  const latin = /\d{4}/.test(s) ? latinDateLine(s) : null;
  return latin ? isoDate(latin.year, latin.month, latin.day) : null;
}

export type DateMention = { month: number; day: number; year: number | null; index: number; length: number };

/** The first "Month D[, YYYY]" or "D Month [YYYY]" in a piece of text, with where it stands. */
const US_MONTH_DAY_RE = new RegExp(`\\b${MONTH_RE} (\\d{1,2})(?:st|nd|rd|th)?\\b(?:,? (\\d{4}))?`, 'i');
const EU_MONTH_DAY_RE = new RegExp(`\\b(\\d{1,2})(?:st|nd|rd|th)? ${MONTH_RE}\\b(?:,? (\\d{4}))?`, 'i');

export function findMonthDay(text: string): DateMention | null {
  const us = US_MONTH_DAY_RE.exec(text);
  const eu = EU_MONTH_DAY_RE.exec(text);
  // A date of another language written in Latin letters ("12 de marzo", "10 Ocak", "ngày 10/1"), when first.
  const latin = findLatinDate(text);
  if (latin && (!us || latin.index < us.index) && (!eu || latin.index < eu.index)) return latin;
  const pick = us && (!eu || us.index <= eu.index) ? 'us' : eu ? 'eu' : null;
  if (pick === 'us' && us) {
    return {
      month: monthIndex(us[1] as string),
      day: Number(us[2]),
      year: us[3] ? Number(us[3]) : null,
      index: us.index,
      length: us[0].length,
    };
  }
  if (pick === 'eu' && eu) {
    return {
      month: monthIndex(eu[2] as string),
      day: Number(eu[1]),
      year: eu[3] ? Number(eu[3]) : null,
      index: eu.index,
      length: eu[0].length,
    };
  }
  return null;
}

/**
 * The year of a month-day that has none, taken from a reference date (the page's date line or
 * the feed's date): the year that puts the event nearest to the reference, so that a talk on
 * December 31 published on January 1 keeps its own year.
 */
export function yearNear(month: number, day: number, reference: string): number {
  const refYear = Number(reference.slice(0, 4));
  const ref = Date.parse(`${reference}T00:00:00Z`);
  let best = refYear;
  let bestDistance = Number.POSITIVE_INFINITY;
  for (const year of [refYear - 1, refYear, refYear + 1]) {
    const distance = Math.abs(Date.UTC(year, month, day) - ref);
    if (distance < bestDistance) {
      best = year;
      bestDistance = distance;
    }
  }
  return best;
}

/**
 * A full date standing in a short label line that is not a sentence ("Statement 22 February
 * 2022 Brussels", "New Delhi, October 08, 2021"); null otherwise.
 */
export function dateInShortLine(line: string): string | null {
  if (line.length > 80 || /[.!?]$/.test(line)) return null;
  const m = findMonthDay(line);
  if (!m || m.year === null) return null;
  return isoDate(m.year, m.month, m.day);
}

/** "on the 17th", "on the 7th (local time)": a day of the month alone, as Korean briefings write it. */
const DAY_ALONE_RE = /\bon the (\d{1,2})(?:st|nd|rd|th)\b/i;

/**
 * The date of a day of the month given alone ("on the 17th"), counted from a reference date:
 * that day in the reference's month, or in the month before when it is later than the
 * reference's day (an event is not dated after its page). Null when the text has none.
 */
export function dayAlone(text: string, reference: string): { date: string; index: number } | null {
  const m = DAY_ALONE_RE.exec(text);
  if (!m) return null;
  const day = Number(m[1]);
  let year = Number(reference.slice(0, 4));
  let month = Number(reference.slice(5, 7)) - 1;
  if (day > Number(reference.slice(8, 10))) {
    month -= 1;
    if (month < 0) {
      month = 11;
      year -= 1;
    }
  }
  const date = isoDate(year, month, day);
  return date ? { date, index: m.index } : null;
}

/** A breadcrumb line: "Home > News > November 2017 > Diary". */
const BREADCRUMB_RE = /\s[>›»]\s.*\s[>›»]\s/;
/** An address filed by month: "/201711/", "/2017/11/", "/2017-11/". */
const URL_MONTH_RE = /\/((?:19|20)\d{2})[-/]?(0[1-9]|1[0-2])(?:[/_]|$)/;
/** A month and year in a breadcrumb: "November 2017". */
const MONTH_YEAR_RE = new RegExp(`\\b${MONTH_RE},? (\\d{4})\\b`, 'i');

/**
 * The month a page is filed under, from its breadcrumb ("… > Highlights November 2017 > …") or
 * its address ("/html/201711/…"), as the middle of that month: only a year for a date the text
 * gives without one, never a date of its own. Null when neither shows a month.
 */
export function filedMonth(lines: readonly string[], url: string | null | undefined): string | null {
  for (const line of lines.slice(0, 12)) {
    if (line.length > 300 || !BREADCRUMB_RE.test(line)) continue;
    const m = MONTH_YEAR_RE.exec(line);
    if (m) return isoDate(Number(m[2]), monthIndex(m[1] as string), 15);
  }
  const u = url ? URL_MONTH_RE.exec(url) : null;
  return u ? isoDate(Number(u[1]), Number(u[2]) - 1, 15) : null;
}
