import pg from 'pg';
import { describe, expect, it } from 'vitest';
import { unknownReadout } from '../../src/readout/types.js';
import { POSTGRES_MIGRATIONS } from '../../src/store/migrations.js';
import { openPostgresStore } from '../../src/store/postgres.js';
import { dropSchema, POSTGRES_URL, postgresAvailable, scratchSchema } from '../helpers/postgres.js';
import { describeStoreContract } from '../helpers/store-contract.js';

const available = await postgresAvailable();
if (!available && process.env.READOUT_REQUIRE_POSTGRES === '1') {
  throw new Error(
    `PostgreSQL is required here (READOUT_REQUIRE_POSTGRES=1) but ${POSTGRES_URL} does not answer`,
  );
}
if (!available) {
  // Said plainly, once: `.ci/run` always provides a server, so CI never takes this path.
  console.warn(
    `\n*** PostgreSQL store contract NOT RUN: no server at ${POSTGRES_URL.replace(/\/\/[^@]*@/, '//')}. ` +
      'Start one (or set READOUT_TEST_POSTGRES_URL); .ci/run installs and starts one. ***\n',
  );
}

if (available) {
  describeStoreContract('PostgreSQL', () => {
    const schema = scratchSchema();
    return {
      open: async () => openPostgresStore(POSTGRES_URL, { schema }),
      reopen: async () => openPostgresStore(POSTGRES_URL, { schema }),
      cleanup: () => dropSchema(schema),
    };
  });
}

describe.runIf(available)('PostgreSQL: upgrading to migration 13 (pages held back)', () => {
  it('counts the statements stored before it as held back, and not the readouts', async () => {
    const schema = scratchSchema();
    const client = new pg.Client({ connectionString: POSTGRES_URL });
    await client.connect();
    try {
      await client.query(`CREATE SCHEMA ${schema}`);
      await client.query(`SET search_path TO ${schema}`);
      await client.query(
        'CREATE TABLE schema_migrations (version INTEGER PRIMARY KEY, applied_at TEXT NOT NULL)',
      );
      for (const m of POSTGRES_MIGRATIONS.filter((m) => m.version < 13)) {
        await client.query(m.sql);
        await client.query('INSERT INTO schema_migrations VALUES ($1, $2)', [m.version, 'x']);
      }
      const insert = `INSERT INTO readouts (feed_url, item_key, link, data, created_at, updated_at) VALUES ('f', $1, 'l', $2, 'x', 'x')`;
      await client.query(insert, [
        'a',
        JSON.stringify(unknownReadout({ source: 'kremlin', title: 'A call' })),
      ]);
      await client.query(insert, [
        'b',
        JSON.stringify(unknownReadout({ source: 'kremlin', title: 'Greetings', docType: 'other' })),
      ]);
    } finally {
      await client.end();
    }
    const store = await openPostgresStore(POSTGRES_URL, { schema });
    try {
      expect(await store.heldBackByFeed()).toEqual({ f: { count: 1, latestTitle: 'Greetings' } });
    } finally {
      await store.close();
      await dropSchema(schema);
    }
  });
});
