import * as z from 'zod/mini';
import { derivePacks } from '../../core/derive-packs';
import type { Parameter } from '../../core/parameter';
import { defineParameter } from '../../core/parameter';
import type { PolicyPack } from '../../core/policy';
import type { DocumentId } from '../../core/source';
import { cite } from '../../core/source';
import { text } from '../../core/text';
import { deliveryMilestones } from './delivery-milestones';

const QUALITY = '碧桂园客服部质量目标分解';
const rateSchema = z.number().check(z.gte(0)).check(z.lte(1));

function target(id: string, zh: string, en: string, value: number): Parameter<number> {
  return defineParameter<number>({
    id: `kpi.${id}`,
    title: text(`${zh}目标`, `${en} target`),
    unit: 'ratio',
    schema: rateSchema,
    default: value,
    defaultFrom: 'RULES',
    source: cite('RULES', QUALITY),
  });
}

/** @internal 礼貌待客率 100% (《客服制度》 碧桂园客服部质量目标分解). @example paramValue(undefined, courtesyRateTarget) // 1 */
export const courtesyRateTarget = target('courtesyRate', '礼貌待客率', 'Courtesy rate', 1);
/** @internal 事务响应率 100%. @example paramValue(undefined, responseRateTarget) // 1 */
export const responseRateTarget = target('responseRate', '事务响应率', 'Response rate', 1);
/** @internal 投诉回访率 100%. @example paramValue(undefined, complaintFollowUpRateTarget) // 1 */
export const complaintFollowUpRateTarget = target('complaintFollowUpRate', '投诉回访率', 'Complaint follow-up rate', 1);
/** @internal 业户满意率 ≥ 85% ("达85%"). @example paramValue(undefined, satisfactionRateTarget) // 0.85 */
export const satisfactionRateTarget = target(
  'satisfactionRate',
  '业户满意率',
  'Owner satisfaction rate',
  0.85,
);
/** @internal 管理费催缴率 100%. @example paramValue(undefined, feeCollectionRateTarget) // 1 */
export const feeCollectionRateTarget = target('feeCollectionRate', '管理费催缴率', 'Management-fee collection-notice rate', 1);
/** @internal 有关票据处理率 100%. @example paramValue(undefined, receiptHandlingRateTarget) // 1 */
export const receiptHandlingRateTarget = target('receiptHandlingRate', '有关票据处理率', 'Receipt handling rate', 1);

/** How often a cadence repeats. @example const e: CadenceEvery = 'quarter'; */
export type CadenceEvery = 'month' | 'quarter' | 'half-year' | 'year';

/**
 * A cadence that is a count: at least `atLeast` times each `every`.
 *
 * @example
 * const c: CountCadence = { every: 'quarter', atLeast: 1 };
 */
export interface CountCadence {
  readonly every: CadenceEvery;
  readonly atLeast: number;
}

/**
 * A cadence with a due day: each `every`, before day `beforeDay` of the period's first month.
 *
 * @example
 * const c: DueDayCadence = { every: 'month', beforeDay: 5 };
 */
export interface DueDayCadence {
  readonly every: 'month' | 'quarter';
  readonly beforeDay: number;
}

const countSchema = z.strictObject({ every: z.enum(['month', 'quarter', 'half-year', 'year']), atLeast: z.int().check(z.positive()) });
const dueDaySchema = z.strictObject({ every: z.enum(['month', 'quarter']), beforeDay: z.int().check(z.gte(2)).check(z.lte(28)) });

function countCadence(
  id: string,
  zh: string,
  en: string,
  value: CountCadence,
  from: DocumentId,
  clause: string,
  also?: Partial<Record<DocumentId, readonly [CountCadence, string]>>,
): Parameter<CountCadence> {
  return defineParameter<CountCadence>({
    id: `kpi.${id}`,
    title: text(zh, en),
    unit: 'cadence',
    schema: countSchema,
    default: value,
    defaultFrom: from,
    source: cite(from, clause),
    ...(also ? { also } : {}),
  });
}

/**
 * @internal STD 客户沟通 客户访谈 1: the project head and staff from supervisor up each talk in depth
 * with at least 2 customers a month.
 *
 * @example
 * paramValue(undefined, depthInterviewCadence) // { every: 'month', atLeast: 2 }
 */
export const depthInterviewCadence = countCadence(
  'depthInterviews',
  '深度访谈（每人每月）',
  'Depth interviews (each person, each month)',
  { every: 'month', atLeast: 2 },
  'STD',
  '客户沟通 客户访谈 1',
);

/**
 * @internal Customer satisfaction survey: STD 客户满意度调查 1 at least yearly; DEPT 5.3.1 quarterly.
 *
 * @example
 * paramValue(composePolicy(kpiPacks.DEPT), satisfactionSurveyCadence) // { every: 'quarter', atLeast: 1 }
 */
export const satisfactionSurveyCadence = countCadence(
  'satisfactionSurvey',
  '客户满意度调查',
  'Customer satisfaction survey',
  { every: 'year', atLeast: 1 },
  'STD',
  '客户沟通 客户满意度调查 1',
  { DEPT: [{ every: 'quarter', atLeast: 1 }, '5.3.1'] },
);

/** @internal STD 客户恳谈会 1: an owners' forum at least yearly. @example paramValue(undefined, ownersForumCadence) // { every: 'year', atLeast: 1 } */
export const ownersForumCadence = countCadence('ownersForum', '业主恳谈会', "Owners' forum", { every: 'year', atLeast: 1 }, 'STD', '客户沟通 客户恳谈会 1');
/** @internal STD 社区文化 2: a community activity at least each quarter. @example paramValue(undefined, communityActivityCadence) // { every: 'quarter', atLeast: 1 } */
export const communityActivityCadence = countCadence('communityActivity', '社区文化活动', 'Community activity', { every: 'quarter', atLeast: 1 }, 'STD', '社区文化 2');
/** @internal STD 岗位要求 行为规范 1: a full BI inspection at least each quarter. @example paramValue(undefined, biInspectionCadence) // { every: 'quarter', atLeast: 1 } */
export const biInspectionCadence = countCadence('biInspection', 'BI执行情况全面检查', 'Full BI (behaviour) inspection', { every: 'quarter', atLeast: 1 }, 'STD', '岗位要求 行为规范 1');
/** @internal STD 业主大会与业主委员会 3: the project head meets the owners' committee each quarter. @example paramValue(undefined, committeeMeetingCadence) // { every: 'quarter', atLeast: 1 } */
export const committeeMeetingCadence = countCadence(
  'committeeMeeting',
  '与业主委员会沟通',
  "Meeting with the owners' committee",
  { every: 'quarter', atLeast: 1 },
  'STD',
  '业主大会与业主委员会 3',
);
/** @internal STD 业主大会与业主委员会 5: management meets each committee chair at least yearly. @example paramValue(undefined, chairMeetingCadence) // { every: 'year', atLeast: 1 } */
export const chairMeetingCadence = countCadence(
  'chairMeeting',
  '公司管理层与业委会主任沟通',
  "Management meets the committee chair",
  { every: 'year', atLeast: 1 },
  'STD',
  '业主大会与业主委员会 5',
);
/** @internal DEPT 6.2.3: staff performance appraisal each quarter. @example paramValue(undefined, staffAppraisalCadence) // { every: 'quarter', atLeast: 1 } */
export const staffAppraisalCadence = countCadence('staffAppraisal', '员工绩效考核', 'Staff performance appraisal', { every: 'quarter', atLeast: 1 }, 'DEPT', '6.2.3');

function dueDayCadence(id: string, zh: string, en: string, value: DueDayCadence, clause: string): Parameter<DueDayCadence> {
  return defineParameter<DueDayCadence>({ id: `kpi.${id}`, title: text(zh, en), unit: 'cadence', schema: dueDaySchema, default: value, defaultFrom: 'STD', source: cite('STD', clause) });
}

/**
 * @internal STD 物业服务报告 1: a residential project publishes the 《管理服务报告》 on the last quarter
 * before the 20th of each quarter's first month — not for 包干制 projects.
 *
 * @example
 * paramValue(undefined, serviceReportCadence) // { every: 'quarter', beforeDay: 20 }
 */
export const serviceReportCadence = dueDayCadence(
  'serviceReport',
  '住宅项目管理服务报告（每季度首月20日前）',
  'Residential service report (before the 20th of each quarter’s first month)',
  { every: 'quarter', beforeDay: 20 },
  '客户沟通 物业服务报告 1',
);

/** @internal STD 投诉管理 受理与回复 3: public complaints summarised before the 5th of each month. @example paramValue(undefined, publicComplaintSummaryCadence) // { every: 'month', beforeDay: 5 } */
export const publicComplaintSummaryCadence = dueDayCadence(
  'publicComplaintSummary',
  '共性投诉汇总（每月5日前）',
  'Summary of public complaints (before the 5th of each month)',
  { every: 'month', beforeDay: 5 },
  '投诉管理 受理与回复 3',
);

/** @internal STD 物业服务报告 2: public-property projects file the monthly 《物业管理工作简报》 before the 5th. @example paramValue(undefined, publicPropertyBriefingCadence) // { every: 'month', beforeDay: 5 } */
export const publicPropertyBriefingCadence = dueDayCadence(
  'publicPropertyBriefing',
  '公共物业项目工作简报（每月5日前）',
  'Public-property monthly briefing (before the 5th)',
  { every: 'month', beforeDay: 5 },
  '客户沟通 物业服务报告 2',
);

/**
 * @internal Whether "N日前" includes day N: `'strict'` (default: due before 00:00 of day N) or
 * `'inclusive'` (day N itself still on time).
 *
 * @example
 * paramValue(undefined, beforeDayBoundary) // 'strict'
 */
export const beforeDayBoundary = defineParameter<'strict' | 'inclusive'>({
  id: 'kpi.beforeDayBoundary',
  title: text('“N日前”的边界日', 'The boundary day of "before the Nth"'),
  unit: 'choice',
  schema: z.enum(['strict', 'inclusive']),
  default: 'strict',
  defaultFrom: 'LIBRARY',
  source: cite('LIBRARY', 'reading conventions: N日前'),
});

/**
 * @internal STD 物业服务报告 1 "包干制项目除外": whether lump-sum-fee projects skip the service report.
 * A contract may say otherwise ("有合同约定的从其约定"): override with false.
 *
 * @example
 * paramValue(undefined, serviceReportLumpSumExempt) // true
 */
export const serviceReportLumpSumExempt = defineParameter<boolean>({
  id: 'kpi.serviceReportLumpSumExempt',
  title: text('包干制项目免于公布管理服务报告', 'Lump-sum (包干制) projects are exempt from the service report'),
  unit: 'choice',
  schema: z.boolean(),
  default: true,
  defaultFrom: 'STD',
  source: cite('STD', '客户沟通 物业服务报告 1'),
});

/**
 * @internal STD 客户沟通 客户访谈 2: a staff member visits within one week of a customer's move-in.
 *
 * @example
 * paramValue(undefined, moveInVisitWithinDays) // 7
 */
export const moveInVisitWithinDays = defineParameter<number>({
  id: 'kpi.moveInVisitWithinDays',
  title: text('乔迁后上门拜访时限（日）', 'Visit after a move-in within (days)'),
  unit: 'day',
  schema: z.int().check(z.positive()),
  default: 7,
  defaultFrom: 'STD',
  source: cite('STD', '客户沟通 客户访谈 2'),
});

export type { DeliveryMilestone, DeliveryOffset } from './delivery-milestones';
export { deliveryMilestones };

/**
 * The parameters of the KPI procedure, by name (the core ones, `core.zone` and
 * `core.dayCounting`, apply to every procedure; `core.zone` is the day boundary of every
 * window).
 *
 * @example
 * kpiParameters.satisfactionRate.default // 0.85
 */
export const kpiParameters = Object.freeze({
  courtesyRate: courtesyRateTarget,
  responseRate: responseRateTarget,
  complaintFollowUpRate: complaintFollowUpRateTarget,
  satisfactionRate: satisfactionRateTarget,
  feeCollectionRate: feeCollectionRateTarget,
  receiptHandlingRate: receiptHandlingRateTarget,
  depthInterview: depthInterviewCadence,
  satisfactionSurvey: satisfactionSurveyCadence,
  ownersForum: ownersForumCadence,
  communityActivity: communityActivityCadence,
  biInspection: biInspectionCadence,
  committeeMeeting: committeeMeetingCadence,
  chairMeeting: chairMeetingCadence,
  staffAppraisal: staffAppraisalCadence,
  serviceReport: serviceReportCadence,
  publicComplaintSummary: publicComplaintSummaryCadence,
  publicPropertyBriefing: publicPropertyBriefingCadence,
  beforeDayBoundary,
  serviceReportLumpSumExempt,
  moveInVisitWithinDays,
  deliveryMilestones,
});

// ── Complaint reporting duties (appended: WI/FW-012 四、五; STD 投诉管理 统计与分析 1、2) ──

/**
 * @internal ZH WI/FW-012 四: each month the complaints are summarised once on the complaint
 * statistics form.
 *
 * @example
 * paramValue(undefined, complaintMonthlySummaryCadence) // { every: 'month', atLeast: 1 }
 */
export const complaintMonthlySummaryCadence = countCadence(
  'complaintMonthlySummary',
  '投诉月度汇总（投诉统计表）',
  'Monthly complaint summary (complaint statistics form)',
  { every: 'month', atLeast: 1 },
  'ZH',
  'WI/FW-012 四',
);

/**
 * @internal ZH WI/FW-012 五: each month the complaint cases are analysed into training material.
 *
 * @example
 * paramValue(undefined, complaintCaseAnalysisCadence) // { every: 'month', atLeast: 1 }
 */
export const complaintCaseAnalysisCadence = countCadence(
  'complaintCaseAnalysis',
  '投诉案例月度分析（案例教材）',
  'Monthly complaint case analysis (training cases)',
  { every: 'month', atLeast: 1 },
  'ZH',
  'WI/FW-012 五',
);

/**
 * @internal ZH WI/FW-012 五: the complaints are analysed and summed up every six months and at
 * year end — read as one analysis per half-year, the second being the year-end one.
 *
 * @example
 * paramValue(undefined, complaintHalfYearAnalysisCadence) // { every: 'half-year', atLeast: 1 }
 */
export const complaintHalfYearAnalysisCadence = countCadence(
  'complaintHalfYearAnalysis',
  '投诉半年及年底分析总结',
  'Half-year and year-end complaint analysis',
  { every: 'half-year', atLeast: 1 },
  'ZH',
  'WI/FW-012 五',
);

/**
 * @internal STD 投诉管理 统计与分析 1: the project totals every complaint of the month, across
 * every channel, with its result, and writes up the typical ones as cases.
 *
 * @example
 * paramValue(undefined, complaintProjectStatisticsCadence) // { every: 'month', atLeast: 1 }
 */
export const complaintProjectStatisticsCadence = countCadence(
  'complaintProjectStatistics',
  '项目月度投诉统计（全部渠道）',
  'Monthly project complaint statistics (every channel)',
  { every: 'month', atLeast: 1 },
  'STD',
  '投诉管理 统计与分析 1',
);

/** A complaint channel the monthly statistics must cover (STD 投诉管理 统计与分析 1). @example const c: ComplaintStatisticsChannel = 'developer'; */
export type ComplaintStatisticsChannel = 'project' | 'company' | 'developer' | 'media' | 'online';

/**
 * @internal STD 投诉管理 统计与分析 1: the channels the monthly statistics cover — complaints to the
 * project, the property company, the developer, the media, and online.
 *
 * @example
 * paramValue(undefined, complaintStatisticsChannels) // ['project', 'company', 'developer', 'media', 'online']
 */
export const complaintStatisticsChannels = defineParameter<readonly ComplaintStatisticsChannel[]>({
  id: 'kpi.complaintStatisticsChannels',
  title: text('月度投诉统计须覆盖的渠道', 'Channels the monthly complaint statistics cover'),
  unit: 'list',
  schema: z.array(z.enum(['project', 'company', 'developer', 'media', 'online'])).check(z.minLength(1)),
  default: ['project', 'company', 'developer', 'media', 'online'],
  defaultFrom: 'STD',
  source: cite('STD', '投诉管理 统计与分析 1'),
});

/**
 * @internal STD 投诉管理 统计与分析 2: the company analyses every project\'s complaints each quarter.
 *
 * @example
 * paramValue(undefined, complaintCompanyAnalysisCadence) // { every: 'quarter', atLeast: 1 }
 */
export const complaintCompanyAnalysisCadence = countCadence(
  'complaintCompanyAnalysis',
  '公司季度投诉统计分析',
  'Quarterly company complaint analysis',
  { every: 'quarter', atLeast: 1 },
  'STD',
  '投诉管理 统计与分析 2',
);

/**
 * @internal STD 特约服务 服务回访 3: each quarter the company analyses the special services together
 * with their follow-ups and complaints.
 *
 * @example
 * paramValue(undefined, specialServiceAnalysisCadence) // { every: 'quarter', atLeast: 1 }
 */
export const specialServiceAnalysisCadence = countCadence(
  'specialServiceAnalysis',
  '特约服务季度统计分析',
  'Quarterly analysis of special services',
  { every: 'quarter', atLeast: 1 },
  'STD',
  '特约服务 服务回访 3',
);

/**
 * The parameters of the complaint reporting duties, by name (see `checkComplaintReporting`).
 *
 * @example
 * complaintReportingParameters.halfYearAnalysis.default // { every: 'half-year', atLeast: 1 }
 */
export const complaintReportingParameters = Object.freeze({
  monthlySummary: complaintMonthlySummaryCadence,
  caseAnalysis: complaintCaseAnalysisCadence,
  halfYearAnalysis: complaintHalfYearAnalysisCadence,
  projectStatistics: complaintProjectStatisticsCadence,
  statisticsChannels: complaintStatisticsChannels,
  companyAnalysis: complaintCompanyAnalysisCadence,
  specialServiceAnalysis: specialServiceAnalysisCadence,
});

/**
 * The KPI slice of each source document's pack, derived from the parameters: 《客服制度》
 * the six quality targets; 《物业客户服务类服务标准表》 the cadences and delivery lead times
 * (a yearly survey) and the complaint statistics; 《物业公司客服部岗位职责及各岗位人员规章制度》 a quarterly
 * survey and quarterly appraisal; 《服务中心工作手册》 the complaint summaries and analyses.
 *
 * @example
 * const policy = composePolicy(kpiPacks.RULES, kpiPacks.STD, kpiPacks.DEPT); // DEPT's quarterly survey wins
 */
export const kpiPacks: Readonly<Record<'RULES' | 'STD' | 'DEPT' | 'ZH', PolicyPack>> = derivePacks<'RULES' | 'STD' | 'DEPT' | 'ZH'>({ ...kpiParameters, ...complaintReportingParameters });
