import type { CheckOptions } from '../../core/check-options';
import type { Deadline } from '../../core/deadline';
import type { Parameter } from '../../core/parameter';
import type { Policy } from '../../core/policy';
import { paramOrigin, paramValue } from '../../core/policy';
import type { Violation } from '../../core/rule';
import { applicable, violation } from '../../core/rule';
import type { Source } from '../../core/source';
import type { LocalizedText } from '../../core/text';
import { text } from '../../core/text';
import { parseInput } from '../../core/validate';
import { isoToEpochMs } from '../../core/iso';
import { asOfMillis, endOfDayDeadline, zoneOf } from './local-day';
import type { CountCadence, DueDayCadence } from './policy';
import {
  beforeDayBoundary,
  biInspectionCadence,
  chairMeetingCadence,
  committeeMeetingCadence,
  communityActivityCadence,
  depthInterviewCadence,
  moveInVisitWithinDays,
  ownersForumCadence,
  publicComplaintSummaryCadence,
  publicPropertyBriefingCadence,
  satisfactionSurveyCadence,
  serviceReportCadence,
  serviceReportLumpSumExempt,
  staffAppraisalCadence,
} from './policy';
import { addDays, periodRange, periodsEndingIn, periodsStartingIn, shiftPeriod } from './period';
import { cadenceRules } from './rules';
import type { CadenceContext, CadenceEntry, CadenceId, CadenceLog, Project } from './schema';
import { KPI_FIELD_LABELS, cadenceContextSchema, cadenceLogSchema } from './schema';

/**
 * One obligation due in a period, a {@link Deadline} with what it is: which cadence, its
 * window (`from` … `by`, both days included), how many times, and — where it applies — for
 * whom, with which customer, or which period it reports on. `dueAt` is 00:00 after the last
 * day in the policy zone (24:00 of `by`), exclusive.
 *
 * @example
 * const d: CadenceDue = { cadence: 'serviceReport', title: text('住宅项目管理服务报告', 'Residential service report'), source: cite('STD', '客户沟通 物业服务报告 1'), from: '2026-04-01', by: '2026-04-19', dueAt: '2026-04-20T00:00:00+08:00', inclusive: false, atLeast: 1, covers: '2026-Q1' };
 */
export interface CadenceDue extends Deadline {
  readonly cadence: CadenceId;
  readonly title: LocalizedText;
  readonly source: Source;
  readonly from: string;
  /** The last day of the window (included). */
  readonly by: string;
  readonly atLeast: number;
  /** Depth interviews: the person who owes them (counted in different customers). */
  readonly person?: string;
  /** Move-in visits: the customer who moved in. */
  readonly customer?: string;
  /** Reports: the period reported on. */
  readonly covers?: string;
}

const COUNT_CADENCES: ReadonlyArray<readonly [CadenceId, Parameter<CountCadence>, (p: Required<Project>) => boolean]> = [
  ['depthInterview', depthInterviewCadence, () => true],
  ['satisfactionSurvey', satisfactionSurveyCadence, () => true],
  ['ownersForum', ownersForumCadence, () => true],
  ['communityActivity', communityActivityCadence, () => true],
  ['biInspection', biInspectionCadence, () => true],
  ['committeeMeeting', committeeMeetingCadence, (p) => p.hasOwnersCommittee],
  ['chairMeeting', chairMeetingCadence, (p) => p.hasOwnersCommittee],
  ['staffAppraisal', staffAppraisalCadence, () => true],
];

function sourceOf(policy: Policy | undefined, parameter: Parameter): Source {
  const origin = paramOrigin(policy, parameter);
  return 'source' in origin ? origin.source : parameter.source;
}

function projectFacts(project: Project | undefined): Required<Project> {
  return {
    residential: project?.residential ?? true,
    publicProperty: project?.publicProperty ?? false,
    feeModel: project?.feeModel ?? 'commission',
    hasOwnersCommittee: project?.hasOwnersCommittee ?? true,
  };
}

/**
 * What is due in a period (`'YYYY'`, `'YYYY-Qn'` or `'YYYY-MM'`): every cadence window that
 * ends in it — monthly depth interviews (one item per person in `context.staff`), quarterly
 * community activity, BI inspection, committee meeting and appraisal, the yearly (DEPT:
 * quarterly) survey, forum and chair meeting; the reports due "before the Nth" (the
 * public-complaint summary and public-property briefing before the 5th, the residential
 * service report before the 20th of a quarter's first month — not for 包干制 projects); and
 * a visit within a week of each move-in whose last day falls in the period. Each is due at
 * 00:00 after its last day in the policy zone (exclusive). Sorted by `by`.
 *
 * @example
 * cadenceDueDates('2026-04').find((d) => d.cadence === 'serviceReport')
 * // { cadence: 'serviceReport', from: '2026-04-01', by: '2026-04-19', dueAt: '2026-04-20T00:00:00+08:00', inclusive: false, atLeast: 1, covers: '2026-Q1', … }
 */
export function cadenceDueDates(period: string, policy?: Policy, context: CadenceContext = {}): CadenceDue[] {
  const range = periodRange(period);
  parseInput(cadenceContextSchema, context, text('频次检查的项目情况', 'cadence context'), KPI_FIELD_LABELS);
  const project = projectFacts(context.project);
  const zone = zoneOf(policy);
  const out: Omit<CadenceDue, keyof Deadline>[] = [];
  for (const [cadence, parameter, applies] of COUNT_CADENCES) {
    if (!applies(project)) continue;
    const { every, atLeast } = paramValue(policy, parameter);
    const source = sourceOf(policy, parameter);
    for (const window of periodsEndingIn(every, range)) {
      const base = { cadence, title: parameter.title, source, from: window.start, by: window.end, atLeast };
      if (cadence === 'depthInterview' && context.staff && context.staff.length > 0) {
        for (const person of context.staff) out.push({ ...base, person });
      } else out.push(base);
    }
  }
  const inclusive = paramValue(policy, beforeDayBoundary) === 'inclusive';
  const dueDay: Array<readonly [CadenceId, Parameter<DueDayCadence>, boolean]> = [
    ['serviceReport', serviceReportCadence, project.residential && !(project.feeModel === 'lump-sum' && paramValue(policy, serviceReportLumpSumExempt))],
    ['publicComplaintSummary', publicComplaintSummaryCadence, true],
    ['publicPropertyBriefing', publicPropertyBriefingCadence, project.publicProperty],
  ];
  for (const [cadence, parameter, applies] of dueDay) {
    if (!applies) continue;
    const { every, beforeDay } = paramValue(policy, parameter);
    for (const window of periodsStartingIn(every, range)) {
      // "N日前": strict → the last day is N − 1; inclusive → day N itself.
      const by = addDays(window.start, beforeDay - (inclusive ? 1 : 2));
      out.push({ cadence, title: parameter.title, source: sourceOf(policy, parameter), from: window.start, by, atLeast: 1, covers: shiftPeriod(window, -1).period });
    }
  }
  const days = paramValue(policy, moveInVisitWithinDays);
  for (const m of context.moveIns ?? []) {
    const by = addDays(m.date, days);
    if (by >= range.start && by <= range.end) {
      out.push({ cadence: 'moveInVisit', title: moveInVisitWithinDays.title, source: sourceOf(policy, moveInVisitWithinDays), from: m.date, by, atLeast: 1, customer: m.customer });
    }
  }
  return out.sort((a, b) => (a.by < b.by ? -1 : a.by > b.by ? 1 : 0)).map((d) => ({ ...d, ...endOfDayDeadline(d.by, zone) }));
}

function found(due: CadenceDue, entries: readonly CadenceEntry[]): number {
  const inWindow = entries.filter((e) => e.kind === due.cadence && e.date >= due.from && e.date <= due.by);
  if (due.person !== undefined) {
    // Different customers: an entry that names no customer cannot be told apart, so it does not count.
    return new Set(inWindow.filter((e) => e.by === due.person && e.customer !== undefined).map((e) => e.customer)).size;
  }
  if (due.customer !== undefined) return inWindow.filter((e) => e.customer === due.customer).length;
  return inWindow.length;
}

/**
 * Checks a cadence log against what was due in its period (see {@link cadenceDueDates}), as
 * of `asOf`: one violation per window with fewer entries than required — per person for
 * depth interviews (different customers counted), per customer for move-in visits. A window
 * whose deadline (00:00 after its last day, policy zone) has not passed at `asOf` is no
 * violation yet (a closed window's entries all lie before `asOf`'s day). Bad input is
 * `INVALID_INPUT`; the log is not changed.
 *
 * @example
 * checkCadences({ period: '2026-Q2', entries: [{ kind: 'communityActivity', date: '2026-05-20' }], project: { residential: true } }, { asOf: '2026-07-01T00:00:00+08:00' })
 *   .map((v) => v.ruleId) // ['kpi.cadence-public-complaint-summary', …] — no community-activity violation
 */
export function checkCadences(log: CadenceLog, options: CheckOptions): Violation[] {
  parseInput(cadenceLogSchema, log, text('频次记录', 'cadence log'), KPI_FIELD_LABELS);
  const asOf = asOfMillis(options);
  const { policy } = options;
  const context: CadenceContext = {
    ...(log.project ? { project: log.project } : {}),
    ...(log.moveIns ? { moveIns: log.moveIns } : {}),
    ...(log.staff ? { staff: log.staff } : {}),
  };
  const out: Violation[] = [];
  for (const due of cadenceDueDates(log.period, policy, context)) {
    // Still open at asOf: the window's last day has not ended (the deadline is exclusive).
    if (isoToEpochMs(due.dueAt)! > asOf) continue;
    const n = found(due, log.entries);
    if (n >= due.atLeast) continue;
    out.push(
      violation(
        cadenceRules[due.cadence],
        {
          cadence: due.cadence,
          from: due.from,
          by: due.by,
          dueAt: due.dueAt,
          required: due.atLeast,
          found: n,
          ...(due.person !== undefined ? { person: due.person } : {}),
          ...(due.customer !== undefined ? { customer: due.customer } : {}),
          ...(due.covers !== undefined ? { covers: due.covers } : {}),
        },
        policy,
      ),
    );
  }
  return applicable(out, options.policy);
}
