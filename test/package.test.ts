import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { entries } from '../tsup.config';

const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as {
  sideEffects: boolean;
  exports: Record<string, unknown>;
  typesVersions: Record<string, Record<string, string[]>>;
  files: string[];
  dependencies?: Record<string, string>;
  peerDependencies: Record<string, string>;
  peerDependenciesMeta?: Record<string, { optional?: boolean }>;
  devDependencies: Record<string, string>;
  repository: { type: string; url: string };
  homepage: string;
  bugs: { url: string };
  keywords: string[];
};

describe('package.json', () => {
  it('has one subpath export per tsup entry, the JSON Schemas, and no other', () => {
    const subpaths = Object.keys(pkg.exports).filter((k) => k !== './package.json' && k !== './schemas/*');
    const fromEntries = Object.keys(entries).map((name) => (name === 'index' ? '.' : `./${name}`));
    expect(subpaths.sort()).toEqual(fromEntries.sort());
    for (const name of Object.keys(entries)) {
      const key = name === 'index' ? '.' : `./${name}`;
      expect(pkg.exports[key]).toEqual({
        import: { types: `./dist/${name}.d.ts`, default: `./dist/${name}.js` },
        require: { types: `./dist/${name}.d.cts`, default: `./dist/${name}.cjs` },
      });
    }
    expect(pkg.exports['./schemas/*']).toBe('./docs/schemas/*');
    expect(pkg.files).toContain('docs/schemas');
  });
  it('maps every subpath for moduleResolution node (typesVersions), as exports does for the others', () => {
    const subpaths = Object.keys(entries).filter((name) => name !== 'index');
    expect(Object.keys(pkg.typesVersions)).toEqual(['*']);
    expect(pkg.typesVersions['*']).toEqual(Object.fromEntries(subpaths.map((name) => [name, [`./dist/${name}.d.cts`]])));
  });
  it('documents every entry with typedoc', () => {
    expect([...(pkg as unknown as { typedocOptions: { entryPoints: string[] } }).typedocOptions.entryPoints].sort()).toEqual(Object.values(entries).sort());
  });
  it('is side-effect free and pins exact versions of what it builds and tests with', () => {
    expect(pkg.sideEffects).toBe(false);
    for (const v of Object.values(pkg.devDependencies)) expect(v).toMatch(/^\d+\.\d+\.\d+$/);
  });
  it('leaves xstate, zod and luxon to the host: caret peer ranges, developed against a version inside them', () => {
    expect(pkg.dependencies ?? {}).toEqual({});
    expect(Object.keys(pkg.peerDependencies).sort()).toEqual(['luxon', 'xstate', 'zod']);
    // luxon is imported at runtime by the time code of the entries, so it is not optional.
    expect(pkg.peerDependenciesMeta?.['luxon']?.optional).not.toBe(true);
    for (const [name, range] of Object.entries(pkg.peerDependencies)) {
      const [major, minor, patch] = /^\^(\d+)\.(\d+)\.(\d+)$/.exec(range)!.slice(1).map(Number) as [number, number, number];
      const [dMajor, dMinor, dPatch] = pkg.devDependencies[name]!.split('.').map(Number) as [number, number, number];
      expect(dMajor, name).toBe(major);
      expect(dMinor * 1e6 + dPatch, name).toBeGreaterThanOrEqual(minor * 1e6 + patch);
    }
  });
  it('says where it lives', () => {
    expect(pkg.repository.url).toMatch(/^git\+https:\/\/github\.com\/.+\.git$/);
    expect(pkg.homepage).toMatch(/^https:\/\//);
    expect(pkg.bugs.url).toMatch(/^https:\/\//);
    expect(pkg.keywords).toContain('物业客服');
  });
});
