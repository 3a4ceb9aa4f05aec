import {
  CJK_FULL_DATE_RE,
  cjkFullDate,
  dayOfMonthNear,
  ERA_DATE_RE,
  isoDate,
  shiftDate,
  yearNear,
} from './dates.js';

/**
 * Dates, clock times and lengths as Japanese, Chinese and Korean readouts write them:
 * "2024年1月10日", "令和6年1月10日" (an era's year), "1月10日", "10日", "本日" / "昨日" / "오늘";
 * "午後8時15分から", "20時", "오후 3시 30분부터"; "約30分間", "约1小时", "30분간". Text is read after
 * NFKC, which makes full-width digits and brackets the ASCII ones.
 */

/** A text as these patterns read it: full-width digits, spaces and brackets made ASCII. */
export function cjkNormal(text: string): string {
  return text.normalize('NFKC');
}

const MONTH_DAY_RE =
  /(?<![\d年년]\s*)(\d{1,2})\s*[月월]\s*(\d{1,2})\s*[日일](?!\s*(?:間|以[内上降]|간|동안))/g;
/** A day of the month alone ("2日晚", "10일 오후"), not a number of days ("3日間", "10일간") nor "日本". */
const DAY_RE =
  /(?<![\d월年년約约약第]\s*)(?<!(?<![先上个])月\s*)(\d{1,2})\s*[日일](?!\s*(?:間|以[内上降]|前|後|付|本|간|동안))/g;
const ERA_ALL_RE = new RegExp(ERA_DATE_RE.source, 'g');
const FULL_ALL_RE = new RegExp(CJK_FULL_DATE_RE.source, 'g');
/** Korea's month and day with the weekday: "10.5(화)", "5. 10.(수)". */
const KO_MONTH_DAY_RE = /(?<![\d.])(\d{1,2})\.\s?(\d{1,2})\.?\s?\([월화수목금토일]\)/g;
/** The day itself ("이날", that day, is the dateline's in a Korean report) and the day before, in the three languages. */
const TODAY_RE =
  /本日|今日|今夕|今晩|今朝|今夜|今天|今晚|今晨|(?:(?<![\u3040-\u309f])|(?<=[はもにと]))(?:きょう(?!だい)|けさ)|오늘|이날/g;
const YESTERDAY_RE = /昨日|昨夜|昨晩|昨天|昨晚|어제/g;

/** "Last month" just before a day: "先月", "上月", "上个月", "지난달". */
const LAST_MONTH_RE = /(?:先月|上个?月|지난\s?달)\s*$/;

/** The last day of the month before a date's: a day of that month is never later. */
function monthBefore(iso: string): string {
  const d = new Date(`${iso.slice(0, 8)}01T00:00:00Z`);
  d.setUTCDate(0);
  return d.toISOString().slice(0, 10);
}

export type CjkDateMention = {
  date: string | null;
  index: number;
  how: 'full' | 'month-day' | 'day' | 'relative';
};

/** "Since": the day before it opens a span (以来, 以降, 이래), the talk comes later in it. */
const SINCE_RE = /以来|以來|以降|이래/;

/**
 * The first date a sentence gives, with where it stands: a full date, a month and day (its year
 * the one nearest the reference), a day of the month alone (in the reference's month, or the
 * month before), or "today" / "yesterday" against the reference. Null when it gives none; a
 * mention whose year or month no reference gives has a null date.
 */
export function cjkDate(text: string, reference: string | null, talkAt = text.length): CjkDateMention | null {
  // A day a clause counts from ("川普20日就任以来,…首度通话", "취임 이후") is not the talk's.
  const found = cjkDates(text, reference).filter((m) => !SINCE_RE.test(text.slice(m.index, talkAt)));
  // The date that governs the talk: the last before its word ("記者会見で…昨晩…電話"), else the first after.
  return found.filter((m) => m.index < talkAt).at(-1) ?? found[0] ?? null;
}

/** Every date a sentence gives, in its order. */
function cjkDates(text: string, reference: string | null): CjkDateMention[] {
  const found: CjkDateMention[] = [];
  const all = (re: RegExp) => text.matchAll(re);
  for (const m of all(ERA_ALL_RE)) found.push({ date: cjkFullDate(m, true), index: m.index, how: 'full' });
  for (const m of all(FULL_ALL_RE)) found.push({ date: cjkFullDate(m, false), index: m.index, how: 'full' });
  for (const m of [...all(MONTH_DAY_RE), ...all(KO_MONTH_DAY_RE)]) {
    const month = Number(m[1]) - 1;
    const day = Number(m[2]);
    const date = reference ? isoDate(yearNear(month, day, reference), month, day) : null;
    found.push({ date, index: m.index, how: 'month-day' });
  }
  for (const m of all(DAY_RE)) {
    // "先月28日", "上月5日", "지난달 5일": the day in the month before the reference's.
    const lastMonth = LAST_MONTH_RE.test(text.slice(Math.max(0, m.index - 6), m.index));
    const ref = reference && lastMonth ? monthBefore(reference) : reference;
    found.push({ date: ref ? dayOfMonthNear(Number(m[1]), ref) : null, index: m.index, how: 'day' });
  }
  for (const m of all(TODAY_RE)) found.push({ date: reference, index: m.index, how: 'relative' });
  for (const m of all(YESTERDAY_RE))
    found.push({ date: reference ? shiftDate(reference, -1) : null, index: m.index, how: 'relative' });
  const converted = zoneBrackets(text);
  return found
    .filter((f) => !converted.some(([from, to]) => f.index >= from && f.index < to))
    .sort((a, b) => a.index - b.index);
}

/** A time converted to another zone in brackets: "(日本時間22日午前4時45分頃)", "(한국시간 16일 새벽)". */
const ZONE_BRACKET_RE =
  /\((?:日本時間|日本时间|北京时间|北京時間|現地時間|当地时间|한국\s?시간|현지\s?시간)[^()]{0,40}\)/g;

/** Where the text converts its time in brackets: a day there is the other zone's, not the talk's own. */
function zoneBrackets(text: string): [number, number][] {
  if (!text.includes('(')) return [];
  return [...text.matchAll(ZONE_BRACKET_RE)].map((m) => [m.index, m.index + m[0].length]);
}

export type CjkTime = {
  time: string;
  index: number;
  end: number;
  approximate: boolean;
  minutes: number;
  /** Whether the hour may be either half of the day: Korean's "8시" with no "오전"/"오후" before it. */
  halfDay: boolean;
};

/**
 * A clock time: "午後8時15分", "20時", "午後8時半", "下午3时", "晚上8点", "오후 3시 30분"; "正午", "정오".
 * A Chinese "点" only after the part of the day; hours ("時間", "시간") are lengths, not times.
 */
const TIME_RE =
  /(午前|午後|上午|下午|晚上|中午|凌晨|早上|晚|夜|오전|오후|밤|저녁|새벽|아침)?\s*(\d{1,2})\s*(時(?!間)|时|點|点|시(?!간))\s*(?:(\d{1,2})\s*[分분](?!間|钟|간|동안)|(半|반))?|(正午|정오)|(午前|午後|上午|下午|오전|오후)?\s*(?<![\d:.])(\d{1,2}):([0-5]\d)(?![\d:])/g;
const AFTERNOON = new Set(['午後', '下午', '晚上', '晚', '夜', '오후', '밤', '저녁']);
/** Words that make a time approximate: "頃", "過ぎ" (shortly after), "许", "左右", "경", "쯤"; "約" before it. */
const APPROX_AFTER_RE = /^\s*(?:頃|ごろ|過ぎ|すぎ|许|左右|前後|경|쯤)/;
const APPROX_BEFORE_RE = /(?:約|约|大约|およそ|약)\s*$/;

/** Every clock time in a text, in its order. */
export function cjkTimes(text: string): CjkTime[] {
  const out: CjkTime[] = [];
  for (const m of text.matchAll(TIME_RE)) {
    const index = m.index ?? 0;
    // "19:10" as Korea's ministry writes it, its part of the day before it or not ("오후 19:10").
    const clock = m[8] !== undefined;
    const part = clock ? m[7] : m[1];
    let hour = m[6] ? 12 : Number(clock ? m[8] : m[2]);
    const minute = m[6] ? 0 : clock ? Number(m[9]) : m[5] ? 30 : m[4] ? Number(m[4]) : 0;
    if (!m[6] && !clock && (m[3] === '点' || m[3] === '點') && !m[1]) continue;
    if (part && AFTERNOON.has(part) && hour < 12) hour += 12;
    // Japan's "午前12時" is noon (midnight is "午前0時"); Korea's "오전 12시" is midnight.
    if (part === '오전' && hour === 12) hour = 0;
    if (hour > 24 || minute > 59) continue;
    if (hour === 24) hour = 0;
    const end = index + m[0].length;
    out.push({
      time: `${String(hour).padStart(2, '0')}:${String(minute).padStart(2, '0')}`,
      index,
      end,
      approximate:
        APPROX_AFTER_RE.test(text.slice(end, end + 4)) ||
        APPROX_BEFORE_RE.test(text.slice(Math.max(0, index - 4), index)),
      minutes: hour * 60 + minute,
      halfDay: !part && !m[6] && m[3] === '시' && hour >= 1 && hour <= 12,
    });
  }
  return out;
}

/** Chinese numerals up to ninety-nine ("两", "十五", "二十"); NaN for anything else. */
function chineseNumber(word: string): number {
  if (/^\d+$/.test(word)) return Number(word);
  const digits: Record<string, number> = {
    一: 1,
    二: 2,
    两: 2,
    兩: 2,
    三: 3,
    四: 4,
    五: 5,
    六: 6,
    七: 7,
    八: 8,
    九: 9,
  };
  const m = /^([一二两兩三四五六七八九])?(十)?([一二三四五六七八九])?$/.exec(word);
  if (!m || word === '') return Number.NaN;
  if (!m[2]) return m[1] && !m[3] ? (digits[m[1]] as number) : Number.NaN;
  return (m[1] ? (digits[m[1]] as number) : 1) * 10 + (m[3] ? (digits[m[3]] as number) : 0);
}

export type CjkLength = { minutes: number; approximate: boolean; index: number; end: number };

const NUM = '(\\d+|[一二两兩三四五六七八九十]{1,3})';
/**
 * A talk's length: hours with minutes or a half ("約1時間10分間", "1時間半", "一个半小时",
 * "1시간 반"), or minutes ("約30分間", "约30分钟", "30분간"). Minutes alone need a word that makes
 * them a length ("間", "钟", "간", "동안") or "約" before them, so that "8時15分" stays a time.
 */
const LENGTH_RE = new RegExp(
  [
    `(約|约|大约|およそ|近|逾|超过|약)?\\s*${NUM}\\s*(?:時間|个?(半)?\\s*(多)?\\s*小时|個?小時|시간)\\s*(?:(?:${NUM}\\s*(?:分|분)(?:間|钟|간)?)|(半|반))?\\s*(?:間|간|동안)?\\s*(ほど|程度|程|余り|余|あまり|左右|多|여|가량|정도)?`,
    `(約|约|大约|およそ|近|逾|약)?\\s*(?<![時时시]\\s*)${NUM}\\s*(多|余|여)?\\s*(?:分間|分钟|分鐘|분간|분\\s*동안|(?<=(?:約|约|大约|およそ|약)\\s*[\\d一二两三四五六七八九十]+\\s*)(?:分|분))\\s*(ほど|程度|程|余り|余|あまり|左右|여|가량|정도)?`,
    '(半小时|半小時)',
  ].join('|'),
  'g',
);

/** Every length a text gives, in its order. */
export function cjkLengths(text: string): CjkLength[] {
  const out: CjkLength[] = [];
  for (const m of text.matchAll(LENGTH_RE)) {
    const index = m.index ?? 0;
    const end = index + m[0].length;
    let minutes: number;
    let approximate: boolean;
    if (m[2] !== undefined) {
      const hours = chineseNumber(m[2]);
      const extra = m[5] !== undefined ? chineseNumber(m[5]) : m[3] || m[6] ? 30 : 0;
      minutes = hours * 60 + extra;
      approximate = Boolean(m[1] || m[4] || m[7]);
    } else if (m[9] !== undefined) {
      minutes = chineseNumber(m[9]);
      approximate = Boolean(m[8] || m[10] || m[11]);
    } else {
      minutes = 30;
      approximate = false;
    }
    if (Number.isFinite(minutes) && minutes > 0 && minutes < 24 * 60)
      out.push({ minutes, approximate, index, end });
  }
  return out;
}
