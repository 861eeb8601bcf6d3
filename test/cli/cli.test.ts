import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { after, intake } from '../complaint/fixtures';
import { cli as run } from './run-cli';

const dir = mkdtempSync(join(tmpdir(), 'wuye-cli-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const cli = (...args: string[]) => run(args);
const file = (name: string, content: string) => {
  writeFileSync(join(dir, name), content);
  return join(dir, name);
};

describe('wuye-rules check-policy', () => {
  it('prints every parameter that differs from the defaults, with its source', () => {
    const policy = file('policy.json', JSON.stringify({ packs: ['ZH', 'STD'], overrides: { 'complaint.notifyWithin': { value: 2, unit: 'day' } } }));
    const r = cli('check-policy', policy);
    expect(r.code).toBe(0);
    expect(r.out).toContain('complaint.notifyWithin: 3 days → 2 days  (override');
    expect(r.out).toContain("complaint.escalateTo: the department head or company leadership → the company's complaint department and management  (STD 《物业客户服务类服务标准表》 投诉管理 受理与回复 1)");
    expect(r.out).toContain('pets.regime: not applied → STD');
    const listed = r.out.split('\n').filter((l) => l.includes(' → ')).length;
    expect(r.out).toContain(`${listed} parameter(s) differ from the defaults`);
  });
  it('rejects a wrong unit or an unknown parameter with INVALID_POLICY and exit 2', () => {
    const wrongUnit = cli('check-policy', file('bad-unit.json', JSON.stringify({ overrides: { 'complaint.notifyWithin': { value: 2, unit: 'percent' } } })));
    expect(wrongUnit.code).toBe(2);
    expect(wrongUnit.err).toContain('INVALID_POLICY');
    const unknown = cli('check-policy', file('bad-key.json', JSON.stringify({ overrides: { 'complaint.notifyWithn': { value: 2, unit: 'day' } } })));
    expect(unknown.err).toContain('complaint.notifyWithn');
    expect(cli('check-policy', file('not-json.json', '{ packs: ')).code).toBe(2);
    expect(cli('check-policy', join(dir, 'missing.json')).err).toContain('Cannot read');
  });
});

describe('wuye-rules check', () => {
  const late = intake({ id: 'C-LATE' });
  const fine = intake({ id: 'C-OK', dispatches: [{ at: after(5), department: '工程部' }], progressNotices: [{ at: after(30) }], result: { at: after(60), description: '已处理' } });
  const records = file('records.jsonl', [JSON.stringify(fine), '{ not json', '', JSON.stringify({ ...late, receivedAt: '2026-05-06 09:30' }), JSON.stringify(late)].join('\n'));
  const asOf = '2026-05-10T00:00:00+08:00';

  it('prints violations as a table, reports bad lines with their numbers, and exits 1', () => {
    const r = cli('check', 'complaint', records, '--as-of', asOf);
    expect(r.code).toBe(1);
    expect(r.out).toMatch(/^\s+5 {2}C-LATE\s+error\s+complaint\.notify-deadline\s+《服务中心工作手册》 WI\/FW-006\.18/m);
    expect(r.err).toContain('line 2: malformed JSON, skipped');
    expect(r.err).toContain('line 4: invalid record, skipped / 记录无效，已跳过 — INVALID_INSTANT');
    expect(r.out).toContain('3 records, 3 errors, 0 warnings, 0 infos, 1 malformed lines, 1 invalid records');
  });
  it('writes JSON lines with --json', () => {
    const r = cli('check', 'complaint', records, '--as-of', asOf, '--json');
    const lines = r.out.trim().split('\n').map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(lines.filter((l) => l.ruleId).map((l) => [l.line, l.record, l.ruleId])).toEqual([
      [5, 'C-LATE', 'complaint.notify-deadline'],
      [5, 'C-LATE', 'complaint.complete-deadline'],
      [5, 'C-LATE', 'complaint.investigate-deadline'],
    ]);
    expect(lines.at(-1)).toEqual({ summary: { records: 3, malformed: 1, invalid: 1, errors: 3, warnings: 0, infos: 0 } });
  });
  it('exits 0 when nothing is wrong, and follows the policy file', () => {
    expect(cli('check', 'complaint', file('ok.jsonl', JSON.stringify(fine)), '--as-of', asOf).code).toBe(0);
    const lenient = file('lenient.json', JSON.stringify({ packs: ['ZH'], overrides: { 'complaint.notifyWithin': null, 'complaint.completeWithin': null, 'complaint.investigateWithin': null } }));
    expect(cli('check', 'complaint', file('late.jsonl', JSON.stringify(late)), '--as-of', asOf, '--policy', lenient).code).toBe(0);
  });
  it('shows progress on large files', () => {
    const big = file('big.jsonl', Array.from({ length: 20_500 }, (_, i) => JSON.stringify({ ...fine, id: `C-${i}` })).join('\n'));
    const r = cli('check', 'complaint', big, '--as-of', asOf);
    expect(r.code).toBe(0);
    expect(r.err).toContain('… 10000 lines read');
    expect(r.err).toContain('… 20000 lines read');
    expect(r.out).toContain('20500 records, 0 errors');
  });
  it('rejects an instant without offset, an unknown procedure and missing arguments with exit 2', () => {
    expect(cli('check', 'complaint', records, '--as-of', '2026-05-10').err).toContain('INVALID_INSTANT');
    expect(cli('check', 'complaints', records, '--as-of', asOf).err).toContain('available: complaint');
    expect(cli('check', 'complaint').code).toBe(2);
    expect(cli('frobnicate').code).toBe(2);
  });
});

describe('wuye-rules docs', () => {
  it('renders the pages with the host policy values', () => {
    const policy = file('docs-policy.json', JSON.stringify({ packs: ['ZH', 'DEPT'], overrides: { 'complaint.notifyWithin': { value: 2, unit: 'day' } } }));
    const out = join(dir, 'site');
    const r = cli('docs', '--policy', policy, '--out', out, '--lang', 'zh-CN');
    expect(r.code).toBe(0);
    expect(readdirSync(join(out, 'procedures'))).toContain('complaint.zh-CN.md');
    const page = readFileSync(join(out, 'procedures', 'complaint.zh-CN.md'), 'utf8');
    expect(page).toContain('| `complaint.notifyWithin` | 处理情况通知投诉人时限 | 3日 | 2日 (主机覆盖) |');
    expect(page).toContain('48小时 (DEPT 5.2.3)');
    expect(cli('docs', '--out', out, '--lang', 'fr').code).toBe(2);
  });
});
