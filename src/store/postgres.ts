import { createRequire } from 'node:module';
import type PgModule from 'pg';
import { ReadoutError } from '../app/errors.js';
import { APPLIED_TABLE, migrationFailed, POSTGRES_MIGRATIONS } from './migrations.js';
import { postgresSql } from './sql.js';
import type { Store } from './store.js';
import { storeMethods } from './store-methods.js';

// pg is loaded when a PostgreSQL store is opened: an SQLite app never holds it (~3 MB of heap).
// Its ESM entry re-exports this same CommonJS module.
const require = createRequire(import.meta.url);

/** A fixed key for the advisory lock that lets one instance at a time migrate. */
const MIGRATION_LOCK = 0x52_45_41_44; // "READ"

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
      await client.query(APPLIED_TABLE);
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
          throw migrationFailed(migration, cause);
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
  const sql = postgresSql(async () => {
    ready ??= migrate();
    await ready;
    return pool;
  }, now);
  return {
    ...storeMethods(sql, () => clock().getTime()),
    async close() {
      await pool.end().catch(() => undefined);
    },
  };
}
