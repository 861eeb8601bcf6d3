import { describe, expect, it } from 'vitest';
import { COVERAGE, coverageRows, renderCoverage } from '../../src/docs/coverage';
import { renderIndexPage } from '../../src/docs/index-page';
import { allProcedures } from '../../src/docs/procedures';
import { DOCUMENTS } from '../../src/core/source';

const rows = coverageRows(allProcedures);
const key = (document: string, clause: string) => `${document} ${clause}`;
const inTable = new Set(COVERAGE.map((c) => key(DOCUMENTS[c.document], c.clause)));
const ruleIds = new Set(allProcedures.flatMap((p) => p.rules.map((r) => r.id)));
const parameterIds = new Set(allProcedures.flatMap((p) => p.parameters.map((q) => q.id)));

describe('the clause coverage table', () => {
  it('lists every clause a rule or parameter cites (the library\'s own choices excepted)', () => {
    const cited = allProcedures.flatMap((p) => [...p.rules.map((r) => [r.id, r.source] as const), ...p.parameters.map((q) => [q.id, q.source] as const)]);
    const missing = cited.filter(([, s]) => s.document !== DOCUMENTS.LIBRARY && !inTable.has(key(s.document, s.clause))).map(([id, s]) => `${id}: ${s.document} ${s.clause}`);
    expect(missing).toEqual([]);
  });

  it('every row is either encoded — naming existing rules, parameters or states — or says why not, never both', () => {
    for (const r of rows) {
      if (r.encoded) {
        expect(r.why, `${r.document} ${r.clause}`).toBeUndefined();
        for (const id of r.rules) expect(ruleIds.has(id)).toBe(true);
        for (const id of r.parameters) expect(parameterIds.has(id)).toBe(true);
      } else {
        expect(r.why, `${r.document} ${r.clause} is cited by nothing and says no why`).toBeDefined();
        expect(r.subject).toBeDefined();
      }
    }
    expect(rows.filter((r) => r.encoded).length).toBeGreaterThan(100);
  });

  it('every "see also" names an existing rule or parameter; no clause is listed twice', () => {
    for (const id of rows.flatMap((r) => r.also)) expect(ruleIds.has(id) || parameterIds.has(id), id).toBe(true);
    expect(new Set(COVERAGE.map((c) => key(c.document, c.clause))).size).toBe(COVERAGE.length);
  });

  it('the new rules land on their clauses', () => {
    const row = (document: keyof typeof DOCUMENTS, clause: string) => rows.find((r) => r.document === document && r.clause === clause);
    expect(row('ZH', 'WI/FW-015.8')?.rules).toEqual(['complaint.leadership-not-informed']);
    expect(row('ZH', 'WI/FW-017 一')?.rules).toEqual(['follow-up.phone-cadence', 'follow-up.monthly-cadence']);
    expect(row('STD', '投诉管理 统计与分析 1')?.parameters).toEqual(['kpi.complaintProjectStatistics', 'kpi.complaintStatisticsChannels']);
    expect(row('ZH', 'WI/FW-013')?.encoded).toBe(false);
  });

  it('the docs index renders the table in both languages, one line per clause', () => {
    for (const lang of ['zh-CN', 'en'] as const) {
      const page = renderIndexPage(allProcedures, lang);
      const table = renderCoverage(rows, lang);
      expect(table).toHaveLength(COVERAGE.length + 2);
      expect(page).toContain(table.join('\n'));
    }
    expect(renderIndexPage(allProcedures, 'zh-CN')).toContain('## 条款覆盖表');
    expect(renderIndexPage(allProcedures, 'en')).toContain('## Clause coverage');
  });
});
