import type Database from 'better-sqlite3';
import type { FeedContent, FeedKind, FeedSource, Store } from './store.js';

type SourceRow = {
  url: string;
  kind: FeedKind;
  link_pattern: string | null;
  title: string | null;
  added_by: string | null;
  added_at: string;
};
type ContentRow = {
  url: string;
  kind: FeedKind;
  title: string | null;
  items: number;
  seen_at: string;
  new_item_at: string | null;
};

type FeedSourceMethods = Pick<
  Store,
  | 'addFeedSource'
  | 'removeFeedSource'
  | 'listFeedSources'
  | 'recordFeedContent'
  | 'listFeedContent'
  | 'countReadoutsByFeed'
>;

/** The SQLite side of feed sources (migration 7), kept apart from the rest of the store. */
export function sqliteFeedSources(db: Database.Database, now: () => string): FeedSourceMethods {
  const q = {
    add: db.prepare(
      `INSERT INTO feed_sources (url, kind, link_pattern, title, added_by, added_at)
       VALUES (@url, @kind, @linkPattern, @title, @addedBy, @now) ON CONFLICT (url) DO NOTHING`,
    ),
    forgetState: db.prepare('DELETE FROM feeds WHERE url = ?'),
    forgetContent: db.prepare('DELETE FROM feed_content WHERE url = ?'),
    remove: db.prepare('DELETE FROM feed_sources WHERE url = ?'),
    list: db.prepare<[], SourceRow>('SELECT * FROM feed_sources ORDER BY added_at, url'),
    record: db.prepare(
      `INSERT INTO feed_content (url, kind, title, items, seen_at, new_item_at)
       VALUES (@url, @kind, @title, @items, @seenAt, @newItemAt)
       ON CONFLICT (url) DO UPDATE SET kind = excluded.kind, title = excluded.title, items = excluded.items,
         seen_at = excluded.seen_at, new_item_at = COALESCE(excluded.new_item_at, feed_content.new_item_at)`,
    ),
    contents: db.prepare<[], ContentRow>('SELECT * FROM feed_content ORDER BY url'),
    counts: db.prepare<[], { feed_url: string; n: number }>(
      'SELECT feed_url, COUNT(*) AS n FROM readouts GROUP BY feed_url',
    ),
  };
  const add = db.transaction((source: Omit<FeedSource, 'addedAt'>) => {
    const added = q.add.run({ ...source, now: now() }).changes === 1;
    if (added) {
      q.forgetState.run(source.url);
      q.forgetContent.run(source.url);
    }
    return added;
  });
  return {
    async addFeedSource(source) {
      return add(source);
    },
    async removeFeedSource(url) {
      return q.remove.run(url).changes === 1;
    },
    async listFeedSources() {
      return q.list.all().map((r) => ({
        url: r.url,
        kind: r.kind,
        linkPattern: r.link_pattern,
        title: r.title,
        addedBy: r.added_by,
        addedAt: r.added_at,
      }));
    },
    async recordFeedContent(content: FeedContent) {
      q.record.run(content);
    },
    async listFeedContent() {
      return q.contents.all().map((r) => ({
        url: r.url,
        kind: r.kind,
        title: r.title,
        items: r.items,
        seenAt: r.seen_at,
        newItemAt: r.new_item_at,
      }));
    },
    async countReadoutsByFeed() {
      return Object.fromEntries(q.counts.all().map((r) => [r.feed_url, r.n]));
    },
  };
}
