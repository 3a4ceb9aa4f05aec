import { countryFromDemonym, countryFromName } from '../countries.js';
import {
  findHolders,
  type Holder,
  isRepublic,
  leaderOffice,
  nameWords,
  OFFICE_HOLDERS,
  type Office,
  officeOf,
} from '../office-holders.js';
import type { Participant } from '../types.js';

const HONORIFIC_RE =
  /^(?:(?:the|The)\s+)?(?:H\.\s?E\.|His Excellency|Her Excellency|Senator the Hon(?:ou?rable)?\.?|Rt\.? Hon\.?|Right Honou?rable|Hon(?:ou?rable)?\.?|Mr\.?|Ms\.?|Mrs\.?|Dr\.?|Madam|Prof\.?|Sir|Dame|Shri|Shrimati|Smt\.?|Hon['’]ble|(?:His|Her) (?:Royal )?(?:Majesty|Highness)|HRH|HM|Prince|Princess|Sheikh|Sheikha|Dato['’]?(?: Seri| Sri)?(?: Paduka)?|Datuk(?: Seri)?|Datin(?: Seri)?(?: Paduka)?|Tan Sri|Puan Sri|Toh Puan|Tun|Yang (?:Amat )?Berhormat|YA?B|Samdech(?: Techo)?)(?=\s|$)/;

/** Words that make a comma-separated segment a title ("Prime Minister of Japan"). */
const TITLE_WORD_RE =
  /\b(Minister|Minsiter|Minster|FM|President|Chancellor|Secretary|Premier|Councilor|Councillor|Ambassador|King|Queen|Emir|Prince|Princess|Governor|Senator|Director|Commissioner|Chairman|Chairperson|Chair|Leader|Speaker|Mayor|Sultan|Representative|Envoy|Adviser|Advisor|Chief|Head|Taoiseach|T[áa]naiste|Emperor|Monarch|Sovereign|Vice|Deputy|Member|Counsellor|Counselor|General|Spokesperson|Spokesman)\b/;

/**
 * The rest of a ministry's name after its first portfolio: "(Minister of Foreign Affairs) and
 * Cooperation", "(… Foreign Affairs) and Trade", ", European Union and Cooperation". Its words
 * are the office's, never the start of a name ("Trade Simon …", "Cooperation Miguel …").
 */
export const PORTFOLIO =
  '(?:Trade|Cooperation|International Cooperation|Development|International Development|Commonwealth|Communications|Worship|Regional Integration|Integration|Francophonie|European Union|European Affairs|Europe|Emigrants|Expatriates|Tourism|Investment|Foreign Trade|Immigration|Diaspora|Religious Affairs)';
const PORTFOLIO_TAIL = `(?:(?:,\\s+(?:the\\s+)?|,?\\s+and\\s+(?:the\\s+)?)${PORTFOLIO}(?=[\\s,]))*`;

const PORTFOLIO_WORD_RE = new RegExp(`^${PORTFOLIO}$`);
/** A title's further portfolios after a comma, ending with its country: "the European Union and Cooperation of Spain". */
const TITLE_GOES_ON_RE = new RegExp(`^(?:the\\s+)?${PORTFOLIO}(?:,?\\s+and\\s+${PORTFOLIO})*\\s+of\\s+`);

/** A title written before the name ("Prime Minister Shinzo Abe", "former Foreign Minister HAYASHI"). */
const PREFIX_TITLE_SOURCE = String.raw`((?:(?:former|Former|then|Acting|acting|Interim|interim|Japanese|U\.S\.|US|UK|EU|PRC|ROK|United States|Federal|his|her|their|Chinese|Korean|British|Australian|Indian|German|French|Vietnamese|Philippine|Uzbek|Kazakh|Tajik|Kyrgyz|Turkmen|Greek|Slovak|Filipino|Lao|Swiss|[A-Z][a-z]+(?:an|ese|ish|ian|i|ch))\s+)*(?:Prime Minister|Deputy Prime Minister|Foreign Minister|Minister for Foreign Affairs|Minister|Vice President|President-elect|President|Chancellor|Secretary of State|Secretary|State Councilor|Premier|Ambassador|General Secretary|Chairman|King|Queen|Emir|Crown Prince|Governor|Senator|Chief Cabinet Secretary|Vice Minister|State Minister|Parliamentary Vice-Minister|External Affairs Minister|Minister of Foreign Affairs|Foreign Secretary|Deputy Secretary|Vice Premier|High Representative(?: for Foreign Affairs and Security Policy)?|Federal Chancellor|Federal President|PM|FM|Crown Prince and Prime Minister|Crown Prince|Taoiseach|T[áa]naiste|Head of State|counterpart)(?:-designate)?${PORTFOLIO_TAIL})`;
const PREFIX_TITLE_RE = new RegExp(`^${PREFIX_TITLE_SOURCE}\\s+(?=[A-Z]|(?:von|van|de|der|da|al)\\s)`);
/** "Prime Minister of Japan Kishida Fumio": the title names the country before the name. */
const PREFIX_TITLE_OF_RE = new RegExp(`^${PREFIX_TITLE_SOURCE}\\s+of\\s+(?:the\\s+)?(.+)$`);

/**
 * Any longer office before a full name ("Deputy Secretary of State Wendy R. Sherman",
 * "Republic of Korea First Vice Foreign Minister Choi Jong Kun"): words up to an office head
 * word and its "of/for" complement, then a name of two or more capitalised words to the end.
 */
const GENERIC_TITLE_RE = new RegExp(
  String.raw`^((?:[A-Z][\p{L}.'-]*\s+|of\s+|for\s+|the\s+){0,6}?(?:Minister|Secretary|President|Chancellor|Premier|Ambassador|Councilor|Commissioner|Envoy|Representative|Adviser|Advisor)(?:\s+(?:of|for)\s+(?:State|Foreign Affairs|Defen[cs]e|External Affairs|Internal Affairs|Trade|the Treasury|National Security))?${PORTFOLIO_TAIL})\s+(?=[A-Z][\p{L}.'-]+(?:\s+(?:[A-Z][\p{L}.,'-]+|von der|von|van|der|de|da|bin))*\s+[A-Z][\p{L}.,'-]+\s*(?:$|\s(?=(?:to|at|in|for|on|during|over|via)\s)))`,
  'u',
);

const NAME_TOKEN_RE =
  /^(?:[A-Z][\p{L}'’.-]*|[A-Z]\.|bin|binti|bint|van|von|der|de|da|dos|du|la|le|al|el|al-[\p{L}]+|el-[\p{L}]+|ibn)$/u;

/**
 * Words that are never part of a person's name: offices, government words and a dateline's
 * or a pronoun's words ("PRC State Councilor", "Federal Chancellor", "U.S. Ambassador",
 * "Republic", "UK PM" are titles, not people).
 */
const NOT_NAME_WORD_RE =
  /^(?:Prime|Foreign|Federal|State|External|Affairs|Republic|Kingdom|Government|Administration|Ministry|Office|Cabinet|PM|Excellency|Majesty|Highness|Counterpart|Leaders?|Presidency|Spokesperson|Crown|Councilor|Councillor|Interim|Acting)$/;
/** One-word "names" that are words of a sentence ("As", "We've", "Both", "Due", "Thursday"). */
const NOT_A_NAME_RE =
  /^(?:Or|Nor|Yes|No|Well|Thanks?|As|At|After|Before|During|Following|This|That|These|Those|The|They|According|Reportedly|Sources?|Their|There|He|She|His|Her|It|Its|I|We|We['’]ve|We['’]re|I['’]ve|Both|Each|All|Also|However|Meanwhile|Earlier|Separately|Together|Readout|Statement|Press|Remarks|Source|News|Home|Washington|Ottawa|London|Tokyo|Beijing|Moscow|Paris|Berlin|Canberra|Brussels|Seoul|Delhi|Kyiv|Rome|Madrid|Warsaw|Jerusalem|Manila|Hanoi|Wellington|Riyadh|Ankara|Brasilia|Jakarta|January|February|March|April|June|July|August|September|October|November|December|Due|Owing|Amid|Despite)$/i;

/**
 * Words of a sentence that are never a name, even after a title (checked before NOT_A_NAME_RE,
 * so a word stands in one list only) ("… said the Prime Minister.
 * Over the weekend …", "Asked about …", "It’s …", a day after an unnamed counterpart: "with his
 * U.S. counterpart Monday").
 */
const FUNCTION_WORD_RE =
  /^(?:Over|Then|Asked|It['’]s|Through|Nevertheless|Afterwards|Not|To|And|How|Tomorrow|But|So|Yet|Still|Thus|Hence|Instead|Indeed|Again|Here|Now|When|Where|What|Why|Who|While|If|Since|Until|Upon|Without|Between|Among|Under|Into|Our|My|Your|Speaking|Later|Once|Even|Just|Only|Today|Yesterday|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|First|Firstly|Second|Secondly|Third|Thirdly|Fourth|Fifth|Finally|Lastly|Next|Further|Furthermore|Moreover|Additionally|Ahead|Prior|Likewise|Similarly)$/;

/** A weekday or a month ("May" is a name too, and is left out). */
const DAY_OR_MONTH_RE =
  /^(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|June|July|August|September|October|November|December)$/;
/** "I'm", "We're", "Don't": a contraction, never a name's word. */
const CONTRACTION_RE = /^\p{L}+['’](?:m|re|ve|ll|d|t)$/u;
/** An article or possessive right after a word: "Concluding a …", "Welcoming the …". */
const DETERMINER_AFTER_RE = /^\s+(?:a|an|the|his|her|their|its|this|these|those|our|my|your)\s/;

/** "Japan's Prime Minister …", "the EU's High Representative …": the country, and the rest. */
function possessiveCountry(text: string): { country: string; rest: string } | null {
  const m = /^(?:the\s+)?((?:[A-Z][\p{L}.]*\s+){0,3}[A-Z][\p{L}.]*)['’]s\s+(?=[A-Za-z])/u.exec(text);
  const country = m ? countryFromName(m[1] as string) : null;
  return m && country ? { country, rest: text.slice(m[0].length) } : null;
}

export type PersonPhrase = {
  name: string;
  honorific: string | null;
  prefixTitle: string | null;
  /** Country named right after the name: "President Xi Jinping of the People's Republic of China". */
  ofCountry: string | null;
};

/** Strips leading honorifics, keeping them as written ("H.E. Mr.", "the Honorable"). */
export function splitHonorific(text: string): { honorific: string | null; rest: string } {
  let rest = text.trim();
  const found: string[] = [];
  for (let i = 0; i < 4; i++) {
    const m = HONORIFIC_RE.exec(rest);
    if (!m) break;
    found.push(m[0]);
    rest = rest.slice(m[0].length).trim();
  }
  return { honorific: found.length > 0 ? found.join(' ') : null, rest };
}

/** A word of newness before an office: "new", "newly elected", "incoming". */
const NEW_IN_OFFICE_RE =
  /^(?:the\s+)?(?:new|newly(?:[- ](?:re-?)?(?:elected|appointed))?|incoming|outgoing|visiting|re-elected)\s+(?=[A-Z])/i;

/** Offices a news site writes in lower case before a name. */
const LOWER_OFFICES =
  'prime minister|foreign minister|foreign secretary|external affairs minister|president|vice president|chancellor|premier|secretary of state|crown prince|king|emir';
/** An office in lower case after a demonym ("Chinese president Xi"), or at the start with its first word capitalised ("Foreign minister Cho"). */
const LOWER_OFFICE_RE = new RegExp(
  String.raw`^((?:[A-Z][\p{L}.]*\s+){1,2}|(?=[A-Z]))((?:[Pp]rime|[Ff]oreign|[Ee]xternal affairs) minister|(?:${LOWER_OFFICES}))(?=\s+[A-Z])`,
  'u',
);
/** Lower-case words after a country's possessive, before a name of two words: "top diplomat", "veteran foreign minister". */
const LOWER_DESCRIPTION_RE = /^((?:[a-z][a-z-]*\s+){1,4})(?=[A-Z][\p{L}'’.-]+\s+[A-Z])/u;
const LOWER_OFFICE_END_RE = new RegExp(`(?:^|\\s)(${LOWER_OFFICES})\\s+$`);

const titleCased = (words: string) => words.replace(/(^|\s)\p{Ll}/gu, (c) => c.toUpperCase());

/** A possessive's description before a name: the office it ends with, capitalised, else nothing. */
function lowerDescription(text: string): string {
  const m = LOWER_DESCRIPTION_RE.exec(text);
  if (!m) return text;
  const office = LOWER_OFFICE_END_RE.exec(m[1] as string);
  return `${office ? `${titleCased(office[1] as string)} ` : ''}${text.slice((m[1] as string).length)}`;
}

/** Drops what stands before a title: "and", "with", "the", "new", a bullet, "Japan's". */
function phraseStart(text: string): { rest: string; country: string | null } {
  let rest = text
    .trim()
    .replace(/^[-–•·*"“‘']\s*/, '')
    // A dateline's place before a dash ("Ontario – Prime Minister …", "DC - Secretary …").
    .replace(/^[A-Z][\p{L}.' ]{0,40}\s[-–—]\s+(?=[A-Z])/u, '')
    .replace(/^(?:and|with)\s+/, '')
    .replace(NEW_IN_OFFICE_RE, '');
  const possessive = possessiveCountry(rest);
  // "Japan's new Prime Minister …": the word of newness after the possessive too; "China's top
  // diplomat Wang Yi", "Russia's foreign minister Sergei Lavrov": a description, an office.
  if (possessive) rest = lowerDescription(possessive.rest.replace(NEW_IN_OFFICE_RE, ''));
  // "Foreign minister Cho …", "Chinese president Xi Jinping": a news site's office in lower case.
  rest = rest.replace(LOWER_OFFICE_RE, (all, before: string, office: string) =>
    before === '' || countryFromDemonym(before.trim()) || countryFromName(before.trim())
      ? `${before}${titleCased(office)}`
      : all,
  );
  rest = rest.replace(
    /^the\s+(?=(?:[A-Z][a-z]+\s+)?(?:President|Prime Minister|Chancellor|Foreign|Secretary|Minister)\b)/,
    '',
  );
  return { rest, country: possessive?.country ?? null };
}

/**
 * Whether name words are a person's: a capitalised word that is not an initial, no office or
 * government word ("PRC State Councilor", "Federal Chancellor"), and, for one word without a
 * title or honorific before it, not a sentence's word, a country or a dateline ("As", "OTTAWA").
 */
function isPersonName(tokens: string[], titled: boolean): boolean {
  if (!tokens.some((w) => /^[A-Z][\p{L}'’-]{1,}/u.test(w))) return false;
  if (tokens.some((w) => TITLE_WORD_RE.test(w) || NOT_NAME_WORD_RE.test(w))) return false;
  if (/^(?:Vice|Deputy)$/.test(tokens[0] as string)) return false;
  // "Trade Simon …", "Cooperation Miguel …": a ministry's portfolio, cut from its office.
  if (PORTFOLIO_WORD_RE.test(tokens[0] as string)) return false;
  // "A German (government spokesman)": an article, not an initial.
  if (tokens.length === 2 && /^(?:A|An)$/.test(tokens[0] as string)) return false;
  // "(Great Britain and) Northern Ireland", "South Korea": a place, not a person.
  if (/^(?:North|South|East|West|Northern|Southern|Eastern|Western|Central)$/.test(tokens[0] as string))
    return false;
  const name = tokens.join(' ');
  if (countryFromName(name) || countryFromDemonym(name)) return false;
  // "his U.S. counterpart Monday": a day or a month, even after an office.
  if (tokens.length === 1 && DAY_OR_MONTH_RE.test(name)) return false;
  // A lone word that is a sentence's, or someone's possessive ("BP’s"), names no one.
  if (
    tokens.length === 1 &&
    (FUNCTION_WORD_RE.test((tokens[0] as string).replace(/[.]$/, '')) || /['’]s$/.test(tokens[0] as string))
  )
    return false;
  if (tokens.length === 1 && !titled) {
    const word = tokens[0] as string;
    if (NOT_A_NAME_RE.test(word.replace(/[.]$/, '')) || /^\p{Lu}{2,}$/u.test(word)) return false;
  }
  return true;
}

/** The words a phrase opens with that may be a name's, without trailing particles. */
function leadingNameTokens(text: string): string[] {
  const nameTokens: string[] = [];
  for (const token of text.split(/\s+/)) {
    const clean = token.replace(/[,;:]+$/, '');
    if (!NAME_TOKEN_RE.test(clean) || CONTRACTION_RE.test(clean)) break;
    if (/^(of|MP|The)$/.test(clean)) break;
    // "… with US President Biden Japan’s new Prime Minister …" (a headline run into its lead): a
    // country's possessive opens the next phrase; it ends no one's name.
    if (nameTokens.length > 0 && /['’]s$/.test(clean) && countryFromName(clean.slice(0, -2))) break;
    nameTokens.push(clean);
    if (clean !== token) break;
  }
  // A name needs a capitalised word that is not an initial; drop trailing particles.
  // ("Haider al-Abadi" keeps its "al-" family name.)
  while (nameTokens.length > 0 && /^[a-z]+$/.test(nameTokens[nameTokens.length - 1] as string))
    nameTokens.pop();
  return nameTokens;
}

/** The office written before a name, the country it names, and the words after it. */
function readPrefixTitle(text: string): { prefixTitle: string | null; country: string | null; rest: string } {
  const t = PREFIX_TITLE_RE.exec(text);
  if (t) return { prefixTitle: (t[1] as string).trim(), country: null, rest: text.slice(t[0].length) };
  const tOf = PREFIX_TITLE_OF_RE.exec(text);
  if (tOf) {
    // "Prime Minister of Japan Kishida Fumio": the longest run of words naming a country.
    const words = (tOf[2] as string).split(/\s+/);
    for (let k = Math.min(words.length - 1, 8); k >= 1; k--) {
      const country = countryFromName(words.slice(0, k).join(' '));
      if (country && /^[A-Z]/.test(words[k] ?? '')) {
        const written = text.slice(0, text.length - (tOf[2] as string).length) + words.slice(0, k).join(' ');
        return { prefixTitle: written.trim(), country, rest: words.slice(k).join(' ') };
      }
    }
  }
  const generic = GENERIC_TITLE_RE.exec(text);
  if (generic)
    return { prefixTitle: (generic[1] as string).trim(), country: null, rest: text.slice(generic[0].length) };
  return { prefixTitle: null, country: null, rest: text };
}

/**
 * Reads one person from a phrase such as "Mr. Shinzo Abe", "the Rt Hon Keir Starmer MP",
 * "Prime Minister Shinzo Abe" or "President Xi Jinping of China". Null when the phrase does
 * not start with a name.
 */
export function parsePersonPhrase(text: string): PersonPhrase | null {
  // "the President of the United States Donald Trump": the article belongs to the title.
  const start = phraseStart(text);
  const first = splitHonorific(start.rest);
  const titled0 = readPrefixTitle(first.rest);
  let rest = titled0.rest;
  let prefixTitle = titled0.prefixTitle;
  let titleCountry: string | null = titled0.country ?? start.country;
  const second = splitHonorific(rest);
  rest = second.rest;
  const honorific = [first.honorific, second.honorific].filter(Boolean).join(' ') || null;

  const nameTokens = leadingNameTokens(rest);
  // "US Joseph Biden": a country before the name is the person's country, not a name.
  while (nameTokens.length > 2 && countryFromDemonym(nameTokens[0] as string)) {
    titleCountry ??= countryFromDemonym(nameTokens[0] as string);
    rest = rest.slice(rest.indexOf(nameTokens[0] as string) + (nameTokens[0] as string).length).trimStart();
    nameTokens.shift();
  }
  const titled = prefixTitle !== null || first.honorific !== null;
  if (!isPersonName(nameTokens, titled)) return null;
  // "Concluding a busy Saturday", "Welcoming the …": one capitalised word before an article is
  // a sentence's opening word, never a name (a name is followed by a verb, "and", "of", a comma).
  if (!titled && nameTokens.length === 1 && DETERMINER_AFTER_RE.test(rest.slice(nameTokens[0]?.length)))
    return null;
  let name = nameTokens
    .join(' ')
    .replace(/[.]$/, (dot) => (/\b[A-Z]\.$|Jr\.$|Sr\.$/.test(nameTokens.join(' ')) ? dot : ''));
  const after = rest.slice(nameTokens.join(' ').length).trim();
  let ofCountry: string | null = titleCountry;
  // "Chancellor Merkel of Germany to consult about…": the country is the capitalised words.
  const of = /^of\s+((?:the\s+)?[A-Z][\p{L}'’.-]*(?:\s+(?:of|the|and|[A-Z][\p{L}'’.-]*))*)/u.exec(after);
  if (of) ofCountry = countryInPhrase(`of ${of[1]}`);
  // "Ahead of the summit", "Head of the delegation": one word "of" what is no country is no one.
  if (!titled && nameTokens.length === 1 && /^of\s/.test(after) && !(of && ofCountry)) return null;
  name = name.replace(/\s+MP$/, '');
  // "his French counterpart Catherine Colonna": a country, not an office.
  if (prefixTitle && /\bcounterpart$/i.test(prefixTitle)) {
    ofCountry ??= countryInPhrase(prefixTitle);
    prefixTitle = null;
  }
  return { name, honorific, prefixTitle, ofCountry };
}

/** True when a comma-separated segment is a title rather than a name or a clause. */
export function isTitleSegment(segment: string): boolean {
  const s = segment.trim();
  if (!s || /^(who|which|while|when|where|and|on|in|at|for|from|to)\b/.test(s)) return false;
  return TITLE_WORD_RE.test(s) && s.length < 160;
}

/**
 * The country a title or phrase names: "Prime Minister of Japan" → JP, "Secretary of State of
 * the United States of America" → US, "Japanese Foreign Minister" → JP. Null when none.
 */
export function countryInPhrase(phrase: string): string | null {
  const text = phrase
    .replace(/^(?:his|her|their|its)\s+/i, '')
    .replace(/\([^)]*\)/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  const parts = text.split(/\bof\s+/);
  for (let i = 1; i < parts.length; i++) {
    const candidate = parts
      .slice(i)
      .join('of ')
      .replace(/[.,;:]+$/, '')
      .trim();
    const code = countryFromName(candidate);
    if (code) return code;
  }
  // A country named first: "Republic of Korea First Vice Foreign Minister".
  const words = text.replace(/^the\s+/i, '').split(/\s+/);
  for (let k = Math.min(6, words.length - 1); k >= 1; k--) {
    const code = countryFromName(words.slice(0, k).join(' '));
    if (code) return code;
  }
  // Offices only one country has: Ireland's head of government and deputy.
  if (/^(?:the\s+)?(?:Taoiseach|T[áa]naiste)$/i.test(text)) return 'IE';
  const to = /\bto\s+(?:the\s+)?([A-Z][\p{L} .']+)$/u.exec(text);
  const demonym = /^(?:the\s+)?(?:former\s+)?([A-Z][\p{L}.]*(?:\s[A-Z][\p{L}.]*)?)\s/u.exec(text);
  if (demonym) {
    const code =
      countryFromDemonym(demonym[1] as string) ??
      countryFromDemonym((demonym[1] as string).split(' ')[0] as string);
    if (code) return code;
  }
  if (to && /Ambassador/.test(text)) return null;
  return null;
}

/** A segment that reports who said it: "the Prime Minister's Office announced", "Kremlin said". */
const ATTRIBUTION_SEGMENT_RE =
  /\s(?:said|says|reported|reports|announced|announces|stated|confirmed|added|noted|told|informs|informed|learned|learnt|writes|wrote)\b/;

/**
 * Reads a participant from comma-separated segments: a person phrase, then an optional title
 * segment ("Mr. Shinzo Abe", "Prime Minister of Japan"). Returns how many segments it used.
 */
export function parseParticipant(segments: string[]): { participant: Participant; used: number } | null {
  const head = segments[0];
  if (!head) return null;
  const phrase = parsePersonPhrase(head);
  if (!phrase) return null;
  let used = 1;
  let name = phrase.name;
  if (segments[1] && /^(Jr|Sr)\.?$/.test(segments[1].trim())) {
    name = `${name}, ${segments[1].trim().replace(/\.?$/, '.')}`;
    used++;
  }
  // "the Hon. Richard Marles, MP, Deputy Prime Minister …": the post-nominal is not the title.
  // So are "P.C., M.P." after a Canadian minister's name.
  while (
    segments[used] &&
    /^(?:M\.?P\.?|P\.?C\.?|K\.?C\.?|Q\.?C\.?|MLA|OBE|CBE|KBE|GCMG|KCMG)$/.test(
      (segments[used] as string).trim(),
    )
  )
    used++;
  let title = phrase.prefixTitle;
  const next = segments[used];
  // A segment that is itself a titled person ("Prime Minister Narendra Modi of India") is the
  // next participant, not this one's title; nor is the source's attribution ("…, the Israeli
  // Prime Minister's Office announced on Thursday").
  if (next && isTitleSegment(next) && !ATTRIBUTION_SEGMENT_RE.test(next) && !parsePersonPhrase(next)) {
    let suffixTitle = next.trim().replace(/[.;:]+$/, '');
    used++;
    // "Minister of Foreign Affairs, the European Union and Cooperation of the Kingdom of Spain":
    // the ministry's further portfolios, then its country, after a comma.
    const more = segments[used]?.trim().replace(/[.;:]+$/, '');
    if (more && !countryInPhrase(suffixTitle) && TITLE_GOES_ON_RE.test(more) && countryInPhrase(more)) {
      suffixTitle = `${suffixTitle}, ${more}`;
      used++;
    }
    title = phrase.prefixTitle ? phrase.prefixTitle : suffixTitle;
    const country =
      phrase.ofCountry ?? countryInPhrase(suffixTitle) ?? (title ? countryInPhrase(title) : null);
    return { participant: { name, honorific: phrase.honorific, title: title ?? suffixTitle, country }, used };
  }
  const country = phrase.ofCountry ?? (title ? countryInPhrase(title) : null);
  return { participant: { name, honorific: phrase.honorific, title, country }, used };
}

/**
 * Completes principals the text names by office alone ("The Prime Minister") or by surname
 * ("President Biden") from the table of office holders on the event date. One it cannot
 * resolve is dropped when it has no name at all, with a warning either way.
 */
export function resolveOfficeHolders(
  participants: Participant[],
  date: string | null,
  warnings: string[],
): void {
  counterpartOffices(participants, date);
  for (let i = participants.length - 1; i >= 0; i--) {
    const p = participants[i] as Participant;
    const officeOnly = p.name === '';
    const surnameOnly =
      !officeOnly && (!/\s/.test(p.name) || /^(?:von|van|de|der|da|le|la|al)\s/i.test(p.name));
    const office = p.title ? officeOf(p.title, p.country) : null;
    if ((surnameOnly || officeOnly) && !office && p.title && date) {
      const next = electedHolder(officeOnly ? null : p.name, p.title, p.country, date);
      if (next) {
        p.name = next.name;
        p.country = next.country;
        continue;
      }
    }
    if (!officeOnly && !surnameOnly) {
      const whole =
        office && p.country
          ? holderForm(p.name, p.country, office, date)
          : p.country
            ? misspelt(p.name, p.country, null, date)
            : null;
      if (whole) p.name = whole;
      if (p.country) continue;
      p.country = countryOfFullName(p.name, office, date);
      continue;
    }
    // "SECRETARY KERRY:" with no country: the one holder of that office in their own country.
    const titled = surnameOnly && !p.country && p.title ? holderByTitle(p.name, p.title, date) : null;
    if (titled) {
      p.name = titled.name;
      p.country = titled.country;
      continue;
    }
    const found =
      date && (office || surnameOnly)
        ? findHolders({
            date,
            country: p.country,
            office,
            name: surnameOnly ? { text: p.name, match: 'surname' } : null,
          })
        : !date && surnameOnly && office
          ? onlyPerson(findHolders({ country: p.country, office, name: { text: p.name, match: 'surname' } }))
          : [];
    // A surname the home country's holders do not have may be the counterpart's ("Prime
    // Minister Sunak and I held…" on Kantei): the table on the date says whose it is.
    const elsewhere =
      found.length === 0 && surnameOnly && date && p.country
        ? findHolders({ date, office, name: { text: p.name, match: 'surname' } })
        : [];
    const only = found.length === 1 ? found[0] : elsewhere.length === 1 ? elsewhere[0] : undefined;
    // "z prezydentem USA Bidenem": a surname in a case form, of the one holder on the date.
    const declined =
      !only && surnameOnly && office && p.country ? inflected(p.name, p.country, office, date) : null;
    if (declined) p.name = declined;
    else if (only) {
      p.name = only.name;
      p.country = found.length === 1 ? (p.country ?? only.country) : only.country;
    } else if (officeOnly) {
      participants.splice(i, 1);
      warnings.push(
        `"${p.title}" is named only by office and no office holder is known for ${date ?? 'an unknown date'}`,
      );
    } else {
      warnings.push(`only the surname "${p.name}" is given`);
    }
  }
  // "Justin Trudeau, P.C., M.P., Prime Minister of Canada" read twice is one person.
  for (let i = participants.length - 1; i > 0; i--) {
    const p = participants[i] as Participant;
    if (participants.slice(0, i).some((q) => q.name === p.name && (q.country === p.country || !p.country)))
      participants.splice(i, 1);
  }
}

/**
 * The country a full name tells, in either order ("Kishida Fumio"), that holder's on the date
 * when the name is of holders of two countries ("Donald Tusk", Poland's prime minister, then the
 * European Council's president); else the office on the date with the holder's surname in a
 * longer name ("Joseph R. Biden, Jr.").
 */
function countryOfFullName(name: string, office: Office | null, date: string | null): string | null {
  const byName = findHolders({ name: { text: name, match: 'full' } });
  const onDate = date ? byName.filter((h) => h.from <= date && (h.to === null || date <= h.to)) : [];
  const byOffice =
    office && date ? findHolders({ date, office, name: { text: name, match: 'contains' } }) : [];
  const only = (holders: Holder[]) => {
    const countries = new Set(holders.map((h) => h.country));
    return countries.size === 1 ? ([...countries][0] as string) : null;
  };
  return byName.length > 0 ? (only(byName) ?? only(onDate)) : only(byOffice);
}

/** A surname with an office and no country ("Secretary Kerry"): the one person who held that office, so called in their country. */
function holderByTitle(surname: string, title: string, date: string | null): Holder | null {
  const holders = findHolders({ date, name: { text: surname, match: 'surname' } }).filter(
    (h) => officeOf(title, h.country) === h.office,
  );
  return onlyPerson(holders)[0] ?? null;
}

/** Holders that are one person (a page without any date: "President Obama" was one man ever), else none. */
function onlyPerson(holders: Holder[]): Holder[] {
  return new Set(holders.map((h) => `${h.country}|${h.name}`)).size === 1 ? holders.slice(0, 1) : [];
}

/** The one country whose office holders include this full name (either word order), else null. */
export function countryOfName(name: string): string | null {
  const countries = new Set(findHolders({ name: { text: name, match: 'full' } }).map((h) => h.country));
  return countries.size === 1 ? ([...countries][0] as string) : null;
}

/**
 * The office holder's name when the text gives only part of it without the family name
 * ("the President of Turkey Recep Tayyip"): every word the text gives is the holder's.
 */
function completedName(name: string, country: string, office: Office, date: string | null): string | null {
  const given = nameWords(name);
  // On a date, the one holder then; without one, the one holder ever whose name has every word.
  const holders = findHolders({ date, country, office }).filter(
    (h) =>
      !nameWords(h.family).every((w) => given.includes(w)) &&
      [h.name, ...h.aka].some((f) => {
        const words = nameWords(f);
        return given.length < words.length && given.every((w) => words.includes(w));
      }),
  );
  const names = new Set(holders.map((h) => h.name));
  return names.size === 1 && (!date || findHolders({ date, country, office }).length === 1)
    ? (holders[0] as (typeof holders)[number]).name
    : null;
}

/**
 * The office holder's name for a name read back from another script ("Albany Gee" for
 * Albanese, in a machine translation): a name no holder has, given with an office the table has
 * one holder for on the day, whose first word starts with that holder's family name's first five
 * letters.
 */
function transliterated(name: string, country: string, office: Office, date: string | null): string | null {
  if (!date || findHolders({ name: { text: name, match: 'full' } }).length > 0) return null;
  const holders = findHolders({ date, country, office });
  const holder = holders.length === 1 ? holders[0] : undefined;
  const first = (name.split(/\s+/)[0] ?? '').toLowerCase();
  const family = holder ? holder.family.toLowerCase() : '';
  return holder && family.length >= 5 && first.length >= 5 && first.slice(0, 5) === family.slice(0, 5)
    ? holder.name
    : null;
}

/** Whether two words of five letters or more differ by one letter added, dropped or changed ("Anthony", "Antony"). */
function oneLetterApart(a: string, b: string): boolean {
  if (Math.min(a.length, b.length) < 5 || Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  while (i < a.length && a[i] === b[i]) i++;
  const [x, y] = [a.slice(i), b.slice(i)];
  return x.slice(1) === y.slice(1) || x.slice(1) === y || x === y.slice(1);
}

/** Two words of a name that are one word spelt otherwise: past the first five letters, or by one letter. */
const nearWord = (a: string, b: string) =>
  a === b || (a.length >= 6 && b.length >= 6 && a.slice(0, 5) === b.slice(0, 5)) || oneLetterApart(a, b);

/**
 * The office holder's name for a form no holder has whose words are each theirs or spelt or
 * encoded otherwise (past their first five letters, "Ahmet Davutoglu" mis-decoded; or by one
 * letter, "Anthony Blinken"): one person of that office (any office, when the text names none)
 * and country, on the date when there is one.
 */
function misspelt(name: string, country: string, office: Office | null, date: string | null): string | null {
  const words = nameWords(name);
  if (words.length < 2 || findHolders({ name: { text: name, match: 'full' } }).length > 0) return null;
  const near = nearWord;
  const holders = findHolders({ date, country, office }).filter((h) =>
    [h.name, ...h.aka].some((f) => {
      const theirs = nameWords(f);
      return theirs.length === words.length && words.every((w, i) => near(w, theirs[i] as string));
    }),
  );
  return new Set(holders.map((h) => h.name)).size === 1 ? (holders[0] as Holder).name : null;
}

/** The office holder's name for a full name the text writes otherwise: a part of it, another script's, a misspelling, a case form. */
function holderForm(name: string, country: string, office: Office, date: string | null): string | null {
  return (
    completedName(name, country, office, date) ??
    transliterated(name, country, office, date) ??
    misspelt(name, country, office, date) ??
    inflected(name, country, office, date)
  );
}

/**
 * The office holder's name for a name written in a case form ("Joe Bidenem", "Olafem Scholzem",
 * "Bidenem" in Polish and Czech): a name no holder has, each of whose words opens with the holder's
 * word but its last letter (a declension's change), the one holder of that office and country on
 * the date.
 */
function inflected(name: string, country: string, office: Office, date: string | null): string | null {
  if (!date || findHolders({ name: { text: name, match: 'full' } }).length > 0) return null;
  const holders = findHolders({ date, country, office });
  const holder = holders.length === 1 ? holders[0] : undefined;
  if (!holder) return null;
  const written = nameWords(name);
  const theirs = written.length === 1 ? nameWords(holder.family) : nameWords(holder.name);
  const opens = (w: string, h: string) =>
    h.length >= 3 && w.length <= h.length + 4 && w.startsWith(h.slice(0, Math.max(3, h.length - 1)));
  return theirs.length === written.length && written.every((w, i) => opens(w, theirs[i] as string))
    ? holder.name
    : null;
}

const GROUP_OFFICES: Record<string, string> = {
  'foreign ministers': 'Foreign Minister',
  'foreign secretaries': 'Foreign Minister',
  presidents: 'President',
  'prime ministers': 'Prime Minister',
  leaders: 'leader',
};

/** A group by office and countries: "the foreign ministers of A, B and C", "the presidents of the U.S. and China". */
const GROUP_OF_RE =
  /^(?:the\s+)?(foreign ministers|foreign secretaries|presidents|prime ministers|leaders)\s+of\s+(.+)$/i;
/** A group by countries' adjectives and office: "the Chinese and U.S. presidents", "Indian and Japanese leaders". */
const GROUP_ADJ_RE =
  /^(?:the\s+)?((?:[A-Z][\p{L}.]*(?:\s+[A-Z][\p{L}.]*)?,\s+)*[A-Z][\p{L}.]*(?:\s+[A-Z][\p{L}.]*)?,?\s+and\s+[A-Z][\p{L}.]*(?:\s+[A-Z][\p{L}.]*)?)\s+(foreign ministers|foreign secretaries|presidents|prime ministers|leaders)$/iu;

/** A country's leader by office, for the office table to name ("the leaders of France and Germany"). */
function leaderTitle(country: string): string {
  if (leaderOffice(country) === 'head_of_state') return isRepublic(country) ? 'President' : 'King';
  return country === 'DE' || country === 'AT' ? 'Chancellor' : 'Prime Minister';
}

/**
 * Principals named as a group by office and countries ("the foreign ministers of France,
 * Germany, Italy, and the United Kingdom and the EU's High Representative"; as the sentence's
 * subject, "the presidents of the U.S. and China", "the Chinese and U.S. presidents"): one
 * office-only principal per country, for the office-holder table to name. Null when the text is
 * no such group.
 */
export function officeGroup(text: string, subject = false): Participant[] | null {
  const byAdjective = subject ? GROUP_ADJ_RE.exec(text.trim()) : null;
  if (byAdjective) return adjectiveGroup(byAdjective[1] as string, byAdjective[2] as string);
  const m = GROUP_OF_RE.exec(text.trim());
  // As the object, presidents or prime ministers named together may be a summit's table ("spoke
  // at a conference with the Prime Ministers of A, B and C"); as the subject, they talked.
  if (!m || (!subject && /^(?:presidents|prime ministers)$/i.test(m[1] as string))) return null;
  const office = GROUP_OFFICES[(m[1] as string).toLowerCase()] as string;
  const people: Participant[] = [];
  const pieces = (m[2] as string).split(/\s*,\s*(?:and\s+)?|\s+and\s+/);
  for (const [k, piece] of pieces.entries()) {
    const country = countryFromName(piece.replace(/^the\s+/i, ''));
    if (country) {
      const title = office === 'leader' ? leaderTitle(country) : office;
      people.push({ name: '', honorific: null, title, country });
      continue;
    }
    // "Presidents of Russia and Azerbaijan Vladimir Putin and Ilham Aliyev": the last country,
    // then the names in the countries' order.
    if (subject && people.length > 0 && namesFollow(people, piece, pieces.slice(k + 1), office)) break;
    // "the EU's High Representative for Foreign Affairs": an office of one country.
    const possessive = possessiveCountry(piece);
    if (possessive && officeOf(possessive.rest, possessive.country))
      people.push({ name: '', honorific: null, title: possessive.rest, country: possessive.country });
    else break;
  }
  return people.length > 1 ? people : null;
}

/** A subject that names its offices but not its countries: "the two Presidents", "both leaders". */
const TWO_OF_RE =
  /^(?:the\s+)?(?:two|both)\s+(foreign ministers|foreign secretaries|presidents|prime ministers|leaders)$/i;
/** Two countries joined in a title: "Japan-Finland Summit …", "Japan and India hold …", "Russian, French …". */
const TITLE_COUNTRIES_RE =
  /((?:\p{Lu}[\p{L}.]*\s){0,2}\p{Lu}[\p{L}.]*)(?:\s?[-–]\s?|,?\s+and\s+(?:the\s+)?|,\s+)(\p{Lu}[\p{L}.]*(?:\s\p{Lu}[\p{L}.]*){0,2})/gu;

/** The country some last (`fromEnd`) or first words of a phrase name, by name or adjective. */
function countryAtEdge(phrase: string, fromEnd: boolean): string | null {
  const words = phrase.split(/\s+/);
  for (let k = 1; k <= words.length; k++) {
    const part = (fromEnd ? words.slice(-k) : words.slice(0, k)).join(' ');
    const code = countryFromName(part) ?? countryFromDemonym(part);
    if (code) return code;
  }
  return null;
}

/**
 * "The two Presidents spoke …" under the title "Russia-France …": the offices the subject names,
 * of the two countries the title joins (one pair only, of two countries), for the office table to
 * name. Null when the subject is no such group or the title joins no one pair.
 */
export function pairGroup(text: string, title: string | null): Participant[] | null {
  const m = title && text.length < 40 ? TWO_OF_RE.exec(text.trim()) : null;
  if (!m) return null;
  const pairs = new Set<string>();
  for (const pair of (title as string).matchAll(TITLE_COUNTRIES_RE)) {
    const a = countryAtEdge(pair[1] as string, true);
    const b = countryAtEdge(pair[2] as string, false);
    if (a && b && a !== b) pairs.add([a, b].join(' '));
  }
  if (pairs.size !== 1) return null;
  const office = GROUP_OFFICES[(m[1] as string).toLowerCase()] as string;
  const people = ([...pairs][0] as string).split(' ').map((country) => ({
    name: '',
    honorific: null,
    title: office === 'leader' ? leaderTitle(country) : office,
    country,
  }));
  // "The two Presidents" of a country that has none (Japan): the table cannot tell who.
  return people.every((p) => officeOf(p.title, p.country)) ? people : null;
}

/**
 * A group's last piece that is a country then a name ("Azerbaijan Vladimir Putin"), with one
 * name more for each other country after it: each country's principal gets its name, in order.
 * Only where every name is a person's name; nothing is changed otherwise.
 */
function namesFollow(people: Participant[], piece: string, rest: string[], office: string): boolean {
  const words = piece.split(/\s+/);
  for (let k = Math.min(3, words.length - 2); k >= 1; k--) {
    const country = countryFromName(words.slice(0, k).join(' '));
    if (!country) continue;
    const names = [words.slice(k).join(' '), ...rest].map((n) => n.trim());
    if (names.length !== people.length + 1) return false;
    if (!names.every((n) => parsePersonPhrase(n)?.name === n && /\s/.test(n))) return false;
    const title = office === 'leader' ? leaderTitle(country) : office;
    people.push({ name: '', honorific: null, title, country });
    for (const [i, p] of people.entries()) p.name = names[i] as string;
    return true;
  }
  return false;
}

/** "the Chinese and U.S. presidents": one office-only principal per adjective, null unless each names a country. */
function adjectiveGroup(adjectives: string, offices: string): Participant[] | null {
  const office = GROUP_OFFICES[offices.toLowerCase()] as string;
  const people: Participant[] = [];
  for (const word of adjectives.split(/\s*,\s*(?:and\s+)?|,?\s+and\s+/)) {
    const country = countryFromDemonym(word) ?? countryFromName(word);
    if (!country || people.some((p) => p.country === country)) return null;
    people.push({
      name: '',
      honorific: null,
      title: office === 'leader' ? leaderTitle(country) : office,
      country,
    });
  }
  return people.length > 1 ? people : null;
}

/**
 * A counterpart named by an office and a country alone ("the German Chancellor", "the
 * Ukrainian Foreign Minister", "the President of Korea"), for the office-holder table to
 * name; null when the segment is not such an office.
 */
export function officeOnlyCounterpart(segment: string): Participant | null {
  const counterpart = unnamedCounterpart(segment);
  if (counterpart) return counterpart;
  const title = segment
    .trim()
    .replace(/^(?:and\s+)?(?:the\s+)?(?:new\s+|newly[- ](?:elected|appointed)\s+|visiting\s+)?/i, '')
    .replace(/[.;:]+$/, '');
  // "the leader of Japan": the one office written in lower case that the table can name.
  if (!/^(?:[A-Z]|leader of )/.test(title) || title.split(/\s+/).length > 10) return null;
  const country = countryInPhrase(title);
  // "the American president-elect": the office about to be held, for the table to name.
  if (!country || !officeOf(title.replace(/-elect\b/i, ''), country)) return null;
  return { name: '', honorific: null, title, country };
}

/** "his U.S. counterpart", "her Japanese counterpart": the subject's office in another country. */
const UNNAMED_COUNTERPART_RE =
  /^(?:and\s+)?(?:his|her|their)\s+(?:(?:new|newly[- ]appointed|incoming)\s+)?((?:[A-Z][\p{L}.]*\s+){1,2})(?:counterparts?|opposite numbers?)(?:\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday))?$/u;

/**
 * A counterpart named by country alone ("with his U.S. counterpart"), for the office table to
 * name once the subject's office is known (see `resolveOfficeHolders`).
 */
function unnamedCounterpart(segment: string): Participant | null {
  const m = UNNAMED_COUNTERPART_RE.exec(segment.trim().replace(/[.;:]+$/, ''));
  const words = m ? (m[1] as string).trim() : '';
  const country = words ? (countryFromDemonym(words) ?? countryFromName(words)) : null;
  return country ? { name: '', honorific: null, title: 'counterpart', country } : null;
}

/**
 * A counterpart named by country alone holds the subject's office (the first principal's that
 * the table keeps) in that country, a leader's being the one who leads the other government: the
 * holder on the date, when the table has one.
 */
function counterpartOffices(participants: Participant[], date: string | null): void {
  // The subject may itself be named by office alone ("Japan's prime minister … his Indian counterpart").
  const subject = participants.find(
    (p) => p.title && p.title !== 'counterpart' && officeOf(p.title, p.country),
  );
  const office = subject ? officeOf(subject.title as string, subject.country) : null;
  for (const p of participants) {
    if (p.name !== '' || p.title !== 'counterpart' || !office || !date || p.country === subject?.country)
      continue;
    // A leader's counterpart leads the other government, president or prime minister.
    const theirs =
      office === 'head_of_state' || office === 'head_of_government'
        ? leaderOffice(p.country as string)
        : office;
    const [holder, ...more] = findHolders({ date, country: p.country, office: theirs });
    if (holder && more.length === 0) p.name = holder.name;
  }
}

/**
 * "President-elect Trump" on a day before he took office: the holder with that surname whose
 * term in the office the title names begins within the next 90 days.
 */
function electedHolder(
  surname: string | null,
  title: string,
  country: string | null,
  date: string,
): Holder | null {
  if (!/-elect\b/i.test(title)) return null;
  const office = officeOf(title.replace(/-elect\b/i, ''), country);
  if (!office) return null;
  const limit = new Date(Date.parse(`${date}T00:00:00Z`) + 90 * 86_400_000).toISOString().slice(0, 10);
  // Each term that starts in the window, if the holder then has the surname.
  const found = OFFICE_HOLDERS.filter(
    (h) =>
      h.country === (country ?? h.country) &&
      h.office === office &&
      h.from >= date &&
      h.from <= limit &&
      (surname === null ||
        findHolders({
          date: h.from,
          country: h.country,
          office,
          name: { text: surname, match: 'surname' },
        }).includes(h)),
  );
  return found.length === 1 ? (found[0] as Holder) : null;
}
