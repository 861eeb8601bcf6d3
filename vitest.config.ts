import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts', 'examples/**/*.test.ts'],
    environment: 'node',
    // Generous bounds for a loaded two-core machine: tests that start processes wait on a
    // readiness line, never a fixed sleep, so a bound only ends a test that is truly stuck.
    testTimeout: 180_000,
    hookTimeout: 180_000,
  },
});
