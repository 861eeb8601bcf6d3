// `npm test`: typecheck, lint, package checks (build, publint, attw), unit tests (vitest, with
// the host-project test packing the dist/ just built), generated docs current.
// Prints the closing line CI reads: "N passed, N failed".
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const steps = [];
function run(name, cmd, args, env = {}) {
  process.stdout.write(`\n▶ ${name}: ${cmd} ${args.join(' ')}\n`);
  const r = spawnSync(cmd, args, { stdio: 'inherit', env: { ...process.env, FORCE_COLOR: '0', ...env } });
  const ok = r.status === 0;
  steps.push({ name, ok });
  process.stdout.write(`${ok ? '✔' : '✘'} ${name}\n`);
  return ok;
}

run('typecheck', 'npx', ['tsc', '--noEmit', '-p', '.']);
run('lint', 'npx', ['eslint', '.']);
const packaged = run('package (build, publint, attw)', 'npm', ['run', '--silent', 'check:package']);

const dir = mkdtempSync(join(tmpdir(), 'wuye-vitest-'));
const report = join(dir, 'report.json');
// test/host packs this build instead of building its own (minutes on a loaded machine).
const built = packaged ? { WUYE_BUILT_DIST: join(process.cwd(), 'dist') } : {};
run('unit tests', 'npx', ['vitest', 'run', '--reporter=default', '--reporter=json', `--outputFile.json=${report}`], built);
let passed = 0;
let failed = 0;
let skipped = 0;
try {
  const json = JSON.parse(readFileSync(report, 'utf8'));
  passed = json.numPassedTests;
  failed = json.numFailedTests;
  skipped = json.numPendingTests + json.numTodoTests;
  if (json.numFailedTestSuites > 0 && failed === 0) failed = json.numFailedTestSuites;
} catch {
  failed += 1;
}
rmSync(dir, { recursive: true, force: true });

run('host example suite (node:test)', 'npm', ['run', '--silent', 'test:examples']);
run('generated docs are current', 'npm', ['run', '--silent', 'docs:check']);

const broken = steps.filter((s) => !s.ok).map((s) => s.name);
process.stdout.write(`\n${broken.length ? `Failed steps: ${broken.join(', ')}` : 'All steps passed.'}\n`);
process.stdout.write(`${passed} passed, ${failed + (broken.length && !failed ? broken.length : 0)} failed${skipped ? `, ${skipped} skipped` : ''}\n`);
process.exit(broken.length ? 1 : 0);
