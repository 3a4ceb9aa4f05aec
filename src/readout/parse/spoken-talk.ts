import { countryFromName } from '../countries.js';
import { findHolders, leaderOffice, officeHolder, officeOf } from '../office-holders.js';
import type { Participant, ReadoutKind } from '../types.js';
import { countriesNamed } from './doc-type.js';
import { countryInPhrase, parsePersonPhrase, resolveOfficeHolders } from './people.js';
import { speakerOf } from './principals.js';

/**
 * The talk a press conference reports. Leaders rarely open a doorstop or a press conference
 * with a readout's sentence; they say it their way: "It was great to be welcomed by Prime
 * Minister Sunak", "I am delighted to host Prime Minister Luxon here", "a 90-minute meeting
 * with President Biden". Read from the home principal's own answers (never a journalist's
 * question), in the past or present tense, with the counterpart named by office and name
 * and resolved through the office-holder table on the date. Cheap: at most the first few
 * thousand characters of the speaker's words are read.
 */
export type TranscriptTalk = {
  /** The counterparts, each of another country than the speaker's. */
  counterparts: Participant[];
  kind: ReadoutKind;
  /** The sentence that names the talk. */
  sentence: string;
};

/**
 * A speaker's label: "ANTHONY ALBANESE, PRIME MINISTER:", "PRIME MINISTER:", "Foreign Minister
 * Motegi:", the American Presidency Project's "President Obama." and "Q.", and a label lost in a
 * copy (": Thanks for joining us").
 */
const LABEL_RE =
  /^(?:([A-Z][\p{L} .,'’()-]{1,80}?):\s+|((?:The )?(?:President|Prime Minister|Chancellor|Secretary|Premier)(?: [A-Z][\p{L}'’-]+)?|Q)\.\s+|():\s+)/u;
/** The label's words. */
const labelOf = (m: RegExpExecArray) => m[1] ?? m[2] ?? m[3] ?? '';
/** Labels of those who ask, not answer. */
const ASKER_RE = /\b(?:journalist|question|reporter|host|moderator|presenter|interviewer|press|q|unknown)\b/i;
/** Offices a government's own speaker holds. */
const OFFICE_WORD_RE = /\b(?:prime minister|president|chancellor|minister|secretary|premier|pm)\b/i;

/** Words that make a sentence name a talk. */
const TALK_CUE_RE =
  /\b(?:met|meet|meeting|meetings|talks|discussions?|discussed|bilateral|spoke|speak|spoken|call|called|conversation|host|hosted|hosting|welcomed|welcome|sat down|sit down|catch-up|catch up|pull-aside)\b/i;
/** The speaker's own part in it. */
const FIRST_PERSON_RE = /\b(?:I|I've|I'm|I’ve|I’m|we|We|my|My|our|Our|us|me)\b/;
/** A talk still to come is not reported. */
const FUTURE_RE =
  /\b(?:will|shall|going to|look(?:ing)? forward to|plan(?:s|ning)? to|intend|tomorrow|next (?:week|month|year)|later (?:today|this))\b|['’]ll\b/i;
/** Offices named before a person's name in speech: "Prime Minister Sunak", "President Biden". */
const OFFICE_NAME_RE =
  /\b(?:(?:[A-Z][a-z]+(?:an|ese|ish|ian|ch|i)\s+)?(?:Prime Minister|President-elect|President|Chancellor|Premier|Foreign Minister|Foreign Secretary|Secretary of State|Secretary|Taoiseach|King|Crown Prince|Emir|Sultan))\s+(?:[A-Z][\p{L}'’-]+)(?:\s+(?:[A-Z][\p{L}'’-]+|von der|de|bin))*/gu;

/** "Foreign minister Hayashi", "Prime minister Sunak": an office in lower case, then a name. */
const LOWER_OFFICE_RE = /\b(Foreign|Prime) minister (?=[A-Z])/g;

/** The words each speaker says, their label with them, in order. */
function turns(lines: readonly string[]): { label: string; text: string }[] {
  const out: { label: string; text: string }[] = [];
  for (const line of lines) {
    const m = LABEL_RE.exec(line);
    if (m) out.push({ label: labelOf(m), text: line.slice(m[0].length) });
    else if (out.length > 0) (out[out.length - 1] as { text: string }).text += ` ${line}`;
  }
  return out;
}

/** A line that summarises the questions put ("(On the outcome of today's summit; on …)"), not the speaker's words. */
const QUESTION_NOTE_RE = /^\(.*\)$/s;

/**
 * The first answers of the government's speaker, up to `limit` characters. A transcript with no
 * speaker's label at all (a leader's press conference that prints the answers alone, each after
 * a note of the questions in brackets) is the speaker's own words, the notes left out.
 */
function speakerText(lines: readonly string[], limit: number): string {
  const all = turns(lines);
  if (all.length === 0)
    return lines
      .filter((l) => !QUESTION_NOTE_RE.test(l.trim()))
      .join(' ')
      .slice(0, limit);
  let text = '';
  for (const t of all) {
    // A label lost in a copy is the opening statement's, the speaker's own.
    if (t.label !== '' && (ASKER_RE.test(t.label) || !OFFICE_WORD_RE.test(t.label))) continue;
    text += ` ${t.text}`;
    if (text.length > limit) break;
  }
  return text.slice(0, limit);
}

/** The kind of talk a sentence names. */
function kindOf(sentence: string): ReadoutKind {
  if (/\bvideo|virtual/i.test(sentence)) return 'video';
  if (/\b(?:tele)?phone\b|\bcall(?:ed)?\b/i.test(sentence)) return 'telephone';
  return 'meeting';
}

/** People a sentence names by office and name ("President Obama", "Premier Li Qiang"), resolved on the date. */
export function peopleByOffice(sentence: string, date: string | null): Participant[] {
  const found: Participant[] = [];
  // A news site writes the office in lower case before the name: "Foreign minister Hayashi".
  const text = sentence.replace(LOWER_OFFICE_RE, (_, first: string) => `${first} Minister `);
  for (const m of text.matchAll(OFFICE_NAME_RE)) {
    const phrase = parsePersonPhrase(m[0].replace(/['’]s$/, ''));
    if (!phrase?.prefixTitle) continue;
    const p: Participant = {
      name: phrase.name,
      honorific: phrase.honorific,
      title: phrase.prefixTitle,
      country: phrase.ofCountry,
    };
    resolveOfficeHolders([p], date, []);
    if (p.country && /\s/.test(p.name) && !found.some((f) => f.name === p.name)) found.push(p);
  }
  return found;
}

/** The foreign principals a sentence names by office and name, resolved on the date. */
function namedCounterparts(sentence: string, home: string, date: string | null): Participant[] {
  const found: Participant[] = [];
  let end = -1;
  for (const m of sentence.matchAll(OFFICE_NAME_RE)) {
    // The first one named, and those listed with it ("Prime Minister X and President Y").
    if (found.length > 0 && !/^\s*(?:,|and|, and)\s*$/.test(sentence.slice(end, m.index))) break;
    end = (m.index ?? 0) + m[0].length;
    // "in Premier Li Qiang’s honour": the name without its possessive.
    const phrase = parsePersonPhrase(m[0].replace(/['’]s$/, ''));
    if (!phrase?.prefixTitle) continue;
    const p: Participant = {
      name: phrase.name,
      honorific: phrase.honorific,
      title: phrase.prefixTitle,
      country: phrase.ofCountry,
    };
    resolveOfficeHolders([p], date, []);
    if (p.country && p.country !== home && /\s/.test(p.name) && !found.some((f) => f.name === p.name))
      found.push(p);
  }
  return found.length > 0 ? found : byOfficeOfCountry(sentence, home, date);
}

/** An office and a country with no name: "the Prime Minister of Japan", "the President of Indonesia". */
const OFFICE_OF_RE =
  /\b(Prime Minister|President|Chancellor|Premier|Foreign Minister)\s+of\s+(?:the\s+)?([A-Z][\p{L}'’-]*(?:\s+(?:of\s+)?[A-Z][\p{L}'’-]*){0,3})/u;

/** The holder of the office the sentence names for another country, on the date. */
function byOfficeOfCountry(sentence: string, home: string, date: string | null): Participant[] {
  const m = OFFICE_OF_RE.exec(sentence);
  if (!m || !date) return [];
  const words = (m[2] as string).split(/\s+/);
  for (let k = words.length; k >= 1; k--) {
    const country = countryFromName(words.slice(0, k).join(' '));
    if (!country || country === home) continue;
    const office = officeOf(m[1] as string, country);
    const name = office ? officeHolder(country, office, date) : null;
    return name
      ? [{ name, honorific: null, title: `${m[1]} of ${words.slice(0, k).join(' ')}`, country }]
      : [];
  }
  return [];
}

/**
 * The talk the government's speaker reports in a transcript: the first sentence of their own
 * answers that names a talk they had, with a counterpart of another country; null when none.
 */
export function talkInTranscript(
  lines: readonly string[],
  home: string | null,
  date: string | null,
): TranscriptTalk | null {
  if (!home) return null;
  const text = speakerText(lines, 6000);
  for (const sentence of text.split(/(?<=[.!?])\s+(?=[A-Z“"‘'])/)) {
    if (!TALK_CUE_RE.test(sentence) || !FIRST_PERSON_RE.test(sentence) || FUTURE_RE.test(sentence)) continue;
    const counterparts = namedCounterparts(sentence, home, date);
    if (counterparts.length > 0) return { counterparts, kind: kindOf(sentence), sentence: sentence.trim() };
  }
  return null;
}

/** The holder of the home leader's office on the date: the speaker of a leader's press conference. */
function homeLeader(home: string, date: string | null): Participant | null {
  if (!date) return null;
  const [holder] = findHolders({ date, country: home, office: leaderOffice(home) });
  return holder ? { name: holder.name, honorific: null, title: null, country: home } : null;
}

/** "ANTHONY ALBANESE, PRIME MINISTER:": the name before the comma, the office after it. */
function labelled(line: string | undefined, home: string | null): Participant | null {
  const found = line ? LABEL_RE.exec(line) : null;
  const label = found ? labelOf(found) : undefined;
  const m = label ? /^([A-Z][\p{L}'’ -]+),\s*(.+)$/u.exec(label) : null;
  if (!m) return null;
  const titleCase = (s: string) => s.toLowerCase().replace(/(^|[\s'’-])\p{L}/gu, (c) => c.toUpperCase());
  const name = titleCase((m[1] as string).trim());
  if (!/\s/.test(name) || OFFICE_WORD_RE.test(name)) return null;
  return { name, honorific: null, title: titleCase((m[2] as string).trim()), country: home };
}

/** The line of a transcript's first answer by a government speaker; -1 when none. */
export function firstAnswer(lines: readonly string[]): number {
  return lines.findIndex((l) => {
    const m = LABEL_RE.exec(l);
    return m !== null && m[3] === undefined && !ASKER_RE.test(labelOf(m)) && OFFICE_WORD_RE.test(labelOf(m));
  });
}

/** The government's speaker: the title's or the first answer's label, resolved on the date. */
function speaker(lines: readonly string[], title: string | null, home: string | null, date: string | null) {
  const first = lines.find((l) => {
    const m = LABEL_RE.exec(l);
    return m !== null && !ASKER_RE.test(labelOf(m)) && OFFICE_WORD_RE.test(labelOf(m));
  });
  const named = speakerOf(title, first ?? '', home) ?? labelled(first, home);
  if (named) {
    resolveOfficeHolders([named], date, []);
    if (named.name && named.country) return named;
  }
  return home ? homeLeader(home, date) : null;
}

/**
 * A press conference whose lead names no talk with another country: the talk its speaker
 * reports, as its principals (the speaker first) and kind; null when it reports none.
 */
export function reportedTalk(
  lines: readonly string[],
  heading: string | null,
  home: string | null,
  date: string | null,
  principals: readonly Participant[],
  lead = '',
): { participants: Participant[]; kind: ReadoutKind } | null {
  // A title made from an address, all in lower case: its words capitalised, as a title writes them.
  const title =
    heading && !/\p{Lu}/u.test(heading) ? heading.replace(/\p{Ll}[\p{L}'’-]*/gu, capitalised) : heading;
  // A lead that names two other countries' leaders and none of the publisher's (a note of the
  // questions: "on meeting President-elect X") is not the speaker's talk: the speaker's words say.
  const countries = new Set(principals.map((p) => p.country).filter(Boolean));
  if (countries.size >= 2 && (!home || countries.has(home))) return null;
  const byTitle = titleParties(title, home, date);
  if (byTitle) return { participants: byTitle, kind: 'meeting' };
  // "Remarks With Japanese Foreign Minister X After Their Meeting": the speaker's guest.
  const guest = guestInTitle(title, date);
  // A copy's page speaks for the country its title names ("Australian Prime Minister Press
  // Conference"), not its guest's.
  const named = [...countriesNamed(title ?? '')].filter((c) => c !== guest?.country);
  const homeCountry = home ?? (named.length === 1 ? (named[0] as string) : null);
  const own = principals.find((p) => p.name && p.country && (!homeCountry || p.country === homeCountry));
  const who = own ?? speaker(lines, title, homeCountry, date);
  const country = homeCountry ?? who?.country ?? null;
  if (!who || !country) return null;
  if (guest && guest.country !== country) return { participants: [who, guest], kind: 'meeting' };
  const talk = talkInTranscript(lines, country, date);
  if (talk) return { participants: [who, ...talk.counterparts], kind: talk.kind };
  return firstPersonTalk(lead, who, country, principals);
}

/** A title of remarks given with a guest: "Remarks With Kuwaiti Deputy Prime Minister X After Their Meeting". */
const REMARKS_WITH_RE =
  /^(?:Joint\s+)?(?:Remarks|Press Availability|Statements?(?:\s+to the Press)?)\s+With\s+(.+?)(?:\s+(?:After|Before|Following|Prior to|Ahead of)\s+(?:Their|the|a|His|Her)\b.*)?$/i;

/** The guest such a title names by office (with their country) and full name, resolved on the date. */
function guestInTitle(title: string | null, date: string | null): Participant | null {
  const m = title ? REMARKS_WITH_RE.exec(title) : null;
  const phrase = m ? parsePersonPhrase(m[1] as string) : null;
  if (!phrase?.prefixTitle) return null;
  const country = phrase.ofCountry ?? countryInPhrase(phrase.prefixTitle);
  const p: Participant = {
    name: phrase.name,
    honorific: phrase.honorific,
    title: phrase.prefixTitle,
    country,
  };
  resolveOfficeHolders([p], date, []);
  return p.country && /\s/.test(p.name) ? p : null;
}

/**
 * A statement read without speakers' labels whose lead tells the speaker's own talk ("Anthony and
 * I had a one-to-one discussion", "prior to our summit meeting"): the speaker and the lead's
 * counterparts, all of another country.
 */
function firstPersonTalk(
  lead: string,
  who: Participant,
  country: string,
  principals: readonly Participant[],
): { participants: Participant[]; kind: ReadoutKind } | null {
  const sentence = lead.split(/(?<=[.!?])\s+(?=[A-Z“"‘'])/).find((s) => TALK_CUE_RE.test(s)) ?? '';
  if (!FIRST_PERSON_RE.test(sentence) || FUTURE_RE.test(sentence)) return null;
  if (principals.length === 0 || principals.some((p) => !p.country || p.country === country)) return null;
  return { participants: [who, ...principals], kind: kindOf(sentence) };
}

/**
 * A joint press conference's principals as its title names them: "The President's News
 * Conference With Chancellor Angela Merkel of Germany", "Remarks by President Biden and Prime
 * Minister Suga of Japan at Press Conference"; null unless two countries are read.
 */
function titleParties(
  heading: string | null,
  home: string | null,
  date: string | null,
): Participant[] | null {
  if (!heading) return null;
  const title = LOWER_TITLE_RE.test(heading)
    ? heading.replace(/(?<=\s)\p{Ll}[\p{L}'’-]*/gu, capitalised)
    : heading;
  // "President A participates in a press conference with Prime Minister B": both sides; "A
  // and B hold a joint press conference".
  const both = TAKES_PART_RE.exec(title) ?? PAIR_HOLDS_RE.exec(title);
  if (both) return partiesOf([both[1] as string, both[2] as string], date);
  const withWhom = /\b(?:news|press) conference with\s+(.+)$/i.exec(title)?.[1];
  const byWhom =
    /^(?:remarks|joint press conference|press conference)\s+by\s+(?:the\s+)?(.+?)\s+(?:at|in|before|after|during|following)\s+(?:a\s+|the\s+)?(?:joint\s+)?(?:press|news)\b/i.exec(
      title,
    )?.[1];
  const phrases = withWhom ? [withWhom] : (byWhom?.split(/\s+and\s+(?=(?:the\s+)?[A-Z])/) ?? []);
  const people = partiesOf(phrases, date) ?? [];
  // "The President's News Conference With …": the host is the publisher's leader on the day.
  const host = withWhom && home ? homeLeader(home, date) : null;
  if (host && !people.some((p) => p.country === home)) people.unshift(host);
  return new Set(people.map((p) => p.country)).size >= 2 ? people : null;
}

/** A title written in lower case after its first word (an address's words): "President obama participates in …". */
const LOWER_TITLE_RE = /^\p{Lu}\p{Ll}+(?:\s+[\p{Ll}\d'’-]+){3,}$/u;
/** Words a name's phrase keeps in lower case ("Prime Minister of the United Kingdom"). */
const SMALL_WORD_RE =
  /^(?:a|an|the|of|and|in|with|at|on|for|to|by|participates?|takes?|part|holds?|gives?|press|news|conference|joint)$/;
const capitalised = (w: string) => (SMALL_WORD_RE.test(w) ? w : w.charAt(0).toUpperCase() + w.slice(1));
/** "A participates in a (joint) press conference with B", "A holds a news conference with B". */
const TAKES_PART_RE =
  /^(.+?)\s+(?:participates? in|takes? part in|holds?|gives?)\s+(?:a\s+)?(?:joint\s+)?(?:press|news) conference with\s+(.+)$/i;

/** "A and B hold joint press conference" (after a site's label: "Watch again: …"). */
const PAIR_HOLDS_RE =
  /(?:^|:\s+)([A-Z][^:,]*?)\s+and\s+([A-Z][^:,]*?)\s+(?:hold|holds|held|give|gives|gave)\s+(?:a\s+|their\s+)?joint\s+(?:press|news)\s+conference\b/;

/** The people a title's phrases name, each resolved on the date, when they have a name and a country. */
function partiesOf(phrases: readonly string[], date: string | null): Participant[] | null {
  const people: Participant[] = [];
  for (const text of phrases) {
    const phrase = parsePersonPhrase(text);
    if (!phrase) continue;
    const p: Participant = {
      name: phrase.name,
      honorific: phrase.honorific,
      title: phrase.prefixTitle,
      country: phrase.ofCountry,
    };
    resolveOfficeHolders([p], date, []);
    if (p.name && p.country) people.push(p);
  }
  return new Set(people.map((p) => p.country)).size >= 2 ? people : phrases.length > 1 ? null : people;
}

/** A sentence that reports a talk held: "… held their first face-to-face meeting …", "… met …". */
const HELD_TALK_RE =
  /\b(?:met|held|hold|holds|spoke|talked|(?:phone|telephone|video) call|conversation|talks|meeting|summit)\b/i;

/**
 * A lead that names no principal ("On April 16, the two men left the press conference"): the
 * first sentence of the next paragraphs that reports a talk held between office holders of two
 * or more countries named by office and name ("Japanese Prime Minister A B and U.S. President C
 * D held their first meeting"), its people resolved on the date; none when no sentence does.
 */
export function holdersOfTalkAfterLead(lines: readonly string[], date: string | null): Participant[] {
  // A sentence ends after a word, not after "U.S.".
  for (const line of lines.slice(0, 6))
    for (const sentence of line.split(/(?<=[\p{Ll}\d)”"’][.!?])\s+(?=[A-Z“"‘'])/u)) {
      if (!HELD_TALK_RE.test(sentence) || FUTURE_RE.test(sentence)) continue;
      const people = peopleByOffice(sentence, date);
      if (new Set(people.map((p) => p.country)).size >= 2) return people;
    }
  return [];
}
