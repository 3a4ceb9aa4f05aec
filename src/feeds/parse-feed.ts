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

const parser = new Parser({
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

function absolute(link: string | null, base: string): string | null {
  if (!link) return null;
  try {
    return new URL(link, base).toString();
  } catch {
    return null;
  }
}

function isoOrNull(value: string | null): string | null {
  if (!value) return null;
  const t = Date.parse(value);
  return Number.isNaN(t) ? null : new Date(t).toISOString();
}

/**
 * Reads RSS 2.0, RSS 1.0/RDF and Atom through rss-parser's parseString. Never throws: a body
 * that is not a feed is returned as a reason.
 */
export async function parseFeed(xml: string, feedUrl: string): Promise<FeedParse> {
  if (!/<(rss|rdf:RDF|RDF|feed|channel)\b/i.test(xml.slice(0, 20_000))) {
    return { ok: false, reason: 'not a feed: no <rss>, <rdf:RDF> or <feed> element' };
  }
  let parsed: Awaited<ReturnType<typeof parser.parseString>>;
  try {
    parsed = await parser.parseString(xml);
  } catch (error) {
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
