import { type RawBuilder, sql as sqlTag } from 'kysely';
import type { Sql } from './sql.js';

/**
 * Where the two databases really differ for leases: the clock. PostgreSQL keeps `until` in the
 * database's own time, so that instances with skewed clocks agree; an SQLite file has one
 * process, which keeps `until_ms` by its own clock.
 */
type LeaseClock = {
  column: 'until' | 'until_ms';
  now: RawBuilder<unknown> | number;
  after: (ms: number) => RawBuilder<unknown> | number;
};

function leaseClock(dialect: Sql['dialect'], nowMs: () => number): LeaseClock {
  if (dialect === 'postgres')
    return {
      column: 'until',
      now: sqlTag`now()`,
      after: (ms) => sqlTag`now() + ${ms} * interval '1 millisecond'`,
    };
  const now = nowMs();
  return { column: 'until_ms', now, after: (ms) => now + ms };
}

/** A claim's values: on SQLite the clock's own (`nowMs`, `untilMs`), on PostgreSQL `ms` only. */
type Claim = { key: string; owner: string; ms: number; nowMs: number; untilMs: number };

/** leaseClock for a claim compiled once: its values are parameters, bound at each call. */
function claimClock(dialect: Sql['dialect'], v: Claim): LeaseClock {
  if (dialect === 'postgres') return leaseClock(dialect, () => 0);
  return { column: 'until_ms', now: v.nowMs, after: () => v.untilMs };
}

/**
 * Leases on shared work (SQLite migration 13, PostgreSQL 9). A claim is one statement: it takes
 * a free or expired lease, or renews the owner's own, and nothing else. On SQLite one process
 * writes the file, so a lease never finds another owner in practice; it is kept so that both
 * stores share one contract and one code path.
 */
export function leases({ db, run, dialect, compiledOnce }: Sql, nowMs: () => number = () => Date.now()) {
  // Claimed for every feed of every cycle, and every channel posted to: compiled once (sql.ts,
  // compiledOnce), the clock's values bound at each call.
  const claim = compiledOnce((v: Claim) => {
    const clock = claimClock(dialect, v);
    const until = clock.column;
    return db
      .insertInto('leases')
      .values({ key: v.key, owner: v.owner, [until]: clock.after(v.ms) } as never)
      .onConflict((oc) =>
        oc
          .column('key')
          .doUpdateSet((eb) => ({
            owner: eb.ref('excluded.owner'),
            [until]: eb.ref(`excluded.${until}`),
          }))
          .where((eb) =>
            eb.or([
              eb(`leases.${until}`, '<=', clock.now),
              eb('leases.owner', '=', eb.ref('excluded.owner')),
            ]),
          ),
      );
  });
  return {
    /**
     * Takes a lease on a piece of shared work ("feed:<url>", "channel:<id>") for `ms`
     * milliseconds: true when `owner` holds it now (it was free, expired, or already `owner`'s).
     * With several instances on PostgreSQL this is what keeps one feed polled, and one channel
     * posted to, by one instance at a time; an instance that dies loses its leases when they
     * expire. Time is the database's.
     */
    async claimLease(key: string, owner: string, ms: number) {
      const now = nowMs();
      const claimed = await run(claim({ key, owner, ms, nowMs: now, untilMs: now + ms }));
      return claimed.changes === 1;
    },
    /** Keeps `owner`'s lease `holdMs` more from now (0 frees it); false when `owner` had lost it. */
    async releaseLease(key: string, owner: string, holdMs: number) {
      const clock = leaseClock(dialect, nowMs);
      const released = await run(
        db
          .updateTable('leases')
          .set({ [clock.column]: clock.after(holdMs) })
          .where('key', '=', key)
          .where('owner', '=', owner),
      );
      return released.changes === 1;
    },
  };
}
