import Parser from 'rss-parser';

/** One feed entry, as the poller needs it. */
export type FeedItem = {
  /** guid/id when the feed gives one. */
  guid: string | null;
  /** The page the item links to (absolute). */
  link: string | null;
  title: string | null;
  summary: string | null;
  /** ISO instant of the item's date, when given and valid. */
  publishedAt: string | null;
  /** Full HTML body when the feed carries it (WordPress content:encoded). */
  contentHtml: string | null;
  /** ISO instant of the item's last update (Atom `updated`), when given: a change there means the page changed. */
  updatedAt?: string | null;
};

export type FeedParse = { ok: true; title: string | null; items: FeedItem[] } | { ok: false; reason: string };

/**
 * A parser for one feed. Never shared: rss-parser keeps one xml2js parser per instance, and after
 * some errors that parser never calls back again, so a shared one made every later feed hang
 * (found by the fuzz test).
 */
const newParser = () =>
  new Parser({
    customFields: {
      item: [
        ['dc:date', 'dcDate'],
        ['content:encoded', 'contentEncoded'],
        ['updated', 'atomUpdated'],
      ],
    },
  });

function text(value: unknown): string | null {
  if (typeof value === 'string') return value.trim() || null;
  if (value && typeof value === 'object' && '_' in value) return text((value as { _: unknown })._);
  return null;
}

/** The item's link made absolute; only http(s) pages are links (a `javascript:` or `data:` one is none). */
function absolute(link: string | null, base: string): string | null {
  if (!link) return null;
  try {
    const url = new URL(link, base);
    return url.protocol === 'https:' || url.protocol === 'http:' ? url.toString() : null;
  } catch {
    return null;
  }
}

/** C0 control characters XML 1.0 forbids (tab, newline and carriage return are allowed). */
// biome-ignore lint/suspicious/noControlCharactersInRegex: matching these characters is the point: they are removed.
const FORBIDDEN_CONTROLS = /[\u0000-\u0008\u000b\u000c\u000e-\u001f]/g;
/** An `&` that starts no entity or character reference. */
const BARE_AMPERSAND = /&(?!(?:#\d+|#x[\da-f]+|[a-z][\w.-]*);)/gi;
const CDATA = /(<!\[CDATA\[[\s\S]*?\]\]>)/;

/** Escapes bare ampersands outside CDATA sections, where an `&` is text and must stay as it is. */
function escapeBareAmpersands(xml: string): string {
  if (!xml.includes('&')) return xml;
  return xml
    .split(CDATA)
    .map((part, i) => (i % 2 === 1 ? part : part.replace(BARE_AMPERSAND, '&amp;')))
    .join('');
}

function isoOrNull(value: string | null): string | null {
  if (!value) return null;
  const t = Date.parse(value);
  return Number.isNaN(t) ? null : new Date(t).toISOString();
}

const RSS1_NS = 'http://purl.org/rss/1.0/';
const ATOM_NS = 'http://www.w3.org/2005/Atom';

/**
 * Rewrites the shapes of real feeds that rss-parser refuses though their meaning is plain:
 * control characters XML forbids (dropped), a bare `&` in text ("Trade & security", escaped),
 * an `<rss>` root without a version (read as RSS 2.0), and RSS 1.0 or Atom elements written
 * with a namespace prefix (`<rss:item>`, `<atom:entry>`) instead of a default namespace. Pure.
 */
export function normalizeFeedXml(xml: string): string {
  let out = escapeBareAmpersands(xml.replace(FORBIDDEN_CONTROLS, ''));
  const head = out.slice(0, 20_000);
  const rssRoot = /<rss\b[^>]*>/i.exec(head);
  if (rssRoot && !/\bversion\s*=/i.test(rssRoot[0])) {
    out = out.replace(rssRoot[0], rssRoot[0].replace(/^<rss/i, '<rss version="2.0"'));
  }
  for (const ns of [RSS1_NS, ATOM_NS]) {
    const prefix = new RegExp(
      `xmlns:([\\w.-]+)\\s*=\\s*["']${ns.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')}["']`,
    ).exec(head)?.[1];
    if (!prefix || prefix === 'rdf') continue;
    // The prefixed names become the default namespace's; the declaration itself is kept.
    out = out.replace(new RegExp(`<(/?)${prefix}:`, 'g'), '<$1');
  }
  return out;
}

/**
 * Reads RSS 0.9x/2.0, RSS 1.0/RDF and Atom through rss-parser's parseString. Never throws: a
 * body that is not a feed, or a feed too broken to read, is returned as a reason.
 */
export async function parseFeed(xml: string, feedUrl: string): Promise<FeedParse> {
  const head = xml.slice(0, 20_000);
  if (!/<(rss|rdf:RDF|RDF|feed|channel|[\w-]+:feed)\b/i.test(head)) {
    return { ok: false, reason: 'not a feed: no <rss>, <rdf:RDF> or <feed> element' };
  }
  // CDF writes its root in capitals; RSS and RDF never do.
  if (/<CHANNEL\b/.test(head) && !/<(rss|rdf:RDF)\b/i.test(head)) {
    return { ok: false, reason: 'not a supported feed: Channel Definition Format (CDF); use RSS or Atom' };
  }
  let parsed: Awaited<ReturnType<Parser['parseString']>>;
  try {
    parsed = await newParser().parseString(normalizeFeedXml(xml));
  } catch (error) {
    // rss-parser cannot walk a feed root with nothing in it; such a feed has no items yet.
    if (error instanceof TypeError && !/<(\w+:)?(item|entry)\b/i.test(xml)) {
      return { ok: true, title: null, items: [] };
    }
    // Any other structure it cannot walk is reported with a TypeError.
    if (error instanceof TypeError) {
      return {
        ok: false,
        reason: 'invalid feed: it lacks an element every feed has (a <channel>, or its items)',
      };
    }
    return {
      ok: false,
      reason: `invalid XML: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}`,
    };
  }
  const items: FeedItem[] = (parsed.items ?? []).map((raw) => {
    const item = raw as unknown as Record<string, unknown>;
    const guid = text(item.guid) ?? text(item.id);
    const link = absolute(text(item.link), feedUrl) ?? (guid && /^https?:\/\//.test(guid) ? guid : null);
    const updated = isoOrNull(text(item.atomUpdated));
    return {
      guid,
      link,
      title: text(item.title),
      summary: text(item.contentSnippet) ?? text(item.summary),
      publishedAt: isoOrNull(text(item.isoDate) ?? text(item.pubDate) ?? text(item.dcDate)),
      contentHtml: text(item.contentEncoded),
      ...(updated ? { updatedAt: updated } : {}),
    };
  });
  return { ok: true, title: text(parsed.title), items };
}
