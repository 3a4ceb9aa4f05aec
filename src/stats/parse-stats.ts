import { countryFromSlug } from '../readout/countries.js';
import { parseRelation } from '../readout/relation.js';
import type { StatsSubject } from './figures.js';
import { parseStatsSpan, type StatsSpan } from './span.js';

export type StatsCommand = { kind: 'stats'; subject: StatsSubject; span: StatsSpan };

export const STATS_USAGE =
  '• `/readout <relation|country> stats [2017 | 2017-2019 | since <date>]`: counts by kind, level and period, talk time, gaps, who and what recur, with a chart, e.g. `/readout japan-us stats 2017-2019` or `/readout japan stats`';

/**
 * Reads `<relation|country> stats [span]` (the words after the relation or country, `stats`
 * excluded). Pure; a problem says what was wrong.
 */
export function parseStats(
  subjectWord: string,
  spanWords: readonly string[],
): StatsCommand | { problem: string } {
  let subject: StatsSubject;
  const country = subjectWord.includes('-') ? null : countryFromSlug(subjectWord);
  if (country) subject = { kind: 'country', code: country };
  else if (!subjectWord.includes('-'))
    return {
      problem: `I don't know \`${subjectWord}\`: give a relation such as \`japan-us\` or a country such as \`japan\`.`,
    };
  else {
    const parsed = parseRelation(subjectWord);
    if (!parsed.ok)
      return {
        problem:
          parsed.reason === 'one_country'
            ? `A relation names two or more countries, e.g. \`japan-us\` (got \`${subjectWord}\`).`
            : `I don't know the country \`${parsed.unknown}\` in \`${subjectWord}\`. Try \`/readout japan-us stats\` or \`/readout japan stats\`.`,
      };
    subject = { kind: 'relation', slug: parsed.relation.slug, countries: parsed.relation.countries };
  }
  const span = parseStatsSpan(spanWords);
  if ('problem' in span) return span;
  return { kind: 'stats', subject, span };
}
