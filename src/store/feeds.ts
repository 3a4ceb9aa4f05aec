import type { Selectable } from 'kysely';
import type { Database } from './schema.js';
import type { Sql } from './sql.js';
import type { FeedState, Subscription } from './store.js';

/** What the app remembers of a feed between polls. */
export function toFeed(row: Selectable<Database['feeds']>) {
  return {
    url: row.url,
    etag: row.etag,
    lastModified: row.last_modified,
    /** When the feed was first read successfully; null until then (the next poll is its first). */
    firstPolledAt: row.first_polled_at,
    lastFetchedAt: row.last_fetched_at,
    lastSuccessAt: row.last_success_at,
    lastStatus: row.last_status === null ? null : Number(row.last_status),
    lastError: row.last_error,
    consecutiveErrors: Number(row.consecutive_errors),
  };
}

function toSubscription(row: Selectable<Database['subscriptions']>): Subscription {
  return {
    id: Number(row.id),
    channel: row.channel,
    target: row.target,
    kind: (row.kind || null) as Subscription['kind'],
    level: (row.level || null) as Subscription['level'],
    createdBy: row.created_by,
    words: row.words ? splitWords(row.words) : null,
  };
}

/** Words as stored: lower case, one space apart (so that the same words are the same watch or filter). */
export const joinWords = (words: readonly string[] | null | undefined): string =>
  (words ?? []).map((w) => w.toLowerCase()).join(' ');
export const splitWords = (words: string): string[] => words.split(' ').filter(Boolean);

/** What the app remembers of each feed between polls, and the channels' subscriptions (with their words). */
export function feeds({ db, run, all, first, now, compiledOnce }: Sql) {
  // Every feed's every poll writes this: compiled once (sql.ts, compiledOnce).
  const saveFeedQuery = compiledOnce((s: FeedState) => {
    const values = {
      etag: s.etag,
      last_modified: s.lastModified,
      first_polled_at: s.firstPolledAt,
      last_fetched_at: s.lastFetchedAt,
      last_success_at: s.lastSuccessAt,
      last_status: s.lastStatus,
      last_error: s.lastError,
      consecutive_errors: s.consecutiveErrors,
    };
    return db
      .insertInto('feeds')
      .values({ url: s.url, ...values })
      .onConflict((oc) => oc.column('url').doUpdateSet(values));
  });
  return {
    async getFeed(url: string) {
      const row = await first(db.selectFrom('feeds').selectAll().where('url', '=', url));
      return row ? toFeed(row) : null;
    },
    async saveFeed(s: FeedState) {
      await run(saveFeedQuery(s));
    },
    async listFeeds() {
      return (await all(db.selectFrom('feeds').selectAll().orderBy('url'))).map(toFeed);
    },
    /** Adds a subscription; false when the channel already had the same one. */
    async addSubscription(sub: Omit<Subscription, 'id'>) {
      const result = await run(
        db
          .insertInto('subscriptions')
          .values({
            channel: sub.channel,
            target: sub.target,
            kind: sub.kind ?? '',
            level: sub.level ?? '',
            created_by: sub.createdBy,
            created_at: now(),
            words: joinWords(sub.words),
          })
          .onConflict((oc) => oc.doNothing()),
      );
      return result.changes === 1;
    },
    /** Removes a subscription (with the same words, none when not given); false when the channel had none like it. */
    async removeSubscription(sub: Pick<Subscription, 'channel' | 'target' | 'kind' | 'level' | 'words'>) {
      const result = await run(
        db
          .deleteFrom('subscriptions')
          .where('channel', '=', sub.channel)
          .where('target', '=', sub.target)
          .where('kind', '=', sub.kind ?? '')
          .where('level', '=', sub.level ?? '')
          .where('words', '=', joinWords(sub.words)),
      );
      return result.changes > 0;
    },
    /** Every subscription, or one channel's. */
    async listSubscriptions(channel?: string) {
      const query = db.selectFrom('subscriptions').selectAll();
      const rows = await all(
        channel ? query.where('channel', '=', channel).orderBy('id') : query.orderBy('channel').orderBy('id'),
      );
      return rows.map(toSubscription);
    },
  };
}
