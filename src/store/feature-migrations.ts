import type { Migration } from './migrations.js';

/*
 * Migrations that came with a feature, kept here once the feature's queries were written once
 * (installations.ts, sending.ts, …). Their text is as released: a released migration is never
 * edited. Where both databases take the same SQL it is written once and named twice, for the
 * numbered lists in migrations.ts (SQLite) and postgres-migrations.ts.
 */

/**
 * When the latest attempt to post a planned post began (null: none unanswered), and when a
 * readout's posts were planned (null: stored by a cycle that stopped before).
 */
const SENDING = {
  name: 'posts: an attempt under way is recorded before the Web API call; readouts: planned or not',
  sql: `
    ALTER TABLE posts ADD COLUMN sending_at TEXT;
    ALTER TABLE readouts ADD COLUMN planned_at TEXT;
    UPDATE readouts SET planned_at = created_at;
    CREATE INDEX readouts_unplanned ON readouts (feed_url) WHERE planned_at IS NULL;
  `,
};
/** SQLite migration 10. */
export const SQLITE_SENDING_MIGRATION: Migration = { version: 10, ...SENDING };
/** PostgreSQL migration 6: the same as SQLite's 10. */
export const POSTGRES_SENDING_MIGRATION = SENDING;

/** PostgreSQL migration 5: feed sources, as SQLite's migration 7. */
export const POSTGRES_FEED_SOURCES_MIGRATION = {
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
};

/**
 * A channel that answered that it is gone (deleted, archived, not joinable) is parked: no call
 * to Slack for it before `next_try_at`; `tries` counts its dead answers in a row. A row without
 * `next_try_at` is a problem told and not parked (the token's, or one recorded before this
 * migration: its next dead answer parks it).
 */
const PARKING = {
  name: 'channels parked after a dead answer, with the next try and the dead answers in a row',
  sql: `
    ALTER TABLE channel_problems ADD COLUMN next_try_at TEXT;
    ALTER TABLE channel_problems ADD COLUMN tries INTEGER NOT NULL DEFAULT 0;
  `,
};
/** SQLite migration 16. */
export const SQLITE_PARKING_MIGRATION: Migration = { version: 16, ...PARKING };
/** PostgreSQL migration 12: the same as SQLite's 16. */
export const POSTGRES_PARKING_MIGRATION = PARKING;

/** The tables of feed health and feed alerts (SQLite migration 11, PostgreSQL migration 7). */
export const FEED_HEALTH_MIGRATION_NAME = 'feed health: back-off, 410 disabled, 301 moved; feed alerts';

export const SQLITE_FEED_HEALTH_SQL = `
  CREATE TABLE feed_health (
    url TEXT PRIMARY KEY,
    next_attempt_at TEXT,
    disabled_at TEXT,
    disabled_reason TEXT,
    moved_to TEXT,
    alerted_error TEXT
  );
  CREATE TABLE feed_alerts (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    feed_url TEXT NOT NULL,
    text TEXT NOT NULL,
    status TEXT NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'sending', 'sent', 'logged')),
    ts TEXT,
    attempts INTEGER NOT NULL DEFAULT 0,
    last_error TEXT,
    claimed_at TEXT,
    created_at TEXT NOT NULL,
    sent_at TEXT
  );
  CREATE INDEX feed_alerts_pending ON feed_alerts (id) WHERE status IN ('pending', 'sending');
`;

/** PostgreSQL migration 7: the same tables as SQLite migration 11. */
export const POSTGRES_FEED_HEALTH_MIGRATION = {
  name: FEED_HEALTH_MIGRATION_NAME,
  sql: `
    CREATE TABLE feed_health (
      url TEXT PRIMARY KEY,
      next_attempt_at TEXT,
      disabled_at TEXT,
      disabled_reason TEXT,
      moved_to TEXT,
      alerted_error TEXT
    );
    CREATE TABLE feed_alerts (
      id BIGSERIAL PRIMARY KEY,
      feed_url TEXT NOT NULL,
      text TEXT NOT NULL,
      status TEXT NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'sending', 'sent', 'logged')),
      ts TEXT,
      attempts INTEGER NOT NULL DEFAULT 0,
      last_error TEXT,
      claimed_at TEXT,
      created_at TEXT NOT NULL,
      sent_at TEXT
    );
    CREATE INDEX feed_alerts_pending ON feed_alerts (id) WHERE status IN ('pending', 'sending');
  `,
};

/** PostgreSQL migration 4: digests, as SQLite's migration 6. */
export const POSTGRES_DIGEST_MIGRATION = {
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
      id BIGSERIAL PRIMARY KEY,
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
    CREATE INDEX digests_planned ON digests (id) WHERE status = 'planned';
    ALTER TABLE posts ADD COLUMN hold TEXT CHECK (hold IN ('new', 'digest'));
    ALTER TABLE posts ADD COLUMN digest_id BIGINT REFERENCES digests (id);
    CREATE INDEX posts_hold ON posts (id) WHERE hold IS NOT NULL;
    CREATE INDEX posts_digest ON posts (digest_id) WHERE digest_id IS NOT NULL;
  `,
};

/**
 * One summary row per readout for `/readout … stats`, and the Home tab's uploaded charts
 * (readout-summaries.ts). A summary needs the app's own code (the office-holder table, the topic
 * terms), so SQL does not write it: a trigger queues every readout stored or changed (and drops
 * a changed readout's old summary, in the same transaction as the write), and the next stats
 * read of its relation summarizes what is queued. This migration queues the readouts already
 * stored. The key terms (a kilobyte or two a readout) have a table of their own, so that a
 * relation's summary rows stay small and close together; the principals one row per person, so
 * that the database counts them. The indexes cover the counting queries.
 */
/**
 * The tables, one text for both databases: SQLite reads BIGINT as an integer and DOUBLE PRECISION
 * as a real (its type affinity), PostgreSQL needs them to match `readouts.id` and hold minutes.
 */
const SUMMARY_TABLES = `
  CREATE TABLE readout_summaries (
    readout_id BIGINT PRIMARY KEY REFERENCES readouts (id),
    relation TEXT,
    event_date TEXT NOT NULL,
    doc_type TEXT NOT NULL,
    kind TEXT NOT NULL,
    level TEXT NOT NULL,
    duration DOUBLE PRECISION,
    countries TEXT NOT NULL,
    principals TEXT NOT NULL
  );
  CREATE INDEX readout_summaries_relation ON readout_summaries (relation, event_date, doc_type, kind, level, duration);
  CREATE TABLE readout_people (
    readout_id BIGINT NOT NULL REFERENCES readouts (id),
    relation TEXT,
    event_date TEXT NOT NULL,
    doc_type TEXT NOT NULL,
    countries TEXT NOT NULL,
    key TEXT NOT NULL,
    name TEXT NOT NULL,
    country TEXT,
    PRIMARY KEY (readout_id, key)
  );
  CREATE INDEX readout_people_relation ON readout_people (relation, event_date, doc_type, key, name, country);
  CREATE TABLE readout_terms (
    readout_id BIGINT PRIMARY KEY REFERENCES readouts (id),
    terms TEXT NOT NULL
  );
  CREATE TABLE summary_queue (
    readout_id BIGINT PRIMARY KEY REFERENCES readouts (id),
    relation TEXT
  );
  CREATE INDEX summary_queue_relation ON summary_queue (relation);
  INSERT INTO summary_queue (readout_id, relation) SELECT id, relation FROM readouts;
  CREATE TABLE home_charts (
    team TEXT NOT NULL,
    relation TEXT NOT NULL,
    month TEXT NOT NULL,
    signature TEXT NOT NULL,
    file_id TEXT NOT NULL,
    PRIMARY KEY (team, relation)
  );
`;
const SUMMARIES_NAME =
  'a summary row per readout for the stats, queued by triggers; the Home tab charts as uploaded';
/** SQLite migration 19. */
export const SQLITE_SUMMARIES_MIGRATION: Migration = {
  version: 19,
  name: SUMMARIES_NAME,
  sql: `${SUMMARY_TABLES}
    CREATE TRIGGER readouts_summary_insert AFTER INSERT ON readouts BEGIN
      INSERT OR REPLACE INTO summary_queue (readout_id, relation) VALUES (NEW.id, NEW.relation);
    END;
    CREATE TRIGGER readouts_summary_update AFTER UPDATE OF data, relation, event_date ON readouts BEGIN
      DELETE FROM readout_summaries WHERE readout_id = NEW.id;
      INSERT OR REPLACE INTO summary_queue (readout_id, relation) VALUES (NEW.id, NEW.relation);
    END;
  `,
};
/** PostgreSQL migration 15: as SQLite's 19. */
export const POSTGRES_SUMMARIES_MIGRATION = {
  name: SUMMARIES_NAME,
  sql: `${SUMMARY_TABLES}
    CREATE FUNCTION readout_summary_stale() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
      IF TG_OP = 'UPDATE' THEN
        DELETE FROM readout_summaries WHERE readout_id = NEW.id;
      END IF;
      INSERT INTO summary_queue (readout_id, relation) VALUES (NEW.id, NEW.relation)
        ON CONFLICT (readout_id) DO UPDATE SET relation = excluded.relation;
      RETURN NULL;
    END $$;
    CREATE TRIGGER readouts_summary_insert AFTER INSERT ON readouts
      FOR EACH ROW EXECUTE FUNCTION readout_summary_stale();
    CREATE TRIGGER readouts_summary_update AFTER UPDATE OF data, relation, event_date ON readouts
      FOR EACH ROW EXECUTE FUNCTION readout_summary_stale();
  `,
};

/**
 * Watches (`/readout watch`): a person's words, with an optional relation, and the readouts each
 * person was sent; `query` is the words as this database's full-text query (search.ts), and
 * `key` one of its terms as the index spells it (SQLite: watches.ts reads only the watches whose
 * key is in a new readout before it runs their queries).
 * Subscriptions get a word filter; a channel may hold the same target with different words.
 */
const WATCHES_NAME =
  'watches: words a person is told about by direct message; subscriptions filtered by words';

/** SQLite migration 20 (the subscriptions table is rebuilt: SQLite cannot change a UNIQUE). */
export const SQLITE_WATCHES_MIGRATION: Migration = {
  version: 20,
  name: WATCHES_NAME,
  sql: `
  CREATE TABLE watches (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    user_id TEXT NOT NULL,
    words TEXT NOT NULL,
    relation TEXT NOT NULL DEFAULT '',
    query TEXT NOT NULL,
    key TEXT NOT NULL DEFAULT '',
    created_at TEXT NOT NULL,
    UNIQUE (user_id, words, relation)
  );
  CREATE INDEX watches_key ON watches (key);
  CREATE TABLE watch_hits (
    user_id TEXT NOT NULL,
    readout_id INTEGER NOT NULL REFERENCES readouts (id),
    words TEXT NOT NULL,
    created_at TEXT NOT NULL,
    PRIMARY KEY (user_id, readout_id)
  );
    CREATE TABLE subscriptions_words (
      id INTEGER PRIMARY KEY AUTOINCREMENT,
      channel TEXT NOT NULL,
      target TEXT NOT NULL,
      kind TEXT NOT NULL DEFAULT '',
      level TEXT NOT NULL DEFAULT '',
      created_by TEXT,
      created_at TEXT NOT NULL,
      words TEXT NOT NULL DEFAULT '',
      UNIQUE (channel, target, kind, level, words)
    );
    INSERT INTO subscriptions_words (id, channel, target, kind, level, created_by, created_at)
      SELECT id, channel, target, kind, level, created_by, created_at FROM subscriptions;
    DROP TABLE subscriptions;
    ALTER TABLE subscriptions_words RENAME TO subscriptions;
    CREATE INDEX subscriptions_channel ON subscriptions (channel);
  `,
};

/** PostgreSQL migration 16: the same as SQLite's 20. */
export const POSTGRES_WATCHES_MIGRATION = {
  name: WATCHES_NAME,
  sql: `
  CREATE TABLE watches (
    id BIGSERIAL PRIMARY KEY,
    user_id TEXT NOT NULL,
    words TEXT NOT NULL,
    relation TEXT NOT NULL DEFAULT '',
    query TEXT NOT NULL,
    key TEXT NOT NULL DEFAULT '',
    created_at TEXT NOT NULL,
    UNIQUE (user_id, words, relation)
  );
  CREATE INDEX watches_key ON watches (key);
  CREATE TABLE watch_hits (
    user_id TEXT NOT NULL,
    readout_id BIGINT NOT NULL REFERENCES readouts (id),
    words TEXT NOT NULL,
    created_at TEXT NOT NULL,
    PRIMARY KEY (user_id, readout_id)
  );
    ALTER TABLE subscriptions ADD COLUMN words TEXT NOT NULL DEFAULT '';
    ALTER TABLE subscriptions DROP CONSTRAINT subscriptions_channel_target_kind_level_key;
    ALTER TABLE subscriptions ADD UNIQUE (channel, target, kind, level, words);
  `,
};

/**
 * A person's watches paused: Slack refused their direct message for a reason about the person
 * (`user_not_found`, `user_disabled`, `cannot_dm_bot`, a DM `channel_not_found` …), so none is
 * planned for them until they type a `/readout` command again (deliver/watches.ts).
 */
const WATCHES_PAUSED_NAME = "watches paused when Slack refuses the person's direct messages";
const WATCHES_PAUSED_SQL = `
  ALTER TABLE watches ADD COLUMN paused_at TEXT;
  ALTER TABLE watches ADD COLUMN paused_why TEXT;
`;

/** SQLite migration 23. */
export const SQLITE_WATCHES_PAUSED_MIGRATION: Migration = {
  version: 23,
  name: WATCHES_PAUSED_NAME,
  sql: WATCHES_PAUSED_SQL,
};

/**
 * PostgreSQL migration 19: the same as SQLite's 23, and each watch's query kept as a tsquery
 * (`to_tsquery('simple', query)`, worked out once when the watch is added, not once per watch and
 * new readout).
 */
export const POSTGRES_WATCHES_PAUSED_MIGRATION = {
  name: `${WATCHES_PAUSED_NAME}; each watch's query kept as a tsquery`,
  sql: `${WATCHES_PAUSED_SQL}
  ALTER TABLE watches ADD COLUMN tsq tsquery;
  UPDATE watches SET tsq = to_tsquery('simple', query);
`,
};
