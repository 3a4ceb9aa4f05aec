import { createRequire } from 'node:module';
import type { Readability as ReadabilityType } from '@mozilla/readability';
import { Parser } from 'htmlparser2';
import type { parseHTML as ParseHTMLType } from 'linkedom';
import { lookupTable } from '../../app/lookup.js';

// linkedom and Readability serve only the DOM fallback (a page no source rule reads), so they
// are loaded at its first use: an app whose pages all stream never holds them (~5 MB of heap).
// require, not import(), keeps the extractor synchronous; linkedom's CommonJS build then brings
// its own CommonJS copy of htmlparser2 along.
const require = createRequire(import.meta.url);
let domLibraries: { parseHTML: typeof ParseHTMLType; Readability: typeof ReadabilityType } | null = null;
function dom(): NonNullable<typeof domLibraries> {
  domLibraries ??= {
    parseHTML: (require('linkedom') as typeof import('linkedom')).parseHTML,
    Readability: (require('@mozilla/readability') as typeof import('@mozilla/readability')).Readability,
  };
  return domLibraries;
}
const parseHTML = (html: string) => dom().parseHTML(html);

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
 * The American Presidency Project's copy of a White House document: `#main-content` holds the
 * president's name, the title, the date and the text, then a citation, categories, related
 * documents and a search sidebar, which are not the document.
 */
const PRESIDENCY_PROJECT_DROP = [
  'aside',
  '.field-prez-document-citation',
  '.group-meta',
  '.related-documents',
];

/**
 * Per-source content rules. MOFA's body is `div#maincontents` (RSSHub's MOFA route reads the
 * same container); Kantei pages put the article in `#contents`/`.section`.
 */
const RULES = lookupTable<SourceRule>({
  mofa: {
    roots: ['#maincontents', '#main-contents', 'main'],
    drop: ['.social-btn-top', '.social-btn', '.breadcrumbs', '.breadcrumb', 'nav'],
  },
  kantei: {
    roots: ['#contents', '.contents', 'article', 'main', '.section'],
    drop: ['.social', '.share', '.breadcrumb', 'nav', '.pagetop'],
  },
  // GOV.UK: the article body is .gem-c-govspeak; the summary above it (.gem-c-lead-paragraph)
  // restates the lead in other words and must not be read as it.
  ukgov: {
    roots: ['.gem-c-govspeak', '.govspeak', 'main'],
    drop: ['.gem-c-lead-paragraph', '.gem-c-share-links', '.gem-c-contextual-sidebar', 'nav', '.breadcrumb'],
  },
  // WordPress (whitehouse.gov, state.gov): the post body.
  whitehouse: {
    roots: ['.entry-content', '.body-content', 'article', 'main', '#main-content'],
    drop: ['nav', '.share', '.social', '.breadcrumb', '.breadcrumbs', '.related', ...PRESIDENCY_PROJECT_DROP],
  },
  state: {
    roots: ['.entry-content', 'article', 'main'],
    drop: ['nav', '.share', '.social', '.breadcrumb', '.breadcrumbs', '.related'],
  },
  // India's MEA: the article (heading, date, text) is `.innerContent` inside the page's column.
  india: {
    roots: ['.innerContent', '#innerContent', 'main', 'article'],
    drop: ['nav', '.share', '.social', '.breadcrumb', '.sidebar-box'],
  },
  // Unknown sites: the usual containers, then two republishers' own (MEA's article column, and
  // the American Presidency Project's `#main-content`), so that their pages skip Readability.
  generic: {
    roots: ['main', 'article', '[role="main"]', '#content', '#main', '.innerContent', '#main-content'],
    drop: ['nav', '.share', '.social', '.breadcrumb', '.breadcrumbs', ...PRESIDENCY_PROJECT_DROP],
  },
});

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
  // Each list's items numbered once (a list of 100k items must not be counted 100k times).
  const numbered = new Map<Node, Map<Node, number>>();
  const itemIndex = (list: Node): Map<Node, number> => {
    let known = numbered.get(list);
    if (!known) {
      known = new Map();
      for (const c of list.children ?? [])
        if (String(c.tagName).toUpperCase() === 'LI') known.set(c, known.size);
      numbered.set(list, known);
    }
    return known;
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
          const index = (itemIndex(parent).get(node) ?? 0) + start;
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

/** The page without its doctype, html, head and body tags, for parsing again inside a body. */
function innerMarkup(html: string): string {
  return html.replace(/<!doctype[^>]*>?|<\/?html[^>]*>?|<\/?head[^>]*>?|<\/?body[^>]*>?/gi, '');
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
  const inner = innerMarkup(html);
  try {
    const { document } = parseHTML(`<html><body>${inner}</body></html>`);
    if (document.documentElement && document.body) return document;
  } catch {
    // Fall through to plain text.
  }
  // Markup linkedom cannot build a tree from ("<!>" and the like): keep its text only.
  const { document } = parseHTML('<html><body></body></html>');
  document.body.textContent = inner.replace(/<[^>]*>?/g, ' ');
  return document;
}

/**
 * The DOM extractor: builds a linkedom DOM, reads the source's container when its rule matches,
 * else Readability over the same DOM. `extractPage` gives the same result for rule-matched pages
 * without the DOM and calls this for the rest; it stays exported as the reference for the
 * equivalence test and the benchmark baseline. Throws on DOMs deeper than linkedom's recursive
 * queries can walk.
 */
export function extractPageWithDom(
  html: string,
  source: string,
  container?: readonly string[] | null,
): ExtractedPage {
  const document = parseDocument(html);
  const canonicalUrl =
    metaContent(document, 'meta[property="og:url"]') ??
    (document.querySelector('link[rel="canonical"]')?.getAttribute('href') || null);
  const ogTitle = metaContent(document, 'meta[property="og:title"]');
  // The site's own name is not a page title (MOFA pages without a heading carry it in og:title).
  const fallbackTitle = ogTitle && !SITE_NAMES.test(ogTitle) ? ogTitle : null;
  const headingIn = (root: Node): string | null =>
    root.querySelector('h1')?.textContent?.replace(/\s+/g, ' ').trim() || fallbackTitle;

  for (const r of rulesFor(source, container)) {
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
    const article = new (dom().Readability)(
      document as unknown as ConstructorParameters<typeof ReadabilityType>[0],
      {
        charThreshold: 100,
      },
    ).parse();
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

// ---------------------------------------------------------------------------------------------
// The streaming extractor: one htmlparser2 pass, no DOM. linkedom builds its tree from the same
// parser events with the same options, so following the events element by element reads the
// same tree the DOM walker reads.

type Attribs = Record<string, string>;

/** A compiled simple selector (`tag`, `#id`, `.class`, `[attr="value"]`): the only kinds the rules use. */
type Match = (tag: string, attribs: Attribs) => boolean;

/** True when the class attribute holds `name` as a whole token (CSS `~=`, what `.name` means). */
function hasClass(attribs: Attribs, name: string): boolean {
  const value = attribs.class;
  if (value === undefined || value.length < name.length) return false;
  if (!value.includes(name)) return false;
  for (const token of value.split(/\s+/)) if (token === name) return true;
  return false;
}

function compileSelector(selector: string): Match {
  if (/^[a-z][a-z0-9]*$/.test(selector)) return (tag) => tag === selector;
  if (/^#[\w-]+$/.test(selector)) {
    const id = selector.slice(1);
    return (_tag, attribs) => attribs.id === id;
  }
  if (/^\.[\w-]+$/.test(selector)) {
    const name = selector.slice(1);
    return (_tag, attribs) => hasClass(attribs, name);
  }
  const attr = /^\[([\w-]+)="([^"]*)"\]$/.exec(selector);
  if (attr) {
    const [, name, value] = attr as unknown as [string, string, string];
    return (_tag, attribs) => attribs[name] === value;
  }
  throw new Error(`html.ts: unsupported selector ${selector}`);
}

/** One test for a list of selectors: tag names by set lookup, the rest one by one. */
function compileSelectorList(selectors: string[]): Match {
  const tags = new Set(selectors.filter((s) => /^[a-z][a-z0-9]*$/.test(s)));
  const others = selectors.filter((s) => !tags.has(s)).map(compileSelector);
  return (tag, attribs) => {
    if (tags.has(tag)) return true;
    for (const m of others) if (m(tag, attribs)) return true;
    return false;
  };
}

/**
 * The most raw text one line (or heading) gathers: a paragraph's head is all the parse reads of
 * it (`MAX_LINE_CHARS` in page.ts), and a 10 MB text node gathered whole cost seconds of garbage
 * collection.
 */
const LINE_TEXT_CAP = 64 * 1024;

function capped(text: string, data: string): string {
  const room = LINE_TEXT_CAP - text.length;
  if (room <= 0) return text;
  return text + (data.length > room ? data.slice(0, room) : data);
}

/**
 * A content root the scan looks for: its selector, what it drops, the `via` it reports, and
 * `ahead`: whether an element it matches may still stand in the markup given (see `mayMatchIn`).
 */
type RootSpec = {
  match: Match;
  drop: Match;
  via: string;
  ahead: (rest: string) => boolean;
  /** What an element needs to match: this tag name, or this attribute present (see `needsOf`). */
  needs: { tag: string } | { attribute: string };
};

/** `compileSelector`'s kinds: a tag selector needs its tag; `#id`, `.class` and `[a="v"]` need the attribute. */
function needsOf(selector: string): RootSpec['needs'] {
  if (/^[a-z][a-z0-9]*$/.test(selector)) return { tag: selector };
  if (selector.startsWith('#')) return { attribute: 'id' };
  if (selector.startsWith('.')) return { attribute: 'class' };
  const attr = /^\[([\w-]+)=/.exec(selector);
  if (attr) return { attribute: attr[1] as string };
  throw new Error(`html.ts: unsupported selector ${selector}`);
}

/**
 * A quick test no root of a list can pass without: the element's tag is one the list names, or
 * it carries one of the attributes the list reads. Most elements of a page (a menu's items and
 * links) fail it and are not tried against every selector.
 */
type RootCue = { tags: ReadonlySet<string>; attributes: readonly string[] };
const rootCueFor = new WeakMap<RootSpec[], RootCue>();
function rootCue(specs: RootSpec[]): RootCue {
  let cue = rootCueFor.get(specs);
  if (!cue) {
    const tags = new Set<string>();
    const attributes = new Set<string>();
    for (const s of specs) {
      if ('tag' in s.needs) tags.add(s.needs.tag);
      else attributes.add(s.needs.attribute);
    }
    cue = { tags, attributes: [...attributes] };
    rootCueFor.set(specs, cue);
  }
  return cue;
}

/**
 * A cue test for `compileSelector`'s kinds: false only when no element of `rest` can match the
 * selector. A tag name must be spelt out after a `<` (htmlparser2 lowercases it; `</p>` and
 * `</br>`, the parser's only implied opens, make no root). An id, class or attribute value must
 * stand in the markup as it is, or have one of its characters spelt with a numeric character
 * reference (`&#99;`, `&#x63`: any such reference that gives one of them counts): no named
 * reference gives a letter, digit or `-` but `&fjlig;` ("fj"), while `&lowbar;` gives `_`, so a
 * value holding "fj" or "_" is always taken to be ahead.
 */
function mayMatchIn(selector: string): (rest: string) => boolean {
  if (/^[a-z][a-z0-9]*$/.test(selector)) {
    const tag = new RegExp(`<${selector}`, 'i');
    return (rest) => tag.test(rest);
  }
  const value = /^[#.]([\w-]+)$/.exec(selector)?.[1] ?? /^\[[\w-]+="([^"]*)"\]$/.exec(selector)?.[1];
  if (value === undefined || value === '' || /fj|_/i.test(value)) return () => true;
  const chars = new Set([...value].map((c) => c.charCodeAt(0)));
  return (rest) => rest.includes(value) || numericReferenceTo(rest, chars);
}

/** The digits of a numeric character reference, read after its `&#`. */
const NUMERIC_REFERENCE_RE = /[xX]([0-9a-fA-F]+)|([0-9]+)/y;

/** Whether a numeric character reference in `text` gives one of the character codes `chars`. */
function numericReferenceTo(text: string, chars: ReadonlySet<number>): boolean {
  for (let at = text.indexOf('&#'); at !== -1; at = text.indexOf('&#', at + 2)) {
    NUMERIC_REFERENCE_RE.lastIndex = at + 2;
    const m = NUMERIC_REFERENCE_RE.exec(text);
    if (!m) continue;
    const code = m[1] !== undefined ? Number.parseInt(m[1], 16) : Number(m[2]);
    if (chars.has(code)) return true;
  }
  return false;
}

const ALWAYS_DROP_LIST = ALWAYS_DROP.split(/,\s*/);
const dropFor = new WeakMap<SourceRule, Match>();
function dropMatch(rule: SourceRule): Match {
  let m = dropFor.get(rule);
  if (!m) {
    m = compileSelectorList([...ALWAYS_DROP_LIST, ...rule.drop]);
    dropFor.set(rule, m);
  }
  return m;
}

/**
 * The rules for a source, in the order they are tried: the container a catalogue entry names
 * for its pages (src/feeds/catalogue-data.ts; dropping what the source's rule drops), the
 * source's own rule, then the generic one.
 */
function rulesFor(source: string, container?: readonly string[] | null): SourceRule[] {
  const generic = RULES.generic as SourceRule;
  const rule = RULES[source] ?? generic;
  const rules = rule === generic ? [rule] : [rule, generic];
  return container?.length ? [{ roots: [...container], drop: rule.drop }, ...rules] : rules;
}

const rootSpecsFor = new Map<string, RootSpec[]>();
/** The roots for a source in the order the DOM walker tries them (`rulesFor`). */
function rootSpecs(source: string, container?: readonly string[] | null): RootSpec[] {
  const key = container?.length ? `${source}\n${container.join('\n')}` : source;
  let specs = rootSpecsFor.get(key);
  if (!specs) {
    specs = rulesFor(source, container).flatMap((r) =>
      r.roots.map((selector) => ({
        match: compileSelector(selector),
        drop: dropMatch(r),
        via: `${source}:${selector}`,
        ahead: mayMatchIn(selector),
        needs: needsOf(selector),
      })),
    );
    if (rootSpecsFor.size < 64) rootSpecsFor.set(key, specs);
  }
  return specs;
}

const BODY_SPEC: RootSpec[] = [
  {
    match: (tag) => tag === 'body',
    drop: compileSelectorList(ALWAYS_DROP_LIST),
    via: 'body',
    ahead: mayMatchIn('body'),
    needs: needsOf('body'),
  },
];

const BLOCK_TAGS = new Set([...BLOCK].map((t) => t.toLowerCase()));
const MARKER_RE = /^(\(?\d{1,2}[.)]|[-•・●▪◦*])\s/;
/** Past this many characters the text after a first non-space character decides MARKER_RE (it reads 5). */
const MARKER_SPAN = 5;
const NON_SPACE = /\S/;

/**
 * The start of a list item's text, for "does it already carry a marker". Items opened while the
 * enclosing item has only seen whitespace share one prefix (they see the same text from then on),
 * so a deep nest of lists costs the same as a flat one.
 */
type Prefix = { text: string; settled: boolean; users: number };

/** A list item's marker, resolved when the item closes (the DOM walker reads its whole text first). */
type Marker = { ordered: boolean; nested: boolean; index: number; prefix: Prefix; has: boolean | null };

/** A line whose start is a list item's marker, not yet known. */
type PendingLine = { marker: Marker; text: string };

/** What the collector remembers of an open element inside the root. */
type Frame = {
  block: boolean;
  /** For a list: the depth to restore when it closes; else -1. */
  depth: number;
  ol: boolean;
  /** List items seen among the children so far (the item's index in an `ol`). */
  lis: number;
  start: string | undefined;
  marker: Marker | null;
};

/**
 * `collapseSpaces(text).trim()`, trimmed first: `trim` and `\s` strip the same characters, so the
 * result is the same, and a block's text is mostly its indentation around singly spaced words
 * (then no replace at all) or whitespace only (then no test either).
 */
function normalise(text: string): string {
  return collapseSpaces(text.trim());
}

/**
 * Whitespace that `\s+` → ' ' would change: a character of `\s` other than the plain space (the
 * class lists them: V8 scans it twice as fast as `[^\S ]`), or two spaces.
 */
const UNEVEN_SPACE_RE = /[\t\n\v\f\r\u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000\ufeff]| {2}/;

/**
 * Each run of whitespace as one plain space. A text already so spaced (most lines by the time
 * they are read) is returned as it is: one test is much cheaper than the replace.
 */
export function collapseSpaces(text: string): string {
  return UNEVEN_SPACE_RE.test(text) ? text.replace(/\s+/g, ' ') : text;
}

function markerHas(marker: Marker): boolean {
  if (marker.has === null) {
    const p = marker.prefix;
    marker.has = MARKER_RE.test(p.settled ? p.text : p.text.trim());
  }
  return marker.has;
}

function markerText(marker: Marker): string {
  if (markerHas(marker)) return '';
  if (marker.ordered) return marker.nested ? `(${marker.index}) ` : `${marker.index}. `;
  return marker.nested ? '◦ ' : '• ';
}

/** An open element of the whole document, as the scan tracks it. */
type Open = { tag: string; lis: number; start: string | undefined };

/**
 * Reads one content root into lines as the events stream past: the DOM walker's `toLines` after
 * its drops, without the tree. Elements under a dropped element are skipped whole.
 */
class Collector {
  readonly spec: RootSpec;
  readonly priority: number;
  private readonly lines: (string | PendingLine)[] = [];
  private text = '';
  private marker: Marker | null = null;
  private depth = 0;
  private readonly frames: Frame[] = [];
  private readonly items: Marker[] = [];
  /** Prefixes still reading text. */
  private readonly prefixes: Prefix[] = [];
  /** Open elements under (and including) a dropped element. */
  private dropped = 0;
  private h1Level = -1;
  /** The text of the first h1 under the root, once one opened. */
  h1: string | null = null;
  closed = false;

  constructor(spec: RootSpec, priority: number) {
    this.spec = spec;
    this.priority = priority;
  }

  /**
   * An element opens. `openItems` counts the list items open in the whole document (the walker's
   * `closest('li')`); `outside` is the element above the root, given when this is the root.
   */
  open(tag: string, attribs: Attribs, openItems: number, outside: Open | null | undefined): void {
    if (this.dropped > 0) {
      this.dropped++;
      return;
    }
    const isRoot = outside !== undefined;
    if (!isRoot && this.spec.drop(tag, attribs)) {
      this.dropped = 1;
      return;
    }
    const parent = this.frames[this.frames.length - 1];
    if (!isRoot && this.h1 === null && tag === 'h1') {
      this.h1Level = this.frames.length;
      this.h1 = '';
    }
    const frame: Frame = {
      block: false,
      depth: -1,
      ol: tag === 'ol',
      lis: 0,
      start: undefined,
      marker: null,
    };
    this.frames.push(frame);
    if (tag === 'br') {
      this.flush();
      return;
    }
    frame.block = BLOCK_TAGS.has(tag);
    if (frame.block) this.flush();
    if (tag === 'li') {
      // The item's place among its parent's items; the root's parent is outside the root.
      let ordered = false;
      let index = 0;
      if (isRoot) {
        if (outside && outside.tag === 'ol') {
          ordered = true;
          index = outside.lis + (Number(outside.start ?? 1) || 1);
        }
      } else if (parent) {
        if (parent.ol) {
          ordered = true;
          index = parent.lis + (Number(parent.start ?? 1) || 1);
        }
        parent.lis++;
      }
      const top = this.items[this.items.length - 1];
      let prefix: Prefix;
      if (top && !top.prefix.settled && top.prefix.text === '') prefix = top.prefix;
      else {
        prefix = { text: '', settled: false, users: 0 };
        this.prefixes.push(prefix);
      }
      prefix.users++;
      const marker: Marker = { ordered, nested: this.depth > 0, index, prefix, has: null };
      frame.marker = marker;
      this.items.push(marker);
      this.marker = marker;
    } else if (tag === 'ul' || tag === 'ol') {
      if (frame.ol) frame.start = attribs.start;
      frame.depth = this.depth;
      if (openItems > 0) this.depth++;
    }
  }

  ontext(data: string): void {
    if (this.dropped > 0) return;
    this.text = capped(this.text, data);
    if (this.h1Level >= 0) this.h1 = capped(this.h1 ?? '', data);
    const prefixes = this.prefixes;
    for (let i = 0; i < prefixes.length; ) {
      const p = prefixes[i] as Prefix;
      const before = p.text.length;
      p.text = before === 0 ? data.trimStart() : p.text + data;
      // Settled once a non-space character stands past the span MARKER_RE reads.
      if (before >= MARKER_SPAN ? NON_SPACE.test(data) : NON_SPACE.test(p.text.slice(MARKER_SPAN))) {
        p.settled = true;
        prefixes.splice(i, 1);
      } else i++;
    }
  }

  /** An element closes; true when it was the root. */
  close(): boolean {
    if (this.dropped > 0) {
      this.dropped--;
      return false;
    }
    const frame = this.frames.pop();
    if (!frame) return true;
    if (frame.marker) {
      const marker = frame.marker;
      markerHas(marker);
      this.items.pop();
      const p = marker.prefix;
      if (--p.users === 0 && !p.settled) {
        const at = this.prefixes.indexOf(p);
        if (at >= 0) this.prefixes.splice(at, 1);
      }
    }
    if (frame.block) this.flush();
    if (frame.depth >= 0) this.depth = frame.depth;
    if (this.h1Level === this.frames.length) this.h1Level = -1;
    if (this.frames.length > 0) return false;
    this.flush();
    this.closed = true;
    return true;
  }

  private flush(): void {
    if (this.marker) {
      this.lines.push({ marker: this.marker, text: this.text });
      this.marker = null;
    } else if (this.text !== '') {
      const line = normalise(this.text);
      if (line) this.lines.push(line);
    }
    this.text = '';
  }

  /** Whether `result` gives a line; asked of a closed root, whose lines are all in. */
  hasLine(): boolean {
    for (const l of this.lines) {
      if (typeof l === 'string' || normalise(markerText(l.marker) + l.text) !== '') return true;
    }
    return false;
  }

  result(): string[] {
    this.flush();
    const out: string[] = [];
    for (const l of this.lines) {
      if (typeof l === 'string') out.push(l);
      else {
        const line = normalise(markerText(l.marker) + l.text);
        if (line) out.push(line);
      }
    }
    return out;
  }
}

type Scan = {
  /** The root found first among the highest-priority selector that matched anything. */
  root: Collector | null;
  canonicalUrl: string | null;
  /** A non-generic og:title. */
  fallbackTitle: string | null;
  /** The most elements open at once. */
  maxDepth: number;
  /** Stopped at DEPTH_LIMIT open elements: the rest of the page was not read. */
  tooDeep: boolean;
  /** An element with more than ATTRIBUTE_LIMIT attributes was read. */
  manyAttributes: boolean;
  /**
   * linkedom would not build a document from these events: no element at all (no document
   * element), or an event after a close above the document (linkedom throws). `parseDocument`
   * then parses the page again inside a body; so does the scan.
   */
  noDocument: boolean;
};

/**
 * htmlparser2 keeps its open elements with `unshift`, so nesting costs quadratic time (1 MB of
 * nested divs: ~8 s). The scan stops reading a page this deep; real pages stay under 100.
 */
const DEPTH_LIMIT = 10_000;
/**
 * Readability slows down sharply with depth (1 s at 500 levels, 36 s at 2,000) and linkedom's
 * walkers recurse: pages nested deeper than this get the streamed body text instead.
 */
const DOM_DEPTH_LIMIT = 400;

/**
 * One pass over the page: the first element (in document order) of the highest-priority root
 * selector that matches anything, read into lines, and the head's og:url, canonical link and
 * og:title (each the first in the document, as `querySelector` finds them). With `stopEarly`,
 * stops once nothing later in the page can change the result.
 */
function scan(html: string, specs: RootSpec[], stopEarly: boolean): Scan {
  const scanner = new Scanner(html, specs, stopEarly);
  const parser = new Parser(scanner, { lowerCaseAttributeNames: false, decodeEntities: true });
  scanner.parser = parser;
  // The same wrapping as the DOM path, so both read the same events.
  parser.write(html);
  if (!scanner.stopped) parser.end();
  return scanner.result();
}

/** An opening <meta> or <link> tag (htmlparser2 lowercases tag names, so any case counts). */
const META_OR_LINK_TAG_RE = /<(?:meta|link)/i;

/** The handler of `scan`'s parser: its state between events, and each event's effect. */
class Scanner {
  parser: Parser | null = null;
  private root: Collector | null = null;
  private rootPriority: number;
  private readonly cue: RootCue;
  /** undefined: not seen yet; null: seen, empty. */
  private ogUrl: string | null | undefined;
  private canonical: string | null | undefined;
  private ogTitle: string | null | undefined;
  private readonly openElements: Open[] = [];
  private openItems = 0;
  /** Open <template> elements. */
  private templates = 0;
  private maxDepth = 0;
  private tooDeep = false;
  private manyAttributes = false;
  /** linkedom's depth: its `node` is the document at 0 and null below 0. */
  private level = 0;
  private elements = 0;
  private broken = false;
  /** Set when nothing later can change the result, or the page is too deep: events are ignored. */
  stopped = false;

  constructor(
    private readonly html: string,
    private readonly specs: RootSpec[],
    private readonly stopEarly: boolean,
  ) {
    this.rootPriority = specs.length;
    this.cue = rootCue(specs);
  }

  private stop(): void {
    this.stopped = true;
    this.parser?.pause();
  }

  /** An event linkedom applies to its current node, which is null once a close went above the document. */
  private touch(): boolean {
    if (this.level < 0) {
      this.broken = true;
      this.stop();
    }
    return this.broken;
  }

  /**
   * Whether the closed root `r` is final: of the highest priority (or `finalBelowTop`), and the
   * head's og:url, canonical link and og:title each found already, not needed, or not to be found
   * in the rest of the page (no <meta> or <link> tag after this point: the footer's menus need not
   * be read).
   */
  private settled(r: Collector): boolean {
    if (r.priority !== 0 && !this.finalBelowTop(r)) return false;
    const needUrl = this.ogUrl === undefined || (this.ogUrl === null && this.canonical === undefined);
    const needTitle = this.ogTitle === undefined && (r.h1 === null || normalise(r.h1) === '');
    if (!needUrl && !needTitle) return true;
    return !this.metaAhead();
  }

  /**
   * Gate for a root of lower priority (a Kantei page read by its `article`): it is final when it
   * gives a line (an empty root sends the page on to the DOM path, which reads the depth and
   * attribute figures of the whole page) and no element of a higher-priority selector can stand
   * in the rest of the page (`RootSpec.ahead`, a cautious text cue): nothing later can replace it.
   */
  private finalBelowTop(r: Collector): boolean {
    if (!r.hasLine()) return false;
    const from = this.parser ? this.parser.startIndex : 0;
    const rest = from > 0 ? this.html.slice(from) : this.html;
    for (let i = 0; i < r.priority; i++) if ((this.specs[i] as RootSpec).ahead(rest)) return false;
    return true;
  }

  /**
   * Whether a <meta> or <link> tag may stand in the page past the current event (the parser's
   * startIndex is at or before the next unread character): only those set og:url, og:title and
   * the canonical link. Cautious: a tag name inside a comment or a script counts too.
   */
  private metaAhead(): boolean {
    const from = this.parser ? this.parser.startIndex : 0;
    return META_OR_LINK_TAG_RE.test(from > 0 ? this.html.slice(from) : this.html);
  }

  /** The head's og:url, og:title and canonical link, each the first in the document. */
  private readMeta(tag: string, attribs: Attribs): void {
    if (tag === 'meta') {
      const property = attribs.property;
      if (property === 'og:url') {
        if (this.ogUrl === undefined) this.ogUrl = attribs.content?.trim() || null;
      } else if (property === 'og:title') {
        if (this.ogTitle === undefined) this.ogTitle = attribs.content?.trim() || null;
      }
    } else if (tag === 'link' && this.canonical === undefined) {
      const rel = attribs.rel;
      if (rel !== undefined && rel.length === 9 && rel.toLowerCase() === 'canonical')
        this.canonical = attribs.href || null;
    }
  }

  /** Whether this element is a root of higher priority than any met so far (it then becomes the root). */
  private takeRoot(tag: string, attribs: Attribs): boolean {
    if (!this.cue.tags.has(tag)) {
      let carries = false;
      for (const a of this.cue.attributes) if (attribs[a] !== undefined) carries = true;
      if (!carries) return false;
    }
    for (let i = 0; i < this.rootPriority; i++) {
      if ((this.specs[i] as RootSpec).match(tag, attribs)) {
        this.root = new Collector(this.specs[i] as RootSpec, i);
        this.rootPriority = i;
        return true;
      }
    }
    return false;
  }

  onopentag(tag: string, attribs: Attribs): void {
    if (this.stopped || this.touch()) return;
    this.level++;
    this.elements++;
    if (!this.manyAttributes) this.manyAttributes = attributeCount(attribs) > ATTRIBUTE_LIMIT;
    const parent = this.openElements[this.openElements.length - 1];
    let isRoot = false;
    // linkedom's querySelector does not look inside a <template>: neither do the roots and metas.
    if (this.templates === 0) {
      this.readMeta(tag, attribs);
      isRoot = this.takeRoot(tag, attribs);
    }
    const r = this.root;
    if (r && !r.closed) r.open(tag, attribs, this.openItems, isRoot ? (parent ?? null) : undefined);
    if (tag === 'li') {
      if (parent) parent.lis++;
      this.openItems++;
    }
    if (tag === 'template') this.templates++;
    this.openElements.push({ tag, lis: 0, start: tag === 'ol' ? attribs.start : undefined });
    if (this.openElements.length > this.maxDepth) {
      this.maxDepth = this.openElements.length;
      if (this.maxDepth > DEPTH_LIMIT) {
        this.tooDeep = true;
        this.stop();
      }
    }
  }

  ontext(data: string): void {
    if (this.stopped || this.touch()) return;
    const r = this.root;
    if (r && !r.closed) r.ontext(data);
  }

  oncomment(): void {
    if (!this.stopped) this.touch();
  }

  onclosetag(): void {
    if (this.stopped || this.touch()) return;
    this.level--;
    // Closes mirror linkedom's `node = node.parentNode`: one level per event.
    const el = this.openElements.pop();
    if (el?.tag === 'li') this.openItems--;
    else if (el?.tag === 'template') this.templates--;
    const r = this.root;
    if (r && !r.closed && r.close() && this.stopEarly && this.settled(r)) this.stop();
  }

  result(): Scan {
    const title = this.ogTitle;
    return {
      root: this.root,
      canonicalUrl: this.ogUrl || this.canonical || null,
      fallbackTitle: title && !SITE_NAMES.test(title) ? title : null,
      maxDepth: this.maxDepth,
      tooDeep: this.tooDeep,
      manyAttributes: this.manyAttributes,
      noDocument: this.broken || this.elements === 0,
    };
  }
}

/**
 * `scan` over the markup `parseDocument` would build its DOM from: the page as it is, else the
 * page again inside a body. Null when linkedom builds neither (the DOM path then keeps the text).
 */
function scanDocument(html: string, specs: RootSpec[], stopEarly: boolean): Scan | null {
  const page = scan(html, specs, stopEarly);
  if (!page.noDocument) return page;
  const wrapped = scan(`<html><body>${innerMarkup(html)}</body></html>`, specs, stopEarly);
  return wrapped.noDocument ? null : wrapped;
}

/** The DOM path's last resort, streamed: the body's text without the chrome. */
function bodyFromStream(html: string): ExtractedPage {
  const body = scanDocument(html, BODY_SPEC, false);
  if (!body) {
    const line = normalise(innerMarkup(html).replace(/<[^>]*>?/g, ' '));
    return { lines: line ? [line] : [], title: null, canonicalUrl: null, via: 'body' };
  }
  return {
    lines: body.root ? body.root.result() : [],
    title: body.fallbackTitle,
    canonicalUrl: body.canonicalUrl,
    via: 'body',
  };
}

/**
 * More tags than this (real government pages have a few thousand) and the DOM and Readability
 * are skipped for the streamed body text: a page of 200k empty paragraphs took seconds there.
 */
const DOM_TAG_LIMIT = 30_000;

/**
 * Nor for a page of more characters than this (real pages are 20–400 KB): linkedom builds a
 * 10 MB text node in about 2 s and 400 MB, the streamed body reads it in a fraction of that.
 */
const DOM_CHAR_LIMIT = 3 * 1024 * 1024;

/**
 * Nor for a page with an element of more attributes than this (real elements have a handful): 50k
 * attributes on one tag cost linkedom and Readability most of a second.
 */
const ATTRIBUTE_LIMIT = 1_000;

function attributeCount(attribs: Attribs): number {
  let n = 0;
  for (const _name in attribs) if (++n > ATTRIBUTE_LIMIT) break;
  return n;
}

function tagCount(html: string): number {
  let n = 0;
  for (let i = html.indexOf('<'); i !== -1 && n <= DOM_TAG_LIMIT; i = html.indexOf('<', i + 1)) n++;
  return n;
}

/**
 * Takes the main content out of an HTML page. A page the source's rule knows is read in one
 * streaming pass, with the same result as the DOM walker; a page it does not know (or whose
 * container turns out empty) goes to the DOM extractor, which runs Readability. Pages nested
 * deeper than DOM_DEPTH_LIMIT skip the DOM and get the body text; past DEPTH_LIMIT the rest of the
 * page is not read. Never throws on odd HTML; an empty page gives no lines.
 */
export function extractPage(
  html: string,
  source: string,
  container?: readonly string[] | null,
): ExtractedPage {
  try {
    const page = scanDocument(html, rootSpecs(source, container), true);
    const root = page?.root;
    if (page && root) {
      const lines = root.result();
      if (lines.length > 0) {
        const title = (root.h1 === null ? '' : normalise(root.h1)) || page.fallbackTitle;
        return { lines, title, canonicalUrl: page.canonicalUrl, via: root.spec.via };
      }
    }
    if (
      page &&
      (page.tooDeep ||
        page.maxDepth > DOM_DEPTH_LIMIT ||
        page.manyAttributes ||
        html.length > DOM_CHAR_LIMIT ||
        tagCount(html) > DOM_TAG_LIMIT)
    )
      return bodyFromStream(html);
  } catch {
    // The scan has not been seen to throw; if it ever does, the DOM path decides.
  }
  try {
    return extractPageWithDom(html, source, container);
  } catch {
    // Readability and the DOM walker recurse; whatever still breaks them gets the body text.
    try {
      return bodyFromStream(html);
    } catch {
      return { lines: [], title: null, canonicalUrl: null, via: 'body' };
    }
  }
}

/** True when the input looks like HTML rather than plain text. */
export function looksLikeHtml(content: string): boolean {
  return /<(!doctype|html|head|body|div|p|meta)\b/i.test(content.slice(0, 4096));
}
