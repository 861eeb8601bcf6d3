import { build } from 'esbuild';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { entries } from '../../tsup.config';

// Error texts are the library's own (src/core/issue-text.ts), not zod's locales: a subpath
// bundles no zod locale, but for the English that classic zod installs itself (its global
// config) where the subpath uses classic zod; a zod/mini subpath bundles none at all.
const root = fileURLToPath(new URL('../../', import.meta.url));
// wuye-rules/service is a Node server (fastify), never bundled for a browser.
const bundled = Object.entries(entries).filter(([, source]) => source !== 'src/service/index.ts');

describe('no zod locale in a bundle but classic zod own English', () => {
  it.each(bundled)('%s', async (_name, source) => {
    const result = await build({
      stdin: { contents: `export * from './${source}';`, resolveDir: root, loader: 'ts' },
      bundle: true,
      minify: true,
      platform: 'browser',
      format: 'esm',
      write: false,
      metafile: true,
      logLevel: 'silent',
    });
    const inputs = Object.entries(Object.values(result.metafile.outputs)[0]!.inputs).filter(([, v]) => v.bytesInOutput > 0).map(([file]) => file);
    const classic = inputs.some((file) => file.includes('node_modules/zod/v4/classic/'));
    const locales = inputs.filter((file) => file.includes('node_modules/zod/v4/locales/')).map((file) => file.replace(/^.*\/locales\//, ''));
    expect(locales).toEqual(classic ? ['en.js'] : []);
  });
});
