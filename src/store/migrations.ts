/**
 * Numbered migrations. Each runs once, in order, inside a transaction; a released migration is
 * never edited, only followed by a new one.
 */
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
];
