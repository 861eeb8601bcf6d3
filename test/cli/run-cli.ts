import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildSync } from 'esbuild';
import { afterAll } from 'vitest';

export const root = join(import.meta.dirname, '..', '..');

// The command line bundled once per test file, as tsup bundles it for the package (esbuild,
// one ESM file), so each run starts in well under a second even on a loaded machine.
const bundleDir = mkdtempSync(join(tmpdir(), 'wuye-cli-bin-'));
export const cliBundle = join(bundleDir, 'cli.mjs');
buildSync({
  entryPoints: [join(root, 'src/cli/bin.ts')],
  outfile: cliBundle,
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  logLevel: 'error',
  banner: { js: "import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);" },
});
// As in the package, the CLI finds its version in the package.json above it.
copyFileSync(join(root, 'package.json'), join(bundleDir, 'package.json'));
afterAll(() => rmSync(bundleDir, { recursive: true, force: true }));

/** Runs the command line as a user does: a separate process, real files, optional stdin. */
export function cli(args: readonly string[], input?: string | Buffer) {
  const r = spawnSync(process.execPath, [cliBundle, ...args], {
    cwd: root,
    encoding: 'utf8',
    env: { ...process.env, FORCE_COLOR: '0' },
    ...(input === undefined ? {} : { input }),
  });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

/** The stderr lines a command wrote, without the December calendar-coverage warning. */
export function errorLines(err: string): string[] {
  return err.split('\n').filter((l) => l !== '' && !l.startsWith('warning: ') && !l.startsWith('警告：'));
}
