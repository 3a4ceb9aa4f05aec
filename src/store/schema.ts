import type { ColumnType, Generated } from 'kysely';

/**
 * The tables as both databases hold them (migrations.ts), for Kysely: each query is written
 * once against this type and runs on either dialect. Where the two store a column differently
 * the type says both:
 * - `Flag`: SQLite has no boolean (0/1), PostgreSQL has BOOLEAN; write `true`/`false` (sql.ts
 *   binds them as 1/0 on SQLite; every flag has a default, so an insert may leave it out), read
 *   with `isSet`.
 * - ids: INTEGER on SQLite, BIGSERIAL on PostgreSQL (node-postgres gives a string); read with
 *   `Number` or `String`. `IdRef`, a reference to a row's id, is written as either.
 */
export type Flag = ColumnType<boolean | number, boolean | undefined, boolean>;
export type IdRef = ColumnType<number | string, number | string, number | string>;

/** A stored flag as a boolean, whichever database it came from. */
export const isSet = (v: boolean | number | null | undefined): boolean => v === true || v === 1;

export type Database = {
  feeds: {
    url: string;
    etag: string | null;
    last_modified: string | null;
    first_polled_at: string | null;
    last_fetched_at: string | null;
    last_success_at: string | null;
    last_status: number | null;
    last_error: string | null;
    consecutive_errors: Generated<number>;
  };
  readouts: {
    id: Generated<number | string>;
    feed_url: string;
    item_key: string;
    link: string;
    item_published_at: string | null;
    item_title: string | null;
    item_summary: string | null;
    /** JSON text on SQLite, JSONB on PostgreSQL. */
    data: unknown;
    relation: string | null;
    event_date: string | null;
    partial: Flag;
    page_attempts: Generated<number>;
    last_page_error: string | null;
    announce: Flag;
    created_at: string;
    updated_at: string;
    planned_at: string | null;
    /** A page that is not a readout: stored, never posted (SQLite migration 17, PostgreSQL 13). */
    held_back: Flag;
    /** PostgreSQL only: the search vectors (search.ts); SQLite keeps them in `readouts_fts`. */
    search: Generated<unknown>;
    person: Generated<unknown>;
  };
  /** SQLite only: the FTS5 index of readouts (search.ts). */
  readouts_fts: { rowid: IdRef; title: string; participants: string; points: string };
  posts: {
    id: Generated<number | string>;
    readout_id: IdRef;
    channel: string;
    status: 'planned' | 'posted';
    ts: string | null;
    attempts: Generated<number>;
    last_error: string | null;
    needs_update: Flag;
    created_at: string;
    posted_at: string | null;
    thread_of: IdRef | null;
    sending_at: string | null;
    hold: 'new' | 'digest' | null;
    digest_id: IdRef | null;
  };
  subscriptions: {
    id: Generated<number | string>;
    channel: string;
    target: string;
    kind: Generated<string>;
    level: Generated<string>;
    created_by: string | null;
    created_at: string;
    /** Words a readout must have for the channel (SQLite migration 20, PostgreSQL 16); '' none. */
    words: Generated<string>;
  };
  /** `/readout watch` (SQLite migration 20, PostgreSQL 16). */
  watches: {
    id: Generated<number | string>;
    user_id: string;
    /** The words, lower case, one space apart. */
    words: string;
    /** A relation slug, or '' for any. */
    relation: Generated<string>;
    /** The words as this database's full-text query (search.ts). */
    query: string;
    /** Unused since the watches are matched in memory (kept: a released migration made it). */
    key: Generated<string>;
    created_at: string;
    /** When Slack refused the person's direct message (SQLite 23, PostgreSQL 19); null: active. */
    paused_at: string | null;
    /** Slack's error then (`user_not_found` …). */
    paused_why: string | null;
    /** PostgreSQL only (migration 19): `query` as a tsquery, worked out when the watch is added. */
    tsq: string | null;
  };
  /** A readout a person was sent for a watch: once per person and readout. */
  watch_hits: {
    user_id: string;
    readout_id: IdRef;
    words: string;
    created_at: string;
  };
  channel_problems: {
    channel: string;
    error: string;
    since: string;
    next_try_at: string | null;
    tries: Generated<number>;
  };
  installations: {
    id: string;
    team_id: string | null;
    enterprise_id: string | null;
    is_enterprise_install: Flag;
    bot_token: string;
    bot_user_id: string | null;
    data: string;
    installed_at: string;
    updated_at: string;
  };
  channel_teams: {
    channel: string;
    team_id: string;
    enterprise_id: string | null;
    seen_at: string;
  };
  page_checks: {
    readout_id: IdRef;
    item_hash: string | null;
    etag: string | null;
    last_modified: string | null;
    content_hash: string | null;
    checked_at: string;
  };
  thread_notes: {
    id: Generated<number | string>;
    post_id: IdRef;
    text: string;
    status: Generated<'planned' | 'sending' | 'posted'>;
    ts: string | null;
    attempts: Generated<number>;
    last_error: string | null;
    created_at: string;
    posted_at: string | null;
    /** A context reply: the earlier readout it names (SQLite 21, PostgreSQL 17); null for a change note. */
    context_of: Generated<number | string | null>;
  };
  digest_settings: {
    channel: string;
    target: Generated<string>;
    period: 'daily' | 'weekly';
    since: string;
    created_by: string | null;
  };
  digests: {
    id: Generated<number | string>;
    channel: string;
    kind: 'daily' | 'weekly' | 'burst';
    target: Generated<string>;
    period_key: string;
    status: 'planned' | 'posted' | 'empty';
    ts: string | null;
    attempts: Generated<number>;
    last_error: string | null;
    sending_at: string | null;
    created_at: string;
    posted_at: string | null;
  };
  feed_sources: {
    url: string;
    kind: 'rss' | 'rdf' | 'atom' | 'html';
    link_pattern: string | null;
    title: string | null;
    added_by: string | null;
    added_at: string;
  };
  feed_content: {
    url: string;
    kind: string;
    title: string | null;
    items: number;
    seen_at: string;
    new_item_at: string | null;
  };
  feed_health: {
    url: string;
    next_attempt_at: string | null;
    disabled_at: string | null;
    disabled_reason: string | null;
    moved_to: string | null;
    alerted_error: string | null;
  };
  feed_alerts: {
    id: Generated<number | string>;
    feed_url: string;
    text: string;
    status: Generated<'pending' | 'sending' | 'sent' | 'logged'>;
    ts: string | null;
    attempts: Generated<number>;
    last_error: string | null;
    claimed_at: string | null;
    created_at: string;
    sent_at: string | null;
  };
  /**
   * Leases keep time differently (leases.ts): SQLite in the app's milliseconds (`until_ms`),
   * PostgreSQL in the database's own time (`until`, TIMESTAMPTZ). Each store has one of the two.
   */
  leases: {
    key: string;
    owner: string;
    until_ms: number;
    until: unknown;
  };
  /** One per readout, for the stats (SQLite migration 19, PostgreSQL 15; readout-summaries.ts). */
  readout_summaries: {
    readout_id: IdRef;
    relation: string | null;
    event_date: string;
    doc_type: string;
    kind: string;
    level: string;
    duration: number | null;
    countries: string;
    principals: string;
  };
  /** The principals of a summarized readout, one row per person (same migrations). */
  readout_people: {
    readout_id: IdRef;
    relation: string | null;
    event_date: string;
    doc_type: string;
    countries: string;
    key: string;
    name: string;
    country: string | null;
  };
  /** Readouts stored or changed since their summary was made (filled by triggers). */
  summary_queue: {
    readout_id: IdRef;
    relation: string | null;
  };
  /** The key terms of a readout's key points (`termsOf`), beside its summary row. */
  readout_terms: {
    readout_id: IdRef;
    terms: string;
  };
  /** The Home tab's chart of a relation, as last uploaded to a workspace (same migrations). */
  home_charts: {
    team: string;
    relation: string;
    month: string;
    signature: string;
    file_id: string;
  };
};
