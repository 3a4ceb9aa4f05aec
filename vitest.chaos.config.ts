import { defineConfig } from 'vitest/config';

/** `npm run chaos`: the long kill/restart run, kept out of `npm test`. */
export default defineConfig({
  test: {
    include: ['test/chaos/**/*.chaos.ts'],
    testTimeout: 900_000,
    pool: 'forks',
    // One run at a time: the drain's timing is not shared with the kill/restart run.
    fileParallelism: false,
  },
});
