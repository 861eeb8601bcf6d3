import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { entries } from '../tsup.config';
import { allProcedures } from '../src/docs/procedures';

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
  it('leaves xstate, zod, luxon and fastify to the host: caret peer ranges, developed against a version inside them', () => {
    expect(pkg.dependencies ?? {}).toEqual({});
    expect(Object.keys(pkg.peerDependencies).sort()).toEqual(['fastify', 'luxon', 'xstate', 'zod']);
    // No entry imports luxon (a host's DateTime is read structurally) and only the service
    // imports fastify: both optional. xstate and zod are imported by the entries: required.
    expect(pkg.peerDependenciesMeta?.['luxon']?.optional).toBe(true);
    expect(pkg.peerDependenciesMeta?.['fastify']?.optional).toBe(true);
    expect(pkg.peerDependenciesMeta?.['xstate']?.optional).not.toBe(true);
    expect(pkg.peerDependenciesMeta?.['zod']?.optional).not.toBe(true);
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
  it('lets the examples import the package by name: tsconfig paths map exactly the public subpaths, and no example reaches into src/', () => {
    const tsconfig = readFileSync(new URL('../tsconfig.json', import.meta.url), 'utf8');
    const paths = JSON.parse(/"paths": (\{[^}]*\})/.exec(tsconfig)![1]!) as Record<string, string[]>;
    expect(paths).toEqual(Object.fromEntries(Object.entries(entries).map(([name, file]) => [name === 'index' ? 'wuye-rules' : `wuye-rules/${name}`, [`./${file}`]])));
    const examples = join(import.meta.dirname, '..', 'examples');
    const files = readdirSync(examples, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.ts'));
    expect(files.length).toBeGreaterThan(10);
    const specifiers = files.flatMap((f) => [...readFileSync(join(examples, f), 'utf8').matchAll(/^import [^;]*? from '([^']+)';/gms)].map((m) => [f, m[1]!] as const));
    expect(specifiers.filter(([, s]) => s.startsWith('wuye-rules')).length).toBeGreaterThan(20);
    expect(specifiers.filter(([, s]) => s.includes('/src/') || (s.startsWith('wuye-rules') && !Object.hasOwn(paths, s)))).toEqual([]);
  });
  it("lists every procedure in the README's \"Use it in your app\", with the newcomer commands at the top", () => {
    const readme = readFileSync(new URL('../README.md', import.meta.url), 'utf8');
    const section = readme.slice(readme.indexOf('## Use it in your app'), readme.indexOf('## One contract for every procedure'));
    const rows = [...section.matchAll(/^\| `wuye-rules\/([\w-]+)` \| .* \|\s*(case)?\s*\|$/gm)].map((m) => [m[1], m[2] === 'case']);
    expect(rows.map(([name]) => name).sort()).toEqual(allProcedures.map((p) => p.name).sort());
    expect(Object.fromEntries(rows)).toEqual(Object.fromEntries(allProcedures.map((p) => [p.name, 'machine' in p])));
    expect(allProcedures).toHaveLength(16);
    const top = readme.slice(0, readme.indexOf('## Quick start'));
    expect(top).toContain('npm ci && npm run demo');
    expect(top).toContain('npm ci && npm test');
  });
});
