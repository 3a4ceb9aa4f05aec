import { countrySlug } from '../readout/countries.js';
import type { StoredReadout } from './store.js';

/**
 * The four values of a country's stats query `(relation = ? OR relation LIKE ? OR … ?)`,
 * written once for both stores: the relations that name the country's slug. Slugs may contain
 * hyphens themselves ("north-korea" holds "korea"), so the patterns over-match and
 * `keepForStats` decides.
 */
export function statsRelationPatterns(target: { country: string }): string[] {
  const slug = countrySlug(target.country);
  return [slug, `${slug}-%`, `%-${slug}`, `%-${slug}-%`];
}

/** Whether a row the patterns found has the country itself (its code, not a slug part). */
export function keepForStats(target: { country: string }, row: StoredReadout): boolean {
  return row.readout.countries.includes(target.country);
}
