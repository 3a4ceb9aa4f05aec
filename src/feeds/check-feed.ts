import type { FeedKind } from '../store/index.js';
import { type FetchFailed, type FetchOk, type FetchOptions, fetchText, type HttpFetch } from './fetch.js';
import { parseHtmlIndex, readHtmlLinks } from './html-index.js';
import { type FeedItem, parseFeed } from './parse-feed.js';
import { pinnedFetch } from './pinned-fetch.js';
import type { FeedFetches } from './proxy.js';
import { xmlFeedKind } from './sources.js';
import { checkTarget, guardedFetch, type ResolveHost, resolveHost } from './ssrf.js';

/** How long `/readout feeds add` waits for the page, and how much of it it reads. */
export const CHECK_TIMEOUT_MS = 10_000;
export const CHECK_MAX_BYTES = 5 * 1024 * 1024;

export type FeedCheck =
  | {
      ok: true;
      kind: FeedKind;
      title: string | null;
      items: number;
      /** The item with the latest date, else the first one. */
      newest: { title: string | null; date: string | null } | null;
      /** Items whose title reads like a readout (a call, meeting, talk, summit, visit). */
      readoutLike: number;
      linkPattern: string | null;
    }
  | { ok: false; reason: string };

export type CheckOptions = {
  allowPrivateNetworks: boolean;
  fetch?: HttpFetch;
  /** HTTPS_PROXY / HTTP_PROXY / NO_PROXY (feeds/proxy.ts), when no `fetch` is given. */
  proxy?: FeedFetches | null;
  resolve?: ResolveHost;
  timeoutMs?: number;
  maxBytes?: number;
};

const READOUT_WORDS =
  /\b(telephone|phone|calls?|meetings?|meets?|met|talks?|summit|conversation|courtesy|video ?conference|readout|visit(s|ing)?|dialogue)\b/i;

/** Whether an item title reads like a readout. A hint for people, not a filter. */
export function looksLikeReadout(title: string | null): boolean {
  return title !== null && READOUT_WORDS.test(title);
}

function summarise(
  kind: FeedKind,
  title: string | null,
  items: FeedItem[],
  linkPattern: string | null,
): FeedCheck {
  const dated = items
    .filter((i) => i.publishedAt)
    .sort((a, b) => (b.publishedAt ?? '').localeCompare(a.publishedAt ?? ''));
  const newest = dated[0] ?? items[0] ?? null;
  return {
    ok: true,
    kind,
    title,
    items: items.length,
    newest: newest ? { title: newest.title, date: newest.publishedAt?.slice(0, 10) ?? null } : null,
    readoutLike: items.filter((i) => looksLikeReadout(i.title)).length,
    linkPattern,
  };
}

/** A pattern to suggest for an HTML page: the links in its own folder. */
function suggestPattern(url: string): string {
  const path = new URL(url).pathname;
  return `${path.slice(0, path.lastIndexOf('/') + 1)}*.html`;
}

/** Why a URL could not be fetched, said for the person who added it. */
function whyNotFetched(response: FetchFailed, timeoutMs: number): string {
  const reason = response.reason.replace(/^ERR_SSRF_REFUSED: /, 'refused after a redirect: ');
  if (response.httpStatus === 403)
    return 'HTTP 403 Forbidden: the publisher blocks this app’s address (MOFA refuses data-centre and automated requests), so it cannot be polled from here. Whoever runs Readout can try another network, or set HTTPS_PROXY to a proxy the publisher accepts';
  if (reason === 'timed out') return `no complete answer within ${timeoutMs / 1000} seconds`;
  return reason;
}

/** An HTML answer: an index of links when a pattern is given and matches, else why not. */
function checkHtmlIndex(response: FetchOk, linkPattern: string | null): FeedCheck {
  const isHtml =
    /html/i.test(response.contentType ?? '') ||
    /<(!doctype html|html|body)\b/i.test(response.body.slice(0, 5000));
  if (!isHtml)
    return {
      ok: false,
      reason: `neither a feed (RSS, RDF or Atom XML) nor an HTML page (content type ${response.contentType ?? 'not given'})`,
    };
  if (!linkPattern) {
    const { alternates } = readHtmlLinks(response.body, response.finalUrl);
    const feedHint =
      alternates.length > 0 ? ` The page names a feed: ${alternates.slice(0, 2).join(' , ')}.` : '';
    return {
      ok: false,
      reason: `this is an HTML page, not a feed.${feedHint} To read it as an index of links, add a link pattern, e.g. \`links:${suggestPattern(response.finalUrl)}\``,
    };
  }
  const index = parseHtmlIndex(response.body, response.finalUrl, linkPattern);
  if (!index.ok) return { ok: false, reason: index.reason };
  if (index.items.length === 0) {
    const { links } = readHtmlLinks(response.body, response.finalUrl);
    // Examples to build a pattern from: links on the page's site, those in its folder first.
    const page = new URL(response.finalUrl);
    const folder = page.pathname.slice(0, page.pathname.lastIndexOf('/') + 1);
    const examples = links
      .map((l) => new URL(l.url))
      .filter((u) => u.host === page.host && u.pathname !== page.pathname)
      .sort((a, b) => Number(!a.pathname.startsWith(folder)) - Number(!b.pathname.startsWith(folder)))
      .slice(0, 3)
      .map((u) => `\`${u.pathname}\``);
    return {
      ok: false,
      reason: `no link on the page matches \`${linkPattern}\` (it has ${links.length} links${examples.length ? `, e.g. ${examples.join(', ')}` : ''})`,
    };
  }
  return summarise('html', index.title, index.items, linkPattern);
}

/**
 * Fetches a URL once, bounded in time and size, and says what it is: an RSS/RDF/Atom feed
 * (read with the poller's parser) or, with a link pattern, an HTML index; or why it cannot be
 * polled (refused address, HTTP error, not a feed, no matching link). User-added URLs pass the
 * SSRF check (every hop) unless private networks are allowed. Never throws.
 */
export async function checkFeed(
  url: string,
  linkPattern: string | null,
  options: CheckOptions,
): Promise<FeedCheck> {
  const resolve = options.resolve ?? resolveHost;
  // Unset: fetchText's own GET (lightGet), as the poller's.
  let http: HttpFetch | undefined = options.fetch ?? options.proxy?.trusted;
  if (!options.allowPrivateNetworks) {
    const target = await checkTarget(url, resolve);
    if (!target.ok) return { ok: false, reason: `refused: ${target.reason}` };
    http = guardedFetch(options.fetch ?? options.proxy?.untrustedBase ?? pinnedFetch(), resolve);
  }
  const timeoutMs = options.timeoutMs ?? CHECK_TIMEOUT_MS;
  const fetchOptions: FetchOptions = {
    timeoutMs,
    maxBytes: options.maxBytes ?? CHECK_MAX_BYTES,
    accept:
      'application/rss+xml, application/rdf+xml, application/atom+xml, application/xml;q=0.9, text/xml;q=0.8, text/html;q=0.7, */*;q=0.5',
  };
  const response = await fetchText(url, fetchOptions, http);
  if (response.status === 'not_modified')
    return { ok: false, reason: 'HTTP 304 to a request without validators' };
  if (response.status === 'error') return { ok: false, reason: whyNotFetched(response, timeoutMs) };
  const body = response.body;
  const kind = xmlFeedKind(body);
  if (kind) {
    if (linkPattern)
      return {
        ok: false,
        reason: `this is an ${kind === 'atom' ? 'Atom' : 'RSS'} feed, not an HTML page: add it without \`links:\``,
      };
    const feed = await parseFeed(body, response.finalUrl);
    if (!feed.ok) return { ok: false, reason: `not a readable feed (${feed.reason})` };
    return summarise(kind, feed.title, feed.items, null);
  }
  return checkHtmlIndex(response, linkPattern);
}
