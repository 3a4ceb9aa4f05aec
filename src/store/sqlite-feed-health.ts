import type Database from 'better-sqlite3';
import type { FeedHealth, Store } from './store.js';

/** The tables of feed health and feed alerts (SQLite migration 11, PostgreSQL migration 7). */
export const FEED_HEALTH_MIGRATION_NAME = 'feed health: back-off, 410 disabled, 301 moved; feed alerts';

export const SQLITE_FEED_HEALTH_SQL = `
  CREATE TABLE feed_health (
    url TEXT PRIMARY KEY,
    next_attempt_at TEXT,
    disabled_at TEXT,
    disabled_reason TEXT,
    moved_to TEXT,
    alerted_error TEXT
  );
  CREATE TABLE feed_alerts (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
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
`;

/** An alert Slack refused this often is given up (logged), so one bad channel never blocks the rest. */
export const MAX_ALERT_ATTEMPTS = 5;
/** An alert claimed this long ago and not marked (its sender died) is pending again. */
export const ALERT_CLAIM_MS = 10 * 60_000;
/** Claims made before this instant have lapsed. */
export const staleClaim = (now: string) => new Date(Date.parse(now) - ALERT_CLAIM_MS).toISOString();

type HealthRow = {
  url: string;
  next_attempt_at: string | null;
  disabled_at: string | null;
  disabled_reason: string | null;
  moved_to: string | null;
  alerted_error: string | null;
};

export const toHealth = (r: Record<string, unknown>): FeedHealth => {
  const s = (v: unknown) => (v === null || v === undefined ? null : String(v));
  return {
    url: String(r.url),
    nextAttemptAt: s(r.next_attempt_at),
    disabledAt: s(r.disabled_at),
    disabledReason: s(r.disabled_reason),
    movedTo: s(r.moved_to),
    alertedError: s(r.alerted_error),
  };
};

/** `%fragment%` for LIKE … ESCAPE '\\', the fragment taken literally. */
export const likeContaining = (fragment: string) => `%${fragment.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;

export type FeedHealthMethods = Pick<
  Store,
  | 'listFeedHealth'
  | 'saveFeedHealth'
  | 'resetFeedHealth'
  | 'pendingFeedAlerts'
  | 'claimFeedAlert'
  | 'markFeedAlertSent'
  | 'markFeedAlertFailed'
  | 'feedLinksLike'
  | 'rekeyReadout'
>;

/** The SQLite side of feed health and alerts. */
export function sqliteFeedHealth(db: Database.Database, now: () => string): FeedHealthMethods {
  const q = {
    list: db.prepare<[], HealthRow>('SELECT * FROM feed_health ORDER BY url'),
    save: db.prepare(
      `INSERT INTO feed_health (url, next_attempt_at, disabled_at, disabled_reason, moved_to, alerted_error)
       VALUES (@url, @nextAttemptAt, @disabledAt, @disabledReason, @movedTo, @alertedError)
       ON CONFLICT (url) DO UPDATE SET next_attempt_at = excluded.next_attempt_at,
         disabled_at = excluded.disabled_at, disabled_reason = excluded.disabled_reason,
         moved_to = excluded.moved_to, alerted_error = excluded.alerted_error`,
    ),
    alert: db.prepare('INSERT INTO feed_alerts (feed_url, text, created_at) VALUES (?, ?, ?)'),
    reset: db.prepare('DELETE FROM feed_health WHERE url = ?'),
    pending: db.prepare<
      [string, number, number],
      { id: number; feed_url: string; text: string; created_at: string }
    >(
      `SELECT id, feed_url, text, created_at FROM feed_alerts
       WHERE (status = 'pending' OR (status = 'sending' AND claimed_at < ?)) AND attempts < ?
       ORDER BY id LIMIT ?`,
    ),
    claim: db.prepare(
      `UPDATE feed_alerts SET status = 'sending', claimed_at = @now
       WHERE id = @id AND (status = 'pending' OR (status = 'sending' AND claimed_at < @stale))`,
    ),
    sent: db.prepare(
      "UPDATE feed_alerts SET status = ?, ts = ?, sent_at = ? WHERE id = ? AND status IN ('pending', 'sending')",
    ),
    failed: db.prepare(
      "UPDATE feed_alerts SET status = 'pending', attempts = attempts + 1, last_error = ? WHERE id = ? AND status IN ('pending', 'sending')",
    ),
    links: db.prepare<[string, string], { id: number; link: string }>(
      "SELECT id, link FROM readouts WHERE feed_url = ? AND link LIKE ? ESCAPE '\\' ORDER BY id",
    ),
    rekey: db.prepare('UPDATE OR IGNORE readouts SET item_key = ? WHERE id = ?'),
  };
  const save = db.transaction((health: FeedHealth, alertText: string | null) => {
    q.save.run(health);
    if (alertText) q.alert.run(health.url, alertText, now());
  });
  return {
    async listFeedHealth() {
      return q.list.all().map(toHealth);
    },
    async saveFeedHealth(health, alertText) {
      save(health, alertText ?? null);
    },
    async resetFeedHealth(url) {
      return q.reset.run(url).changes === 1;
    },
    async pendingFeedAlerts(limit) {
      return q.pending
        .all(staleClaim(now()), MAX_ALERT_ATTEMPTS, limit)
        .map((r) => ({ id: r.id, feedUrl: r.feed_url, text: r.text, createdAt: r.created_at }));
    },
    async claimFeedAlert(id) {
      const at = now();
      return q.claim.run({ id, now: at, stale: staleClaim(at) }).changes === 1;
    },
    async markFeedAlertSent(id, ts) {
      q.sent.run(ts === null ? 'logged' : 'sent', ts, now(), id);
    },
    async markFeedAlertFailed(id, error) {
      q.failed.run(error, id);
    },
    async feedLinksLike(feedUrl, fragment) {
      return q.links.all(feedUrl, likeContaining(fragment)).map((r) => ({ id: String(r.id), link: r.link }));
    },
    async rekeyReadout(id, itemKey) {
      return q.rekey.run(itemKey, Number(id)).changes === 1;
    },
  };
}
