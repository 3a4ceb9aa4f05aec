import { type ExpressionBuilder, sql as sqlTag } from 'kysely';
import type { Database } from './schema.js';
import type { Sql } from './sql.js';
import type { FeedHealth, Store } from './store.js';

/** An alert Slack refused this often is given up (logged), so one bad channel never blocks the rest. */
export const MAX_ALERT_ATTEMPTS = 5;
/** An alert claimed this long ago and not marked (its sender died) is pending again. */
export const ALERT_CLAIM_MS = 10 * 60_000;
/** Claims made before this instant have lapsed. */
export const staleClaim = (now: string) => new Date(Date.parse(now) - ALERT_CLAIM_MS).toISOString();

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

// Statuses are literals in the SQL, not parameters: the partial index feed_alerts_pending
// (WHERE status IN ('pending', 'sending')) serves only a query that names them.
const PENDING = sqlTag.lit('pending' as const);
const SENDING = sqlTag.lit('sending' as const);

/** An alert waiting to be sent: pending, or claimed by a sender that never came back. */
const waiting = (stale: string) => (eb: ExpressionBuilder<Database, 'feed_alerts'>) =>
  eb.or([eb('status', '=', PENDING), eb.and([eb('status', '=', SENDING), eb('claimed_at', '<', stale)])]);

/** Feed health (back-off, 410 disabled, 301 moved) and its alerts (SQLite migration 11, PostgreSQL 7). */
export function feedHealth(sql: Sql): FeedHealthMethods {
  return { ...feedHealthStates(sql), ...feedAlertQueue(sql), ...feedLinks(sql) };
}

/** Each feed's health: back-off, moves and disabling. */
function feedHealthStates({
  db,
  run,
  all,
  tx,
  now,
}: Sql): Pick<Store, 'listFeedHealth' | 'saveFeedHealth' | 'resetFeedHealth'> {
  return {
    async listFeedHealth() {
      const rows = await all(db.selectFrom('feed_health').selectAll().orderBy('url'));
      return rows.map(
        (r): FeedHealth => ({
          url: r.url,
          nextAttemptAt: r.next_attempt_at,
          disabledAt: r.disabled_at,
          disabledReason: r.disabled_reason,
          movedTo: r.moved_to,
          alertedError: r.alerted_error,
        }),
      );
    },
    async saveFeedHealth(h, alertText) {
      await tx(async ({ run }) => {
        await run(
          db
            .insertInto('feed_health')
            .values({
              url: h.url,
              next_attempt_at: h.nextAttemptAt,
              disabled_at: h.disabledAt,
              disabled_reason: h.disabledReason,
              moved_to: h.movedTo,
              alerted_error: h.alertedError,
            })
            .onConflict((oc) =>
              oc.column('url').doUpdateSet((eb) => ({
                next_attempt_at: eb.ref('excluded.next_attempt_at'),
                disabled_at: eb.ref('excluded.disabled_at'),
                disabled_reason: eb.ref('excluded.disabled_reason'),
                moved_to: eb.ref('excluded.moved_to'),
                alerted_error: eb.ref('excluded.alerted_error'),
              })),
            ),
        );
        if (alertText)
          await run(
            db.insertInto('feed_alerts').values({ feed_url: h.url, text: alertText, created_at: now() }),
          );
      });
    },
    async resetFeedHealth(url) {
      return (await run(db.deleteFrom('feed_health').where('url', '=', url))).changes === 1;
    },
  };
}

/** Alerts about feeds, each sent once. */
function feedAlertQueue({
  db,
  run,
  all,
  now,
}: Sql): Pick<Store, 'pendingFeedAlerts' | 'claimFeedAlert' | 'markFeedAlertSent' | 'markFeedAlertFailed'> {
  const unsent = db.updateTable('feed_alerts').where('status', 'in', [PENDING, SENDING]);
  return {
    async pendingFeedAlerts(limit) {
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
    async claimFeedAlert(id) {
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
    async markFeedAlertSent(id, ts) {
      await run(
        unsent.set({ status: ts === null ? 'logged' : 'sent', ts, sent_at: now() }).where('id', '=', id),
      );
    },
    async markFeedAlertFailed(id, error) {
      await run(
        unsent
          .set((eb) => ({ status: 'pending', attempts: eb('attempts', '+', 1), last_error: error }))
          .where('id', '=', id),
      );
    },
  };
}

/** A moved feed's readouts found by link and re-keyed. */
function feedLinks({ db, run, all }: Sql): Pick<Store, 'feedLinksLike' | 'rekeyReadout'> {
  return {
    async feedLinksLike(feedUrl, fragment) {
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
    async rekeyReadout(id, itemKey) {
      // Not when the feed has a readout under that key already (the unique key would refuse it).
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
