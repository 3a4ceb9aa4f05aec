import type { Selectable } from 'kysely';
import type { Database } from './schema.js';
import type { Sql } from './sql.js';
import type { FeedContent, FeedKind, FeedSource } from './store.js';

/** A feed added from Slack (`/readout feeds add`), polled beside the operator's READOUT_FEEDS. */
export function toFeedSource(r: Selectable<Database['feed_sources']>) {
  return {
    url: r.url,
    kind: r.kind,
    /** The `links:` pattern of an HTML index; null for RSS/RDF/Atom. */
    linkPattern: r.link_pattern,
    title: r.title,
    addedBy: r.added_by,
    addedAt: r.added_at,
  };
}

/** What the last successful read of a feed found (any feed, the operator's included). */
export function toFeedContent(r: Selectable<Database['feed_content']>) {
  return {
    url: r.url,
    kind: r.kind as FeedKind,
    title: r.title,
    items: Number(r.items),
    seenAt: r.seen_at,
    /**
     * The last read that found an item not seen before (a feed's first read counts); null when
     * none has. `recordFeedContent` with null keeps the stored value.
     */
    newItemAt: r.new_item_at,
  };
}

/** Feed sources added from Slack (SQLite migration 7, PostgreSQL 5), and what each feed last held. */
export function feedSources(sql: Sql) {
  return { ...feedSourceList(sql), ...feedContents(sql) };
}

/** Feeds added from Slack. */
function feedSourceList({ db, run, all, tx, now }: Sql) {
  return {
    /**
     * Adds a feed source; false when it is already there. A new source starts afresh: any poll
     * state left from an earlier time it was added is cleared, so its first poll is a baseline.
     */
    addFeedSource(source: Omit<FeedSource, 'addedAt'>) {
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
        await run(db.deleteFrom('feeds').where('url', '=', source.url));
        await run(db.deleteFrom('feed_content').where('url', '=', source.url));
        return true;
      });
    },
    /** Stops polling a source added from Slack (its readouts stay); false when there was none. */
    async removeFeedSource(url: string) {
      return (await run(db.deleteFrom('feed_sources').where('url', '=', url))).changes > 0;
    },
    async listFeedSources() {
      const rows = await all(db.selectFrom('feed_sources').selectAll().orderBy('added_at').orderBy('url'));
      return rows.map(toFeedSource);
    },
  };
}

/** What each feed held when last read. */
function feedContents({ db, run, all }: Sql) {
  return {
    async recordFeedContent(c: FeedContent) {
      const values = { kind: c.kind, title: c.title, items: c.items, seen_at: c.seenAt };
      await run(
        db
          .insertInto('feed_content')
          .values({ url: c.url, new_item_at: c.newItemAt, ...values })
          .onConflict((oc) =>
            oc.column('url').doUpdateSet((eb) => ({
              ...values,
              // A read without a new item keeps the last one's time.
              new_item_at: eb.fn.coalesce('excluded.new_item_at', 'feed_content.new_item_at'),
            })),
          ),
      );
    },
    async listFeedContent() {
      const rows = await all(db.selectFrom('feed_content').selectAll().orderBy('url'));
      return rows.map(toFeedContent);
    },
    /** How many readouts each feed has stored, by feed URL. */
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
