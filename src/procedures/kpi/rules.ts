import type { Parameter } from '../../core/parameter';
import type { Rule } from '../../core/rule';
import { defineRule } from '../../core/rule';
import { cite } from '../../core/source';
import { text } from '../../core/text';
import {
  beforeDayBoundary,
  biInspectionCadence,
  chairMeetingCadence,
  committeeMeetingCadence,
  communityActivityCadence,
  complaintFollowUpRateTarget,
  courtesyRateTarget,
  depthInterviewCadence,
  feeCollectionRateTarget,
  moveInVisitWithinDays,
  ownersForumCadence,
  publicComplaintSummaryCadence,
  publicPropertyBriefingCadence,
  receiptHandlingRateTarget,
  responseRateTarget,
  satisfactionRateTarget,
  satisfactionSurveyCadence,
  serviceReportCadence,
  serviceReportLumpSumExempt,
  staffAppraisalCadence,
} from './policy';
import type { CadenceId } from './schema';

/** The facts of a missed cadence. @example const f: CadenceFacts = { cadence: 'ownersForum', from: '2026-01-01', by: '2026-12-31', required: 1, found: 0 }; */
export type CadenceFacts = { cadence: CadenceId; from: string; by: string; dueAt?: string; required: number; found: number; person?: string; customer?: string; covers?: string };

/** The facts of a missed KPI target. @example const f: TargetFacts = { kpi: 'satisfactionRate', zh: '业户满意率', en: 'Owner satisfaction rate', target: 0.85, actual: 0.8 }; */
export type TargetFacts = { kpi: string; zh: string; en: string; target: number; actual: number };

const pct = (r: number) => `${Math.round(r * 10000) / 100}%`;

/**
 * @internal 《客服制度》 碧桂园客服部质量目标分解: an observed rate below its target.
 *
 * @example
 * kpiTargetRule.id // 'kpi.target'
 */
export const kpiTargetRule = defineRule<TargetFacts>({
  id: 'kpi.target',
  severity: 'error',
  source: cite('RULES', '碧桂园客服部质量目标分解'),
  title: text('客服部质量目标', 'Customer-service quality targets'),
  parameters: [courtesyRateTarget, responseRateTarget, complaintFollowUpRateTarget, satisfactionRateTarget, feeCollectionRateTarget, receiptHandlingRateTarget],
  message: (d) => text(`${d.zh} ${pct(d.actual)}，低于目标 ${pct(d.target)}。`, `${d.en} is ${pct(d.actual)}, below the target of ${pct(d.target)}.`),
});

function cadenceRule(cadence: CadenceId, parameter: Parameter, clause: ReturnType<typeof cite>, more: Parameter[] = []) {
  return defineRule<CadenceFacts>({
    id: `kpi.cadence-${cadence.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)}`,
    severity: 'error',
    source: clause,
    title: parameter.title,
    parameters: [parameter, ...more],
    message: (d) => {
      const who = d.person ? `${d.person}：` : d.customer ? `${d.customer}：` : '';
      const whoEn = d.person ? `${d.person}: ` : d.customer ? `${d.customer}: ` : '';
      const covers = d.covers ? `（报告期 ${d.covers}）` : '';
      const coversEn = d.covers ? ` (covering ${d.covers})` : '';
      return text(
        `${who}${parameter.title['zh-CN']}${covers}应在 ${d.from} 至 ${d.by} 期间至少 ${d.required} 次，实际 ${d.found} 次。`,
        `${whoEn}${parameter.title.en}${coversEn} was due at least ${d.required} time(s) from ${d.from} to ${d.by}; found ${d.found}.`,
      );
    },
  });
}

/**
 * @internal The cadence rules, one per cadence id: each fires when fewer entries than
 * required fall in a window that ends in the checked period (and has closed by `asOf`).
 *
 * @example
 * cadenceRules.serviceReport.id // 'kpi.cadence-service-report'
 */
export const cadenceRules: Readonly<Record<CadenceId, Rule<CadenceFacts>>> = Object.freeze({
  depthInterview: cadenceRule('depthInterview', depthInterviewCadence, depthInterviewCadence.source),
  moveInVisit: cadenceRule('moveInVisit', moveInVisitWithinDays, moveInVisitWithinDays.source),
  satisfactionSurvey: cadenceRule('satisfactionSurvey', satisfactionSurveyCadence, satisfactionSurveyCadence.source),
  ownersForum: cadenceRule('ownersForum', ownersForumCadence, ownersForumCadence.source),
  serviceReport: cadenceRule('serviceReport', serviceReportCadence, serviceReportCadence.source, [beforeDayBoundary, serviceReportLumpSumExempt]),
  publicComplaintSummary: cadenceRule('publicComplaintSummary', publicComplaintSummaryCadence, publicComplaintSummaryCadence.source, [beforeDayBoundary]),
  publicPropertyBriefing: cadenceRule('publicPropertyBriefing', publicPropertyBriefingCadence, publicPropertyBriefingCadence.source, [beforeDayBoundary]),
  communityActivity: cadenceRule('communityActivity', communityActivityCadence, communityActivityCadence.source),
  biInspection: cadenceRule('biInspection', biInspectionCadence, biInspectionCadence.source),
  committeeMeeting: cadenceRule('committeeMeeting', committeeMeetingCadence, committeeMeetingCadence.source),
  chairMeeting: cadenceRule('chairMeeting', chairMeetingCadence, chairMeetingCadence.source),
  staffAppraisal: cadenceRule('staffAppraisal', staffAppraisalCadence, staffAppraisalCadence.source),
});

/**
 * Every rule of the KPI procedure, by name: the quality target and one rule per cadence.
 *
 * @example
 * Object.keys(kpiRules).length // 13
 * kpiRules.serviceReport.id    // 'kpi.cadence-service-report'
 */
export const kpiRules = Object.freeze({ target: kpiTargetRule, ...cadenceRules }) satisfies Record<string, Rule<never>>;
