import type { Compilable, Selectable } from 'kysely';
import type { Readout } from '../readout/types.js';
import { type Database, isSet } from './schema.js';
import type { Sql } from './sql.js';
import type { Post, StoredReadout } from './store.js';

/** The readout columns every query returns (not PostgreSQL's search vectors). */
export const READOUT_COLUMNS = [
  'id',
  'feed_url',
  'item_key',
  'link',
  'item_published_at',
  'item_title',
  'item_summary',
  'data',
  'partial',
  'page_attempts',
  'last_page_error',
  'announce',
  'created_at',
  'updated_at',
] as const;

type ReadoutColumn = (typeof READOUT_COLUMNS)[number];
export type ReadoutRow = Pick<Selectable<Database['readouts']>, ReadoutColumn>;

/** The same columns of a readout aliased `r`, for joins. */
export const R_COLUMNS = READOUT_COLUMNS.map((c) => `r.${c}` as const) as readonly `r.${ReadoutColumn}`[];

/** A readout row from either database: `data` is JSON text on SQLite, parsed JSONB on PostgreSQL. */
export function toReadout(row: ReadoutRow): StoredReadout {
  return {
    id: String(row.id),
    feedUrl: row.feed_url,
    itemKey: row.item_key,
    link: row.link,
    itemPublishedAt: row.item_published_at,
    itemTitle: row.item_title,
    itemSummary: row.item_summary,
    readout: (typeof row.data === 'string' ? JSON.parse(row.data) : row.data) as Readout,
    partial: isSet(row.partial),
    pageAttempts: Number(row.page_attempts),
    lastPageError: row.last_page_error,
    announce: isSet(row.announce),
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

export function toPost(row: Selectable<Database['posts']>): Post {
  return {
    id: Number(row.id),
    readoutId: String(row.readout_id),
    channel: row.channel,
    status: row.status,
    ts: row.ts,
    attempts: Number(row.attempts),
    lastError: row.last_error,
    needsUpdate: isSet(row.needs_update),
    threadOf: row.thread_of === null ? null : Number(row.thread_of),
    sendingAt: row.sending_at ?? null,
  };
}

/** What a message posted to Slack records (a post, a thread note, a digest): its ts, when, no error. */
export const postedRow = (ts: string, at: string) => ({
  status: 'posted' as const,
  ts,
  posted_at: at,
  last_error: null,
});

/** A query's rows through a mapper: `list` every row, `one` the first or null. */
export function mapped<Row, T>({ all, first }: Pick<Sql, 'all' | 'first'>, to: (row: Row) => T) {
  return {
    list: async (query: Compilable<Row>) => (await all(query)).map(to),
    async one(query: Compilable<Row>) {
      const row = await first(query);
      return row ? to(row) : null;
    },
  };
}
