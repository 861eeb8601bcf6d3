// The command line as a Unix tool: --version, --help on every command, one-line errors with
// exit 2 before any output, stdin through `-`, a UTF-8 BOM, and a commented policy template.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { after, intake } from '../complaint/fixtures';
import { cli, errorLines, root } from './run-cli';

const dir = mkdtempSync(join(tmpdir(), 'wuye-cli-unix-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const file = (name: string, content: string | Buffer) => {
  writeFileSync(join(dir, name), content);
  return join(dir, name);
};
const BOM = '\uFEFF';
const asOf = '2026-05-10T00:00:00+08:00';
const late = JSON.stringify(intake({ id: 'C-LATE' }));
const fine = JSON.stringify(intake({ id: 'C-OK', dispatches: [{ at: after(5), department: '工程部' }], progressNotices: [{ at: after(30) }], result: { at: after(60), description: '已处理' } }));

/** Exit 2, nothing on stdout, and exactly one line on stderr (no stack trace). */
function expectOneLineUsageError(r: ReturnType<typeof cli>, ...needles: string[]) {
  expect(r.code).toBe(2);
  expect(r.out).toBe('');
  const lines = errorLines(r.err);
  expect(lines).toHaveLength(1);
  expect(lines[0]).not.toMatch(/^\s+at /);
  for (const n of needles) expect(lines[0]).toContain(n);
}

describe('version and help', () => {
  it('prints the package version', () => {
    const version = (JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { version: string }).version;
    for (const flag of ['--version', '-V']) expect(cli([flag])).toMatchObject({ code: 0, out: `${version}\n` });
  });
  it('prints the usage of every command with --help, and the overview with no command on stderr', () => {
    const overview = cli(['--help']);
    expect(overview.code).toBe(0);
    const commands = ['docs', 'check-policy', 'check', 'calendar', 'init-policy'];
    for (const c of commands) expect(overview.out).toContain(`wuye-rules ${c} `);
    for (const c of commands) {
      const r = cli([c, '--help']);
      expect(r.code, c).toBe(0);
      expect(r.out.startsWith(`usage: wuye-rules ${c} `), c).toBe(true);
      expect(r.out).toContain('exit codes');
    }
    const none = cli([]);
    expect(none.code).toBe(2);
    expect(none.err).toContain('usage:');
  });
});

describe('bad calls and unreadable files: one line, exit 2, nothing on stdout', () => {
  it('a missing file, a directory', () => {
    expectOneLineUsageError(cli(['check', 'complaint', join(dir, 'missing.jsonl'), '--as-of', asOf]), 'missing.jsonl', 'no such file');
    expectOneLineUsageError(cli(['check', 'complaint', dir, '--as-of', asOf]), 'is a directory');
    expectOneLineUsageError(cli(['check-policy', dir]), 'is a directory');
    expectOneLineUsageError(cli(['check-policy', join(dir, 'missing.json')]), 'no such file');
    expectOneLineUsageError(cli(['calendar', 'check', join(dir, 'missing.json')]), 'no such file');
  });
  it('an unknown command or option, a missing argument', () => {
    expectOneLineUsageError(cli(['frobnicate']), 'unknown command "frobnicate"');
    expectOneLineUsageError(cli(['check', 'complaint', '--as-of', asOf, '--bogus']), "'--bogus'", 'wuye-rules check --help');
    expectOneLineUsageError(cli(['check', 'complaint', file('r.jsonl', late)]), '--as-of');
    expectOneLineUsageError(cli(['check-policy']), 'check-policy --help');
    expectOneLineUsageError(cli(['docs']), '--out');
    expectOneLineUsageError(cli(['calendar', 'frobnicate']), 'calendar --help');
  });
});

describe('stdin and byte-order marks', () => {
  it('reads records from stdin through -', () => {
    const r = cli(['check', 'complaint', '-', '--as-of', asOf, '--json'], `${fine}\n${late}\n`);
    expect(r.code).toBe(1);
    expect(r.out.trim().split('\n').at(-1)).toBe(JSON.stringify({ summary: { records: 2, malformed: 0, invalid: 0, errors: 3, warnings: 0, infos: 0 } }));
  });
  it('reads a policy from stdin through -', () => {
    const r = cli(['check-policy', '-'], JSON.stringify({ overrides: { 'complaint.notifyWithin': { value: 2, unit: 'day' } } }));
    expect(r.code).toBe(0);
    expect(r.out).toContain('complaint.notifyWithin: 3 days → 2 days');
  });
  it('accepts a UTF-8 BOM before a records file (named or stdin) and a policy file', () => {
    const records = cli(['check', 'complaint', file('bom.jsonl', `${BOM}${fine}\n`), '--as-of', asOf]);
    expect(records.code).toBe(0);
    expect(records.out).toContain('1 records, 0 errors');
    const policy = cli(['check-policy', file('bom-policy.json', `${BOM}${JSON.stringify({ packs: ['ZH'] })}`)]);
    expect(policy.code).toBe(0);
    const fromStdin = cli(['check', 'complaint', '-', '--as-of', asOf], `${BOM}${fine}\n`);
    expect(fromStdin.out).toContain('1 records, 0 errors');
  });
});

describe('policy files', () => {
  it('suggests the closest parameter for a misspelled id', () => {
    const r = cli(['check-policy', file('typo.json', JSON.stringify({ overrides: { 'complaint.notifyWithn': { value: 2, unit: 'day' } } }))]);
    expectOneLineUsageError(r, 'INVALID_POLICY', 'Unknown parameter "complaint.notifyWithn"', 'did you mean "complaint.notifyWithin"?');
  });
  it('refuses __proto__ and constructor like any unknown key', () => {
    for (const key of ['__proto__', 'constructor', 'toString']) {
      const r = cli(['check-policy', file(`${key}.json`, `{ "overrides": { "${key}": { "value": 2, "unit": "day" } } }`)]);
      expectOneLineUsageError(r, 'INVALID_POLICY', `Unknown parameter "${key}"`);
    }
  });
  it('names the format when the file is flat', () => {
    const r = cli(['check-policy', file('flat.json', JSON.stringify({ 'complaint.notifyWithin': { value: 2, unit: 'day' } }))]);
    expectOneLineUsageError(r, 'INVALID_POLICY', '"complaint.notifyWithin" is at the top', '"overrides"', '"packs"');
    expectOneLineUsageError(cli(['check-policy', file('other.json', '{ "pack": ["ZH"] }')]), 'Unknown key "pack"', '"overrides"');
  });
  it('init-policy writes a commented template that check-policy reads, and an uncommented line takes effect', () => {
    const printed = cli(['init-policy']);
    expect(printed.code).toBe(0);
    expect(printed.out).toMatch(/^\/\/ wuye-rules policy file/);
    const target = join(dir, 'policy.jsonc');
    expect(cli(['init-policy', target]).code).toBe(0);
    const template = readFileSync(target, 'utf8');
    expect(template).toBe(printed.out);
    expect(template).toContain('//   "DEPT"    《物业公司客服部岗位职责及各岗位人员规章制度》');
    expect(template).toContain('// "complaint.notifyWithin": {"value":3,"unit":"day"},');
    expect(cli(['check-policy', target]).out).toContain('0 parameter(s) differ');
    // Uncomment one override (its trailing comma stays) and choose a pack.
    writeFileSync(target, template.replace('// "complaint.notifyWithin": {"value":3,"unit":"day"},', '"complaint.notifyWithin": {"value":2,"unit":"day"},').replace('"packs": []', '"packs": ["STD"]'));
    const edited = cli(['check-policy', target]);
    expect(edited.code).toBe(0);
    expect(edited.out).toContain('complaint.notifyWithin: 3 days → 2 days  (override');
    expect(edited.out).toContain('complaint.escalateTo:');
    expectOneLineUsageError(cli(['init-policy', target]), 'exists');
    expect(cli(['init-policy', target, '--force']).code).toBe(0);
    expect(readFileSync(target, 'utf8')).toBe(template);
  });
});
