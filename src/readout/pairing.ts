/**
 * Two governments' readouts of one event: the MOFA readout of a call and the White House readout
 * of the same call. Pure functions, no clock, no I/O.
 *
 * Two readouts report the same event when all of these hold:
 * - both are readouts (not press conferences), from different sources and different home
 *   governments (the subject, first among the participants): MOFA and Kantei are one side;
 * - both have an event date, at most one day apart (a call at 07:05 in Tokyo is the evening
 *   before in Washington);
 * - the same kind of talk: telephone, video or meeting (a courtesy call is a meeting); a kind
 *   the text does not state ("other") fits any kind;
 * - the same countries (a bilateral never pairs with a multilateral);
 * - the same principals: for every country both name someone, a person on one side is a
 *   person on the other (the office-holder table reconciles "KISHIDA Fumio", "Kishida Fumio"
 *   and "Fumio Kishida", or "Joe Biden" and "Joseph R. Biden, Jr."). A country named without
 *   a person on one side is filled from the office-holder table when the other side's title
 *   says which office.
 */
import { findHolders, type Office, officeOf } from './office-holders.js';
import type { Participant, Readout, ReadoutKind } from './types.js';

/** Days the two dates may differ by: the time-zone day shift. */
export const PAIR_MAX_DAYS = 1;

const KIND_GROUP: Record<ReadoutKind, string | null> = {
  telephone: 'telephone',
  video: 'video',
  meeting: 'meeting',
  courtesy_call: 'meeting',
  other: null,
};

const SUFFIXES = new Set(['jr', 'sr', 'ii', 'iii', 'iv', 'mp', 'hon', 'dr', 'mr', 'ms', 'mrs']);

/** The words of a name, accents and case folded, initials and suffixes dropped. */
export function nameWords(name: string): string[] {
  return name
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[.,'’()]/g, ' ')
    .split(/[\s-]+/)
    .filter((w) => w.length > 1 && !SUFFIXES.has(w));
}

/**
 * A person's identity: the office holder's name when the table knows them (a full name in
 * either order, else one holder in office that day whose surname the name contains), else the
 * name's words.
 */
function identity(p: Participant, date: string | null): string {
  const full = new Set(
    findHolders({ country: p.country, name: { text: p.name, match: 'full' } }).map((h) => h.name),
  );
  if (full.size === 1) return `holder:${[...full][0]}`;
  const names = new Set(
    findHolders({ country: p.country, date, name: { text: p.name, match: 'contains' } }).map((h) => h.name),
  );
  if (names.size === 1) return `holder:${[...names][0]}`;
  return `name:${nameWords(p.name).sort().join(' ')}`;
}

function samePerson(a: Participant, b: Participant, dateA: string | null, dateB: string | null): boolean {
  const ia = identity(a, dateA);
  const ib = identity(b, dateB);
  if (ia === ib) return true;
  if (ia.startsWith('holder:') && ib.startsWith('holder:')) return false;
  // A name the table does not know: every word of the shorter name is in the longer one.
  const wa = nameWords(a.name);
  const wb = nameWords(b.name);
  const [short, long] = wa.length <= wb.length ? [wa, wb] : [wb, wa];
  return short.length > 0 && short.every((w) => long.includes(w));
}

function daysBetween(a: string, b: string): number {
  return Math.abs(Date.parse(`${a}T00:00:00Z`) - Date.parse(`${b}T00:00:00Z`)) / 86_400_000;
}

/** The government that issued a readout: its subject's country (the home side comes first). */
export function homeCountry(readout: Readout): string | null {
  return readout.participants[0]?.country ?? null;
}

/** The principals a readout names for a country; filled from the office-holder table when it names none. */
function principalsOf(readout: Readout, country: string, hint: Readout): Participant[] {
  const named = readout.participants.filter((p) => p.country === country);
  if (named.length > 0 || !readout.date) return named;
  // The other side says which office this country's principal holds: the holder on this date.
  const offices = new Set<Office>();
  for (const p of hint.participants)
    if (p.country === country && p.title) {
      const office = officeOf(p.title, country);
      if (office) offices.add(office);
    }
  return [...offices].flatMap((office) =>
    findHolders({ country, office, date: readout.date }).map((h) => ({
      name: h.name,
      honorific: null,
      title: null,
      country,
    })),
  );
}

/** Why two readouts are not one event, or null when they are. Pure; for logs and tests. */
export function pairingMismatch(a: Readout, b: Readout): string | null {
  if (a.docType !== 'readout' || b.docType !== 'readout') return 'not both readouts';
  if (a.source === b.source) return 'same source';
  const homeA = homeCountry(a);
  const homeB = homeCountry(b);
  if (!homeA || !homeB) return 'no principals';
  if (homeA === homeB) return 'same government';
  if (!a.date || !b.date) return 'date missing';
  if (daysBetween(a.date, b.date) > PAIR_MAX_DAYS) return 'dates too far apart';
  const kindA = KIND_GROUP[a.kind];
  const kindB = KIND_GROUP[b.kind];
  if (kindA && kindB && kindA !== kindB) return 'different kinds';
  const countriesA = [...new Set(a.countries)].sort().join(',');
  const countriesB = [...new Set(b.countries)].sort().join(',');
  if (a.countries.length < 2 || countriesA !== countriesB) return 'different countries';
  let compared = 0;
  for (const country of new Set(a.countries)) {
    const pa = principalsOf(a, country, b);
    const pb = principalsOf(b, country, a);
    if (pa.length === 0 || pb.length === 0) continue;
    compared++;
    if (!pa.some((x) => pb.some((y) => samePerson(x, y, a.date, b.date))))
      return `different principals for ${country}`;
  }
  if (compared < 2) return 'principals unknown';
  return null;
}

/** Whether two readouts report the same event (see the module doc). Symmetric. */
export function sameEvent(a: Readout, b: Readout): boolean {
  return pairingMismatch(a, b) === null;
}

/**
 * The readout among candidates that reports the same event as `readout`: the nearest date,
 * then the same kind, then the first in the given order (the store's, oldest first). Null when
 * none does.
 */
export function bestPair<T extends { readout: Readout }>(
  readout: Readout,
  candidates: readonly T[],
): T | null {
  let best: { c: T; score: number } | null = null;
  for (const c of candidates) {
    if (!sameEvent(readout, c.readout)) continue;
    const days = daysBetween(readout.date as string, c.readout.date as string);
    const score = days * 10 + (c.readout.kind === readout.kind ? 0 : 1);
    if (!best || score < best.score) best = { c, score };
  }
  return best?.c ?? null;
}
