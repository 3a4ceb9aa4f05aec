import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import Database from 'better-sqlite3';
import { ReadoutError } from '../errors.js';
import { isPosted } from '../readout/posting.js';
import type { Readout } from '../readout/types.js';
import { digests } from './digests.js';
import { feedHealth } from './feed-health.js';
import { feedSources } from './feed-sources.js';
import { heldBack } from './held-back.js';
import { installations } from './installations.js';
import { leases } from './leases.js';
import { SQLITE_MIGRATIONS } from './migrations.js';
import { parking } from './parking.js';
import { readoutSummaries } from './readout-summaries.js';
import { SEARCH_RANKED, searchText } from './search-text.js';
import { sending } from './sending.js';
import { sqliteSql } from './sql.js';
import { relaxPollWrites } from './sqlite-durability.js';
import { createThreadMethods } from './sqlite-threads.js';
import { keepForStats, statsRelationPatterns } from './stats-query.js';
import type { FeedState, NewReadout, Post, Store, StoredReadout, Subscription } from './store.js';
import { threadNotes } from './thread-notes.js';

export type ReadoutRow = {
  id: number;
  feed_url: string;
  item_key: string;
  link: string;
  item_published_at: string | null;
  item_title: string | null;
  item_summary: string | null;
  data: string;
  partial: number;
  page_attempts: number;
  last_page_error: string | null;
  announce: number;
  created_at: string;
  updated_at: string;
};

type FeedRow = {
  url: string;
  etag: string | null;
  last_modified: string | null;
  first_polled_at: string | null;
  last_fetched_at: string | null;
  last_success_at: string | null;
  last_status: number | null;
  last_error: string | null;
  consecutive_errors: number;
};

export type PostRow = {
  id: number;
  readout_id: number;
  channel: string;
  status: 'planned' | 'posted';
  ts: string | null;
  attempts: number;
  last_error: string | null;
  needs_update: number;
  thread_of: number | null;
  sending_at?: string | null;
};

type SubscriptionRow = {
  id: number;
  channel: string;
  target: string;
  kind: string;
  level: string;
  created_by: string | null;
};

function toSubscription(row: SubscriptionRow): Subscription {
  return {
    id: row.id,
    channel: row.channel,
    target: row.target,
    kind: (row.kind || null) as Subscription['kind'],
    level: (row.level || null) as Subscription['level'],
    createdBy: row.created_by,
  };
}

function toReadout(row: ReadoutRow): StoredReadout {
  return {
    id: String(row.id),
    feedUrl: row.feed_url,
    itemKey: row.item_key,
    link: row.link,
    itemPublishedAt: row.item_published_at,
    itemTitle: row.item_title,
    itemSummary: row.item_summary,
    readout: JSON.parse(row.data) as Readout,
    partial: row.partial === 1,
    pageAttempts: row.page_attempts,
    lastPageError: row.last_page_error,
    announce: row.announce === 1,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

function toFeed(row: FeedRow): FeedState {
  return {
    url: row.url,
    etag: row.etag,
    lastModified: row.last_modified,
    firstPolledAt: row.first_polled_at,
    lastFetchedAt: row.last_fetched_at,
    lastSuccessAt: row.last_success_at,
    lastStatus: row.last_status,
    lastError: row.last_error,
    consecutiveErrors: row.consecutive_errors,
  };
}

function toPost(row: PostRow): Post {
  return {
    id: row.id,
    readoutId: String(row.readout_id),
    channel: row.channel,
    status: row.status,
    ts: row.ts,
    attempts: row.attempts,
    lastError: row.last_error,
    needsUpdate: row.needs_update === 1,
    threadOf: row.thread_of ?? null,
    sendingAt: row.sending_at ?? null,
  };
}

/** The SQLite file a DATABASE_URL names: a path, `file:` URL, or `:memory:`. */
export function sqlitePath(databaseUrl: string): string {
  if (databaseUrl === ':memory:') return databaseUrl;
  if (databaseUrl.startsWith('file:')) return decodeURIComponent(databaseUrl.replace(/^file:(\/\/)?/, ''));
  return databaseUrl;
}

/** Applies the numbered migrations not yet applied, each in its own transaction. */
function migrate(db: Database.Database): void {
  db.exec(
    'CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, applied_at TEXT NOT NULL)',
  );
  const applied = new Set(
    (db.prepare('SELECT version FROM schema_migrations').all() as { version: number }[]).map(
      (r) => r.version,
    ),
  );
  for (const migration of SQLITE_MIGRATIONS) {
    if (applied.has(migration.version)) continue;
    try {
      db.transaction(() => {
        db.exec(migration.sql);
        db.prepare('INSERT INTO schema_migrations (version, applied_at) VALUES (?, ?)').run(
          migration.version,
          new Date().toISOString(),
        );
      })();
    } catch (cause) {
      throw new ReadoutError('STORE_MIGRATION', `migration ${migration.version} failed`, { cause });
    }
  }
}

/**
 * Opens (creating when needed) the SQLite store. WAL journal with synchronous=FULL: a recorded
 * post survives kill -9 and power loss. The poll's own writes, which the next poll can redo,
 * commit with NORMAL (sqlite-durability.ts). One process at a time writes to it.
 */
export function openSqliteStore(databaseUrl: string, clock: () => Date = () => new Date()): Store {
  const path = sqlitePath(databaseUrl);
  if (path !== ':memory:') mkdirSync(dirname(path), { recursive: true });
  const db = new Database(path);
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = FULL');
  db.pragma('foreign_keys = ON');
  db.pragma('busy_timeout = 5000');
  // SQLite's own default page cache (2 MB). better-sqlite3 builds SQLite with 16 MB, which one
  // scan of the readouts table (the page-check query each cycle) fills and keeps resident; the
  // OS caches the file anyway, and lookups on 50,000 readouts take as long with 2 MB.
  db.pragma('cache_size = -2000');
  migrate(db);

  const now = () => clock().toISOString();
  const q = {
    getFeed: db.prepare<[string], FeedRow>('SELECT * FROM feeds WHERE url = ?'),
    listFeeds: db.prepare<[], FeedRow>('SELECT * FROM feeds ORDER BY url'),
    saveFeed: db.prepare(
      `INSERT INTO feeds (url, etag, last_modified, first_polled_at, last_fetched_at, last_success_at, last_status, last_error, consecutive_errors)
       VALUES (@url, @etag, @lastModified, @firstPolledAt, @lastFetchedAt, @lastSuccessAt, @lastStatus, @lastError, @consecutiveErrors)
       ON CONFLICT (url) DO UPDATE SET etag = excluded.etag, last_modified = excluded.last_modified,
         first_polled_at = excluded.first_polled_at, last_fetched_at = excluded.last_fetched_at,
         last_success_at = excluded.last_success_at, last_status = excluded.last_status,
         last_error = excluded.last_error, consecutive_errors = excluded.consecutive_errors`,
    ),
    findReadout: db.prepare<[string, string], ReadoutRow>(
      'SELECT * FROM readouts WHERE feed_url = ? AND item_key = ?',
    ),
    getReadout: db.prepare<[number], ReadoutRow>('SELECT * FROM readouts WHERE id = ?'),
    insertReadout: db.prepare(
      `INSERT INTO readouts (feed_url, item_key, link, item_published_at, item_title, item_summary, data, relation,
         event_date, partial, page_attempts, last_page_error, announce, held_back, created_at, updated_at)
       VALUES (@feedUrl, @itemKey, @link, @itemPublishedAt, @itemTitle, @itemSummary, @data, @relation,
         @eventDate, @partial, @pageAttempts, @lastPageError, @announce, @heldBack, @now, @now)
       ON CONFLICT (feed_url, item_key) DO NOTHING`,
    ),
    updateReadout: db.prepare(
      `UPDATE readouts SET data = @data, relation = @relation, event_date = @eventDate, held_back = @heldBack,
         partial = @partial, page_attempts = @pageAttempts, last_page_error = @lastPageError, updated_at = @now WHERE id = @id`,
    ),
    listPartial: db.prepare<[string, number], ReadoutRow>(
      'SELECT * FROM readouts WHERE feed_url = ? AND partial = 1 AND page_attempts < ? ORDER BY id',
    ),
    latestByRelation: db.prepare<[string, number], ReadoutRow>(
      `SELECT * FROM readouts WHERE relation = ?
       ORDER BY event_date DESC, COALESCE(item_published_at, created_at) DESC, id DESC LIMIT ?`,
    ),
    countReadouts: db.prepare<[], { n: number }>('SELECT COUNT(*) AS n FROM readouts'),
    planPost: db.prepare(
      `INSERT INTO posts (readout_id, channel, status, attempts, created_at, hold) VALUES (?, ?, 'planned', 0, ?, ?)
       ON CONFLICT (readout_id, channel) DO NOTHING`,
    ),
    // Fresh posts, posts held for a digest and posts in one are never posted one by one.
    // A channel parked beyond the given instant (parking.ts, notResting) is left out; null leaves none out.
    pendingPosts: db.prepare<[string | null, number], PostRow>(
      `SELECT * FROM posts WHERE status = 'planned' AND hold IS NULL AND digest_id IS NULL
         AND NOT EXISTS (SELECT 1 FROM channel_problems c WHERE c.channel = posts.channel AND c.next_try_at > ?)
       ORDER BY id LIMIT ?`,
    ),
    markPosted: db.prepare(
      "UPDATE posts SET status = 'posted', ts = ?, posted_at = ?, last_error = NULL WHERE id = ?",
    ),
    markPostFailed: db.prepare('UPDATE posts SET attempts = attempts + 1, last_error = ? WHERE id = ?'),
    postsFor: db.prepare<[number], PostRow>('SELECT * FROM posts WHERE readout_id = ? ORDER BY id'),
    // A readout posted inside a digest is a line there, not a message of its own to edit.
    requestUpdates: db.prepare(
      "UPDATE posts SET needs_update = 1 WHERE readout_id = ? AND status = 'posted' AND digest_id IS NULL",
    ),
    pendingUpdates: db.prepare<[string | null, number], PostRow>(
      `SELECT * FROM posts WHERE needs_update = 1 AND status = 'posted'
         AND NOT EXISTS (SELECT 1 FROM channel_problems c WHERE c.channel = posts.channel AND c.next_try_at > ?)
       ORDER BY id LIMIT ?`,
    ),
    markUpdated: db.prepare('UPDATE posts SET needs_update = 0, last_error = NULL WHERE id = ?'),
    latestReadouts: db.prepare<[number], ReadoutRow>(
      'SELECT * FROM readouts ORDER BY event_date DESC, id DESC LIMIT ?',
    ),
    findByUrl: db.prepare<string[], ReadoutRow>(
      `SELECT * FROM readouts WHERE link IN (?, ?, ?, ?) OR json_extract(data, '$.url') IN (?, ?, ?, ?)
       ORDER BY id DESC LIMIT 1`,
    ),
    relationForStats: db.prepare<[string, string, string], ReadoutRow>(
      'SELECT * FROM readouts WHERE relation = ? AND event_date >= ? AND event_date <= ? ORDER BY event_date, id',
    ),
    countryForStats: db.prepare<[string, string, string, string, string, string], ReadoutRow>(
      `SELECT * FROM readouts WHERE (relation = ? OR relation LIKE ? OR relation LIKE ? OR relation LIKE ?)
       AND event_date >= ? AND event_date <= ?
       ORDER BY event_date, id`,
    ),
    byRelationBetween: db.prepare<[string, string, string, number], ReadoutRow>(
      `SELECT * FROM readouts WHERE relation = ? AND event_date >= ? AND event_date <= ?
       ORDER BY event_date DESC, id DESC LIMIT ?`,
    ),
    ftsDelete: db.prepare('DELETE FROM readouts_fts WHERE rowid = ?'),
    ftsInsert: db.prepare(
      'INSERT INTO readouts_fts (rowid, title, participants, points) VALUES (?, ?, ?, ?)',
    ),
    // Ranked on the index alone, then the few best rows read with their snippets: joining and
    // snippeting every match first made a common word cost ~200 ms on 50,000 readouts.
    // Only the newest matches are ranked: a word found in most readouts ("cooperation") would
    // otherwise be scored 50,000 times to pick ten. bm25 ranks well among a few thousand.
    searchRank: db.prepare<[string, number], { id: number; score: number }>(
      `SELECT rowid AS id, bm25(readouts_fts, 4.0, 2.0, 1.0) AS score FROM readouts_fts
       WHERE readouts_fts MATCH ? ORDER BY rowid DESC LIMIT ?`,
    ),
    searchRow: db.prepare<[string, number], ReadoutRow & { snippet: string }>(
      `SELECT r.*, snippet(readouts_fts, -1, char(1), char(2), '…', 14) AS snippet
       FROM readouts_fts JOIN readouts r ON r.id = readouts_fts.rowid
       WHERE readouts_fts MATCH ? AND readouts_fts.rowid = ?`,
    ),
    withPerson: db.prepare<[string, number], ReadoutRow>(
      `SELECT r.* FROM readouts_fts JOIN readouts r ON r.id = readouts_fts.rowid
       WHERE readouts_fts MATCH ? ORDER BY r.event_date DESC, r.id DESC LIMIT ?`,
    ),
    addSubscription: db.prepare(
      `INSERT INTO subscriptions (channel, target, kind, level, created_by, created_at)
       VALUES (@channel, @target, @kind, @level, @createdBy, @now) ON CONFLICT DO NOTHING`,
    ),
    removeSubscription: db.prepare(
      'DELETE FROM subscriptions WHERE channel = @channel AND target = @target AND kind = @kind AND level = @level',
    ),
    listSubscriptions: db.prepare<[], SubscriptionRow>('SELECT * FROM subscriptions ORDER BY channel, id'),
    listChannelSubscriptions: db.prepare<[string], SubscriptionRow>(
      'SELECT * FROM subscriptions WHERE channel = ? ORDER BY id',
    ),
  };

  /** Keeps the search index in step with a readout (same transaction as the write). */
  const index = (id: number, readout: Readout) => {
    q.ftsDelete.run(id);
    const text = searchText(readout);
    q.ftsInsert.run(id, text.title, text.participants, text.points);
  };
  /** An FTS5 query in which every word is a quoted term: user input is never FTS syntax. */
  const terms = (words: string[]) => words.map((w) => `"${w.replace(/"/g, '""')}"`).join(' AND ');

  const readoutParams = (r: Pick<StoredReadout, 'readout'>) => ({
    data: JSON.stringify(r.readout),
    relation: r.readout.relation,
    eventDate: r.readout.date,
    heldBack: isPosted(r.readout) ? 0 : 1,
  });

  // A readout and its search entry are written in one transaction.
  const insertIndexed = db.transaction((r: NewReadout) => {
    const result = q.insertReadout.run({
      feedUrl: r.feedUrl,
      itemKey: r.itemKey,
      link: r.link,
      itemPublishedAt: r.itemPublishedAt,
      itemTitle: r.itemTitle,
      itemSummary: r.itemSummary,
      partial: r.partial ? 1 : 0,
      pageAttempts: r.pageAttempts,
      lastPageError: r.lastPageError,
      announce: r.announce ? 1 : 0,
      now: now(),
      ...readoutParams(r),
    });
    const row = q.findReadout.get(r.feedUrl, r.itemKey) as ReadoutRow;
    if (result.changes === 1) index(row.id, r.readout);
    return { readout: toReadout(row), created: result.changes === 1 };
  });
  const updateIndexed = db.transaction(
    (id: string, change: Pick<StoredReadout, 'readout' | 'partial' | 'pageAttempts' | 'lastPageError'>) => {
      q.updateReadout.run({
        id: Number(id),
        partial: change.partial ? 1 : 0,
        pageAttempts: change.pageAttempts,
        lastPageError: change.lastPageError,
        now: now(),
        ...readoutParams(change),
      });
      index(Number(id), change.readout);
    },
  );

  const sql = sqliteSql(db, now);
  const store: Store = {
    ...installations(sql),
    ...sending(sql),
    async getFeed(url) {
      const row = q.getFeed.get(url);
      return row ? toFeed(row) : null;
    },
    async saveFeed(state) {
      q.saveFeed.run(state);
    },
    async listFeeds() {
      return q.listFeeds.all().map(toFeed);
    },
    async findReadout(feedUrl, itemKey) {
      const row = q.findReadout.get(feedUrl, itemKey);
      return row ? toReadout(row) : null;
    },
    async getReadout(id) {
      const n = Number(id);
      if (!Number.isSafeInteger(n)) return null;
      const row = q.getReadout.get(n);
      return row ? toReadout(row) : null;
    },
    async insertReadout(r: NewReadout) {
      return insertIndexed(r);
    },
    async updateReadout(id, change) {
      updateIndexed(id, change);
    },
    async listPartial(feedUrl, maxAttempts) {
      return q.listPartial.all(feedUrl, maxAttempts).map(toReadout);
    },
    async latestByRelation(relation, limit) {
      return q.latestByRelation.all(relation, limit).map(toReadout);
    },
    async countReadouts() {
      return q.countReadouts.get()?.n ?? 0;
    },
    async planPost(readoutId, channel, options) {
      return q.planPost.run(Number(readoutId), channel, now(), options?.fresh ? 'new' : null).changes === 1;
    },
    async pendingPosts(limit, options) {
      return q.pendingPosts.all(options?.restingAt ?? null, limit).map(toPost);
    },
    async markPosted(postId, ts) {
      q.markPosted.run(ts, now(), postId);
    },
    async markPostFailed(postId, error) {
      q.markPostFailed.run(error.slice(0, 500), postId);
    },
    async requestUpdates(readoutId) {
      return q.requestUpdates.run(Number(readoutId)).changes;
    },
    async pendingUpdates(limit, options) {
      return q.pendingUpdates.all(options?.restingAt ?? null, limit).map(toPost);
    },
    async markUpdated(postId) {
      q.markUpdated.run(postId);
    },
    async latestReadouts(limit) {
      return q.latestReadouts.all(limit).map(toReadout);
    },
    async findByUrl(url) {
      // The same page as http or https, with or without the final slash.
      const bare = url.replace(/^https?:\/\//i, '').replace(/\/$/, '');
      const forms = [`https://${bare}`, `http://${bare}`, `https://${bare}/`, `http://${bare}/`];
      const row = q.findByUrl.get(...forms, ...forms);
      return row ? toReadout(row) : null;
    },
    async byRelationBetween(relation, from, to, limit) {
      return q.byRelationBetween.all(relation, from, to, limit).map(toReadout);
    },
    async readoutsForStats(target, from, to) {
      if ('relation' in target) return q.relationForStats.all(target.relation, from, to).map(toReadout);
      const [a, b, c, d] = statsRelationPatterns(target) as [string, string, string, string];
      return q.countryForStats
        .all(a, b, c, d, from, to)
        .map(toReadout)
        .filter((row) => keepForStats(target, row));
    },
    async searchReadouts(words, limit) {
      if (words.length === 0) return [];
      const query = terms(words);
      const best = q.searchRank
        .all(query, SEARCH_RANKED)
        .sort((a, b) => a.score - b.score || b.id - a.id)
        .slice(0, limit);
      return best.flatMap(({ id }) => {
        const row = q.searchRow.get(query, id);
        return row ? [{ stored: toReadout(row), snippet: row.snippet }] : [];
      });
    },
    async readoutsWithPerson(words, limit) {
      if (words.length === 0) return [];
      return q.withPerson.all(`{participants} : (${terms(words)})`, limit).map(toReadout);
    },
    async addSubscription(sub) {
      const r = q.addSubscription.run({
        channel: sub.channel,
        target: sub.target,
        kind: sub.kind ?? '',
        level: sub.level ?? '',
        createdBy: sub.createdBy,
        now: now(),
      });
      return r.changes === 1;
    },
    async removeSubscription(sub) {
      const r = q.removeSubscription.run({
        channel: sub.channel,
        target: sub.target,
        kind: sub.kind ?? '',
        level: sub.level ?? '',
      });
      return r.changes > 0;
    },
    async listSubscriptions(channel) {
      return (channel ? q.listChannelSubscriptions.all(channel) : q.listSubscriptions.all()).map(
        toSubscription,
      );
    },
    async postsFor(readoutId) {
      return q.postsFor.all(Number(readoutId)).map(toPost);
    },
    ...digests(sql),
    async close() {
      if (db.open) db.close();
    },
    ...createThreadMethods(db, now, { updateIndexed, insertIndexed, toPost, toReadout }),
    ...threadNotes(sql),
    ...feedSources(sql),
    ...leases(sql, () => clock().getTime()),
    ...feedHealth(sql),
    ...parking(sql),
    ...heldBack(sql),
    ...readoutSummaries(sql),
  };
  return relaxPollWrites(db, store);
}
