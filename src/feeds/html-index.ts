import { Parser } from 'htmlparser2';
import type { FeedItem, FeedParse } from './parse-feed.js';

/**
 * Link patterns for HTML index sources, typed in Slack as `links:<pattern>`:
 * - a pattern starting with `/` is matched against the path (and query) of links on the index
 *   page's own host: `links:/na/na1/us/page*e_*.html`;
 * - a pattern starting with `http://` or `https://` is matched against the whole link URL:
 *   `links:https://www.mofa.go.jp/press/release/**`;
 * - `*` stands for any run of characters except `/`, `**` for any run including `/`; every
 *   other character stands for itself. The whole link must match; fragments are dropped first.
 */
export type LinkPattern = { source: string; matches(url: URL): boolean };

export const MAX_PATTERN_LENGTH = 300;

/** Why a pattern cannot be used, or null when it can. Pure. */
export function linkPatternProblem(pattern: string): string | null {
  if (pattern === '') return 'the link pattern is empty';
  if (pattern.length > MAX_PATTERN_LENGTH)
    return `the link pattern is longer than ${MAX_PATTERN_LENGTH} characters`;
  if (/\s/.test(pattern)) return 'the link pattern has a space in it';
  if (pattern.includes('***'))
    return 'the link pattern has `***`: use `*` (inside a path segment) or `**` (across segments)';
  if (pattern.startsWith('/'))
    return pattern.startsWith('//') ? 'a path pattern starts with a single `/`' : null;
  if (/^https?:\/\/[^/*]+/i.test(pattern)) return null;
  return "a link pattern starts with `/` (a path on the page's site) or with `http://` / `https://` (a whole URL)";
}

/**
 * Compiles a pattern checked by `linkPatternProblem` (a bad one throws a RangeError) for the
 * index page at `pageUrl`.
 */
export function compileLinkPattern(pattern: string, pageUrl: string): LinkPattern {
  const problem = linkPatternProblem(pattern);
  if (problem) throw new RangeError(problem);
  const pathOnly = pattern.startsWith('/');
  // Scheme and host are case-insensitive: the URL parser lowercases them, so the pattern's are too.
  const normalised = pathOnly
    ? pattern
    : pattern.replace(/^https?:\/\/[^/]+/i, (origin) => origin.toLowerCase());
  const body = normalised
    .split('**')
    .map((part) =>
      part
        .split('*')
        .map((literal) => literal.replace(/[.+?^${}()|[\]\\]/g, '\\$&'))
        .join('[^/]*'),
    )
    .join('.*');
  const regex = new RegExp(`^${body}$`);
  const host = new URL(pageUrl).host;
  return {
    source: pattern,
    matches: (url) =>
      pathOnly ? url.host === host && regex.test(`${url.pathname}${url.search}`) : regex.test(url.toString()),
  };
}

export type HtmlIndex = {
  /** The page's <title>, whitespace collapsed. */
  title: string | null;
  /** Every http(s) link on the page, absolute, fragment stripped, in document order, unique. */
  links: { url: string; text: string }[];
  /** Feeds the page declares with <link rel="alternate">. */
  alternates: string[];
};

const MAX_LINKS = 5000;

/** Reads the links of an HTML page in one htmlparser2 pass. Pure; never throws. */
export function readHtmlLinks(html: string, pageUrl: string): HtmlIndex {
  let base = pageUrl;
  let title: string | null = null;
  let inTitle = false;
  let titleText = '';
  const alternates: string[] = [];
  const byUrl = new Map<string, { url: string; text: string }>();
  // Open <a> elements (they should not nest, but pages do): text goes to every open one.
  const open: { url: string | null; text: string }[] = [];
  let skip = 0;

  const absolute = (href: string): string | null => {
    try {
      const url = new URL(href.trim(), base);
      if (url.protocol !== 'http:' && url.protocol !== 'https:') return null;
      url.hash = '';
      return url.toString();
    } catch {
      return null;
    }
  };

  const parser = new Parser(
    {
      onopentag(name, attrs) {
        if (name === 'script' || name === 'style' || name === 'noscript') skip++;
        else if (name === 'base' && attrs.href) base = absolute(attrs.href) ?? base;
        else if (name === 'title' && title === null) inTitle = true;
        else if (name === 'link' && /\balternate\b/i.test(attrs.rel ?? '') && attrs.href) {
          if (/(rss|atom|rdf)\+xml|\/xml/i.test(attrs.type ?? '')) {
            const url = absolute(attrs.href);
            if (url) alternates.push(url);
          }
        } else if (name === 'a') open.push({ url: attrs.href ? absolute(attrs.href) : null, text: '' });
        else if (name === 'img' && open.length > 0 && attrs.alt)
          for (const a of open) a.text += ` ${attrs.alt} `;
        else if (name === 'br' && open.length > 0) for (const a of open) a.text += ' ';
      },
      ontext(text) {
        if (skip > 0) return;
        if (inTitle) titleText += text;
        for (const a of open) a.text += text;
      },
      onclosetag(name) {
        if (name === 'script' || name === 'style' || name === 'noscript') skip = Math.max(0, skip - 1);
        else if (name === 'title' && inTitle) {
          inTitle = false;
          title = collapse(titleText) || null;
        } else if (name === 'a') {
          const a = open.pop();
          if (!a?.url || byUrl.size >= MAX_LINKS) return;
          const text = collapse(a.text);
          const seen = byUrl.get(a.url);
          // The first non-empty text names the link (an image link before its text link).
          if (!seen) byUrl.set(a.url, { url: a.url, text });
          else if (!seen.text && text) seen.text = text;
        }
      },
    },
    { decodeEntities: true, lowerCaseTags: true, lowerCaseAttributeNames: true },
  );
  parser.write(html);
  parser.end();
  return { title, links: [...byUrl.values()], alternates: [...new Set(alternates)] };
}

const collapse = (text: string) => text.replace(/\s+/g, ' ').trim();

/**
 * Turns an HTML index page into feed items: each link matching the pattern, absolute,
 * de-duplicated and without its fragment, titled with its link text (null when it has none).
 * The item's identity is that URL; it has no date, so a feed's first poll is a baseline and
 * every later new link is new. The page itself is never matched. Pure; never throws.
 */
export function parseHtmlIndex(html: string, pageUrl: string, pattern: string): FeedParse {
  const problem = linkPatternProblem(pattern);
  if (problem) return { ok: false, reason: problem };
  if (!/<(html|body|a|head|!doctype)\b/i.test(html.slice(0, 50_000)))
    return { ok: false, reason: 'not an HTML page' };
  const index = readHtmlLinks(html, pageUrl);
  const matcher = compileLinkPattern(pattern, pageUrl);
  const self = new URL(pageUrl);
  self.hash = '';
  const items: FeedItem[] = index.links
    .filter((link) => link.url !== self.toString() && matcher.matches(new URL(link.url)))
    .map((link) => ({
      guid: link.url,
      link: link.url,
      title: link.text || null,
      summary: null,
      publishedAt: null,
      contentHtml: null,
    }));
  return { ok: true, title: index.title, items };
}
