import { defineConfig } from 'tsup';

/**
 * One entry a subpath export. Keep in step with package.json "exports" (a test checks it).
 * The calendar's data is the library's own (src/core/chinese-calendar-data.ts); chinese-days
 * is only a dev dependency for a cross-check test.
 */
export const entries = {
  index: 'src/index.ts',
  authoring: 'src/authoring.ts',
  calendar: 'src/calendar.ts',
  testing: 'src/testing/index.ts',
  complaint: 'src/procedures/complaint/index.ts',
  'follow-up': 'src/procedures/follow-up/index.ts',
  kpi: 'src/procedures/kpi/index.ts',
  'first-responder': 'src/procedures/first-responder/index.ts',
  'work-order': 'src/procedures/work-order/index.ts',
  renovation: 'src/procedures/renovation/index.ts',
  'quiet-hours': 'src/procedures/quiet-hours/index.ts',
  parking: 'src/procedures/parking/index.ts',
  delivery: 'src/procedures/delivery/index.ts',
  pets: 'src/procedures/pets/index.ts',
  'special-services': 'src/procedures/special-services/index.ts',
  'move-out': 'src/procedures/move-out/index.ts',
  keys: 'src/procedures/keys/index.ts',
  'lost-property': 'src/procedures/lost-property/index.ts',
  'customer-records': 'src/procedures/customer-records/index.ts',
  visitors: 'src/procedures/visitors/index.ts',
  report: 'src/report/index.ts',
  service: 'src/service/index.ts',
};

const shared = {
  target: 'es2022' as const,
  sourcemap: false,
  treeshake: true,
  external: ['xstate', 'zod', 'luxon', 'fastify'],
  'quiet-hours': 'src/procedures/quiet-hours/index.ts',
  'work-order': 'src/procedures/work-order/index.ts',
  renovation: 'src/procedures/renovation/index.ts',
};

export default defineConfig([
  { ...shared, entry: entries, format: ['esm', 'cjs'], dts: true, splitting: true, platform: 'neutral' },
  // The command line: one ESM file with a shebang, for `npx wuye-rules`.
  { ...shared, entry: { cli: 'src/cli/bin.ts' }, format: ['esm'], dts: false, platform: 'node', banner: { js: '#!/usr/bin/env node' } },
]);
