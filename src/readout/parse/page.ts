import { PHOTO_RE, SECTION_RE } from './chrome.js';
import { collapseSpaces, extractPage, looksLikeHtml } from './html.js';
import { detectSource, mofaShape } from './source.js';

/** What the first two stages read from a page: its publisher, address, heading and lines. */
export type Page = {
  /** The content was HTML (else plain text, read line by line). */
  html: boolean;
  source: string;
  url: string | null;
  /** The HTML page's own heading; null for plain text (read later from the lines). */
  title: string | null;
  lines: string[];
};

export type LocateInput = {
  content: string;
  url?: string | null;
  source?: string | null;
  container?: readonly string[] | null;
};

/** The page's canonical URL from its head, read cheaply before the DOM is built. */
function canonicalFromHead(html: string): string | null {
  const head = html.slice(0, 30_000);
  const m =
    /<meta[^>]+property=["']og:url["'][^>]*content=["']([^"']+)["']/i.exec(head) ??
    /<meta[^>]+content=["']([^"']+)["'][^>]*property=["']og:url["']/i.exec(head) ??
    /<link[^>]+rel=["']canonical["'][^>]*href=["']([^"']+)["']/i.exec(head);
  return m ? (m[1] as string) : null;
}

/**
 * Stage 1, locate: the publisher (from the address, else the page's words), the element that
 * holds the readout on an HTML page and its text, or the plain text as it is.
 */
export function locate(input: LocateInput): Page {
  const html = looksLikeHtml(input.content);
  const declaredUrl = html && !input.url ? canonicalFromHead(input.content) : null;
  let source = input.source ?? detectSource(input.url ?? declaredUrl, input.content);
  if (!html) {
    const lines = unwrapLines(normaliseLines(input.content.replace(/\r\n?/g, '\n').split('\n')));
    return { html, source, url: input.url ?? null, title: null, lines };
  }
  const page = extractPage(input.content, source, input.container);
  if (!input.source && source === 'other' && page.canonicalUrl) source = detectSource(page.canonicalUrl, '');
  return {
    html,
    source,
    url: page.canonicalUrl ?? input.url ?? null,
    title: page.title,
    lines: normaliseLines(page.lines),
  };
}

/**
 * Where a heading is glued to its first numbered item ("Meeting1. Prime …"): the split point, and
 * the same place as one test, which is much cheaper on the many lines that have none.
 */
const GLUED_ITEM_SPLIT_RE = /(?<=[a-z])(?=\d{1,2}\.\s+[A-Z])/;
const GLUED_ITEM_RE = /[a-z]\d{1,2}\.\s+[A-Z]/;

/** A syllable of pinyin in brackets just after a Han character, as a converted mirror writes it. */
const PINYIN_AFTER_HAN_RE = /(?<=[\u4e00-\u9fff])\([a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]{1,6}\)/g;

/**
 * The text of lines as the later stages read it: markup a mirror printed as text, tracking
 * pixels and odd spaces gone; a heading glued to the first item split from it; a line
 * repeated in a row (a capture artifact) kept once.
 */
export function normaliseLines(lines: string[]): string[] {
  const out: string[] = [];
  for (const raw of lines) {
    const spaced = headOf(raw)
      // Markup that a mirror printed as text (an Indian broadcaster's "<span style=…>", "<br />''").
      .replace(/<\/?[a-zA-Z][^<>]*>/g, ' ')
      .replace(/(^|\s)''(?=\s|$)/g, ' ')
      // A republisher's tracking pixel written as Markdown: "![](https://…/pixel.gif)".
      .replace(/!\[[^\]]*\]\([^)]*\)/g, ' ')
      .replace(/[\u00a0\u2002-\u200b\u3000]/g, ' ');
    // Trimmed first: the same result (`trim` and `\s` strip the same characters), less to read.
    const trimmed = collapseSpaces(spaced.trim());
    // A mirror's reading aid: a character's pinyin in brackets just after it ("長(zhǎng)", "國(guó)").
    const clean = trimmed.includes('(') ? trimmed.replace(PINYIN_AFTER_HAN_RE, '') : trimmed;
    // A heading glued to the first item ("Summit Meeting1. Prime Minister …").
    for (const piece of GLUED_ITEM_RE.test(clean) ? clean.split(GLUED_ITEM_SPLIT_RE) : [clean]) {
      const line = piece.trim();
      if (line && out[out.length - 1] !== line) out.push(line);
    }
  }
  return out;
}

/** A line that ends a sentence (or a heading's colon). */
const LINE_END_RE = /[.!?:;]["”’)]*$/;
/** A line that goes on from the one before: it opens in lower case. */
const GOES_ON_RE = /^[a-z]/;
/** A line ending in a lower-case word or a comma: a sentence broken off. */
const LOWER_WORD_END_RE = /(?:^|\s)[a-z][\w'’-]*,?$|,$/;
/** A copy's text broken at a fixed width: this many lines in its opening go on in lower case. */
const WRAPPED_MIN = 6;

/**
 * Plain text broken at a fixed width (a transcript or a joint statement copied from a PDF or a
 * caption file: "It's great to welcome" / "President Obama again, on his fifth visit to"): its
 * lines joined into sentences again, each run of lines up to one that ends a sentence. Text
 * whose lines are paragraphs is returned as it is.
 */
export function unwrapLines(lines: string[]): string[] {
  let goOn = 0;
  for (let i = 1; i < Math.min(lines.length, 80); i++) {
    const line = lines[i] as string;
    const before = lines[i - 1] as string;
    // Both lines of a text's width, not a menu's words ("home", "latest news").
    if (line.length >= 20 && before.length >= 20 && GOES_ON_RE.test(line) && !LINE_END_RE.test(before))
      goOn++;
  }
  if (goOn < WRAPPED_MIN) return lines;
  const out: string[] = [];
  let open = false;
  for (const line of lines) {
    // A capitalised line goes on a sentence broken after a lower-case word or a comma, never a heading.
    const last = out[out.length - 1] ?? '';
    if (open && (GOES_ON_RE.test(line) || LOWER_WORD_END_RE.test(last)))
      out[out.length - 1] = `${last} ${line}`;
    else out.push(line);
    open = !LINE_END_RE.test(out[out.length - 1] as string) && line.length >= 15;
  }
  return out;
}

/**
 * No paragraph of a readout comes near this many characters (the longest seen on real pages is
 * about 3,000); a longer line is a page's junk (a 10 MB text node) and only its head is read, so
 * that no later stage runs its patterns over megabytes.
 */
export const MAX_LINE_CHARS = 20_000;

function headOf(line: string): string {
  if (line.length <= MAX_LINE_CHARS) return line;
  const cut = line.lastIndexOf(' ', MAX_LINE_CHARS);
  return line.slice(0, cut > MAX_LINE_CHARS / 2 ? cut : MAX_LINE_CHARS);
}

const MOFA_SECTION_RE = new RegExp(SECTION_RE.source);
/** Section lines many ministries' sites share: MOFA's only on a page of MOFA's own shape. */
const SHARED_SECTION_RE = /^(?:Press Releases|Press Conferences|Countries & Regions|Foreign Policy)$/;

/**
 * Stage 2, lines: photo captions dropped; a copy on another site that carries MOFA's section
 * lines ("Japan-Viet Nam Relations", "Back to Japan-…") is MOFA's.
 */
export function pageLines(page: Page, sourceGiven: boolean): Page {
  const lines = page.lines.filter((l) => !PHOTO_RE.test(l));
  const mofaCopy =
    !sourceGiven &&
    page.source === 'other' &&
    // MOFA writes its section lines in title case; a news site's "Foreign policy" tag is not one.
    lines.some(
      (l) =>
        /^Back to Japan[-–]/.test(l) ||
        (MOFA_SECTION_RE.test(l) && (!SHARED_SECTION_RE.test(l) || mofaShape(lines.slice(0, 60).join('\n')))),
    );
  return { ...page, lines, source: mofaCopy ? 'mofa' : page.source };
}
