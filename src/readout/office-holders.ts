/**
 * Who held which office when, loaded from `office-holders-data.ts` (the facts, with the
 * sources of each country). Used when a readout names a principal by office ("The Prime
 * Minister spoke to…" on GOV.UK) or by surname ("President Biden"), and to know a person
 * whatever form a page writes ("KISHIDA Fumio", "Joseph R. Biden, Jr.").
 */
import { countryFromDemonym, countryFromName } from './countries.js';
import { OFFICE_DATA, type Office } from './office-holders-data.js';

export type { Office } from './office-holders-data.js';

export type Holder = {
  country: string;
  office: Office;
  /** The usual English form ("Fumio Kishida", "Xi Jinping"). */
  name: string;
  from: string;
  to: string | null;
  /** Other forms readouts use ("Joseph R. Biden, Jr."); order and case need none. */
  aka: readonly string[];
  /** The family name as written in `name` ("Xi", "von der Leyen", "Marcos"). */
  family: string;
};

/** Family name first in the usual English form: the family name is the first word. */
const FAMILY_FIRST = new Set(['CN', 'KR', 'VN', 'KP', 'TW', 'KH']);

function familyOf(country: string, name: string): string {
  const parts = name.split(/\s+/).filter((w) => !/^(?:Jr|Sr|I{1,3}|IV|VI)\.?,?$/.test(w));
  return (FAMILY_FIRST.has(country) ? parts[0] : parts.at(-1)) ?? name;
}

export const OFFICE_HOLDERS: readonly Holder[] = OFFICE_DATA.flatMap(({ country, offices }) =>
  (Object.entries(offices) as [Office, NonNullable<(typeof offices)[Office]>][]).flatMap(([office, rows]) =>
    rows.map(([name, from, to, extra]) => ({
      country,
      office,
      name,
      from,
      to,
      aka: extra?.aka ?? [],
      family: extra?.family ?? familyOf(country, name),
    })),
  ),
);

/** Where each country's facts come from: country code → the source note. */
export const OFFICE_SOURCES: Readonly<Record<string, string>> = Object.fromEntries(
  OFFICE_DATA.map((c) => [c.country, c.sources]),
);

/** Republics: "President" names their head of state. */
const REPUBLICS = new Set(
  [
    'US KR RU FR PH UA CN ID BR AR MX ZA TR VN DE IT IN IL PL PK SG KP TW AT GR IE KZ AE MN EG IQ LK NP',
    // Added with the countries of the fourth session (Switzerland's is the President of the Confederation).
    'IR AZ AM GE UZ BD LA MM TL FJ FI IS CH PT CZ SK HU RO BG HR RS SI EE LV LT CY MT MD BY',
    'NG KE ET GH SN DZ TN CL CO PE VE CU UY PY EC BO',
  ]
    .join(' ')
    .split(' '),
);
/**
 * Where the President, not a prime minister, leads the government or the foreign talks. Of the
 * semi-presidential countries, France, Korea, Finland and Lithuania are here: their constitutions
 * give the President the lead in foreign policy (each country's sources say where). Poland,
 * Portugal and Romania are not: their governments conduct foreign policy and the table cannot say
 * that their Presidents lead the talks, so "the leader of Poland" stays the Prime Minister.
 */
const PRESIDENT_LEADS = new Set(
  'US KR RU FR PH UA CN ID BR AR MX ZA TR KZ AE MN EG LK IR AZ UZ BY CY MM CH NG KE GH SN DZ TN CL CO PE VE CU UY PY EC BO FI LT'.split(
    ' ',
  ),
);
/** Monarchies where the monarch, not the prime minister, leads in talks (the Emir of Qatar, the King of Jordan). */
const MONARCH_LEADS = new Set('QA KW JO BH MA'.split(' '));

/** The office that leads a country's government in talks: a president's or a prime minister's. */
export function leaderOffice(country: string): Office {
  return PRESIDENT_LEADS.has(country) || MONARCH_LEADS.has(country) ? 'head_of_state' : 'head_of_government';
}

/** Whether "President" names the country's head of state (false for a monarchy). */
export function isRepublic(country: string): boolean {
  return REPUBLICS.has(country);
}

/**
 * "the leader of Japan", "the Japanese leader": the office that leads the country's talks. Only
 * a bare "leader" with the country's name or adjective; "Supreme Leader", "opposition leader"
 * and "party leader" are none of the offices kept.
 */
function leaderOf(title: string, country: string | null): Office | null {
  const m = /^(?:the\s+)?(?:([a-z.]+(?:\s[a-z.]+)?)\s+)?leader(?:\s+of\s+(.+))?$/.exec(title);
  if (!m || !country || Boolean(m[1]) === Boolean(m[2])) return null;
  const named = m[1] ? countryFromDemonym(m[1]) : countryFromName(m[2] as string);
  return named === country ? leaderOffice(country) : null;
}

const FOREIGN_MINISTER_RE =
  /\b(foreign minister|fm|foreign secretary|secretary of state(?! for (?!foreign))|minister (?:for|of) (?:europe and )?foreign affairs|foreign affairs minister|secretary (?:for|of) foreign affairs|external affairs minister|minister of external affairs|high representative)\b/;
/** Deputies and juniors hold none of the offices kept. */
const NOT_THE_OFFICE_RE =
  /\b(deputy|vice|former|acting|state minister|minister of state|parliamentary|under[- ]secretary|assistant|special|senior|chief|-elect|elect)\b|\bvice-/;

/**
 * Titles one country's readouts give an office the table keeps: Bangladesh's interim Chief
 * Adviser and his adviser for foreign affairs, Pakistan's Adviser on Foreign Affairs (2013–2017),
 * Myanmar's State Counsellor (2016–2021).
 */
const COUNTRY_TITLES: Readonly<Record<string, readonly (readonly [RegExp, Office])[]>> = {
  BD: [
    [/\bchief adviser\b/, 'head_of_government'],
    [/\b(?:foreign (?:affairs )?adviser|adviser (?:for|on) foreign affairs)\b/, 'foreign_minister'],
  ],
  PK: [[/\badviser (?:to the prime minister )?on foreign affairs\b/, 'foreign_minister']],
  MM: [[/\bstate counsell?or\b/, 'head_of_government']],
};

function countryTitle(t: string, country: string | null): Office | null {
  for (const [re, office] of (country && COUNTRY_TITLES[country]) || [])
    if (re.test(t) && !NOT_THE_OFFICE_RE.test(t.replace(re, ''))) return office;
  return null;
}

/** A reigning monarch's title; an heir's ("Crown Prince", "Hereditary Grand Duke") is none. */
const MONARCH_RE = /\b(king|queen|emperor|sultan|emir|amir|grand duke|yang di-pertuan agong)\b/;
const HEIR_RE = /\b(prince|princess|hereditary)\b/;

/** Countries whose monarch the table keeps apart from the head of state (the Commonwealth realms). */
const MONARCH_APART = new Set(OFFICE_DATA.filter((c) => c.offices.monarch).map((c) => c.country));

/** The office a title names for a country; null when the title names none we keep. */
export function officeOf(title: string, country: string | null): Office | null {
  const t = title.toLowerCase();
  if (/\bsupreme leader\b/.test(t) && (country ?? 'IR') === 'IR' && !NOT_THE_OFFICE_RE.test(t))
    return 'supreme_leader';
  if (/president of the european council|european council president/.test(t)) return 'council_president';
  if (/president of the european commission|commission president/.test(t)) return 'commission_president';
  // "Vice President Biden": the one vice-presidency the table keeps is the United States'.
  if (/^(?:the\s+)?(?:u\.s\.\s+|us\s+|american\s+)?vice[- ]president$/.test(t) && (country ?? 'US') === 'US')
    return 'vice_president';
  const own = countryTitle(t, country);
  if (own) return own;
  if (NOT_THE_OFFICE_RE.test(t)) return null;
  if (FOREIGN_MINISTER_RE.test(t)) return 'foreign_minister';
  if (/^(?:the\s+)?(?:u\.s\.\s+)?secretary\b/.test(t) && country === 'US') return 'foreign_minister';
  if (/\bleader\b/.test(t)) return leaderOf(t, country);
  if (/\b(prime minister|premier|chancellor|taoiseach|pm)\b/.test(t)) return 'head_of_government';
  if (/\bpresident\b/.test(t) && (country === null || REPUBLICS.has(country))) return 'head_of_state';
  if (MONARCH_RE.test(t) && !HEIR_RE.test(t))
    return country && MONARCH_APART.has(country) ? 'monarch' : 'head_of_state';
  return null;
}

export type HolderQuery = {
  /** Holders in office on this day (YYYY-MM-DD); any time when absent. */
  date?: string | null;
  country?: string | null;
  office?: Office | null;
  /**
   * A name to match: `surname` the text gives alone ("Biden", "von der Leyen", "GEMBA"), a
   * `full` name in any order and case ("Kishida Fumio", "KISHIDA Fumio") or one of the
   * holder's other forms, or a longer name that `contains` the holder's family name
   * ("Joseph R. Biden, Jr.").
   */
  name?: { text: string; match: 'surname' | 'full' | 'contains' } | null;
};

/** Lower-cased words without accents or punctuation: "Çavuşoğlu" and "Cavusoglu" are one. */
export function nameWords(name: string): string[] {
  return (
    name
      .normalize('NFKD')
      .replace(/[\u0300-\u036f]/g, '')
      .replace(/ı/g, 'i')
      // Letters no decomposition takes apart: Vietnamese "Đ", Polish "Ł".
      .replace(/[đĐ]/g, 'd')
      .replace(/[łŁ]/g, 'l')
      .toLowerCase()
      .replace(/[’‘]/g, "'")
      .replace(/[.,]/g, ' ')
      .split(/[\s-]+/)
      .filter(Boolean)
  );
}

const wordCache = new Map<string, string[]>();
function cachedWords(name: string): string[] {
  let w = wordCache.get(name);
  if (!w) {
    w = nameWords(name);
    if (wordCache.size < 20_000) wordCache.set(name, w);
  }
  return w;
}

/** True when `needle` is a run of consecutive words of `hay`. */
function hasRun(hay: readonly string[], needle: readonly string[]): boolean {
  if (needle.length === 0) return false;
  for (let i = 0; i + needle.length <= hay.length; i++)
    if (needle.every((w, k) => hay[i + k] === w)) return true;
  return false;
}

const sortedKey = (words: readonly string[]) => [...words].sort().join(' ');

/** The sorted words of a form of the table (bounded: the table's own names), computed once. */
const formKeys = new Map<string, string>();
function formKey(form: string): string {
  let key = formKeys.get(form);
  if (key === undefined) {
    key = sortedKey(cachedWords(form));
    formKeys.set(form, key);
  }
  return key;
}

/** Holders by the sorted words of each of their names' forms, built on first use. */
let byFullName: Map<string, Holder[]> | null = null;
function fullNameIndex(): Map<string, Holder[]> {
  if (byFullName) return byFullName;
  byFullName = new Map();
  for (const h of OFFICE_HOLDERS)
    for (const key of new Set([h.name, ...h.aka].map(formKey))) {
      const list = byFullName.get(key) ?? [];
      list.push(h);
      byFullName.set(key, list);
    }
  return byFullName;
}

/** Holders by country, and by each word of their names' forms and family names, built on first use. */
let byCountry: Map<string, Holder[]> | null = null;
let byWord: Map<string, Holder[]> | null = null;
let byFamilyWord: Map<string, Holder[]> | null = null;
function pushTo(map: Map<string, Holder[]>, key: string, h: Holder): void {
  const list = map.get(key);
  if (!list) map.set(key, [h]);
  else if (list.at(-1) !== h) list.push(h);
}
function buildIndexes(): void {
  byCountry = new Map();
  byWord = new Map();
  byFamilyWord = new Map();
  for (const h of OFFICE_HOLDERS) {
    pushTo(byCountry, h.country, h);
    const family = cachedWords(h.family);
    for (const w of new Set([h.name, ...h.aka].flatMap(cachedWords).concat(family))) pushTo(byWord, w, h);
    if (family[0]) pushTo(byFamilyWord, family[0], h);
  }
}

/**
 * The rows a query need look at, in the table's order: a full name's by its words; a surname's,
 * those with its first word in a form or the family name; a longer name's, those whose family
 * name starts with one of its words; else a country's rows, or the whole table.
 */
function candidates(
  match: 'surname' | 'full' | 'contains' | null,
  q: string[],
  qKey: string,
  country: string | null,
) {
  if (match === 'full') return fullNameIndex().get(qKey) ?? [];
  if (!byCountry || !byWord || !byFamilyWord) buildIndexes();
  if (match === 'surname') return (byWord as Map<string, Holder[]>).get(q[0] ?? '') ?? [];
  if (match === 'contains') {
    const lists = [...new Set(q)].map((w) => (byFamilyWord as Map<string, Holder[]>).get(w) ?? []);
    return lists.length === 1 ? (lists[0] as Holder[]) : inTableOrder(lists.flat());
  }
  return country ? ((byCountry as Map<string, Holder[]>).get(country) ?? []) : OFFICE_HOLDERS;
}

const position = new Map(OFFICE_HOLDERS.map((h, i) => [h, i]));
function inTableOrder(rows: Holder[]): Holder[] {
  return [...new Set(rows)].sort((a, b) => (position.get(a) ?? 0) - (position.get(b) ?? 0));
}

function nameMatches(
  holder: Holder,
  query: NonNullable<HolderQuery['name']>,
  q: string[],
  qKey: string,
): boolean {
  if (q.length === 0) return false;
  const forms = [holder.name, ...holder.aka];
  if (query.match === 'full') return forms.some((f) => formKey(f) === qKey);
  const family = cachedWords(holder.family);
  if (query.match === 'contains') return hasRun(q, family);
  // A surname alone: the family name, a run of words of a form ending it ("Van Rompuy"), or a
  // one-word form readouts use ("Lula", "Jokowi").
  if (qKey === formKey(holder.family)) return true;
  return forms.some((f) => {
    const w = cachedWords(f);
    if (w.length === 1) return w[0] === q.join(' ');
    return hasRun(w, q) && (q.length > 1 || w.includes(q[0] as string));
  });
}

/**
 * The office holders a text can mean, narrowed by what it says. On a handover day two holders
 * of one office match; the one who took office that day holds it.
 */
export function findHolders(query: HolderQuery): Holder[] {
  const { date, country, office, name } = query;
  const newest = new Map<string, Holder>();
  const q = name ? cachedWords(name.text) : [];
  const qKey = sortedKey(q);
  // A full name is looked up by its words; anything else scans the table.
  const rows = candidates(name?.match ?? null, q, qKey, country ?? null);
  for (const h of rows) {
    if (date && (h.from > date || (h.to !== null && date > h.to))) continue;
    if (country && h.country !== country) continue;
    // A realm's monarch is GB's head of state: without the realm, the name is GB's row alone.
    if (!country && h.office === 'monarch') continue;
    if (office && h.office !== office) continue;
    if (name && !nameMatches(h, name, q, qKey)) continue;
    const key = `${h.country}|${h.office}|${date ? '' : h.name}`;
    const current = newest.get(key);
    if (!current || h.from > current.from) newest.set(key, h);
  }
  return [...newest.values()];
}

/**
 * The holder of an office on a date, optionally matching a surname the text gives
 * ("President Biden"). Null when the table does not know, or the surname does not match.
 */
export function officeHolder(country: string, office: Office, date: string, surname?: string): string | null {
  const [holder] = findHolders({
    date,
    country,
    office,
    name: surname ? { text: surname, match: 'surname' } : null,
  });
  return holder?.name ?? null;
}
