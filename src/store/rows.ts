import type { Compilable, Selectable } from 'kysely';
import type { Readout } from '../readout/types.js';
import { type Database, isSet } from './schema.js';
import type { Sql } from './sql.js';

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

/**
 * One feed item turned into a readout, as stored; its row from either database (`data` is JSON
 * text on SQLite, parsed JSONB on PostgreSQL).
 */
export function toReadout(row: ReadoutRow) {
  return {
    /** Stable id, a string: it goes into Slack message metadata. */
    id: String(row.id),
    feedUrl: row.feed_url,
    /** The item's identity inside its feed: guid, else link. */
    itemKey: row.item_key,
    /** The page the item links to. */
    link: row.link,
    /** The feed item's own date (ISO instant) when it has one. */
    itemPublishedAt: row.item_published_at,
    /** The feed item's title and summary, kept for a partial readout. */
    itemTitle: row.item_title,
    itemSummary: row.item_summary,
    readout: (typeof row.data === 'string' ? JSON.parse(row.data) : row.data) as Readout,
    /** True while the page has not been fetched and parsed. */
    partial: isSet(row.partial),
    pageAttempts: Number(row.page_attempts),
    lastPageError: row.last_page_error,
    /** Whether the readout is to be posted (false for items older than the first-poll window). */
    announce: isSet(row.announce),
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

/** A readout's post to one channel, planned, then posted and kept up to date. */
export function toPost(row: Selectable<Database['posts']>) {
  return {
    id: Number(row.id),
    readoutId: String(row.readout_id),
    channel: row.channel,
    status: row.status,
    ts: row.ts,
    attempts: Number(row.attempts),
    lastError: row.last_error,
    /** A posted message whose readout changed since (a partial one completed): to be edited in place. */
    needsUpdate: isSet(row.needs_update),
    /** The post whose thread this one replies in (another government's readout of the same event). */
    threadOf: row.thread_of === null ? null : Number(row.thread_of),
    /**
     * When an attempt to post it began that has no answer on record (a crash, a timeout, a lost
     * answer), else null: such a post is first looked for in Slack before it is posted again.
     */
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
