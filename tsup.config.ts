import { defineConfig } from 'tsup';

/**
 * One entry a subpath export. Keep in step with package.json "exports" (a test checks it).
 * The chinese-days JSON is inlined (noExternal): the calendar reads it offline, and the
 * package's own ESM entry is not used.
 */
export const entries = {
  index: 'src/index.ts',
  calendar: 'src/calendar.ts',
  testing: 'src/testing/index.ts',
  complaint: 'src/procedures/complaint/index.ts',
  'follow-up': 'src/procedures/follow-up/index.ts',
  kpi: 'src/procedures/kpi/index.ts',
  'first-responder': 'src/procedures/first-responder/index.ts',
};

export default defineConfig({
  entry: entries,
  format: ['esm', 'cjs'],
  dts: true,
  clean: true,
  sourcemap: false,
  splitting: true,
  treeshake: true,
  target: 'es2022',
  platform: 'neutral',
  external: ['xstate', 'zod', 'luxon'],
  noExternal: ['chinese-days'],
});
