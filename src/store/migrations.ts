import { ReadoutError } from '../app/errors.js';
import type { Dialect } from './sql.js';

/**
 * Numbered migrations, one list for both databases. Each runs once, in order, inside a
 * transaction; a released migration is never edited, only followed by a new one. The two are
 * numbered on their own (PostgreSQL came later: its first migration holds everything SQLite
 * reached in several), so an entry names its number in each database that has it. Where their
 * SQL differs, `Ddl` names the difference; a text without it is the same on both.
 */
import {
  POSTGRES_STATS_ROLLUPS_MIGRATION,
  SQLITE_STATS_ROLLUPS_MIGRATION,
} from './stats-rollup-migrations.js';

export type Migration = { version: number; name: string; sql: string };

/** What the two databases spell differently in their DDL. */
type Ddl = {
  sqlite: boolean;
  /** A row id: INTEGER PRIMARY KEY AUTOINCREMENT on SQLite, BIGSERIAL PRIMARY KEY on PostgreSQL. */
  id: string;
  /** A column holding a row id: INTEGER / BIGINT. */
  ref: string;
  /** A flag: INTEGER 0/1 on SQLite (no booleans), BOOLEAN FALSE/TRUE on PostgreSQL. */
  flag: string;
  no: string;
  yes: string;
  /** A text field of `readouts.data`: json_extract(data, '$.key') / data->>'key'. */
  json(key: string): string;
};

const DDL: Record<Dialect, Ddl> = {
  sqlite: {
    sqlite: true,
    id: 'INTEGER PRIMARY KEY AUTOINCREMENT',
    ref: 'INTEGER',
    flag: 'INTEGER',
    no: '0',
    yes: '1',
    json: (key) => `json_extract(data, '$.${key}')`,
  },
  postgres: {
    sqlite: false,
    id: 'BIGSERIAL PRIMARY KEY',
    ref: 'BIGINT',
    flag: 'BOOLEAN',
    no: 'FALSE',
    yes: 'TRUE',
    json: (key) => `data->>'${key}'`,
  },
};

/** A migration of one or both databases, with its number in each. */
type Step = { sqlite?: number; postgres?: number; name: string; sql: string | ((d: Ddl) => string) };

const FEEDS = `
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
  );`;

/** PostgreSQL's readouts carry their search vectors (search.ts); SQLite's FTS5 table is migration 4. */
const READOUTS = (d: Ddl) => `
  CREATE TABLE readouts (
    id ${d.id},
    feed_url TEXT NOT NULL,
    item_key TEXT NOT NULL,
    link TEXT NOT NULL,
    item_published_at TEXT,
    item_title TEXT,
    item_summary TEXT,
    data ${d.sqlite ? 'TEXT' : 'JSONB'} NOT NULL,
    relation TEXT,
    event_date TEXT,
    partial ${d.flag} NOT NULL DEFAULT ${d.no},
    page_attempts INTEGER NOT NULL DEFAULT 0,
    last_page_error TEXT,
    announce ${d.flag} NOT NULL DEFAULT ${d.yes},
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    ${d.sqlite ? '' : 'search TSVECTOR, person TSVECTOR,'}
    UNIQUE (feed_url, item_key)
  );`;

/** SQLite added `needs_update` in migration 2. */
const POSTS = (d: Ddl) => `
  CREATE TABLE posts (
    id ${d.id},
    readout_id ${d.ref} NOT NULL REFERENCES readouts (id),
    channel TEXT NOT NULL,
    status TEXT NOT NULL CHECK (status IN ('planned', 'posted')),
    ts TEXT,
    attempts INTEGER NOT NULL DEFAULT 0,
    last_error TEXT,
    ${d.sqlite ? '' : 'needs_update BOOLEAN NOT NULL DEFAULT FALSE,'}
    created_at TEXT NOT NULL,
    posted_at TEXT,
    UNIQUE (readout_id, channel)
  );`;

const SUBSCRIPTIONS = (d: Ddl) => `
  CREATE TABLE subscriptions (
    id ${d.id},
    channel TEXT NOT NULL,
    target TEXT NOT NULL,
    kind TEXT NOT NULL DEFAULT '',
    level TEXT NOT NULL DEFAULT '',
    created_by TEXT,
    created_at TEXT NOT NULL,
    UNIQUE (channel, target, kind, level)
  );
  CREATE INDEX subscriptions_channel ON subscriptions (channel);`;

const CHANNEL_PROBLEMS = `
  CREATE TABLE channel_problems (
    channel TEXT PRIMARY KEY,
    error TEXT NOT NULL,
    since TEXT NOT NULL
  );`;

/**
 * A summary row per readout for `/readout … stats`, and the Home tab's uploaded charts
 * (readout-summaries.ts). A summary needs the app's own code (the office-holder table, the topic
 * terms), so SQL does not write it: a trigger queues every readout stored or changed (and drops
 * a changed readout's old summary, in the same transaction as the write), and the next stats
 * read of its relation summarizes what is queued. This migration queues the readouts already
 * stored. The key terms (a kilobyte or two a readout) have a table of their own, so that a
 * relation's summary rows stay small and close together; the principals one row per person, so
 * that the database counts them. The indexes cover the counting queries. One text for both
 * databases: SQLite reads BIGINT as an integer and DOUBLE PRECISION as a real (its type affinity),
 * PostgreSQL needs them to match `readouts.id` and hold minutes. The triggers differ.
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
  );`;

const SQLITE_SUMMARY_TRIGGERS = `
  CREATE TRIGGER readouts_summary_insert AFTER INSERT ON readouts BEGIN
    INSERT OR REPLACE INTO summary_queue (readout_id, relation) VALUES (NEW.id, NEW.relation);
  END;
  CREATE TRIGGER readouts_summary_update AFTER UPDATE OF data, relation, event_date ON readouts BEGIN
    DELETE FROM readout_summaries WHERE readout_id = NEW.id;
    INSERT OR REPLACE INTO summary_queue (readout_id, relation) VALUES (NEW.id, NEW.relation);
  END;`;

const POSTGRES_SUMMARY_TRIGGERS = `
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
    FOR EACH ROW EXECUTE FUNCTION readout_summary_stale();`;

/**
 * Subscriptions get a word filter; a channel may hold the same target with different words.
 * SQLite rebuilds the table (it cannot change a UNIQUE); PostgreSQL alters it.
 */
const SUBSCRIPTION_WORDS = (d: Ddl) =>
  d.sqlite
    ? `
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
  CREATE INDEX subscriptions_channel ON subscriptions (channel);`
    : `
  ALTER TABLE subscriptions ADD COLUMN words TEXT NOT NULL DEFAULT '';
  ALTER TABLE subscriptions DROP CONSTRAINT subscriptions_channel_target_kind_level_key;
  ALTER TABLE subscriptions ADD UNIQUE (channel, target, kind, level, words);`;

const STEPS: readonly Step[] = [
  {
    sqlite: 1,
    name: 'feeds, readouts, posts',
    sql: (d) => `${FEEDS}${READOUTS(d)}
      CREATE INDEX readouts_relation_date ON readouts (relation, event_date DESC);
      CREATE INDEX readouts_partial ON readouts (feed_url, partial);${POSTS(d)}
      CREATE INDEX posts_status ON posts (status);`,
  },
  {
    postgres: 1,
    name: 'feeds, readouts with their search vectors, posts, subscriptions, channel problems',
    sql: (d) => `${FEEDS}${READOUTS(d)}
      CREATE INDEX readouts_relation_date ON readouts (relation, event_date DESC);
      CREATE INDEX readouts_partial ON readouts (feed_url) WHERE partial;
      CREATE INDEX readouts_event_date ON readouts (event_date DESC, id DESC);
      CREATE INDEX readouts_link ON readouts (link);
      CREATE INDEX readouts_search ON readouts USING GIN (search);
      CREATE INDEX readouts_person ON readouts USING GIN (person);${POSTS(d)}
      CREATE INDEX posts_planned ON posts (id) WHERE status = 'planned';
      CREATE INDEX posts_needs_update ON posts (id) WHERE needs_update;${SUBSCRIPTIONS(d)}${CHANNEL_PROBLEMS}`,
  },
  {
    sqlite: 2,
    name: 'posts to edit in place',
    sql: `
      ALTER TABLE posts ADD COLUMN needs_update INTEGER NOT NULL DEFAULT 0;
      CREATE INDEX posts_needs_update ON posts (needs_update) WHERE needs_update = 1;`,
  },
  { sqlite: 3, name: 'channel subscriptions', sql: SUBSCRIPTIONS },
  {
    sqlite: 4,
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
      FROM readouts;`,
  },
  {
    sqlite: 5,
    postgres: 3,
    name: 'threads: replies under another post, page checks, change notes',
    sql: (d) => `
      ALTER TABLE posts ADD COLUMN thread_of ${d.ref} REFERENCES posts (id);
      CREATE TABLE page_checks (
        readout_id ${d.ref} PRIMARY KEY REFERENCES readouts (id),
        item_hash TEXT,
        etag TEXT,
        last_modified TEXT,
        content_hash TEXT,
        checked_at TEXT NOT NULL
      );
      CREATE TABLE thread_notes (
        id ${d.id},
        post_id ${d.ref} NOT NULL REFERENCES posts (id),
        text TEXT NOT NULL,
        status TEXT NOT NULL DEFAULT 'planned' CHECK (status IN ('planned', 'sending', 'posted')),
        ts TEXT,
        attempts INTEGER NOT NULL DEFAULT 0,
        last_error TEXT,
        created_at TEXT NOT NULL,
        posted_at TEXT
      );
      CREATE INDEX thread_notes_pending ON thread_notes (${d.sqlite ? 'status' : 'id'}) WHERE status <> 'posted';`,
  },
  {
    sqlite: 6,
    postgres: 4,
    name: 'digests: channel digest settings, digest messages, posts held for them',
    sql: (d) => `
      CREATE TABLE digest_settings (
        channel TEXT NOT NULL,
        target TEXT NOT NULL DEFAULT '',
        period TEXT NOT NULL CHECK (period IN ('daily', 'weekly')),
        since TEXT NOT NULL,
        created_by TEXT,
        PRIMARY KEY (channel, target)
      );
      CREATE TABLE digests (
        id ${d.id},
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
      ${
        d.sqlite
          ? 'CREATE INDEX digests_status ON digests (status);'
          : "CREATE INDEX digests_planned ON digests (id) WHERE status = 'planned';"
      }
      ALTER TABLE posts ADD COLUMN hold TEXT CHECK (hold IN ('new', 'digest'));
      ALTER TABLE posts ADD COLUMN digest_id ${d.ref} REFERENCES digests (id);
      CREATE INDEX posts_hold ON posts (${d.sqlite ? 'hold' : 'id'}) WHERE hold IS NOT NULL;
      CREATE INDEX posts_digest ON posts (digest_id) WHERE digest_id IS NOT NULL;`,
  },
  {
    sqlite: 7,
    postgres: 5,
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
      );`,
  },
  {
    sqlite: 8,
    postgres: 2,
    name: 'workspace installations (OAuth) and the workspace of each channel',
    sql: (d) => `
      CREATE TABLE installations (
        id TEXT PRIMARY KEY,
        team_id TEXT,
        enterprise_id TEXT,
        is_enterprise_install ${d.flag} NOT NULL DEFAULT ${d.no},
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
      CREATE INDEX channel_teams_enterprise ON channel_teams (enterprise_id);`,
  },
  { sqlite: 9, name: 'channels the app cannot post to, so that people are told once', sql: CHANNEL_PROBLEMS },
  {
    // When the latest attempt to post a planned post began (null: none unanswered), and when a
    // readout's posts were planned (null: stored by a cycle that stopped before).
    sqlite: 10,
    postgres: 6,
    name: 'posts: an attempt under way is recorded before the Web API call; readouts: planned or not',
    sql: `
      ALTER TABLE posts ADD COLUMN sending_at TEXT;
      ALTER TABLE readouts ADD COLUMN planned_at TEXT;
      UPDATE readouts SET planned_at = created_at;
      CREATE INDEX readouts_unplanned ON readouts (feed_url) WHERE planned_at IS NULL;`,
  },
  {
    sqlite: 11,
    postgres: 7,
    name: 'feed health: back-off, 410 disabled, 301 moved; feed alerts',
    sql: (d) => `
      CREATE TABLE feed_health (
        url TEXT PRIMARY KEY,
        next_attempt_at TEXT,
        disabled_at TEXT,
        disabled_reason TEXT,
        moved_to TEXT,
        alerted_error TEXT
      );
      CREATE TABLE feed_alerts (
        id ${d.id},
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
      CREATE INDEX feed_alerts_pending ON feed_alerts (id) WHERE status IN ('pending', 'sending');`,
  },
  {
    // SQLite's single process keeps `until_ms` by its clock; PostgreSQL `until` in database time.
    sqlite: 13,
    postgres: 9,
    name: 'leases on shared work (a feed to poll, a channel to post to)',
    sql: (d) => `
      CREATE TABLE leases (
        key TEXT PRIMARY KEY,
        owner TEXT NOT NULL,
        ${d.sqlite ? 'until_ms INTEGER' : 'until TIMESTAMPTZ'} NOT NULL
      );`,
  },
  {
    sqlite: 14,
    name: 'the latest readouts of any relation, read from an index',
    sql: 'CREATE INDEX readouts_event_date ON readouts (event_date DESC, id DESC);',
  },
  {
    postgres: 10,
    name: 'date indexes in the order the lookups read them (newest first, undated last)',
    sql: `
      DROP INDEX readouts_relation_date;
      DROP INDEX readouts_event_date;
      CREATE INDEX readouts_relation_date ON readouts (relation, event_date DESC NULLS LAST);
      CREATE INDEX readouts_event_date ON readouts (event_date DESC NULLS LAST, id DESC);`,
  },
  {
    // Each cycle asks which feeds have a page check due among the readouts of the last days;
    // without the index of when stored it read every readout (65 ms at 50,000 posted).
    // PostgreSQL had its partial index on its own from migration 1.
    sqlite: 15,
    postgres: 11,
    name: 'readouts by when stored (SQLite: partial ones indexed on their own), for the reads of every cycle',
    sql: (d) => `${
      d.sqlite
        ? `
      DROP INDEX readouts_partial;
      CREATE INDEX readouts_partial ON readouts (feed_url) WHERE partial = 1;`
        : ''
    }
      CREATE INDEX readouts_created ON readouts (created_at);`,
  },
  {
    // A channel that answered that it is gone (deleted, archived, not joinable) is parked: no call
    // to Slack for it before `next_try_at`; `tries` counts its dead answers in a row. A row without
    // `next_try_at` is a problem told and not parked (the token's, or one recorded before this
    // migration: its next dead answer parks it).
    sqlite: 16,
    postgres: 12,
    name: 'channels parked after a dead answer, with the next try and the dead answers in a row',
    sql: `
      ALTER TABLE channel_problems ADD COLUMN next_try_at TEXT;
      ALTER TABLE channel_problems ADD COLUMN tries INTEGER NOT NULL DEFAULT 0;`,
  },
  {
    // Pages that are not readouts (statements, fact sheets, announcements…) are stored and
    // searchable but never posted; /readout feeds counts them per feed. Pages stored before
    // this migration were all taken for readouts: those the old parser marked 'other' are held.
    sqlite: 17,
    postgres: 13,
    name: 'pages held back from posting (not readouts), counted per feed',
    sql: (d) => `
      ALTER TABLE readouts ADD COLUMN held_back ${d.flag} NOT NULL DEFAULT ${d.no};
      UPDATE readouts SET held_back = ${d.yes} WHERE ${d.json('docType')} = 'other';
      CREATE INDEX readouts_held_back ON readouts (feed_url, id) WHERE held_back${d.sqlite ? ' = 1' : ''};`,
  },
  {
    // A catalogue source that stops carrying new items for 30 days is reported (feeds/health.ts).
    // A feed read before this migration counts from its newest stored readout.
    sqlite: 18,
    postgres: 14,
    name: 'when each feed last brought an item not seen before',
    sql: `
      ALTER TABLE feed_content ADD COLUMN new_item_at TEXT;
      UPDATE feed_content SET new_item_at = (SELECT MAX(created_at) FROM readouts WHERE readouts.feed_url = feed_content.url);`,
  },
  {
    sqlite: 19,
    postgres: 15,
    name: 'a summary row per readout for the stats, queued by triggers; the Home tab charts as uploaded',
    sql: (d) => SUMMARY_TABLES + (d.sqlite ? SQLITE_SUMMARY_TRIGGERS : POSTGRES_SUMMARY_TRIGGERS),
  },
  {
    // Watches (`/readout watch`): a person's words, with an optional relation, and the readouts each
    // person was sent; `query` is the words as this database's full-text query (search.ts), and
    // `key` one of its terms as the index spells it (SQLite: watches.ts reads only the watches whose
    // key is in a new readout before it runs their queries).
    sqlite: 20,
    postgres: 16,
    name: 'watches: words a person is told about by direct message; subscriptions filtered by words',
    sql: (d) => `
      CREATE TABLE watches (
        id ${d.id},
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
        readout_id ${d.ref} NOT NULL REFERENCES readouts (id),
        words TEXT NOT NULL,
        created_at TEXT NOT NULL,
        PRIMARY KEY (user_id, readout_id)
      );${SUBSCRIPTION_WORDS(d)}`,
  },
  {
    // A readout's first post gets a reply with the previous readout of its relation and its
    // topics (deliver/threads.ts): a thread note that names that earlier readout.
    sqlite: 21,
    postgres: 17,
    name: 'context replies: thread notes naming the earlier readout they compare with',
    sql: (d) => `ALTER TABLE thread_notes ADD COLUMN context_of ${d.ref} REFERENCES readouts (id);`,
  },
  {
    // Stats roll-ups (stats-rollup-migrations.ts): whole months read instead of readouts.
    sqlite: 22,
    postgres: 18,
    name: SQLITE_STATS_ROLLUPS_MIGRATION.name,
    sql: (d) => (d.sqlite ? SQLITE_STATS_ROLLUPS_MIGRATION.sql : POSTGRES_STATS_ROLLUPS_MIGRATION.sql),
  },
  {
    // A person's watches paused: Slack refused their direct message for a reason about the person
    // (`user_not_found`, `user_disabled`, `cannot_dm_bot`, a DM `channel_not_found` …), so none is
    // planned for them until they type a `/readout` command again (deliver/watches.ts).
    sqlite: 23,
    postgres: 19,
    // PostgreSQL also keeps each watch's query as a tsquery, worked out once when the watch is
    // added, not once per watch and new readout (SQLite matches watches in memory: word-match.ts).
    name: "watches paused when Slack refuses the person's direct messages",
    sql: (d) => `
      ALTER TABLE watches ADD COLUMN paused_at TEXT;
      ALTER TABLE watches ADD COLUMN paused_why TEXT;${d.sqlite ? '' : WATCH_TSQUERY}`,
  },
];

const WATCH_TSQUERY = `
      ALTER TABLE watches ADD COLUMN tsq tsquery;
      UPDATE watches SET tsq = to_tsquery('simple', query);`;

/** One database's migrations, in the order of its numbers. */
function migrationsOf(dialect: Dialect): readonly Migration[] {
  return STEPS.flatMap(({ name, sql, ...versions }) => {
    const version = versions[dialect];
    if (version === undefined) return [];
    return [{ version, name, sql: typeof sql === 'string' ? sql : sql(DDL[dialect]) }];
  }).sort((a, b) => a.version - b.version);
}

/** The versions applied, one table in both databases, made before the first migration. */
export const APPLIED_TABLE =
  'CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, applied_at TEXT NOT NULL)';

/** A migration that failed: the start stops, naming it. */
export const migrationFailed = (migration: Migration, cause: unknown) =>
  new ReadoutError('STORE_MIGRATION', `migration ${migration.version} failed`, { cause });

export const SQLITE_MIGRATIONS = migrationsOf('sqlite');
export const POSTGRES_MIGRATIONS = migrationsOf('postgres');
