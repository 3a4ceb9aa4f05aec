import type { Readout } from './types.js';

/**
 * Whether a parsed page is posted to Slack: a readout, or a press conference that reports a
 * talk with a foreign counterpart (principals of two or more countries). Every other page
 * (statements, fact sheets, announcements, briefings…) is stored, searchable and held back.
 */
export function isPosted(readout: Pick<Readout, 'docType' | 'participants' | 'countries'>): boolean {
  if (readout.docType === 'readout') return true;
  if (readout.docType !== 'press_conference') return false;
  const countries = new Set([
    ...readout.countries,
    ...readout.participants.map((p) => p.country).filter((c): c is string => c !== null),
  ]);
  return countries.size >= 2;
}

/** Why a page is held back, in a few words for `/readout feeds held`: its docType as a reader says it. */
export function heldBackReason(readout: Pick<Readout, 'docType'>): string {
  return readout.docType === 'press_conference'
    ? 'a press conference that names no talk with a foreign counterpart'
    : 'not a readout';
}
