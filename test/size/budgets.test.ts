import { build } from 'esbuild';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { brotliCompressSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { entries } from '../../tsup.config';

// The size budgets of .size-limit.json (the one list `npm run size` reports), checked on the
// sources: each subpath (or named import) bundled by esbuild as a host's bundler would —
// browser platform, minified, EVERYTHING bundled (zod, xstate and luxon included, whether
// they are dependencies or peers) — then brotli-compressed. kB are size-limit's: 1000 bytes.
interface Check {
  readonly name: string;
  readonly path: string;
  readonly import: string;
  readonly limit: string;
}

const root = fileURLToPath(new URL('../../', import.meta.url));
const checks = JSON.parse(readFileSync(new URL('../../.size-limit.json', import.meta.url), 'utf8')) as Check[];

function sourceOf(check: Check): string {
  const entry = /^dist\/(.+)\.js$/.exec(check.path)?.[1];
  const source = entry === undefined ? undefined : (entries as Record<string, string>)[entry];
  if (source === undefined) throw new Error(`${check.name}: ${check.path} is not a tsup entry`);
  return source;
}

async function brotliBytes(contents: string): Promise<number> {
  const result = await build({
    stdin: { contents, resolveDir: root, loader: 'ts' },
    bundle: true,
    minify: true,
    platform: 'browser',
    format: 'esm',
    write: false,
    logLevel: 'silent',
  });
  return brotliCompressSync(result.outputFiles[0]!.contents).length;
}

function limitBytes(limit: string): number {
  const m = /^(\d+(?:\.\d+)?) kB$/.exec(limit);
  if (!m) throw new Error(`a limit is written 'N kB': ${limit}`);
  return Math.round(Number(m[1]) * 1000);
}

describe('bundle size budgets (minified + brotli, whole subpath)', () => {
  // wuye-rules/service is a Node server (fastify, an optional peer), never bundled for a browser.
  const SERVER_ONLY = new Set(['src/service/index.ts']);
  it('every tsup entry has a whole-subpath budget', () => {
    const budgeted = new Set(checks.filter((c) => c.import === '*').map((c) => sourceOf(c)));
    expect(Object.values(entries).filter((source) => !budgeted.has(source) && !SERVER_ONLY.has(source))).toEqual([]);
  });

  it.each(checks.map((c) => [c.name, c] as const))('%s', async (_name, check) => {
    const source = `./${sourceOf(check)}`;
    const contents = check.import === '*' ? `export * from '${source}';` : `export ${check.import} from '${source}';`;
    const bytes = await brotliBytes(contents);
    expect(bytes, `${check.name}: ${(bytes / 1000).toFixed(2)} kB against ${check.limit}`).toBeLessThanOrEqual(limitBytes(check.limit));
  });

  it('measures zod, xstate and luxon too (a bundle of one zod schema is not empty)', async () => {
    // The control: were dependencies left external, this would be a few bytes.
    expect(await brotliBytes(`import * as z from 'zod/mini'; export const s = z.object({ a: z.string() });`)).toBeGreaterThan(3000);
  });
});
