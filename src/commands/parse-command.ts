import { parseRelation, type Relation } from '../readout/relation.js';

export const DEFAULT_LIST = 5;
export const MAX_LIST = 20;

export type Command =
  | { kind: 'help' }
  | { kind: 'latest'; relation: Relation }
  | { kind: 'list'; relation: Relation; n: number }
  | { kind: 'usage'; message: string };

export const USAGE = [
  '*Readout* answers lookups of diplomatic readouts:',
  '• `/readout <relation> latest`: the latest readout of a relation, e.g. `/readout japan-us latest`',
  `• \`/readout <relation> list [n]\`: the last n readouts (default ${DEFAULT_LIST}, at most ${MAX_LIST}), e.g. \`/readout japan-korea list 3\``,
  '• `/readout help`: this message',
  'A relation names two or more countries in any order: `japan-us`, `us-japan`, `jp-usa`, `japan-rok`, `japan-uk`, `japan-prc`.',
].join('\n');

const usage = (problem: string): Command => ({ kind: 'usage', message: `${problem}\n\n${USAGE}` });

/**
 * Reads the text of a `/readout` command. Pure; every mistake becomes a `usage` answer that
 * says what was wrong, followed by the usage and an example.
 */
export function parseCommand(text: string): Command {
  const words = text.trim().split(/\s+/).filter(Boolean);
  if (words.length === 0) return { kind: 'help' };
  const [first, ...rest] = words.map((w) => w.toLowerCase()) as [string, ...string[]];
  if (['help', '-h', '--help', '?', 'usage'].includes(first)) return { kind: 'help' };

  // "latest japan-us" and "list japan-us 3" are accepted as well as the documented order.
  let relationWord = first;
  let verb = rest[0];
  let args = rest.slice(1);
  if ((first === 'latest' || first === 'list') && rest[0]) {
    relationWord = rest[0];
    verb = first;
    args = rest.slice(1);
  } else if (first === 'latest' || first === 'list') {
    return usage(`\`${first}\` needs a relation, e.g. \`/readout japan-us ${first}\`.`);
  }

  const parsed = parseRelation(relationWord);
  if (!parsed.ok) {
    if (parsed.reason === 'one_country')
      return usage(`A relation names two or more countries, e.g. \`japan-us\` (got \`${relationWord}\`).`);
    if (!relationWord.includes('-'))
      return usage(
        `I don't know the command \`${first}\`. A lookup starts with a relation such as \`japan-us\`.`,
      );
    return usage(
      `I don't know the country \`${parsed.unknown}\` in \`${relationWord}\`. Try \`japan-us\` or \`japan-korea\`.`,
    );
  }
  const relation = parsed.relation;
  if (verb === undefined || verb === 'latest') {
    if (args.length > 0) return usage(`\`latest\` takes nothing after it (got \`${args.join(' ')}\`).`);
    return { kind: 'latest', relation };
  }
  if (verb === 'list') {
    if (args.length > 1) return usage(`\`list\` takes one number at most (got \`${args.join(' ')}\`).`);
    if (args.length === 0) return { kind: 'list', relation, n: DEFAULT_LIST };
    const n = Number(args[0]);
    if (!Number.isInteger(n) || n < 1 || n > MAX_LIST)
      return usage(`\`list\` takes a number from 1 to ${MAX_LIST} (got \`${args[0]}\`).`);
    return { kind: 'list', relation, n };
  }
  return usage(`I don't know \`${verb}\` after a relation: use \`latest\` or \`list [n]\`.`);
}
