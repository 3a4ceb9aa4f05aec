import { countryFromName } from '../countries.js';
import { officeHolder, officeOf } from '../office-holders.js';
import type { Participant } from '../types.js';
import { countryInPhrase, countryOfName, parsePersonPhrase, resolveOfficeHolders } from './people.js';
import { counterpartInTitle } from './principals.js';

/**
 * The principals of a transcript (a press conference, a doorstop, remarks) that reports a talk
 * without a readout's lead: the speaker its first label or its title names ("ANTHONY ALBANESE,
 * PRIME MINISTER:", "Remarks by President Biden and Prime Minister Suga of Japan"), and the
 * foreign leader the speaker's opening turn says was met, hosted or welcomed ("I am delighted to
 * host Prime Minister Luxon here"), resolved through the office table on the day.
 */

/** A speaker's label in capitals: "ANTHONY ALBANESE, PRIME MINISTER OF AUSTRALIA:", "PRIME MINISTER:". */
const LABEL_RE = /^([A-Z][A-Z.'’ -]{2,40}?)(?:,\s*([A-Z][A-Z,.'’ -]{2,80}?))?:\s/;

/**
 * Words of the sentence that make a named leader a party to the talk, not a passing mention
 * ("I welcome President X's decision", "the talks between Russia and Ukraine" are not talks held).
 */
const TALK_CUE_RE =
  /\b(?:host(?:ed|ing)?\b|welcom(?:e|ed|ing)\b[^.]{0,80}\b(?:to|back|here)\b|met\b|(?:meeting|talks|lunch|dinner|call|conversation)\s+with\b|spoke\s+(?:with|to)\b|discussed\b[^.]{0,60}\bwith\b|bilaterals?\b|sat down with\b|welcomed by\b)/i;
/**
 * A sentence about a talk still to come ("I will meet President …", "Tomorrow, the Prime Minister
 * is scheduled to hold a meeting with …"): an announcement, not a report.
 */
const FUTURE_CUE_RE =
  /\b(?:will|shall|going to|plan(?:s|ning)? to|look(?:ing)? forward to|would like to|intend(?:s)? to|hope to|next (?:week|month)|tomorrow|(?:is|are) (?:planned|scheduled|expected|set) to)\b/i;

/** A leader named by office before a name or surname: "Prime Minister Luxon", "Premier Li Qiang". */
const TITLED_RE =
  /\b(Prime Minister|President|Premier|Chancellor|Crown Prince|King|Foreign Minister|Foreign Secretary|Secretary of State|Secretary)\s+((?:[A-Z][\p{L}'’-]+)(?:\s+[A-Z][\p{L}'’-]+){0,3})/gu;

/** A label that is an office alone ("PRIME MINISTER:"), not an office and a name ("PRESIDENT BIDEN:"). */
const OFFICE_ALONE_RE =
  /^(?:The\s+)?(?:Prime Minister|President|Chancellor|Premier|Foreign Minister|Secretary(?: Of State)?)$/i;

const titleCase = (s: string) => s.toLowerCase().replace(/(^|[\s-])\p{L}/gu, (c) => c.toUpperCase());

/** The speaker a label names: the person, else the office of the publisher's country. */
function labelSpeaker(line: string, home: string | null): Participant | null {
  const m = LABEL_RE.exec(line);
  if (!m) return null;
  const [first, second] = [titleCase(m[1] as string), m[2] ? titleCase(m[2]) : null];
  if (/^(?:Journalist|Question|Q|Host|Moderator|Reporter)$/i.test(first)) return null;
  if (second === null && OFFICE_ALONE_RE.test(first) && officeOf(first, home ?? null) !== null)
    return { name: '', honorific: null, title: first, country: home };
  // "ANTHONY ALBANESE, PRIME MINISTER": the name, then the office; "PRESIDENT BIDEN": both in one.
  const phrase = second === null ? parsePersonPhrase(first) : null;
  const name = phrase?.name ?? first;
  if (!/\s/.test(name) && !phrase?.prefixTitle) return null;
  const title = second ?? phrase?.prefixTitle ?? null;
  const country = countryOfName(name) ?? (title ? countryInPhrase(title) : null) ?? home;
  return { name, honorific: null, title, country };
}

/** "Remarks by President Biden and Prime Minister Suga of Japan at Press Conference": both speakers. */
function titleSpeakers(title: string | null, home: string | null): Participant[] {
  // "The President's News Conference With …": the publisher's office.
  const own = title ? /^The (President|Prime Minister|Chancellor)['’]s\b/.exec(title) : null;
  if (own) return [{ name: '', honorific: null, title: own[1] as string, country: home }];
  // "Australian Prime Minister Press Conference – Canberra": an office and its country.
  const office = title
    ? /^((?:[A-Z][a-z]+\s+)?(?:Prime Minister|President|Chancellor))\s+(?:Press Conference|Doorstop|Interview|Remarks|Media Conference|Joint Press Conference|Transcript)\b/.exec(
        title,
      )
    : null;
  if (office) {
    const written = office[1] as string;
    return [{ name: '', honorific: null, title: written, country: countryInPhrase(written) ?? home }];
  }
  const joint = title ? jointTitleOffices(title) : [];
  if (joint.length > 1) return joint;
  const by = title
    ? /\bby\s+(?:the\s+)?(.+?)(?:\s+(?:at|in|on|before|after|during)\s+.*)?$/i.exec(title)
    : null;
  if (!by) return [];
  const people: Participant[] = [];
  for (const piece of (by[1] as string).split(/\s*,\s*(?:and\s+)?|\s+and\s+/)) {
    const phrase = parsePersonPhrase(piece);
    if (!phrase?.prefixTitle) continue;
    const country = phrase.ofCountry ?? countryInPhrase(phrase.prefixTitle) ?? null;
    people.push({ name: phrase.name, honorific: null, title: phrase.prefixTitle, country });
  }
  if (people[0] && !people[0].country) people[0].country = home;
  return people;
}

/**
 * A joint statement's or press conference's title naming its two speakers by office and country:
 * "Joint Press Statement of the President of A and the Prime Minister of B, Tuesday, …".
 */
const JOINT_TITLE_RE =
  /^(?:joint\s+(?:press|news)\s+(?:statement|conference|remarks)|(?:press|news)\s+(?:statement|conference)\s+(?=.*\bjoint\b)|joint\s+statement(?:\s+to\s+the\s+press)?)\s+(?:(?:of|by|between)\s+)?(?:the\s+)?(.+)$/i;
/** Where a title's parties end: a date, a weekday, a place ("at the Palace", "in Jakarta"). */
const TITLE_PARTY_END_RE =
  /(?:,|\s+(?:at|in|on|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b|\s+\d).*$/;
/** An office of the table named in a title, before its country: "President of the Republic of A". */
const TITLE_OFFICE_RE = /^(Prime Minister|President|Chancellor|Premier|Foreign Minister)\s+of\s+/i;

/** The offices of two countries a joint title names, each for the office table; none unless two. */
function jointTitleOffices(title: string): Participant[] {
  const m = JOINT_TITLE_RE.exec(title);
  if (!m) return [];
  const people: Participant[] = [];
  for (const piece of (m[1] as string).split(/\s+and\s+(?:the\s+)?/)) {
    const phrase = piece.replace(TITLE_PARTY_END_RE, '').trim();
    const office = TITLE_OFFICE_RE.exec(phrase)?.[1];
    const country = office ? countryInPhrase(phrase) : null;
    if (!office || !country || !officeOf(office, country)) return [];
    people.push({ name: '', honorific: null, title: office, country });
  }
  return people.length === 2 && people[0]?.country !== people[1]?.country ? people : [];
}

/** A copy of a principal completed from the office table on the date, or null when it cannot be. */
function resolved(p: Participant, date: string | null): Participant | null {
  const people = [{ ...p }];
  resolveOfficeHolders(people, date, []);
  return people[0] ?? null;
}

/** An office and a country with no name: "the Prime Minister of the United Kingdom". */
const OFFICE_OF_RE =
  /\b(Prime Minister|President|Chancellor|Premier|Foreign Minister)\s+of\s+(?:the\s+)?([A-Z][\p{L}'’-]*(?:\s+[A-Z][\p{L}'’-]*){0,2})/gu;

/** Each office of OFFICE_OF_RE followed by a surname: "Prime Minister Starmer". */
const OFFICE_SURNAME_RE: Readonly<Record<string, RegExp>> = Object.fromEntries(
  ['Prime Minister', 'President', 'Chancellor', 'Premier', 'Foreign Minister'].map((office) => [
    office,
    new RegExp(`\\b${office}\\s+([A-Z][\\p{L}'’-]+)`, 'gu'),
  ]),
);

/** The country a capitalised phrase opens with ("United Kingdom and …" → GB), else null. */
function countryOpening(phrase: string): string | null {
  const words = phrase.split(/\s+/);
  for (let k = words.length; k >= 1; k--) {
    const country = countryFromName(words.slice(0, k).join(' '));
    if (country) return country;
  }
  return null;
}

/**
 * A counterpart the talk's sentence names by office and country alone ("I've had bilaterals with
 * the Prime Minister of the United Kingdom"): the one whose office the speaker also gives a
 * surname that the table has for that country ("… with Prime Minister Starmer"); else, the
 * sentence naming one such country only, the holder on the date. Null when neither names one.
 */
function officeOfCountry(sentence: string, text: string, speaker: Participant, date: string | null) {
  const named = [...sentence.matchAll(OFFICE_OF_RE)]
    .map((m) => ({ office: m[1] as string, country: countryOpening(m[2] as string) }))
    .filter((n): n is { office: string; country: string } => !!n.country && n.country !== speaker.country);
  for (const { office, country } of named)
    for (const m of text.matchAll(OFFICE_SURNAME_RE[office] as RegExp)) {
      const p = resolved({ name: m[1] as string, honorific: null, title: office, country }, date);
      if (p && /\s/.test(p.name) && p.country === country) return p;
    }
  const only = named.length === 1 ? (named[0] as { office: string; country: string }) : null;
  const holder = only && date ? officeOf(only.office, only.country) : null;
  const name = only && holder && date ? officeHolder(only.country, holder, date) : null;
  return only && name ? { name, honorific: null, title: only.office, country: only.country } : null;
}

/** The first leader of another country the opening turn names in a sentence about the talk. */
function metLeader(text: string, speaker: Participant, date: string | null): Participant | null {
  for (const sentence of text.split(/(?<=[.!?])\s+/).slice(0, 8)) {
    if (!TALK_CUE_RE.test(sentence) || FUTURE_CUE_RE.test(sentence)) continue;
    for (const m of sentence.matchAll(TITLED_RE)) {
      const name = (m[2] as string).replace(/['’]s$/, '');
      const found: Participant[] = [{ name, honorific: null, title: m[1] as string, country: null }];
      resolveOfficeHolders(found, date, []);
      const p = found[0];
      if (p?.country && p.country !== speaker.country && (/\s/.test(p.name) || date === null)) return p;
    }
    const byOffice = officeOfCountry(sentence, text, speaker, date);
    if (byOffice) return byOffice;
  }
  return null;
}

/**
 * The transcript's principals when the lead gave fewer than two countries; the participants as
 * they are otherwise. `lines` are the page's lines from the first spoken one.
 */
export function transcriptPrincipals(
  participants: Participant[],
  lines: string[],
  title: string | null,
  home: string | null,
  date: string | null,
): Participant[] {
  if (new Set(participants.map((p) => p.country).filter(Boolean)).size > 1) return participants;
  const byTitle = titleSpeakers(title, home);
  const labelled = lines.map((l) => labelSpeaker(l, home)).find((p) => p !== null) ?? null;
  const own = [labelled, byTitle[0], participants[0]]
    .map((p) => (p ? resolved(p, date) : null))
    .find((p) => p?.country);
  if (!own) return participants;
  const inTitle = counterpartInTitle(title);
  const other =
    byTitle.find((p) => p.country && p.country !== own.country) ??
    (inTitle?.country && inTitle.country !== own.country ? inTitle : null) ??
    metLeader(
      lines
        .slice(0, 4)
        .join(' ')
        .replace(/^[^:]{0,80}:\s/, ''),
      own,
      date,
    );
  if (!other) return participants;
  const found = [other];
  resolveOfficeHolders(found, date, []);
  return found[0] ? [own, found[0]] : participants;
}
