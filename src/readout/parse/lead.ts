import { TZDate } from '@date-fns/tz';
import { lookupTable } from '../../app/lookup.js';
import { countryFromName } from '../countries.js';
import { leaderOffice } from '../office-holders.js';
import type { Participant, ReadoutKind, Segment, StartTime } from '../types.js';
import { cityOfClock, findTimeRanges, hourByRangeEnd, zoneByAbbreviation } from './clock.js';
import {
  dayAlone,
  dayOfStartTime,
  daysAgo,
  findMonthDay,
  glossesDay,
  isoDate,
  PART_OF_WEEKDAY_RE,
  parseDateLine,
  shiftDate,
  TALK_WEEKDAY_RE,
  vagueTime,
  yearNear,
} from './dates.js';
import {
  cueFound,
  escapeRe,
  isLatinYesterday,
  LATIN_COURTESY_RE,
  LATIN_MEETING_RE,
  LATIN_SPOKE_RE,
  LATIN_TELEPHONE_RE,
  LATIN_VIDEO_RE,
  LATIN_WEEKDAY_FORMS,
  latinLengths,
  latinPastAt,
  latinRelative,
  latinTimes,
  WEEKDAY_AHEAD_AFTER_SOURCE,
  WEEKDAY_AHEAD_BEFORE_SOURCE,
} from './latin.js';
import { DE_FR_LEAD_RE, deFrPrincipals, isDeFrLead } from './lead-de-fr.js';
import { isLatinLead, latinPrincipals } from './lead-latin.js';
import {
  countryInPhrase,
  countryOfName,
  isTitleSegment,
  officeGroup,
  officeOnlyCounterpart,
  PORTFOLIO,
  pairGroup,
  parseParticipant,
  parsePersonPhrase,
  resolveOfficeHolders,
} from './people.js';

/** Verbs that join the home principal to the talk ("X held a telephone talk with Y"). */
export const LEAD_VERB_RE =
  /\b(held|holds|hold|had|has|paid|pays|received|receives|met|meets|attended|chaired|co-chaired|conducted|spoke|speaks|talked|exchanged|hosted|welcomed|visited|interacted|interacts|spoken|(?<!-)called|(?:tele)?phoned|dial(?:l?ed|s))\b/;

/**
 * Two principals as the subject, with no "with": "President Obama and German Chancellor Angela
 * Merkel spoke today", "Prime Minister Modi and US President Joe Biden on Thursday sat down".
 * Group 1 is the verb.
 */
export const CO_SUBJECTS_RE =
  /\b[A-Z][\p{L}.'’-]+,?\s+and\s+(?:the\s+|his\s+|her\s+)?(?:[A-Z][\p{L}.'’-]*\s+|[a-z][a-z-]+\s+){1,7}?(?:(?:during|in|over)\s+(?:a|an|their)\s+(?:(?:tele)?phone|video)\s+(?:call|conversation)\s+(?:on\s+[A-Z][a-z]+day\s+)?)?(spoke|talked|met|held|had|sat down|discussed|agreed|exchanged)\b/u;

/**
 * Two principals as the subject by office alone: "The two Presidents spoke by telephone", "Both
 * leaders met in Tokyo" (their countries are the title's: see `pairGroup`).
 */
export const TWO_SUBJECTS_RE =
  /^(?:(?:On|In|Today|Yesterday|Earlier)\b[^,]{0,40},\s+)?(?:[Tt]he two|[Bb]oth) (?:[Ll]eaders|[Pp]residents|[Pp]rime [Mm]inisters|[Ff]oreign [Mm]inisters|[Ff]oreign [Ss]ecretaries) (?:spoke|talked|met|held an?)\b/;

/**
 * A news lead whose verb takes the counterpart as its object and names the medium after it:
 * "Abe congratulated Russian President Vladimir Putin … in a phone call". Group 1 is the verb.
 */
export const PHONE_OBJECT_RE =
  /\b(congratulated|told|thanked|urged|assured|briefed|informed|invited)\s+(?=(?:the\s+)?[A-Z])(?=[^.]{0,160}?\b(?:in|during|over)\s+(?:a|an|their|the)\s+(?:(?:tele)?phone|video)\s+(?:call|conversation|talk)s?\b)/;

/** Where the lead's verb is, and whether the counterpart follows it at once ("congratulated X"). */
type LeadVerb = { index: number; direct: boolean; object?: RegExp };

/**
 * "X made a phone call to Y": "made" is no lead verb alone, so a later "held" ("elections held
 * in …") would otherwise split the sentence. The counterpart follows "to".
 */
const MADE_CALL_RE = /\bmade\s+an?\s+(?:(?:tele)?phone\s+|video\s+)?call\s+to\s+(?=(?:the\s+)?[A-Z])/;
const MADE_CALL_OBJECT_RE = /^made\s+an?\s+(?:(?:tele)?phone\s+|video\s+)?call\s+to\s+/;

/**
 * A news lead whose only verb is "discussed", its counterpart after "with": "X discussed bilateral
 * ties with Russian counterpart Y". It is read as a talk only where a talk is named (in the
 * sentence or the title) and the two sides are of two countries (see `leadPrincipals`): a
 * statement that "discussed" a matter with its readers stays held back.
 */
const DISCUSSED_WITH_RE = /\bdiscussed\s+(?=[^.;:]{3,120}?\bwith\s+(?:the\s+|his\s+|her\s+|their\s+)?[A-Z])/;
const DISCUSSED_WITH_OBJECT_RE = /^discussed\s+[^.;:]{3,120}?\bwith\s+/;
/** A talk named in a news lead or its title. */
const TALK_NAMED_RE = /\b(?:(?:tele)?phone|call|conversation|talks|meeting|video ?conference|summit)\b/i;

/** The lead's verb: the first of a lead verb, a co-subjects' verb and a news verb with its object. */
function findLeadVerb(text: string, talkNamed = false): LeadVerb | null {
  const found: LeadVerb[] = [];
  const discussed = talkNamed && text.includes('discussed') ? DISCUSSED_WITH_RE.exec(text) : null;
  if (discussed) found.push({ index: discussed.index, direct: true, object: DISCUSSED_WITH_OBJECT_RE });
  const lead = LEAD_VERB_RE.exec(text);
  if (lead) found.push({ index: lead.index, direct: false });
  const co = text.includes(' and ') ? CO_SUBJECTS_RE.exec(text) : null;
  if (co) found.push({ index: co.index + co[0].length - (co[1] as string).length, direct: false });
  const phone = /phone|video/.test(text) ? PHONE_OBJECT_RE.exec(text) : null;
  if (phone) found.push({ index: phone.index, direct: true });
  const made = text.includes('made a') ? MADE_CALL_RE.exec(text) : null;
  if (made) found.push({ index: made.index, direct: true, object: MADE_CALL_OBJECT_RE });
  return found.sort((a, b) => a.index - b.index)[0] ?? null;
}

/** Zones of cities named in leads ("in New York", "visiting Berlin"). */
const CITY_ZONES = lookupTable<string>({
  tokyo: 'Asia/Tokyo',
  osaka: 'Asia/Tokyo',
  hiroshima: 'Asia/Tokyo',
  kyoto: 'Asia/Tokyo',
  'new york': 'America/New_York',
  washington: 'America/New_York',
  'washington, d.c.': 'America/New_York',
  'san francisco': 'America/Los_Angeles',
  'los angeles': 'America/Los_Angeles',
  ottawa: 'America/Toronto',
  toronto: 'America/Toronto',
  london: 'Europe/London',
  paris: 'Europe/Paris',
  berlin: 'Europe/Berlin',
  munich: 'Europe/Berlin',
  elmau: 'Europe/Berlin',
  rome: 'Europe/Rome',
  brussels: 'Europe/Brussels',
  madrid: 'Europe/Madrid',
  vilnius: 'Europe/Vilnius',
  kyiv: 'Europe/Kyiv',
  moscow: 'Europe/Moscow',
  geneva: 'Europe/Zurich',
  beijing: 'Asia/Shanghai',
  shanghai: 'Asia/Shanghai',
  seoul: 'Asia/Seoul',
  busan: 'Asia/Seoul',
  hanoi: 'Asia/Bangkok',
  'ho chi minh city': 'Asia/Bangkok',
  bangkok: 'Asia/Bangkok',
  jakarta: 'Asia/Jakarta',
  bali: 'Asia/Makassar',
  manila: 'Asia/Manila',
  singapore: 'Asia/Singapore',
  'kuala lumpur': 'Asia/Kuala_Lumpur',
  'new delhi': 'Asia/Kolkata',
  delhi: 'Asia/Kolkata',
  canberra: 'Australia/Sydney',
  sydney: 'Australia/Sydney',
  melbourne: 'Australia/Melbourne',
  wellington: 'Pacific/Auckland',
  'phnom penh': 'Asia/Phnom_Penh',
  vientiane: 'Asia/Vientiane',
  'nay pyi taw': 'Asia/Yangon',
  ulaanbaatar: 'Asia/Ulaanbaatar',
  'abu dhabi': 'Asia/Dubai',
  dubai: 'Asia/Dubai',
  riyadh: 'Asia/Riyadh',
  ankara: 'Europe/Istanbul',
  istanbul: 'Europe/Istanbul',
  'buenos aires': 'America/Argentina/Buenos_Aires',
  'rio de janeiro': 'America/Sao_Paulo',
  lima: 'America/Lima',
  'mexico city': 'America/Mexico_City',
  apulia: 'Europe/Rome',
  puglia: 'Europe/Rome',
});

export type LeadFacts = {
  /** The parts of the event, when the lead gives two or more durations. */
  segments?: Segment[];
  date: string | null;
  start: StartTime | null;
  durationMinutes: number | null;
  durationApproximate: boolean;
  kind: ReadoutKind;
  participants: Participant[];
  warnings: string[];
};

export type LeadContext = {
  /** The page's date line, or the feed item's date, for a lead without a year. */
  referenceDate: string | null;
  /**
   * Whether the reference date may stand for a talk the lead gives no day (false for a news
   * site's or a copy's date known only from outside its text); true when absent.
   */
  referenceStated?: boolean;
  /** The page speaks for Japan: its subject is Japanese and unmarked times are JST. */
  japaneseSource: boolean;
  /** The counterpart country the section line names ("Japan-Viet Nam Relations"). */
  sectionCountry: string | null;
  title: string | null;
  /** The country the publisher speaks for (JP for MOFA, US for the White House …), if known. */
  homeCountry?: string | null;
  /** The date a title gives the event (GOV.UK's ": 21 December 2025"): it beats "yesterday" in the text. */
  titleDate?: string | null;
  /** Who speaks in a press conference: the subject of "I held a telephone talk". */
  speaker?: Participant | null;
  /** A month the page is filed under (a breadcrumb's "November 2017", an address's "/201711/"): the year of a yearless date when no date is known. */
  monthHint?: string | null;
};

const APPROX_BEFORE_RE =
  /(around|about|approximately|approx\.|shortly after|just after|just before|roughly|circa|nearly|some)\s*(?:at\s+|from\s+)?$/i;

export type TimeMention = {
  index: number;
  end: number;
  raw: string;
  time: string;
  approximate: boolean;
  inParens: boolean;
  parenText: string | null;
  warning: string | null;
};

function parenAt(text: string, index: number): { open: number; close: number } | null {
  let depth = 0;
  let open = -1;
  for (let i = index - 1; i >= 0; i--) {
    if (text[i] === ')') depth++;
    if (text[i] === '(') {
      if (depth === 0) {
        open = i;
        break;
      }
      depth--;
    }
  }
  if (open < 0) return null;
  const close = text.indexOf(')', index);
  return { open, close: close < 0 ? text.length : close };
}

const pad = (n: number) => String(n).padStart(2, '0');

/** A clock time without a.m. or p.m. read as the afternoon's by the words after it: "4:30 this afternoon", "at 9:15 in the evening". */
const AFTERNOON_AFTER_RE =
  /^\s*(?:(?:on )?(?:this|that|the|yesterday|tomorrow) (?:afternoon|evening)|in the (?:afternoon|evening))\b/i;

/**
 * A clock time: "7:45 p.m.", "3 pm"; after a word that starts it, "at 10:30", "at 14.30" (not
 * an amount: "at 2.50 percent"), "at noon", "at 1500 hrs", "at 2100 GMT".
 */
const TIME_RE = new RegExp(
  [
    /(?<!\d\s?[:.]\s?)\b(\d{1,2})(?:[:.](\d{2})|\s:\s(\d{2}))?\s?([AaPp])\.?\s?[Mm]\b\.?/.source,
    /\b(?:at|from|between|commencing|starting|beginning|after|around|about)\s+(?:(?:around|about|approximately|shortly after|just after)\s+)?(\d{1,2})(?:\s?:\s?|\.)(\d{2})\b(?!\s?[AaPp]\.?\s?[Mm])(?![.,]\d|\s*(?:%|per\s?cent|percent|per\b|million|billion|trillion|bn\b|mn\b|crore|lakh|dollars?|euros?|yuan|yen|rupees?|pounds?))/
      .source,
    /\b(?:at|from|starting at|beginning at|commencing at)\s+(?:(?:around|about|approximately|shortly after|just after)\s+)?(noon|midday|midnight)\b/
      .source,
    /\bat\s+(?:(?:around|about|approximately)\s+)?([01]\d|2[0-3])([0-5]\d)(?:\s*(?:hrs|hours|h)\b|(?=\s*(?:GMT|UTC|Z)\b))/
      .source,
  ].join('|'),
  'g',
);

type Clock = { hour: number; minute: number; index: number; warning: string | null };

/** The hour and minute a match of TIME_RE gives, with where its figures stand and any oddity. */
function clockOf(m: RegExpMatchArray, text: string): Clock {
  const at = m.index ?? 0;
  if (m[4]) {
    let hour = Number(m[1]);
    const minute = m[2] || m[3] ? Number(m[2] ?? m[3]) : 0;
    const pm = m[4].toLowerCase() === 'p';
    let warning: string | null = null;
    if (hour > 12) {
      warning = `time "${m[0].trim()}" gives a 24-hour hour with ${pm ? 'p.m.' : 'a.m.'}; read as ${pad(hour)}:${pad(minute)}`;
    } else if (hour === 0) {
      if (pm) {
        warning = `time "${m[0].trim()}" has hour 0 with p.m.; read as 12:${pad(minute)}`;
        hour = 12;
      }
    } else if (pm && hour < 12) hour += 12;
    else if (!pm && hour === 12) hour = 0;
    return { hour, minute, index: at, warning };
  }
  if (m[7]) {
    const hour = /midnight/i.test(m[7]) ? 0 : 12;
    return { hour, minute: 0, index: at + m[0].toLowerCase().lastIndexOf(m[7].toLowerCase()), warning: null };
  }
  if (m[8]) return { hour: Number(m[8]), minute: Number(m[9]), index: at + m[0].search(/\d/), warning: null };
  let hour = Number(m[5]);
  // "from 4:30 this afternoon": the part of the day the words give.
  const after = text.slice(at + m[0].length);
  if (hour < 12 && AFTERNOON_AFTER_RE.test(after)) hour += 12;
  else hour = hourByRangeEnd(hour, after);
  return {
    hour,
    minute: Number(m[6]),
    index: at + m[0].indexOf(m[5] as string, m[0].search(/\d/)),
    warning: null,
  };
}

/** Every clock time in a lead, with the oddities of §4 of docs/readout-shapes.md read and flagged. */
export function findTimes(text: string): TimeMention[] {
  const found: TimeMention[] = [];
  for (const m of text.matchAll(TIME_RE)) {
    const { hour, minute, index, warning } = clockOf(m, text);
    if (hour > 23 || minute > 59) continue;
    const before = text.slice(Math.max(0, index - 40), index);
    const paren = parenAt(text, index);
    found.push({
      index,
      end: (m.index ?? 0) + m[0].length,
      raw: m[0],
      time: `${pad(hour)}:${pad(minute)}`,
      approximate: APPROX_BEFORE_RE.test(before),
      inParens: paren !== null,
      parenText: paren ? text.slice(paren.open + 1, paren.close) : null,
      warning,
    });
  }
  // "a las 10.30 horas", "saat 15.00'te", "pukul 10.00 WIB", "lúc 15 giờ 30".
  for (const t of latinTimes(text)) {
    if (found.some((f) => f.index <= t.index && t.index < f.end)) continue;
    const paren = parenAt(text, t.index);
    found.push({
      index: t.index,
      end: t.end,
      raw: t.raw,
      time: `${pad(t.hour)}:${pad(t.minute)}`,
      approximate: t.approximate,
      inParens: paren !== null,
      parenText: paren ? text.slice(paren.open + 1, paren.close) : null,
      warning: null,
    });
  }
  return found.sort((a, b) => a.index - b.index);
}

const JST_AFTER_RE =
  /^\s*(?:\(?\s*JST\b|\(?\s*Japan (?:standard )?time\b|,?\s*Japan time\b|on [A-Z][a-z]+ \d{1,2}(?:st|nd|rd|th)?,?\s*(?:JST|Japan time))/i;
const LOCAL_AFTER_RE =
  /^\s*(?:\(?\s*local time\b|,?\s*local time\b|on [A-Z][a-z]+ \d{1,2}(?:st|nd|rd|th)?,?\s*local time)/i;

/** Every city in one pattern, built once: "in New York", "visiting Berlin". The leftmost mention
 * wins; at one place, the city listed first. */
const CITY_RE = new RegExp(
  `\\b(?:in|at|visiting|to|of)\\s+(?:the\\s+)?(?:${Object.keys(CITY_ZONES)
    .map((city) => `(${city.replace(/[.]/g, '\\.')})\\b`)
    .join('|')})`,
);
const CITY_LIST = Object.values(CITY_ZONES);

/** The zone of a city the lead names ("in New York", "visiting Berlin"), if any. */
export function zoneOfPlace(text: string): string | null {
  const lower = text.toLowerCase();
  const m = CITY_RE.exec(lower);
  if (m) {
    const at = m.findIndex((g, i) => i > 0 && g !== undefined);
    return CITY_LIST[at - 1] ?? null;
  }
  if (/\bvisiting japan\b|\bin japan\b|\bto japan\b/.test(lower)) return 'Asia/Tokyo';
  return null;
}

const NUMBER_WORDS = lookupTable<number>({
  a: 1,
  an: 1,
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  thirteen: 13,
  fourteen: 14,
  fifteen: 15,
  sixteen: 16,
  seventeen: 17,
  eighteen: 18,
  nineteen: 19,
  twenty: 20,
  thirty: 30,
  forty: 40,
  fifty: 50,
  sixty: 60,
  seventy: 70,
  eighty: 80,
  ninety: 90,
});

const QUALIFIERS =
  'approximately|approx\\.|about|around|roughly|some|over|more than|nearly|near|close to|almost|just under|just over|well over|under|less than|a little over|a little under';
/** An amount of time: figures, "an", "half an", "fifteen", "seventy-five". */
const AMOUNT =
  '\\d+(?:\\.\\d+)?|half an?|an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[- ](?:one|two|three|four|five|six|seven|eight|nine)\\b)?';
/** What may end a length: "and a half", "and 20 minutes", ", 20 minutes", " 20 mins" (after hours). */
const LENGTH_REST = `(?:\\s+and\\s+(a half)|,?\\s+(?:and\\s+)?(${AMOUNT})\\s*(?:minutes?|mins?)\\b)?`;
const DURATION_RE = new RegExp(
  `\\b(?:(for|lasted|lasting)\\s+(?:(?:the|a)\\s+total\\s+of\\s+)?(?:(${QUALIFIERS})\\s+)?|(${QUALIFIERS})\\s+)(${AMOUNT})(\\s+and\\s+a\\s+half)?\\s*(hours?|hrs?|minutes?|mins?)\\b${LENGTH_REST}(?!\\s+(?:later|earlier|after|before|ago|late|early|behind|ahead)\\b)`,
  'gi',
);
/** Hours and minutes run together after "for" or "lasted": "for 1h30", "lasted 2h15m". */
const HOURS_MINUTES_RE = new RegExp(
  `\\b(?:for|lasted|lasting)\\s+(?:(${QUALIFIERS})\\s+)?(\\d{1,2})\\s?h(?:rs?)?\\s?([0-5]\\d)(?:\\s?m(?:ins?|inutes)?)?\\b`,
  'gi',
);
/** A length given as the talk's measure: "a call of 40 minutes", "talks of about two hours". */
const TALK_OF_LENGTH_RE = new RegExp(
  `\\b(?:call|conversation|talks?|meeting|discussion|exchange)\\s+of\\s+(?:(${QUALIFIERS})\\s+)?(${AMOUNT})(\\s+and\\s+a\\s+half)?\\s*(hours?|minutes?)\\b`,
  'gi',
);

/** The number an amount names: "20", "an" (1), "half an" (0.5), "seventy-five" (75). */
function amount(word: string): number {
  const n = Number(word);
  if (!Number.isNaN(n)) return n;
  const key = word.toLowerCase().replace(/\s+/g, ' ');
  if (/^half\b/.test(key)) return 0.5;
  const [tens, units] = key.split(/[- ]/);
  if (units !== undefined && tens !== undefined)
    return (NUMBER_WORDS[tens] ?? Number.NaN) + (NUMBER_WORDS[units] ?? Number.NaN);
  return NUMBER_WORDS[key] ?? Number.NaN;
}

/** Words that may stand between a length and the talk's noun: "90-minute delegation-level talks". */
export const TALK_ADJECTIVES =
  '(?:(?:[a-z]+-level|bilateral|summit|official|formal|informal|closed-door|face-to-face|in-person|phone|telephone|video|virtual)\\s+){0,2}';

/**
 * The length of the talk itself written before it: "a 15-minute phone call", "an hour-long
 * conversation" (a "20-minute tête-à-tête" inside a meeting is a part of it, not its length).
 */
const TALK_LENGTH_RE = new RegExp(
  `\\b(?:(${QUALIFIERS})\\s+)?(?:(${AMOUNT}|half)(-and-a-half)?[- ](minute|min|hour|hr)(-and-a-half)?(?:-long)?|(hour)(-and-a-half)?-long)\\s+${TALK_ADJECTIVES}(?:call|conversation|talks?|meeting|discussion|exchange)\\b`,
  'gi',
);

export type Duration = { minutes: number; approximate: boolean; raw: string; index: number; end: number };

/** The length a match states, in whole minutes; null for none, or more than a day. */
function lengthAt(m: RegExpMatchArray, minutes: number, approximate: boolean): Duration | null {
  if (!Number.isFinite(minutes) || minutes <= 0 || minutes > 24 * 60) return null;
  const index = m.index ?? 0;
  return { minutes: Math.round(minutes), approximate, raw: m[0], index, end: index + m[0].length };
}

/** Durations stated in a lead, in minutes, with whether each is qualified ("approximately"). */
export function findDurations(text: string): Duration[] {
  const found: Duration[] = [];
  for (const m of text.matchAll(DURATION_RE)) {
    const qualifier = m[2] ?? m[3];
    const value = amount(m[4] as string);
    const hours = (m[6] as string).toLowerCase().startsWith('h');
    let minutes = (value + (m[5] ? 0.5 : 0)) * (hours ? 60 : 1);
    if (m[7]) minutes += 30;
    if (m[8] && hours) minutes += amount(m[8]);
    const length = lengthAt(m, minutes, Boolean(qualifier));
    if (length) found.push(length);
  }
  for (const m of text.matchAll(TALK_LENGTH_RE)) {
    const index = m.index ?? 0;
    if (found.some((d) => d.index < index + m[0].length && index < d.end)) continue;
    // "two-and-a-half-hour talks", "an hour-and-a-half-long meeting", "a half-hour call".
    const value = (m[6] ? 1 : amount(m[2] as string)) + (m[3] || m[5] || m[7] ? 0.5 : 0);
    const minutes = /^h/i.test(m[4] ?? m[6] ?? '') ? value * 60 : value;
    const length = lengthAt(m, minutes, Boolean(m[1]));
    if (length) found.push(length);
  }
  for (const m of text.matchAll(HOURS_MINUTES_RE)) {
    const index = m.index ?? 0;
    if (found.some((d) => d.index < index + m[0].length && index < d.end)) continue;
    const length = lengthAt(m, Number(m[2]) * 60 + Number(m[3]), Boolean(m[1]));
    if (length) found.push(length);
  }
  for (const m of text.matchAll(TALK_OF_LENGTH_RE)) {
    const index = m.index ?? 0;
    if (found.some((d) => d.index < index + m[0].length && index < d.end)) continue;
    const value = amount(m[2] as string) + (m[3] ? 0.5 : 0);
    const length = lengthAt(m, /^h/i.test(m[4] as string) ? value * 60 : value, Boolean(m[1]));
    if (length) found.push(length);
  }
  for (const m of FR_LENGTH_CUE_RE.test(text) ? text.matchAll(FR_LENGTH_RE) : []) {
    const value = m[2] ? Number(m[2]) : m[3] ? (FR_ROUND[(m[3] as string).toLowerCase()] ?? 1) : Number.NaN;
    const minutes = /^h/i.test(m[4] as string) ? value * 60 : value;
    const length = lengthAt(m, minutes, Boolean(m[1]) || /aine$/i.test(m[3] ?? ''));
    if (length) found.push(length);
  }
  if (RU_CUE_RE.test(text)) found.push(...russianLengths(text));
  if (INDIC_LENGTH_CUE_RE.test(text)) found.push(...indicLengths(text));
  // Spanish, Italian, Turkish, Indonesian, Polish, Vietnamese…: "durante 30 minutos", "30 dakika süren".
  for (const d of latinLengths(text))
    if (!found.some((f) => f.index < d.end && d.index < f.end)) found.push(d);
  // "began at 7:45 and ended at 8:37 p.m.": the length between, when no length is written.
  if (found.length === 0) for (const r of findTimeRanges(text)) found.push({ ...r, approximate: false });
  return found.sort((a, b) => a.index - b.index);
}

/**
 * A talk's length in Hindi and Tamil copies, just before the talk's word: "करीब 35 मिनट तक बातचीत
 * की" (for about 35 minutes), "आधे घंटे तक चर्चा", "சுமார் அரைமணி நேரம் உரையாடிய" (about half an
 * hour), "30 நிமிடங்கள் பேசினர்". A length not followed by the talk is another's.
 */
const HINDI_LENGTH_RE =
  /(?<![\p{L}\p{M}\d])(?:(करीब|क़रीब|करीबन|लगभग|तकरीबन|तक़रीबन)\s+)?(\d+|आधे|एक|डेढ़|दो|ढाई)\s+(मिनट|घंटे|घंटा)\s+तक\s+(?=बातचीत|बात|चर्चा|वार्ता|बैठक|मुलाकात|फोन|फ़ोन)/gu;
const TAMIL_LENGTH_RE =
  /(?<![\p{L}\p{M}\d])(?:(சுமார்|கிட்டத்தட்ட|ஏறக்குறைய)\s+)?(\d+|அரை|ஒரு|இரண்டு)\s*(நிமிட|மணி\s*நேர)[\p{L}\p{M}]*\s+(?=உரையாட|பேச|பேசி|கலந்துரையாட|நீடித்த)/gu;
const INDIC_LENGTH_CUE_RE = /मिनट|घंट|நிமிட|மணி\s*நேர/;
/** Number words before a Hindi or Tamil length; "आधे" and "அரை" are a half (of an hour). */
const INDIC_NUMBERS: Record<string, number> = {
  आधे: 0.5,
  एक: 1,
  डेढ़: 1.5,
  दो: 2,
  ढाई: 2.5,
  அரை: 0.5,
  ஒரு: 1,
  இரண்டு: 2,
};

function indicLengths(text: string): Duration[] {
  const found: Duration[] = [];
  for (const re of [HINDI_LENGTH_RE, TAMIL_LENGTH_RE])
    for (const m of text.matchAll(re)) {
      const figure = m[2] as string;
      const value = /^\d+$/.test(figure) ? Number(figure) : (INDIC_NUMBERS[figure] ?? Number.NaN);
      const hours = /^(?:घंट|மணி)/.test(m[3] as string);
      const length = lengthAt(m, hours ? value * 60 : value, Boolean(m[1]));
      if (length) found.push(length);
    }
  return found;
}

/**
 * A talk's length in Russian copies: "переговоры длились 3,5 часа", "встреча продлилась около
 * трех с половиной часов", "беседа продолжалась более часа".
 */
const RU_LENGTH_RE =
  /(?<!\p{L})(?:(?:длил|продлил|продолжал)(?:ся|ась|ись|ось)|тривал[аио]?|тривав)\s+(?:(около|более|почти|примерно|свыше|менее|близько|понад|майже|приблизно|більше)\s+)?(?:(?:(\d+(?:[,.]\d+)?)|(полтора|полутора|один|одного|два|двух|три|тр[её]х|четыре|четыр[её]х|пять|пяти|шесть|шести|півтори|одну|дві|двох|трьох))\s+(с половиной\s+)?(час(?:а|ов)?|минут[аы]?|годин[уи]?|хвилин[уи]?)|(полчаса|получаса|часа|час|півгодини|години|годину))(?!\p{L})/giu;
/**
 * A talk's length as its adjective in Russian and Ukrainian copies: "часовой разговор",
 * "двухчасовые переговоры", "у годинній розмові", "півгодинна бесіда".
 */
const RU_LENGTH_ADJ_RE =
  /(?<!\p{L})(пів|півтора|полу|полутора|одно|дво|двух|трьох|тр[её]х|чотирьох|четыр[её]х)?(?:годинн(?:ий|а|у|ій|ої|і|ою|ому)|часов(?:ой|ая|ую|ые|ых|ым|ом))\s+(?:телефонн\p{L}*\s+)?(?:розмов|разговор|переговор|бесед|бесід|зустріч|встреч)/giu;
const RU_ADJ_HOURS: Record<string, number> = {
  пів: 0.5,
  полу: 0.5,
  півтора: 1.5,
  полутора: 1.5,
  одно: 1,
  дво: 2,
  двух: 2,
  трьох: 3,
  трех: 3,
  трёх: 3,
  чотирьох: 4,
  четырех: 4,
  четырёх: 4,
};
/** Russian and Ukrainian words for a talk's length ("длилась", "тривала", "часовой", "годинна"). */
const RU_CUE_RE = /длил|продлил|продолжал|тривал|тривав|годинн|часов[оаыу]/i;
const RU_NUMBERS: Record<string, number> = {
  полтора: 1.5,
  полутора: 1.5,
  один: 1,
  одного: 1,
  два: 2,
  двух: 2,
  три: 3,
  трех: 3,
  трёх: 3,
  четыре: 4,
  четырех: 4,
  четырёх: 4,
  пять: 5,
  пяти: 5,
  шесть: 6,
  шести: 6,
  півтори: 1.5,
  одну: 1,
  дві: 2,
  двох: 2,
  трьох: 3,
};

function russianLengths(text: string): Duration[] {
  const found: Duration[] = [];
  for (const m of text.matchAll(RU_LENGTH_RE)) {
    const bare = m[6]?.toLowerCase();
    const value = m[2] ? Number(m[2].replace(',', '.')) : RU_NUMBERS[(m[3] ?? '').toLowerCase()];
    const minutes = bare
      ? /^п[оі]л|^пів/.test(bare)
        ? 30
        : 60
      : ((value ?? Number.NaN) + (m[4] ? 0.5 : 0)) * (/^(?:час|годин)/i.test(m[5] ?? '') ? 60 : 1);
    const length = lengthAt(m, minutes, Boolean(m[1]));
    if (length) found.push(length);
  }
  for (const m of text.matchAll(RU_LENGTH_ADJ_RE)) {
    const length = lengthAt(m, 60 * (RU_ADJ_HOURS[(m[1] ?? 'одно').toLowerCase()] ?? 1), false);
    if (length) found.push(length);
  }
  return found;
}

/**
 * A talk's length in French copies: "un échange de 25 minutes", "cet échange d'une vingtaine de
 * minutes" (a round number, approximate), "l'entretien a duré environ une heure"; and in Portuguese
 * and Spanish, a length put after the talk's sentence: "…, por cerca de 30 minutos".
 */
const FR_LENGTH_RE =
  /(?<!\p{L})(?:(?:échange|entretien|conversation|appel|réunion|rencontre)(?:\s+téléphonique)?\s+(?:de|d['’]une?|d['’](?=environ))|(?:a|ont) duré|(?<=,\s?)(?:por|durante)(?=\s+(?:cerca de|aproximadamente)\s))\s*(?:(environ|près d['’]une?|près de|plus d['’]une?|plus de|cerca de|aproximadamente)\s+)?(?:(\d+)|(une?|dizaine|quinzaine|vingtaine|trentaine|quarantaine|cinquantaine|soixantaine))\s+(?:de\s+)?(minutes?|heures?|minutos|horas?)(?!\p{L})/giu;
/** Cue of FR_LENGTH_RE: the words before its figure, without the slow lookarounds. */
const FR_LENGTH_CUE_RE =
  /(?:échange|entretien|conversation|appel|réunion|rencontre)(?:\s+téléphonique)?\s+d|(?:a|ont) duré|(?:por|durante)\s+(?:cerca de|aproximadamente)\s/iu;
const FR_ROUND: Record<string, number> = {
  un: 1,
  une: 1,
  dizaine: 10,
  quinzaine: 15,
  vingtaine: 20,
  trentaine: 30,
  quarantaine: 40,
  cinquantaine: 50,
  soixantaine: 60,
};

/** The kind of talk a phrase names; "other" when it names none. Courtesy and video first. */
export function kindFromPhrase(phrase: string): ReadoutKind {
  const p = phrase.toLowerCase();
  if (/courtesy (?:call|visit)/.test(p) || LATIN_COURTESY_RE.test(p)) return 'courtesy_call';
  if (
    /video|teleconference|videoconference|\bvtc\b|virtual|online (?:meeting|summit|talk|conference)|видео|τηλεδι[αά]σκεψ|βιντεο|فيديو|المرئي|वीडियो|காணொ|വീഡിയോ|화상/.test(
      p,
    ) ||
    LATIN_VIDEO_RE.test(p)
  )
    return 'video';
  if (
    /telephon|t[ée]l[ée]phon|telef[oô]n|โทรศัพท์|టెలిఫోన్|টেলিফোন|電話|\btelepon\b|\btelepono\b|फोन|फ़ोन|टेलीफोन|हॉटलाइन|\bhotline\b|ફોન|ટેલિફોન|ਫ਼ੋਨ|ਫੋਨ|ਟੈਲੀਫ਼ੋਨ|ದೂರವಾಣಿ|ಫೋನ್|ఫోన్|ফোন|ഫോൺ|ஃபோன்|தொலைபேசி|فون|تلفن|טלפון|שוחח|հեռախոս|զանգահար|სატელეფონო|ტელეფონ|هاتف|مكالمة|τηλεφ[ωώ]ν|телефон|позвонил|созвонил|зателефонув|ടെലിഫോ|ഫോണി|ഫോണിൽ|통화|llamada|\bphone\b|\bphoned\b|\bdial(?:l?ed|s)\b|\bphone-call\b|\bcall\b|\bcalled\b|\bspoke\b|\bspoken\b|\bspeaks\b|\btalked\b/.test(
      p,
    ) ||
    LATIN_TELEPHONE_RE.test(p)
  )
    return 'telephone';
  // "rozmawiał z", "sprak met", "a vorbit cu": a call, as "spoke with" is, where no meeting is named
  // (the Dutch "met" is "with").
  if (LATIN_SPOKE_RE.test(p) && !LATIN_MEETING_RE.test(p) && !/meeting|\btalks\b|summit|\bvisit/.test(p))
    return 'telephone';
  if (
    /meeting|\btalks?\b|\bmet\b|\bmeets\b|summit|lunch|dinner|breakfast|conversation|\bvisit|tête|tete-a-tete|discussion|conference|audience|\bhost(?:s|ed)?\b|\bwelcom(?:es|ed)\b|\bsat down\b|(?<!(?:coopera[çc][ãa]o|cooperaci[óo]n|relations|ties) )\bbilateral\b(?! (?:ties|relations?|relationship|cooperation|trade|issues)\b)|\bpertemuan\b|bertemu|reuni[óoã]|incontr[oa]|\btreffen\b|переговор|встреч|встрет|зустр|састан|сусрет|принял|لقاء|اجتماع|التقى|محادثات|مباحثات|استقبل|ملاقات|مذاکرات|मुलाकात|बैठक|મુલાકાત|બેઠક|ਮੁਲਾਕਾਤ|ਮੀਟਿੰਗ|ಭೇಟಿ|ಮಾತುಕತೆ|פגישה|נפגש|հանդիպ|შეხვედრ|دیدار|বৈঠক|भेंट|भेट|वार्ता|சந்தித்த|சந்திப்பு|பேச்சுவார்த்தை|കൂടിക്കാഴ്ച|συν[αά]ντησ|회담|면담|접견|pulong|rencontr|\brecevait\b|\ba reçu\b/.test(
      p,
    ) ||
    LATIN_MEETING_RE.test(p)
  )
    return 'meeting';
  return 'other';
}

function splitSegments(text: string): string[] {
  // Commas inside parentheses do not separate participants.
  const clean = text.replace(/\([^)]*\)/g, ' ').replace(/\s+/g, ' ');
  return clean
    .split(/,\s*/)
    .map((s) => s.trim())
    .filter(Boolean);
}

const CLAUSE_START_RE =
  /^(?:(?:January|February|March|April|May|June|July|August|September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b|On|on|commencing|starting|beginning|from|From|for|For|at|At|around|shortly|just|approximately|in|In|during|During|while|While|today|Today|this|This|yesterday|Yesterday|local time|Japan time|JST)\b|^\d/;

/** The home principal: the last person phrase before the verb, after the date and time clauses. */
const OFFICE_ONLY_RE =
  /^(?:the\s+)?((?:Prime Minister|President|Vice President|Foreign Secretary|Secretary of State|Secretary|Chancellor|Premier|Foreign Minister|Minister for Foreign Affairs)(?:\s+of\s+(?:the\s+)?([A-Z][\p{L}' ]+))?)$/iu;

/** A country's possessive before its office: "South Korea's (outgoing) foreign minister". */
const POSSESSIVE_OFFICE_RE =
  /^(?:the\s+)?((?:[A-Z][\p{L}.]*\s+){0,2}[A-Z][\p{L}.]*)['’]s\s+(?:(?:outgoing|new|newly[- ]appointed|incoming)\s+)?([\p{L} ]+)$/u;

/**
 * A monarch named by title alone: "His Majesty the King", "the King of Canada", "Her Majesty
 * the Queen of Australia". Without "of X" the country is the publisher's (see `placeSubjects`):
 * the office table names the King of a realm (`monarch`) or of the United Kingdom.
 */
const MONARCH_ONLY_RE =
  /^(?:(?:His|Her)\s+Majesty\s+)?(?:the\s+)?(King|Queen)(?:\s+of\s+(?:the\s+)?([A-Z][\p{L}' ]+))?$/iu;

/** An office named without a person ("The Prime Minister", "the President of Russia"). */
function officeOnly(segment: string): Participant | null {
  const text = segment.trim().replace(/\s+(?:today|yesterday|this \w+)$/i, '');
  const monarch = /\b(?:King|Queen)\b/.test(text) ? MONARCH_ONLY_RE.exec(text) : null;
  if (monarch) {
    const country = monarch[2] ? countryFromName(monarch[2]) : null;
    if (monarch[2] && !country) return null;
    return {
      name: '',
      honorific: null,
      title: monarch[2] ? `${monarch[1]} of ${monarch[2]}` : (monarch[1] as string),
      country,
    };
  }
  // "South Korea's outgoing foreign minister": the office of the country the possessive names.
  const owner = POSSESSIVE_OFFICE_RE.exec(text);
  const ownerCountry = owner ? countryFromName(owner[1] as string) : null;
  if (owner && ownerCountry && OFFICE_ONLY_RE.test(owner[2] as string))
    return { name: '', honorific: null, title: owner[2] as string, country: ownerCountry };
  const office = OFFICE_ONLY_RE.exec(text);
  if (!office) return null;
  const title = office[1] as string;
  // "the President of Russia" names a country; "Secretary of State Marco Rubio" names a person;
  // "the President of the Republic" (the Élysée's, Korea's) is the publisher's own.
  if (office[2] && !countryFromName(office[2]) && !/^Republic$/i.test(office[2])) return null;
  return { name: '', honorific: null, title, country: countryInPhrase(title) };
}

/** A phrase that ends with its office, naming no one: "the American president-elect". */
const OFFICE_END_RE =
  /\b(?:president(?:-elect)?|prime minister|chancellor|premier|foreign minister|secretary(?: of state)?|king|emir)$/i;

/**
 * A reporting clause before the subject: "The Blue House reported that", "A spokesman confirmed
 * on Monday that", "According to the Élysée,".
 */
const REPORTING_RE =
  /^(?:.*?\b(?:said|says|reported|reports|announced|stated|confirmed|noted|added|told \w+|informed(?=\s+that\b))(?:\s+(?:on\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|today|yesterday))?(?:\s+that)?\s+(?=(?:the\s+|US\s+|U\.S\.\s+)?[A-Z])|(?:According to|As per|Per)\s+[^,]{2,60},\s+)/;

/**
 * Where "and" joins two subjects ("X and Y", "X and his Japanese counterpart Y"); not inside a
 * ministry's name ("… Foreign Affairs and Trade Simon …").
 */
const SUBJECTS_AND_RE = new RegExp(
  String.raw`,?\s+and\s+(?!${PORTFOLIO}\s)(?=(?:the\s+|his\s+|her\s+|their\s+)?(?:(?:new|newly[- ](?:re-?)?(?:elected|appointed)|incoming)\s+)?[A-Z])`,
);

/**
 * Words that add a subject to a list as "and" does: "X, together with Y, Z, as well as W, had a
 * call with …", "X along with Y met …".
 */
const SUBJECTS_WITH_RE =
  /,?\s+(?:together with|along with|alongside|as well as)\s+(?=(?:the\s+|his\s+|her\s+|their\s+)?[A-Z])/g;

/** A co-subject named by office and country or as a counterpart: "the Turkish President", "his Japanese counterpart". */
const COUNTERPART_END_RE = /\bcounterparts?$/i;

/** A subject without the date and time clauses before it: "On May 10, the leaders of …" → "the leaders of …". */
function withoutClauses(clause: string): string {
  // A clause with no comma has no date or time clause to drop.
  if (!clause.includes(',')) return clause.trim();
  const segments = clause.trim().replace(/,$/, '').split(/,\s+/);
  let i = 0;
  while (i < segments.length - 1 && CLAUSE_START_RE.test(segments[i] as string)) i++;
  return segments.slice(i).join(', ');
}

/** The day or medium a wire puts between the subjects and their verb (see `parseSubjects`). */
const SUBJECT_TAIL_RE =
  /\s+(?:(?:during|in|over)\s+(?:a|an|their|the)\s+(?:(?:tele)?phone|video)\s+(?:call|conversation|talk)s?(?:\s+on\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday))?|(?:on\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)|today|yesterday|tonight)\s*$/;

/** The home principals: "X", "X and Y", "X, Y and Z", or an office alone ("The Prime Minister"). */
function parseSubjects(text: string, title: string | null = null): Participant[] {
  // An attribution before a colon ("The following is attributable to …:") is not the subject,
  // nor is a reporting clause ("The Blue House reported that …", "According to the Élysée, …").
  const clause = (text.split(/[:]\s+/).pop() ?? text)
    // A quoted readout's opening mark ('"The Prime Minister spoke to …').
    .replace(/^["“‘]\s*/, '')
    .replace(REPORTING_RE, '')
    // "This afternoon Federal Chancellor Scholz …": the time clause, written without a comma.
    .replace(
      /^(?:(?:Earlier\s+)?(?:this|This)\s+(?:morning|afternoon|evening)|Today|Tonight|Yesterday|Earlier today|Last night)\s+(?=(?:the\s+)?[A-Z])/,
      '',
    )
    // "Prime Minister X Tuesday met …", "X and Y on Friday discussed …", "X and Y during a phone
    // call on Tuesday discussed …": a wire's day or medium between the subject and its verb.
    .replace(SUBJECT_TAIL_RE, ' ');
  // "The presidents of the U.S. and China spoke": one principal per country, by office; after
  // a date or time clause too ("On May 10, the leaders of Japan and Finland held …").
  const subject = withoutClauses(clause);
  // "The two Presidents spoke" under a title that joins two countries: one of each.
  const group = officeGroup(subject, true) ?? pairGroup(subject, title);
  if (group) return group;
  const parts = clause
    .replace(LEADERS_INCLUDING_RE, '')
    .replace(SUBJECTS_WITH_RE, ' and ')
    .split(SUBJECTS_AND_RE);
  const people: Participant[] = [];
  for (const part of parts) {
    const office = officeOnly(part);
    if (office) {
      people.push(office);
      continue;
    }
    const person = parseSubject(part);
    if (person) {
      people.push(person);
      // Several titled people listed with commas ("President of the European Council Charles
      // Michel, President of the European Commission Ursula von der Leyen").
      const segments = splitSegments(part);
      const at = segments.findIndex((seg) => parsePersonPhrase(seg)?.name === person.name);
      for (const seg of at >= 0 ? segments.slice(at + 1) : []) {
        const more = parsePersonPhrase(seg);
        if (!more || !isKnownPerson(more)) break;
        people.push({
          name: more.name,
          honorific: more.honorific,
          title: more.prefixTitle,
          country: more.ofCountry ?? (more.prefixTitle ? countryInPhrase(more.prefixTitle) : null),
        });
      }
      continue;
    }
    const segs = splitSegments(part);
    const last = (segs[segs.length - 1] ?? '').trim();
    // "This evening the Prime Minister": the office after a clause.
    const lastOffice =
      (segs.length > 1 ? officeOnly(last) : null) ??
      // Not an office after a preposition ("on behalf of the King"): that is no subject.
      (/\b(?:of|to|from|for|by|with)\s+the\s+[^,]*$/i.test(part)
        ? null
        : officeOnly(part.replace(/^.*\s(?=the\s)/i, ''))) ??
      // By office and demonym: "the Turkish President and …", "… and the American
      // president-elect", "… and his Japanese counterpart".
      (OFFICE_END_RE.test(last) || COUNTERPART_END_RE.test(last) ? officeOnlyCounterpart(last) : null);
    if (lastOffice) people.push(lastOffice);
  }
  return people;
}

function parseSubject(text: string): Participant | null {
  const segments = splitSegments(text.replace(/^\s*\d{1,2}[.)]?\s+(?=On\b)/, ''));
  for (let i = 0; i < segments.length; i++) {
    const seg = segments[i] as string;
    if (CLAUSE_START_RE.test(seg)) {
      // "On March 9 Prime Minister Abe" without a comma: drop the clause words up to a capital name.
      const inner =
        /^(?:On|on)\s+(?:[A-Z][a-z]+day,?\s+)?[A-Z][a-z]+\.? \d{1,2}(?:st|nd|rd|th)?(?:,? \d{4})?\s+(.+)$/.exec(
          seg,
        );
      if (inner && i === segments.length - 1) {
        const parsed = parseParticipant([inner[1] as string]);
        if (parsed) return parsed.participant;
      }
      continue;
    }
    const parsed = parseParticipant(segments.slice(i));
    if (parsed) return inRealm(parsed.participant, segments[i - 1]);
  }
  return null;
}

/**
 * "The King of Canada, Charles III, spoke …": the monarch of the realm the title before his name
 * names (the office table keeps him apart as each realm's monarch), not the United Kingdom's.
 */
function inRealm(person: Participant, before: string | undefined): Participant {
  const realm = before && !person.country ? officeOnly(before) : null;
  if (!realm?.country || !/^(?:King|Queen)\b/.test(realm.title ?? '')) return person;
  return { ...person, title: realm.title, country: realm.country };
}

/** Where the counterpart begins: "with", "on" (a courtesy call on), "from" (received … from), "to". */
const OBJECT_RE =
  /\b(?:with|courtesy call on|courtesy call from|call on(?!\s+(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+\d)|(?:spoke|spoken) to|talked to|spoke by telephone to|met|meets|received(?: an? (?:telephone |phone )?call from)?|welcomed|(?:lunch|luncheon|dinner|banquet|meeting)\b[^;]{0,100}?\bhosted by|hosted|hosts|(?:(?<!-)called|(?:tele)?phoned|dial(?:l?ed|s))(?!\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b))\s+(?=(?:the\s+|his\s+|her\s+|H\.E\.\s+|Mr\.\s+)?(?:newly[- ](?:re-?)?(?:elected|appointed)\s+|new\s+)?[A-Z])|\bwith\s+/;

const OBJECT_END_RE =
  /(?:,?\s+(?:who|which|while|whereby|as|on the (?:margins|sidelines)|within|followed by|during|prior to|ahead of|after which|today|tonight|yesterday|this (?:morning|afternoon|evening|week)|earlier today|last night|(?:on )?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)|to (?:discuss|congratulate|express|offer|thank|review|reaffirm|welcome|mark|exchange|convey)|about|regarding|by (?:phone|telephone|video)|over (?:the )?(?:tele)?phone|via)\b|,?\s+(?:for|from|commencing|starting|beginning|at)\s+(?:the total|a total|approximately|about|around|over|just|shortly|some|roughly|\d)|,?\s+for\s+(?=[a-z])|\s+at\s+(?:the|a|an|his|her|their)\s+(?=[a-z][^,.;]{0,80},)|,?\s+in\s+(?=[A-Z])|,\s+(?=\d)|,?\s+on\s+(?=\d{1,2}(?:st|nd|rd|th)?\s+[A-Z][a-z]+|(?:January|February|March|April|May|June|July|August|September|October|November|December)\s+\d)|\.$)/;

/**
 * A segment after the counterparts that is no one: a clause opening on a lower-case word that
 * is not an article, a possessive, an office or a name's particle ("on ways to …", "as well
 * as …"), or the source's attribution ("Cheong Wa Dae said", "the ministry reported", a wire's
 * "Kazinform has learnt from …", "Report informs citing …").
 */
const LIST_END_RE =
  /^(?!(?:the|his|her|their|its|and|with|new|newly|incoming|outgoing|former|then|acting|interim|visiting|president|prime|foreign|chancellor|minister|secretary|premier|king|queen|crown|emir|sheikh|vice|deputy|counterpart|mr|ms|mrs|dr|h\.e\.|van|von|de|der|da|al|el|bin|ibn)\b)[a-z]|^[^,]*?\s(?:said|says|reported|reports|announced|stated|confirmed|added|noted|told|informs|informed|learned|learnt|writes|wrote|cites|citing|quoting)\b/;

/** "… leaders including A, B and C", "… counterparts such as A": the names that follow are the talk's people. */
const LEADERS_INCLUDING_RE =
  /\b(?:(?:other|fellow|several)\s+)?(?:[A-Z][\p{L}]+\s+)?(?:leaders|heads of state(?: and government)?|heads of government|counterparts),?\s+(?:including|such as|among them|namely)\s+(?=[A-Z])/gu;
/** A group by office and countries after the counterparts named: "… and the leaders of A, B and C". */
const GROUP_TAIL_RE =
  /(?:,?\s+and\s+|,\s+)(?=(?:the\s+)?(?:leaders|foreign ministers|foreign secretaries)\s+of\s+)/;

/** A name the office table knows in full, with or without an office before it ("Keir Starmer"). */
function isKnownPerson(phrase: ReturnType<typeof parsePersonPhrase>): boolean {
  return (
    phrase !== null &&
    (phrase.prefixTitle !== null ||
      phrase.honorific !== null ||
      (/\s/.test(phrase.name) && countryOfName(phrase.name) !== null))
  );
}

function parseCounterparts(words: string): Participant[] {
  const text = words.replace(LEADERS_INCLUDING_RE, '');
  const end = OBJECT_END_RE.exec(text);
  // "with the Quint Foreign Ministers: French Foreign Minister …": the people follow the colon.
  const object = (end ? text.slice(0, end.index) : text).replace(/\.$/, '').replace(/^[^:]*:\s+(?=\S)/, '');
  const group = officeGroup(object);
  if (group) return group;
  // "with President A and the leaders of B, C and D": A, then one principal per country.
  const tail = GROUP_TAIL_RE.exec(object);
  const tailGroup = tail ? officeGroup(object.slice(tail.index + tail[0].length)) : null;
  if (tail && tailGroup) return [...parseCounterparts(object.slice(0, tail.index)), ...tailGroup];
  // "with A and B": split where what follows "and" is itself a person.
  const segments = splitSegments(object).flatMap((seg) => {
    // "… and then to Chancellor Y", "… and also with President Z": the next counterpart.
    const pieces = seg.split(/\s+and\s+(?:(?:then|later|also)\s+)?(?:(?:to|with)\s+)?(?=[A-Z])/);
    // "…of Great Britain and Northern Ireland" is one title: the part after "and" must be a
    // person with an office or an honorific, or one the office table knows by full name.
    const isPerson = (p: string) => isKnownPerson(parsePersonPhrase(p));
    return pieces.length > 1 && pieces.slice(1).every(isPerson) ? pieces : [seg];
  });
  const people: Participant[] = [];
  let i = 0;
  while (i < segments.length && people.length < 12) {
    // A clause ends the list: "…, on ways to widen ties", "…, the presidential office said".
    if (people.length > 0 && LIST_END_RE.test(segments[i] as string)) break;
    const parsed = parseParticipant(segments.slice(i));
    if (!parsed) {
      // "the Prime Minister of Japan, Kishida Fumio": an office, then the name after a comma.
      const office = segments[i] as string;
      const next = isTitleSegment(office) ? parseParticipant(segments.slice(i + 1, i + 2)) : null;
      if (next && !next.participant.title) {
        const title = office.replace(/^(?:and\s+)?the\s+/i, '');
        people.push({
          ...next.participant,
          title,
          country: next.participant.country ?? countryInPhrase(title),
        });
        i += 2;
        continue;
      }
      const byOffice = officeOnlyCounterpart(office);
      if (byOffice) people.push(byOffice);
      i++;
      continue;
    }
    people.push(parsed.participant);
    i += parsed.used;
  }
  return people;
}

/**
 * The counterparts from where the object begins; where it names no one ("in relations with
 * China as he held talks with President Xi Jinping"), from the sentence's next "with".
 */
function counterpartsFrom(after: string, from: number): Participant[] {
  let at = from;
  for (let tries = 0; tries < 3; tries++) {
    const people = parseCounterparts(after.slice(at));
    if (people.length > 0) return people;
    const next = /\bwith\s+/.exec(after.slice(at));
    if (!next) break;
    at += next.index + next[0].length;
  }
  return [];
}

const RELATIVE_RE =
  /\b(today|this (?:morning|afternoon|evening)|tonight|earlier today|yesterday|last night)\b/i;
const WEEKDAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];
/**
 * The day before or the day itself in the languages of the copies met ("hier soir", "вчера",
 * "gestern", "kahapon", "χθες", "நேற்று", "أمس", "אתמול"; "aujourd'hui", "сегодня", "heute",
 * "σήμερα", "आज", "இன்று", "اليوم", "היום", "วันนี้", "այսօր"). Hindi's "कल" is yesterday and
 * tomorrow both: not read.
 */
const FOREIGN_RELATIVE_RE =
  /(?<!\p{L})(hier|вчера|gestern|kahapon|χθες|aujourd['’]hui|сегодня|heute|ngayon|σήμερα|आज|আজ|આજે|ਅੱਜ|இன்று|ఈ రోజు|ಇಂದು|ഇന്ന്|اليوم|آج|امروز|היום|วันนี้|այսօր|დღეს|ગઈકાલે|நேற்று|నిన్న|ನಿನ್ನೆ|ഇന്നലെ|গতকাল|أمس|دیروز|אתמול|เมื่อวาน|երեկ|გუშინ)(?![\p{L}\p{M}])/iu;
/** Cue of FOREIGN_RELATIVE_RE: its words alone. */
const FOREIGN_RELATIVE_CUE_RE =
  /hier|вчера|gestern|kahapon|χθες|aujourd['’]hui|сегодня|heute|ngayon|σήμερα|आज|আজ|આજે|ਅੱਜ|இன்று|ఈ రోజు|ಇಂದು|ഇന്ന്|اليوم|آج|امروز|היום|วันนี้|այսօր|დღეს|ગઈકાલે|நேற்று|నిన్న|ನಿನ್ನೆ|ഇന്നലെ|গতকাল|أمس|دیروز|אתמול|เมื่อวาน|երեկ|გუშინ/iu;
/** FOREIGN_RELATIVE_RE's first match, run only on a text holding one of its words. */
const foreignRelative = (text: string) =>
  FOREIGN_RELATIVE_CUE_RE.test(text) ? FOREIGN_RELATIVE_RE.exec(text) : null;
const FOREIGN_YESTERDAY_RE =
  /^(?:hier|вчера|gestern|kahapon|χθες|ગઈકાલે|நேற்று|నిన్న|ನಿನ್ನೆ|ഇന്നലെ|গতকাল|أمس|دیروز|אתמול|เมื่อวาน|երեկ|გუშინ)$/i;
/**
 * Weekdays in French, German, Spanish, Portuguese, Tagalog, Russian, Ukrainian, Greek and the Indian
 * languages (Hindi, Marathi, Bengali, Gujarati, Punjabi, Tamil, Telugu, Kannada, Malayalam), Sunday
 * first, as they are written after "on" (a case ending in a vowel sign after them: "મંગળવારે").
 */
const FOREIGN_WEEKDAYS: readonly string[][] = [
  [
    'dimanche',
    'sonntag',
    'domingo',
    'linggo',
    'воскресенье',
    'неділю',
    'κυριακή',
    'रविवार',
    'রবিবার',
    'રવિવાર',
    'ਐਤਵਾਰ',
    'ஞாயிற்றுக்கிழமை',
    'ఆదివారం',
    'ಭಾನುವಾರ',
    'ഞായറാഴ്ച',
  ],
  [
    'lundi',
    'montag',
    'lunes',
    'segunda-feira',
    'понедельник',
    'понеділок',
    'δευτέρα',
    'सोमवार',
    'সোমবার',
    'સોમવાર',
    'ਸੋਮਵਾਰ',
    'திங்கட்கிழமை',
    'திங்கள்கிழமை',
    'సోమవారం',
    'ಸೋಮವಾರ',
    'തിങ്കളാഴ്ച',
  ],
  [
    'mardi',
    'dienstag',
    'martes',
    'terça-feira',
    'вторник',
    'вівторок',
    'τρίτη',
    'मंगलवार',
    'मंगळवार',
    'মঙ্গলবার',
    'મંગળવાર',
    'ਮੰਗਲਵਾਰ',
    'செவ்வாய்க்கிழமை',
    'మంగళవారం',
    'ಮಂಗಳವಾರ',
    'ചൊവ്വാഴ്ച',
  ],
  [
    'mercredi',
    'mittwoch',
    'miércoles',
    'quarta-feira',
    'miyerkules',
    'среду',
    'середу',
    'τετάρτη',
    'बुधवार',
    'বুধবার',
    'બુધવાર',
    'ਬੁੱਧਵਾਰ',
    'புதன்கிழமை',
    'బుధవారం',
    'ಬುಧವಾರ',
    'ബുധനാഴ്ച',
  ],
  [
    'jeudi',
    'donnerstag',
    'jueves',
    'quinta-feira',
    'huwebes',
    'четверг',
    'четвер',
    'πέμπτη',
    'गुरुवार',
    'বৃহস্পতিবার',
    'ગુરુવાર',
    'ਵੀਰਵਾਰ',
    'வியாழக்கிழமை',
    'గురువారం',
    'ಗುರುವಾರ',
    'വ്യാഴാഴ്ച',
  ],
  [
    'vendredi',
    'freitag',
    'viernes',
    'sexta-feira',
    'biyernes',
    'пятницу',
    'пʼятницю',
    "п'ятницю",
    'п’ятницю',
    'παρασκευή',
    'शुक्रवार',
    'শুক্রবার',
    'શુક્રવાર',
    'ਸ਼ੁੱਕਰਵਾਰ',
    'வெள்ளிக்கிழமை',
    'శుక్రవారం',
    'ಶುಕ್ರವಾರ',
    'വെള്ളിയാഴ്ച',
  ],
  [
    'samedi',
    'samstag',
    'sonnabend',
    'sábado',
    'sabado',
    'субботу',
    'суботу',
    'σάββατο',
    'शनिवार',
    'শনিবার',
    'શનિવાર',
    'ਸ਼ਨੀਵਾਰ',
    'சனிக்கிழமை',
    'శనివారం',
    'ಶನಿವಾರ',
    'ശനിയാഴ്ച',
  ],
];
const FOREIGN_WEEKDAY_INDEX = new Map(
  [...FOREIGN_WEEKDAYS, ...LATIN_WEEKDAY_FORMS].flatMap((words, day) => words.map((w) => [w, day % 7])),
);
/**
 * A weekday in those languages ("ce jeudi soir", "am Donnerstag", "в четверг", "noong Biyernes",
 * "την Πέμπτη"), not one to come ("lundi prochain", "nächsten Montag") nor the start of a stay
 * ("en visite depuis vendredi").
 */
const FOREIGN_WEEKDAY_RE = new RegExp(
  `(?<!\\p{L}|prochain\\s|nächsten\\s|depuis\\s|dès\\s|jusqu['’]à\\s|seit\\s|bis\\s|с\\s|до\\s|(?:${WEEKDAY_AHEAD_BEFORE_SOURCE})\\s(?:(?:el|la|il|lo|o|a|os|w|ve|de|din)\\s)?|(?:\\d|două|trei|patru|cinci|câteva|ultimele|următoarele)\\s)(${[...FOREIGN_WEEKDAY_INDEX.keys()].sort((a, b) => b.length - a.length).join('|')})(?:abend|morgen|nachmittag|avond|ochtend|middag)?(?!\\p{L}|\\s+prochain|\\s+(?:${WEEKDAY_AHEAD_AFTER_SOURCE})(?!\\p{L}))`,
  'iu',
);

/**
 * The weekday words alone, without FOREIGN_WEEKDAY_RE's slow lookarounds: a text where none
 * stands names no weekday in those languages.
 */
const FOREIGN_WEEKDAY_WORD_RE = new RegExp([...FOREIGN_WEEKDAY_INDEX.keys()].map(escapeRe).join('|'), 'i');

/** The English weekday a lead names in another language, or null. */
function foreignWeekday(text: string): string | null {
  if (!cueFound(FOREIGN_WEEKDAY_WORD_RE, text)) return null;
  const m = FOREIGN_WEEKDAY_RE.exec(text);
  const day = m ? FOREIGN_WEEKDAY_INDEX.get((m[1] as string).toLowerCase()) : undefined;
  return day === undefined ? null : (WEEKDAYS[day] as string);
}
const WEEKDAY_ON_RE = /\bon (Sunday|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday)\b/i;
/**
 * A weekday without "on", as news copies write it ("spoke late Wednesday with …", "In a phone
 * call Thursday, …"): not a day to come ("next Friday", "by Monday") nor another event's
 * ("Sunday's election", "Friday and Saturday").
 */
const WEEKDAY_BARE_RE =
  /(?<!\b(?:next|coming|this|until|till|by|before|from|since|through|every|each|of|and|or)\s)\b(Sunday|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday)\b(?!['’]|\s+(?:and|or|to|through|[-–])\b|-)/;

/**
 * Compares a local start with the Japan time the text gives for it; returns a warning when they
 * disagree (a parenthesis with the wrong JST date, as on one Kantei page). Approximate times
 * are allowed a few minutes.
 */
export function checkJapanTime(
  date: string,
  localTime: string,
  zone: string,
  jstTime: string,
  jstDate: { month: number; day: number; year: number | null } | null,
): string | null {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const [hh, mm] = localTime.split(':').map(Number) as [number, number];
  let instant: TZDate;
  try {
    instant = new TZDate(y, m - 1, d, hh, mm, zone).withTimeZone('Asia/Tokyo');
  } catch {
    return null;
  }
  const pad = (n: number) => String(n).padStart(2, '0');
  const expectedTime = `${pad(instant.getHours())}:${pad(instant.getMinutes())}`;
  const expectedDate = `${instant.getFullYear()}-${pad(instant.getMonth() + 1)}-${pad(instant.getDate())}`;
  const [jh, jm] = jstTime.split(':').map(Number) as [number, number];
  const minutesOff = Math.abs(instant.getHours() * 60 + instant.getMinutes() - (jh * 60 + jm));
  const timeOff = Math.min(minutesOff, 1440 - minutesOff) > 5;
  const statedDate = jstDate
    ? isoDate(jstDate.year ?? instant.getFullYear(), jstDate.month, jstDate.day)
    : null;
  const dateOff = statedDate !== null && statedDate !== expectedDate;
  if (!timeOff && !dateOff) return null;
  return `the text gives Japan time ${jstTime}${statedDate ? ` on ${statedDate}` : ''}, but ${localTime} ${zone} on ${date} is ${expectedTime} on ${expectedDate} in Japan: kept as written`;
}

/** The latest given weekday on or before a date. */
function lastWeekday(iso: string, weekday: number): string {
  const d = new Date(`${iso}T00:00:00Z`);
  const back = (d.getUTCDay() - weekday + 7) % 7;
  return shiftDate(iso, -back);
}

/** A talk still to come: "Tomorrow, the Prime Minister is scheduled to hold a meeting with …". */
const FUTURE_TALK_RE =
  /^(?:Tomorrow|Later today|Next week)\b|\b(?:is|are) (?:scheduled|planned|expected|set) to (?:hold|have|meet)\b/;

/**
 * The sentence that reports the talk (never one of a talk to come): the first with a lead verb and its counterpart ("held a
 * telephone talk with"), so that "Good evening. A short while ago, I held …" is read from
 * its second sentence; else the first sentence.
 */
function leadSentence(text: string): string {
  let rest = text;
  for (let i = 0; i < 4 && rest; i++) {
    const sentence = firstSentence(rest);
    if (
      !FUTURE_TALK_RE.test(sentence) &&
      ((LEAD_VERB_RE.test(sentence) && OBJECT_RE.test(sentence)) ||
        CO_SUBJECTS_RE.test(sentence) ||
        TWO_SUBJECTS_RE.test(sentence) ||
        PHONE_OBJECT_RE.test(sentence) ||
        TALK_BETWEEN_RE.test(sentence) ||
        isPassiveLead(sentence))
    )
      return sentence;
    rest = rest.slice(sentence.length).trim();
  }
  if (isDeFrLead(text)) return deFrSentence(text);
  return isLatinLead(text) ? latinSentence(text) : firstSentence(text);
}

/**
 * A lead's sentence in another language written in Latin letters: the first that reports the
 * talk ("… ha mantenido una conversación telefónica con …", "… telefonda görüştü").
 */
function latinSentence(text: string): string {
  let rest = text;
  let talk: string | null = null;
  for (let i = 0; i < 4 && rest; i++) {
    const sentence = firstSentence(rest);
    // The sentence that names both principals, whichever of the paragraph's sentences names the
    // talk ("… Lula e … Trump trocaram números de telefone. A conversa, realizada por vídeo, …").
    if (latinPrincipals(sentence, null).filter((p) => p.name || p.country).length >= 2) return sentence;
    if (talk === null && latinPastAt(sentence) >= 0) talk = sentence;
    rest = rest.slice(sentence.length).trim();
  }
  return talk ?? firstSentence(text);
}

/** The first sentence of a paragraph in these languages that reports the talk: its words name the kind. */
function latinTalkSentence(text: string): string | null {
  let rest = text;
  for (let i = 0; i < 4 && rest; i++) {
    const sentence = firstSentence(rest);
    if (latinPastAt(sentence) >= 0) return sentence;
    rest = rest.slice(sentence.length).trim();
  }
  return null;
}

/** A German or French lead's sentence: the first that names the talk ("… lors de leur premier échange téléphonique"). */
function deFrSentence(text: string): string {
  let rest = text;
  for (let i = 0; i < 4 && rest; i++) {
    const sentence = firstSentence(rest);
    if (DE_FR_LEAD_RE.test(sentence)) return sentence;
    rest = rest.slice(sentence.length).trim();
  }
  return firstSentence(text);
}

/** Abbreviations whose period does not end a sentence. */
const ABBREVIATION_RE =
  /(?:\b(?:Mr|Ms|Mrs|Dr|St|Jr|Sr|Prof|Hon|Honorable|Honourable|Rt|No|Gen|Lt|Col|Sen|Rep|Gov|approx|a\.m|p\.m|A\.M|P\.M|U\.S|U\.K|H\.E|e\.g|i\.e|vs|etc)|\b[A-Z])$/;

/** The first sentence of a paragraph, not cut at "Mr.", "H.E.", "Joseph R." or "a.m.". */
/** A sentence's words that name a talk: "talks", "dialogue", "phone", "met", "counterpart". */
const OPENING_TALK_RE =
  /\b(?:talks|dialogue|consultations|meeting|met|phone|telephone|call|conversation|video|virtual|summit|counterpart|(?:press|news) conference)\b/i;

/**
 * The talk's day as a copy's opening writes it above a lead that gives none ("Prime Minister
 * A on Monday congratulated his counterpart B …", "… reached during their dialogue in Hainan
 * today"): the first sentence there with a weekday or "today"/"yesterday" (never a day to
 * come) that names one of the talk's principals or a talk, counted back from the reference
 * date. Null when none does.
 */
export function dayInOpening(
  lines: readonly string[],
  names: readonly string[],
  reference: string,
): string | null {
  const words = new Set(names.flatMap((n) => n.split(' ')).filter((w) => w.length > 2));
  for (const line of lines) {
    let rest = line;
    while (rest) {
      const sentence = firstSentence(rest);
      rest = rest.slice(sentence.length).trim();
      const relative = RELATIVE_RE.exec(sentence);
      const weekday = WEEKDAY_ON_RE.exec(sentence) ?? WEEKDAY_BARE_RE.exec(sentence);
      if (!relative && !weekday) continue;
      const named = sentence.split(/[^\p{L}'’-]+/u).some((w) => words.has(w));
      if (!named && !OPENING_TALK_RE.test(sentence)) continue;
      if (vagueTime(sentence) || /\b(?:will|to be held|next|coming)\b/i.test(sentence)) continue;
      const warnings: string[] = [];
      return leadDate(
        sentence,
        sentence.length,
        {
          referenceDate: reference,
          referenceStated: false,
          japaneseSource: false,
          sectionCountry: null,
          title: null,
        },
        warnings,
      );
    }
  }
  return null;
}

export function firstSentence(text: string): string {
  const re = /\.\s+(?=[\p{Lu}“"‘'(])/gu;
  for (const m of text.matchAll(re)) {
    const before = text.slice(0, m.index);
    if (ABBREVIATION_RE.test(before)) continue;
    return text.slice(0, (m.index ?? 0) + 1);
  }
  return text;
}

/**
 * A wire's dateline before the lead ("NEW DELHI [India], March 3 (ANI): …", "BEIJING, May 5
 * (Xinhua) -- …", "TOKYO (AP) — …") or a page's posting stamp ("Posted On: 24 MAR 2026 8:48PM
 * by …"): neither is the talk's. A dateline's day is returned (its year the one nearest the
 * reference), a stamp's time dropped.
 */
const DATELINE_RE =
  /^([A-Z][A-Z.'’ -]{1,30}[A-Z])(?:\s*\[[A-Z][\p{L} ]{1,30}\])?(?:,\s+((?:[A-Z][a-z]{2,8}\.?\s+\d{1,2}|\d{1,2}\s+[A-Z][a-z]{2,8})(?:,?\s+\d{4})?))?\s*(\([\p{L}][\p{L} .-]{0,20}\))?\s*(--|[:–—-])\s+(?=[A-Z“"])/u;
const POSTED_STAMP_RE =
  /^(?:Posted|Published|Updated|Released)\s+On:?\s+[^:]{5,30}?\d{1,2}[:.]\d{2}\s*(?:[AaPp]\.?[Mm]\.?)?\s+(?:by\s+[A-Z][\p{L}]*(?:\s+[A-Z][a-z]+)?\s+)?(?=[A-Z])/u;

/**
 * A wire's dateline with its full date and the agency's mark after it: "SINGAPORE, May 11, 2020
 * /PRNewswire/ -- …", "HANOI, Oct 13, 2020, VNS. …" (the day it was filed, not the talk's).
 */
const AGENCY_DATELINE_RE =
  /^[A-Z][A-Z.'’ -]{1,30}[A-Z](?:\s*\[[A-Z][\p{L} ]{1,30}\])?,\s+((?:[A-Z][a-z]{2,8}\.?\s+\d{1,2}|\d{1,2}\s+[A-Z][a-z]{2,8}),?\s+\d{4})(?:\s*\/[\p{L} ]{2,24}\/\s*(?:--|[:–—-])?|,\s+[A-Z]{2,6}\.)\s+(?=[A-Z“"])/u;
/** A news agency's dateline in title case, with its day: "New Delhi, Sep 14: …", "Xi'an, May 14 (PTI) – …", "Tokyo, 15 September 2023 (TDI): …". */
const TITLED_DATELINE_RE =
  /^([A-Z][\p{L}'’.-]+(?:\s+[A-Z][\p{L}'’.-]+){0,2}),\s+((?:[A-Z][a-z]{2,8}\.?\s+\d{1,2}|\d{1,2}\s+[A-Z][a-z]{2,8})(?:,?\s+\d{4})?)(?:\s*\([A-Z]{2,10}\))?\s*(--|[:–—-])\s+(?=[A-Z“"])/u;
/** A year the lead itself states ("on a visit from September 13-15, 2022"). */
const YEAR_RE = /\b(?:19|20)\d{2}\b/g;

export function wireDateline(lead: string, reference: string | null): { rest: string; date: string | null } {
  const stamp = POSTED_STAMP_RE.exec(lead);
  if (stamp) return { rest: lead.slice(stamp[0].length), date: null };
  const agency = AGENCY_DATELINE_RE.exec(lead);
  if (agency) return { rest: lead.slice(agency[0].length), date: parseDateLine(agency[1] as string) };
  const m = DATELINE_RE.exec(lead);
  if (!m || !(m[2] || m[3] || m[4] !== ':') || !/[A-Z]{3}/.test(m[1] as string))
    return titledDateline(lead, reference);
  const day = m[2] ? findMonthDay(m[2]) : null;
  const year = day ? (day.year ?? (reference ? yearNear(day.month, day.day, reference) : null)) : null;
  const date = day && year !== null ? isoDate(year, day.month, day.day) : null;
  return { rest: lead.slice(m[0].length), date };
}

/**
 * A title-case dateline with a day ("New Delhi, Sep 14: …"): its year the one nearest the
 * reference, else the one year the lead states.
 */
function titledDateline(lead: string, reference: string | null): { rest: string; date: string | null } {
  const m = TITLED_DATELINE_RE.exec(lead);
  const day = m ? findMonthDay(m[2] as string) : null;
  if (!m || !day || countryFromName(m[1] as string)) return { rest: lead, date: null };
  const rest = lead.slice(m[0].length);
  const years = [...new Set(rest.slice(0, 400).match(YEAR_RE) ?? [])];
  const year =
    day.year ??
    (reference ? yearNear(day.month, day.day, reference) : years.length === 1 ? Number(years[0]) : null);
  return { rest, date: year !== null ? isoDate(year, day.month, day.day) : null };
}

/** The lead as its sentence: no "1." number, speaker's label or photo credit; the sentence that reports the talk. */
function cleanLead(lead: string): string {
  return leadSentence(
    lead
      // A lead numbered "1." (2013 pages) reads as the lead, its number dropped.
      .replace(/^\s*\d{1,2}[.)]\s+(?=On\b|(?:Telephone\s+|Phone\s+)?Talks?\s+between\b)/, '')
      // A speaker's label in a transcript ("PRIME MINISTER KISHIDA:").
      .replace(/^[A-Z][\p{L} .()'-]{2,60}:\s+/u, '')
      // A capture's date token glued before the text ("date 2024-04-04 US President …").
      .replace(/^date \d{4}(?:-\d{2}){0,2}\s+/, '')
      .replace(/\(Photo:[^)]*\)/giu, ' ')
      .replace(/\s+/g, ' ')
      .trim()
      .replace(OWN_CALL_WAS_RE, (_, subject: string, talk: string) => `${subject} held a ${talk} with `)
      .replace(
        IN_FIRST_CALL_RE,
        (_, talk: string, counterpart: string, subject: string, verb: string) =>
          `${subject} held a ${talk} with ${counterpart}, while they ${verb}`,
      )
      .replace(
        CO_SUBJECTS_IN_TALK_RE,
        (_, subjects: string, talk: string, verb: string) => `${subjects} held a ${talk}, and ${verb}`,
      ),
  );
}

/**
 * A news lead that names the talk as the subject's own: "Barack Obama's final phone call as
 * President was to German Chancellor Angela Merkel, …", read as "Barack Obama held a phone call
 * with German Chancellor Angela Merkel, …".
 */
export const OWN_CALL_WAS_RE =
  /^((?:President|Prime Minister|Chancellor)?\s*[A-Z][\p{L}.'’-]+(?:\s+[A-Z][\p{L}.'’-]+){0,3})[‘'’]s\s+(?:first|final|last|latest)\s+((?:(?:tele)?phone\s+|video\s+)?(?:call|conversation|meeting))(?:\s+as\s+[^,]{2,40}?)?\s+(?:was|had been)\s+(?:to|with)\s+(?=(?:the\s+)?[A-Z])/u;

/**
 * A news lead that opens on the talk: "In his first phone call with Canada's new Prime Minister
 * X, British Prime Minister Y discussed …", read as "Y held a phone call with X, while they discussed …".
 */
export const IN_FIRST_CALL_RE =
  /^(?:In|During)\s+(?:his|her|their|the|a)\s+(?:first\s+|latest\s+|second\s+)?((?:(?:tele)?phone\s+|video\s+)?(?:call|conversation|talks?|meeting))\s+(?:since\s+[^,]{3,60}?\s+)?with\s+((?:the\s+|his\s+|her\s+)?[A-Z][^,]{2,120}),\s+((?:the\s+)?[A-Z][^,]{2,120}?)\s+(said|discussed|agreed|stressed|told|expressed|welcomed|congratulated|thanked|urged|reaffirmed|underlined|emphasi[sz]ed|highlighted|raised|pledged|invited|noted)\b/;

/**
 * Two co-subjects with the talk set off by commas before their verb: "A and B, during a
 * telephone conversation, discussed …", read as "A and B held a telephone conversation, and
 * discussed …". The talk must be named; a bare "A and B, officials said, discussed" is not one.
 */
export const CO_SUBJECTS_IN_TALK_RE =
  /^([A-Z][^.;:!?]{2,250}?\s+and\s+[^.;:!?]{2,160}?),\s+(?:during|in|over)\s+(?:a|an|the|their)\s+((?:(?:tele)?phone\s+|video\s+)?(?:call|conversation|talks|meeting))\s*,\s+(discussed|agreed|exchanged|spoke|talked)\b/;

/**
 * The subjects' countries the text leaves implicit: a full name the office table knows is that
 * holder's country (a republisher's page names no home; "President Barack Obama" is American
 * whoever publishes him); else the publisher's for the first subject. A co-subject ("President
 * Obama and Chancellor Merkel spoke") is left to the office table rather than given the home.
 */
function placeSubjects(subjects: Participant[], home: string | null): void {
  subjects.forEach((p, i) => {
    if (p.country) return;
    const known = p.name.includes(' ') ? countryOfName(p.name) : null;
    p.country = known ?? (i === 0 || p.name === '' ? home : null);
  });
}

/** "Talks between A and B by telephone took place at 15:00 on July 5th" (MOFA, 2006). */
export const TALK_BETWEEN_RE =
  /^(?:\d{1,2}[.)]\s+)?(?:The\s+)?((?:(?:Telephone|Phone|Summit|Foreign Ministers['’]?)\s+)?(?:Talks?|Meeting|Conversation|Call))\s+between\s+(.+?)\s+and\s+((?:his|her|the)\s+.+?|[A-Z].+?)\s+(by (?:tele)?phone\s+)?(?:took place|was held|were held|was conducted|lasted)\b/i;

/** The principals of a "talks between A and B … took place" lead, A the publisher's. */
function talkBetween(text: string, home: string | null): LeadPrincipals | null {
  const m = TALK_BETWEEN_RE.exec(text);
  if (!m) return null;
  const people = [m[2], m[3]]
    .map((phrase) => parseParticipant(splitSegments(phrase as string))?.participant)
    .filter((p): p is Participant => p !== undefined);
  if (people.length < 2) return null;
  placeSubjects(people.slice(0, 1), home);
  return { verb: null, verbPhrase: `${m[1]} ${m[4] ?? ''}`, participants: people };
}

/** A talk's name: "telephone conversation", "phone call", "bilateral meeting", "talks". */
const TALK_NOUN = String.raw`(?:(?:(?:tele)?phone|video|online|virtual|bilateral|official|summit|one-on-one|face-to-face)\s+)*(?:conversation|call|talks?|meeting|negotiations|videoconference|video ?call|summit)`;
/**
 * A passive lead that names the talk, then its two sides after "between": "On June 5, a telephone
 * conversation was held between A and B", "… took place between A and B" (group 1 the talk);
 * or the two sides before its verb: "A meeting between A and B took place in Tokyo" (group 2 the
 * talk, group 3 the sides). Only at the sentence's start or after a short clause ("On June 5,").
 */
const PASSIVE_BETWEEN_RE = new RegExp(
  String.raw`^(?:[^,]{2,45},\s+|(?:Today|Yesterday|Earlier today|Tonight|Last night|This (?:morning|afternoon|evening))\s+)?(?:there\s+(?:was|were)\s+)?(?:(?:an?|the)\s+)?(?:(${TALK_NOUN})\s+(?:(?:was|were)\s+(?:held|conducted)|took\s+place)\s+between\s+|(${TALK_NOUN})\s+between\s+(.{5,300}?)\s+(?:took\s+place|(?:was|were)\s+(?:held|conducted))\b)`,
  'i',
);

/** The cheap test before the pattern: "between" and the passive verb, in a lead's opening. */
const PASSIVE_CUE = (text: string) =>
  text.includes('between') &&
  (text.includes(' place') || text.includes(' held') || text.includes(' conducted'));

/** Where "and" joins the two sides after "between": before a capital, or "the", "his", "her". */
const SIDES_AND_RE = /,?\s+and\s+(?=(?:the\s+|his\s+|her\s+|H\.E\.\s+|Mr\.?\s+|Mrs\.?\s+|Ms\.?\s+)?\p{Lu})/gu;

/** A passive lead's talk, its two sides as written and where its verb ends; null when the lead is no such sentence. */
function passiveSides(text: string): { talk: string; sides: string; verbEnd: number } | null {
  const m = PASSIVE_CUE(text) ? PASSIVE_BETWEEN_RE.exec(text) : null;
  if (!m) return null;
  const rest = text.slice(m[0].length);
  // The sides end where the counterpart would ("… on June 5", "… in Tokyo", "…, during which").
  const end = m[1] ? OBJECT_END_RE.exec(rest) : null;
  const sides = (m[3] ?? (end ? rest.slice(0, end.index) : rest)).replace(/[.,;]+$/, '').trim();
  return { talk: (m[1] ?? m[2]) as string, sides, verbEnd: m.index + m[0].length };
}

/**
 * The two sides of a passive lead: one group by office ("the leaders of A and B", "the two
 * leaders" of the title's countries), else A, the publisher's, and B, split at the first "and"
 * after which both sides parse (not the "and" of "Trinidad and Tobago"). Empty when none does
 * ("the delegations of A and B").
 */
function sidesPeople(sides: string, home: string | null, title: string | null): Participant[] {
  const group = officeGroup(sides, true) ?? pairGroup(sides, title);
  if (group) return group;
  for (const and of sides.matchAll(SIDES_AND_RE)) {
    const before = sides.slice(0, and.index);
    const after = sides.slice((and.index ?? 0) + and[0].length);
    const around = /(\S+)$/.exec(before)?.[1];
    if (around && countryFromName(`${around} and ${after.split(/\s+/)[0]}`)) continue;
    const first = parseCounterparts(before);
    const second = parseCounterparts(after);
    if (first.length !== 1 || second.length === 0) continue;
    placeSubjects(first, home);
    return [...first, ...second];
  }
  return [];
}

/**
 * A line whose sentence is a passive lead with two sides named ("TASHKENT, June 5 -- A telephone
 * conversation took place between the President of A and …"), or "the two leaders" (whose
 * countries the title names). Delegations, dates or places between are no sides.
 */
export function isPassiveLead(line: string): boolean {
  const found = PASSIVE_CUE(line) ? passiveSides(wireDateline(line, null).rest) : null;
  if (!found) return false;
  return /^(?:the\s+)?(?:two|both)\s/i.test(found.sides) || sidesPeople(found.sides, null, null).length >= 2;
}

/**
 * The principals of a passive lead ("a telephone conversation was held between A and B"), and
 * the talk's name for its kind; no principal where its sides are no one, rather than the talk's
 * own name read as a subject ("Talks were held …"). Null when the lead is no such sentence.
 */
function passiveBetween(text: string, home: string | null, title: string | null): LeadPrincipals | null {
  const found = passiveSides(text);
  if (!found) return null;
  const verb: LeadVerb = { index: found.verbEnd, direct: false };
  return {
    verb,
    verbPhrase: `held a ${found.talk} with `,
    participants: sidesPeople(found.sides, home, title),
  };
}

/**
 * Publishers whose own releases are written in their leader's first person ("Today I met Prime
 * Minister Modi": the Prime Minister of Australia's media releases). Elsewhere a page in the
 * first person is a speech, a message or a transcript, whose "I" is not a readout's subject.
 */
const FIRST_PERSON_HOMES = new Set(['AU']);

/** The publisher's leader by office, for the office table to name: who "I" is on a leader's own site. */
function ownLeader(country: string): Participant {
  const title =
    leaderOffice(country) === 'head_of_state'
      ? 'President'
      : country === 'DE'
        ? 'Chancellor'
        : 'Prime Minister';
  return { name: '', honorific: null, title, country };
}

/**
 * A clause between the lead's verb and an object that is another event's: "…, a day after X
 * met Y", "… before Y hosted Z", "…, when X called Y".
 */
const OTHER_CLAUSE_RE =
  /,\s+(?:(?:a|one|two|three|several) (?:day|days|week|weeks|hour|hours) (?:after|before)|hours (?:after|before)|shortly (?:after|before)|just (?:after|before)|(?:soon )?after|before|following|ahead of|since|when|while|as|where|which|who)\s|\s(?:after|before|since|when|while|whereas)\s+(?:[A-Z]\S*\s+){1,4}(?:had\s+)?(?:met|called|hosted|spoke|held|visited|received|talked)\b/;

type LeadPrincipals = { verb: LeadVerb | null; verbPhrase: string; participants: Participant[] };

/**
 * The principals and the verb phrase: the subject before the lead verb (the speaker for "I held"
 * in a press conference), the counterparts after "with", "on", "to". Countries the text leaves
 * implicit: the publisher's for the subject, the section line's for a single counterpart.
 */
/**
 * Another talk a lead names after its counterpart ("… a call with B after his meeting with C",
 * "… una call con B dopo il suo incontro con C", "… avec B après sa rencontre avec C"): from
 * its opening word to the clause's end. C is that talk's party, not this one's.
 */
const OTHER_TALK_AFTER_RE =
  /[,\s]\s*(?:(?:shortly|just|soon|right|poco|subito)\s+)?(?:after|following|before|dopo|prima d(?:i|el)|après|avant|tras|después de|antes de|nach|vor|após|depois de)\s+(?:his|her|their|its|the|il suo|la sua|i loro|sa|son|leur|su|sus|seinem|seiner|ihrem|ihrer|seu|sua)\s+(?:\p{L}+[-\s]){0,2}?(?:meeting|talks|summit|call|conversation|incontro|colloquio|vertice|telefonata|rencontre|entretien|sommet|reunión|encuentro|cumbre|llamada|Treffen|Gipfel|Gespräch|Telefonat|reunião|encontro|cúpula)\s+(?:with|con|avec|mit|com)\s+[^,;.]*/iu;
/** A counterpart named before such a clause, with no comma between: "… with B". */
const COUNTERPART_BEFORE_RE = /(?:\bwith|\bcon|\bavec|\bmit|\bcom)\s+[^,;]*\p{Lu}[^,;]*$/u;

/** The lead without another talk it names after its counterpart. */
export function withoutOtherTalk(text: string): string {
  const m = OTHER_TALK_AFTER_RE.exec(text);
  if (!m || !COUNTERPART_BEFORE_RE.test(text.slice(Math.max(0, m.index - 300), m.index))) return text;
  return text.slice(0, m.index) + text.slice(m.index + m[0].length);
}

/** How many countries a lead's principals are of. */
const countriesOf = (people: readonly Participant[]) =>
  new Set(people.map((p) => p.country).filter(Boolean)).size;

function leadPrincipals(text0: string, ctx: LeadContext, whole0 = text0): LeadPrincipals {
  const text = withoutOtherTalk(text0);
  const whole = withoutOtherTalk(whole0);
  const home = ctx.homeCountry ?? (ctx.japaneseSource ? 'JP' : null);
  const between = talkBetween(text, home) ?? passiveBetween(text, home, ctx.title ?? null);
  if (between) return between;
  const talkNamed = TALK_NAMED_RE.test(text) || TALK_NAMED_RE.test(ctx.title ?? '');
  let verb = findLeadVerb(text, talkNamed);
  const readVerb = (verb: LeadVerb): { participants: Participant[]; verbPhrase: string } => {
    const participants: Participant[] = [];
    let verbPhrase = '';
    const subjectText = text.slice(0, verb.index);
    // "I held a telephone talk" in a press conference: the speaker is the subject.
    const firstPerson = /(?:^|,\s*|\s)(?:I|We)(?:\s+(?:just|also|have|had|then|today))*\s*$/.test(
      subjectText,
    );
    const leader =
      firstPerson && !ctx.speaker && FIRST_PERSON_HOMES.has(ctx.homeCountry ?? '')
        ? ownLeader(ctx.homeCountry as string)
        : null;
    if (firstPerson && ctx.speaker) participants.push({ ...ctx.speaker });
    // "Today I met Prime Minister Kishida" in a leader's own media release: that leader, and a
    // co-subject before "and I" ("Prime Minister Sunak and I held a summit meeting").
    else if (leader) {
      const others = subjectText.replace(/(?:,?\s+and\s+|^|,\s*|\s)(?:I|We)(?:\s+\w+)*\s*$/, '');
      participants.push(leader, ...(others.trim() ? parseSubjects(others) : []));
    } else participants.push(...parseSubjects(subjectText, ctx.title));
    placeSubjects(participants, ctx.homeCountry ?? (ctx.japaneseSource ? 'JP' : null));
    const after = text.slice(verb.index);
    const found = verb.direct ? (verb.object ?? /^\S+\s+/).exec(after) : OBJECT_RE.exec(after);
    // "A and B spoke on Sunday, a day after B met C": C is another talk's.
    const object = found && !OTHER_CLAUSE_RE.test(after.slice(0, found.index)) ? found : null;
    verbPhrase = object ? after.slice(0, object.index + object[0].length) : after.slice(0, 80);
    if (object) participants.push(...counterpartsFrom(after, object.index + object[0].length));
    return { participants, verbPhrase };
  };
  let read = verb ? readVerb(verb) : { participants: [], verbPhrase: '' };
  // "X discussed … with Y" is a talk only between two countries: else the lead is read without it.
  if (verb?.object === DISCUSSED_WITH_OBJECT_RE && countriesOf(read.participants) < 2) {
    verb = findLeadVerb(text);
    read = verb ? readVerb(verb) : { participants: [], verbPhrase: '' };
  }
  const { participants, verbPhrase } = read;
  // A German or French lead (the Chancellery's, the Élysée's, their copies): read by its own words.
  if (new Set(participants.map((p) => p.country).filter(Boolean)).size < 2 && isDeFrLead(whole, true)) {
    const people = deFrPrincipals(whole, ctx.homeCountry ?? null);
    if (people.length >= 2) return { verb, verbPhrase, participants: people };
  }
  // Spanish, Italian, Portuguese, Turkish, Indonesian, Dutch, Polish, Vietnamese…: by their own words.
  if (new Set(participants.map((p) => p.country).filter(Boolean)).size < 2 && isLatinLead(whole)) {
    const people = latinPrincipals(text, ctx.homeCountry ?? (ctx.japaneseSource ? 'JP' : null));
    if (people.length >= 2) return { verb, verbPhrase, participants: people };
  }
  if (ctx.japaneseSource && participants[0] && !participants[0].country) participants[0].country = 'JP';
  for (const p of participants.slice(1)) {
    if (!p.country && ctx.sectionCountry && participants.length === 2) p.country = ctx.sectionCountry;
  }
  return { verb, verbPhrase, participants };
}

/** French for "spoke with" (Canada's and the Élysée's pages, their copies). */
const FR_SPOKE_RE = /s['’]est entretenue?\s+(?:\S+\s+){0,3}?avec|se sont entretenus/;

/** A visitor's call on a leader: "called on", "calls on" as the lead's verb. */
const CALLED_ON_RE = /^(?:called|calls) on\s+(?:the\s+)?[A-Z]/;
/** "called on X to …": the words urge, they name no visit. */
const URGED_RE = /\bcall(?:ed|s)? on\b[^.;]{0,120}?\bto\s+(?!the\b)[a-z]/;

/** A sentence that names the telephone itself, not only a call. */
const PHONE_NAMED_RE = /\bphone\b|telephon/i;

/** A verb phrase that names the telephone itself. */
const PHONE_WORD_RE = /phone|telephon|\bcall/i;
/** The medium a sentence names after a plain verb: "via videoconference", "by video link", "in a virtual meeting". */
const VIA_VIDEO_RE =
  /\b(?:via|by|over|through|in an?|during an?)\s+(?:(?:secure|virtual)\s+)?(?:video(?:\s?conference|\s?call|\s?link)?|videoconference|teleconference|virtual (?:meeting|call|summit|conference))\b/i;

/** "spoke at a conference with …", "spoke at the summit with …": an event attended in person. */
const SPOKE_AT_RE =
  /\b(?:spoke|speaks|talked) at (?:a|an|the) (?:[\w-]+ )?(?:conference|summit|session|meeting|forum|event|dinner|lunch|reception|gathering)\b/i;

/** A talk held at a summit or conference the principals both attend. */
const MARGINS_RE = /\bon the (?:margins?|sidelines?) of\b/i;

/** A verb phrase whose only word of a talk is "conversation" (no meeting, visit or talks). */
const BARE_CONVERSATION = (verbPhrase: string) =>
  kindFromPhrase(verbPhrase.replace(/conversations?/gi, ' ')) === 'other';

/**
 * The kind: the verb phrase first, the title second (MOFA's "overview of the meeting" is not
 * used). "held a … Leaders Meeting" under the title "… Meeting via VTC": the title says how.
 */
function leadKind(verbPhrase: string, title: string | null, text: string, line = text): ReadoutKind {
  // A lead in another language written in Latin letters names its kind in the sentence that
  // reports the talk ("telefonda görüştü" under a title of "görüştü"; the Dutch "met" is "with").
  const talk = isLatinLead(line) ? latinTalkSentence(line) : null;
  const latin = talk ? kindFromPhrase(talk) : 'other';
  if (latin !== 'other') return latin;
  let kind = kindFromPhrase(verbPhrase);
  // "The Foreign Minister called on Prime Minister B": a visitor's call on a leader, unless
  // the words urge ("called on B to end the fighting").
  if (CALLED_ON_RE.test(verbPhrase) && !URGED_RE.test(text)) return 'courtesy_call';
  // "spoke with … today via videoconference": a verb that names no medium, the sentence's.
  if (kind === 'telephone' && !PHONE_WORD_RE.test(verbPhrase) && VIA_VIDEO_RE.test(text)) return 'video';
  // "spoke with … on the margins of the G20": they met there.
  // "spoke at a conference with the Prime Ministers of …": they were in one room.
  if (
    kind === 'telephone' &&
    (MARGINS_RE.test(text) || SPOKE_AT_RE.test(verbPhrase)) &&
    !/phone|telephon|\bcall|video|virtual/i.test(verbPhrase)
  )
    return 'meeting';
  // "engaged in a phone conversation with …": a verb the reader does not know, in a sentence that
  // names the telephone; its words say more than a title's vaguer "conversations".
  if (kind === 'other' && PHONE_NAMED_RE.test(text) && kindFromPhrase(text) === 'telephone')
    return 'telephone';
  // A Cyrillic lead's own sentence names its kind before a headline does ("провел телефонный
  // разговор" under "… поговорил с … после слов о переговорах").
  if (kind === 'other' && /[\u0400-\u04ff]/.test(text)) kind = kindFromPhrase(firstSentence(text));
  if (kind === 'other' && title) kind = kindFromPhrase(title);
  // A lead whose verb the reader does not know ("congratulated … in a phone call"): its words.
  if (kind === 'other') kind = kindFromPhrase(text);
  // "s'est entretenu avec …" with no place or visit named is French for "spoke with": a call.
  if (kind === 'other' && FR_SPOKE_RE.test(text)) kind = 'telephone';
  if (kind === 'meeting' && title && kindFromPhrase(title) === 'video' && !/in person/i.test(verbPhrase))
    kind = 'video';
  // "held talks with …" under a title of "telephonic talks", "phone talks" or a "phone call".
  if (
    kind === 'meeting' &&
    title &&
    /telephon|phone (?:call|talks|conversation)/i.test(title) &&
    !/meeting|\bmet\b|visit/i.test(verbPhrase)
  )
    kind = 'telephone';
  // "had a conversation with B" names no medium: a title's or the sentence's call or phone does.
  if (kind === 'meeting' && /conversation/i.test(verbPhrase) && BARE_CONVERSATION(verbPhrase)) {
    if (
      /phone|telephon/i.test(text) ||
      (title && /\bcalls?\b|phone/i.test(title) && !/courtesy/i.test(title))
    )
      kind = 'telephone';
  }
  return kind;
}

/**
 * The date: the lead's own month-day (its year from the lead, else the reference date); else a
 * relative word ("today", "yesterday") or a weekday against the page's or feed's date. A date
 * after the verb counts only in prose readouts ("met … on May 26"); in Japan's leads it is
 * another day ("ahead of the summit on March 20").
 */
/** The end of a span of days after a date: "September 13-15", "13–15 September". */
const DAY_SPAN_RE = /^\s*[-–]\s*\d{1,2}\b/;

/** `read()`, run once when first asked for. */
function once<T>(read: () => T): () => T {
  let done = false;
  let value: T | undefined;
  return () => {
    if (!done) {
      value = read();
      done = true;
    }
    return value as T;
  };
}

function leadDate(text: string, verbIndex: number, ctx: LeadContext, warnings: string[]): string | null {
  const mention = findMonthDay(text);
  // The relative word and the weekday are read only when asked for (each reader is pure): a
  // lead whose date stands before its verb returns below without the other languages' long
  // word lists being run over it.
  const relativeWord = once(() => RELATIVE_RE.exec(text) ?? foreignRelative(text) ?? latinRelative(text));
  const named =
    WEEKDAY_ON_RE.exec(text) ??
    WEEKDAY_BARE_RE.exec(text) ??
    TALK_WEEKDAY_RE.exec(text) ??
    PART_OF_WEEKDAY_RE.exec(text);
  const beforeVerb = mention !== null && mention.index < verbIndex;
  // "on a visit from September 13-15, … called on B today": a span of days is the visit's.
  const span = mention !== null && DAY_SPAN_RE.test(text.slice(mention.index + mention.length));
  // "today (16 November)", "on Tuesday (March 5)": the word's day, written out; "starting at
  // 9:15 p.m. on July 15": the day of the talk's own start, even in Japan's leads.
  const own = () =>
    mention !== null &&
    ([relativeWord(), named].some((w) => w && glossesDay(text, w.index + w[0].length, mention.index)) ||
      dayOfStartTime(text, mention.index));
  if (
    mention &&
    (beforeVerb || own() || (!ctx.japaneseSource && !relativeWord())) &&
    !(span && relativeWord() && ctx.referenceDate)
  ) {
    let year = mention.year;
    const near = ctx.referenceDate ?? ctx.monthHint ?? null;
    if (year === null && near) year = yearNear(mention.month, mention.day, near);
    if (year !== null) return isoDate(year, mention.month, mention.day);
    warnings.push('the lead gives no year and no date line or feed date supplies one');
    return null;
  }
  // "on the 17th": the day of the month alone, in the page's month (or the one before).
  const alone = !mention && ctx.referenceDate ? dayAlone(text, ctx.referenceDate) : null;
  if (alone) return alone.date;
  const relative = relativeWord();
  const weekday = named?.[1] ?? foreignWeekday(text);
  // "yesterday afternoon" on a copy published later than the title's date: the title's day.
  if ((relative || weekday) && ctx.titleDate) return ctx.titleDate;
  // "the day before yesterday", "two days ago": counted back from the page's date.
  const ago = ctx.referenceDate ? daysAgo(text) : null;
  if (ago !== null && ctx.referenceDate) return shiftDate(ctx.referenceDate, -ago);
  if (relative && ctx.referenceDate) {
    const back =
      /yesterday|last night/i.test(relative[0]) ||
      FOREIGN_YESTERDAY_RE.test(relative[0]) ||
      isLatinYesterday(relative[0])
        ? 1
        : 0;
    return shiftDate(ctx.referenceDate, -back);
  }
  if (weekday && ctx.referenceDate) {
    warnings.push(`event date from "on ${weekday}" counted back from ${ctx.referenceDate}`);
    const day = lastWeekday(ctx.referenceDate, WEEKDAYS.indexOf(weekday.toLowerCase()));
    // "last Wednesday" on a Wednesday is a week before.
    const last = named !== null && /\blast\s+$/i.test(text.slice(Math.max(0, named.index - 6), named.index));
    return day === ctx.referenceDate && last ? shiftDate(day, -7) : day;
  }
  // "last week", "recently": the talk is dated, but to no day; the page's date is not its.
  const vague = vagueTime(text);
  if (vague && ctx.titleDate) return ctx.titleDate;
  if (vague) {
    warnings.push(`the lead dates the talk only as "${vague}": no event date`);
    return null;
  }
  return undatedLead(relative, ctx, warnings);
}

/**
 * The event date of a lead that names no day: the page's own date for a prose readout (the
 * Kremlin's are published the day of the talk), none for a copy dated only from outside its text.
 */
function undatedLead(relative: RegExpExecArray | null, ctx: LeadContext, warnings: string[]): string | null {
  if ((!ctx.japaneseSource || ctx.speaker) && !relative && ctx.referenceDate) {
    // Prose readouts (the Kremlin's) are published the day of the talk and rarely date it; a
    // news site's article of that day may report a talk of any day before.
    if (ctx.referenceStated === false) {
      warnings.push(
        `the lead gives no date, and ${ctx.referenceDate} is a copy's date from outside its text: no event date`,
      );
      return null;
    }
    warnings.push(`the lead gives no date: the page's date ${ctx.referenceDate} is taken as the event date`);
    return ctx.referenceDate;
  }
  warnings.push(
    relative
      ? `"${relative[0]}" but no page or feed date to count from`
      : 'no event date in the lead sentence',
  );
  return null;
}

/**
 * The start time: the first time outside parentheses, unless the parenthesis gives local time
 * (the inverted form "6:00 a.m. (5:00 p.m. on May 23, local time)", whose date then is the
 * event's). Returns the date too, moved by such a parenthesis.
 */
function leadStart(
  text: string,
  kind: ReadoutKind,
  date: string | null,
  ctx: LeadContext,
  warnings: string[],
  times: TimeMention[],
): { start: StartTime | null; date: string | null } {
  for (const t of times) if (t.warning) warnings.push(t.warning);
  const outside = times.filter((t) => !t.inParens);
  // Local time inside the parenthesis only when "local time" follows that time there.
  const localInParens = times.find((t) => t.inParens && /^[^;()]*?local time/i.test(text.slice(t.end)));
  const place = zoneOfPlace(text);
  if (localInParens && outside[0] && (JST_AFTER_RE.test(text.slice(outside[0].end)) || ctx.japaneseSource)) {
    const start = { time: localInParens.time, approximate: localInParens.approximate, timeZone: place };
    const localDate = findMonthDay(localInParens.parenText ?? '');
    if (!localDate || !date) return { start, date };
    const year = localDate.year ?? Number(date.slice(0, 4));
    return { start, date: isoDate(year, localDate.month, localDate.day) ?? date };
  }
  const chosen = outside[0] ?? times[0];
  // "from 6 to 7 p.m.": the first time found is the range's end; the start is the range's.
  const range = chosen
    ? findTimeRanges(text).find((r) => r.index < chosen.index && chosen.index < r.end)
    : undefined;
  if (chosen && range) {
    const start = {
      time: range.start,
      approximate: false,
      timeZone: startZone(text, chosen, kind, place, ctx),
    };
    return { start, date };
  }
  if (!chosen) {
    warnings.push('no start time stated');
    return { start: null, date };
  }
  const timeZone = startZone(text, chosen, kind, place, ctx);
  const start = { time: chosen.time, approximate: chosen.approximate, timeZone };
  if (timeZone === null) warnings.push('the time zone of the start time is not stated');
  // "(local time; 0:50 a.m. on June 27, Japan time)": check the stated Japan time against
  // the local one; a mismatch (a source error) is reported, never corrected.
  const jst = times.find((t) => t.inParens && /JST|Japan time/i.test(t.parenText ?? ''));
  if (jst && timeZone && timeZone !== 'Asia/Tokyo' && date) {
    const warning = checkJapanTime(date, start.time, timeZone, jst.time, findMonthDay(jst.parenText ?? ''));
    if (warning) warnings.push(warning);
  }
  return { start, date };
}

/** The zone of a start time: what follows it ("JST", "local time"), else the place, else Japan's for Japan's calls. */
function startZone(
  text: string,
  chosen: TimeMention,
  kind: ReadoutKind,
  place: string | null,
  ctx: LeadContext,
): string | null {
  const after = text.slice(chosen.end);
  if (JST_AFTER_RE.test(after) || (chosen.inParens && /JST|Japan time/i.test(chosen.parenText ?? '')))
    return 'Asia/Tokyo';
  // "07:35 CET", "9:15 p.m. Tokyo time": the clock the text names.
  const named = zoneByAbbreviation(after) ?? CITY_ZONES[cityOfClock(after) ?? ''] ?? null;
  if (named) return named;
  if (LOCAL_AFTER_RE.test(after) || /^\s*\((?:[^)]*)(JST|Japan time)/i.test(after)) return place;
  if (ctx.japaneseSource && (kind === 'telephone' || kind === 'video')) return 'Asia/Tokyo';
  return place ?? (ctx.japaneseSource && kind !== 'meeting' ? 'Asia/Tokyo' : null);
}

/** A talk's part as the text names it: "Japan-Germany Summit Meeting", "working lunch", "plenary meeting". */
const PART_RE =
  /(?:[A-Z][\p{L}'’-]*\s+|(?:small[- ]group|plenary|working|bilateral|summit|leaders['’]?|official|informal|expanded|restricted|one-on-one|telephone|video|tête-à-tête|tete-a-tete)\s+)*(?:[Mm]eeting|[Tt]alks?|[Ll]unch|[Dd]inner|[Bb]reakfast|[Bb]anquet|[Ll]uncheon|[Rr]eception|[Tt]ête-à-tête|[Ss]ession|[Cc]all|[Cc]onversation)\b/gu;

/** The head word of a part's name: "meeting" of "Japan-Germany Summit Meeting". */
const headWord = (name: string) => (name.toLowerCase().split(/\s+/).pop() ?? '').replace(/s$/, '');

/**
 * The parts of the event, one per duration the lead states: each named by the last part-noun
 * before its duration, starting at the time just after it ("approximately 25 minutes from 5
 * p.m.") or else the time inside its stretch of text.
 */
function leadSegments(text: string, durations: Duration[], times: TimeMention[]): Segment[] {
  const segments: Segment[] = [];
  let from = 0;
  for (const d of durations) {
    const names = [...text.slice(from, d.index).matchAll(PART_RE)];
    const name = names.at(-1)?.[0].trim() ?? '';
    const after = times.find(
      (t) =>
        t.index >= d.end && /^\s*(?:from|at|commencing at|starting at)\s*$/.test(text.slice(d.end, t.index)),
    );
    const before = times.filter((t) => t.index >= from && t.index < d.index && !t.inParens).at(-1);
    segments.push({
      name: name.replace(/^(?:a|an|the)\s+/i, ''),
      start: (after ?? before)?.time ?? null,
      minutes: d.minutes,
    });
    from = after ? after.end : d.end;
  }
  return segments;
}

/** A title naming two events of the visit: "Lunch Meeting Hosted by … and Japan-U.K. Summit Meeting". */
const TWO_EVENTS_TITLE_RE =
  /\b(?:lunch|luncheon|dinner|breakfast|banquet|reception|meeting|talks?|summit|call)\b[\s\S]*\sand\s[\s\S]*\b(?:lunch|luncheon|dinner|breakfast|banquet|reception|meeting|talks?|summit|call)\b/i;

/** Parts of different names ("lunch meeting", "summit meeting"): separate events, not parts of one. */
function distinctParts(segments: Segment[]): boolean {
  const first = (s: Segment) => s.name.toLowerCase().split(/\s+/)[0] ?? '';
  return segments.length === 2 && first(segments[0] as Segment) !== first(segments[1] as Segment);
}

/**
 * The duration: the part the title names when the lead states several ("Summit Meeting"
 * followed by a dinner: the meeting's minutes), else every part summed; and the parts.
 */
export function leadDuration(
  text: string,
  title: string | null,
  times: TimeMention[],
  warnings: string[],
): { minutes: number | null; approximate: boolean; segments: Segment[] | null } {
  const durations = findDurations(text);
  if (durations.length === 0) {
    warnings.push('no duration stated');
    return { minutes: null, approximate: false, segments: null };
  }
  const segments = durations.length > 1 ? leadSegments(text, durations, times) : null;
  const heading = (title ?? '').toLowerCase();
  const named = segments
    ? durations.filter((_, i) => {
        const head = headWord(segments[i]?.name ?? '');
        return head !== '' && new RegExp(`\\b${head}`).test(heading);
      })
    : [];
  const chosen =
    named.length > 0 && named.length < durations.length
      ? named
      : segments && TWO_EVENTS_TITLE_RE.test(title ?? '') && distinctParts(segments)
        ? durations.slice(0, 1)
        : durations;
  if (durations.length > 1)
    warnings.push(
      chosen === durations
        ? `duration summed from ${durations.length} segments: ${durations.map((d) => `${d.minutes} min`).join(' + ')}`
        : `duration of the part the title names (${chosen.map((d) => `${d.minutes} min`).join(' + ')}) of ${durations.length} segments`,
    );
  return {
    minutes: chosen.reduce((sum, d) => sum + d.minutes, 0),
    approximate: chosen.some((d) => d.approximate),
    segments,
  };
}

/**
 * Principals named by office or surname, on a page that gives no day but a month ("…: May
 * 2014"): each that the office table names the same on the month's first and last days.
 */
function resolveInMonth(participants: Participant[], month: string): void {
  const first = `${month.slice(0, 7)}-01`;
  const next = new Date(`${first}T00:00:00Z`);
  next.setUTCMonth(next.getUTCMonth() + 1, 0);
  const last = next.toISOString().slice(0, 10);
  const onDay = (day: string) => {
    const copies = participants.map((p) => ({ ...p }));
    const originals = new Map(copies.map((c, i) => [c, participants[i] as Participant]));
    resolveOfficeHolders(copies, day, []);
    return new Map(copies.map((c) => [originals.get(c), c]));
  };
  const [atFirst, atLast] = [onDay(first), onDay(last)];
  for (const p of participants) {
    const a = atFirst.get(p);
    const b = atLast.get(p);
    if (p.name.includes(' ') || !a || !b || !a.name.includes(' ')) continue;
    if (a.name === b.name && a.country === b.country) Object.assign(p, { name: a.name, country: a.country });
  }
}

/**
 * Facts of a Japanese-style lead sentence: "On March 9, commencing at shortly after 8:50 a.m.
 * for approximately 30 minutes, Mr. Shinzo Abe, Prime Minister of Japan, held a telephone talk
 * with the Honorable Donald Trump, President of the United States of America." Pure; what it
 * cannot read is null with a warning.
 */
export function parseLead(raw: string, ctx0: LeadContext): LeadFacts {
  const warnings: string[] = [];
  const wire = wireDateline(raw, ctx0.referenceDate ?? ctx0.monthHint ?? null);
  const lead = wire.rest;
  // The wire's day is the day its words count from, and the event's when the lead states none.
  const ctx = wire.date ? { ...ctx0, referenceDate: wire.date, referenceStated: true } : ctx0;
  const text = cleanLead(lead);
  const line = lead.replace(/^date \d{4}(?:-\d{2}){0,2}\s+/, '').slice(0, 600);
  const { verb, verbPhrase, participants } = leadPrincipals(text, ctx, line);
  if (participants.length === 0) warnings.push('no principals found in the lead sentence');
  const kind = leadKind(verbPhrase, ctx.title, text, line);
  const eventDate = leadDate(text, verb?.index ?? text.length, ctx, warnings);
  // Principals named by office or surname only: the office holder on the event date (the
  // page's or feed's date when the lead gives none); with no day known, one who held the office
  // all the month the page is filed under.
  if (!eventDate && !ctx.referenceDate && ctx.monthHint) resolveInMonth(participants, ctx.monthHint);
  resolveOfficeHolders(participants, eventDate ?? ctx.referenceDate, warnings);
  for (const p of participants) if (!p.country) warnings.push(`country of ${p.name} not stated`);
  // The lead's clock times, read once for the start and the duration (neither changes them).
  const times = findTimes(text);
  const { start, date } = leadStart(text, kind, eventDate, ctx, warnings, times);
  const duration = leadDuration(text, ctx.title, times, warnings);
  return {
    date,
    start,
    durationMinutes: duration.minutes,
    durationApproximate: duration.approximate,
    ...(duration.segments ? { segments: duration.segments } : {}),
    kind,
    participants,
    warnings,
  };
}
