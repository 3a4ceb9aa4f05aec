import type { Readout } from '../readout/types.js';
import { type PgExec, str } from './postgres.js';
import type { Store } from './store.js';

/** The PostgreSQL side of pages held back from posting (migration 13 of its list), as SQLite's. */
export function postgresHeldBack({ q }: PgExec): Pick<Store, 'heldBackByFeed' | 'listHeldBack'> {
  return {
    async heldBackByFeed() {
      const rows = await q(
        `SELECT c.feed_url, c.n, COALESCE(r.data->>'title', r.item_title) AS title
         FROM (SELECT feed_url, COUNT(*) AS n, MAX(id) AS latest FROM readouts WHERE held_back GROUP BY feed_url) c
         JOIN readouts r ON r.id = c.latest`,
      );
      return Object.fromEntries(
        rows.map((r) => [String(r.feed_url), { count: Number(r.n), latestTitle: str(r.title) }]),
      );
    },
    async listHeldBack(feedUrl, limit) {
      const rows = await q(
        `SELECT id, link, COALESCE(data->>'title', item_title) AS title, data->>'docType' AS doc_type, created_at
         FROM readouts WHERE feed_url = $1 AND held_back ORDER BY id DESC LIMIT $2`,
        [feedUrl, limit],
      );
      return rows.map((r) => ({
        readoutId: String(r.id),
        title: str(r.title),
        link: String(r.link),
        docType: (str(r.doc_type) ?? 'other') as Readout['docType'],
        storedAt: String(r.created_at),
      }));
    },
  };
}
