import { countryFromDemonym, countryFromName, countryFromSlug } from '../readout/countries.js';
import { OFFICE_HOLDERS } from '../readout/office-holders.js';
import type { Readout } from '../readout/types.js';

/**
 * The topics a set of readouts keeps coming back to: key terms of their key points ("North
 * Korea", "abductions", "Indo-Pacific"), each counted once per readout. Pure.
 *
 * A term is a run of one to three words with no common word inside or at its ends; common
 * English, the boilerplate of readouts ("the two leaders agreed to strengthen cooperation"),
 * people's names and the names of the countries being counted are left out, since they are in
 * every readout and say nothing about what was discussed. A term found exactly as often as a
 * longer term containing it ("Korea" in "North Korea") is dropped for the longer one.
 */
export type Topic = { term: string; count: number };

const COMMON = new Set(
  `a about above across after again against all also am among an and any are around as at be been before
  being below between both but by can could did do does doing down during each either even ever every few
  for from further had has have having he her here hers him his how however i if in into is it its itself
  just least less many may me might more most much must my near need neither no nor not now of off on once
  one only or other others our ours out over own per same she should since so some such than that the
  their theirs them then there these they this those through thus to too toward towards two under until
  up upon us very via was we well were what when where whether which while who whom whose why will with
  within without would yet you your three four five first second new further well-known
  agree agreed agreeing affirmed affirm reaffirm reaffirmed align aligned appreciate appreciated
  underline underlined underscored stress stressed emphasize emphasized emphasised emphasise welcome
  welcomed express expressed expressing hope hoped look looked looking forward share shared sharing
  confirm confirmed discuss discussed discussion discussions exchange exchanged exchanging view views
  opinion opinions talk talks talked telephone phone call called calls meeting meetings met meet visit
  visited visiting video conference held hold holding spoke speak said say stated state states
  mention mentioned noted note recognized recognised recognize explained explain briefed brief raised
  raise continue continued continuing work working worked closely close cooperate cooperating
  cooperation coordinate coordination coordinated strengthen strengthening strengthened enhance
  enhancing deepen deepening promote promoting promoted advance advancing further important importance
  issue issues matter matters area areas field fields side sides party parties country countries
  nation nations relation relations relationship bilateral leader leaders minister ministers president
  prime foreign secretary government governments people peoples counterpart counterparts term
  respective respectively including include includes regarding concerning toward basis context
  efforts effort way ways part time year years today recent recently current currently upcoming
  commitment committed regard regards support supported supporting well-being kind mr ms mrs dr h.e
  excellency his majesty her majesty together situation respond progress again ambassador thanked
  thank thanks early following future possible soon various wide broad range great good strong
  significant ongoing overall specific concrete mutual`
    .split(/\s+/)
    .filter(Boolean),
);

const WORD = /[\p{L}\p{N}]+(?:[-'’.][\p{L}\p{N}]+)*\.?/gu;
/** Punctuation that ends a run of words (a term never spans it). */
const BREAK = /[,;:()"“”!?]|\.(?=\s|$)|\s[–—-]\s/u;

/** The lower-cased words of a person's name, as the topics leave them out. */
function addNameWords(names: Set<string>, name: string): void {
  for (const w of name.toLowerCase().split(/[\s,.]+/)) if (w.length > 1) names.add(w);
}

/** The words of the office-holder table's names: left out of every readout's topics. */
let officeNameWords: Set<string> | undefined;
function officeWords(): Set<string> {
  if (!officeNameWords) {
    officeNameWords = new Set<string>();
    for (const h of OFFICE_HOLDERS) addNameWords(officeNameWords, h.name);
  }
  return officeNameWords;
}

/** The country a word or words name ("Japan", "Japanese", "U.S.", "North Korea"), else null. */
const phraseCountries = new Map<string, string | null>();

function countryOfPhrase(phrase: string): string | null {
  // Asked for every capitalised run of words: remembered, since the same phrases recur.
  const known = phraseCountries.get(phrase);
  if (known !== undefined) return known;
  const code = lookUpCountry(phrase);
  if (phraseCountries.size < 100_000) phraseCountries.set(phrase, code);
  return code;
}

function lookUpCountry(phrase: string): string | null {
  const bare = phrase.replace(/\.$/, '');
  return (
    countryFromName(bare) ??
    countryFromDemonym(phrase) ??
    countryFromDemonym(bare) ??
    (!bare.includes(' ') && bare.length > 1 && /^[A-Z.]+$/.test(bare)
      ? countryFromSlug(bare.replace(/\./g, '').toLowerCase())
      : null)
  );
}

/** Whether a hyphenated word names only counted countries ("Japan-U.S."). */
function namesCountedCountries(word: string, countries: ReadonlySet<string>): boolean {
  if (!word.includes('-')) return false;
  return word.split('-').every((part) => {
    const code = countryOfPhrase(part);
    return code !== null && countries.has(code);
  });
}

/** Country names run to four words at most ("United States of America"). */
const MAX_NAME_WORDS = 4;
/** Between the tokens of a stored term. */
const SEP = '\u001f';
/** Between a country's name and its code in a token ("North Korea\u0002KP"). */
const MARK = '\u0002';

/** The country name starting at word `i` (longest first), with its code and length, else null. */
function nameAt(words: readonly string[], i: number): { code: string; length: number } | null {
  // Names start with a capital; the lookup is skipped for every other word.
  if (!/^\p{Lu}/u.test(words[i] as string)) return null;
  for (let n = Math.min(MAX_NAME_WORDS, words.length - i); n >= 1; n--) {
    const code = countryOfPhrase(words.slice(i, i + n).join(' '));
    if (code) return { code, length: n };
  }
  return null;
}

/**
 * The runs of tokens in a text that may be topics, original case. A country's name is found
 * first, longest first, and kept as one token with its code ("North Korea" stays one term);
 * which countries are counted, and so left out, is decided when the topics are counted.
 */
function runsOf(text: string, skip: (word: string) => boolean): string[][] {
  const runs: string[][] = [];
  for (const piece of text.split(BREAK)) {
    const words = [...piece.matchAll(WORD)].map((m) => m[0].replace(/[’']s$/i, ''));
    let run: string[] = [];
    for (let i = 0; i < words.length; ) {
      const name = nameAt(words, i);
      if (name) {
        const shown = words
          .slice(i, i + name.length)
          .join(' ')
          .replace(/\.$/, '');
        run.push(`${shown}${MARK}${name.code}`);
        i += name.length;
        continue;
      }
      const bare = (words[i] as string).replace(/\.$/, '');
      if (skip(bare)) {
        if (run.length > 0) runs.push(run);
        run = [];
      } else run.push(bare);
      i++;
    }
    if (run.length > 0) runs.push(run);
  }
  return runs;
}

/**
 * What one readout gives the topics, worked out once (stored in its summary row): every run of
 * one to three tokens of its key points with how often it occurs, and the words of its
 * participants' names. Common words, numbers and the office-holder table's names are left out
 * here; the names of other readouts' participants and the counted countries when counting.
 */
export type ReadoutTerms = { terms: [string, number][]; names: string[] };

export function termsOf(readout: Readout): ReadoutTerms {
  const own = new Set<string>();
  for (const p of readout.participants) addNameWords(own, p.name);
  const office = officeWords();
  const skip = (word: string): boolean => {
    const lower = word.toLowerCase();
    return COMMON.has(lower) || office.has(lower) || own.has(lower) || /^\d/.test(word) || word.length < 3;
  };
  const occurrences = new Map<string, number>();
  const texts = readout.keyPoints.flatMap((k) => [k.heading ?? '', k.text, ...k.subPoints]);
  for (const text of texts)
    for (const run of runsOf(text, skip))
      for (let n = 1; n <= 3; n++)
        for (let i = 0; i + n <= run.length; i++) {
          const term = n === 1 ? (run[i] as string) : run.slice(i, i + n).join(SEP);
          occurrences.set(term, (occurrences.get(term) ?? 0) + 1);
        }
  return { terms: [...occurrences], names: [...own] };
}

/**
 * The `limit` topics found in at least `minCount` readouts, most frequent first (then the
 * longer term, then alphabetical). `countries` are the codes whose names are left out.
 */
export function recurringTopics(
  readouts: readonly Readout[],
  countries: readonly string[],
  limit = 8,
  minCount = 2,
): Topic[] {
  return topicsOf(readouts.map(termsOf), countries, limit, minCount);
}

/** A stored term as shown ("North Korea policy") with its key, or null when it is left out. */
type Shown = { text: string; key: string } | null;

function shownTerm(term: string, names: ReadonlySet<string>, counted: ReadonlySet<string>): Shown {
  const parts: string[] = [];
  for (const token of term.split(SEP)) {
    const mark = token.indexOf(MARK);
    if (mark >= 0) {
      if (counted.has(token.slice(mark + 1))) return null;
      parts.push(token.slice(0, mark));
    } else {
      if (names.has(token.toLowerCase()) || namesCountedCountries(token, counted)) return null;
      parts.push(token);
    }
  }
  const text = parts.join(' ');
  return { text, key: text.toLowerCase() };
}

/**
 * How topics are counted from stored terms: part of the signature of stored topics
 * (`Store.statsTopics`), so a change to `topicsOf` or `rankTopics` must add one.
 */
export const TOPICS_VERSION = 1;

/** `recurringTopics` from the readouts' terms (`termsOf`, as stored in their summary rows). */
export function topicsOf(
  list: readonly ReadoutTerms[],
  countries: readonly string[],
  limit = 8,
  minCount = 2,
): Topic[] {
  const names = new Set<string>();
  for (const t of list) for (const w of t.names) names.add(w);
  const counted = new Set(countries);
  const shown = new Map<string, Shown>();
  const counts = new Map<string, number>();
  // Each spelling's count; a term shows as its most used spelling ("Indo-Pacific").
  const spellings = new Map<string, number>();
  for (const t of list) {
    const seen = new Set<string>();
    for (const [term, n] of t.terms) {
      let s = shown.get(term);
      if (s === undefined) {
        s = shownTerm(term, names, counted);
        shown.set(term, s);
      }
      if (s === null) continue;
      spellings.set(s.text, (spellings.get(s.text) ?? 0) + n);
      seen.add(s.key);
    }
    for (const key of seen) counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return rankTopics(counts, spellings, limit, minCount);
}

function rankTopics(
  counts: Map<string, number>,
  spellings: Map<string, number>,
  limit: number,
  minCount: number,
): Topic[] {
  const frequent = [...counts].filter(([, n]) => n >= minCount);
  // A shorter term inside a longer one found as often is the same topic: keep the longer.
  const subsumed = new Set<string>();
  for (const [key, n] of frequent) {
    const words = key.split(' ');
    for (let size = 1; size < words.length; size++)
      for (let i = 0; i + size <= words.length; i++) {
        const part = words.slice(i, i + size).join(' ');
        if (counts.get(part) === n) subsumed.add(part);
      }
  }
  const kept = frequent.filter(([key]) => !subsumed.has(key));
  kept.sort(
    (a, b) => b[1] - a[1] || b[0].split(' ').length - a[0].split(' ').length || a[0].localeCompare(b[0]),
  );
  const top = kept.slice(0, limit);
  const best = new Map<string, [string, number]>(top.map(([key]) => [key, [key, -1]]));
  for (const [text, n] of spellings) {
    const entry = best.get(text.toLowerCase());
    if (entry && n > entry[1]) best.set(text.toLowerCase(), [text, n]);
  }
  return top.map(([key, count]) => ({ term: best.get(key)?.[0] ?? key, count }));
}
