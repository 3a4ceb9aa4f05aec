import type { Readout } from '../readout/types.js';
import type { Sql } from './sql.js';

/** A page stored but held back from posting, as an admin sees it to spot a mistake. */
export function toHeldBackPage(r: {
  id: number | string;
  title: string | null;
  link: string;
  doc_type: string | null;
  created_at: string;
}) {
  return {
    readoutId: String(r.id),
    title: r.title,
    link: r.link,
    docType: (r.doc_type ?? 'other') as Readout['docType'],
    storedAt: r.created_at,
  };
}

/** Pages held back from posting (SQLite migration 17, PostgreSQL 13): counted per feed, listed. */
export function heldBack({ db, all, flag, jsonText }: Sql) {
  /** The page's parsed title, else the feed item's. */
  const title = (alias: string) => jsonText(`${alias}.data`, 'title');
  return {
    /**
     * Pages held back (stored, not posted: not readouts, see readout/posting.ts) per feed URL:
     * how many, and the title of the latest one stored.
     */
    async heldBackByFeed() {
      const counts = db
        .selectFrom('readouts')
        .select((eb) => ['feed_url', eb.fn.countAll().as('n'), eb.fn.max('id').as('latest')])
        .where('held_back', '=', flag(true))
        .groupBy('feed_url')
        .as('c');
      const rows = await all(
        db
          .selectFrom(counts)
          .innerJoin('readouts as r', 'r.id', 'c.latest')
          .select((eb) => ['c.feed_url', 'c.n', eb.fn.coalesce(title('r'), 'r.item_title').as('title')]),
      );
      return Object.fromEntries(rows.map((r) => [r.feed_url, { count: Number(r.n), latestTitle: r.title }]));
    },
    /** The last `limit` pages held back of one feed, newest first. */
    async listHeldBack(feedUrl: string, limit: number) {
      const rows = await all(
        db
          .selectFrom('readouts as r')
          .select((eb) => [
            'r.id',
            'r.link',
            eb.fn.coalesce(title('r'), 'r.item_title').as('title'),
            jsonText('r.data', 'docType').as('doc_type'),
            'r.created_at',
          ])
          .where('r.feed_url', '=', feedUrl)
          .where('r.held_back', '=', flag(true))
          .orderBy('r.id', 'desc')
          .limit(limit),
      );
      return rows.map(toHeldBackPage);
    },
  };
}
