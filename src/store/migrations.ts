/**
 * Numbered migrations. Each runs once, in order, inside a transaction; a released migration is
 * never edited, only followed by a new one.
 */

import {
  FEED_HEALTH_MIGRATION_NAME,
  SQLITE_FEED_HEALTH_SQL,
  SQLITE_PARKING_MIGRATION,
  SQLITE_SENDING_MIGRATION,
  SQLITE_SUMMARIES_MIGRATION,
  SQLITE_WATCHES_MIGRATION,
  SQLITE_WATCHES_PAUSED_MIGRATION,
} from './feature-migrations.js';

export type Migration = { version: number; name: string; sql: string };

export const SQLITE_MIGRATIONS: readonly Migration[] = [
  {
    version: 1,
    name: 'feeds, readouts, posts',
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
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        feed_url TEXT NOT NULL,
        item_key TEXT NOT NULL,
        link TEXT NOT NULL,
        item_published_at TEXT,
        item_title TEXT,
        item_summary TEXT,
        data TEXT NOT NULL,
        relation TEXT,
        event_date TEXT,
        partial INTEGER NOT NULL DEFAULT 0,
        page_attempts INTEGER NOT NULL DEFAULT 0,
        last_page_error TEXT,
        announce INTEGER NOT NULL DEFAULT 1,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        UNIQUE (feed_url, item_key)
      );
      CREATE INDEX readouts_relation_date ON readouts (relation, event_date DESC);
      CREATE INDEX readouts_partial ON readouts (feed_url, partial);
      CREATE TABLE posts (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        readout_id INTEGER NOT NULL REFERENCES readouts (id),
        channel TEXT NOT NULL,
        status TEXT NOT NULL CHECK (status IN ('planned', 'posted')),
        ts TEXT,
        attempts INTEGER NOT NULL DEFAULT 0,
        last_error TEXT,
        created_at TEXT NOT NULL,
        posted_at TEXT,
        UNIQUE (readout_id, channel)
      );
      CREATE INDEX posts_status ON posts (status);
    `,
  },
  {
    version: 2,
    name: 'posts to edit in place',
    sql: `
      ALTER TABLE posts ADD COLUMN needs_update INTEGER NOT NULL DEFAULT 0;
      CREATE INDEX posts_needs_update ON posts (needs_update) WHERE needs_update = 1;
    `,
  },
  {
    version: 3,
    name: 'channel subscriptions',
    sql: `
      CREATE TABLE subscriptions (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        channel TEXT NOT NULL,
        target TEXT NOT NULL,
        kind TEXT NOT NULL DEFAULT '',
        level TEXT NOT NULL DEFAULT '',
        created_by TEXT,
        created_at TEXT NOT NULL,
        UNIQUE (channel, target, kind, level)
      );
      CREATE INDEX subscriptions_channel ON subscriptions (channel);
    `,
  },
  {
    version: 4,
    name: 'full-text search over titles, participants and key points',
    sql: `
      CREATE VIRTUAL TABLE readouts_fts USING fts5(title, participants, points);
      INSERT INTO readouts_fts (rowid, title, participants, points)
      SELECT id,
        ifnull(json_extract(data, '$.title'), ''),
        ifnull((SELECT group_concat(ifnull(json_extract(value, '$.name'), '') || ' ' || ifnull(json_extract(value, '$.title'), ''), ' ')
                FROM json_each(data, '$.participants')), ''),
        ifnull((SELECT group_concat(json_extract(value, '$.text'), ' ') FROM json_each(data, '$.keyPoints')), '') || ' ' ||
        ifnull((SELECT group_concat(value, ' ') FROM json_each(data, '$.summary')), '')
      FROM readouts;
    `,
  },
  {
    version: 5,
    name: 'threads: replies under another post, page checks, change notes',
    sql: `
      ALTER TABLE posts ADD COLUMN thread_of INTEGER REFERENCES posts (id);
      CREATE TABLE page_checks (
        readout_id INTEGER PRIMARY KEY REFERENCES readouts (id),
        item_hash TEXT,
        etag TEXT,
        last_modified TEXT,
        content_hash TEXT,
        checked_at TEXT NOT NULL
      );
      CREATE TABLE thread_notes (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        post_id INTEGER NOT NULL REFERENCES posts (id),
        text TEXT NOT NULL,
        status TEXT NOT NULL DEFAULT 'planned' CHECK (status IN ('planned', 'sending', 'posted')),
        ts TEXT,
        attempts INTEGER NOT NULL DEFAULT 0,
        last_error TEXT,
        created_at TEXT NOT NULL,
        posted_at TEXT
      );
      CREATE INDEX thread_notes_pending ON thread_notes (status) WHERE status <> 'posted';
    `,
  },
  {
    version: 6,
    name: 'digests: channel digest settings, digest messages, posts held for them',
    sql: `
      CREATE TABLE digest_settings (
        channel TEXT NOT NULL,
        target TEXT NOT NULL DEFAULT '',
        period TEXT NOT NULL CHECK (period IN ('daily', 'weekly')),
        since TEXT NOT NULL,
        created_by TEXT,
        PRIMARY KEY (channel, target)
      );
      CREATE TABLE digests (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        channel TEXT NOT NULL,
        kind TEXT NOT NULL CHECK (kind IN ('daily', 'weekly', 'burst')),
        target TEXT NOT NULL DEFAULT '',
        period_key TEXT NOT NULL,
        status TEXT NOT NULL CHECK (status IN ('planned', 'posted', 'empty')),
        ts TEXT,
        attempts INTEGER NOT NULL DEFAULT 0,
        last_error TEXT,
        sending_at TEXT,
        created_at TEXT NOT NULL,
        posted_at TEXT,
        UNIQUE (channel, kind, target, period_key)
      );
      CREATE INDEX digests_status ON digests (status);
      ALTER TABLE posts ADD COLUMN hold TEXT CHECK (hold IN ('new', 'digest'));
      ALTER TABLE posts ADD COLUMN digest_id INTEGER REFERENCES digests (id);
      CREATE INDEX posts_hold ON posts (hold) WHERE hold IS NOT NULL;
      CREATE INDEX posts_digest ON posts (digest_id) WHERE digest_id IS NOT NULL;
    `,
  },
  {
    version: 7,
    name: 'feed sources added from Slack; what each feed last held',
    sql: `
      CREATE TABLE feed_sources (
        url TEXT PRIMARY KEY,
        kind TEXT NOT NULL CHECK (kind IN ('rss', 'rdf', 'atom', 'html')),
        link_pattern TEXT,
        title TEXT,
        added_by TEXT,
        added_at TEXT NOT NULL,
        CHECK ((kind = 'html') = (link_pattern IS NOT NULL))
      );
      CREATE TABLE feed_content (
        url TEXT PRIMARY KEY,
        kind TEXT NOT NULL,
        title TEXT,
        items INTEGER NOT NULL,
        seen_at TEXT NOT NULL
      );
    `,
  },
  {
    version: 8,
    name: 'workspace installations (OAuth) and the workspace of each channel',
    sql: `
      CREATE TABLE installations (
        id TEXT PRIMARY KEY,
        team_id TEXT,
        enterprise_id TEXT,
        is_enterprise_install INTEGER NOT NULL DEFAULT 0,
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
    version: 9,
    name: 'channels the app cannot post to, so that people are told once',
    sql: `
      CREATE TABLE channel_problems (
        channel TEXT PRIMARY KEY,
        error TEXT NOT NULL,
        since TEXT NOT NULL
      );
    `,
  },
  SQLITE_SENDING_MIGRATION,
  { version: 11, name: FEED_HEALTH_MIGRATION_NAME, sql: SQLITE_FEED_HEALTH_SQL },
  {
    version: 13,
    name: 'leases on shared work (a feed to poll, a channel to post to)',
    sql: `
      CREATE TABLE leases (
        key TEXT PRIMARY KEY,
        owner TEXT NOT NULL,
        until_ms INTEGER NOT NULL
      );
    `,
  },
  {
    version: 14,
    name: 'the latest readouts of any relation, read from an index',
    sql: `
      CREATE INDEX readouts_event_date ON readouts (event_date DESC, id DESC);
    `,
  },
  {
    version: 15,
    name: 'partial readouts indexed on their own, and readouts by when stored, for the reads of every cycle',
    sql: `
      DROP INDEX readouts_partial;
      CREATE INDEX readouts_partial ON readouts (feed_url) WHERE partial = 1;
      CREATE INDEX readouts_created ON readouts (created_at);
    `,
  },
  SQLITE_PARKING_MIGRATION,
  {
    version: 17,
    // Pages that are not readouts (statements, fact sheets, announcements…) are stored and
    // searchable but never posted; /readout feeds counts them per feed. Pages stored before
    // this migration were all taken for readouts: those the old parser marked 'other' are held.
    name: 'pages held back from posting (not readouts), counted per feed',
    sql: `
      ALTER TABLE readouts ADD COLUMN held_back INTEGER NOT NULL DEFAULT 0;
      UPDATE readouts SET held_back = 1 WHERE json_extract(data, '$.docType') = 'other';
      CREATE INDEX readouts_held_back ON readouts (feed_url, id) WHERE held_back = 1;
    `,
  },
  {
    version: 18,
    // A catalogue source that stops carrying new items for 30 days is reported (feeds/health.ts).
    // A feed read before this migration counts from its newest stored readout.
    name: 'when each feed last brought an item not seen before',
    sql: `
      ALTER TABLE feed_content ADD COLUMN new_item_at TEXT;
      UPDATE feed_content SET new_item_at = (SELECT MAX(created_at) FROM readouts WHERE readouts.feed_url = feed_content.url);
    `,
  },
  SQLITE_SUMMARIES_MIGRATION,
  SQLITE_WATCHES_MIGRATION,
  {
    version: 21,
    // A readout's first post gets a reply with the previous readout of its relation and its
    // topics (deliver/threads.ts): a thread note that names that earlier readout.
    name: 'context replies: thread notes naming the earlier readout they compare with',
    sql: `
      ALTER TABLE thread_notes ADD COLUMN context_of INTEGER REFERENCES readouts (id);
    `,
  },
  SQLITE_WATCHES_PAUSED_MIGRATION,
];
