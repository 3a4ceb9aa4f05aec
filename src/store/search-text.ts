import type { Readout } from '../readout/types.js';

/** How many of the newest matches a search ranks, in both stores (see `searchRank`). */
export const SEARCH_RANKED = 2000;

/** What full-text search reads of a readout, by field (both stores index the same text). */
export function searchText(readout: Readout): { title: string; participants: string; points: string } {
  return {
    title: readout.title ?? '',
    participants: readout.participants.map((p) => `${p.name} ${p.title ?? ''}`).join(' '),
    points: [
      ...readout.keyPoints.flatMap((k) => [k.heading ?? '', k.text, ...k.subPoints]),
      ...readout.summary,
    ].join(' '),
  };
}
