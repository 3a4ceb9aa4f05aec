import type { Sql } from './sql.js';
import type { FeedKind, Store } from './store.js';

type FeedSourceMethods = Pick<
  Store,
  | 'addFeedSource'
  | 'removeFeedSource'
  | 'listFeedSources'
  | 'recordFeedContent'
  | 'listFeedContent'
  | 'countReadoutsByFeed'
>;

/** Feed sources added from Slack (SQLite migration 7, PostgreSQL 5), and what each feed last held. */
export function feedSources(sql: Sql): FeedSourceMethods {
  return { ...feedSourceList(sql), ...feedContents(sql) };
}

/** Feeds added from Slack. */
function feedSourceList({
  db,
  run,
  all,
  tx,
  now,
}: Sql): Pick<Store, 'addFeedSource' | 'removeFeedSource' | 'listFeedSources'> {
  return {
    addFeedSource(source) {
      return tx(async ({ run }) => {
        const added = await run(
          db
            .insertInto('feed_sources')
            .values({
              url: source.url,
              kind: source.kind,
              link_pattern: source.linkPattern,
              title: source.title,
              added_by: source.addedBy,
              added_at: now(),
            })
            .onConflict((oc) => oc.column('url').doNothing()),
        );
        if (added.changes !== 1) return false;
        // A source added again starts afresh: its first poll is a baseline.
        await run(db.deleteFrom('feeds').where('url', '=', source.url));
        await run(db.deleteFrom('feed_content').where('url', '=', source.url));
        return true;
      });
    },
    async removeFeedSource(url) {
      return (await run(db.deleteFrom('feed_sources').where('url', '=', url))).changes > 0;
    },
    async listFeedSources() {
      const rows = await all(db.selectFrom('feed_sources').selectAll().orderBy('added_at').orderBy('url'));
      return rows.map((r) => ({
        url: r.url,
        kind: r.kind,
        linkPattern: r.link_pattern,
        title: r.title,
        addedBy: r.added_by,
        addedAt: r.added_at,
      }));
    },
  };
}

/** What each feed held when last read. */
function feedContents({
  db,
  run,
  all,
}: Sql): Pick<Store, 'recordFeedContent' | 'listFeedContent' | 'countReadoutsByFeed'> {
  return {
    async recordFeedContent(c) {
      await run(
        db
          .insertInto('feed_content')
          .values({
            url: c.url,
            kind: c.kind,
            title: c.title,
            items: c.items,
            seen_at: c.seenAt,
            new_item_at: c.newItemAt,
          })
          .onConflict((oc) =>
            oc.column('url').doUpdateSet((eb) => ({
              kind: eb.ref('excluded.kind'),
              title: eb.ref('excluded.title'),
              items: eb.ref('excluded.items'),
              seen_at: eb.ref('excluded.seen_at'),
              // A read without a new item keeps the last one's time.
              new_item_at: eb.fn.coalesce('excluded.new_item_at', 'feed_content.new_item_at'),
            })),
          ),
      );
    },
    async listFeedContent() {
      const rows = await all(db.selectFrom('feed_content').selectAll().orderBy('url'));
      return rows.map((r) => ({
        url: r.url,
        kind: r.kind as FeedKind,
        title: r.title,
        items: Number(r.items),
        seenAt: r.seen_at,
        newItemAt: r.new_item_at,
      }));
    },
    async countReadoutsByFeed() {
      const rows = await all(
        db
          .selectFrom('readouts')
          .select((eb) => ['feed_url', eb.fn.countAll().as('n')])
          .groupBy('feed_url'),
      );
      return Object.fromEntries(rows.map((r) => [r.feed_url, Number(r.n)]));
    },
  };
}
