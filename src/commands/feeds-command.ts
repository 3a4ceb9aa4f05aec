import { catalogueSource } from '../feeds/catalogue.js';
import { linkPatternProblem } from '../feeds/html-index.js';

/**
 * `/readout feeds …`: list the polled feeds, add one, remove one. A feed named by a catalogue
 * id carries that id (`sourceId`), its URL and its link pattern.
 */
export type FeedsCommand =
  | { kind: 'feeds' }
  | { kind: 'feeds_add'; url: string; linkPattern: string | null; sourceId?: string }
  | { kind: 'feeds_remove'; url: string; sourceId?: string }
  /** The last pages a feed held back (not readouts): by URL or by its number in `/readout feeds`. */
  | { kind: 'feeds_held'; feed: { url: string } | { n: number } };

export const FEEDS_USAGE = [
  '• `/readout feeds`: the feeds Readout polls, with their health',
  '• `/readout feeds add <source-id>` (workspace admins and owners): poll a source of the catalogue, e.g. `/readout feeds add gov-uk-pm`; `/readout sources` lists them',
  '• `/readout feeds add <url> [links:<pattern>]` (workspace admins and owners): check a feed now and poll it from the next cycle, e.g. `/readout feeds add https://www.mofa.go.jp/na/na1/us/index.html links:/na/na1/us/page*.html`; `links:` reads an HTML page as an index: `*` is any text within a path segment, `**` any text across segments',
  '• `/readout feeds remove <url|source-id>` (workspace admins and owners): stop polling a feed added from Slack',
  '• `/readout feeds held <url|number>` (workspace admins and owners): the last pages of a feed held back as not readouts, e.g. `/readout feeds held 2`',
];

/**
 * Slack may send a URL as `<https://…>` or `<https://…|label>`, and always sends `&`, `<`
 * and `>` as `&amp;`, `&lt;` and `&gt;`: the address alone, as typed.
 */
export function unwrapSlackLink(word: string): string {
  const m = /^<([^|>]+)(\|[^>]*)?>$/.exec(word);
  return (m?.[1] ?? word).replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');
}

/** A URL as it is stored and compared: parsed and printed back (host lowercased, no fragment). */
export function normaliseFeedUrl(url: string): string {
  const parsed = new URL(url);
  parsed.hash = '';
  return parsed.toString();
}

type ReadTarget = { url: string; source?: { id: string; linkPattern: string | null } } | { problem: string };

function readUrl(verb: string, word: string | undefined): ReadTarget {
  const example =
    verb === 'held'
      ? '`/readout feeds held https://www.whitehouse.gov/feed/` or `/readout feeds held 2`'
      : verb === 'add'
        ? '`/readout feeds add https://japan.kantei.go.jp/index-e2.rdf` or `/readout feeds add gov-uk-pm`'
        : '`/readout feeds remove https://www.mofa.go.jp/na/na1/us/index.html` or `/readout feeds remove gov-uk-pm`';
  if (!word || word.toLowerCase().startsWith('links:'))
    return {
      problem: `\`feeds ${verb}\` needs the address of a feed or index page, or a catalogue id, e.g. ${example}.`,
    };
  // A word that is not an address names a catalogue entry (`/readout sources` lists them).
  if (/^[a-z][a-z0-9-]*$/i.test(word)) {
    const entry = catalogueSource(word);
    if (!entry)
      return {
        problem: `\`${word}\` is neither an address nor a source of the catalogue: \`/readout sources\` lists the ids, e.g. ${example}.`,
      };
    return { url: entry.url, source: { id: entry.id, linkPattern: entry.linkPattern ?? null } };
  }
  const raw = unwrapSlackLink(word);
  if (!/^https?:\/\//i.test(raw))
    return {
      problem: `\`feeds ${verb}\` takes an http:// or https:// address (got \`${raw}\`), e.g. ${example}.`,
    };
  if (!URL.canParse(raw)) return { problem: `\`${raw}\` is not a valid address, e.g. ${example}.` };
  return { url: normaliseFeedUrl(raw) };
}

/**
 * Reads the words after `feeds` (case kept: URLs and patterns are case-sensitive). Pure; a
 * mistake comes back as `{ problem }` for the usage answer.
 */
export function parseFeedsCommand(words: string[]): FeedsCommand | { problem: string } {
  const [verbWord, ...args] = words;
  const verb = verbWord?.toLowerCase();
  if (verb === undefined || verb === 'list') {
    if (args.length > 0) return { problem: `\`feeds\` takes nothing after it (got \`${args.join(' ')}\`).` };
    return { kind: 'feeds' };
  }
  if (verb === 'add') {
    const read = readUrl('add', args[0]);
    if ('problem' in read) return read;
    if (read.source) {
      if (args.length > 1)
        return {
          problem: `\`feeds add ${read.source.id}\` takes nothing after the id: the catalogue knows its address and link pattern.`,
        };
      return {
        kind: 'feeds_add',
        url: read.url,
        linkPattern: read.source.linkPattern,
        sourceId: read.source.id,
      };
    }
    let linkPattern: string | null = null;
    for (const option of args.slice(1)) {
      const m = /^links:(.*)$/i.exec(option);
      if (!m || linkPattern !== null)
        return {
          problem: `I don't know \`${option}\` after the address: only one \`links:<pattern>\` may follow, e.g. \`links:/press/release/*.html\`.`,
        };
      linkPattern = unwrapSlackLink(m[1] ?? '');
      const problem = linkPatternProblem(linkPattern);
      if (problem) return { problem: `\`links:\`: ${problem}, e.g. \`links:/na/na1/us/page*.html\`.` };
    }
    return { kind: 'feeds_add', url: read.url, linkPattern };
  }
  if (verb === 'remove' || verb === 'rm' || verb === 'delete') {
    const read = readUrl('remove', args[0]);
    if ('problem' in read) return read;
    if (args.length > 1)
      return { problem: `\`feeds remove\` takes one address (got \`${args.join(' ')}\`).` };
    return read.source
      ? { kind: 'feeds_remove', url: read.url, sourceId: read.source.id }
      : { kind: 'feeds_remove', url: read.url };
  }
  if (verb === 'held' || verb === 'heldback' || verb === 'held-back') {
    const [word, ...rest] = args;
    if (!word || rest.length > 0)
      return {
        problem:
          '`feeds held` takes one feed: its number in `/readout feeds` or its address, e.g. `/readout feeds held 2`.',
      };
    if (/^\d{1,4}$/.test(word)) return { kind: 'feeds_held', feed: { n: Number(word) } };
    const read = readUrl('held', word);
    if ('problem' in read) return read;
    return { kind: 'feeds_held', feed: { url: read.url } };
  }
  return {
    problem: `I don't know \`feeds ${verbWord}\`: use \`/readout feeds\`, \`/readout feeds add <url|source-id> [links:<pattern>]\`, \`/readout feeds remove <url|source-id>\` or \`/readout feeds held <url|number>\`.`,
  };
}
