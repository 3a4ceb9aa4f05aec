import type { PgExec } from './postgres.js';
import {
  FEED_HEALTH_MIGRATION_NAME,
  type FeedHealthMethods,
  likeContaining,
  MAX_ALERT_ATTEMPTS,
  staleClaim,
  toHealth,
} from './sqlite-feed-health.js';

/** PostgreSQL migration 7: the same tables as SQLite migration 11. */
export const POSTGRES_FEED_HEALTH_MIGRATION = {
  name: FEED_HEALTH_MIGRATION_NAME,
  sql: `
    CREATE TABLE feed_health (
      url TEXT PRIMARY KEY,
      next_attempt_at TEXT,
      disabled_at TEXT,
      disabled_reason TEXT,
      moved_to TEXT,
      alerted_error TEXT
    );
    CREATE TABLE feed_alerts (
      id BIGSERIAL PRIMARY KEY,
      feed_url TEXT NOT NULL,
      text TEXT NOT NULL,
      status TEXT NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'sending', 'sent', 'logged')),
      ts TEXT,
      attempts INTEGER NOT NULL DEFAULT 0,
      last_error TEXT,
      claimed_at TEXT,
      created_at TEXT NOT NULL,
      sent_at TEXT
    );
    CREATE INDEX feed_alerts_pending ON feed_alerts (id) WHERE status IN ('pending', 'sending');
  `,
};

/** The PostgreSQL side of feed health and alerts, as `sqlite-feed-health.ts`. */
export function postgresFeedHealth({ q, tx, now }: PgExec): FeedHealthMethods {
  return {
    async listFeedHealth() {
      return (await q('SELECT * FROM feed_health ORDER BY url')).map(toHealth);
    },
    async saveFeedHealth(h, alertText) {
      await tx(async (query) => {
        await query(
          `INSERT INTO feed_health (url, next_attempt_at, disabled_at, disabled_reason, moved_to, alerted_error)
           VALUES ($1, $2, $3, $4, $5, $6)
           ON CONFLICT (url) DO UPDATE SET next_attempt_at = EXCLUDED.next_attempt_at,
             disabled_at = EXCLUDED.disabled_at, disabled_reason = EXCLUDED.disabled_reason,
             moved_to = EXCLUDED.moved_to, alerted_error = EXCLUDED.alerted_error`,
          [h.url, h.nextAttemptAt, h.disabledAt, h.disabledReason, h.movedTo, h.alertedError],
        );
        if (alertText)
          await query('INSERT INTO feed_alerts (feed_url, text, created_at) VALUES ($1, $2, $3)', [
            h.url,
            alertText,
            now(),
          ]);
      });
    },
    async resetFeedHealth(url) {
      return (await q('DELETE FROM feed_health WHERE url = $1 RETURNING url', [url])).length === 1;
    },
    async pendingFeedAlerts(limit) {
      const rows = await q(
        `SELECT id, feed_url, text, created_at FROM feed_alerts
         WHERE (status = 'pending' OR (status = 'sending' AND claimed_at < $1)) AND attempts < $2
         ORDER BY id LIMIT $3`,
        [staleClaim(now()), MAX_ALERT_ATTEMPTS, limit],
      );
      return rows.map((r) => ({
        id: Number(r.id),
        feedUrl: String(r.feed_url),
        text: String(r.text),
        createdAt: String(r.created_at),
      }));
    },
    async claimFeedAlert(id) {
      const at = now();
      const rows = await q(
        `UPDATE feed_alerts SET status = 'sending', claimed_at = $1
         WHERE id = $2 AND (status = 'pending' OR (status = 'sending' AND claimed_at < $3)) RETURNING id`,
        [at, id, staleClaim(at)],
      );
      return rows.length === 1;
    },
    async markFeedAlertSent(id, ts) {
      await q(
        "UPDATE feed_alerts SET status = $1, ts = $2, sent_at = $3 WHERE id = $4 AND status IN ('pending', 'sending')",
        [ts === null ? 'logged' : 'sent', ts, now(), id],
      );
    },
    async markFeedAlertFailed(id, error) {
      await q(
        "UPDATE feed_alerts SET status = 'pending', attempts = attempts + 1, last_error = $1 WHERE id = $2 AND status IN ('pending', 'sending')",
        [error, id],
      );
    },
    async feedLinksLike(feedUrl, fragment) {
      const rows = await q(
        "SELECT id, link FROM readouts WHERE feed_url = $1 AND link LIKE $2 ESCAPE '\\' ORDER BY id",
        [feedUrl, likeContaining(fragment)],
      );
      return rows.map((r) => ({ id: String(r.id), link: String(r.link) }));
    },
    async rekeyReadout(id, itemKey) {
      const rows = await q(
        `UPDATE readouts SET item_key = $1 WHERE id = $2 AND NOT EXISTS
           (SELECT 1 FROM readouts o WHERE o.feed_url = readouts.feed_url AND o.item_key = $1)
         RETURNING id`,
        [itemKey, Number(id)],
      );
      return rows.length === 1;
    },
  };
}
