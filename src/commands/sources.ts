import { CATALOGUE, type CatalogueSource } from '../feeds/catalogue.js';
import { catalogueNote, healthNote } from '../feeds/health.js';
import { countryFromSlug, countryName, flagEmoji } from '../readout/countries.js';
import type { Block } from '../render/blocks.js';
import { escapeMrkdwn } from '../render/format.js';
import type { FeedContent, FeedHealth, FeedState, Store } from '../store/index.js';

/** `/readout sources [country]`: the catalogue, all of it or one government's. */
export type SourcesCommand = { kind: 'sources'; government: string | null };

export const SOURCES_USAGE =
  '• `/readout sources [country]`: the source catalogue by country, with what each carries and whether Readout polls it here, e.g. `/readout sources japan`';

/** Reads the words after `sources`. Pure; a mistake comes back as `{ problem }`. */
export function parseSourcesCommand(words: string[]): SourcesCommand | { problem: string } {
  if (words.length === 0) return { kind: 'sources', government: null };
  const word = words.join('-').toLowerCase();
  const government = countryFromSlug(word);
  if (!government)
    return {
      problem: `I don't know the country \`${words.join(' ')}\`: \`/readout sources\` takes a country such as \`japan\`, \`us\`, \`uk\` or \`eu\`.`,
    };
  return { kind: 'sources', government };
}

/** What the answer needs to say whether this workspace polls a source, and how it is doing. */
export type PollingView = {
  /** Every URL polled: the operator's feeds and those added from Slack. */
  polled: ReadonlySet<string>;
  states: ReadonlyMap<string, FeedState>;
  contents: ReadonlyMap<string, FeedContent>;
  healths: ReadonlyMap<string, FeedHealth>;
  now: Date;
};

/** The polling view from the store, read once (four small tables). */
export async function readPollingView(
  store: Store,
  operatorFeeds: readonly string[],
  now: Date,
): Promise<PollingView> {
  const [sources, states, contents, healths] = await Promise.all([
    store.listFeedSources(),
    store.listFeeds(),
    store.listFeedContent(),
    store.listFeedHealth(),
  ]);
  return {
    polled: new Set([...operatorFeeds, ...sources.map((s) => s.url)]),
    states: new Map(states.map((s) => [s.url, s])),
    contents: new Map(contents.map((c) => [c.url, c])),
    healths: new Map(healths.map((h) => [h.url, h])),
    now,
  };
}

const KIND_SHORT: Record<CatalogueSource['kind'], string> = {
  rss: 'RSS',
  rdf: 'RSS 1.0/RDF',
  atom: 'Atom',
  html: 'HTML index',
};

/** "readouts only" or "mixed: non-readouts held back". */
export const carriesText = (s: CatalogueSource) =>
  s.carries === 'readouts' ? 'readouts only' : 'mixed: non-readouts held back';

/** Whether this workspace polls the source, and its health when it does. */
export function pollingText(s: CatalogueSource, view: PollingView): string {
  if (!view.polled.has(s.url)) return ':heavy_minus_sign: not polled here';
  const state = view.states.get(s.url);
  const health = !state
    ? ':white_circle: polled here, not read yet'
    : state.consecutiveErrors > 0
      ? `:red_circle: polled here, ${state.consecutiveErrors} failed poll${state.consecutiveErrors === 1 ? '' : 's'}: ${escapeMrkdwn(state.lastError ?? 'unknown error')}`
      : ':large_green_circle: polled here, healthy';
  return `${health}${healthNote(view.healths.get(s.url))}${catalogueNote(s, state, view.contents.get(s.url), view.now)}`;
}

/** One source's lines: id, publisher and title; carries, kind, language, polling; terms; evidence. */
export function sourceLines(s: CatalogueSource, view: PollingView): string {
  const kind =
    s.kind === 'html' ? `${KIND_SHORT.html} \`${escapeMrkdwn(s.linkPattern ?? '')}\`` : KIND_SHORT[s.kind];
  const lines = [
    `\`${s.id}\` *${escapeMrkdwn(s.publisher)}*: ${escapeMrkdwn(s.title)}`,
    `${carriesText(s)} · ${kind} · ${s.language} · ${pollingText(s, view)}`,
  ];
  if (s.terms?.restricted) lines.push(`:warning: Terms: ${escapeMrkdwn(s.terms.summary)}`);
  lines.push(
    s.evidence.confirmed
      ? `_confirmed ${s.evidence.confirmed}_`
      : `_unconfirmed${s.evidence.note ? `: ${escapeMrkdwn(s.evidence.note)}` : ''}_`,
  );
  return lines.join('\n');
}

/** The catalogue grouped by government: the flag and name, then each source, in catalogue order. */
export function groupByGovernment(entries: readonly CatalogueSource[]): [string, CatalogueSource[]][] {
  const groups = new Map<string, CatalogueSource[]>();
  for (const s of entries) groups.set(s.government, [...(groups.get(s.government) ?? []), s]);
  return [...groups.entries()].sort(([a], [b]) => countryName(a).localeCompare(countryName(b)));
}

/**
 * The answer to `/readout sources [country]`: one section per government (flag, name, its
 * sources), ephemeral. Pure given the polling view.
 */
export function renderSources(
  command: SourcesCommand,
  view: PollingView,
  entries: readonly CatalogueSource[] = CATALOGUE,
): { text: string; blocks: Block[] } {
  const chosen = command.government ? entries.filter((s) => s.government === command.government) : entries;
  if (chosen.length === 0) {
    const text = `The catalogue has no source of ${escapeMrkdwn(countryName(command.government ?? ''))} yet. \`/readout sources\` lists them all; an admin can add any feed by its address with \`/readout feeds add <url>\`.`;
    return { text, blocks: [{ type: 'section', text: { type: 'mrkdwn', text } }] };
  }
  const groups = groupByGovernment(chosen);
  const head =
    `*Source catalogue* (${chosen.length} source${chosen.length === 1 ? '' : 's'}, ${groups.length} government${groups.length === 1 ? '' : 's'})` +
    '\nAn admin adds one with `/readout feeds add <id>`.';
  const sections = groups.map(
    ([government, sources]) =>
      `*${flagEmoji(government)} ${escapeMrkdwn(countryName(government))}*\n${sources.map((s) => sourceLines(s, view)).join('\n\n')}`,
  );
  const blocks: Block[] = [
    { type: 'section', text: { type: 'mrkdwn', text: head } },
    ...sections.flatMap((text) => splitSection(text)),
  ].slice(0, 50);
  return { text: [head, ...sections].join('\n\n'), blocks };
}

/** A section of at most Slack's 3,000 characters: a long one is split between sources. */
function splitSection(text: string): Block[] {
  const out: Block[] = [];
  let current = '';
  for (const part of text.split('\n\n')) {
    const next = current ? `${current}\n\n${part}` : part;
    if (next.length > 3000 && current) {
      out.push({ type: 'section', text: { type: 'mrkdwn', text: current } });
      current = part.slice(0, 3000);
    } else current = next.slice(0, 3000);
  }
  if (current) out.push({ type: 'section', text: { type: 'mrkdwn', text: current } });
  return out;
}
