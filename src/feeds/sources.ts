import type { FeedKind, Store } from '../store/index.js';
import { CATALOGUE, type CatalogueSource } from './catalogue.js';
import type { HttpFetch } from './fetch.js';
import { pinnedFetch } from './pinned-fetch.js';
import type { FeedFetches } from './proxy.js';
import { guardedFetch } from './ssrf.js';

/** What an XML feed is by its root element: RSS 2.0, RSS 1.0/RDF or Atom; null for anything else. Pure. */
export function xmlFeedKind(body: string): Exclude<FeedKind, 'html'> | null {
  const head = body.slice(0, 20_000).replace(/<!--[\s\S]*?-->|<\?[\s\S]*?\?>|<!DOCTYPE[^>]*>/gi, '');
  const root = /<([A-Za-z_][\w.-]*:)?([A-Za-z_][\w.-]*)[\s>/]/.exec(head)?.[2]?.toLowerCase();
  if (root === 'rss' || root === 'channel') return 'rss';
  if (root === 'rdf') return 'rdf';
  if (root === 'feed') return 'atom';
  return null;
}

export const KIND_NAMES: Record<FeedKind, string> = {
  rss: 'RSS feed',
  rdf: 'RSS 1.0/RDF feed',
  atom: 'Atom feed',
  html: 'HTML index',
};

export type FeedsToPoll = {
  /** The operator's READOUT_FEEDS first, then the feeds added from Slack, each once. */
  urls: string[];
  /** The link pattern of each HTML index source (added from Slack, or a catalogue entry's). */
  linkPatterns: Map<string, string>;
  /** The catalogue entry of each feed that is one (health alerts name it; its page container). */
  catalogue: Map<string, CatalogueSource>;
  /**
   * The fetch for a feed and the pages its items link to: operator feeds are trusted as they
   * are; feeds added from Slack go through the SSRF guard unless private networks are allowed.
   */
  fetchFor(feedUrl: string): HttpFetch | undefined;
};

/** The feeds a poll cycle reads, read from the configuration and the store at each cycle. */
export async function feedsToPoll(
  operatorFeeds: readonly string[],
  store: Store,
  options: {
    fetch?: HttpFetch;
    allowPrivateNetworks?: boolean;
    proxy?: FeedFetches | null;
    /** The source catalogue (tests give entries at loopback addresses). */
    catalogue?: readonly CatalogueSource[];
  } = {},
): Promise<FeedsToPoll> {
  const operator = new Set(operatorFeeds);
  const added = (await store.listFeedSources()).filter((s) => !operator.has(s.url));
  const untrusted = new Set(added.map((s) => s.url));
  const guarded = options.allowPrivateNetworks
    ? undefined
    : guardedFetch(options.fetch ?? options.proxy?.untrustedBase ?? pinnedFetch());
  const urls = [...operator, ...added.map((s) => s.url)];
  const byUrl = new Map((options.catalogue ?? CATALOGUE).map((s) => [s.url, s]));
  const catalogue = new Map(
    urls.flatMap((url) => {
      const entry = byUrl.get(url);
      return entry ? [[url, entry] as const] : [];
    }),
  );
  const linkPatterns = new Map<string, string>();
  for (const [url, entry] of catalogue) if (entry.linkPattern) linkPatterns.set(url, entry.linkPattern);
  for (const s of added) if (s.linkPattern) linkPatterns.set(s.url, s.linkPattern);
  return {
    urls,
    linkPatterns,
    catalogue,
    fetchFor: (feedUrl) => (untrusted.has(feedUrl) ? guarded : undefined),
  };
}
