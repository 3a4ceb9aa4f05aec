import { countrySlug } from '../readout/countries.js';

/**
 * The four values of a country's stats query `(relation = ? OR relation LIKE ? OR … ?)`,
 * written once for both stores: the relations that name the country's slug. Slugs may contain
 * hyphens themselves ("north-korea" holds "korea"), so the patterns over-match and the
 * readouts' countries decide.
 */
export function statsRelationPatterns(target: { country: string }): string[] {
  const slug = countrySlug(target.country);
  return [slug, `${slug}-%`, `%-${slug}`, `%-${slug}-%`];
}
