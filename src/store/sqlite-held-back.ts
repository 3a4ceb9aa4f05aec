import type Database from 'better-sqlite3';
import type { Readout } from '../readout/types.js';
import type { HeldBackPage, Store } from './store.js';

type HeldRow = {
  id: number;
  link: string;
  title: string | null;
  doc_type: string | null;
  created_at: string;
};

/** The SQLite side of pages held back from posting (migration 17). */
export function sqliteHeldBack(db: Database.Database): Pick<Store, 'heldBackByFeed' | 'listHeldBack'> {
  const q = {
    counts: db.prepare<[], { feed_url: string; n: number; latest: number }>(
      'SELECT feed_url, COUNT(*) AS n, MAX(id) AS latest FROM readouts WHERE held_back = 1 GROUP BY feed_url',
    ),
    title: db.prepare<[number], { title: string | null }>(
      "SELECT COALESCE(json_extract(data, '$.title'), item_title) AS title FROM readouts WHERE id = ?",
    ),
    list: db.prepare<[string, number], HeldRow>(
      `SELECT id, link, COALESCE(json_extract(data, '$.title'), item_title) AS title,
         json_extract(data, '$.docType') AS doc_type, created_at
       FROM readouts WHERE feed_url = ? AND held_back = 1 ORDER BY id DESC LIMIT ?`,
    ),
  };
  return {
    async heldBackByFeed() {
      return Object.fromEntries(
        q.counts
          .all()
          .map((r) => [r.feed_url, { count: r.n, latestTitle: q.title.get(r.latest)?.title ?? null }]),
      );
    },
    async listHeldBack(feedUrl, limit) {
      return q.list.all(feedUrl, limit).map(
        (r): HeldBackPage => ({
          readoutId: String(r.id),
          title: r.title,
          link: r.link,
          docType: (r.doc_type ?? 'other') as Readout['docType'],
          storedAt: r.created_at,
        }),
      );
    },
  };
}
