import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';
import { entries } from './tsup.config.ts';

// The examples import the package by name, as a host does: each public subpath (the tsup
// entries, as in tsconfig.json's "paths") resolves to its source.
const alias = Object.entries(entries).map(([name, file]) => ({
  find: new RegExp(`^wuye-rules${name === 'index' ? '' : `/${name}`}$`),
  replacement: fileURLToPath(new URL(file, import.meta.url)),
}));

export default defineConfig({
  resolve: { alias },
  test: {
    include: ['test/**/*.test.ts', 'examples/**/*.test.ts'],
    environment: 'node',
    // Generous bounds for a loaded two-core machine: tests that start processes wait on a
    // readiness line, never a fixed sleep, so a bound only ends a test that is truly stuck.
    testTimeout: 180_000,
    hookTimeout: 180_000,
  },
});
