import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    testTimeout: 20_000,
    hookTimeout: 30_000,
    pool: 'forks',
    // Most integration tests wait on child processes, cron ticks and loopback servers rather
    // than compute: three files at a time on two cores keeps both busy (one leaves one idle).
    maxWorkers: 3,
  },
});
