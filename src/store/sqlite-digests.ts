import type Database from 'better-sqlite3';
import type { Digest, DigestSetting, HeldPost, Store } from './store.js';

type DigestSettingRow = {
  channel: string;
  target: string;
  period: 'daily' | 'weekly';
  since: string;
  created_by: string | null;
};

type DigestRow = {
  id: number;
  channel: string;
  kind: Digest['kind'];
  target: string;
  period_key: string;
  status: Digest['status'];
  ts: string | null;
  attempts: number;
  last_error: string | null;
  sending_at: string | null;
};

type HeldRow = {
  id: number;
  readout_id: number;
  channel: string;
  hold: 'new' | 'digest';
  relation: string | null;
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

const toSetting = (row: DigestSettingRow): DigestSetting => ({
  channel: row.channel,
  target: row.target,
  period: row.period,
  since: row.since,
  createdBy: row.created_by,
});

/**
 * The digest part of the SQLite store (migration 6): channel settings, digest messages and the
 * posts held for them. Every step that moves a post is one statement or one transaction, so a
 * crash leaves each post either waiting or in exactly one digest.
 */
export function sqliteDigestMethods(db: Database.Database, now: () => string): DigestMethods {
  const q = {
    getSetting: db.prepare<[string, string], DigestSettingRow>(
      'SELECT * FROM digest_settings WHERE channel = ? AND target = ?',
    ),
    // Changing the period starts it afresh, so that no period from before is sent at once.
    upsertSetting: db.prepare(
      `INSERT INTO digest_settings (channel, target, period, since, created_by)
       VALUES (@channel, @target, @period, @now, @createdBy)
       ON CONFLICT (channel, target) DO UPDATE SET period = excluded.period, since = excluded.since,
         created_by = excluded.created_by`,
    ),
    removeSetting: db.prepare('DELETE FROM digest_settings WHERE channel = ? AND target = ?'),
    listSettings: db.prepare<[], DigestSettingRow>('SELECT * FROM digest_settings ORDER BY channel, target'),
    listChannelSettings: db.prepare<[string], DigestSettingRow>(
      'SELECT * FROM digest_settings WHERE channel = ? ORDER BY target',
    ),
    held: db.prepare<[], HeldRow>(
      `SELECT p.id, p.readout_id, p.channel, p.hold, r.relation FROM posts p JOIN readouts r ON r.id = p.readout_id
       WHERE p.status = 'planned' AND p.hold IS NOT NULL AND p.digest_id IS NULL ORDER BY p.id`,
    ),
    hold: db.prepare("UPDATE posts SET hold = ? WHERE id = ? AND status = 'planned' AND digest_id IS NULL"),
    insertDigest: db.prepare(
      `INSERT INTO digests (channel, kind, target, period_key, status, attempts, created_at)
       VALUES (@channel, @kind, @target, @periodKey, 'planned', 0, @now)
       ON CONFLICT (channel, kind, target, period_key) DO NOTHING`,
    ),
    findDigest: db.prepare<[string, string, string, string], DigestRow>(
      'SELECT * FROM digests WHERE channel = ? AND kind = ? AND target = ? AND period_key = ?',
    ),
    attach: db.prepare(
      "UPDATE posts SET digest_id = ?, hold = NULL WHERE id = ? AND channel = ? AND status = 'planned' AND digest_id IS NULL",
    ),
    markEmpty: db.prepare("UPDATE digests SET status = 'empty' WHERE id = ?"),
    // A channel parked beyond the given instant is left out (sqlite-parking.ts); null leaves none out.
    pending: db.prepare<[string | null, number], DigestRow>(
      `SELECT * FROM digests WHERE status = 'planned'
         AND NOT EXISTS (SELECT 1 FROM channel_problems c WHERE c.channel = digests.channel AND c.next_try_at > ?)
       ORDER BY id LIMIT ?`,
    ),
    readoutsOf: db.prepare<[number], { readout_id: number }>(
      'SELECT readout_id FROM posts WHERE digest_id = ? ORDER BY id',
    ),
    markPosted: db.prepare(
      "UPDATE digests SET status = 'posted', ts = ?, posted_at = ?, last_error = NULL, sending_at = NULL WHERE id = ?",
    ),
    postsPosted: db.prepare(
      "UPDATE posts SET status = 'posted', ts = ?, posted_at = ?, last_error = NULL WHERE digest_id = ?",
    ),
    markSending: db.prepare('UPDATE digests SET sending_at = ? WHERE id = ?'),
    markFailed: db.prepare(
      'UPDATE digests SET attempts = attempts + 1, last_error = ?, sending_at = CASE WHEN ? THEN sending_at END WHERE id = ?',
    ),
  };

  const toDigest = (row: DigestRow): Digest => ({
    id: row.id,
    channel: row.channel,
    kind: row.kind,
    target: row.target,
    periodKey: row.period_key,
    status: row.status,
    ts: row.ts,
    attempts: row.attempts,
    lastError: row.last_error,
    sendingAt: row.sending_at,
    readoutIds: q.readoutsOf.all(row.id).map((r) => String(r.readout_id)),
  });

  const setDigest = db.transaction((s: Omit<DigestSetting, 'since'>): 'added' | 'changed' | 'unchanged' => {
    const before = q.getSetting.get(s.channel, s.target);
    if (before?.period === s.period) return 'unchanged';
    q.upsertSetting.run({ ...s, now: now() });
    return before ? 'changed' : 'added';
  });

  const holdPosts = db.transaction((ids: number[], hold: 'digest' | null) => {
    for (const id of ids) q.hold.run(hold, id);
  });

  const planDigest = db.transaction(
    (d: Pick<Digest, 'channel' | 'kind' | 'target' | 'periodKey'>, ids: number[]): Digest | null => {
      const inserted = q.insertDigest.run({ ...d, now: now() }).changes === 1;
      if (!inserted) return null;
      const row = q.findDigest.get(d.channel, d.kind, d.target, d.periodKey) as DigestRow;
      let attached = 0;
      for (const id of ids) attached += q.attach.run(row.id, id, d.channel).changes;
      if (attached === 0) {
        q.markEmpty.run(row.id);
        row.status = 'empty';
      }
      return toDigest(row);
    },
  );

  const markPosted = db.transaction((id: number, ts: string) => {
    const at = now();
    q.markPosted.run(ts, at, id);
    q.postsPosted.run(ts, at, id);
  });

  return {
    async setDigest(setting) {
      return setDigest(setting);
    },
    async removeDigest(channel, target) {
      return q.removeSetting.run(channel, target).changes > 0;
    },
    async listDigestSettings(channel) {
      return (channel ? q.listChannelSettings.all(channel) : q.listSettings.all()).map(toSetting);
    },
    async heldPosts(): Promise<HeldPost[]> {
      return q.held.all().map((r) => ({
        postId: r.id,
        readoutId: String(r.readout_id),
        channel: r.channel,
        hold: r.hold,
        relation: r.relation,
      }));
    },
    async holdPosts(ids, hold) {
      holdPosts(ids, hold);
    },
    async planDigest(digest, ids) {
      return planDigest(digest, ids);
    },
    async pendingDigests(limit, options) {
      return q.pending.all(options?.restingAt ?? null, limit).map(toDigest);
    },
    async markDigestPosted(id, ts) {
      markPosted(id, ts);
    },
    async markDigestSending(id) {
      q.markSending.run(now(), id);
    },
    async markDigestFailed(id, error, maybePosted) {
      q.markFailed.run(error.slice(0, 500), maybePosted ? 1 : 0, id);
    },
  };
}
