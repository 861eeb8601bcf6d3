// `wuye-rules report`: one JSONL file per procedure, streamed; bad lines counted and listed with
// their line numbers (stderr and the report), never dropped; the same figures as the library.
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { buildMonthlyReport } from '../../src/report/index';
import type { MonthlyReport } from '../../src/report/index';
import { cli, errorLines } from '../cli/run-cli';
import { complaints, returnVisits, workOrders } from './records';

const dir = mkdtempSync(join(tmpdir(), 'wuye-report-cli-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const records = join(dir, 'records');
const c = complaints(60);
const w = workOrders(80);
const v = returnVisits(10_500);
const jsonl = (rows: readonly unknown[]) => rows.map((r) => JSON.stringify(r)).join('\n') + '\n';
// Line 3 is not JSON, line 6 is a complaint without its required fields.
const complaintLines = [JSON.stringify(c[0]), JSON.stringify(c[1]), '{ not json', ...c.slice(2, 4).map((x) => JSON.stringify(x)), JSON.stringify({ id: 'C-bad' }), ...c.slice(4).map((x) => JSON.stringify(x))];
mkdirSync(records);
writeFileSync(join(records, 'complaints.jsonl'), `\ufeff${complaintLines.join('\n')}\n`);
writeFileSync(join(records, 'work-orders.jsonl'), jsonl(w));
writeFileSync(join(records, 'return-visits.jsonl'), jsonl(v));

describe('wuye-rules report', () => {
  it('streams the files, lists every bad line with its number, and writes the same figures as the library', () => {
    const out = join(dir, 'report.json');
    const r = cli(['report', '--month', '2026-11', '--records', records, '--out', out]);
    expect(r.code).toBe(1); // bad lines are an error exit, after the report is written
    const err = errorLines(r.err);
    expect(err).toContain('read complaints.jsonl: 62 records');
    expect(err.some((l) => l.startsWith('bad line: complaints.jsonl:3: INVALID_INPUT'))).toBe(true);
    expect(err.some((l) => l.startsWith('bad line: complaints.jsonl:6: INVALID_INPUT'))).toBe(true);
    expect(err).toContain('progress: return-visits.jsonl 10000 records');
    const report = JSON.parse(readFileSync(out, 'utf8')) as MonthlyReport;
    expect(report.rejected.map((x) => [x.kind, x.line])).toEqual([
      ['complaints', 3],
      ['complaints', 6],
    ]);
    const direct = buildMonthlyReport({ month: '2026-11', records: { complaints: c, workOrders: w, returnVisits: v } });
    expect(report.complaints).toEqual(direct.complaints);
    expect(report.kpis).toEqual(direct.kpis);
    expect(report.deadlines).toEqual(direct.deadlines);
    expect(report.fees.totalYuan).toBe(direct.fees.totalYuan);
    expect(report.violations.map((g) => [g.ruleId, g.count])).toEqual(direct.violations.map((g) => [g.ruleId, g.count]));
  });

  it('HTML and Markdown by the --out extension, in the language asked for', () => {
    const html = join(dir, 'report.html');
    expect(cli(['report', '--month', '2026-11', '--records', records, '--out', html, '--lang', 'en']).code).toBe(1);
    const page = readFileSync(html, 'utf8');
    expect(page).toContain('<html lang="en">');
    expect(page).toContain('line 3');
    const md = cli(['report', '--month', '2026-11', '--records', records]);
    expect(md.out.startsWith('# 客服月度合规报告 2026-11')).toBe(true);
  });

  it('a bad call is exit 2 with one line', () => {
    const noMonth = cli(['report', '--records', records]);
    expect(noMonth.code).toBe(2);
    expect(errorLines(noMonth.err)).toHaveLength(1);
    const noDir = cli(['report', '--month', '2026-11', '--records', join(dir, 'nowhere')]);
    expect(noDir.code).toBe(2);
    expect(errorLines(noDir.err)[0]).toMatch(/records directory does not exist/);
    const badMonth = cli(['report', '--month', '2026-13', '--records', records]);
    expect(badMonth.code).toBe(2);
    expect(cli(['report', '--help']).out).toMatch(/^usage: wuye-rules report --month/);
  });
});
