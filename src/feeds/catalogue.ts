/**
 * The source catalogue: governments' feeds and index pages that carry readouts, one entry per
 * source, read by `/readout sources`, `/readout feeds add <id>`, READOUT_SOURCES, the App Home
 * and the poller (health alerts name the entry; an entry's page container reaches the parser).
 * The entries themselves are data, in `catalogue-data.ts`; this module reads and checks them.
 */
import { lookupTable } from '../app/lookup.js';
import type { FeedKind } from '../store/index.js';
import { CATALOGUE_ENTRIES, DEFAULT_SOURCE_IDS } from './catalogue-data.js';
import { linkPatternProblem } from './html-index.js';

/** What a source's items are: only readouts, or readouts among other documents. */
export type Carries = 'readouts' | 'mixed';

export type SourceEvidence = {
  /** Where the URL is documented or was seen working: the publisher's page, a project's config. */
  documentedAt: string[];
  /**
   * The date (YYYY-MM-DD) the URL was last confirmed to answer with current items (a dated
   * check seen in the evidence, or the publisher's own code); null when it could not be
   * confirmed. An unconfirmed source is never in the default set.
   */
  confirmed: string | null;
  /** What the evidence says beyond that: blocks, caveats, what was not checked. */
  note?: string;
};

export type CatalogueSource = {
  /** The name an admin types: `/readout feeds add <id>`, READOUT_SOURCES=<id>,… */
  id: string;
  /** ISO 3166-1 alpha-2 code of the government ("EU" for the European Union's institutions). */
  government: string;
  publisher: string;
  /** What the feed or page is, in a few words ("Press releases", "Readouts"). */
  title: string;
  url: string;
  kind: FeedKind;
  /** The `links:` pattern of an HTML index (kind "html"); absent for RSS/RDF/Atom. */
  linkPattern?: string;
  /** BCP 47 language of the items ("en", "fr"). */
  language: string;
  carries: Carries;
  /** The publisher's terms for reuse, where known; `restricted` when they limit redistribution. */
  terms?: { restricted: boolean; summary: string };
  evidence: SourceEvidence;
  /**
   * CSS selectors of the element that holds the readout on this source's pages, tried before
   * the parser's own rules (simple selectors only: `tag`, `#id`, `.class`, `[attr="value"]`).
   */
  container?: string[];
};

/** The kinds of selector the parser's container rules understand (html.ts compileSelector). */
export const SIMPLE_SELECTOR = /^(?:[a-z][a-z0-9]*|#[\w-]+|\.[\w-]+|\[[\w-]+="[^"]*"\])$/;

export const CATALOGUE: readonly CatalogueSource[] = CATALOGUE_ENTRIES;

/** The catalogue ids a new install polls when neither READOUT_SOURCES nor READOUT_FEEDS is set. */
export const DEFAULT_SOURCES: readonly string[] = DEFAULT_SOURCE_IDS;

const byId = lookupTable<CatalogueSource>(Object.fromEntries(CATALOGUE.map((s) => [s.id, s])));
const byUrl = new Map(CATALOGUE.map((s) => [s.url, s]));

/** The entry with this id (case-insensitive), or undefined. */
export function catalogueSource(id: string): CatalogueSource | undefined {
  return byId[id.trim().toLowerCase()];
}

/** The entry whose URL this is, or undefined. */
export function catalogueSourceByUrl(url: string): CatalogueSource | undefined {
  return byUrl.get(url);
}

/**
 * Why catalogue entries are not usable, one problem per line; empty when they are: each entry's
 * schema, and a default set of known, confirmed entries. Pure: the schema test runs it over the
 * catalogue.
 */
export function catalogueProblems(
  entries: readonly CatalogueSource[],
  defaults: readonly string[] = DEFAULT_SOURCES,
): string[] {
  const problems: string[] = [];
  const seen = new Set<string>();
  for (const s of entries) {
    const at = `catalogue entry "${s.id}"`;
    if (!/^[a-z][a-z0-9-]{1,40}$/.test(s.id)) problems.push(`${at}: id must be lower-case words joined by -`);
    if (seen.has(s.id)) problems.push(`${at}: id used twice`);
    seen.add(s.id);
    if (!/^[A-Z]{2}$/.test(s.government))
      problems.push(`${at}: government must be an ISO 3166-1 alpha-2 code`);
    if (!URL.canParse(s.url) || new URL(s.url).protocol !== 'https:')
      problems.push(`${at}: url must be https`);
    if (!['rss', 'rdf', 'atom', 'html'].includes(s.kind)) problems.push(`${at}: unknown kind "${s.kind}"`);
    if (s.kind === 'html') {
      const problem = s.linkPattern
        ? linkPatternProblem(s.linkPattern)
        : 'an HTML index needs a link pattern';
      if (problem) problems.push(`${at}: ${problem}`);
    } else if (s.linkPattern) problems.push(`${at}: only an HTML index has a link pattern`);
    if (!/^[a-z]{2}(-[A-Za-z]+)?$/.test(s.language))
      problems.push(`${at}: language must be a code such as "en"`);
    if (!['readouts', 'mixed'].includes(s.carries)) problems.push(`${at}: carries must be readouts or mixed`);
    if (s.evidence.documentedAt.length === 0 || s.evidence.documentedAt.some((d) => d.trim() === ''))
      problems.push(`${at}: evidence must say where the URL is documented`);
    if (s.evidence.confirmed !== null && !/^\d{4}-\d{2}-\d{2}$/.test(s.evidence.confirmed))
      problems.push(`${at}: evidence.confirmed must be a date (YYYY-MM-DD) or null`);
    for (const selector of s.container ?? [])
      if (!SIMPLE_SELECTOR.test(selector))
        problems.push(`${at}: container selector "${selector}" is not simple`);
  }
  for (const id of defaults) {
    const s = entries.find((e) => e.id === id);
    if (!s) problems.push(`default set: no catalogue entry "${id}"`);
    else if (!s.evidence.confirmed) problems.push(`default set: "${id}" is unconfirmed`);
  }
  return problems;
}
