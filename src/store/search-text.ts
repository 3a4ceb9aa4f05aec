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

/**
 * Words as an FTS5 query (SQLite) in which every word must match, each one a quoted term so that
 * input is never FTS syntax; `columns` limits it to those columns of `readouts_fts`.
 */
export function ftsQuery(words: readonly string[], columns?: readonly string[]): string {
  const all = words.map((w) => `"${w.replace(/"/g, '""')}"`).join(' AND ');
  return columns ? `{${columns.join(' ')}} : (${all})` : all;
}

/**
 * Words as a PostgreSQL tsquery ('simple') in which every word must match; input never becomes
 * tsquery syntax. `weights` limits it to those weights of `readouts.search` (A title, B
 * participants, C key points).
 */
export function pgTsQuery(words: readonly string[], weights = ''): string {
  return words
    .map((w) =>
      w
        .toLowerCase()
        .replace(/[^\p{L}\p{N}]+/gu, ' ')
        .trim(),
    )
    .flatMap((w) => w.split(' '))
    .filter(Boolean)
    .map((w) => `'${w}'${weights ? `:${weights}` : ''}`)
    .join(' & ');
}
