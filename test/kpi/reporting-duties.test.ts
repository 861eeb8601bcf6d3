import { describe, expect, it } from 'vitest';
import { composePolicy } from '../../src/core/policy';
import { checkComplaintReporting, complaintReportingDueDates, kpiPacks, kpiProcedure } from '../../src/procedures/kpi/index';
import type { ReportingLog } from '../../src/procedures/kpi/index';

const ALL = ['project', 'company', 'developer', 'media', 'online'] as const;
const ids = (log: ReportingLog, asOf: string) => checkComplaintReporting(log, { asOf }).map((v) => `${v.ruleId}@${String(v.data.by)}`);
// Everything due in June 2026 done on the last day of its window.
const june: ReportingLog = {
  period: '2026-06',
  reports: [
    { kind: 'complaintMonthlySummary', date: '2026-06-30' },
    { kind: 'complaintCaseAnalysis', date: '2026-06-30' },
    { kind: 'complaintHalfYearAnalysis', date: '2026-01-01' },
    { kind: 'complaintProjectStatistics', date: '2026-06-30', channels: [...ALL] },
    { kind: 'complaintCompanyAnalysis', date: '2026-04-01' },
    { kind: 'specialServiceAnalysis', date: '2026-06-30' },
  ],
};

describe('complaint reporting duties (WI/FW-012 四、五; STD 投诉管理 统计与分析 1、2)', () => {
  it('a year holds 12 monthly summaries, case analyses and statistics, 4 company analyses and 2 half-year analyses', () => {
    const due = complaintReportingDueDates('2026');
    const n = (duty: string) => due.filter((d) => d.duty === duty).length;
    expect([n('complaintMonthlySummary'), n('complaintCaseAnalysis'), n('complaintProjectStatistics'), n('complaintCompanyAnalysis'), n('complaintHalfYearAnalysis'), n('specialServiceAnalysis')]).toEqual([12, 12, 12, 4, 2, 4]);
    // "每六个月和年底": the second half's analysis is the year-end one, due at 24:00 on 31 December.
    expect(due.filter((d) => d.duty === 'complaintHalfYearAnalysis').map((d) => [d.from, d.by, d.dueAt])).toEqual([
      ['2026-01-01', '2026-06-30', '2026-07-01T00:00:00+08:00'],
      ['2026-07-01', '2026-12-31', '2027-01-01T00:00:00+08:00'],
    ]);
  });

  it('the last day of a window is on time; a report the day after counts for the next window only', () => {
    expect(ids(june, '2026-07-01T00:00:00+08:00')).toEqual([]);
    const late: ReportingLog = { ...june, reports: june.reports.map((r) => (r.kind === 'complaintMonthlySummary' ? { ...r, date: '2026-07-01' } : r)) };
    expect(ids(late, '2026-07-01T00:00:00+08:00')).toEqual(['kpi.reporting-complaint-monthly-summary@2026-06-30']);
  });

  it('a window not yet closed at asOf is no violation (due at 00:00 after its last day, policy zone)', () => {
    const empty: ReportingLog = { period: '2026-06', reports: [] };
    expect(ids(empty, '2026-06-30T23:59:59+08:00')).toEqual([]);
    expect(ids(empty, '2026-07-01T00:00:00+08:00')).toEqual([
      'kpi.reporting-complaint-monthly-summary@2026-06-30',
      'kpi.reporting-complaint-case-analysis@2026-06-30',
      'kpi.reporting-complaint-half-year-analysis@2026-06-30',
      'kpi.reporting-complaint-project-statistics@2026-06-30',
      'kpi.reporting-complaint-company-analysis@2026-06-30',
      'kpi.reporting-special-service-analysis@2026-06-30',
    ]);
    // May has no half-year or quarterly window.
    expect(ids({ period: '2026-05', reports: [] }, '2026-06-01T00:00:00+08:00')).toHaveLength(3);
  });

  it('monthly statistics count only when they cover every channel (project, company, developer, media, online)', () => {
    const noMedia: ReportingLog = { period: '2026-05', reports: [{ kind: 'complaintMonthlySummary', date: '2026-05-31' }, { kind: 'complaintCaseAnalysis', date: '2026-05-31' }, { kind: 'complaintProjectStatistics', date: '2026-05-31', channels: ['project', 'company', 'developer', 'online'] }] };
    const [v, ...rest] = checkComplaintReporting(noMedia, { asOf: '2026-06-01T00:00:00+08:00' });
    expect(rest).toEqual([]);
    expect(v?.ruleId).toBe('kpi.reporting-complaint-project-statistics');
    expect(v?.data.incomplete).toEqual([{ date: '2026-05-31', missing: ['media'] }]);
    expect(v?.data.parameters).toHaveProperty(['kpi.complaintStatisticsChannels', 'from'], 'STD');
    // A host that collects only four channels narrows the list by override.
    const four = composePolicy(kpiPacks.STD, { 'kpi.complaintStatisticsChannels': ['project', 'company', 'developer', 'online'] });
    expect(checkComplaintReporting(noMedia, { asOf: '2026-06-01T00:00:00+08:00', policy: four })).toEqual([]);
  });

  it('the handbook pack carries the summaries, the standards table the statistics', () => {
    expect(Object.keys(kpiPacks.ZH.values).sort()).toEqual(['kpi.complaintCaseAnalysis', 'kpi.complaintHalfYearAnalysis', 'kpi.complaintMonthlySummary']);
    expect(kpiPacks.STD.values).toHaveProperty(['kpi.complaintCompanyAnalysis']);
    const v = checkComplaintReporting({ period: '2026-Q3', reports: [] }, { asOf: '2026-10-01T00:00:00+08:00', policy: composePolicy(kpiPacks.ZH) }).find((x) => x.ruleId === 'kpi.reporting-complaint-case-analysis');
    expect(v?.source).toEqual({ document: '《服务中心工作手册》', clause: 'WI/FW-012 五' });
  });

  it('the kpi procedure checks a record with reports as a report log; the log is not changed', () => {
    const log = Object.freeze({ period: '2026-06', reports: Object.freeze([]) }) as unknown as ReportingLog;
    expect(kpiProcedure.check!(log as never, { asOf: '2026-07-01T00:00:00+08:00' })).toHaveLength(6);
  });

  it('bad input is INVALID_INPUT', () => {
    expect(() => checkComplaintReporting({ period: '2026-H1', reports: [] }, { asOf: '2026-07-01T00:00:00+08:00' })).toThrow(expect.objectContaining({ code: 'INVALID_INPUT' }));
    expect(() => checkComplaintReporting({ period: '2026-06', reports: [{ kind: 'monthly' as never, date: '2026-06-01' }] }, { asOf: '2026-07-01T00:00:00+08:00' })).toThrow(expect.objectContaining({ code: 'INVALID_INPUT' }));
  });
});
