import { defineConfig } from 'vitest/config';

/** `npm run proof`: long end-to-end proofs with figures, kept out of `npm test`. */
export default defineConfig({
  test: {
    include: ['bench/proofs/**/*.proof.ts'],
    testTimeout: 1_200_000,
    hookTimeout: 60_000,
    pool: 'forks',
  },
});
