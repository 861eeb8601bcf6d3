// The complaint reporting duties as cadences with due dates: the monthly summary and case
// analysis and the half-year / year-end analysis (《服务中心工作手册》 WI/FW-012 四、五), the
// project's monthly statistics across every channel and the company's quarterly analysis
// (《物业客户服务类服务标准表》 投诉管理 统计与分析 1、2), and the company's quarterly analysis of the special
// services with their follow-ups and complaints (特约服务 服务回访 3). The reports themselves are built elsewhere;
// this checks that each was done in its window.
import * as z from 'zod/mini';
import type { CheckOptions } from '../../core/check-options';
import type { Deadline } from '../../core/deadline';
import { isoDateMiniSchema as isoDateSchema } from '../../core/mini-schemas';
import { isoToEpochMs } from '../../core/iso';
import type { Parameter } from '../../core/parameter';
import type { Policy } from '../../core/policy';
import { paramOrigin, paramValue } from '../../core/policy';
import type { Rule, Violation } from '../../core/rule';
import { defineRule, violation, applicable } from '../../core/rule';
import type { Source } from '../../core/source';
import type { LocalizedText } from '../../core/text';
import { text } from '../../core/text';
import { parseInput } from '../../core/validate';
import { asOfMillis, endOfDayDeadline, zoneOf } from './local-day';
import { periodRange, periodsEndingIn } from './period';
import type { ComplaintStatisticsChannel, CountCadence } from './policy';
import {
  complaintCaseAnalysisCadence,
  complaintCompanyAnalysisCadence,
  complaintHalfYearAnalysisCadence,
  complaintMonthlySummaryCadence,
  complaintProjectStatisticsCadence,
  complaintStatisticsChannels,
  specialServiceAnalysisCadence,
} from './policy';
import { KPI_FIELD_LABELS, periodSchema } from './schema';

/**
 * The complaint reporting duties a report log records.
 *
 * @example
 * reportingDutySchema.parse('complaintHalfYearAnalysis')
 */
export const reportingDutySchema = z.enum(['complaintMonthlySummary', 'complaintCaseAnalysis', 'complaintHalfYearAnalysis', 'complaintProjectStatistics', 'complaintCompanyAnalysis', 'specialServiceAnalysis']);
/** @example const d: ReportingDuty = 'complaintCompanyAnalysis'; */
export type ReportingDuty = z.infer<typeof reportingDutySchema>;

/**
 * One report done: which duty, on which date, and — for the monthly project statistics —
 * the channels it covers. Extra host fields are allowed.
 *
 * @example
 * reportEntrySchema.parse({ kind: 'complaintProjectStatistics', date: '2026-05-31', channels: ['project', 'company', 'developer', 'media', 'online'] })
 */
export const reportEntrySchema = z.object({
  kind: reportingDutySchema,
  date: isoDateSchema,
  channels: z.optional(z.array(z.enum(['project', 'company', 'developer', 'media', 'online']))),
});
/** @example const e: ReportEntry = { kind: 'complaintMonthlySummary', date: '2026-05-31' }; */
export type ReportEntry = z.infer<typeof reportEntrySchema>;

/**
 * The log of complaint reports a host keeps for a period (`'YYYY'`, `'YYYY-Qn'` or
 * `'YYYY-MM'`). Extra host fields are allowed.
 *
 * @example
 * reportingLogSchema.parse({ period: '2026-Q2', reports: [] })
 */
export const reportingLogSchema = z.object({ period: periodSchema, reports: z.array(reportEntrySchema) });
/** @example const l: ReportingLog = { period: '2026', reports: [] }; */
export type ReportingLog = z.infer<typeof reportingLogSchema>;

/** The facts of a missed reporting duty. @example const f: ReportingFacts = { duty: 'complaintCaseAnalysis', from: '2026-05-01', by: '2026-05-31', dueAt: '2026-06-01T00:00:00+08:00', required: 1, found: 0 }; */
export type ReportingFacts = { duty: ReportingDuty; from: string; by: string; dueAt: string; required: number; found: number; incomplete?: { date: string; missing: ComplaintStatisticsChannel[] }[] };

const DUTIES: ReadonlyArray<readonly [ReportingDuty, Parameter<CountCadence>]> = [
  ['complaintMonthlySummary', complaintMonthlySummaryCadence],
  ['complaintCaseAnalysis', complaintCaseAnalysisCadence],
  ['complaintHalfYearAnalysis', complaintHalfYearAnalysisCadence],
  ['complaintProjectStatistics', complaintProjectStatisticsCadence],
  ['complaintCompanyAnalysis', complaintCompanyAnalysisCadence],
  ['specialServiceAnalysis', specialServiceAnalysisCadence],
];

function dutyRule(duty: ReportingDuty, parameter: Parameter<CountCadence>, more: Parameter[] = []): Rule<ReportingFacts> {
  return defineRule<ReportingFacts>({
    id: `kpi.reporting-${duty.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)}`,
    severity: 'error',
    source: parameter.source,
    title: parameter.title,
    parameters: [parameter, ...more],
    message: (d) => {
      const gaps = (d.incomplete ?? []).map((i) => `${i.date}（缺 ${i.missing.join('、')}）`).join('；');
      const gapsEn = (d.incomplete ?? []).map((i) => `${i.date} (missing ${i.missing.join(', ')})`).join('; ');
      return text(
        `${parameter.title['zh-CN']}应在 ${d.from} 至 ${d.by} 期间至少 ${d.required} 次，实际 ${d.found} 次${gaps ? `；渠道不全的统计：${gaps}` : ''}。`,
        `${parameter.title.en} was due at least ${d.required} time(s) from ${d.from} to ${d.by}; found ${d.found}${gapsEn ? `; statistics missing channels: ${gapsEn}` : ''}.`,
      );
    },
  });
}

/**
 * The rules of the complaint reporting duties, one per duty: each fires when fewer reports
 * than required fall in a window that ends in the checked period and has closed by `asOf`.
 *
 * @example
 * reportingRules.complaintHalfYearAnalysis.id // 'kpi.reporting-complaint-half-year-analysis'
 */
export const reportingRules: Readonly<Record<ReportingDuty, Rule<ReportingFacts>>> = Object.freeze({
  complaintMonthlySummary: dutyRule('complaintMonthlySummary', complaintMonthlySummaryCadence),
  complaintCaseAnalysis: dutyRule('complaintCaseAnalysis', complaintCaseAnalysisCadence),
  complaintHalfYearAnalysis: dutyRule('complaintHalfYearAnalysis', complaintHalfYearAnalysisCadence),
  complaintProjectStatistics: dutyRule('complaintProjectStatistics', complaintProjectStatisticsCadence, [complaintStatisticsChannels]),
  complaintCompanyAnalysis: dutyRule('complaintCompanyAnalysis', complaintCompanyAnalysisCadence),
  specialServiceAnalysis: dutyRule('specialServiceAnalysis', specialServiceAnalysisCadence),
});

/**
 * One reporting duty due in a period: which duty, its window (`from` … `by`, both days
 * included), how many times, its clause; due at 00:00 after `by` in the policy zone.
 *
 * @example
 * const d: ReportingDue = { duty: 'complaintCompanyAnalysis', title: text('公司季度投诉统计分析', 'Quarterly company complaint analysis'), source: cite('STD', '投诉管理 统计与分析 2'), from: '2026-04-01', by: '2026-06-30', atLeast: 1, dueAt: '2026-07-01T00:00:00+08:00', inclusive: false };
 */
export interface ReportingDue extends Deadline {
  readonly duty: ReportingDuty;
  readonly title: LocalizedText;
  readonly source: Source;
  readonly from: string;
  readonly by: string;
  readonly atLeast: number;
}

/**
 * What complaint reports are due in a period (`'YYYY'`, `'YYYY-Qn'` or `'YYYY-MM'`): every
 * window of each duty that ends in it — the monthly summary, case analysis and project
 * statistics, the company's quarterly analysis, and the half-year analysis (the second
 * half's is the year-end one). Sorted by the last day.
 *
 * @example
 * complaintReportingDueDates('2026-06').map((d) => d.duty)
 * // ['complaintMonthlySummary', 'complaintCaseAnalysis', 'complaintHalfYearAnalysis', 'complaintProjectStatistics', 'complaintCompanyAnalysis', 'specialServiceAnalysis']
 */
export function complaintReportingDueDates(period: string, policy?: Policy): ReportingDue[] {
  const range = periodRange(period);
  const zone = zoneOf(policy);
  const out: ReportingDue[] = [];
  for (const [duty, parameter] of DUTIES) {
    const { every, atLeast } = paramValue(policy, parameter);
    const origin = paramOrigin(policy, parameter);
    const source = 'source' in origin ? origin.source : parameter.source;
    for (const w of periodsEndingIn(every, range)) out.push({ duty, title: parameter.title, source, from: w.start, by: w.end, atLeast, ...endOfDayDeadline(w.end, zone) });
  }
  return out.sort((a, b) => (a.by < b.by ? -1 : a.by > b.by ? 1 : 0));
}

/**
 * Checks a report log against the complaint reporting duties of its period, as of `asOf`:
 * one violation per closed window with fewer reports than required. Monthly project
 * statistics count only when they name every channel of `kpi.complaintStatisticsChannels`
 * (STD 统计与分析 1: project, company, developer, media, online); the violation lists the
 * statistics that missed some. Bad input is `INVALID_INPUT`; the log is not changed.
 *
 * @example
 * checkComplaintReporting({ period: '2026-06', reports: [{ kind: 'complaintMonthlySummary', date: '2026-06-30' }] }, { asOf: '2026-07-01T00:00:00+08:00' })
 *   .map((v) => v.ruleId) // ['kpi.reporting-complaint-case-analysis', 'kpi.reporting-complaint-half-year-analysis', 'kpi.reporting-complaint-project-statistics', 'kpi.reporting-complaint-company-analysis', 'kpi.reporting-special-service-analysis']
 */
export function checkComplaintReporting(log: ReportingLog, options: CheckOptions): Violation[] {
  parseInput(reportingLogSchema, log, text('投诉报告记录', 'complaint report log'), KPI_FIELD_LABELS);
  const asOf = asOfMillis(options);
  const { policy } = options;
  const channels = paramValue(policy, complaintStatisticsChannels);
  const out: Violation[] = [];
  for (const due of complaintReportingDueDates(log.period, policy)) {
    if (isoToEpochMs(due.dueAt)! > asOf) continue;
    const inWindow = log.reports.filter((r) => r.kind === due.duty && r.date >= due.from && r.date <= due.by);
    const incomplete: { date: string; missing: ComplaintStatisticsChannel[] }[] = [];
    let found = inWindow.length;
    if (due.duty === 'complaintProjectStatistics') {
      found = 0;
      for (const r of inWindow) {
        const missing = channels.filter((c) => !(r.channels ?? []).includes(c));
        if (missing.length === 0) found += 1;
        else incomplete.push({ date: r.date, missing });
      }
    }
    if (found >= due.atLeast) continue;
    const facts: ReportingFacts = { duty: due.duty, from: due.from, by: due.by, dueAt: due.dueAt, required: due.atLeast, found, ...(incomplete.length > 0 ? { incomplete } : {}) };
    out.push(violation(reportingRules[due.duty], facts, policy));
  }
  return applicable(out, options.policy);
}
