import { type PgExec, type PgQuery, type Row, str } from './postgres.js';
import type { Digest, DigestSetting, Store } from './store.js';

/**
 * The digest part of the PostgreSQL store, written against the store's own `q` (one statement)
 * and `tx` (one transaction) helpers so that it needs nothing from `pg` itself. Same tables,
 * keys and guarantees as `sqlite-digests.ts` (migration 4 of the PostgreSQL list). The store's
 * own `planPost` writes `hold = 'new'` for a fresh post, `pendingPosts` skips posts with a hold
 * or a digest, and `requestUpdates` skips posts delivered inside a digest, as in SQLite.
 */

/** The PostgreSQL migration that adds digests (its own number in the PostgreSQL list). */
export const POSTGRES_DIGEST_MIGRATION = {
  name: 'digests: channel digest settings, digest messages, posts held for them',
  sql: `
    CREATE TABLE digest_settings (
      channel TEXT NOT NULL,
      target TEXT NOT NULL DEFAULT '',
      period TEXT NOT NULL CHECK (period IN ('daily', 'weekly')),
      since TEXT NOT NULL,
      created_by TEXT,
      PRIMARY KEY (channel, target)
    );
    CREATE TABLE digests (
      id BIGSERIAL PRIMARY KEY,
      channel TEXT NOT NULL,
      kind TEXT NOT NULL CHECK (kind IN ('daily', 'weekly', 'burst')),
      target TEXT NOT NULL DEFAULT '',
      period_key TEXT NOT NULL,
      status TEXT NOT NULL CHECK (status IN ('planned', 'posted', 'empty')),
      ts TEXT,
      attempts INTEGER NOT NULL DEFAULT 0,
      last_error TEXT,
      sending_at TEXT,
      created_at TEXT NOT NULL,
      posted_at TEXT,
      UNIQUE (channel, kind, target, period_key)
    );
    CREATE INDEX digests_planned ON digests (id) WHERE status = 'planned';
    ALTER TABLE posts ADD COLUMN hold TEXT CHECK (hold IN ('new', 'digest'));
    ALTER TABLE posts ADD COLUMN digest_id BIGINT REFERENCES digests (id);
    CREATE INDEX posts_hold ON posts (id) WHERE hold IS NOT NULL;
    CREATE INDEX posts_digest ON posts (digest_id) WHERE digest_id IS NOT NULL;
  `,
};

type DigestMethods = Pick<
  Store,
  | 'setDigest'
  | 'removeDigest'
  | 'listDigestSettings'
  | 'heldPosts'
  | 'holdPosts'
  | 'planDigest'
  | 'pendingDigests'
  | 'markDigestPosted'
  | 'markDigestSending'
  | 'markDigestFailed'
>;

const toSetting = (row: Row): DigestSetting => ({
  channel: String(row.channel),
  target: String(row.target),
  period: row.period as DigestSetting['period'],
  since: String(row.since),
  createdBy: str(row.created_by),
});

export function postgresDigestMethods({ q, tx, now }: PgExec): DigestMethods {
  const toDigest = async (row: Row, query: PgQuery = q): Promise<Digest> => ({
    id: Number(row.id),
    channel: String(row.channel),
    kind: row.kind as Digest['kind'],
    target: String(row.target),
    periodKey: String(row.period_key),
    status: row.status as Digest['status'],
    ts: str(row.ts),
    attempts: Number(row.attempts),
    lastError: str(row.last_error),
    sendingAt: str(row.sending_at),
    readoutIds: (await query('SELECT readout_id FROM posts WHERE digest_id = $1 ORDER BY id', [row.id])).map(
      (r) => String(r.readout_id),
    ),
  });

  return {
    async setDigest(s) {
      return tx(async (query) => {
        const [before] = await query(
          'SELECT period FROM digest_settings WHERE channel = $1 AND target = $2 FOR UPDATE',
          [s.channel, s.target],
        );
        if (before?.period === s.period) return 'unchanged' as const;
        await query(
          `INSERT INTO digest_settings (channel, target, period, since, created_by) VALUES ($1, $2, $3, $4, $5)
           ON CONFLICT (channel, target) DO UPDATE SET period = EXCLUDED.period, since = EXCLUDED.since,
             created_by = EXCLUDED.created_by`,
          [s.channel, s.target, s.period, now(), s.createdBy],
        );
        return before ? ('changed' as const) : ('added' as const);
      });
    },
    async removeDigest(channel, target) {
      const rows = await q(
        'DELETE FROM digest_settings WHERE channel = $1 AND target = $2 RETURNING channel',
        [channel, target],
      );
      return rows.length > 0;
    },
    async listDigestSettings(channel) {
      const rows = channel
        ? await q('SELECT * FROM digest_settings WHERE channel = $1 ORDER BY target', [channel])
        : await q('SELECT * FROM digest_settings ORDER BY channel, target');
      return rows.map(toSetting);
    },
    async heldPosts() {
      const rows = await q(
        `SELECT p.id, p.readout_id, p.channel, p.hold, r.relation FROM posts p JOIN readouts r ON r.id = p.readout_id
         WHERE p.status = 'planned' AND p.hold IS NOT NULL AND p.digest_id IS NULL ORDER BY p.id`,
      );
      return rows.map((r) => ({
        postId: Number(r.id),
        readoutId: String(r.readout_id),
        channel: String(r.channel),
        hold: r.hold as 'new' | 'digest',
        relation: str(r.relation),
      }));
    },
    async holdPosts(ids, hold) {
      if (ids.length === 0) return;
      await q(
        "UPDATE posts SET hold = $1 WHERE id = ANY($2::bigint[]) AND status = 'planned' AND digest_id IS NULL",
        [hold, ids],
      );
    },
    async planDigest(d, ids) {
      return tx(async (query) => {
        const [row] = await query(
          `INSERT INTO digests (channel, kind, target, period_key, status, attempts, created_at)
           VALUES ($1, $2, $3, $4, 'planned', 0, $5)
           ON CONFLICT (channel, kind, target, period_key) DO NOTHING RETURNING *`,
          [d.channel, d.kind, d.target, d.periodKey, now()],
        );
        if (!row) return null;
        const attached = await query(
          `UPDATE posts SET digest_id = $1, hold = NULL
           WHERE id = ANY($2::bigint[]) AND channel = $3 AND status = 'planned' AND digest_id IS NULL RETURNING id`,
          [row.id, ids, d.channel],
        );
        if (attached.length === 0) {
          await query("UPDATE digests SET status = 'empty' WHERE id = $1", [row.id]);
          row.status = 'empty';
        }
        return toDigest(row, query);
      });
    },
    async pendingDigests(limit, options) {
      const rows = await q(
        `SELECT * FROM digests WHERE status = 'planned'
           AND NOT EXISTS (SELECT 1 FROM channel_problems c WHERE c.channel = digests.channel AND c.next_try_at > $2)
         ORDER BY id LIMIT $1`,
        [limit, options?.restingAt ?? null],
      );
      return Promise.all(rows.map((row) => toDigest(row)));
    },
    async markDigestPosted(id, ts) {
      await tx(async (query) => {
        const at = now();
        await query(
          "UPDATE digests SET status = 'posted', ts = $1, posted_at = $2, last_error = NULL, sending_at = NULL WHERE id = $3",
          [ts, at, id],
        );
        await query(
          "UPDATE posts SET status = 'posted', ts = $1, posted_at = $2, last_error = NULL WHERE digest_id = $3",
          [ts, at, id],
        );
      });
    },
    async markDigestSending(id) {
      await q('UPDATE digests SET sending_at = $1 WHERE id = $2', [now(), id]);
    },
    async markDigestFailed(id, error, maybePosted) {
      await q(
        'UPDATE digests SET attempts = attempts + 1, last_error = $1, sending_at = CASE WHEN $2 THEN sending_at END WHERE id = $3',
        [error.slice(0, 500), maybePosted, id],
      );
    },
  };
}
