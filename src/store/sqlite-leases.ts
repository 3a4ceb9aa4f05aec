import type Database from 'better-sqlite3';
import type { Store } from './store.js';

/**
 * Leases in SQLite (migration 13). One process writes an SQLite file, so a lease never finds
 * another owner in practice; it is kept so that both stores share one contract and one code path.
 */
export function sqliteLeases(
  db: Database.Database,
  nowMs: () => number,
): Pick<Store, 'claimLease' | 'releaseLease'> {
  const claim = db.prepare(
    `INSERT INTO leases (key, owner, until_ms) VALUES (@key, @owner, @until)
     ON CONFLICT (key) DO UPDATE SET owner = excluded.owner, until_ms = excluded.until_ms
     WHERE leases.until_ms <= @now OR leases.owner = excluded.owner`,
  );
  const release = db.prepare('UPDATE leases SET until_ms = @until WHERE key = @key AND owner = @owner');
  return {
    async claimLease(key, owner, ms) {
      const now = nowMs();
      return claim.run({ key, owner, until: now + ms, now }).changes === 1;
    },
    async releaseLease(key, owner, holdMs) {
      return release.run({ key, owner, until: nowMs() + holdMs }).changes === 1;
    },
  };
}
