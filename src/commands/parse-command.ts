import { countryFromSlug, countryName } from '../readout/countries.js';
import { parseRelation, type Relation } from '../readout/relation.js';
import { parseStats, STATS_USAGE, type StatsCommand } from '../stats/parse-stats.js';
import { FEEDS_USAGE, type FeedsCommand, parseFeedsCommand } from './feeds-command.js';
import { type DigestCommand, parseDigest } from './parse-digest.js';
import { parseSourcesCommand, SOURCES_USAGE, type SourcesCommand } from './sources.js';
import {
  cleanWords,
  MAX_WATCH_WORDS,
  parseWatchCommand,
  WATCH_USAGE,
  type WatchCommand,
} from './watch-command.js';

export const DEFAULT_LIST = 5;
export const MAX_LIST = 20;

export type Command =
  | { kind: 'help' }
  | { kind: 'latest'; relation: Relation }
  | { kind: 'list'; relation: Relation; n: number }
  | { kind: 'subscribe' | 'unsubscribe'; filter: SubscriptionFilter }
  | { kind: 'subscriptions' }
  | { kind: 'between'; relation: Relation; from: string; to: string; label: string }
  | { kind: 'search'; words: string[] }
  | { kind: 'backfill'; relation: Relation; n: number }
  | { kind: 'who'; words: string[] }
  | DigestCommand
  | FeedsCommand
  | SourcesCommand
  | StatsCommand
  | WatchCommand
  | { kind: 'usage'; message: string };

/** What a channel subscribes to: a relation, a country or everything, and optional filters. */
export type SubscriptionFilter = {
  /** "all", a relation slug or a country code. */
  target: string;
  /** How the target reads to people: "japan-us", "Korea", "all readouts". */
  label: string;
  kind: 'telephone' | 'meeting' | 'video' | null;
  level: 'leaders' | 'ministers' | null;
  /** Words every readout posted must have in its title or key points; absent for none. */
  words?: string[];
};

export const USAGE = [
  '*Readout* answers lookups of diplomatic readouts:',
  '• `/readout <relation> latest`: the latest readout of a relation, e.g. `/readout japan-us latest`',
  `• \`/readout <relation> list [n]\`: the last n readouts (default ${DEFAULT_LIST}, at most ${MAX_LIST}), e.g. \`/readout japan-korea list 3\``,
  '• `/readout <relation> since <date>` and `/readout <relation> on <date>`: readouts of events from or on a date (YYYY-MM-DD), e.g. `/readout japan-us since 2018-03-01`',
  '• `/readout search <words>`: readouts whose title, participants or key points have all the words, e.g. `/readout search abductions`',
  STATS_USAGE,
  '• `/readout who <name>`: the latest readouts with that person, in any spelling order, e.g. `/readout who Kishida Fumio`',
  '• `/readout backfill <relation> [n]`: post the last n readouts of a relation in this channel (default 5), e.g. `/readout backfill japan-us 3`',
  '• `/readout subscribe <relation|country|all> [kind:telephone|meeting|video] [level:leaders|ministers] [words:"…"]`: post new readouts in this channel (with `words:`, only those whose title or key points have all the words), e.g. `/readout subscribe japan-korea kind:telephone` or `/readout subscribe japan-us words:"north korea"`',
  "• `/readout unsubscribe …` (the same words) and `/readout subscriptions`: stop one, list this channel's",
  '• `/readout digest daily|weekly|off [relation]`: one message a day (08:00) or a week (Monday 08:00) in this channel instead of one per readout; `/readout digest` shows the setting, e.g. `/readout digest daily japan-us`',
  WATCH_USAGE,
  SOURCES_USAGE,
  ...FEEDS_USAGE,
  '• `/readout help`: this message',
  'A relation names two or more countries in any order: `japan-us`, `us-japan`, `jp-usa`, `japan-rok`, `japan-uk`, `japan-prc`.',
].join('\n');

const usage = (problem: string): Command => ({ kind: 'usage', message: `${problem}\n\n${USAGE}` });

/** A sub-parser's answer: its command, or the problem that becomes a `usage` answer. */
const orUsage = (parsed: Command | { problem: string }): Command =>
  'problem' in parsed ? usage(parsed.problem) : parsed;

/** A command's words: as typed (`words`, the first included) and lower-cased (`first`, `rest`). */
type Typed = { words: string[]; first: string; rest: string[] };

function parseSubscriptions({ rest }: Typed): Command {
  if (rest.length > 0) return usage(`\`subscriptions\` takes nothing after it (got \`${rest.join(' ')}\`).`);
  return { kind: 'subscriptions' };
}

/** `backfill <relation> [n]`. */
function parseBackfill({ rest }: Typed): Command {
  const [relationArg, nArg, ...extra] = rest;
  if (!relationArg) return usage('`backfill` needs a relation, e.g. `/readout backfill japan-us 3`.');
  const parsed = parseRelation(relationArg);
  if (!parsed.ok) return usage(`I don't know the country \`${parsed.unknown}\` in \`${relationArg}\`.`);
  const n = nArg === undefined ? DEFAULT_LIST : Number(nArg);
  if (extra.length > 0 || !Number.isInteger(n) || n < 1 || n > MAX_LIST)
    return usage(
      `\`backfill\` takes a relation and a number from 1 to ${MAX_LIST} (got \`${rest.join(' ')}\`).`,
    );
  return { kind: 'backfill', relation: parsed.relation, n };
}

/** `search <words>` and `who <name>`. */
function parseWordsCommand(first: 'search' | 'who', words: string[]): Command {
  // Words only: letters, digits and inner hyphens or apostrophes; the store quotes each.
  const terms = words
    .slice(1)
    .map((w) => w.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, ''))
    .filter(Boolean);
  if (terms.length === 0)
    return usage(
      first === 'search'
        ? '`search` needs words to look for, e.g. `/readout search abductions`.'
        : '`who` needs a name, e.g. `/readout who Kishida`.',
    );
  if (terms.length > 8) return usage(`\`${first}\` takes at most 8 words.`);
  return { kind: first, words: terms };
}

const parseWatch = ({ words, first }: Typed): Command => orUsage(parseWatchCommand(first, words.slice(1)));

/** `subscribe …` and `unsubscribe …`. */
function parseSubscribe(first: 'subscribe' | 'unsubscribe', words: string[]): Command {
  const filter = parseSubscription(first, words.slice(1));
  return 'message' in filter ? usage(filter.message) : { kind: first, filter };
}

/** `stats <subject> [span]` and `<subject> stats [span]`. */
function parseStatsCommand(subjectWord: string | undefined, spanWords: string[]): Command {
  if (!subjectWord)
    return usage('`stats` needs a relation or a country, e.g. `/readout japan-us stats 2017-2019`.');
  return orUsage(parseStats(subjectWord, spanWords));
}

/** The commands told by their first word; anything else is a lookup (`<relation> <verb> …`). */
const BY_FIRST_WORD = new Map<string, (typed: Typed) => Command>([
  ['subscriptions', parseSubscriptions],
  ['backfill', parseBackfill],
  ['digest', ({ rest }) => orUsage(parseDigest(rest))],
  ['search', ({ words }) => parseWordsCommand('search', words)],
  ['who', ({ words }) => parseWordsCommand('who', words)],
  ['sources', ({ rest }) => orUsage(parseSourcesCommand(rest))],
  // Feed URLs and link patterns keep their case.
  ['feeds', ({ words }) => orUsage(parseFeedsCommand(words.slice(1)))],
  ['watch', parseWatch],
  ['watches', parseWatch],
  ['unwatch', parseWatch],
  ['subscribe', ({ words }) => parseSubscribe('subscribe', words)],
  ['unsubscribe', ({ words }) => parseSubscribe('unsubscribe', words)],
  ['stats', ({ rest }) => parseStatsCommand(rest[0], rest.slice(1))],
]);

/**
 * Reads the text of a `/readout` command. Pure; every mistake becomes a `usage` answer that
 * says what was wrong, followed by the usage and an example.
 */
export function parseCommand(text: string): Command {
  const words = text.trim().split(/\s+/).filter(Boolean);
  if (words.length === 0) return { kind: 'help' };
  const [first, ...rest] = words.map((w) => w.toLowerCase()) as [string, ...string[]];
  if (['help', '-h', '--help', '?', 'usage'].includes(first)) return { kind: 'help' };
  const byFirstWord = BY_FIRST_WORD.get(first);
  if (byFirstWord) return byFirstWord({ words, first, rest });
  // "japan-us stats 2017" and "japan stats" as well as "stats japan-us 2017".
  if (rest[0] === 'stats') return parseStatsCommand(first, rest.slice(1));
  return parseLookup(first, rest);
}

/** A relation's lookup: `<relation> [latest|list [n]|since <date>|on <date>]`, or the verb first. */
function parseLookup(first: string, rest: string[]): Command {
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
  if (!parsed.ok) return usage(relationProblem(parsed, first, relationWord));
  const relation = parsed.relation;
  if (verb === undefined || verb === 'latest') {
    if (args.length > 0) return usage(`\`latest\` takes nothing after it (got \`${args.join(' ')}\`).`);
    return { kind: 'latest', relation };
  }
  if (verb === 'list') return parseList(relation, args);
  if (verb === 'since' || verb === 'on') return parseBetween(relation, verb, args);
  return usage(
    `I don't know \`${verb}\` after a relation: use \`latest\`, \`list [n]\`, \`since <date>\`, \`on <date>\` or \`stats\`.`,
  );
}

/** What is wrong with a word that should be a relation (`first` is the command's first word). */
function relationProblem(
  parsed: Extract<ReturnType<typeof parseRelation>, { ok: false }>,
  first: string,
  relationWord: string,
): string {
  if (parsed.reason === 'one_country')
    return `A relation names two or more countries, e.g. \`japan-us\` (got \`${relationWord}\`).`;
  if (!relationWord.includes('-'))
    return `I don't know the command \`${first}\`. A lookup starts with a relation such as \`japan-us\`.`;
  return `I don't know the country \`${parsed.unknown}\` in \`${relationWord}\`. Try \`japan-us\` or \`japan-korea\`.`;
}

/** `<relation> list [n]`. */
function parseList(relation: Relation, args: string[]): Command {
  if (args.length > 1) return usage(`\`list\` takes one number at most (got \`${args.join(' ')}\`).`);
  if (args.length === 0) return { kind: 'list', relation, n: DEFAULT_LIST };
  const n = Number(args[0]);
  if (!Number.isInteger(n) || n < 1 || n > MAX_LIST)
    return usage(`\`list\` takes a number from 1 to ${MAX_LIST} (got \`${args[0]}\`).`);
  return { kind: 'list', relation, n };
}

/** `<relation> since <date>` and `<relation> on <date>`. */
function parseBetween(relation: Relation, verb: 'since' | 'on', args: string[]): Command {
  const date = args[0] && /^\d{4}-\d{2}-\d{2}$/.test(args[0]) && isRealDate(args[0]) ? args[0] : null;
  if (!date || args.length > 1)
    return usage(
      `\`${verb}\` takes one date as YYYY-MM-DD (got \`${args.join(' ') || 'nothing'}\`), e.g. \`/readout japan-us ${verb} 2018-03-09\`.`,
    );
  return verb === 'on'
    ? { kind: 'between', relation, from: date, to: date, label: `on ${date}` }
    : { kind: 'between', relation, from: date, to: '9999-12-31', label: `since ${date}` };
}

/** `words:"north korea"` (straight or curly quotes) or `words:abductions`, anywhere in the options. */
const WORDS_OPTION = /(?:^|\s)words:(?:["“”]([^"“”]*)["“”]?|(\S+))/i;

/** Reads `<relation|country|all> [kind:…] [level:…] [words:"…"]` after subscribe/unsubscribe. */
function parseSubscription(verb: string, typed: string[]): SubscriptionFilter | { message: string } {
  const joined = typed.join(' ');
  const wordsOption = joined.match(WORDS_OPTION);
  let words: string[] | undefined;
  if (wordsOption) {
    words = cleanWords((wordsOption[1] ?? wordsOption[2] ?? '').split(/\s+/));
    if (words.length === 0 || words.length > MAX_WATCH_WORDS)
      return {
        message: `\`words:\` takes 1 to ${MAX_WATCH_WORDS} words in quotes, e.g. \`words:"north korea"\`.`,
      };
  }
  const rest = (wordsOption ? joined.replace(wordsOption[0], ' ') : joined)
    .split(/\s+/)
    .filter(Boolean)
    .map((w) => w.toLowerCase());
  const [targetWord, ...options] = rest;
  if (!targetWord)
    return {
      message: `\`${verb}\` needs a relation, a country or \`all\`, e.g. \`/readout ${verb} japan-us\`.`,
    };
  let target: string;
  if (targetWord === 'all') {
    target = 'all';
  } else if (targetWord.includes('-') && !countryFromSlug(targetWord)) {
    const parsed = parseRelation(targetWord);
    if (!parsed.ok)
      return { message: `I don't know the country \`${parsed.unknown}\` in \`${targetWord}\`.` };
    target = parsed.relation.slug;
  } else {
    const code = countryFromSlug(targetWord);
    if (!code)
      return {
        message: `I don't know \`${targetWord}\`: give a relation such as \`japan-us\`, a country such as \`korea\`, or \`all\`.`,
      };
    target = code;
  }
  const label = targetLabel(target);
  let kind: SubscriptionFilter['kind'] = null;
  let level: SubscriptionFilter['level'] = null;
  for (const option of options) {
    const [key, value] = option.split(':');
    if (key === 'kind' && (value === 'telephone' || value === 'meeting' || value === 'video') && !kind)
      kind = value;
    else if (key === 'level' && (value === 'leaders' || value === 'ministers') && !level) level = value;
    else
      return {
        message: `I don't know \`${option}\`: use \`kind:telephone\`, \`kind:meeting\`, \`kind:video\`, \`level:leaders\` or \`level:ministers\`.`,
      };
  }
  return { target, label, kind, level, ...(words ? { words } : {}) };
}

function isRealDate(iso: string): boolean {
  const d = new Date(`${iso}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === iso;
}

/** How a subscription target reads to people: "all readouts", "japan-us", "Korea". */
export function targetLabel(target: string): string {
  if (target === 'all') return 'all readouts';
  return target.includes('-') ? target : countryName(target);
}
