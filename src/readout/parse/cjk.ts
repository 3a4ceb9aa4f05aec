import {
  type Holder,
  leaderOffice,
  OFFICE_HOLDERS,
  type Office,
  officeHolder,
  officeOf,
} from '../office-holders.js';
import type { DocType, Participant, ReadoutKind, StartTime } from '../types.js';
import { cjkDate, cjkLengths, cjkNormal, cjkTimes } from './cjk-time.js';
import {
  CJK_FAMILY_NAMES,
  CJK_OFFICES,
  type CjkLanguage,
  cjkLanguage,
  countryJustBefore,
  isCjkText,
  LANGUAGE_HOME,
  LANGUAGE_ZONE,
  pairedCountries,
  pairJustBefore,
  pairOfMinisters,
} from './cjk-words.js';
import { scriptHolders, skeleton } from './cyrillic.js';
import type { FallbackLead } from './fallback.js';
import type { LeadFacts } from './lead.js';
import { fold, toLatin } from './script-letters.js';

/**
 * Readouts written in Japanese, Chinese and Korean: MOFA's and the Kantei's Japanese pages
 * ("本日午後8時から約30分間、岸田文雄内閣総理大臣は、ジョー・バイデン米国大統領と電話会談を行いました。"),
 * China's foreign ministry ("国家主席习近平4月2日晚应约同美国总统拜登通电话。"), Korea's presidential
 * office ("윤석열 대통령은 10일 오후 … 일본 총리와 30분간 전화 통화를 가졌다."). Their lead is the first
 * sentence near the top that names a talk between office holders of two countries; its facts are
 * read here, in these languages' own ways: no spaces between words, the country before the
 * office, the date and time before the talk.
 */

export { isCjkText } from './cjk-words.js';

/** Words that name a talk, compounds first (a "電話会談" is a call, not a meeting), with the kind each names. */
const KINDS: readonly [ReadoutKind, RegExp][] = [
  ['courtesy_call', /表敬|礼节性(?:拜会|会见)/],
  [
    'video',
    /テレビ会議|テレビ会談|ビデオ会議|ビデオ会談|オンライン(?:会談|会議|形式|で)|ウェブ会議|视频|視頻|화상/,
  ],
  ['telephone', /電話|电话|通话|通話|통화|전화/],
  [
    'meeting',
    /(?<!記者)会見|会談|会合|懇談|会食|面会|宴会|宴會|茶叙|茶敘|会谈|会见|會見|會談|会晤|會晤|会面|會面|接见|接見|见面|見面|회담|접견|면담|회동|만찬|오찬|만났/,
  ],
];
const KIND_RE = new RegExp(KINDS.map(([, re]) => re.source).join('|'), 'g');
const TALK_RE = new RegExp(KIND_RE.source);

function kindOf(word: string): ReadoutKind {
  for (const [kind, re] of KINDS) if (re.test(word)) return kind;
  return 'other';
}

/**
 * The kind of talk a sentence reports: the first talk word after its first principal (the
 * subject stands before the talk in all three languages: "岸田総理は…と電話会談を行い",
 * "习近平…同…通电话", "윤석열 대통령은 …와 통화"), else its first talk word, else the title's.
 */
export function cjkKind(text: string, subjectAt: number, title: string | null): ReadoutKind {
  const words = [...text.matchAll(KIND_RE)];
  const word = words.find((m) => (m.index ?? 0) >= subjectAt) ?? words[0];
  if (word) return kindOf(word[0]);
  const inTitle = title ? cjkNormal(title).match(KIND_RE) : null;
  return inTitle ? kindOf(inTitle[0]) : 'other';
}

/** Whether a sentence names a talk. */
export function namesCjkTalk(text: string): boolean {
  return TALK_RE.test(text);
}

/** Where a sentence first names a talk: the date before it is the talk's ("記者会見で…昨晩…電話会談"). */
function talkAt(text: string): number {
  return TALK_RE.exec(text)?.index ?? text.length;
}

type NativeForm = { form: string; family: string | null; holder: Holder };

/**
 * The table's names in these scripts ("岸田 文雄", "习近平", "윤석열"): each joined, and the family
 * name alone where the form shows it (the word before a Japanese form's space, a Korean name's
 * first syllable), which names the holder only just before their office ("岸田総理", "윤 대통령").
 */
let nativeForms: NativeForm[] | null = null;
function natives(): NativeForm[] {
  nativeForms ??= OFFICE_HOLDERS.flatMap((holder) => [
    // A foreign family name alone: no form of the whole name, so only next to an office.
    ...(CJK_FAMILY_NAMES[holder.name] ?? []).map((family) => ({ form: '', family, holder })),
    ...holder.aka
      .filter((f) => isCjkText(f, 1))
      .map((f) => ({
        form: f.replace(/\s+/g, ''),
        family: f.includes(' ')
          ? (f.split(' ')[0] as string)
          : /^[\uac00-\ud7a3]{3}$/.test(f)
            ? (f[0] as string)
            : null,
        holder,
      })),
  ]);
  return nativeForms;
}

const inOffice = (h: Holder, date: string | null) =>
  !date || (h.from <= date && (h.to === null || date <= h.to));

type Mention = { at: number; end: number; name: string; country: string; holder?: Holder };

/** Where the offices stand in a text: each office word's place, kept once where two overlap ("国务院总理"). */
type OfficeAt = { at: number; end: number; office: (typeof CJK_OFFICES)[number] };
function officesIn(text: string): OfficeAt[] {
  const found: OfficeAt[] = [];
  for (const office of CJK_OFFICES)
    for (const m of text.matchAll(office.re)) {
      const at = m.index ?? 0;
      const end = at + m[0].length;
      if (!found.some((f) => at < f.end && f.at < end)) found.push({ at, end, office });
    }
  return found.sort((a, b) => a.at - b.at);
}

/**
 * Holders a text names in these scripts: a full name of three characters or more anywhere
 * ("习近平", "岸田文雄", "윤석열"); a shorter one ("王毅", "박진"), or a family name alone ("茂木外相",
 * "岸田総理"), only next to the office they held.
 */
function namedNatively(text: string, offices: OfficeAt[], date: string | null): Mention[] {
  const out: Mention[] = [];
  for (const n of natives()) {
    if (!inOffice(n.holder, date)) continue;
    for (const form of [n.form, n.family]) {
      if (!form) continue;
      const at = namedAt(text, form, form === n.form && form.length >= 3 ? null : n.holder, offices);
      if (at < 0) continue;
      out.push({
        at,
        end: at + form.length,
        name: n.holder.name,
        country: n.holder.country,
        holder: n.holder,
      });
      break;
    }
  }
  return out;
}

/** What may stand between a name and its office: a space, or another title joined by "兼" ("王毅国務委員兼外相"). */
const JOINED_TITLES_RE = /^(?:\s?|[\p{Script=Han}\p{Script=Katakana}ー・]{1,16}兼)$/u;

const HANGUL_START_RE = /^[\uac00-\ud7a3]/;

/** Where a name stands in a text; with a holder, only just before or after an office of theirs; -1 if nowhere. */
function namedAt(text: string, form: string, holder: Holder | null, offices: OfficeAt[]): number {
  for (let at = text.indexOf(form); at >= 0; at = text.indexOf(form, at + 1)) {
    const end = at + form.length;
    if (!holder) return at;
    // Korean writes a name before its office ("윤 대통령"): a Hangul syllable just after an office
    // is a particle ("대통령이"), never a family name.
    const after = !HANGUL_START_RE.test(form);
    const office = offices.find(
      (o) => (after && o.end === at) || (o.at >= end && JOINED_TITLES_RE.test(text.slice(end, o.at))),
    );
    if (office && !office.office.leaders && office.office.office === holder.office) return at;
  }
  return -1;
}

/** An office someone took or was elected to ("就任美國總統以來", "当选总统"): it names no one at the talk. */
const TAKEN_OFFICE_RE = /(?:就任|就職|就职|当选|當選|当選)[\p{Script=Han}\p{Script=Katakana}]{0,6}$/u;

/**
 * Holders a text names by office: the office holder on the date of the country written just
 * before it ("米国大統領", "美国总统", "일본 총리"), of each country of a pair ("日中外相", "中美元首"),
 * or of the one country the office word names ("内閣総理大臣", "国家主席"); with no country written,
 * the holder of that office in the language's own country whose name stands just before it
 * ("岸田総理", "윤 대통령").
 */
function namedByOffice(text: string, offices: OfficeAt[], when: When, language: CjkLanguage): Mention[] {
  const { date } = when;
  const out: Mention[] = [];
  for (const { at, end, office } of offices) {
    const before = text.slice(Math.max(0, at - 24), at);
    if (TAKEN_OFFICE_RE.test(before)) continue;
    const pair = office.only ? [] : pairJustBefore(before);
    if (pair.length > 0) {
      for (const country of pair) {
        const name = when.holder(country, office.leaders ? leaderOffice(country) : office.office);
        if (name) out.push({ at, end, name, country });
      }
      continue;
    }
    if (office.leaders) continue;
    let country = office.only ?? countryJustBefore(before);
    let from = at;
    if (!country) {
      const home = LANGUAGE_HOME[language];
      const name = when.holder(home, office.office);
      const own = name ? ownNameBefore(before, name, date) : -1;
      if (own < 0) continue;
      country = home;
      from = at - (before.length - own);
    }
    if (office.office === 'head_of_state' && !office.only && !officeOf('President', country)) continue;
    const name = when.holder(country, office.office);
    // "岸田文雄総理" on a day Kishida was not in office names no one: not the holder of that day.
    if (name && (ownNameBefore(before, name, date) >= 0 || !anotherNameBefore(before, country, name)))
      out.push({ at: from, end, name, country });
  }
  return out;
}

/** A Hangul word just before an office, a country's name before it or not ("트럼프 대통령", "미국 트럼프 대통령"). */
const HANGUL_BEFORE_RE = /([\uac00-\ud7a3]{2,5})\s?$/;

/**
 * Foreign holders Korean names by a surname in Hangul just before their office ("트럼프 대통령과"):
 * the one person who held that office then (on the date, or over the terms of the holder the
 * text names) whose family name the word spells, consonant for consonant (three consonants at
 * least when no country is written: "오바마" alone is too short to tell); of the country written
 * before or after the word, when one is.
 */
function hangulSurnames(text: string, offices: OfficeAt[], when: When, found: readonly Mention[]): Mention[] {
  const out: Mention[] = [];
  for (const { at, end, office } of offices) {
    if (office.leaders || found.some((m) => m.end === end)) continue;
    let before = text.slice(Math.max(0, at - 30), at);
    // Korean writes the name before or after the country: "트럼프 미국 대통령", "미국 트럼프 대통령".
    let country = countryJustBefore(before);
    if (country) before = before.replace(/[\uac00-\ud7a3]+\s?$/, '');
    const word = HANGUL_BEFORE_RE.exec(before);
    if (!word) continue;
    country ??= countryJustBefore(before.slice(0, word.index));
    const bone = fold(skeleton(toLatin(word[1] as string, 'hangul')), 'hangul');
    const named = new Set(
      when
        .holders(office.office)
        .filter((h) => h.country !== 'KR' && (!country || h.country === country))
        .filter((h) => bone.length >= (country ? 2 : 3) && fold(skeleton(h.family), 'hangul') === bone),
    );
    const names = new Set([...named].map((h) => h.name));
    const h = [...named][0];
    if (names.size === 1 && h)
      out.push({ at: at - (before.length - word.index), end, name: h.name, country: h.country });
  }
  return out;
}

/** Whether the text before an office ends with the name of another of the country's holders than this one. */
function anotherNameBefore(before: string, country: string, name: string): boolean {
  const trimmed = before.replace(/\s+$/, '');
  return natives().some(
    (n) =>
      n.holder.country === country &&
      n.holder.name !== name &&
      [n.form, n.family].some((f) => f && trimmed.endsWith(f)),
  );
}

/** Where a holder's own name (in full, or the family name alone) ends a text just before an office; -1 if not. */
function ownNameBefore(before: string, name: string, date: string | null): number {
  const trimmed = before.replace(/\s+$/, '');
  for (const n of natives()) {
    if (n.holder.name !== name || !inOffice(n.holder, date)) continue;
    for (const form of [n.form, n.family])
      if (form && trimmed.endsWith(form)) return trimmed.length - form.length;
  }
  return -1;
}

/**
 * The principals a sentence in these scripts names, in its order: by their names in the
 * script, by office and country on the date, and (Korean) by a foreign name written in Hangul
 * ("기시다 후미오"); each person once.
 */
export function cjkHolders(
  text: string,
  date: string | null,
): { participants: Participant[]; firstAt: number } {
  const language = cjkLanguage(text);
  const offices = officesIn(text);
  const mentions = namedNatively(text, offices, date);
  const when = date ? onDate(date) : withinTerms(text, offices, mentions);
  if (when) mentions.push(...namedByOffice(text, offices, when, language));
  mentions.sort((a, b) => a.at - b.at);
  const participants: Participant[] = [];
  for (const m of language === 'ja' ? withoutPossessives(text, mentions) : mentions)
    if (!participants.some((p) => p.name === m.name))
      participants.push({ name: m.name, honorific: null, title: null, country: m.country });
  // A foreign name in Hangul ("기시다 후미오"); Korea's own holders are found by their names above.
  if (language === 'ko' && countriesOf(participants) < 2)
    for (const p of scriptHolders(text, date))
      if (p.country !== 'KR' && !participants.some((q) => q.country === p.country)) participants.push(p);
  // Else a foreign surname alone before the office ("트럼프 대통령").
  if (language === 'ko' && when && countriesOf(participants) < 2)
    for (const m of hangulSurnames(text, offices, when, mentions))
      if (!participants.some((p) => p.country === m.country))
        participants.push({ name: m.name, honorific: null, title: null, country: m.country });
  return { participants, firstAt: mentions[0]?.at ?? 0 };
}

/**
 * A Japanese lead's holder named only as a possessive ("安倍総理の訪中に同行している河野外務大臣は"):
 * whose visit or invitation it was, not a side of the talk, when the others still name two
 * countries and one of them is this holder's.
 */
const POSSESSIVE_RE = /^(?:内閣総理大臣|総理大臣|総理|首相|大統領|国家主席|外務大臣|外相|国務長官)?の/;
function withoutPossessives(text: string, mentions: Mention[]): Mention[] {
  const possessive = (m: Mention) => POSSESSIVE_RE.test(text.slice(m.end, m.end + 8));
  if (!mentions.some(possessive)) return mentions;
  const kept = mentions.filter(
    (m) => !possessive(m) || mentions.some((o) => o.name === m.name && !possessive(o)),
  );
  const countries = new Set(kept.map((m) => m.country));
  const dropped = mentions.filter((m) => !kept.includes(m));
  return countries.size >= 2 && dropped.every((m) => countries.has(m.country)) ? kept : mentions;
}

/** How an office is resolved to its holder: on the event's date, or over the terms of those the text names. */
type When = {
  date: string | null;
  holder: (country: string, office: Office) => string | null;
  /** Everyone who may have held the office then: the one holder on the date, or each over the terms. */
  holders: (office: Office) => Holder[];
};

function onDate(date: string): When {
  return {
    date,
    holder: (country, office) => officeHolder(country, office, date),
    holders: (office) => OFFICE_HOLDERS.filter((h) => h.office === office && inOffice(h, date)),
  };
}

/**
 * A text with no date that names someone by name ("茂木敏充外相は、…英国外相と"): the talk took place
 * during one of the terms of the first person it names (in the office written after the name,
 * when one is), so another office is resolved when one person held it in all those terms (and
 * never otherwise).
 */
function withinTerms(text: string, offices: OfficeAt[], mentions: readonly Mention[]): When | null {
  const first = mentions.find((m) => m.holder);
  if (!first) return null;
  const office = offices.find(
    (o) => !o.office.leaders && o.at >= first.end && JOINED_TITLES_RE.test(text.slice(first.end, o.at)),
  );
  const terms = mentions
    .filter((m) => m.name === first.name && m.holder && (!office || m.holder.office === office.office.office))
    .map((m) => m.holder as Holder);
  const holders = (kind: Office) =>
    OFFICE_HOLDERS.filter(
      (h) =>
        h.office === kind &&
        terms.some((t) => h.from <= (t.to ?? '9999-12-31') && (h.to === null || h.to >= t.from)),
    );
  const holder = (country: string, kind: Office) => {
    const names = new Set(
      holders(kind)
        .filter((h) => h.country === country)
        .map((h) => h.name),
    );
    return names.size === 1 ? ([...names][0] as string) : null;
  };
  return terms.length > 0 ? { date: null, holder, holders } : null;
}

const countriesOf = (ps: readonly Participant[]) => new Set(ps.map((p) => p.country).filter(Boolean)).size;

/**
 * A lead naming one side by name and the other by an office the text does not tie to a country
 * ("岸田総理は、アルバニージー首相と…" under "日豪首脳電話会談"): the title's pair of countries
 * gives the other side, the holder of the leader's office there (of the foreign minister's, for
 * a foreign ministers' talk) on the date.
 */
function otherSideByTitle(participants: Participant[], title: string | null, date: string | null): void {
  if (!title || !date || countriesOf(participants) !== 1) return;
  const normal = cjkNormal(title);
  const pair = pairedCountries(normal);
  const own = participants[0]?.country;
  if (pair.length !== 2 || !own || !pair.includes(own)) return;
  const other = pair.find((c) => c !== own) as string;
  const name = officeHolder(other, pairOfMinisters(normal) ? 'foreign_minister' : leaderOffice(other), date);
  if (name) participants.push({ name, honorific: null, title: null, country: other });
}

/** A sentence's end in these languages: "。", a Korean sentence's "다." / "요.", "！", "？". */
const SENTENCE_END_RE = /(?<=[。！？])|(?<=[다요][.!?])\s+/;

/** A sentence's last letters: "。", "다.", a closing bracket or quote after them. */
const SENTENCE_CLOSE_RE = /(?:[。！？]|[다요][.!?])[」』”")]?\s*$/;

/** The sentences of a line, each with where it starts. */
function sentencesOf(line: string): { start: number; text: string }[] {
  const out: { start: number; text: string }[] = [];
  let from = 0;
  for (const text of line.split(SENTENCE_END_RE)) {
    const start = line.indexOf(text, from);
    from = start + text.length;
    if (text.trim()) out.push({ start, text });
  }
  return out;
}

/** The first sentence of a lead line. */
export function firstCjkSentence(line: string): string {
  return sentencesOf(line)[0]?.text.trim() ?? line;
}

/**
 * How far down the page the lead may stand: lines, and sentences of the page's own (a readout
 * opens with its talk; a sentence further down recalls another one).
 */
const MAX_LINES = 16;
const MAX_SENTENCES = 6;
/** The most lines looked at in all, prose or not. */
const MAX_SCANNED = 60;

/**
 * The lead of a page in these scripts: the first sentence near the top that names a talk and
 * office holders of two countries (on its own date, else the page's), with the holders.
 */
/** The longest a heading in these scripts runs: a longer "title" is a paragraph of the story. */
const TITLE_MAX = 120;

export function cjkLead(
  lines: readonly string[],
  title: string | null,
  pageDate: string | null,
): FallbackLead | null {
  let sentences = 0;
  let seen = 0;
  // Lines in other scripts or too short to be CJK prose (a weather box's "서울 3.2℃") are not counted.
  const last = Math.min(lines.length, MAX_SCANNED);
  for (let i = 0; i < last && seen < MAX_LINES && sentences < MAX_SENTENCES; i++) {
    const line = lines[i] as string;
    if (!isCjkText(line)) continue;
    seen++;
    // The title is no lead, unless it is the page's only paragraph taken for one (a heading runs short).
    if (line === title && line.length < TITLE_MAX) continue;
    for (const s of sentencesOf(line).slice(0, 3)) {
      const text = cjkNormal(s.text);
      // A sentence, not a heading ("日米首脳電話会談"): it ends as one, or runs long.
      if (!(SENTENCE_CLOSE_RE.test(text) || text.length >= 60)) continue;
      if (++sentences > MAX_SENTENCES) break;
      if (!namesCjkTalk(text)) continue;
      const date = cjkDate(text, pageDate, talkAt(text))?.date ?? pageDate;
      const { participants } = cjkHolders(text, date);
      otherSideByTitle(participants, title, date);
      if (countriesOf(participants) >= 2)
        return { index: i, line: line.slice(s.start), holders: participants };
    }
  }
  return null;
}

export type CjkLeadContext = {
  referenceDate: string | null;
  /** Whether the reference date may stand for a talk the lead gives no day; true when absent. */
  referenceStated?: boolean;
  monthHint?: string | null;
  title: string | null;
};

/**
 * The facts of a lead in these scripts: its date (the page's when it gives none), kind,
 * principals, start and length. Pure; what it cannot read is null with a warning.
 */
export function parseCjkLead(raw: string, ctx: CjkLeadContext): LeadFacts {
  const warnings: string[] = [];
  const text = cjkNormal(firstCjkSentence(raw));
  const date = leadDate(text, ctx, warnings);
  const { participants, firstAt } = cjkHolders(text, date ?? ctx.referenceDate);
  otherSideByTitle(participants, ctx.title, date ?? ctx.referenceDate);
  if (participants.length === 0) warnings.push('no principals found in the lead sentence');
  const kind = cjkKind(text, firstAt, ctx.title);
  const start = leadStart(text, kind, warnings);
  const length = leadLength(text, warnings);
  return {
    date,
    start,
    durationMinutes: length?.minutes ?? null,
    durationApproximate: length?.approximate ?? false,
    kind,
    participants,
    warnings,
  };
}

function leadDate(text: string, ctx: CjkLeadContext, warnings: string[]): string | null {
  const mention = cjkDate(text, ctx.referenceDate ?? ctx.monthHint ?? null, talkAt(text));
  // A month the page is filed under gives a month-day its year, never a day alone or "today" its month.
  const dated = mention && (ctx.referenceDate || mention.how === 'full' || mention.how === 'month-day');
  if (mention?.date && dated) return mention.date;
  if (mention) {
    warnings.push('the lead gives no year or month and no date line or feed date supplies one');
    return null;
  }
  if (ctx.referenceDate && ctx.referenceStated === false) {
    warnings.push(
      `the lead gives no date, and ${ctx.referenceDate} is a copy's date from outside its text: no event date`,
    );
    return null;
  }
  if (ctx.referenceDate)
    warnings.push(`the lead gives no date: the page's date ${ctx.referenceDate} is taken as the event date`);
  else warnings.push('no event date in the lead sentence');
  return ctx.referenceDate;
}

/** The time written as Japan's, China's or Korea's ("日本時間", "北京时间", "한국시간"), or a place's own ("現地時間"). */
const ZONE_NAMED: readonly [RegExp, string | null][] = [
  [/日本時間|日本时间/, 'Asia/Tokyo'],
  [/北京时间|北京時間/, 'Asia/Shanghai'],
  [/한국\s?시간/, 'Asia/Seoul'],
  [/現地時間|当地时间|현지\s?시간/, null],
];

/**
 * The start: the first clock time of the lead, in the zone the text names before it; a call's or
 * video call's, in the language's own country's time when none is named (its leader called
 * from home); a meeting's zone otherwise unknown.
 */
function leadStart(text: string, kind: ReadoutKind, warnings: string[]): StartTime | null {
  const start = startOf(text, kind);
  if (!start) warnings.push('no start time stated');
  else if (start.timeZone === null) warnings.push('the time zone of the start time is not stated');
  return start;
}

function startOf(text: string, kind: ReadoutKind): StartTime | null {
  const first = cjkTimes(text)[0];
  // "8시 20분" alone may be morning or evening: no start rather than a guess.
  if (!first || first.halfDay) return null;
  const before = text.slice(Math.max(0, first.index - 12), first.index);
  const named = ZONE_NAMED.find(([re]) => re.test(before));
  const zone = named
    ? named[1]
    : kind === 'telephone' || kind === 'video'
      ? LANGUAGE_ZONE[cjkLanguage(text)]
      : null;
  return { time: first.time, approximate: first.approximate, timeZone: zone };
}

/**
 * A start or a length the lead does not give, from a later sentence that names the talk
 * ("拜登于北京时间晚上8时33分与习近平通话", "会談は約1時間行われました"), in the lines after the lead.
 */
export function cjkCompleteFromBody(lines: readonly string[], facts: LeadFacts): string[] {
  const said: string[] = [];
  for (const line of lines.slice(0, 6))
    for (const s of sentencesOf(line)) {
      const text = cjkNormal(s.text);
      if (!namesCjkTalk(text)) continue;
      const start = facts.start ? null : startOf(text, facts.kind);
      if (start) {
        facts.start = start;
        said.push(`start time from after the lead: ${start.time}`);
      }
      const length = facts.durationMinutes === null ? cjkLengths(text)[0] : undefined;
      if (length) {
        facts.durationMinutes = length.minutes;
        facts.durationApproximate = length.approximate;
        said.push(`duration from after the lead: ${length.minutes} min`);
      }
    }
  return said;
}

/** From one time to another: "午後7時29分から7時59分まで", "오후 3시부터 3시 40분까지", "从…至…". */
const RANGE_BETWEEN_RE = /^\s*(?:から|より|부터|起|至|到|[~〜～-])\s*$/;

/** The length the lead states, or the span between its start and end times ("…から…まで"). */
function leadLength(text: string, warnings: string[]): { minutes: number; approximate: boolean } | null {
  const lengths = cjkLengths(text);
  if (lengths.length > 1) warnings.push(`${lengths.length} lengths in the lead: the first is taken`);
  const first = lengths[0];
  if (first) return { minutes: first.minutes, approximate: first.approximate };
  const [a, b] = cjkTimes(text);
  if (a && b && RANGE_BETWEEN_RE.test(text.slice(a.end, b.index))) {
    // An end without its part of the day is in the start's ("午後7時29分から7時59分まで").
    let end = b.minutes;
    if (end < a.minutes && end + 720 > a.minutes) end += 720;
    const minutes = end - a.minutes;
    if (minutes > 0 && minutes < 720) return { minutes, approximate: a.approximate || b.approximate };
  }
  warnings.push('no duration stated');
  return null;
}

/** Titles of pages that are not a talk's account: statements, speeches, press conferences, messages, schedules. */
const OTHER_TITLE_RE =
  /共同声明|联合声明|聯合聲明|共同宣言|联合宣言|共同記者|공동성명|공동선언|声明|성명|談話|谈话|讲话|講話|演説|演讲|スピーチ|記者会見|会見記録|记者会|答记者问|기자회견|연설|축사|祝辞|祝意|弔意|見舞い|メッセージ|贺电|賀電|贺信|唁电|弔電|致电|致信|予定|日程|動静|総理の一日|将(?!来|军|士)|예정|訪問へ/u;
/**
 * A talk still to come, in the lead: Japanese and Chinese words of plans, Korea's "예정" (but not
 * "예정된", which describes another event: "5월로 예정된 정상회담").
 */
const FUTURE_RE =
  /予定|見込み|見通し|調整中|ことにな(?:りました|った|っている)|将于|将同|将与|将在|将会|将出席|将举行|即将|拟于|预计|예정(?!된|됐던|이던|했던)/;
/** Korean words of what is to come after a verb's future form ("통화할 계획", "만날 가능성", "가질 것으로"). */
const KO_AHEAD_RE = /([\uac00-\ud7a3])\s*(?:계획|것|가능성|전망)/g;

/** Whether a sentence speaks of a talk to come. */
function aheadOf(sentence: string): boolean {
  if (FUTURE_RE.test(sentence)) return true;
  // The future form ends in "ㄹ": a syllable whose final consonant is the eighth.
  for (const m of sentence.matchAll(KO_AHEAD_RE))
    if ((((m[1] as string).codePointAt(0) ?? 0) - 0xac00) % 28 === 8) return true;
  return false;
}
/** A Japanese or Korean sentence in the past: what a talk's account says (Chinese writes no tense). */
const PAST_RE = {
  ja: /ました|った|した|でした|であった|たところ/,
  ko: /(?:았|었|였|했|졌|눴)(?:다|습니다|으며|고)|가졌|만났/,
  zh: /./,
} as const;

/**
 * What a page with a lead in these scripts is: a readout when the lead reports a talk that took
 * place between principals of two countries and the title names nothing else (a joint statement,
 * a speech, a press conference, a schedule); `other` otherwise.
 */
export function cjkDocType(
  title: string | null,
  lead: string,
  participants: readonly { country: string | null }[],
): DocType {
  if (title && OTHER_TITLE_RE.test(cjkNormal(title))) return 'other';
  const sentence = cjkNormal(firstCjkSentence(lead));
  if (aheadOf(sentence) || !PAST_RE[cjkLanguage(sentence)].test(sentence)) return 'other';
  return new Set(participants.map((p) => p.country).filter(Boolean)).size >= 2 ? 'readout' : 'other';
}
