import {
  POSTGRES_DIGEST_MIGRATION,
  POSTGRES_FEED_HEALTH_MIGRATION,
  POSTGRES_FEED_SOURCES_MIGRATION,
  POSTGRES_PARKING_MIGRATION,
  POSTGRES_SENDING_MIGRATION,
  POSTGRES_SUMMARIES_MIGRATION,
  POSTGRES_WATCHES_MIGRATION,
  POSTGRES_WATCHES_PAUSED_MIGRATION,
} from './feature-migrations.js';
import type { Migration } from './migrations.js';

/**
 * PostgreSQL migrations: the same tables and guarantees as the SQLite ones, in PostgreSQL's
 * dialect. Numbered on their own (PostgreSQL came later, so its first migration holds
 * everything SQLite reached in several). Append-only, like the SQLite list.
 */
export const POSTGRES_MIGRATIONS: readonly Migration[] = [
  {
    version: 1,
    name: 'feeds, readouts with their search vectors, posts, subscriptions, channel problems',
    sql: `
      CREATE TABLE feeds (
        url TEXT PRIMARY KEY,
        etag TEXT,
        last_modified TEXT,
        first_polled_at TEXT,
        last_fetched_at TEXT,
        last_success_at TEXT,
        last_status INTEGER,
        last_error TEXT,
        consecutive_errors INTEGER NOT NULL DEFAULT 0
      );
      CREATE TABLE readouts (
        id BIGSERIAL PRIMARY KEY,
        feed_url TEXT NOT NULL,
        item_key TEXT NOT NULL,
        link TEXT NOT NULL,
        item_published_at TEXT,
        item_title TEXT,
        item_summary TEXT,
        data JSONB NOT NULL,
        relation TEXT,
        event_date TEXT,
        partial BOOLEAN NOT NULL DEFAULT FALSE,
        page_attempts INTEGER NOT NULL DEFAULT 0,
        last_page_error TEXT,
        announce BOOLEAN NOT NULL DEFAULT TRUE,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        search TSVECTOR,
        person TSVECTOR,
        UNIQUE (feed_url, item_key)
      );
      CREATE INDEX readouts_relation_date ON readouts (relation, event_date DESC);
      CREATE INDEX readouts_partial ON readouts (feed_url) WHERE partial;
      CREATE INDEX readouts_event_date ON readouts (event_date DESC, id DESC);
      CREATE INDEX readouts_link ON readouts (link);
      CREATE INDEX readouts_search ON readouts USING GIN (search);
      CREATE INDEX readouts_person ON readouts USING GIN (person);
      CREATE TABLE posts (
        id BIGSERIAL PRIMARY KEY,
        readout_id BIGINT NOT NULL REFERENCES readouts (id),
        channel TEXT NOT NULL,
        status TEXT NOT NULL CHECK (status IN ('planned', 'posted')),
        ts TEXT,
        attempts INTEGER NOT NULL DEFAULT 0,
        last_error TEXT,
        needs_update BOOLEAN NOT NULL DEFAULT FALSE,
        created_at TEXT NOT NULL,
        posted_at TEXT,
        UNIQUE (readout_id, channel)
      );
      CREATE INDEX posts_planned ON posts (id) WHERE status = 'planned';
      CREATE INDEX posts_needs_update ON posts (id) WHERE needs_update;
      CREATE TABLE subscriptions (
        id BIGSERIAL PRIMARY KEY,
        channel TEXT NOT NULL,
        target TEXT NOT NULL,
        kind TEXT NOT NULL DEFAULT '',
        level TEXT NOT NULL DEFAULT '',
        created_by TEXT,
        created_at TEXT NOT NULL,
        UNIQUE (channel, target, kind, level)
      );
      CREATE INDEX subscriptions_channel ON subscriptions (channel);
      CREATE TABLE channel_problems (
        channel TEXT PRIMARY KEY,
        error TEXT NOT NULL,
        since TEXT NOT NULL
      );
    `,
  },
  {
    version: 2,
    name: 'workspace installations (OAuth) and the workspace of each channel',
    sql: `
      CREATE TABLE installations (
        id TEXT PRIMARY KEY,
        team_id TEXT,
        enterprise_id TEXT,
        is_enterprise_install BOOLEAN NOT NULL DEFAULT FALSE,
        bot_token TEXT NOT NULL,
        bot_user_id TEXT,
        data TEXT NOT NULL,
        installed_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
      );
      CREATE TABLE channel_teams (
        channel TEXT PRIMARY KEY,
        team_id TEXT NOT NULL,
        enterprise_id TEXT,
        seen_at TEXT NOT NULL
      );
      CREATE INDEX channel_teams_team ON channel_teams (team_id);
      CREATE INDEX channel_teams_enterprise ON channel_teams (enterprise_id);
    `,
  },
  {
    version: 3,
    name: 'threads: replies under another post, page checks, change notes',
    sql: `
      ALTER TABLE posts ADD COLUMN thread_of BIGINT REFERENCES posts (id);
      CREATE TABLE page_checks (
        readout_id BIGINT PRIMARY KEY REFERENCES readouts (id),
        item_hash TEXT,
        etag TEXT,
        last_modified TEXT,
        content_hash TEXT,
        checked_at TEXT NOT NULL
      );
      CREATE TABLE thread_notes (
        id BIGSERIAL PRIMARY KEY,
        post_id BIGINT NOT NULL REFERENCES posts (id),
        text TEXT NOT NULL,
        status TEXT NOT NULL DEFAULT 'planned' CHECK (status IN ('planned', 'sending', 'posted')),
        ts TEXT,
        attempts INTEGER NOT NULL DEFAULT 0,
        last_error TEXT,
        created_at TEXT NOT NULL,
        posted_at TEXT
      );
      CREATE INDEX thread_notes_pending ON thread_notes (id) WHERE status <> 'posted';
    `,
  },
  { version: 4, ...POSTGRES_DIGEST_MIGRATION },
  { version: 5, ...POSTGRES_FEED_SOURCES_MIGRATION },
  { version: 6, ...POSTGRES_SENDING_MIGRATION },
  { version: 7, ...POSTGRES_FEED_HEALTH_MIGRATION },
  {
    version: 9,
    name: 'leases on shared work (a feed to poll, a channel to post to), in database time',
    sql: `
      CREATE TABLE leases (
        key TEXT PRIMARY KEY,
        owner TEXT NOT NULL,
        until TIMESTAMPTZ NOT NULL
      );
    `,
  },
  {
    version: 10,
    name: 'date indexes in the order the lookups read them (newest first, undated last)',
    sql: `
      DROP INDEX readouts_relation_date;
      DROP INDEX readouts_event_date;
      CREATE INDEX readouts_relation_date ON readouts (relation, event_date DESC NULLS LAST);
      CREATE INDEX readouts_event_date ON readouts (event_date DESC NULLS LAST, id DESC);
    `,
  },
  {
    version: 11,
    // As SQLite's migration 15: each cycle asks which feeds have a page check due among the
    // readouts of the last days; without this it read every readout (65 ms at 50,000 posted).
    name: 'readouts by when they were stored, for the due page checks',
    sql: `
      CREATE INDEX readouts_created ON readouts (created_at);
    `,
  },
  { version: 12, ...POSTGRES_PARKING_MIGRATION },
  {
    version: 13,
    // As SQLite's migration 17.
    name: 'pages held back from posting (not readouts), counted per feed',
    sql: `
      ALTER TABLE readouts ADD COLUMN held_back BOOLEAN NOT NULL DEFAULT FALSE;
      UPDATE readouts SET held_back = TRUE WHERE data->>'docType' = 'other';
      CREATE INDEX readouts_held_back ON readouts (feed_url, id) WHERE held_back;
    `,
  },
  {
    version: 14,
    // As SQLite's migration 18.
    name: 'when each feed last brought an item not seen before',
    sql: `
      ALTER TABLE feed_content ADD COLUMN new_item_at TEXT;
      UPDATE feed_content SET new_item_at = (SELECT MAX(created_at) FROM readouts WHERE readouts.feed_url = feed_content.url);
    `,
  },
  { version: 15, ...POSTGRES_SUMMARIES_MIGRATION },
  { version: 16, ...POSTGRES_WATCHES_MIGRATION },
  {
    version: 17,
    // As SQLite's migration 21.
    name: 'context replies: thread notes naming the earlier readout they compare with',
    sql: `
      ALTER TABLE thread_notes ADD COLUMN context_of BIGINT REFERENCES readouts (id);
    `,
  },
  { version: 19, ...POSTGRES_WATCHES_PAUSED_MIGRATION },
];
