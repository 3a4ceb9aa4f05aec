import { describe, expect, it } from 'vitest';
import { countryFromDemonym, countryFromName, countrySlug } from '../../src/readout/countries.js';
import { parseReadout } from '../../src/readout/parse/index.js';
import type { Readout } from '../../src/readout/types.js';
import { mrkdwnToHtml } from '../../src/render/mrkdwn-html.js';
import { renderPairReply, sourceLabel } from '../../src/render/threads.js';

/**
 * Words that a plain object literal answers with Object.prototype's members. A feed or page can
 * carry any of them; each must be read as the word it is.
 */
const PROTOTYPE_KEYS = ['constructor', 'toString', '__proto__', 'hasOwnProperty', 'valueOf', 'isPrototypeOf'];

const readout = (source: string): Readout => ({
  source,
  url: 'https://example.org/a',
  title: `A call reported by ${source}`,
  section: null,
  kind: 'telephone',
  docType: 'readout',
  date: '2026-11-20',
  published: null,
  start: null,
  durationMinutes: 20,
  durationApproximate: false,
  participants: [{ name: 'Ann Example', honorific: null, title: null, country: null }],
  countries: [],
  relation: null,
  keyPoints: [],
  summary: [],
  warnings: [],
});

describe('words that name Object.prototype members, from a feed or a page', () => {
  it('are no country, no demonym, and slug as themselves', () => {
    for (const word of PROTOTYPE_KEYS) {
      expect(countryFromName(word)).toBeNull();
      expect(countryFromName(`The ${word}`)).toBeNull();
      expect(countryFromDemonym(word)).toBeNull();
      expect(countrySlug(word)).toBe(word.toLowerCase());
    }
  });

  it('label a readout from an unknown source by its own name, and a thread comparison renders', () => {
    for (const word of PROTOTYPE_KEYS) {
      expect(sourceLabel(readout(word))).toBe(word);
      const reply = renderPairReply(
        { id: '1', readout: readout('mofa'), link: 'https://example.org/a', partial: false },
        { id: '2', readout: readout(word), link: 'https://example.org/b', partial: false },
        { timeZone: 'UTC' },
      );
      expect(reply.text).toContain(`The ${word} readout of the same event`);
    }
  });

  it('parse as words: a participant "of Constructor" has no country, and a page from source "toString" parses', () => {
    for (const word of PROTOTYPE_KEYS) {
      const r = parseReadout({
        content: `Telephone talk\nOn November 20, Prime Minister Ann Example of ${word} held a telephone talk with President Bob Sample of ${word}, for about thirty minutes.\n1. They spoke about trade.`,
        source: word,
      });
      expect(r.source).toBe(word);
      expect(r.durationMinutes).toBe(30);
      expect(r.participants.length).toBeGreaterThan(0);
      for (const p of r.participants) expect(p.country).toBeNull();
      expect(r.countries).toEqual([]);
      expect(JSON.parse(JSON.stringify(r))).toEqual(r);
    }
  });

  it('stay literal as emoji shortcodes in the preview', () => {
    for (const word of PROTOTYPE_KEYS) {
      expect(mrkdwnToHtml(`:${word}:`, {})).toBe(`:${word}:`);
    }
  });
});
