// `npm run size`: the budgets of .size-limit.json (the one list, also read by
// test/size/budgets.test.ts), each measured on the WHOLE subpath: size-limit leaves a
// package's peerDependencies out of the bundle by default, and zod, xstate and luxon are what
// a host on an H5 page or a mini-program pays for too, so nothing is external here.
import { readFileSync } from 'node:fs';
import { URL } from 'node:url';

const checks = JSON.parse(readFileSync(new URL('./.size-limit.json', import.meta.url), 'utf8'));

export default checks.map((check) => ({
  ...check,
  modifyEsbuildConfig: (config) => ({ ...config, external: [], platform: 'browser' }),
}));
