// A host project installs the packed tarball next to its own xstate, zod and luxon — the
// lowest versions the peer ranges allow — and type-checks a host file against it: with
// skipLibCheck true and false, under moduleResolution node, node16 and bundler. In every
// one `isNoisyWorkAllowed(123)` must be a type error (a `// @ts-expect-error` that tsc
// must find used), and a negative control without it must fail. The same install runs the
// package at runtime, ESM and CJS.
//
// The floors, each found by this test: xstate 5.20.0 is the first with `xstate/graph` (the
// testing kit; 5.19 has transition/initialTransition but no graph); zod 4.5.0 is the first
// whose zod/mini has the ZodMiniInt the published types use (4.4.3 fails with TS2724 under
// skipLibCheck false; before 4.0.16 ZodDiscriminatedUnion fails with TS2707); luxon 3.0.0
// (optional) runs everything here.
//
// Needs the npm registry (the host installs from it). When the registry cannot be reached
// the tests are skipped with the reason in their names — unless WUYE_REQUIRE_REGISTRY=1 (CI),
// which makes that a failure. The host's installed packages are cached under
// node_modules/.cache/wuye-host, so a repeated run only reinstalls the tarball.
// When WUYE_BUILT_DIST names a build of this tree (.ci/test.mjs builds dist/ first), that
// build is packed; otherwise the test builds its own with tsup (minutes on a loaded machine).
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { entries } from '../../tsup.config';

const root = join(import.meta.dirname, '..', '..');
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { peerDependencies: Record<string, string>; devDependencies: Record<string, string>; files: string[] };
const lowest = (name: string) => pkg.peerDependencies[name]!.replace(/^\^/, '');
// The host imports every subpath, wuye-rules/service too: so it installs the service's optional
// peer fastify (whose types reference Node's, hence @types/node), as a host running the service does.
const HOST_DEPENDENCIES = [`typescript@${pkg.devDependencies['typescript']}`, `xstate@${lowest('xstate')}`, `zod@${lowest('zod')}`, `luxon@${lowest('luxon')}`, `fastify@${lowest('fastify')}`, `@types/node@${pkg.devDependencies['@types/node']}`];
const MINUTES = 60_000;

function run(cmd: string, args: readonly string[], cwd: string, timeout = 15 * MINUTES) {
  const r = spawnSync(cmd, args, { cwd, encoding: 'utf8', timeout, env: { ...process.env, FORCE_COLOR: '0', npm_config_audit: 'false', npm_config_fund: 'false', npm_config_update_notifier: 'false' } });
  return { code: r.status, stdout: r.stdout ?? '', out: `${r.stdout ?? ''}${r.stderr ?? ''}${r.error ? String(r.error) : ''}` };
}

// Is the registry reachable? One small metadata request, with a generous bound.
const probe = run('npm', ['view', `xstate@${lowest('xstate')}`, 'version'], root, 3 * MINUTES);
const reachable = probe.code === 0 && probe.out.trim().endsWith(lowest('xstate'));
const unreachable = reachable ? '' : ` — SKIPPED: the npm registry is unreachable (npm view exited ${probe.code}: ${probe.out.trim().split('\n').at(-1) ?? ''})`;
if (!reachable && process.env['WUYE_REQUIRE_REGISTRY'] === '1') throw new Error(`WUYE_REQUIRE_REGISTRY=1 but the npm registry is unreachable: ${probe.out}`);
if (!reachable) console.warn(`test/host${unreachable}`);

const subpaths = Object.keys(entries).map((name) => (name === 'index' ? 'wuye-rules' : `wuye-rules/${name}`));

// The host file: every subpath imported, parse → step → persist, xstate's own transition on
// a packaged machine, and the one call that must not type-check.
const HOST_FILE = `${subpaths.map((s, i) => `import * as entry${i} from '${s}';`).join('\n')}
import { composePolicy, explainRefusal, persist, policyFromFile, stepCase, type InstantInput, type Violation } from 'wuye-rules';
import { complaintMachine, complaintProcedure, parseComplaintEvent, restoreComplaint, startComplaint, stepComplaint } from 'wuye-rules/complaint';
import { isNoisyWorkAllowed } from 'wuye-rules/quiet-hours';
import { initialTransition, transition } from 'xstate';

export const entries = [${subpaths.map((_, i) => `entry${i}`).join(', ')}];
const policy = composePolicy(policyFromFile({ packs: ['ZH'] }, [complaintProcedure]));
let [snapshot] = startComplaint({ id: 'C-1', receivedAt: '2026-05-06T09:30:00+08:00', channel: 'phone', complainant: { name: '王先生', unit: '3栋1201' }, subject: '噪声', receiver: '李敏' }, complaintMachine);
const step = stepComplaint(snapshot, parseComplaintEvent({ type: 'LISTENED', at: '2026-05-06T09:31:00+08:00' }), complaintMachine);
if (step.accepted) snapshot = step.snapshot;
else explainRefusal(complaintMachine, snapshot, { type: 'LISTENED', at: '2026-05-06T09:31:00+08:00' });
const [next] = transition(complaintMachine, snapshot, { type: 'CLARIFIED', at: '2026-05-06T09:33:00+08:00' });
const [first] = initialTransition(complaintMachine, { id: 'C-2', receivedAt: '2026-05-06T09:30:00+08:00', channel: 'phone', complainant: { name: '王先生', unit: '3栋1201' }, subject: '噪声', receiver: '李敏' });
stepCase(complaintMachine, first, { type: 'LISTENED', at: '2026-05-06T09:31:00+08:00' });
export const restored = restoreComplaint(JSON.stringify(persist(next)), complaintMachine);
export const violations: readonly Violation[] = restored.context.violations;
export const at: InstantInput = '2026-05-06T12:00:00+08:00';
export const allowed: boolean = isNoisyWorkAllowed(at, policy);
// @ts-expect-error a number is not an instant
isNoisyWorkAllowed(123);
`;

const CONFIGS = [
  { moduleResolution: 'node', module: 'commonjs' },
  { moduleResolution: 'node16', module: 'node16' },
  { moduleResolution: 'bundler', module: 'esnext' },
] as const;

let work = '';
let host = '';
beforeAll(() => {
  if (!reachable) return;
  work = mkdtempSync(join(tmpdir(), 'wuye-host-'));
  // The package as npm publishes it: package.json's "files", with a fresh build.
  const packageDir = join(work, 'package');
  mkdirSync(packageDir);
  for (const f of ['package.json', ...pkg.files.filter((f) => f !== 'dist')]) cpSync(join(root, f), join(packageDir, f), { recursive: true });
  const built = process.env['WUYE_BUILT_DIST'];
  if (built && existsSync(join(built, 'index.d.ts'))) cpSync(built, join(packageDir, 'dist'), { recursive: true });
  else {
    const build = run('npx', ['tsup', '--out-dir', join(packageDir, 'dist')], root, 30 * MINUTES);
    if (build.code !== 0) throw new Error(`tsup failed:\n${build.out}`);
  }
  const pack = run('npm', ['pack', '--pack-destination', work, '--ignore-scripts'], packageDir);
  if (pack.code !== 0) throw new Error(`npm pack failed:\n${pack.out}`);
  const tarball = join(work, pack.stdout.trim().split('\n').at(-1)!);
  // The host, its dependencies cached between runs; the tarball installed fresh each time.
  host = join(root, 'node_modules', '.cache', 'wuye-host', HOST_DEPENDENCIES.join('+').replace(/[@/]/g, '_'));
  mkdirSync(host, { recursive: true });
  if (!existsSync(join(host, 'package.json'))) writeFileSync(join(host, 'package.json'), JSON.stringify({ name: 'host', version: '1.0.0', private: true }));
  rmSync(join(host, 'node_modules', 'wuye-rules'), { recursive: true, force: true });
  cpSync(tarball, join(host, 'wuye-rules.tgz'));
  const install = run('npm', ['install', '--prefer-offline', '--ignore-scripts', '--no-save', ...HOST_DEPENDENCIES, './wuye-rules.tgz'], host);
  if (install.code !== 0) throw new Error(`npm install in the host failed:\n${install.out}`);
}, 45 * MINUTES);
afterAll(() => {
  if (work) rmSync(work, { recursive: true, force: true });
});

function typecheck(name: string, file: string, options: Record<string, unknown>, extension = 'ts') {
  const dir = join(host, name);
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir);
  writeFileSync(join(dir, `host.${extension}`), file);
  writeFileSync(join(dir, 'tsconfig.json'), JSON.stringify({ compilerOptions: { target: 'es2022', strict: true, esModuleInterop: true, noEmit: true, types: [], ...options }, include: [`host.${extension}`] }));
  return run(process.execPath, [join(host, 'node_modules', 'typescript', 'bin', 'tsc'), '-p', join(dir, 'tsconfig.json')], dir);
}

describe(`a host project on the lowest peers (${HOST_DEPENDENCIES.join(', ')})${unreachable}`, () => {
  it.skipIf(!reachable)('the installed peers are the lowest in range, and the package brings no copy of its own', () => {
    for (const name of ['xstate', 'zod', 'luxon']) {
      expect((JSON.parse(readFileSync(join(host, 'node_modules', name, 'package.json'), 'utf8')) as { version: string }).version, name).toBe(lowest(name));
      expect(existsSync(join(host, 'node_modules', 'wuye-rules', 'node_modules', name)), name).toBe(false);
    }
    expect(existsSync(join(host, 'node_modules', 'wuye-rules', 'docs', 'schemas', 'policy.schema.json'))).toBe(true);
  });
  for (const config of CONFIGS) {
    for (const skipLibCheck of [true, false]) {
      it.skipIf(!reachable)(`type-checks under moduleResolution ${config.moduleResolution}, skipLibCheck ${skipLibCheck}, with isNoisyWorkAllowed(123) an error`, () => {
        const name = `${config.moduleResolution}-${skipLibCheck}`;
        const r = typecheck(name, HOST_FILE, { ...config, skipLibCheck });
        expect(r.out).toBe('');
        expect(r.code).toBe(0);
        if (config.moduleResolution === 'node16') {
          // The same file as ESM (.mts) resolves the import conditions.
          const esm = typecheck(`${name}-esm`, HOST_FILE, { ...config, skipLibCheck }, 'mts');
          expect(esm.out).toBe('');
          expect(esm.code).toBe(0);
        }
      }, 20 * MINUTES);
    }
  }
  it.skipIf(!reachable)('negative control: without the @ts-expect-error the same file fails on that call', () => {
    const r = typecheck('control', HOST_FILE.replace('// @ts-expect-error a number is not an instant\n', ''), { moduleResolution: 'bundler', module: 'esnext', skipLibCheck: true });
    expect(r.code).not.toBe(0);
    expect(r.out).toMatch(/host\.ts\(\d+,\d+\): error TS2345: Argument of type 'number' is not assignable/);
    expect(r.out.match(/error TS/g)).toHaveLength(1);
  }, 20 * MINUTES);
  it.skipIf(!reachable)('runs, ESM and CJS: parse, step with xstate, persist, the testing kit (xstate/graph), a schema by subpath', () => {
    const script = (load: string) => `${load}
const [snapshot] = complaint.startComplaint({ id: 'C-1', receivedAt: '2026-05-06T09:30:00+08:00', channel: 'phone', complainant: { name: '王先生', unit: '3栋1201' }, subject: '噪声', receiver: '李敏' }, complaint.complaintMachine);
const [next] = xstate.transition(complaint.complaintMachine, snapshot, { type: 'LISTENED', at: '2026-05-06T09:31:00+08:00' });
const restored = complaint.restoreComplaint(JSON.stringify(root.persist(next)), complaint.complaintMachine);
const refused = complaint.stepComplaint(restored, { type: 'CLOSE', at: '2026-05-06T09:32:00+08:00' }, complaint.complaintMachine);
const policy = root.policyFromFile('{ "packs": ["ZH"], }', [complaint.complaintProcedure]);
const paths = testing.procedurePaths(complaint.complaintProcedure);
console.log(JSON.stringify({ state: restored.value, refused: !refused.accepted, paths: paths.length > 0, zone: root.paramValue(policy, root.coreParameters.zone), schema: schemaPath.endsWith('policy.schema.json') }));
`;
    const esm = script(`import * as root from 'wuye-rules'; import * as complaint from 'wuye-rules/complaint'; import * as testing from 'wuye-rules/testing'; import * as xstate from 'xstate'; import { createRequire } from 'node:module'; const schemaPath = createRequire(import.meta.url).resolve('wuye-rules/schemas/policy.schema.json');`);
    const cjs = script(`const root = require('wuye-rules'); const complaint = require('wuye-rules/complaint'); const testing = require('wuye-rules/testing'); const xstate = require('xstate'); const schemaPath = require.resolve('wuye-rules/schemas/policy.schema.json');`);
    writeFileSync(join(host, 'smoke.mjs'), esm);
    writeFileSync(join(host, 'smoke.cjs'), cjs);
    for (const file of ['smoke.mjs', 'smoke.cjs']) {
      const r = run(process.execPath, [file], host);
      expect(r.code, r.out).toBe(0);
      expect(JSON.parse(r.out)).toMatchObject({ refused: true, paths: true, zone: 'Asia/Shanghai', schema: true });
    }
  }, 20 * MINUTES);
});
