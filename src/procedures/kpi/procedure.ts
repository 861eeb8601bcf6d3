import { CORE_PARAMETERS } from '../../core/core-parameters';
import { defineProcedure } from '../../core/procedure';
import type { Rule } from '../../core/rule';
import { cite } from '../../core/source';
import { text } from '../../core/text';
import { complaintReportingParameters, kpiPacks, kpiParameters } from './policy';
import type { ReportingLog } from './reporting-duties';
import { checkComplaintReporting, reportingLogSchema, reportingRules } from './reporting-duties';
import { checkCadences } from './cadence';
import { kpiRules } from './rules';
import type { CadenceLog, ObservedKpis } from './schema';
import { cadenceLogSchema, observedKpisSchema } from './schema';
import { checkKpis } from './targets';

/**
 * The KPI procedure as data: what the docs generator renders (no machine: targets and
 * cadences are arithmetic on dates and rates).
 *
 * @example
 * kpiProcedure.rules[0]?.id // 'kpi.target'
 * kpiProcedure.check?.({ period: '2026-Q2', entries: [] } as never, { asOf: '2026-07-01T00:00:00+08:00' }) // the cadence violations of Q2
 */
export const kpiProcedure = defineProcedure({
  name: 'kpi',
  title: text('质量目标与工作频次', 'KPI targets and reporting cadences'),
  summary: text(
    '客服部六项质量目标（礼貌待客率、事务响应率、投诉回访率、管理费催缴率、有关票据处理率100%，业户满意率≥85%），以及客户访谈、满意度调查、恳谈会、管理服务报告、投诉汇总、社区活动、BI检查、业委会沟通、绩效考核等频次和房屋交付前后的时间节点。',
    "The customer-service department's six quality targets (courtesy, response, complaint follow-up, fee collection-notice and receipt handling rates 100%, owner satisfaction ≥ 85%), and the cadences of interviews, satisfaction surveys, owners' forums, service reports, complaint summaries, community activities, BI inspections, committee meetings and appraisals, with the lead times around a delivery.",
  ),
  sources: [
    cite('RULES', '碧桂园客服部质量目标分解'),
    cite('STD', '客户沟通'),
    cite('STD', '投诉管理 受理与回复 3'),
    cite('STD', '投诉管理 统计与分析 1、2'),
    cite('ZH', 'WI/FW-012 四、五'),
    cite('STD', '特约服务 服务回访 3'),
    cite('STD', '社区文化 2'),
    cite('STD', '岗位要求 行为规范 1'),
    cite('STD', '业主大会与业主委员会 3、5'),
    cite('STD', '房屋交付'),
    cite('DEPT', '5.3.1'),
    cite('DEPT', '6.2.3'),
  ],
  parameters: [...CORE_PARAMETERS, ...Object.values(kpiParameters), ...Object.values(complaintReportingParameters)],
  packs: Object.values(kpiPacks),
  schemas: { observed: observedKpisSchema, cadenceLog: cadenceLogSchema, reportingLog: reportingLogSchema },
  // A record is a cadence log (it has entries), a complaint report log (it has reports) or a set of observed rates.
  checkInput: { shapes: ['observed', 'cadenceLog', 'reportingLog'] },
  check: (record, options) =>
    typeof record === 'object' && record !== null && 'entries' in (record as object)
      ? checkCadences(record as CadenceLog, options)
      : typeof record === 'object' && record !== null && 'reports' in (record as object)
        ? checkComplaintReporting(record as ReportingLog, options)
        : checkKpis(record as ObservedKpis, options),
  rules: [...Object.values(kpiRules), ...Object.values(reportingRules)] as Rule<never>[],
  readings: [
    text(
      '比率一律以 [0,1] 的小数表示（85% 写作 0.85）；实际值不低于目标即达标。未知指标 id（如拼错的 satisfactionRat）、NaN、负数或大于1的数值均为 INVALID_INPUT 错误。',
      'Rates are always fractions in [0, 1] (85% is 0.85); a target is met when the actual rate is at least the target. An unknown KPI id (such as the typo satisfactionRat), NaN, a negative or a value above 1 is an INVALID_INPUT error.',
    ),
    text(
      '“N日前”的边界日：默认严格，须在 N 日 00:00 前完成（“每月5日前”最后一天为4日，“每季度首月20日前”最后一天为19日）；kpi.beforeDayBoundary 设为 inclusive 则含 N 日当天。',
      'The boundary day of "before the Nth": strict by default, done before 00:00 of day N ("before the 5th" ends on the 4th, "before the 20th of the quarter\'s first month" on the 19th); kpi.beforeDayBoundary set to inclusive counts day N itself.',
    ),
    text(
      '满意度调查的频次各文件不同：标准表每年至少一次，部门制度每季度一次——以策略包选择（composePolicy(kpiPacks.STD, kpiPacks.DEPT) 取季度）。',
      'The sources differ on the satisfaction survey: STD at least yearly, DEPT quarterly — choose by pack (composePolicy(kpiPacks.STD, kpiPacks.DEPT) gives quarterly).',
    ),
    text(
      '住宅项目管理服务报告不适用于包干制项目（有合同约定的从其约定，可覆盖 kpi.serviceReportLumpSumExempt）；公共物业项目另有每月5日前的工作简报；业委会沟通仅适用于有业主委员会的项目。',
      'The residential service report does not apply to 包干制 (lump-sum fee) projects (a contract may say otherwise: override kpi.serviceReportLumpSumExempt); public-property projects file a monthly briefing before the 5th; committee meetings apply only where there is an owners\' committee.',
    ),
    text(
      '期间按日历计：月、季度（1–3、4–6、7–9、10–12月）、年；某期间“应完成”的是截止日落在该期间内的各项。每项于最后一日24时（策略时区，core.zone）届满；频次检查（checkCadences）按判断时刻 asOf 进行，尚未届满的项不算违反，期间未结束时只判断已届满的项。',
      'Periods are calendar months, quarters (Jan–Mar, Apr–Jun, Jul–Sep, Oct–Dec) and years; what is due in a period is every window whose last day falls in it. Each falls due at 24:00 of its last day in the policy zone (core.zone); the cadence check (checkCadences) judges as of asOf, so a window not yet due is no violation and a period not yet over is judged on the windows already due.',
    ),
    text(
      '质量目标没有时限：checkKpis 按所给的实际值判断，asOf 只作记录时刻（仍须提供）。检查的记录若有 entries（频次记录）按频次检查，否则按质量目标实际值检查。',
      'The quality targets have no time limit: checkKpis judges the rates as given, and asOf (still required) only dates the check. A checked record with entries (a cadence log) is checked for cadences, anything else as observed rates.',
    ),
    text(
      '投诉报告职责（checkComplaintReporting，记录为 reports）：《服务中心工作手册》每月汇总与案例分析、每半年及年底分析总结（读作每半年一次，下半年的即年底总结）；标准表项目每月统计全部渠道的投诉、公司每季度分析，以及公司每季度的特约服务统计分析（特约服务 服务回访 3）。原文均未给截止日，各于窗口最后一日24时届满。报告内容本身不在此检查。',
      'Complaint reporting duties (checkComplaintReporting, a record with reports): the handbook\'s monthly summary and case analysis and the half-year and year-end analysis (read as once per half-year, the second being the year-end one); STD\'s monthly project statistics across every channel, the quarterly company analysis, and the quarterly analysis of special services (特约服务 服务回访 3). No source names a due day, so each falls due at 24:00 of its window\'s last day. The reports\' contents are not checked here.',
    ),
  ],
});
