// STD 房屋交付 lead times and the post-delivery visits, on 'YYYY-MM-DD' dates (no luxon).
// The dates themselves come from wuye-rules/kpi (deliveryDueDates, addDays): one copy of the
// arithmetic and of the parameters.
import { isoDateSchema } from '../../core/iso-date-schema';
import type { Policy } from '../../core/policy';
import { assertPolicy, paramValue } from '../../core/policy';
import type { Violation } from '../../core/rule';
import { defineRule, violation } from '../../core/rule';
import { cite } from '../../core/source';
import { text } from '../../core/text';
import { parseInput } from '../../core/validate';
import type { DeliveryDue } from '../kpi/delivery';
import { deliveryDueDates } from '../kpi/delivery';
import { addDays } from '../kpi/period';
import type { DeliveryMilestone } from '../kpi/policy';
import { deliveryMilestones, moveInVisitWithinDays } from '../kpi/policy';
import { cadenceRules } from '../kpi/rules';
import type { DeliveryMilestoneLog } from './schema';
import { DELIVERY_FIELD_LABELS, deliveryMilestoneLogSchema } from './schema';

/**
 * Where a milestone stands: `met` (done in time), `late` (done after its date), `open` (not
 * done, not yet due or no `asOf`), `overdue` (not done, `asOf` past its date), `premature` (an
 * after-delivery task dated before the delivery: it does not count).
 *
 * @example
 * const s: MilestoneStatus = 'overdue';
 */
export type MilestoneStatus = 'met' | 'late' | 'open' | 'overdue' | 'premature';

/** One milestone's due date and state. @example const m: DeliveryMilestoneState = { milestone: 'deliveryPlan', title: text('制定交付工作计划', 'Delivery plan drawn up'), side: 'before', by: '2026-07-01', doneOn: '2026-06-20', status: 'met' }; */
export interface DeliveryMilestoneState extends DeliveryDue {
  readonly doneOn: string | null;
  readonly status: MilestoneStatus;
}

/** One move-in's visit (STD 客户沟通 客户访谈 2). @example const v: MoveInVisitState = { customer: '5栋302', movedInOn: '2026-09-05', by: '2026-09-12', visitedOn: null, status: 'open' }; */
export interface MoveInVisitState {
  readonly customer: string;
  readonly movedInOn: string;
  readonly by: string;
  readonly visitedOn: string | null;
  readonly status: MilestoneStatus;
}

/** The answer of {@link deliveryReadiness}. @example const r: DeliveryReadiness = deliveryReadiness('2026-09-01', {}); */
export interface DeliveryReadiness {
  readonly deliveryDate: string;
  readonly asOf: string | null;
  /** Every before-delivery milestone done (in time or late). */
  readonly ready: boolean;
  readonly milestones: readonly DeliveryMilestoneState[];
  readonly moveInVisits: readonly MoveInVisitState[];
  readonly violations: readonly Violation[];
}

type MilestoneFacts = { milestone: DeliveryMilestone; titleZh: string; titleEn: string; by: string; doneOn: string | null; asOf: string | null; deliveryDate: string };

const milestoneLate = defineRule<MilestoneFacts>({
  id: 'delivery.milestone-late',
  severity: 'error',
  source: cite('STD', '房屋交付 交付前 2、7 及 9 之后未编号一行，交付后 2；客户沟通 客户访谈 3'),
  title: text('交付前后各项工作按期完成', 'Each delivery milestone on time'),
  parameters: [deliveryMilestones],
  message: (d) =>
    d.doneOn
      ? text(`${d.titleZh}：最迟 ${d.by}（交付日 ${d.deliveryDate}），实际 ${d.doneOn}。`, `${d.titleEn}: due by ${d.by} (delivery ${d.deliveryDate}), done ${d.doneOn}.`)
      : text(`${d.titleZh}：最迟 ${d.by}（交付日 ${d.deliveryDate}），截至 ${d.asOf} 仍未完成。`, `${d.titleEn}: due by ${d.by} (delivery ${d.deliveryDate}), still not done as of ${d.asOf}.`),
});

const milestonePremature = defineRule<MilestoneFacts>({
  id: 'delivery.milestone-premature',
  severity: 'error',
  source: cite('STD', '房屋交付 交付后 2；客户沟通 客户访谈 3'),
  title: text('交付后的工作须在交付之后进行', 'After-delivery tasks happen after the delivery'),
  parameters: [deliveryMilestones],
  message: (d) => text(`${d.titleZh} 记为 ${d.doneOn}，早于交付日 ${d.deliveryDate}，不计为已完成。`, `${d.titleEn} is dated ${d.doneOn}, before the delivery on ${d.deliveryDate}; it does not count.`),
});

/**
 * @internal The rules of {@link deliveryReadiness}; a late move-in visit is
 * `kpi.cadence.moveInVisit`, the rule of `wuye-rules/kpi`.
 */
export const readinessRules = Object.freeze({ milestoneLate, milestonePremature, moveInVisit: cadenceRules.moveInVisit });

function statusOf(doneOn: string | null, from: string | undefined, by: string, asOf: string | null): MilestoneStatus {
  if (doneOn === null) return asOf !== null && asOf > by ? 'overdue' : 'open';
  if (from !== undefined && doneOn < from) return asOf !== null && asOf > by ? 'overdue' : 'premature';
  return doneOn <= by ? 'met' : 'late';
}

/**
 * How a delivery stands against STD 房屋交付 (service centre and managers ≥ 3 months before,
 * security and cleaners 1 month, the plan ≥ 2 months, the materials 2 weeks; the evaluation
 * within 3 months after, every delivered customer interviewed within 6 months) and STD 客户访谈
 * 2 (a visit within a week of each move-in). `milestones` gives the date each was done and,
 * optionally, `asOf` — without it nothing undone is judged. The dates come from
 * `deliveryDueDates` of `wuye-rules/kpi`. Bad input is a typed error; the input is unchanged.
 *
 * @example
 * const r = deliveryReadiness('2026-09-01', { serviceCentre: '2026-05-20', deliveryPlan: '2026-07-02', asOf: '2026-07-10' });
 * r.milestones.find((m) => m.milestone === 'deliveryPlan')?.status // 'late' (due by 2026-07-01)
 * r.ready // false
 */
export function deliveryReadiness(deliveryDate: string, milestones: DeliveryMilestoneLog, policy?: Policy): DeliveryReadiness {
  if (policy !== undefined) assertPolicy(policy);
  parseInput(isoDateSchema, deliveryDate, text('交付日期', 'delivery date'));
  const due = deliveryDueDates(deliveryDate, policy);
  parseInput(deliveryMilestoneLogSchema, milestones, text('交付时间节点记录', 'delivery milestones'), DELIVERY_FIELD_LABELS);
  const asOf = milestones.asOf ?? null;
  const violations: Violation[] = [];
  const states = due.map((d): DeliveryMilestoneState => {
    const doneOn = milestones[d.milestone] ?? null;
    const status = statusOf(doneOn, d.from, d.by, asOf);
    const facts: MilestoneFacts = { milestone: d.milestone, titleZh: d.title['zh-CN'], titleEn: d.title.en, by: d.by, doneOn, asOf, deliveryDate };
    if (status === 'late' || status === 'overdue') violations.push(violation(milestoneLate, facts, policy));
    if (status === 'premature' || (status === 'overdue' && doneOn !== null)) violations.push(violation(milestonePremature, facts, policy));
    return { ...d, doneOn, status };
  });
  const days = paramValue(policy, moveInVisitWithinDays);
  const visits = (milestones.moveIns ?? []).map((m): MoveInVisitState => {
    const by = addDays(m.date, days);
    const visitedOn = m.visitedOn ?? null;
    const status = statusOf(visitedOn, m.date, by, asOf);
    if (status !== 'met' && status !== 'open') {
      violations.push(violation(cadenceRules.moveInVisit, { cadence: 'moveInVisit', from: m.date, by, required: 1, found: 0, customer: m.customer }, policy));
    }
    return { customer: m.customer, movedInOn: m.date, by, visitedOn, status };
  });
  const ready = states.filter((s) => s.side === 'before').every((s) => s.status === 'met' || s.status === 'late');
  return { deliveryDate, asOf, ready, milestones: states, moveInVisits: visits, violations };
}
