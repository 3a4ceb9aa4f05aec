import { parseRelation, type Relation } from '../readout/relation.js';

/** `/readout digest [daily|weekly|off] [relation]`; no period shows the channel's setting. */
export type DigestCommand = {
  kind: 'digest';
  /** null: show the setting. */
  period: 'daily' | 'weekly' | 'off' | null;
  /** null: everything the channel receives. */
  relation: Relation | null;
};

const EXAMPLE = 'e.g. `/readout digest daily` or `/readout digest weekly japan-us`';

/** Reads the words after `digest` (lower-cased). Pure; a mistake comes back as its problem. */
export function parseDigest(words: string[]): DigestCommand | { problem: string } {
  const [period, relationWord, ...extra] = words;
  if (period === undefined) return { kind: 'digest', period: null, relation: null };
  if (period !== 'daily' && period !== 'weekly' && period !== 'off') {
    // "digest japan-us daily": the right words in the wrong order.
    if (relationWord === 'daily' || relationWord === 'weekly' || relationWord === 'off')
      return {
        problem: `\`digest\` takes the period first, then the relation: \`/readout digest ${relationWord} ${period}\`.`,
      };
    return { problem: `\`digest\` takes \`daily\`, \`weekly\` or \`off\` (got \`${period}\`), ${EXAMPLE}.` };
  }
  if (extra.length > 0)
    return {
      problem: `\`digest ${period}\` takes one relation at most (got \`${[relationWord, ...extra].join(' ')}\`), ${EXAMPLE}.`,
    };
  if (relationWord === undefined) return { kind: 'digest', period, relation: null };
  const parsed = parseRelation(relationWord);
  if (!parsed.ok) {
    if (parsed.reason === 'one_country')
      return {
        problem: `A digest covers everything or one relation of two or more countries, such as \`japan-us\` (got \`${relationWord}\`).`,
      };
    return { problem: `I don't know the country \`${parsed.unknown}\` in \`${relationWord}\`, ${EXAMPLE}.` };
  }
  return { kind: 'digest', period, relation: parsed.relation };
}
