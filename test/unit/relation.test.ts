import { describe, expect, it } from 'vitest';
import { countrySlug } from '../../src/readout/countries.js';
import { parseRelation, relationOf } from '../../src/readout/relation.js';

describe('relation slugs', () => {
  it('put Japan first and the others by slug', () => {
    expect(relationOf(['US', 'JP'])?.slug).toBe('japan-us');
    expect(relationOf(['US', 'CN'])?.slug).toBe('china-us');
    expect(relationOf(['GB', 'DE', 'EU'])?.slug).toBe('eu-germany-uk');
  });

  it('name the Netherlands as users write it, not as the inverted ISO title', () => {
    expect(countrySlug('NL')).toBe('netherlands');
    expect(relationOf(['GB', 'NL'])?.slug).toBe('netherlands-uk');
    expect(relationOf(['NL', 'JP'])?.slug).toBe('japan-netherlands');
    const typed = parseRelation('netherlands-uk');
    expect(typed.ok && typed.relation.slug).toBe('netherlands-uk');
  });

  it('give every country a slug without a comma-inverted title in it', async () => {
    const { default: countries } = await import('i18n-iso-countries');
    for (const code of Object.keys(countries.getAlpha2Codes())) {
      const slug = countrySlug(code);
      expect(slug, code).not.toMatch(/-(?:of|of-the|the)$/);
      const typed = parseRelation(code === 'JP' ? `${slug}-us` : `${slug}-japan`);
      expect(typed.ok && typed.relation.countries.includes(code), `${code} ${slug}`).toBe(true);
    }
  });
});
