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
/** An ISO date (`YYYY-MM-DD`) moved by `days`, forwards or back. */
export function shiftDate(iso: string, days: number): string {
  const d = new Date(`${iso}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

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
  /(?<=\d[:.]\d{2}\s*(?:[aApP]\.?\s?[mM]\.?)?)\s+[A-Z][\p{L}'’-]*(?:,?\s+(?:[A-Z][\p{L}'’-]*|of|the|and)){0,7}$/u;

/** A note after a date line's time: "January 8, 2022 / 8:01 PM / Updated 2 years ago". */
const UPDATED_AFTER_RE = /\s+[|/•·]\s+(?:Updated|Last updated|Modified)\b.*$/i;
/**
 * A publication time after the date, with what joins them ("August 31, 2020, 16:20", "May 26,
 * 2020 - 7:32 p.m.", "08 Jan 2022 • 8:01 PM", "January 8, 2022 at 8:01 pm") and its zone.
 */
const TIME_AFTER_DATE_RE =
  /(?:,|\s[-–—|•·/]|\sat)?\s+\d{1,2}[:.]\d{2}(?::\d{2})?\s*(?:[ap]\.?\s?m\.?)?(?:\s*[A-Z]{2,4})?$/i;

const US_DATE_LINE_RE = new RegExp(
  `^(?:${WEEKDAY_RE},? )?${MONTH_RE} (\\d{1,2})(?:st|nd|rd|th)?,? (\\d{4})\\.?$`,
  'i',
);
const EU_DATE_LINE_RE = new RegExp(
  `^(?:${WEEKDAY_RE},? )?(\\d{1,2})(?:st|nd|rd|th)? ${MONTH_RE},? (\\d{4})$`,
  'i',
);
const YEAR_FIRST_DATE_LINE_RE = new RegExp(`^(\\d{4}) ${MONTH_RE} (\\d{1,2})$`, 'i');

export function parseDateLine(line: string): string | null {
  // A publication time after the date ("August 31, 2020, 16:20", "May 26, 2020 - 7:32 p.m.") is not
  // part of it, nor the room a press conference took place in ("Monday, September 16, 2019, 9:33
  // p.m. Central Entrance Hall", "…, 9:45 a.m. Ministry of Foreign Affairs").
  const s = line
    .trim()
    .replace(/\s+/g, ' ')
    .replace(UPDATED_AFTER_RE, '')
    .replace(PLACE_AFTER_TIME_RE, '')
    .replace(TIME_AFTER_DATE_RE, '');
  let m = US_DATE_LINE_RE.exec(s);
  if (m) return isoDate(Number(m[3]), monthIndex(m[1] as string), Number(m[2]));
  m = EU_DATE_LINE_RE.exec(s);
  if (m) return isoDate(Number(m[3]), monthIndex(m[2] as string), Number(m[1]));
  // Korea's briefing room: "2023 Nov. 22".
  m = YEAR_FIRST_DATE_LINE_RE.exec(s);
  if (m) return isoDate(Number(m[1]), monthIndex(m[2] as string), Number(m[3]));
  // A machine date, with its time ("2022-01-08T20:01:00Z"): the date as written.
  m = /^(\d{4})-(\d{2})-(\d{2})(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?$/.exec(s);
  if (m) return isoDate(Number(m[1]), Number(m[2]) - 1, Number(m[3]));
  if (/[年년]/.test(s)) return cjkDateLine(s);
  // "12 de marzo de 2024", "10 Ocak 2024 Çarşamba", "24 ianuarie 2023".
  const latin = /\d{4}/.test(s) ? latinDateLine(s) : null;
  return latin ? isoDate(latin.year, latin.month, latin.day) : null;
}

/** The first year of each Japanese era used in dates ("令和6年" is 2024, "平成元年" 1989). */
const ERAS: Record<string, number> = { 令和: 2019, 平成: 1989 };
/** A date in a Japanese era: "令和6年1月10日", "平成元年5月1日". */
export const ERA_DATE_RE = /(令和|平成)\s*(元|\d{1,2})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日/;
/** A full date in Japanese, Chinese or Korean: "2024年1月10日", "2023년 5월 10일". */
export const CJK_FULL_DATE_RE = /(?<!\d)(\d{4})\s*[年년]\s*(\d{1,2})\s*[月월]\s*(\d{1,2})\s*[日일]/;

/** The date of a match of `ERA_DATE_RE` (era) or `CJK_FULL_DATE_RE`. */
export function cjkFullDate(m: RegExpExecArray, era: boolean): string | null {
  if (era) {
    const year = (ERAS[m[1] as string] as number) + (m[2] === '元' ? 1 : Number(m[2])) - 1;
    return isoDate(year, Number(m[3]) - 1, Number(m[4]));
  }
  return isoDate(Number(m[1]), Number(m[2]) - 1, Number(m[3]));
}

/** What may follow a date line's date: a weekday ("（水）", "(수)", "水曜日") and a time. */
const CJK_DATE_LINE_REST_RE =
  /^(?:\([^)]{1,4}\)|[月火水木金土日]曜日?|[월화수목금토일]요일)?\s*(?:\d{1,2}:\d{2})?$/;

/** A full date a line holds alone ("令和6年1月10日", "2024年1月10日（水）", "2023년 5월 10일"), or null. */
export function cjkDateLine(line: string): string | null {
  const s = line.normalize('NFKC').trim();
  if (s.length > 40) return null;
  const era = ERA_DATE_RE.exec(s);
  const m = era ?? CJK_FULL_DATE_RE.exec(s);
  if (!m || m.index > 0 || !CJK_DATE_LINE_REST_RE.test(s.slice(m[0].length).trim())) return null;
  return cjkFullDate(m, era !== null);
}

/** A date line in figures: "01/08/2022", "08.01.2022 20:01", "2022/01/08", "01/08/2022 08:01 PM EST". */
const NUMERIC_DATE_LINE_RE =
  /^(?:Date:\s*)?(\d{1,4})([./-])(\d{1,2})\2(\d{2,4})(?:,?\s+\d{1,2}[:.]\d{2}(?::\d{2})?(?:\s*[AaPp]\.?\s?[Mm]\.?)?(?:\s*([A-Z]{2,4}))?)?$/;
/** The zones of the United States' clocks: a date in figures written before one is month first. */
const US_ZONES = new Set(['EST', 'EDT', 'CST', 'CDT', 'MST', 'MDT', 'PST', 'PDT', 'ET']);
const DAY_MS = 86_400_000;

/**
 * A date line in figures. Year first is read year-month-day; dots are day-first ("08.01.2022");
 * with slashes or dashes a number over 12 tells the day. When both could be a month, the
 * reading within 45 days of a hint (the feed's date, the address's month) is taken, else
 * month-first before a United States zone ("01/08/2022 08:01 PM EST"); otherwise none.
 */
export function numericDateLine(line: string, hint: string | null): string | null {
  const m = NUMERIC_DATE_LINE_RE.exec(line.trim());
  if (!m) return null;
  const [a, sep, b, c] = [m[1] as string, m[2] as string, Number(m[3]), m[4] as string];
  if (a.length === 4) return c.length <= 2 ? isoDate(Number(a), b - 1, Number(c)) : null;
  if (c.length !== 4 || a.length > 2) return null;
  const [first, year] = [Number(a), Number(c)];
  const dayFirst = isoDate(year, b - 1, first);
  const monthFirst = isoDate(year, first - 1, b);
  if (sep === '.' || first > 12 || first === b) return dayFirst;
  if (b > 12) return monthFirst;
  if (hint && dayFirst && monthFirst) {
    const near = (d: string) => Math.abs(Date.parse(d) - Date.parse(hint)) <= 45 * DAY_MS;
    if (near(dayFirst) !== near(monthFirst)) return near(dayFirst) ? dayFirst : monthFirst;
  }
  return m[5] && US_ZONES.has(m[5]) ? monthFirst : null;
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
  const date = dayOfMonthNear(Number(m[1]), reference);
  return date ? { date, index: m.index } : null;
}

/**
 * A day of the month given alone, as a date: that day in the reference's month, or in the
 * month before when it is later than the reference's day. Null for a day no month has.
 */
export function dayOfMonthNear(day: number, reference: string): string | null {
  let year = Number(reference.slice(0, 4));
  let month = Number(reference.slice(5, 7)) - 1;
  if (day > Number(reference.slice(8, 10))) {
    month -= 1;
    if (month < 0) {
      month = 11;
      year -= 1;
    }
  }
  return isoDate(year, month, day);
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

/**
 * A day named by a word and then written out: "today (16 November)", "on Tuesday (March 5)",
 * "yesterday, 15 November". True when the month-day at `at` follows the word ending at `wordEnd`.
 */
const GLOSS_RE =
  /^\s*(?:\(|,)\s*(?:(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday),?\s+)?(?:the\s+)?$/i;
export function glossesDay(text: string, wordEnd: number, at: number): boolean {
  return at >= wordEnd && at - wordEnd <= 24 && GLOSS_RE.test(text.slice(wordEnd, at));
}

/** A start time just before a date: "starting at 9:15 p.m. on July 15", "from 10:00 (local time) on 3 May". */
const TIME_THEN_ON_RE =
  /\d(?:\s?[:.]\s?\d{2}\s*(?:[ap]\.?\s?m\.?)?|\s?[ap]\.?\s?m\.?)\s*(?:\([^()]{0,30}\)\s*)?,?\s*on\s+(?:(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday),?\s+)?$/i;
/** True when the date at `at` is the day of a clock time just before it: the talk's own start. */
export function dayOfStartTime(text: string, at: number): boolean {
  return TIME_THEN_ON_RE.test(text.slice(Math.max(0, at - 60), at));
}

/** Days counted back in words: "the day before yesterday", "two days ago". */
const DAYS_AGO_RE = /\b(?:the day before yesterday|(two|three|four|five|six|2|3|4|5|6) days ago)\b/i;
const DAYS_AGO_WORDS: Record<string, number> = { two: 2, three: 3, four: 4, five: 5, six: 6 };
export function daysAgo(text: string): number | null {
  const m = DAYS_AGO_RE.exec(text);
  if (!m) return null;
  if (!m[1]) return 2;
  const word = m[1].toLowerCase();
  return DAYS_AGO_WORDS[word] ?? Number(word);
}

/**
 * A time that names no day ("last week", "earlier this month", "over the weekend", "recently",
 * "a few days ago"): the talk is dated, but not to a day. Not an event's own ("last week's
 * summit") nor a clause of another's ("who took office last week", "since last month").
 */
const VAGUE_TIME_RE =
  /\b(?:(?:late |early )?(?:last|this|past|previous) (?:week(?:end)?|month)(?!['’]s)|earlier (?:this|in the) (?:week|month)|(?:over|during) the (?:week-?end|past (?:few )?(?:days|weeks))|recently(?!\s+[a-z-]+(?:ed|en|wn)\b)|(?:a few|several|some|a couple of) days ago|(?:\d+|two|three|four|a few|several) weeks ago)\b/i;
const OTHER_CLAUSE_RE =
  /\b(?:who|whom|which|that|since|after|following|when|before|ahead of|until|during|took office|elected|appointed)\b[^,;]*$/i;
export function vagueTime(text: string): string | null {
  const m = VAGUE_TIME_RE.exec(text);
  if (!m) return null;
  return OTHER_CLAUSE_RE.test(text.slice(Math.max(0, m.index - 40), m.index)) ? null : m[0];
}

/** A weekday owning the talk: "in Thursday's phone call", "Monday's talks" (not "Sunday's election"). */
export const TALK_WEEKDAY_RE =
  /\b(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)['’]s\s+(?:(?:tele)?phone\s+|video\s+|virtual\s+|bilateral\s+)?(?:call|conversation|meeting|talks|summit|discussion)\b/i;

/** A weekday after a part of its day: "in the early hours of Tuesday", "on the evening of Monday". */
export const PART_OF_WEEKDAY_RE =
  /\b(?:morning|afternoon|evening|night|early hours|small hours) of (Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b/i;

/** A figure date with its year: "12/03/2019", "2019.03.12", "12.3.2019". */
const FIGURE_DATE_RE = /(?<!\d)(\d{1,4})([./-])(\d{1,2})\2(\d{1,4})(?!\d)/g;

/**
 * Whether the page's first lines write the day `iso` themselves, with its year, in words
 * ("Tuesday, July 8, 2010", "26 December 2017") or figures ("26/12/2017", "2017.12.26"): a
 * date the page states, unlike one known only from its feed item, the index or its address.
 * The index's own note opening a stored text (" date 2025-05-16 ") is not the page's.
 */
export function pageWritesDate(lines: readonly string[], iso: string): boolean {
  const [y, mo, d] = iso.split('-').map(Number) as [number, number, number];
  let chars = 0;
  for (const [i, raw] of lines.slice(0, 15).entries()) {
    const line = i === 0 ? raw.replace(/^\s*date \d{4}-\d{2}-\d{2}\s*/, '') : raw;
    for (const m of line.matchAll(FIGURE_DATE_RE)) {
      const [a, b, c] = [Number(m[1]), Number(m[3]), Number(m[4])];
      if (
        (m[1] as string).length === 4
          ? a === y && b === mo && c === d
          : (m[4] as string).length === 2
            ? 2000 + c === y && b + a === mo + d && (a === d || a === mo)
            : c === y && b + a === mo + d && (a === d || a === mo)
      )
        return true;
    }
    let rest = line;
    for (let n = 0; n < 6; n++) {
      const m = findMonthDay(rest);
      if (!m) break;
      // With its year, or a short line's month and day ("Feb. 7 | 10:15").
      const short = line.length <= 60 && !/[.!?]$/.test(line);
      if ((m.year === y || (m.year === null && short)) && m.month + 1 === mo && m.day === d) return true;
      rest = rest.slice(m.index + m.length);
    }
    chars += line.length;
    if (chars > 3000) break;
  }
  return false;
}
