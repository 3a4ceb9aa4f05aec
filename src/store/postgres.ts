import { createRequire } from 'node:module';
import type PgModule from 'pg';
import { ReadoutError } from '../errors.js';
import { isPosted } from '../readout/posting.js';
import type { Readout } from '../readout/types.js';
import { digests } from './digests.js';
import { feedHealth } from './feed-health.js';
import { feedSources } from './feed-sources.js';
import { heldBack } from './held-back.js';
import { installations } from './installations.js';
import { leases } from './leases.js';
import { parking } from './parking.js';
import { POSTGRES_MIGRATIONS } from './postgres-migrations.js';
import { postgresThreads } from './postgres-threads.js';
import { readoutSummaries } from './readout-summaries.js';
import { SEARCH_RANKED, searchText } from './search-text.js';
import { sending } from './sending.js';
import { postgresSql } from './sql.js';
import { keepForStats, statsRelationPatterns } from './stats-query.js';
import type { FeedState, NewReadout, Post, Store, StoredReadout, Subscription } from './store.js';
import { threadNotes } from './thread-notes.js';

// pg is loaded when a PostgreSQL store is opened: an SQLite app never holds it (~3 MB of heap).
// Its ESM entry re-exports this same CommonJS module.
const require = createRequire(import.meta.url);

export type Row = Record<string, unknown>;
/** A parameterised query on the pool (after migrations), or inside one transaction. */
export type PgQuery = (sql: string, params?: unknown[]) => Promise<Row[]>;
/** What the PostgreSQL sub-stores (one per feature) run their statements with. */
export type PgExec = {
  q: PgQuery;
  tx: <T>(work: (query: PgQuery) => Promise<T>) => Promise<T>;
  now: () => string;
};

/** A fixed key for the advisory lock that lets one instance at a time migrate. */
const MIGRATION_LOCK = 0x52_45_41_44; // "READ"

/** A nullable column as a string. */
export const str = (v: unknown): string | null => (v === null || v === undefined ? null : String(v));

export function toReadout(row: Row): StoredReadout {
  return {
    id: String(row.id),
    feedUrl: String(row.feed_url),
    itemKey: String(row.item_key),
    link: String(row.link),
    itemPublishedAt: str(row.item_published_at),
    itemTitle: str(row.item_title),
    itemSummary: str(row.item_summary),
    readout: row.data as Readout,
    partial: row.partial === true,
    pageAttempts: Number(row.page_attempts),
    lastPageError: str(row.last_page_error),
    announce: row.announce === true,
    createdAt: String(row.created_at),
    updatedAt: String(row.updated_at),
  };
}

function toFeed(row: Row): FeedState {
  return {
    url: String(row.url),
    etag: str(row.etag),
    lastModified: str(row.last_modified),
    firstPolledAt: str(row.first_polled_at),
    lastFetchedAt: str(row.last_fetched_at),
    lastSuccessAt: str(row.last_success_at),
    lastStatus: row.last_status === null ? null : Number(row.last_status),
    lastError: str(row.last_error),
    consecutiveErrors: Number(row.consecutive_errors),
  };
}

export function toPost(row: Row): Post {
  return {
    id: Number(row.id),
    readoutId: String(row.readout_id),
    channel: String(row.channel),
    status: row.status as Post['status'],
    ts: str(row.ts),
    attempts: Number(row.attempts),
    lastError: str(row.last_error),
    needsUpdate: row.needs_update === true,
    threadOf: row.thread_of === null || row.thread_of === undefined ? null : Number(row.thread_of),
    sendingAt: str(row.sending_at),
  };
}

function toSubscription(row: Row): Subscription {
  return {
    id: Number(row.id),
    channel: String(row.channel),
    target: String(row.target),
    kind: (row.kind || null) as Subscription['kind'],
    level: (row.level || null) as Subscription['level'],
    createdBy: str(row.created_by),
  };
}

/** The readout columns every query returns (not the search vectors). */
export const READOUT_COLUMNS = `id, feed_url, item_key, link, item_published_at, item_title, item_summary, data,
  partial, page_attempts, last_page_error, announce, created_at, updated_at`;
/** The same columns of a readout aliased `r`, for joins. */
export const readoutCols = READOUT_COLUMNS.split(',')
  .map((c) => `r.${c.trim()}`)
  .join(', ');

/** The search vector, weighted as SQLite's bm25 weights: title, then participants, then points. */
const searchVector = (t: number, p: number, k: number) =>
  `setweight(to_tsvector('simple', $${t}), 'A') || setweight(to_tsvector('simple', $${p}), 'B') || setweight(to_tsvector('simple', $${k}), 'C')`;

/** Words as a tsquery in which every word must match; user input never becomes tsquery syntax. */
function tsquery(words: string[]): string {
  return words
    .map((w) =>
      w
        .toLowerCase()
        .replace(/[^\p{L}\p{N}]+/gu, ' ')
        .trim(),
    )
    .flatMap((w) => w.split(' '))
    .filter(Boolean)
    .map((w) => `'${w}'`)
    .join(' & ');
}

/** Replaces a readout's facts and search vectors (on the pool, or inside a transaction). */
export async function updateReadoutWith(
  query: PgQuery,
  at: string,
  id: string,
  change: Pick<StoredReadout, 'readout' | 'partial' | 'pageAttempts' | 'lastPageError'>,
): Promise<void> {
  const text = searchText(change.readout);
  await query(
    `UPDATE readouts SET data = $2, relation = $3, event_date = $4, partial = $5, page_attempts = $6,
       last_page_error = $7, updated_at = $8, search = ${searchVector(9, 10, 11)},
       person = to_tsvector('simple', $10), held_back = $12 WHERE id = $1`,
    [
      id,
      JSON.stringify(change.readout),
      change.readout.relation,
      change.readout.date,
      change.partial,
      change.pageAttempts,
      change.lastPageError,
      at,
      text.title,
      text.participants,
      text.points,
      !isPosted(change.readout),
    ],
  );
}

export type PostgresOptions = {
  /** A schema to use instead of `public` (created when missing): one per test run. */
  schema?: string;
  clock?: () => Date;
  /** Pool size; each instance holds at most this many connections. */
  max?: number;
};

/**
 * The PostgreSQL store: the same interface and guarantees as the SQLite one, for several
 * instances sharing one database. Migrations run on first use, under an advisory lock, so
 * instances that start together migrate once. Every statement is parameterised.
 */
export function openPostgresStore(url: string, options: PostgresOptions = {}): Store {
  const clock = options.clock ?? (() => new Date());
  const now = () => clock().toISOString();
  const schema = options.schema;
  if (schema && !/^[a-z_][a-z0-9_]*$/.test(schema))
    throw new ReadoutError('CONFIG_INVALID', `invalid schema name ${schema}`);
  const pg = require('pg') as typeof PgModule;
  const pool = new pg.Pool({ connectionString: url, max: options.max ?? 5 });
  // A connection error of an idle client must not crash the process; queries report their own.
  pool.on('error', () => undefined);
  if (schema) {
    pool.on('connect', (client) => {
      client.query(`SET search_path TO ${schema}`).catch(() => undefined);
    });
  }

  const migrate = async (): Promise<void> => {
    const client = await pool.connect();
    try {
      if (schema) {
        await client.query(`CREATE SCHEMA IF NOT EXISTS ${schema}`);
        await client.query(`SET search_path TO ${schema}`);
      }
      await client.query('BEGIN');
      await client.query('SELECT pg_advisory_xact_lock($1)', [MIGRATION_LOCK]);
      await client.query(
        'CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, applied_at TEXT NOT NULL)',
      );
      const { rows } = await client.query<{ version: number }>('SELECT version FROM schema_migrations');
      const applied = new Set(rows.map((r) => r.version));
      for (const migration of POSTGRES_MIGRATIONS) {
        if (applied.has(migration.version)) continue;
        try {
          await client.query(migration.sql);
          await client.query('INSERT INTO schema_migrations (version, applied_at) VALUES ($1, $2)', [
            migration.version,
            new Date().toISOString(),
          ]);
        } catch (cause) {
          throw new ReadoutError('STORE_MIGRATION', `migration ${migration.version} failed`, { cause });
        }
      }
      await client.query('COMMIT');
    } catch (error) {
      await client.query('ROLLBACK').catch(() => undefined);
      throw error;
    } finally {
      client.release();
    }
  };
  let ready: Promise<void> | null = null;
  const q = async (sql: string, params: unknown[] = []): Promise<Row[]> => {
    ready ??= migrate();
    await ready;
    return (await pool.query(sql, params)).rows as Row[];
  };
  /** Runs work in one transaction on one connection. */
  const tx = async <T>(work: (query: (sql: string, params?: unknown[]) => Promise<Row[]>) => Promise<T>) => {
    ready ??= migrate();
    await ready;
    const client = await pool.connect();
    try {
      await client.query('BEGIN');
      const result = await work(async (sql, params = []) => (await client.query(sql, params)).rows as Row[]);
      await client.query('COMMIT');
      return result;
    } catch (error) {
      await client.query('ROLLBACK').catch(() => undefined);
      throw error;
    } finally {
      client.release();
    }
  };

  const vectorParams = (readout: Readout) => {
    const t = searchText(readout);
    return [t.title, t.participants, t.points];
  };

  const exec: PgExec = { q, tx, now };
  const sql = postgresSql(async () => {
    ready ??= migrate();
    await ready;
    return pool;
  }, now);
  return {
    ...installations(sql),
    ...postgresThreads(exec),
    ...threadNotes(sql),
    ...sending(sql),
    ...digests(sql),
    ...feedSources(sql),
    ...leases(sql),
    ...feedHealth(sql),
    ...parking(sql),
    ...heldBack(sql),
    ...readoutSummaries(sql),
    async getFeed(url) {
      const [row] = await q('SELECT * FROM feeds WHERE url = $1', [url]);
      return row ? toFeed(row) : null;
    },
    async saveFeed(s) {
      await q(
        `INSERT INTO feeds (url, etag, last_modified, first_polled_at, last_fetched_at, last_success_at, last_status, last_error, consecutive_errors)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)
         ON CONFLICT (url) DO UPDATE SET etag = excluded.etag, last_modified = excluded.last_modified,
           first_polled_at = excluded.first_polled_at, last_fetched_at = excluded.last_fetched_at,
           last_success_at = excluded.last_success_at, last_status = excluded.last_status,
           last_error = excluded.last_error, consecutive_errors = excluded.consecutive_errors`,
        [
          s.url,
          s.etag,
          s.lastModified,
          s.firstPolledAt,
          s.lastFetchedAt,
          s.lastSuccessAt,
          s.lastStatus,
          s.lastError,
          s.consecutiveErrors,
        ],
      );
    },
    async listFeeds() {
      return (await q('SELECT * FROM feeds ORDER BY url')).map(toFeed);
    },
    async findReadout(feedUrl, itemKey) {
      const [row] = await q(`SELECT ${READOUT_COLUMNS} FROM readouts WHERE feed_url = $1 AND item_key = $2`, [
        feedUrl,
        itemKey,
      ]);
      return row ? toReadout(row) : null;
    },
    async getReadout(id) {
      if (!/^\d{1,18}$/.test(id)) return null;
      const [row] = await q(`SELECT ${READOUT_COLUMNS} FROM readouts WHERE id = $1`, [id]);
      return row ? toReadout(row) : null;
    },
    async insertReadout(r: NewReadout) {
      const at = now();
      const inserted = await q(
        `INSERT INTO readouts (feed_url, item_key, link, item_published_at, item_title, item_summary, data, relation,
           event_date, partial, page_attempts, last_page_error, announce, created_at, updated_at, search, person,
           held_back)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $14,
           ${searchVector(15, 16, 17)}, to_tsvector('simple', $16), $18)
         ON CONFLICT (feed_url, item_key) DO NOTHING RETURNING ${READOUT_COLUMNS}`,
        [
          r.feedUrl,
          r.itemKey,
          r.link,
          r.itemPublishedAt,
          r.itemTitle,
          r.itemSummary,
          JSON.stringify(r.readout),
          r.readout.relation,
          r.readout.date,
          r.partial,
          r.pageAttempts,
          r.lastPageError,
          r.announce,
          at,
          ...vectorParams(r.readout),
          !isPosted(r.readout),
        ],
      );
      const row = inserted[0];
      if (row) return { readout: toReadout(row), created: true };
      const existing = await this.findReadout(r.feedUrl, r.itemKey);
      if (!existing) throw new ReadoutError('STORE_INVARIANT', `readout ${r.feedUrl} ${r.itemKey} vanished`);
      return { readout: existing, created: false };
    },
    async insertReadouts(rows) {
      // One round trip after another, as before: PostgreSQL commits are not where the time goes.
      const results = [];
      for (const { readout, pageCheck } of rows) {
        const result = await this.insertReadout(readout);
        if (result.created) await this.savePageCheck({ ...pageCheck, readoutId: result.readout.id });
        results.push(result);
      }
      return results;
    },
    async updateReadout(id, change) {
      await updateReadoutWith(q, now(), id, change);
    },
    async listPartial(feedUrl, maxAttempts) {
      return (
        await q(
          `SELECT ${READOUT_COLUMNS} FROM readouts WHERE feed_url = $1 AND partial AND page_attempts < $2 ORDER BY id`,
          [feedUrl, maxAttempts],
        )
      ).map(toReadout);
    },
    async latestByRelation(relation, limit) {
      return (
        await q(
          `SELECT ${READOUT_COLUMNS} FROM readouts WHERE relation = $1
           ORDER BY event_date DESC NULLS LAST, COALESCE(item_published_at, created_at) DESC, id DESC LIMIT $2`,
          [relation, limit],
        )
      ).map(toReadout);
    },
    async countReadouts() {
      const [row] = await q('SELECT COUNT(*) AS n FROM readouts');
      return Number(row?.n ?? 0);
    },
    async planPost(readoutId, channel, options) {
      // A fresh post (the poller's) is sorted before delivery: one by one, a digest, or a burst.
      const rows = await q(
        `INSERT INTO posts (readout_id, channel, status, attempts, created_at, hold) VALUES ($1, $2, 'planned', 0, $3, $4)
         ON CONFLICT (readout_id, channel) DO NOTHING RETURNING id`,
        [readoutId, channel, now(), options?.fresh ? 'new' : null],
      );
      return rows.length === 1;
    },
    async pendingPosts(limit, options) {
      // A channel parked beyond the given instant (parking.ts, notResting) is left out; null leaves none out.
      return (
        await q(
          `SELECT * FROM posts WHERE status = 'planned' AND hold IS NULL AND digest_id IS NULL
             AND NOT EXISTS (SELECT 1 FROM channel_problems c WHERE c.channel = posts.channel AND c.next_try_at > $2)
           ORDER BY id LIMIT $1`,
          [limit, options?.restingAt ?? null],
        )
      ).map(toPost);
    },
    async markPosted(postId, ts) {
      await q(
        "UPDATE posts SET status = 'posted', ts = $1, posted_at = $2, last_error = NULL WHERE id = $3",
        [ts, now(), postId],
      );
    },
    async markPostFailed(postId, error) {
      await q('UPDATE posts SET attempts = attempts + 1, last_error = $1 WHERE id = $2', [
        error.slice(0, 500),
        postId,
      ]);
    },
    async requestUpdates(readoutId) {
      const rows = await q(
        "UPDATE posts SET needs_update = TRUE WHERE readout_id = $1 AND status = 'posted' AND digest_id IS NULL RETURNING id",
        [readoutId],
      );
      return rows.length;
    },
    async pendingUpdates(limit, options) {
      return (
        await q(
          `SELECT * FROM posts WHERE needs_update AND status = 'posted'
             AND NOT EXISTS (SELECT 1 FROM channel_problems c WHERE c.channel = posts.channel AND c.next_try_at > $2)
           ORDER BY id LIMIT $1`,
          [limit, options?.restingAt ?? null],
        )
      ).map(toPost);
    },
    async markUpdated(postId) {
      await q('UPDATE posts SET needs_update = FALSE, last_error = NULL WHERE id = $1', [postId]);
    },
    async postsFor(readoutId) {
      return (await q('SELECT * FROM posts WHERE readout_id = $1 ORDER BY id', [readoutId])).map(toPost);
    },
    async latestReadouts(limit) {
      return (
        await q(
          `SELECT ${READOUT_COLUMNS} FROM readouts ORDER BY event_date DESC NULLS LAST, id DESC LIMIT $1`,
          [limit],
        )
      ).map(toReadout);
    },
    async findByUrl(url) {
      const bare = url.replace(/^https?:\/\//i, '').replace(/\/$/, '');
      const forms = [`https://${bare}`, `http://${bare}`, `https://${bare}/`, `http://${bare}/`];
      const [row] = await q(
        `SELECT ${READOUT_COLUMNS} FROM readouts WHERE link = ANY($1) OR data->>'url' = ANY($1)
         ORDER BY id DESC LIMIT 1`,
        [forms],
      );
      return row ? toReadout(row) : null;
    },
    async byRelationBetween(relation, from, to, limit) {
      return (
        await q(
          `SELECT ${READOUT_COLUMNS} FROM readouts WHERE relation = $1 AND event_date >= $2 AND event_date <= $3
           ORDER BY event_date DESC, id DESC LIMIT $4`,
          [relation, from, to, limit],
        )
      ).map(toReadout);
    },
    async readoutsForStats(target, from, to) {
      if ('relation' in target)
        return (
          await q(
            `SELECT ${READOUT_COLUMNS} FROM readouts WHERE relation = $1 AND event_date >= $2 AND event_date <= $3
             ORDER BY event_date, id`,
            [target.relation, from, to],
          )
        ).map(toReadout);
      return (
        await q(
          `SELECT ${READOUT_COLUMNS} FROM readouts
           WHERE (relation = $1 OR relation LIKE $2 OR relation LIKE $3 OR relation LIKE $4)
           AND event_date >= $5 AND event_date <= $6 ORDER BY event_date, id`,
          [...statsRelationPatterns(target), from, to],
        )
      )
        .map(toReadout)
        .filter((row) => keepForStats(target, row));
    },
    async searchReadouts(words, limit) {
      const query = tsquery(words);
      if (!query) return [];
      // As in SQLite: only the newest matches are ranked, and only the best few get a snippet.
      const rows = await q(
        `WITH recent AS (
           SELECT id, ts_rank(search, to_tsquery('simple', $1), 1) AS score FROM readouts
           WHERE search @@ to_tsquery('simple', $1) ORDER BY id DESC LIMIT $3),
         best AS (SELECT id, score FROM recent ORDER BY score DESC, id DESC LIMIT $2)
         SELECT ${readoutCols},
           ts_headline('simple',
             concat_ws(' ', r.data->>'title', (SELECT string_agg(concat_ws(' ', p->>'name', p->>'title'), ' ')
               FROM jsonb_array_elements(r.data->'participants') p),
               (SELECT string_agg(k->>'text', ' ') FROM jsonb_array_elements(r.data->'keyPoints') k),
               (SELECT string_agg(s, ' ') FROM jsonb_array_elements_text(r.data->'summary') s)),
             to_tsquery('simple', $1),
             'StartSel=' || chr(1) || ', StopSel=' || chr(2) || ', MaxWords=18, MinWords=6, ShortWord=0, MaxFragments=1, FragmentDelimiter=…'
           ) AS snippet
         FROM best JOIN readouts r ON r.id = best.id ORDER BY best.score DESC, r.id DESC`,
        [query, limit, SEARCH_RANKED],
      );
      return rows.map((row) => ({ stored: toReadout(row), snippet: String(row.snippet ?? '') }));
    },
    async readoutsWithPerson(words, limit) {
      const query = tsquery(words);
      if (!query) return [];
      return (
        await q(
          `SELECT ${READOUT_COLUMNS} FROM readouts WHERE person @@ to_tsquery('simple', $1)
           ORDER BY event_date DESC NULLS LAST, id DESC LIMIT $2`,
          [query, limit],
        )
      ).map(toReadout);
    },
    async addSubscription(sub) {
      const rows = await q(
        `INSERT INTO subscriptions (channel, target, kind, level, created_by, created_at)
         VALUES ($1, $2, $3, $4, $5, $6) ON CONFLICT DO NOTHING RETURNING id`,
        [sub.channel, sub.target, sub.kind ?? '', sub.level ?? '', sub.createdBy, now()],
      );
      return rows.length === 1;
    },
    async removeSubscription(sub) {
      const rows = await q(
        'DELETE FROM subscriptions WHERE channel = $1 AND target = $2 AND kind = $3 AND level = $4 RETURNING id',
        [sub.channel, sub.target, sub.kind ?? '', sub.level ?? ''],
      );
      return rows.length > 0;
    },
    async listSubscriptions(channel) {
      const rows = channel
        ? await q('SELECT * FROM subscriptions WHERE channel = $1 ORDER BY id', [channel])
        : await q('SELECT * FROM subscriptions ORDER BY channel, id');
      return rows.map(toSubscription);
    },
    async close() {
      await pool.end().catch(() => undefined);
    },
  };
}
