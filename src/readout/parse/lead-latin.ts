import { findHolders, leaderOffice, nameWords } from '../office-holders.js';
import type { Participant } from '../types.js';
import { escapeRe, fold, latinFutureTalk, latinPastAt } from './latin.js';
import {
  ELECT_AFTER,
  EU_COMMISSION,
  EU_COUNCIL,
  LATIN_COUNTRIES,
  LATIN_OFFICES,
  type LatinOffice,
  NOT_THE_HOLDER,
} from './latin-words.js';
import { countryOfName } from './people.js';

/**
 * Leads in languages written in Latin letters other than English, French and German: "El
 * presidente del Gobierno, Pedro Sánchez, ha mantenido una conversación telefónica con el
 * presidente de Francia, Emmanuel Macron", "Cumhurbaşkanı Erdoğan, Rusya Devlet Başkanı Vladimir
 * Putin ile telefonda görüştü", "Thủ tướng Phạm Minh Chính điện đàm với Thủ tướng Nhật Bản". Only
 * the principals are read here: each by office (in English, for the office table), country and
 * name as the text writes them; the table names those given by office or surname on the date.
 */

/**
 * A country's word or run of words, folded: a stem that opens the text's word, or (`whole`) the
 * whole word; `n` its number of words.
 */
type CountryEntry = { text: string; code: string; whole: boolean; n: number };

/** The entries by the first two letters of their first word, longest runs and stems first; and the words as written. */
function countryIndex(): { byHead: Map<string, CountryEntry[]>; written: Map<string, string> } {
  const byHead = new Map<string, CountryEntry[]>();
  const written = new Map<string, string>();
  const add = (code: string, entry: string) => {
    if (entry.startsWith('!')) {
      written.set(entry.slice(1).replace(/_/g, ' '), code);
      return;
    }
    const whole = entry.startsWith('=');
    const text = (whole ? entry.slice(1) : entry).replace(/_/g, ' ');
    const list = byHead.get(text.slice(0, 2)) ?? [];
    list.push({ text, code, whole, n: text.split(' ').length });
    byHead.set(text.slice(0, 2), list);
  };
  for (const [code, list] of LATIN_COUNTRIES) for (const entry of list.split(' ')) add(code, entry);
  for (const entry of EU_COMMISSION.split(' ')) add('EU:commission', entry);
  for (const entry of EU_COUNCIL.split(' ')) add('EU:council', entry);
  // The longest run and stem first: "korea selatan" before "korea".
  for (const list of byHead.values()) list.sort((a, b) => b.n - a.n || b.text.length - a.text.length);
  return { byHead, written };
}
const COUNTRY_INDEX = countryIndex();

/** A word of a text, with where it stands, and its folded form once asked. */
type Word = { text: string; at: number; end: number; folded?: string };
const WORD_RE = /[\p{L}\p{M}][\p{L}\p{M}'’.-]*/gu;

/** A word folded, without the stop or apostrophe that ends it. */
function foldedOf(w: Word): string {
  w.folded ??= fold(w.text.replace(/[.’']$/, ''));
  return w.folded;
}

/**
 * The country the words from `i` on name, and how many words it takes ("Nhật Bản", "Estados
 * Unidos", "japonés", "Japonii"); null when they name none.
 */
export function latinCountryAt(words: readonly Word[], i: number): { code: string; used: number } | null {
  const w = words[i] as Word;
  const asWritten =
    COUNTRY_INDEX.written.get(w.text.replace(/[.’']$/, '')) ?? COUNTRY_INDEX.written.get(w.text);
  if (asWritten) return { code: asWritten, used: 1 };
  const pair = words[i + 1]
    ? COUNTRY_INDEX.written.get(`${w.text} ${(words[i + 1] as Word).text}`)
    : undefined;
  if (pair) return { code: pair, used: 2 };
  const first = foldedOf(w);
  for (const entry of COUNTRY_INDEX.byHead.get(first.slice(0, 2)) ?? []) {
    if (i + entry.n > words.length) continue;
    const run =
      entry.n === 1
        ? first
        : words
            .slice(i, i + entry.n)
            .map(foldedOf)
            .join(' ');
    if (entry.whole ? run === entry.text : run.startsWith(entry.text))
      return { code: entry.code, used: entry.n };
  }
  return null;
}

/** The country a phrase of these languages names ("de Francia", "Japonya", "japonês"), else null. */
export function latinCountryIn(phrase: string): string | null {
  const words = [...phrase.matchAll(WORD_RE)].map((m) => ({ text: m[0], at: m.index ?? 0, end: 0 }));
  for (let i = 0; i < words.length; i++) {
    const found = latinCountryAt(words, i);
    if (found) return found.code.startsWith('EU') ? 'EU' : found.code;
  }
  return null;
}

const OFFICE_RES: readonly { office: LatinOffice; re: RegExp }[] = LATIN_OFFICES.map((office) => ({
  office,
  re: new RegExp(`(?<![\\p{L}-])(?:${office.words})(?![\\p{L}-])`, 'giu'),
}));
const NOT_THE_HOLDER_RE = new RegExp(`(?<!\\p{L})(?:${NOT_THE_HOLDER.map(escapeRe).join('|')})\\s*$`, 'iu');
const ELECT_RE = new RegExp(`^\\s*(?:${ELECT_AFTER.join('|')})(?!\\p{L})`, 'iu');

/** Words between an office, its country and the name: articles, "of", a comma ("presidente de la República, …"). */
const LINK_WORDS = new Set(
  'de del della dello di da do dos das la el il lo le los las o a of van ng ni kay sa của al du des der den ve va và república repubblica república republik republica republiky republiek cumhuriyeti respublikasının respublikası federación federazione federação federasi reino regno kerajaan'.split(
    ' ',
  ),
);
/** A name's particles: "Luiz Inácio Lula da Silva", "Ursula von der Leyen", "Mohamed bin Zayed". */
const NAME_PARTICLES = new Set('da de do dos das del van von der den bin binti al el ibn le la'.split(' '));
/** Words that open a sentence or a clause in capitals, never a name. */
const NOT_NAME_WORDS = new Set(
  'el la los las il lo le gli o a os as en de del da do y e ve dan và'.split(' '),
);

/** A mention of a principal by office: where it stands, the office, the country, the name as written. */
type Mention = { at: number; title: string; country: string | null; name: string };

/** The words of a text, each with where it stands. */
function wordsOf(text: string): Word[] {
  return [...text.matchAll(WORD_RE)].map((m) => ({
    text: m[0],
    at: m.index ?? 0,
    end: (m.index ?? 0) + m[0].length,
  }));
}

/** Whether a word is written in capitals (a name's word), not a clause's. */
const capitalised = (w: string) => /^\p{Lu}/u.test(w) && !NOT_NAME_WORDS.has(w.toLowerCase());

/**
 * The name after an office and its country ("… de Francia, Emmanuel Macron", "… Kishida Fumio"):
 * capitalised words, a particle between them, at most five; "" when none follows at once.
 */
function nameAfter(text: string, words: readonly Word[], from: number): string {
  const name: string[] = [];
  for (let i = from; i < words.length && name.length < 6; i++) {
    const w = words[i] as Word;
    const gap = text.slice((words[i - 1] as Word | undefined)?.end ?? w.at, w.at);
    // A comma may stand between the office and the name, never inside the name.
    if (name.length > 0 ? !/^\s+$/.test(gap) : !/^\s*,?\s*$/.test(gap)) break;
    // A Turkish case ending after an apostrophe ends the name: "Putin'le", "Erdoğan'ın".
    const suffixed = /['’]\p{Ll}{1,4}$/u.test(w.text);
    const bare = w.text.replace(/['’]\p{Ll}{1,4}$/u, '').replace(/[’'.]$/, '');
    if (capitalised(bare) && !latinCountryAt(words, i)) {
      name.push(bare);
      if (suffixed) break;
    } else if (name.length > 0 && NAME_PARTICLES.has(bare) && particlesThenName(words, i)) name.push(bare);
    else if (name.length > 0 && /^(?:Jr|Sr|I{1,3}|IV|VI)\.?$/.test(w.text)) name.push(w.text);
    else break;
  }
  return name.join(' ');
}

/** Whether particles from the i-th word lead to a capitalised word: "von der Leyen", "da Silva". */
function particlesThenName(words: readonly Word[], i: number): boolean {
  for (let k = i; k < Math.min(words.length, i + 3); k++) {
    const text = (words[k] as Word).text;
    if (capitalised(text)) return true;
    if (!NAME_PARTICLES.has(text)) return false;
  }
  return false;
}

/** The English title of an office for its country: a "canciller" is Germany's chancellor, else a foreign minister. */
function titleFor(office: LatinOffice, country: string | null): string | null {
  if (office.title === 'canciller')
    return country === 'DE' || country === 'AT' ? 'Chancellor' : 'Foreign Minister';
  if (office.title === 'Secretary of State') return country === 'US' ? 'Secretary of State' : null;
  return office.title;
}

/** The office's country: a word just before it ("Rusya Devlet Başkanı", "amerykański prezydent"), else up to three words after it. */
function countryOfOffice(
  words: readonly Word[],
  first: number,
  last: number,
): { code: string; end: number } | null {
  for (const k of [first - 1, first - 2]) {
    if (k < 0) break;
    const found = latinCountryAt(words, k);
    if (found && k + found.used === first) return { code: found.code, end: last };
    if (!LINK_WORDS.has((words[k] as Word).text.toLowerCase())) break;
  }
  for (let k = last; k < Math.min(words.length, last + 4); k++) {
    const found = latinCountryAt(words, k);
    if (found) return { code: found.code, end: k + found.used };
    if (!LINK_WORDS.has((words[k] as Word).text.toLowerCase())) break;
  }
  return null;
}

/** The principals a sentence names by office, in its order. */
function officeMentions(text: string, home: string | null): Mention[] {
  const words = wordsOf(text);
  const taken: [number, number][] = [];
  const found: Mention[] = [];
  for (const { office, re } of OFFICE_RES)
    for (const m of text.matchAll(re)) {
      const at = m.index ?? 0;
      const end = at + m[0].length;
      if (taken.some(([a, b]) => at < b && a < end)) continue;
      if (NOT_THE_HOLDER_RE.test(text.slice(Math.max(0, at - 14), at))) continue;
      taken.push([at, end]);
      const first = words.findIndex((w) => w.at >= at);
      const last = words.findIndex((w) => w.at >= end);
      const place = countryOfOffice(words, first, last < 0 ? words.length : last);
      if (office.needsCountry && !place) continue;
      const institution = place?.code.startsWith('EU:') ? place.code.slice(3) : null;
      const country = place ? (institution ? 'EU' : place.code) : null;
      let title = titleFor(office, country);
      if (!title) continue;
      if (institution && title === 'President')
        title = `President of the European ${institution === 'commission' ? 'Commission' : 'Council'}`;
      const after = place ? place.end : last < 0 ? words.length : last;
      if (ELECT_RE.test(text.slice(end, end + 20))) title = `${title}-elect`;
      const name = nameAfter(text, words, after);
      // A full name the table knows tells the country before the office's own ("Thủ tướng Fumio Kishida").
      const known = !country && name.includes(' ') ? countryOfName(name) : null;
      // A surname alone is left to the table on the date ("Presiden Lee" is Korea's, not Indonesia's).
      const own = name && !name.includes(' ') ? null : (office.home ?? null);
      found.push({ at, title, country: country ?? known ?? own, name });
    }
  found.sort((a, b) => a.at - b.at);
  // The subject by office alone, of no country named: the publisher's.
  const subject = found[0];
  if (subject && !subject.country && !subject.name) subject.country = home;
  return found;
}

/** Capitalised runs of two to five words the office table knows as one holder's full name ("Pedro Sánchez"). */
function namedHolders(text: string): Mention[] {
  const found: Mention[] = [];
  const words = wordsOf(text);
  for (let i = 0; i < words.length; i++) {
    if (!capitalised((words[i] as Word).text)) continue;
    for (let n = Math.min(5, words.length - i); n >= 2; n--) {
      const run = words.slice(i, i + n);
      if (run.some((w, k) => k > 0 && !/^\s+$/.test(text.slice((run[k - 1] as Word).end, w.at)))) continue;
      const name = run.map((w) => w.text.replace(/[’'.,]$/, '')).join(' ');
      const country = countryOfName(name);
      if (!country) continue;
      found.push({ at: (words[i] as Word).at, title: '', country, name });
      i += n - 1;
      break;
    }
  }
  return found;
}

/**
 * The principals of a lead sentence in one of these languages, subject first: each named by
 * office (with its country and the name after it), and each the table knows by full name alone.
 * One mention of a person counts once: a name read by office and by itself is one principal.
 */
export function latinPrincipals(sentence: string, home: string | null): Participant[] {
  // A party's or a country's abbreviation in parentheses stands between an office and a name: "(PT)", "(RI)".
  // A Swedish genitive after an abbreviation ("USA:s president") is the country's word alone.
  const text = sentence
    .replace(/\s*\((?:\p{Lu}{1,6}|\d{1,2})\)/gu, (m) => ' '.repeat(m.length))
    .replace(/(?<=\p{Lu}{2,}):s(?!\p{L})/gu, '  ');
  const byOffice = [...officeMentions(text, home), ...pluralMentions(text)];
  const byName = namedHolders(text).filter(
    (n) => !byOffice.some((o) => o.name && (o.name.includes(n.name) || n.name.includes(o.name))),
  );
  const all = [...byOffice, ...byName].sort((a, b) => a.at - b.at);
  const people: Participant[] = [];
  for (const m of all) {
    const country = m.country ?? (m.name.includes(' ') ? countryOfName(m.name) : null);
    const p: Participant = { name: tableForm(m.name), honorific: null, title: m.title || null, country };
    if (people.some((q) => samePerson(q, p))) continue;
    people.push(p);
  }
  return people;
}

/**
 * A full name in the form the table gives when the text writes another of the holder's forms
 * in other words ("İbrahim Reisi", the Turkish form, is "Ebrahim Raisi"); one the table has in
 * these words, in any order or case, stays as written ("Kishida Fumio").
 */
function tableForm(name: string): string {
  if (!name.includes(' ')) return name;
  const holders = (n: string) =>
    new Set(findHolders({ name: { text: n, match: 'full' } }).map((h) => h.name));
  let names = holders(name);
  let written = name;
  // A name with an Azerbaijani case ending and no apostrophe ("Vladimir Putinlə", "… Ərdoğanın"):
  // the form without it, when the table knows that form only.
  if (names.size === 0 && CASE_ENDING_RE.test(name)) {
    for (const ending of CASE_ENDINGS) {
      if (!name.endsWith(ending)) continue;
      const bare = name.slice(0, -ending.length);
      const found = holders(bare);
      if (found.size !== 1) continue;
      names = found;
      written = bare;
      break;
    }
  }
  const [holder] = names;
  if (names.size !== 1 || !holder) return name;
  const words = (n: string) => nameWords(n).sort().join(' ');
  return words(holder) === words(written) ? written : holder;
}

/** Azerbaijani case endings a name's last word may carry, joined to it: "-nın", "-la", "-ya", "-ə". */
const CASE_ENDINGS = 'nın nin nun nün yla ylə la lə na nə ya yə ın in un ün nı ni a ə ı i'.split(' ');
const CASE_ENDING_RE = new RegExp(`\\p{L}{3}(?:${CASE_ENDINGS.join('|')})$`, 'u');

/**
 * A person named again: the same office of the same country with no other name ("… el presidente
 * francés …, el mandatario"), or a name whose words are all an earlier one's ("Presiden Lee" after
 * "Presiden Lee Jae Myung").
 */
function samePerson(q: Participant, p: Participant): boolean {
  if (q.country === p.country && q.title === p.title && (!p.name || q.name === p.name)) return true;
  if (!p.name || !q.name) return false;
  const earlier = new Set(fold(q.name).split(/\s+/));
  return (
    (!p.country || !q.country || p.country === q.country) &&
    fold(p.name)
      .split(/\s+/)
      .every((w) => earlier.has(w))
  );
}

/** Offices in the plural, for two or more countries: "los presidentes de Colombia, X, y de Estados Unidos, Y". */
const PLURAL_OFFICES: readonly [RegExp, string][] = [
  [
    /(?<!\p{L})(?:presidentes|presidenti|presidenten|prezydenci|președinții|prezidenti|presidenterna|cumhurbaşkanları|jefes de Estado|capi di Stato|chefes de Estado)(?!\p{L})/giu,
    'President',
  ],
  [
    /(?<!\p{L})(?:primeros ministros|primi ministri|primeiros-ministros|premierzy|premierii|premiers)(?!\p{L})/giu,
    'Prime Minister',
  ],
  [
    /(?<!\p{L})(?:cancilleres|chanceleres|ministros de (?:Asuntos|Relaciones) Exteriores|ministri degli (?:Affari )?Esteri|ministros d[ao]s (?:Relações Exteriores|Negócios Estrangeiros)|ministrowie spraw zagranicznych|dışişleri bakanları|miniștrii de externe)(?!\p{L})/giu,
    'Foreign Minister',
  ],
  [/(?<!\p{L})(?:líderes|liderzy|liderii|liderleri|mandatarios|dirigentes)(?!\p{L})/giu, 'leader'],
];
/** How many words after a plural office its countries may stand. */
const PLURAL_REACH = 24;

/** The principals an office in the plural names, one per country after it, each with the name that follows. */
function pluralMentions(text: string): Mention[] {
  const words = wordsOf(text);
  const found: Mention[] = [];
  for (const [re, title] of PLURAL_OFFICES)
    for (const m of text.matchAll(re)) {
      const from = words.findIndex((w) => w.at >= (m.index ?? 0) + m[0].length);
      if (from < 0) continue;
      // "Türkiyə Prezidenti": an Azerbaijani office after its country is one holder, not a plural.
      if (ownedOffice(words, from - 1)) continue;
      for (let k = from; k < Math.min(words.length, from + PLURAL_REACH); k++) {
        const place = latinCountryAt(words, k);
        if (!place || place.code.startsWith('EU:')) continue;
        const word = words[k] as Word;
        const name = nameAfter(text, words, k + place.used);
        found.push({
          at: word.at,
          title: title === 'leader' ? leaderTitle(place.code) : title,
          country: place.code,
          name,
        });
        k += place.used - 1;
      }
    }
  return found;
}

/** Whether the office at the i-th word follows its country, maybe with "Respublikasının" between ("Türkiyə Prezidenti"). */
function ownedOffice(words: readonly Word[], i: number): boolean {
  for (let k = i - 1; k >= Math.max(0, i - 2); k--) {
    const owner = latinCountryAt(words, k);
    if (owner && k + owner.used === i) return true;
    if (owner && k + owner.used === i - 1 && OWNER_LINK.has(fold((words[i - 1] as Word).text))) return true;
  }
  return false;
}
/** "Republic's" between a country and its office, in Azerbaijani. */
const OWNER_LINK = new Set(['respublikasinin', 'respublikasi']);

/** A country's leader by office, for the table to name: its president, chancellor or prime minister. */
function leaderTitle(country: string): string {
  if (leaderOffice(country) === 'head_of_state') return 'President';
  return country === 'DE' || country === 'AT' ? 'Chancellor' : 'Prime Minister';
}

/**
 * A line of these languages that reports a talk in the past and names two principals, by office
 * with their country or name, or by name alone; never one that looks ahead to the talk first.
 */
export function isLatinLead(line: string): boolean {
  const past = latinPastAt(line);
  if (past < 0) return false;
  if (latinFutureTalk(line)) return false;
  const known = leadsSeen.get(line);
  if (known !== undefined) return known;
  if (leadsSeen.size >= 2000) leadsSeen.clear();
  // Two principals, each named or of a country ("la presidente della Commissione … la premier" names neither).
  const lead = latinPrincipals(line.slice(0, 600), null).filter((p) => p.name || p.country).length >= 2;
  leadsSeen.set(line, lead);
  return lead;
}

/** Lines last asked about: the header, the lead, its kind and the page's kind each ask. Cleared when full. */
const leadsSeen = new Map<string, boolean>();

/**
 * A lead whose principals all come out of one country, an office word giving each the
 * publisher's ("Thủ tướng Lý Cường chủ trì Lễ đón Thủ tướng Phạm Minh Chính"), where the next
 * lines name one of them with a country of their own ("Thủ tướng Trung Quốc Lý Cường"): that
 * country is theirs. Nothing changes when the lead names two countries, or the lines none other.
 */
export function latinCountriesBelow(people: Participant[], lead: string, lines: readonly string[]): void {
  const countries = new Set(people.map((p) => p.country));
  if (people.length < 2 || countries.size !== 1 || !isLatinLead(lead)) return;
  for (const line of lines) {
    if (!people.some((p) => p.name && line.includes(p.name))) continue;
    for (const q of latinPrincipals(line.slice(0, 600), null)) {
      const p = people.find((x) => x.name && x.name === q.name);
      if (!p || !q.country || countries.has(q.country)) continue;
      p.country = q.country;
      return;
    }
  }
}
