import { countryFromSlug, countrySlug } from './countries.js';

export type Relation = {
  /** Canonical slug: "japan-us", "japan-australia-india-us". */
  slug: string;
  /** Country codes in slug order. */
  countries: string[];
};

/**
 * The canonical relation of a set of countries: Japan first (the app follows Japan's
 * diplomacy), then the others by slug. Order-insensitive; duplicates dropped.
 * Returns null for fewer than two distinct countries.
 */
export function relationOf(codes: readonly string[]): Relation | null {
  const distinct = [...new Set(codes)];
  if (distinct.length < 2) return null;
  const ordered = distinct.sort((a, b) => {
    if (a === 'JP') return -1;
    if (b === 'JP') return 1;
    return countrySlug(a).localeCompare(countrySlug(b));
  });
  return { slug: ordered.map(countrySlug).join('-'), countries: ordered };
}

export type RelationParse =
  | { ok: true; relation: Relation }
  | { ok: false; reason: 'unknown_country'; unknown: string }
  | { ok: false; reason: 'one_country'; unknown: string };

/**
 * Reads what a user typed as a relation ("us-japan", "japan-united-states", "jp-rok").
 * Country names may contain hyphens themselves, so the words are matched greedily, longest
 * name first. Returns the first word that names no country when it fails.
 */
export function parseRelation(input: string): RelationParse {
  const words = input
    .toLowerCase()
    .trim()
    .replace(/[\s_/–—]+/g, '-')
    .replace(/\./g, '')
    .split('-')
    .filter(Boolean);
  const codes: string[] = [];
  let i = 0;
  while (i < words.length) {
    let matched = 0;
    for (let j = words.length; j > i; j--) {
      const code = countryFromSlug(words.slice(i, j).join('-'));
      if (code) {
        codes.push(code);
        matched = j - i;
        break;
      }
    }
    if (matched === 0) return { ok: false, reason: 'unknown_country', unknown: words[i] ?? input };
    i += matched;
  }
  const relation = relationOf(codes);
  if (!relation) return { ok: false, reason: 'one_country', unknown: input };
  return { ok: true, relation };
}
