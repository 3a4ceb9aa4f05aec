import type { Selectable } from 'kysely';
import { notResting } from './parking.js';
import { postedRow } from './rows.js';
import type { Database } from './schema.js';
import type { Sql } from './sql.js';
import type { Digest, DigestSetting, PendingOptions } from './store.js';

/** A channel's wish for one message a period instead of one per readout. */
export function toDigestSetting(r: Selectable<Database['digest_settings']>) {
  return {
    channel: r.channel,
    /** '' for everything the channel receives, else a relation slug ("japan-us"). */
    target: r.target,
    period: r.period,
    /** When the setting was made or last changed (ISO instant): no period before it is sent. */
    since: r.since,
    createdBy: r.created_by,
  };
}

/** A planned post not yet given to Slack on its own: fresh from a poll, or held for a digest. */
export function toHeldPost(
  r: Pick<Selectable<Database['posts']>, 'id' | 'readout_id' | 'channel' | 'hold'> & {
    relation: string | null;
  },
) {
  return {
    postId: Number(r.id),
    readoutId: String(r.readout_id),
    channel: r.channel,
    /** 'new': planned by a poll, not yet sorted; 'digest': waiting for the channel's digest. */
    hold: r.hold as 'new' | 'digest',
    relation: r.relation,
  };
}

/**
 * Digests (SQLite migration 6, PostgreSQL 4): channel settings, digest messages and the posts
 * held for them. Every step that moves a post is one statement or one transaction, so a crash
 * leaves each post either waiting or in exactly one digest. The store's own `planPost` writes
 * `hold = 'new'` for a fresh post, `pendingPosts` skips posts with a hold or a digest, and
 * `requestUpdates` skips posts delivered inside a digest.
 */
export function digests(sql: Sql) {
  return { ...digestSettings(sql), ...digestHolds(sql), ...digestPlans(sql), ...digestSends(sql) };
}

/** An update of the posts still free to be held or put in a digest. */
const free = (db: Sql['db']) =>
  db.updateTable('posts').where('status', '=', 'planned').where('digest_id', 'is', null);

/** A channel's digest settings. */
function digestSettings({ db, run, all, tx, now, forUpdate }: Sql) {
  return {
    /** Sets a channel's digest; 'unchanged' when it had that very setting already. */
    async setDigest(s: Omit<DigestSetting, 'since'>) {
      return tx(async ({ upsert, first }) => {
        const before = await first(
          forUpdate(
            db
              .selectFrom('digest_settings')
              .select('period')
              .where('channel', '=', s.channel)
              .where('target', '=', s.target),
          ),
        );
        if (before?.period === s.period) return 'unchanged' as const;
        // Changing the period starts it afresh, so that no period from before is sent at once.
        const values = { period: s.period, since: now(), created_by: s.createdBy };
        await upsert('digest_settings', { channel: s.channel, target: s.target }, values);
        return before ? ('changed' as const) : ('added' as const);
      });
    },
    /** Removes a channel's digest for a target; false when it had none. */
    async removeDigest(channel: string, target: string) {
      const removed = await run(
        db.deleteFrom('digest_settings').where('channel', '=', channel).where('target', '=', target),
      );
      return removed.changes > 0;
    },
    /** Every digest setting, or one channel's. */
    async listDigestSettings(channel?: string) {
      const settings = db.selectFrom('digest_settings').selectAll();
      const rows = await all(
        channel
          ? settings.where('channel', '=', channel).orderBy('target')
          : settings.orderBy('channel').orderBy('target'),
      );
      return rows.map(toDigestSetting);
    },
  };
}

/** Posts held for a digest. */
function digestHolds({ db, run, all }: Sql) {
  return {
    /** Planned posts that are fresh or held for a digest (not yet in a digest), in plan order. */
    async heldPosts() {
      const rows = await all(
        db
          .selectFrom('posts as p')
          .innerJoin('readouts as r', 'r.id', 'p.readout_id')
          .select(['p.id', 'p.readout_id', 'p.channel', 'p.hold', 'r.relation'])
          .where('p.status', '=', 'planned')
          .where('p.hold', 'is not', null)
          .where('p.digest_id', 'is', null)
          .orderBy('p.id'),
      );
      return rows.map(toHeldPost);
    },
    /** Sorts fresh or held posts: 'digest' holds them, null releases them to be posted one by one. */
    async holdPosts(ids: number[], hold: 'digest' | null) {
      if (ids.length === 0) return;
      await run(free(db).set({ hold }).where('id', 'in', ids));
    },
  };
}

/**
 * One digest message: planned with its readouts, then posted once with its ts. Its row with its
 * readouts, read on the pool or inside a transaction.
 */
export async function toDigest(db: Sql['db'], read: Sql['all'], row: Selectable<Database['digests']>) {
  return {
    id: Number(row.id),
    channel: row.channel,
    kind: row.kind,
    target: row.target,
    /** The period's start instant (ISO) for daily/weekly; "first post id" for a burst. */
    periodKey: row.period_key,
    status: row.status,
    ts: row.ts,
    attempts: Number(row.attempts),
    lastError: row.last_error,
    /** Set before each post and cleared when Slack refused it: the post may have reached Slack. */
    sendingAt: row.sending_at,
    /** The readouts it carries, in plan order. */
    readoutIds: (
      await read(db.selectFrom('posts').select('readout_id').where('digest_id', '=', row.id).orderBy('id'))
    ).map((r) => String(r.readout_id)),
  };
}

/** Digest messages planned with their posts. */
function digestPlans({ db, tx, now }: Sql) {
  return {
    /**
     * Plans a digest message carrying these posts, in one transaction; unique per
     * (channel, kind, target, periodKey): a second call for the same period changes nothing and
     * returns null. A digest whose posts were all taken already is recorded as 'empty'.
     */
    async planDigest(d: Pick<Digest, 'channel' | 'kind' | 'target' | 'periodKey'>, ids: number[]) {
      return tx(async ({ run, first, all }) => {
        const row = await first(
          db
            .insertInto('digests')
            .values({
              channel: d.channel,
              kind: d.kind,
              target: d.target,
              period_key: d.periodKey,
              status: 'planned',
              attempts: 0,
              created_at: now(),
            })
            .onConflict((oc) => oc.columns(['channel', 'kind', 'target', 'period_key']).doNothing())
            .returningAll(),
        );
        if (!row) return null;
        const attached =
          ids.length === 0
            ? 0
            : (
                await run(
                  free(db)
                    .set({ digest_id: row.id, hold: null })
                    .where('id', 'in', ids)
                    .where('channel', '=', d.channel),
                )
              ).changes;
        if (attached === 0) {
          await run(db.updateTable('digests').set({ status: 'empty' }).where('id', '=', row.id));
          row.status = 'empty';
        }
        return toDigest(db, all, row);
      });
    },
  };
}

/** Digest messages sent: pending, sending, posted or failed. */
function digestSends({ db, run, all, tx, now }: Sql) {
  return {
    /** Digests planned and not yet posted, in plan order. */
    async pendingDigests(limit: number, options?: PendingOptions) {
      const rows = await all(
        db
          .selectFrom('digests')
          .selectAll()
          .where('status', '=', 'planned')
          .where(notResting('digests.channel', options?.restingAt))
          .orderBy('id')
          .limit(limit),
      );
      return Promise.all(rows.map((row) => toDigest(db, all, row)));
    },
    /** Records a digest posted: it and every post in it get its ts, in one durable transaction. */
    async markDigestPosted(id: number, ts: string) {
      await tx(async ({ run }) => {
        const at = now();
        await run(
          db
            .updateTable('digests')
            .set({ ...postedRow(ts, at), sending_at: null })
            .where('id', '=', id),
        );
        await run(db.updateTable('posts').set(postedRow(ts, at)).where('digest_id', '=', id));
      });
    },
    /** Records, durably, that the digest is being posted now (before the Web API call). */
    async markDigestSending(id: number) {
      await run(db.updateTable('digests').set({ sending_at: now() }).where('id', '=', id));
    },
    /**
     * Records a failed post of a digest; `maybePosted` when Slack gave no answer (network error,
     * timeout), so that the next attempt first looks for the message in the channel (`sending_at` kept).
     */
    async markDigestFailed(id: number, error: string, maybePosted: boolean) {
      await run(
        db
          .updateTable('digests')
          .set((eb) => ({
            attempts: eb('attempts', '+', 1),
            last_error: error.slice(0, 500),
            sending_at: maybePosted ? eb.ref('sending_at') : null,
          }))
          .where('id', '=', id),
      );
    },
  };
}
