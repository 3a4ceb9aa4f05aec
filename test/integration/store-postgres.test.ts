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
