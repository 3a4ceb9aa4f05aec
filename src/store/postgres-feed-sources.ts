import { type PgExec, str } from './postgres.js';
import type { FeedKind, Store } from './store.js';

/**
 * The PostgreSQL side of feed sources (migration 5 of the PostgreSQL list), written against the
 * store's own query helpers: the same tables and guarantees as `sqlite-feed-sources.ts`.
 */
export const POSTGRES_FEED_SOURCES_MIGRATION = {
  name: 'feed sources added from Slack; what each feed last held',
  sql: `
    CREATE TABLE feed_sources (
      url TEXT PRIMARY KEY,
      kind TEXT NOT NULL CHECK (kind IN ('rss', 'rdf', 'atom', 'html')),
      link_pattern TEXT,
      title TEXT,
      added_by TEXT,
      added_at TEXT NOT NULL,
      CHECK ((kind = 'html') = (link_pattern IS NOT NULL))
    );
    CREATE TABLE feed_content (
      url TEXT PRIMARY KEY,
      kind TEXT NOT NULL,
      title TEXT,
      items INTEGER NOT NULL,
      seen_at TEXT NOT NULL
    );
  `,
};

export function postgresFeedSources({
  q,
  tx,
  now,
}: PgExec): Pick<
  Store,
  | 'addFeedSource'
  | 'removeFeedSource'
  | 'listFeedSources'
  | 'recordFeedContent'
  | 'listFeedContent'
  | 'countReadoutsByFeed'
> {
  return {
    addFeedSource(source) {
      return tx(async (query) => {
        const added = await query(
          `INSERT INTO feed_sources (url, kind, link_pattern, title, added_by, added_at)
           VALUES ($1, $2, $3, $4, $5, $6) ON CONFLICT (url) DO NOTHING RETURNING url`,
          [source.url, source.kind, source.linkPattern, source.title, source.addedBy, now()],
        );
        if (added.length === 0) return false;
        // A source added again starts afresh: its first poll is a baseline.
        await query('DELETE FROM feeds WHERE url = $1', [source.url]);
        await query('DELETE FROM feed_content WHERE url = $1', [source.url]);
        return true;
      });
    },
    async removeFeedSource(url) {
      return (await q('DELETE FROM feed_sources WHERE url = $1 RETURNING url', [url])).length > 0;
    },
    async listFeedSources() {
      return (await q('SELECT * FROM feed_sources ORDER BY added_at, url')).map((r) => ({
        url: String(r.url),
        kind: r.kind as FeedKind,
        linkPattern: str(r.link_pattern),
        title: str(r.title),
        addedBy: str(r.added_by),
        addedAt: String(r.added_at),
      }));
    },
    async recordFeedContent(c) {
      await q(
        `INSERT INTO feed_content (url, kind, title, items, seen_at, new_item_at) VALUES ($1, $2, $3, $4, $5, $6)
         ON CONFLICT (url) DO UPDATE SET kind = EXCLUDED.kind, title = EXCLUDED.title, items = EXCLUDED.items,
           seen_at = EXCLUDED.seen_at, new_item_at = COALESCE(EXCLUDED.new_item_at, feed_content.new_item_at)`,
        [c.url, c.kind, c.title, c.items, c.seenAt, c.newItemAt],
      );
    },
    async listFeedContent() {
      return (await q('SELECT * FROM feed_content ORDER BY url')).map((r) => ({
        url: String(r.url),
        kind: r.kind as FeedKind,
        title: str(r.title),
        items: Number(r.items),
        seenAt: String(r.seen_at),
        newItemAt: str(r.new_item_at),
      }));
    },
    async countReadoutsByFeed() {
      const rows = await q('SELECT feed_url, COUNT(*) AS n FROM readouts GROUP BY feed_url');
      return Object.fromEntries(rows.map((r) => [String(r.feed_url), Number(r.n)]));
    },
  };
}
