import type { Migration } from './migrations.js';

/**
 * Roll-ups of the stats summary rows (readout-summaries.ts), so that an all-time answer reads
 * months, not readouts: per relation and set of countries, the readouts by month, kind and level,
 * by month and stated talk time, and the people over all time; the relations (and sets of
 * countries) that have summary rows; and the recurring topics last computed per target and span, with the signature of the
 * readouts they came from.
 *
 * Triggers on the summary tables keep the counts (a row counted when inserted, uncounted when
 * deleted, in the same transaction), so every path that writes summaries, the readouts' own
 * update trigger included, keeps them exact; the migration counts the summary rows already
 * made. Only rows with a relation and of a readout (docType not "other") are counted, as the
 * stats read them. A changed readout's key terms (deleted to be rewritten) drop the stored
 * topics. SQLite keeps each table as its key's B-tree (WITHOUT ROWID): a range of months is one
 * read of adjacent rows.
 */
const TABLES = (withoutRowid: string) => `
  CREATE TABLE stats_relations (
    relation TEXT NOT NULL,
    countries TEXT NOT NULL,
    n BIGINT NOT NULL,
    PRIMARY KEY (relation, countries)
  )${withoutRowid};
  CREATE TABLE stats_months (
    relation TEXT NOT NULL,
    month TEXT NOT NULL,
    kind TEXT NOT NULL,
    level TEXT NOT NULL,
    countries TEXT NOT NULL,
    n BIGINT NOT NULL,
    PRIMARY KEY (relation, month, kind, level, countries)
  )${withoutRowid};
  CREATE TABLE stats_durations (
    relation TEXT NOT NULL,
    month TEXT NOT NULL,
    duration DOUBLE PRECISION NOT NULL,
    countries TEXT NOT NULL,
    n BIGINT NOT NULL,
    PRIMARY KEY (relation, month, duration, countries)
  )${withoutRowid};
  CREATE TABLE stats_people (
    relation TEXT NOT NULL,
    key TEXT NOT NULL,
    name TEXT NOT NULL,
    country TEXT NOT NULL,
    countries TEXT NOT NULL,
    n BIGINT NOT NULL,
    PRIMARY KEY (relation, key, name, country, countries)
  )${withoutRowid};
  CREATE TABLE stats_topics (
    target TEXT PRIMARY KEY,
    signature TEXT NOT NULL,
    topics TEXT NOT NULL
  );
  INSERT INTO stats_relations (relation, countries, n)
    SELECT relation, countries, count(*) FROM readout_summaries
    WHERE relation IS NOT NULL AND doc_type <> 'other' GROUP BY relation, countries;
  INSERT INTO stats_months (relation, month, kind, level, countries, n)
    SELECT relation, substr(event_date, 1, 7), kind, level, countries, count(*) FROM readout_summaries
    WHERE relation IS NOT NULL AND doc_type <> 'other'
    GROUP BY relation, substr(event_date, 1, 7), kind, level, countries;
  INSERT INTO stats_durations (relation, month, duration, countries, n)
    SELECT relation, substr(event_date, 1, 7), duration, countries, count(*) FROM readout_summaries
    WHERE relation IS NOT NULL AND doc_type <> 'other' AND duration IS NOT NULL
    GROUP BY relation, substr(event_date, 1, 7), duration, countries;
  INSERT INTO stats_people (relation, key, name, country, countries, n)
    SELECT relation, key, name, coalesce(country, ''), countries, count(*) FROM readout_people
    WHERE relation IS NOT NULL AND doc_type <> 'other'
    GROUP BY relation, key, name, coalesce(country, ''), countries;
`;

/** The key of a summary row's month row, and of its talk-time row (`R` is NEW or OLD). */
const monthKey = (r: string) =>
  `relation = ${r}.relation AND month = substr(${r}.event_date, 1, 7) AND kind = ${r}.kind AND level = ${r}.level AND countries = ${r}.countries`;
const durationKey = (r: string) =>
  `relation = ${r}.relation AND month = substr(${r}.event_date, 1, 7) AND duration = ${r}.duration AND countries = ${r}.countries`;
const personKey = (r: string) =>
  `relation = ${r}.relation AND key = ${r}.key AND name = ${r}.name AND country = coalesce(${r}.country, '') AND countries = ${r}.countries`;

/** Counting a new summary row (`N` is NEW), as SQL statements both databases run. */
const countSummary = (n: string) => `
  INSERT INTO stats_relations (relation, countries, n) VALUES (${n}.relation, ${n}.countries, 1)
    ON CONFLICT (relation, countries) DO UPDATE SET n = stats_relations.n + 1;
  INSERT INTO stats_months (relation, month, kind, level, countries, n)
    VALUES (${n}.relation, substr(${n}.event_date, 1, 7), ${n}.kind, ${n}.level, ${n}.countries, 1)
    ON CONFLICT (relation, month, kind, level, countries) DO UPDATE SET n = stats_months.n + 1;
  INSERT INTO stats_durations (relation, month, duration, countries, n)
    SELECT ${n}.relation, substr(${n}.event_date, 1, 7), ${n}.duration, ${n}.countries, 1
    WHERE ${n}.duration IS NOT NULL
    ON CONFLICT (relation, month, duration, countries) DO UPDATE SET n = stats_durations.n + 1;`;
const uncountSummary = (o: string) => `
  UPDATE stats_relations SET n = n - 1 WHERE relation = ${o}.relation AND countries = ${o}.countries;
  DELETE FROM stats_relations WHERE relation = ${o}.relation AND countries = ${o}.countries AND n <= 0;
  UPDATE stats_months SET n = n - 1 WHERE ${monthKey(o)};
  DELETE FROM stats_months WHERE ${monthKey(o)} AND n <= 0;
  UPDATE stats_durations SET n = n - 1 WHERE ${durationKey(o)};
  DELETE FROM stats_durations WHERE ${durationKey(o)} AND n <= 0;`;
const countPerson = (n: string) => `
  INSERT INTO stats_people (relation, key, name, country, countries, n)
    VALUES (${n}.relation, ${n}.key, ${n}.name, coalesce(${n}.country, ''), ${n}.countries, 1)
    ON CONFLICT (relation, key, name, country, countries) DO UPDATE SET n = stats_people.n + 1;`;
const uncountPerson = (o: string) => `
  UPDATE stats_people SET n = n - 1 WHERE ${personKey(o)};
  DELETE FROM stats_people WHERE ${personKey(o)} AND n <= 0;`;
const counted = (r: string) => `${r}.relation IS NOT NULL AND ${r}.doc_type <> 'other'`;

const NAME = 'stats roll-ups: readouts by relation and month, talk times, people, stored topics';

/** SQLite migration 22. */
export const SQLITE_STATS_ROLLUPS_MIGRATION: Migration = {
  version: 22,
  name: NAME,
  sql: `${TABLES(' WITHOUT ROWID')}
    CREATE TRIGGER stats_summary_counted AFTER INSERT ON readout_summaries
      WHEN ${counted('NEW')} BEGIN ${countSummary('NEW')}
    END;
    CREATE TRIGGER stats_summary_uncounted AFTER DELETE ON readout_summaries
      WHEN ${counted('OLD')} BEGIN ${uncountSummary('OLD')}
    END;
    CREATE TRIGGER stats_person_counted AFTER INSERT ON readout_people
      WHEN ${counted('NEW')} BEGIN ${countPerson('NEW')}
    END;
    CREATE TRIGGER stats_person_uncounted AFTER DELETE ON readout_people
      WHEN ${counted('OLD')} BEGIN ${uncountPerson('OLD')}
    END;
    CREATE TRIGGER stats_terms_changed AFTER DELETE ON readout_terms BEGIN
      DELETE FROM stats_topics;
    END;
  `,
};

/** PostgreSQL migration 18: as SQLite's 22. */
export const POSTGRES_STATS_ROLLUPS_MIGRATION = {
  name: NAME,
  sql: `${TABLES('')}
    CREATE FUNCTION stats_summary_rollup() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
      IF TG_OP = 'INSERT' THEN
        IF ${counted('NEW')} THEN ${countSummary('NEW')}
        END IF;
      ELSIF ${counted('OLD')} THEN ${uncountSummary('OLD')}
      END IF;
      RETURN NULL;
    END $$;
    CREATE TRIGGER stats_summary_rollup AFTER INSERT OR DELETE ON readout_summaries
      FOR EACH ROW EXECUTE FUNCTION stats_summary_rollup();
    CREATE FUNCTION stats_person_rollup() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
      IF TG_OP = 'INSERT' THEN
        IF ${counted('NEW')} THEN ${countPerson('NEW')}
        END IF;
      ELSIF ${counted('OLD')} THEN ${uncountPerson('OLD')}
      END IF;
      RETURN NULL;
    END $$;
    CREATE TRIGGER stats_person_rollup AFTER INSERT OR DELETE ON readout_people
      FOR EACH ROW EXECUTE FUNCTION stats_person_rollup();
    CREATE FUNCTION stats_terms_changed() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
      DELETE FROM stats_topics;
      RETURN NULL;
    END $$;
    CREATE TRIGGER stats_terms_changed AFTER DELETE ON readout_terms
      FOR EACH ROW EXECUTE FUNCTION stats_terms_changed();
  `,
};
