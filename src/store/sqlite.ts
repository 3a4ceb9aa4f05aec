import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import Database from 'better-sqlite3';
import { sqlitePath } from './database-url.js';
import { APPLIED_TABLE, migrationFailed, SQLITE_MIGRATIONS } from './migrations.js';
import { sqliteSql } from './sql.js';
import { relaxPollWrites } from './sqlite-durability.js';
import type { Store } from './store.js';
import { storeMethods } from './store-methods.js';

export { sqlitePath };

/** Applies the numbered migrations not yet applied, each in its own transaction. */
function migrate(db: Database.Database): void {
  db.exec(APPLIED_TABLE);
  const applied = new Set(
    (db.prepare('SELECT version FROM schema_migrations').all() as { version: number }[]).map(
      (r) => r.version,
    ),
  );
  for (const migration of SQLITE_MIGRATIONS) {
    if (applied.has(migration.version)) continue;
    try {
      db.transaction(() => {
        db.exec(migration.sql);
        db.prepare('INSERT INTO schema_migrations (version, applied_at) VALUES (?, ?)').run(
          migration.version,
          new Date().toISOString(),
        );
      })();
    } catch (cause) {
      throw migrationFailed(migration, cause);
    }
  }
}

/**
 * Opens (creating when needed) the SQLite store. WAL journal with synchronous=FULL: a recorded
 * post survives kill -9 and power loss. The poll's own writes, which the next poll can redo,
 * commit with NORMAL (sqlite-durability.ts). One process at a time writes to it.
 */
export function openSqliteStore(databaseUrl: string, clock: () => Date = () => new Date()): Store {
  const path = sqlitePath(databaseUrl);
  if (path !== ':memory:') mkdirSync(dirname(path), { recursive: true });
  const db = new Database(path);
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = FULL');
  db.pragma('foreign_keys = ON');
  db.pragma('busy_timeout = 5000');
  // SQLite's own default page cache (2 MB). better-sqlite3 builds SQLite with 16 MB, which one
  // scan of the readouts table (the page-check query each cycle) fills and keeps resident; the
  // OS caches the file anyway, and lookups on 50,000 readouts take as long with 2 MB.
  db.pragma('cache_size = -2000');
  migrate(db);

  const now = () => clock().toISOString();
  const store: Store = {
    ...storeMethods(sqliteSql(db, now), () => clock().getTime()),
    async close() {
      if (db.open) db.close();
    },
  };
  return relaxPollWrites(db, store);
}
