import { defineConfig } from 'vitest/config';

/**
 * The extended test (test/extended/) reads a third-party feed corpus that is not in the repository:
 * it runs only when READOUT_FEED_CORPUS names its directory (`npm run test:extended`, `.ci/run`).
 * Without it `npm test` runs everything else and says in one line that the extended test did not run.
 */
const corpus = process.env.READOUT_FEED_CORPUS?.trim();
if (!corpus) {
  console.log(
    'extended feed-corpus test not run: set READOUT_FEED_CORPUS to a feed corpus directory to run it (npm run test:extended)',
  );
}

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    exclude: corpus ? ['**/node_modules/**'] : ['**/node_modules/**', 'test/extended/**'],
    testTimeout: 20_000,
    hookTimeout: 30_000,
    pool: 'forks',
    // Most integration tests wait on child processes, cron ticks and loopback servers rather
    // than compute: three files at a time on two cores keeps both busy (one leaves one idle).
    maxWorkers: 3,
  },
});
