import { type ExpressionBuilder, type Selectable, sql as sqlTag } from 'kysely';
import type { Database } from './schema.js';
import type { Sql } from './sql.js';
import type { FeedHealth } from './store.js';

/** An alert Slack refused this often is given up (logged), so one bad channel never blocks the rest. */
export const MAX_ALERT_ATTEMPTS = 5;
/** An alert claimed this long ago and not marked (its sender died) is pending again. */
export const ALERT_CLAIM_MS = 10 * 60_000;
/** Claims made before this instant have lapsed. */
export const staleClaim = (now: string) => new Date(Date.parse(now) - ALERT_CLAIM_MS).toISOString();

/** `%fragment%` for LIKE … ESCAPE '\\', the fragment taken literally. */
export const likeContaining = (fragment: string) => `%${fragment.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;

// Statuses are literals in the SQL, not parameters: the partial index feed_alerts_pending
// (WHERE status IN ('pending', 'sending')) serves only a query that names them.
const PENDING = sqlTag.lit('pending' as const);
const SENDING = sqlTag.lit('sending' as const);

/** An alert waiting to be sent: pending, or claimed by a sender that never came back. */
const waiting = (stale: string) => (eb: ExpressionBuilder<Database, 'feed_alerts'>) =>
  eb.or([eb('status', '=', PENDING), eb.and([eb('status', '=', SENDING), eb('claimed_at', '<', stale)])]);

/**
 * How a feed is being treated after failures and redirects (feeds/health.ts); a feed without
 * one is polled every cycle at its own URL.
 */
export function toFeedHealth(r: Selectable<Database['feed_health']>) {
  return {
    url: r.url,
    /** Not polled before this instant (back-off after errors, a server's Retry-After). */
    nextAttemptAt: r.next_attempt_at,
    /** Set when the feed answered 410 Gone: no longer polled until re-enabled. */
    disabledAt: r.disabled_at,
    disabledReason: r.disabled_reason,
    /** Where a permanent redirect (301/308) moved the feed: fetched there, its items kept under `url`. */
    movedTo: r.moved_to,
    /** The error an alert was queued for and not yet followed by a recovery alert. */
    alertedError: r.alerted_error,
  };
}

/** Feed health (back-off, 410 disabled, 301 moved) and its alerts (SQLite migration 11, PostgreSQL 7). */
export function feedHealth(sql: Sql) {
  return { ...feedHealthStates(sql), ...feedAlertQueue(sql), ...feedLinks(sql) };
}

/** Each feed's health: back-off, moves and disabling. */
function feedHealthStates({ db, run, all, tx, now }: Sql) {
  return {
    /** Every feed's health row (read once a cycle). */
    async listFeedHealth() {
      return (await all(db.selectFrom('feed_health').selectAll().orderBy('url'))).map(toFeedHealth);
    },
    /** Saves a feed's health and, in the same transaction, queues an alert when one is given. */
    async saveFeedHealth(h: FeedHealth, alertText?: string | null) {
      await tx(async ({ run, upsert }) => {
        await upsert(
          'feed_health',
          { url: h.url },
          {
            next_attempt_at: h.nextAttemptAt,
            disabled_at: h.disabledAt,
            disabled_reason: h.disabledReason,
            moved_to: h.movedTo,
            alerted_error: h.alertedError,
          },
        );
        if (alertText)
          await run(
            db.insertInto('feed_alerts').values({ feed_url: h.url, text: alertText, created_at: now() }),
          );
      });
    },
    /** Forgets a feed's health (re-enabled after a 410, back-off and redirect cleared); true when it had one. */
    async resetFeedHealth(url: string) {
      return (await run(db.deleteFrom('feed_health').where('url', '=', url))).changes === 1;
    },
  };
}

/** Alerts about feeds, each sent once. */
function feedAlertQueue({ db, run, all, now }: Sql) {
  const unsent = db.updateTable('feed_alerts').where('status', 'in', [PENDING, SENDING]);
  return {
    /**
     * Messages about feeds' health for READOUT_ALERT_CHANNEL, queued durably by the poller: those
     * not yet sent (or claimed over 10 minutes ago and never marked), oldest first.
     */
    async pendingFeedAlerts(limit: number) {
      const rows = await all(
        db
          .selectFrom('feed_alerts')
          .where(waiting(staleClaim(now())))
          .select(['id', 'feed_url', 'text', 'created_at'])
          .where('attempts', '<', MAX_ALERT_ATTEMPTS)
          .orderBy('id')
          .limit(limit),
      );
      return rows.map((r) => ({
        id: Number(r.id),
        feedUrl: r.feed_url,
        text: r.text,
        createdAt: r.created_at,
      }));
    },
    /**
     * Takes an alert for sending, before the call to Slack; false when another sender has it (two
     * instances never post the same alert). A claim never marked lapses after 10 minutes.
     */
    async claimFeedAlert(id: number) {
      const at = now();
      const claimed = await run(
        db
          .updateTable('feed_alerts')
          .set({ status: 'sending', claimed_at: at })
          .where('id', '=', id)
          .where(waiting(staleClaim(at))),
      );
      return claimed.changes === 1;
    },
    /** An alert posted (ts) or only logged (null, no alert channel): never sent again. */
    async markFeedAlertSent(id: number, ts: string | null) {
      await run(
        unsent.set({ status: ts === null ? 'logged' : 'sent', ts, sent_at: now() }).where('id', '=', id),
      );
    },
    async markFeedAlertFailed(id: number, error: string) {
      await run(
        unsent
          .set((eb) => ({ status: 'pending', attempts: eb('attempts', '+', 1), last_error: error }))
          .where('id', '=', id),
      );
    },
  };
}

/** A moved feed's readouts found by link and re-keyed. */
function feedLinks({ db, run, all }: Sql) {
  return {
    /** Readouts of a feed whose link contains `fragment` (candidates for a same-page match). */
    async feedLinksLike(feedUrl: string, fragment: string) {
      const rows = await all(
        db
          .selectFrom('readouts')
          .select(['id', 'link'])
          .where('feed_url', '=', feedUrl)
          .where(sqlTag<boolean>`link LIKE ${likeContaining(fragment)} ESCAPE '\\'`)
          .orderBy('id'),
      );
      return rows.map((r) => ({ id: String(r.id), link: r.link }));
    },
    /**
     * Gives a readout its item's new key (a publisher rewrote the guid); false when taken (the
     * feed has a readout under that key already: the unique key would refuse it).
     */
    async rekeyReadout(id: string, itemKey: string) {
      const rekeyed = await run(
        db
          .updateTable('readouts')
          .set({ item_key: itemKey })
          .where('id', '=', Number(id))
          .where(({ not, exists, selectFrom }) =>
            not(
              exists(
                selectFrom('readouts as o')
                  .select('o.id')
                  .whereRef('o.feed_url', '=', 'readouts.feed_url')
                  .where('o.item_key', '=', itemKey),
              ),
            ),
          ),
      );
      return rekeyed.changes === 1;
    },
  };
}
