import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { entries } from '../tsup.config';

const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as {
  sideEffects: boolean;
  exports: Record<string, unknown>;
  dependencies: Record<string, string>;
  devDependencies: Record<string, string>;
};

describe('package.json', () => {
  it('has one subpath export per tsup entry, and no other', () => {
    const subpaths = Object.keys(pkg.exports).filter((k) => k !== './package.json');
    const fromEntries = Object.keys(entries).map((name) => (name === 'index' ? '.' : `./${name}`));
    expect(subpaths.sort()).toEqual(fromEntries.sort());
    for (const name of Object.keys(entries)) {
      const key = name === 'index' ? '.' : `./${name}`;
      expect(pkg.exports[key]).toEqual({
        import: { types: `./dist/${name}.d.ts`, default: `./dist/${name}.js` },
        require: { types: `./dist/${name}.d.cts`, default: `./dist/${name}.cjs` },
      });
    }
  });
  it('documents every entry with typedoc', () => {
    expect([...(pkg as unknown as { typedocOptions: { entryPoints: string[] } }).typedocOptions.entryPoints].sort()).toEqual(Object.values(entries).sort());
  });
  it('is side-effect free and pins exact versions', () => {
    expect(pkg.sideEffects).toBe(false);
    for (const v of [...Object.values(pkg.dependencies), ...Object.values(pkg.devDependencies)]) expect(v).toMatch(/^\d+\.\d+\.\d+$/);
  });
  it('has only the runtime dependencies the README names', () => {
    expect(Object.keys(pkg.dependencies).sort()).toEqual(['luxon', 'xstate', 'zod']);
  });
});
