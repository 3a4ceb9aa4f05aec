import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';

/** What the HTML layer hands to the text parser. */
export type ExtractedPage = {
  /** The main content as lines: one per block element, list items prefixed with their marker. */
  lines: string[];
  title: string | null;
  canonicalUrl: string | null;
  /** Which rule found the content: a source's container, or "readability" as the fallback. */
  via: string;
};

type SourceRule = {
  /** CSS selectors for the content root, tried in order. */
  roots: string[];
  /** Elements removed from the root before reading it. */
  drop: string[];
};

/**
 * Per-source content rules. MOFA's body is `div#maincontents` (RSSHub's MOFA route reads the
 * same container); Kantei pages put the article in `#contents`/`.section`.
 */
const RULES: Record<string, SourceRule> = {
  mofa: {
    roots: ['#maincontents', '#main-contents', 'main'],
    drop: ['.social-btn-top', '.social-btn', '.breadcrumbs', '.breadcrumb', 'nav'],
  },
  kantei: {
    roots: ['#contents', '.contents', 'article', 'main', '.section'],
    drop: ['.social', '.share', '.breadcrumb', 'nav', '.pagetop'],
  },
  generic: {
    roots: ['main', 'article', '[role="main"]', '#content', '#main'],
    drop: ['nav', '.share', '.social', '.breadcrumb', '.breadcrumbs'],
  },
};

const SITE_NAMES = /^(Ministry of Foreign Affairs of Japan|Prime Minister's Office of Japan|MOFA|Kantei)$/i;

const ALWAYS_DROP = 'script, style, noscript, template, svg, iframe, form, button, select, header, footer';

const BLOCK = new Set([
  'P',
  'DIV',
  'SECTION',
  'ARTICLE',
  'MAIN',
  'H1',
  'H2',
  'H3',
  'H4',
  'H5',
  'H6',
  'LI',
  'UL',
  'OL',
  'DL',
  'DT',
  'DD',
  'TABLE',
  'TR',
  'TD',
  'TH',
  'BLOCKQUOTE',
  'FIGURE',
  'FIGCAPTION',
  'BR',
  'HR',
  'PRE',
  'ADDRESS',
]);

// biome-ignore lint/suspicious/noExplicitAny: linkedom's DOM types are loose; nodes are read structurally.
type Node = any;

/** Walks a DOM subtree into lines, marking list items the way the text parser reads them. */
function toLines(root: Node): string[] {
  const lines: string[] = [];
  let current = '';
  const flush = () => {
    const line = current.replace(/\s+/g, ' ').trim();
    if (line) lines.push(line);
    current = '';
  };
  const walk = (node: Node, depth: number) => {
    if (node.nodeType === 3) {
      current += node.textContent;
      return;
    }
    if (node.nodeType !== 1) return;
    const tag = String(node.tagName).toUpperCase();
    if (tag === 'BR') {
      flush();
      return;
    }
    const block = BLOCK.has(tag);
    if (block) flush();
    if (tag === 'LI') {
      const parent = node.parentNode;
      const ordered = parent && String(parent.tagName).toUpperCase() === 'OL';
      const text = String(node.textContent ?? '').trim();
      const hasMarker = /^(\(?\d{1,2}[.)]|[-•・●▪◦*])\s/.test(text);
      if (!hasMarker) {
        if (ordered) {
          const start = Number(parent.getAttribute?.('start') ?? 1) || 1;
          const items = [...parent.children].filter((c: Node) => String(c.tagName).toUpperCase() === 'LI');
          const index = items.indexOf(node) + start;
          current += depth > 0 ? `(${index}) ` : `${index}. `;
        } else {
          current += depth > 0 ? '◦ ' : '• ';
        }
      }
    }
    const nextDepth = tag === 'UL' || tag === 'OL' ? depth + (node.closest?.('li') ? 1 : 0) : depth;
    for (const child of node.childNodes ?? []) walk(child, nextDepth);
    if (block) flush();
  };
  walk(root, 0);
  flush();
  return lines;
}

function metaContent(document: Node, selector: string): string | null {
  const value = document.querySelector(selector)?.getAttribute('content');
  return value ? String(value).trim() || null : null;
}

/**
 * A DOM for any input: linkedom needs a document element, which a fragment, an empty string or
 * a page cut off inside its <html> tag lacks; those are parsed again inside a body.
 */
function parseDocument(html: string): Node {
  try {
    const { document } = parseHTML(html);
    // Reading body proves the tree is whole (linkedom throws on some cut-off documents).
    if (document.documentElement && document.body) return document;
  } catch {
    // Fall through to the wrapped parse.
  }
  const inner = html.replace(/<!doctype[^>]*>?|<\/?html[^>]*>?|<\/?head[^>]*>?|<\/?body[^>]*>?/gi, '');
  return parseHTML(`<html><body>${inner}</body></html>`).document;
}

/**
 * Takes the main content out of an HTML page: the source's container when its rule matches,
 * else Readability over the same DOM. Never throws on odd HTML; an empty page gives no lines.
 */
export function extractPage(html: string, source: string): ExtractedPage {
  const document = parseDocument(html);
  const canonicalUrl =
    metaContent(document, 'meta[property="og:url"]') ??
    (document.querySelector('link[rel="canonical"]')?.getAttribute('href') || null);
  const ogTitle = metaContent(document, 'meta[property="og:title"]');
  // The site's own name is not a page title (MOFA pages without a heading carry it in og:title).
  const fallbackTitle = ogTitle && !SITE_NAMES.test(ogTitle) ? ogTitle : null;
  const headingIn = (root: Node): string | null =>
    root.querySelector('h1')?.textContent?.replace(/\s+/g, ' ').trim() || fallbackTitle;

  const generic = RULES.generic as SourceRule;
  const rule = RULES[source] ?? generic;
  const rules = rule === generic ? [rule] : [rule, generic];
  for (const r of rules) {
    for (const selector of r.roots) {
      const root = document.querySelector(selector);
      if (!root) continue;
      for (const el of root.querySelectorAll(`${ALWAYS_DROP}, ${r.drop.join(', ')}`)) el.remove();
      const title = headingIn(root);
      const lines = toLines(root);
      if (lines.length > 0) return { lines, title, canonicalUrl, via: `${source}:${selector}` };
    }
  }

  // No rule matched: Readability on the same DOM, read back through the same line walker.
  try {
    const article = new Readability(document as unknown as ConstructorParameters<typeof Readability>[0], {
      charThreshold: 100,
    }).parse();
    if (article?.content) {
      const { document: inner } = parseHTML(`<html><body>${article.content}</body></html>`);
      const lines = toLines(inner.body);
      if (lines.length > 0)
        return { lines, title: fallbackTitle ?? article.title ?? null, canonicalUrl, via: 'readability' };
    }
  } catch {
    // Readability gives up on some malformed DOMs; the body text below is the last resort.
  }
  const body = document.body;
  if (body) for (const el of body.querySelectorAll(ALWAYS_DROP)) el.remove();
  return { lines: body ? toLines(body) : [], title: fallbackTitle, canonicalUrl, via: 'body' };
}

/** True when the input looks like HTML rather than plain text. */
export function looksLikeHtml(content: string): boolean {
  return /<(!doctype|html|head|body|div|p|meta)\b/i.test(content.slice(0, 4096));
}
