import { describe, expect, it } from 'vitest';
import { runMultiInstance } from '../helpers/multi-instance.js';
import { POSTGRES_URL, postgresAvailable } from '../helpers/postgres.js';

const available = await postgresAvailable();
if (!available && process.env.READOUT_REQUIRE_POSTGRES === '1') {
  throw new Error(
    `PostgreSQL is required here (READOUT_REQUIRE_POSTGRES=1) but ${POSTGRES_URL} does not answer`,
  );
}
if (!available)
  console.warn(
    '\n*** Several-instance test NOT RUN: no PostgreSQL server (see store-postgres.test.ts). ***\n',
  );

describe.runIf(available)('three instances of the real app on one PostgreSQL', () => {
  it('post every readout once in every channel, even when one instance is killed mid-run', async () => {
    const figures = await runMultiInstance({
      readouts: 12,
      channels: 4,
      instances: 3,
      killAt: 0.3,
      timeoutMs: 120_000,
    });
    expect({ duplicated: figures.duplicated, lost: figures.lost }).toEqual({ duplicated: 0, lost: 0 });
    expect(figures.posted).toBe(48);
    // The work was shared: the instances still running posted too, not only the first.
    expect(figures.postsByInstance.slice(1).some((n) => n > 0)).toBe(true);
  }, 180_000);
});
