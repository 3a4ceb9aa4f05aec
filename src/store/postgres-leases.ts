import type { PgExec } from './postgres.js';
import type { Store } from './store.js';

/**
 * Leases in PostgreSQL (migration 9 of its list), in the database's own time so that instances
 * with skewed clocks agree. A claim is one statement: it takes a free or expired lease, or
 * renews the owner's own, and nothing else.
 */
export function postgresLeases({ q }: PgExec): Pick<Store, 'claimLease' | 'releaseLease'> {
  return {
    async claimLease(key, owner, ms) {
      const rows = await q(
        `INSERT INTO leases (key, owner, until) VALUES ($1, $2, now() + $3 * interval '1 millisecond')
         ON CONFLICT (key) DO UPDATE SET owner = excluded.owner, until = excluded.until
         WHERE leases.until <= now() OR leases.owner = excluded.owner
         RETURNING key`,
        [key, owner, ms],
      );
      return rows.length === 1;
    },
    async releaseLease(key, owner, holdMs) {
      const rows = await q(
        `UPDATE leases SET until = now() + $3 * interval '1 millisecond' WHERE key = $1 AND owner = $2 RETURNING key`,
        [key, owner, holdMs],
      );
      return rows.length === 1;
    },
  };
}
