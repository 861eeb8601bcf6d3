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
});
