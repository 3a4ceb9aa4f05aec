import { defineConfig } from 'vitest/config';

/**
 * `npm run container-check`: the Dockerfile's build run on this machine in its order (no
 * container engine here), kept out of `npm test`: it installs and compiles from scratch.
 */
export default defineConfig({
  test: {
    include: ['test/container/**/*.container.ts'],
    testTimeout: 1_200_000,
    // Removing the scratch image tree (node_modules twice) takes a while on a busy disk.
    hookTimeout: 300_000,
    pool: 'forks',
    fileParallelism: false,
  },
});
