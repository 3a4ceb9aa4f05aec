import { countryFromName } from '../countries.js';
import { findHolders, nameWords, officeOf } from '../office-holders.js';
import { type Relation, relationOf } from '../relation.js';
import type { DocType, Participant } from '../types.js';
import { countriesNamed } from './doc-type.js';
import {
  countryInPhrase,
  countryOfName,
  officeGroup,
  parsePersonPhrase,
  resolveOfficeHolders,
} from './people.js';

/**
 * The principals of a talk beyond what the lead sentence says: a press conference's speaker, a
 * counterpart named only in the title, a country the title gives a surname, and the countries
 * of the talk.
 */

/** A speaker named by office alone ("by the Prime Minister"). */
const OFFICE_ALONE_RE =
  /^(?:prime minister|president|chancellor|foreign minister|minister for foreign affairs|secretary of state)$/i;

/**
 * The speaker of a press conference: the person the title names ("Press Conference by Foreign
 * Minister HAYASHI Yoshimasa"), else the speaker's label before the reported talk
 * ("PRIME MINISTER KISHIDA:"); null when neither names one.
 */

export function speakerOf(
  title: string | null,
  leadLine: string,
  country: string | null,
): Participant | null {
  const byTitle = title ? /\bby\s+(?:the\s+)?(.+?)(?:\s*\(.*\))?$/i.exec(title)?.[1] : undefined;
  const label = /^([A-Z][\p{L} .'-]{2,60}):\s/u.exec(leadLine)?.[1];
  for (const candidate of [byTitle, label]) {
    if (!candidate) continue;
    // Labels are in capitals: "PRIME MINISTER KISHIDA" reads as "Prime Minister Kishida".
    const text =
      candidate === candidate.toUpperCase()
        ? candidate.toLowerCase().replace(/\b\p{L}/gu, (c) => c.toUpperCase())
        : candidate;
    const phrase = parsePersonPhrase(text);
    // "by the Leaders of Japan and the United Kingdom": a group, not a person.
    if (phrase?.name && !/^(?:leaders?|heads?|ministers?|spokespersons?|officials?)\b/i.test(phrase.name))
      return {
        name: phrase.name,
        honorific: phrase.honorific,
        title: phrase.prefixTitle,
        country: phrase.ofCountry ?? country,
      };
  }
  // "Press Conference by the Prime Minister": the office alone, for the office-holder table.
  const office = [byTitle, label]
    .map((c) => c?.trim().replace(/^the\s+/i, ''))
    .find((c) => c && OFFICE_ALONE_RE.test(c));
  if (office && country && officeOf(office, country)) {
    const title = office.toLowerCase().replace(/\b\p{L}/gu, (c) => c.toUpperCase());
    return { name: '', honorific: null, title, country };
  }
  return null;
}

/**
 * The person a talk's title names after "with" ("Telephone conversation with … Angela Merkel");
 * given the event's date, one named by office, surname and country too ("… Meeting with Prime
 * Minister Kan of Japan"), in full as the office table has it on that date.
 */
export function counterpartInTitle(title: string | null, date: string | null = null): Participant | null {
  const m = title
    ? /\b(?:conversation|call|talks?|meeting|conference|availability)\s+(?:with|hosted by)\s+(.+)$/i.exec(
        title,
      )
    : null;
  const phrase = m ? parsePersonPhrase(m[1] as string) : null;
  if (!phrase) return null;
  const country = phrase.ofCountry ?? (phrase.prefixTitle ? countryInPhrase(phrase.prefixTitle) : null);
  const person = { name: phrase.name, honorific: phrase.honorific, title: phrase.prefixTitle, country };
  if (/\s/.test(phrase.name)) return person;
  const office = date && country && phrase.prefixTitle ? officeOf(phrase.prefixTitle, country) : null;
  const [holder, ...more] = office
    ? findHolders({ date, country, office, name: { text: phrase.name, match: 'surname' } })
    : [];
  return holder && more.length === 0 ? { ...person, name: holder.name } : null;
}

/** "Readout of the President's Call with …": the publisher's principal, by office, in the title. */
const OWN_OFFICE_TITLE_RE =
  /^(?:Read-?out of\s+)?(?:the\s+)?(President|Vice President|Prime Minister|Chancellor|Secretary|Secretary of State|Foreign Secretary|Foreign Minister)(?:\s+(\p{Lu}[\p{L}-]+))?['’]s\s/iu;

/**
 * A readout whose text names no principal of the publisher's country: the one its title names
 * by office ("Readout of the President's Bilateral Meeting with …"), the holder on the date, or
 * by office and surname ("Vice President Biden's Meeting with …").
 */
export function ownFromTitle(
  participants: Participant[],
  title: string | null,
  home: string | null,
  date: string | null,
): void {
  const m = title && home ? OWN_OFFICE_TITLE_RE.exec(title) : null;
  if (!m || !home || participants.some((p) => p.country === home)) return;
  const office = officeOf(m[1] as string, home);
  // By office on the date; with a surname ("Vice President Biden's"), on any date if one person.
  const name = m[2] ? ({ text: m[2], match: 'surname' } as const) : null;
  const found = office && (date || name) ? findHolders({ date, country: home, office, name }) : [];
  const [holder, ...more] = found;
  if (holder && more.every((h) => h.name === holder.name))
    participants.unshift({ name: holder.name, honorific: null, title: m[1] as string, country: home });
}

/** A press conference on one talk ("Press Occasion on the Telephone Talk with President …"). */
const TALK_WITH_RE = /\b(?:conversation|call|talks?|meeting)\s+with\s/i;

/**
 * A readout whose lead names one side only ("Vladimir Putin and the Federal Chancellor exchanged
 * views", "The two leaders spoke"): the counterpart its title names in full ("Telephone
 * conversation with Federal Chancellor of Germany Angela Merkel"), when not already there.
 */
export function counterpartFromTitle(
  participants: Participant[],
  docType: DocType,
  title: string | null,
  date: string | null = null,
): void {
  const talk = docType === 'readout' || (docType === 'press_conference' && TALK_WITH_RE.test(title ?? ''));
  if (!talk || new Set(participants.map((p) => p.country).filter(Boolean)).size > 1) return;
  const counterpart = counterpartInTitle(title, date) ?? counterpartByFullName(title);
  const read = counterpart ? participants.find((p) => sameWords(p.name, counterpart.name)) : undefined;
  // "… Call with Iraqi Prime Minister-designate X": the title says whose the lead's X is.
  if (read && !read.country && counterpart?.country) read.country = counterpart.country;
  if (!counterpart || read) return;
  counterpart.country ??= countryOfName(counterpart.name);
  if (counterpart.country && !participants.some((p) => p.country === counterpart.country))
    participants.push(counterpart);
}

/** A title naming a talk with a counterpart given a name: "… holds talks with his Japanese counterpart …". */
const COUNTERPART_NAME_RE =
  /\b(?:talks?|meets?|met|meeting|calls?|called|summit)\b.*\bcounterparts?,?\s+(\p{L}+(?:[\s-]+\p{L}+){1,4})/iu;

/**
 * The counterpart a title names after "counterpart" by a full name the office table knows, in
 * whatever case the title is written ("… with his japanese counterpart shigeru ishiba in tokyo",
 * a title made from an address): the one person of that name, with their country.
 */
export function counterpartByFullName(title: string | null): Participant | null {
  const m = title ? COUNTERPART_NAME_RE.exec(title) : null;
  const words = m ? (m[1] as string).split(/\s+/) : [];
  for (let k = Math.min(4, words.length); k >= 2; k--) {
    const holders = findHolders({ name: { text: words.slice(0, k).join(' '), match: 'full' } });
    const [first] = holders;
    if (first && new Set(holders.map((h) => `${h.country}|${h.name}`)).size === 1)
      return { name: first.name, honorific: null, title: null, country: first.country };
  }
  return null;
}

const sameWords = (a: string, b: string) => nameWords(a).sort().join(' ') === nameWords(b).sort().join(' ');

/**
 * The publisher's own principal when a page without a lead names the holder of its office on
 * the date ("During the telephone conversation, Vladimir Putin and the Federal Chancellor…").
 */
export function ownPrincipalIn(text: string, homeCountry: string, date: string): Participant | null {
  const own = findHolders({ date, country: homeCountry }).find((h) => text.includes(h.name));
  return own ? { name: own.name, honorific: null, title: null, country: homeCountry } : null;
}

/** "Call with Prime Minister Netanyahu of Israel": the title says whose a surname is. */
export function placeByTitle(participants: Participant[], title: string | null): void {
  for (const p of participants)
    if (!p.country && p.name && title) {
      const of = new RegExp(
        `${p.name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\s+of\\s+((?:the\\s+)?[A-Z][\\p{L}'’.-]*(?:\\s+(?:of|the|and|[A-Z][\\p{L}'’.-]*))*)`,
        'u',
      ).exec(title);
      if (of) p.country = countryInPhrase(`of ${of[1]}`);
    }
}

/**
 * The countries of the talk: the principals'; for a joint press conference, those its title
 * names ("… by the Leaders of Japan and the United States"), whoever of them the lead names;
 * for a government's readout, its own country even when the text names its principal by an
 * office the table does not resolve ("This evening the Prime Minister spoke to …").
 */
export function talkCountries(
  participants: Participant[],
  docType: DocType,
  title: string | null,
  homeCountry: string | null,
): { codes: string[]; relation: Relation | null } {
  const codes = participants.map((p) => p.country).filter((c): c is string => c !== null);
  if (docType === 'press_conference' && title)
    for (const code of pressTitleCountries(title)) if (!codes.includes(code)) codes.push(code);
  // Only where the text leaves a side unnamed: two other countries named are the talk's, not a
  // talk of three (a wire's copy of a Russia–France call is not the publisher's own).
  if (docType === 'readout' && homeCountry && new Set(codes).size === 1 && !codes.includes(homeCountry))
    codes.unshift(homeCountry);
  return { codes, relation: relationOf(codes) };
}

/** Two names joined by a dash: "EU-Japan summit", "UK–India". */
const PAIR_DASH_RE = /(?<=\b\p{Lu}[\p{L}.]*)[-–](?=\p{Lu})/gu;

/** The countries a press conference's title names, a pair joined by a dash too ("… following EU-Japan summit"). */
export function pressTitleCountries(title: string): Set<string> {
  return countriesNamed(title.replace(PAIR_DASH_RE, ' '));
}

/** A lead that opens with its subject's office alone: "The Prime Minister met …". */
const OFFICE_SUBJECT_RE =
  /^(?:The|the)\s+(Prime Minister|President|Chancellor|Foreign Secretary|Foreign Minister|Secretary of State)\s+(?!of\b|and\b)/;
/** Two countries named as a pair: "UK-Japan", "the UK and Japan", "Australia–India". */
const PAIR_RE =
  /\b(U\.S\.|U\.K\.|[A-Z][a-z]+(?:\s[A-Z][a-z]+)?|[A-Z]{2,3})(?:\s?[-–]\s?|\s+and\s+(?:the\s+)?)(U\.S\.|U\.K\.|[A-Z][a-z]+(?:\s[A-Z][a-z]+)?|[A-Z]{2,3})\b/g;

/**
 * A copy whose publisher is not known, of a lead that names its subject by office alone ("The
 * Prime Minister met Prime Minister of Japan Fumio Kishida"): where the text pairs the
 * counterpart's country with one other, and only one ("the UK and Japan", "UK-Japan"), the
 * subject is the holder of that office there on the date. True when it names them.
 */
export function ownByPair(
  participants: Participant[],
  lead: string,
  text: string,
  date: string | null,
): boolean {
  // A capture's date token may stand glued before the lead ("date 2023-05-18 The Prime Minister …").
  const m = OFFICE_SUBJECT_RE.exec(lead.replace(/^\s*date \d{4}(?:-\d{2}){0,2}\s+/, ''));
  const countries = new Set(participants.map((p) => p.country));
  const other = countries.size === 1 ? [...countries][0] : null;
  if (!m || !date || !other) return false;
  const paired = new Set<string>();
  for (const pair of text.slice(0, 3000).matchAll(PAIR_RE)) {
    const a = countryFromName(pair[1] as string);
    const b = countryFromName(pair[2] as string);
    if (a === other && b && b !== other) paired.add(b);
    if (b === other && a && a !== other) paired.add(a);
  }
  const home = paired.size === 1 ? ([...paired][0] as string) : null;
  const office = home ? officeOf(m[1] as string, home) : null;
  const [holder, ...more] = home && office ? findHolders({ date, country: home, office }) : [];
  if (!holder || more.length > 0) return false;
  participants.unshift({ name: holder.name, honorific: null, title: m[1] as string, country: home });
  return true;
}

/** Offices a principal who joins a talk, or whose talk is joined, holds. */
const JOIN_OFFICE =
  '(?:Vice President|President|Prime Minister|Deputy Prime Minister|Chancellor|Secretary of State|Foreign Minister|Foreign Secretary)';
/** "President X joined the Vice President's meeting …": the joiner, and whose talk it was. */
const JOINED_RE = new RegExp(
  `\\b(${JOIN_OFFICE}\\s+[A-Z][\\p{L}'’-]+(?:\\s+[A-Z][\\p{L}'’-]+){0,2}?)\\s+(?:also\\s+|briefly\\s+|later\\s+)?(?:joined|dropped by|stopped by)\\s+(?:the\\s+|a\\s+|part of\\s+(?:the\\s+)?|(?:the\\s+)?(${JOIN_OFFICE}(?:\\s+[A-Z][\\p{L}'’-]+){0,3})['’]s\\s+)?(?:bilateral\\s+|working\\s+|telephone\\s+|phone\\s+)?(?:meeting|call|talks?|conversation|discussions?|session)\\b`,
  'u',
);

/**
 * A person named by office and name, by office alone of a country, or by a country's possessive
 * and a surname, resolved on the date; null unless named in full.
 */
function namedHolder(text: string, country: string | null, date: string | null): Participant | null {
  const phrase = parsePersonPhrase(text);
  const found: Participant[] = phrase?.prefixTitle
    ? [
        {
          name: phrase.name,
          honorific: null,
          title: phrase.prefixTitle,
          country: phrase.ofCountry ?? country,
        },
      ]
    : OFFICE_ALONE_RE.test(text) || /^Vice President$/i.test(text)
      ? [{ name: '', honorific: null, title: text, country }]
      : // "Britain's Hague", "Turkey's Davutoglu": a country's one holder of that surname on the date.
        phrase?.ofCountry && date && !/\s/.test(phrase.name)
        ? [{ name: phrase.name, honorific: null, title: null, country: phrase.ofCountry }]
        : [];
  resolveOfficeHolders(found, date, []);
  const p = found[0];
  return p?.country && /\s/.test(p.name) ? p : null;
}

/** Adds a principal beside those of their country, unless already there. */
function addBeside(participants: Participant[], p: Participant): void {
  if (participants.some((q) => sameWords(q.name, p.name))) return;
  const after = participants.map((q) => q.country).lastIndexOf(p.country);
  participants.splice(after >= 0 ? after + 1 : participants.length, 0, p);
}

/**
 * A principal who joined another's talk ("President X joined the Vice President's meeting with
 * …", "Foreign Minister Y also joined the call"): named by office and name in the text's
 * opening sentences, resolved on the date (or, without one, to the one person ever of that name
 * and office), and added beside the principals already read, with the one whose talk it was
 * ("the Vice President's", the holder on the date). Never one the table cannot name.
 */
export function joinedPrincipals(participants: Participant[], text: string, date: string | null): void {
  if (new Set(participants.map((p) => p.country)).size < 2) return;
  for (const sentence of text.split(/(?<=[\p{Ll}\d)”"’][.!?])\s+/u).slice(0, 4)) {
    const m = JOINED_RE.exec(sentence);
    const joiner = m ? namedHolder(m[1] as string, null, date) : null;
    if (!m || !joiner) continue;
    const host = m[2] ? namedHolder(m[2], joiner.country, date) : null;
    if (host) addBeside(participants, host);
    addBeside(participants, joiner);
  }
}

/**
 * A second talk the page goes on to tell, of the same principal: "The Prime Minister also spoke
 * to President X of Y …", "He later held a call with Chancellor Z …". The subject (an office, a
 * pronoun or a surname), the verb, then the counterpart by office and name.
 */
const ALSO_TALK_RE =
  /^(?:The\s+|the\s+)?(?:Prime Minister|President|Chancellor|Foreign Secretary|Foreign Minister|Secretary|He|She|[A-Z][\p{L}'’-]+)\s+(?:also|then|later|separately|subsequently)\s+(?:spoke|talked|held\s+(?:a\s+)?(?:separate\s+)?(?:(?:tele)?phone\s+)?(?:call|talks|meeting|conversation)s?)\s+(?:by\s+(?:tele)?phone\s+)?(?:to|with)\s+(.{4,120}?)(?=\s+(?:about|on|to|for|in|at|this|today|yesterday|and|who|,)\b|[,.;]|$)/u;

/**
 * The counterparts of a readout that tells two talks of its principal, one after the other
 * ("The Prime Minister also spoke to President X of Y about …"): each counterpart named by office
 * and name and resolved on the date, of a country the talk does not have yet, added after the
 * others.
 */
export function furtherTalks(participants: Participant[], text: string, date: string | null): void {
  if (new Set(participants.map((p) => p.country)).size < 2) return;
  for (const sentence of text.split(/(?<=[\p{Ll}\d)”"’][.!?])\s+/u).slice(1, 6)) {
    const m = ALSO_TALK_RE.exec(sentence);
    const other = m ? namedHolder(m[1] as string, null, date) : null;
    if (other && !participants.some((p) => p.country === other.country)) participants.push(other);
  }
}

/** A headline that is itself the talk's sentence: "Foreign Minister A calls on PM B today". */
const HEADLINE_TALK_RE =
  /^(.{4,80}?)\s+(?:calls? on|called on|meets|met|meets with|met with|holds? talks with|held talks with|speaks (?:with|to)|spoke (?:with|to)|dials)\s+(.{4,80}?)(?:\s+(?:today|yesterday|tonight|in|at|on|during|amid|ahead of|after|before|over|for)\b.*|\s*[,;:–—|(-].*)?$/i;

/**
 * A readout whose headline is the talk's own sentence ("External Minister A calls on President
 * B", "PM A meets Chancellor B"), both named by office and name and resolved to people of two
 * countries: when the lead read lacks one of them (it read another talk the page goes on to
 * tell), the headline's two are the principals. The lead's people otherwise.
 */
export function headlinePair(
  participants: Participant[],
  title: string | null,
  date: string | null,
): Participant[] {
  const m = title ? HEADLINE_TALK_RE.exec(title) : null;
  // Each side a person named by office and name, resolved on the date (`namedHolder`).
  const a = m ? namedHolder((m[1] as string).trim(), null, date) : null;
  const b = m && a ? namedHolder((m[2] as string).trim(), null, date) : null;
  if (!a || !b || a.country === b.country) return participants;
  const missing = [a, b].some((h) => !participants.some((p) => sameWords(p.name, h.name)));
  return missing ? [a, b] : participants;
}

/** A title opening on two people or countries joined by a comma, "and" or "&": "Modi, Biden discuss …". */
const TITLE_PAIR_RE =
  /^(?:[^:]{0,40}:\s+)?([A-Z][\p{L}.'’-]+(?:\s+[A-Z][\p{L}.'’-]+){0,3}?)\s*(?:,|\s+and\s+|\s*&\s*)\s*([A-Z][\p{L}.'’-]+(?:\s+[A-Z][\p{L}.'’-]+){0,3}?)(?:\s+(FMs?|PMs?|foreign ministers|prime ministers|presidents|leaders))?\s+(?:discuss|hold|held|have|had|talk|speak|spoke|agree|agreed|meet|met|review|exchange|vow|pledge|reaffirm|call|sign|dial)/u;
/** Short offices of news titles. */
const TITLE_OFFICES: Readonly<Record<string, string>> = {
  fm: 'foreign ministers',
  fms: 'foreign ministers',
  pm: 'prime ministers',
  pms: 'prime ministers',
};

/**
 * One side of a title's talk: a person by office and name, or by a name the office table has
 * for one person on the date ("Modi", "Blinken", "Recep Tayyip Erdogan"); null otherwise.
 */
function titleSide(text: string, date: string | null): Participant | null {
  const named = namedHolder(text, null, date);
  if (named || !date || !/^\p{Lu}[\p{L}.'’-]+(?:\s+\p{Lu}[\p{L}.'’-]+){0,3}$/u.test(text)) return named;
  const match = /\s/.test(text) ? 'full' : 'surname';
  const holders = findHolders({ date, name: { text, match } });
  const people = new Set(holders.map((h) => `${h.country}|${h.name}`));
  const [h] = holders;
  return h && people.size === 1 ? { name: h.name, honorific: null, title: null, country: h.country } : null;
}

/**
 * The two sides a title names, on the date: "A holds talks with B", "A meets B", "A, B discuss
 * …" (by office and name or by a name one holder has on the date), "Japan, US foreign ministers
 * hold …" (by countries and office); null unless two people of two countries.
 */
export function titlePair(title: string | null, date: string | null): Participant[] | null {
  if (!title) return null;
  const talk = HEADLINE_TALK_RE.exec(title);
  const pair = talk ? null : TITLE_PAIR_RE.exec(title);
  const sides = talk ? [talk[1], talk[2]] : pair ? [pair[1], pair[2]] : [];
  const office = pair?.[3];
  const group = office
    ? (officeGroup(`${sides.join(' and ')} ${TITLE_OFFICES[office.toLowerCase()] ?? office}`, true) ?? [])
    : null;
  if (group) resolveOfficeHolders(group, date, []);
  const people = group ?? sides.map((s) => titleSide((s as string).trim(), date));
  const [a, b] = people;
  if (people.length !== 2 || !a?.name || !b?.name || !a.country || !b.country || a.country === b.country)
    return null;
  return [a, b];
}

/**
 * A readout whose lead names one side of the talk or none ("Foreign Minister A held phone talks
 * on Sunday"): the title's two sides complete it, when the lead's side is one of them.
 */
export function titleCompletes(
  participants: Participant[],
  title: string | null,
  date: string | null,
): Participant[] {
  if (new Set(participants.map((p) => p.country).filter(Boolean)).size >= 2) return participants;
  // A title naming both by office and name is `headlinePair`'s, once the page is known a readout.
  if (headlinePair([], title, date).length > 0) return participants;
  const pair = titlePair(title, date);
  if (!pair) return participants;
  const fits = participants.every((p) => pair.some((q) => q.country === p.country));
  if (!fits) return participants;
  const missing = pair.filter((q) => !participants.some((p) => p.country === q.country));
  return [...participants, ...missing];
}
