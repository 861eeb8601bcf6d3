import type { CheckOptions } from '../../core/check-options';
import { checkOptions } from '../../core/check-options';
import { isLate } from '../../core/deadline';
import { compareInstants, toIsoInstant } from '../../core/instant';
import { paramValue } from '../../core/policy';
import type { Rule, Violation } from '../../core/rule';
import { applicable, defineRule, violation } from '../../core/rule';
import { cite } from '../../core/source';
import { zoneParameter } from '../../core/core-parameters';
import { text } from '../../core/text';
import { parseInput } from '../../core/validate';
import { tallyComplaintFollowUps } from './complaint-follow-up';
import { specialServiceFollowUpDeadline } from './deadline';
import { complaintFollowUpRate, followUpTiers, fullFollowUpCases, specialServiceFollowUpWithin } from './policy';
import { fullFollowUpReasons } from './sampling';
import type { ClosedComplaint, FollowUpMonth, SpecialServiceOrder } from './schema';
import { FOLLOW_UP_FIELD_LABELS, closedComplaintsSchema, followUpMonthSchema, specialServiceOrdersSchema } from './schema';
import { followUpRequirement } from './tiers';

type FullFacts = { orderId: string; cases: string[] };
type RatioFacts = { month: string; monthlyCount: number; rate: number; required: number; followedUp: number; stillInTime: number };
type DeadlineFacts = { orderId: string; completedAt: string; dueAt: string; followedUpAt: string | null; asOf: string | null };
type ComplaintFacts = { notFollowedUp: string[]; rate: number; required: number; due: number };

const full = defineRule<FullFacts>({
  id: 'follow-up.full-follow-up',
  severity: 'error',
  source: cite('STD', '特约服务 服务回访 1 ①–④'),
  title: text('四种情形回访率必须为100%', 'The four cases are all followed up'),
  parameters: [fullFollowUpCases],
  message: (d) => text(`特约服务单 ${d.orderId} 属须100%回访情形（${d.cases.join('、')}），尚未回访。`, `Special-service order ${d.orderId} is a 100% case (${d.cases.join(', ')}) and has not been followed up.`),
});

const ratio = defineRule<RatioFacts>({
  id: 'follow-up.minimum-ratio',
  severity: 'error',
  source: cite('STD', '特约服务 服务回访 1'),
  title: text('特约服务最低回访比例（按月）', 'Minimum monthly follow-up ratio of paid special services'),
  parameters: [followUpTiers, zoneParameter],
  message: (d) =>
    text(
      `${d.month} 特约服务 ${d.monthlyCount} 单，最低回访比例 ${Math.round(d.rate * 1000) / 10}%，至少回访 ${d.required} 单，实际 ${d.followedUp} 单${d.stillInTime > 0 ? `，另有 ${d.stillInTime} 单仍可按时回访` : ''}。`,
      `${d.monthlyCount} special-service orders in ${d.month} at a minimum ratio of ${Math.round(d.rate * 1000) / 10}% need at least ${d.required} follow-ups; ${d.followedUp} were made${d.stillInTime > 0 ? `, ${d.stillInTime} more still in time` : ''}.`,
    ),
});

const deadline = defineRule<DeadlineFacts>({
  id: 'follow-up.special-service-deadline',
  severity: 'error',
  source: cite('STD', '特约服务 服务回访 1'),
  title: text('特约服务完成后1个工作日内回访', 'Follow up within 1 working day of completion'),
  parameters: [specialServiceFollowUpWithin],
  message: (d) =>
    d.followedUpAt
      ? text(`特约服务单 ${d.orderId}：应在 ${d.dueAt} 前回访，实际 ${d.followedUpAt}。`, `Special-service order ${d.orderId}: the follow-up was due by ${d.dueAt}, made ${d.followedUpAt}.`)
      : text(`特约服务单 ${d.orderId}：应在 ${d.dueAt} 前回访，截至 ${d.asOf ?? ''} 仍未回访。`, `Special-service order ${d.orderId}: the follow-up was due by ${d.dueAt} and is still not made as of ${d.asOf ?? ''}.`),
});

const complaint = defineRule<ComplaintFacts>({
  id: 'follow-up.complaint-follow-up',
  severity: 'error',
  source: cite('STD', '投诉管理 处理与回访 3'),
  title: text('投诉处理完毕后100%回访（联系不上或不便回访的除外）', 'Follow up 100% of closed complaints (unreachable or inconvenient excepted)'),
  parameters: [complaintFollowUpRate],
  message: (d) =>
    text(
      `已结投诉应回访 ${d.due} 件（回访率 ≥ ${Math.round(d.required * 1000) / 10}%），实际回访率 ${Math.round(d.rate * 1000) / 10}%；未回访：${d.notFollowedUp.join('、')}。`,
      `${d.due} closed complaints are due a follow-up (rate ≥ ${Math.round(d.required * 1000) / 10}%); the rate is ${Math.round(d.rate * 1000) / 10}%; not followed up: ${d.notFollowedUp.join(', ')}.`,
    ),
});

/**
 * The rules of the follow-up procedure, by name.
 *
 * @example
 * followUpRules.minimumRatio.id // 'follow-up.minimum-ratio'
 */
export const followUpRules = Object.freeze({ fullFollowUp: full, minimumRatio: ratio, specialServiceDeadline: deadline, complaintFollowUp: complaint }) satisfies Record<string, Rule<never>>;

/**
 * @internal Checks paid special-service orders against STD 特约服务 服务回访 1, as of `asOf`:
 * every 100% case followed up, at least the minimum number followed up in each month, and
 * each follow-up within 1 working day of completion. The ratio is counted per month ("单/月"):
 * the orders are grouped by the month of their completion in the policy zone (an order with
 * no completion time counts with the latest of those months, or the month of `asOf` when no
 * order has one), and each month is tiered and judged on its
 * own — two months of 150 orders need 20% each, not 10% of 300. Only follow-ups made after
 * the service and by `asOf` count; a 100% case still in time (its deadline not passed at
 * `asOf`) is no violation yet, nor is a shortfall the orders still in time can make up.
 *
 * @example
 * checkSpecialServiceFollowUps([{ id: 'S-1', newStaff: true, completedAt: '2026-05-06T15:00:00+08:00', followedUpAt: '2026-05-07T10:00:00+08:00' }], { asOf: '2026-06-01T00:00:00+08:00' }) // []
 */
export function checkSpecialServiceFollowUps(orders: readonly SpecialServiceOrder[], options: CheckOptions): Violation[] {
  parseInput(specialServiceOrdersSchema, orders, text('特约服务单', 'special-service orders'), FOLLOW_UP_FIELD_LABELS);
  checkOptions(options);
  const { policy, calendar } = options;
  const zone = paramValue(policy, zoneParameter);
  const asOf = toIsoInstant(options.asOf, zone);
  const out: Violation[] = [];
  // "单/月": each month's orders by themselves, the month of completion in the policy zone.
  // Reading: an order with no completion time cannot be dated, so it is counted with the
  // latest month among the orders (the month being reported), or the month of asOf when no
  // order has a completion time.
  const monthOf = (at: string) => toIsoInstant(at, zone).slice(0, 7);
  const dated = orders.flatMap((o) => (o.completedAt ? [monthOf(o.completedAt)] : [])).sort();
  const undatedMonth = dated.at(-1) ?? monthOf(asOf);
  const months = new Map<string, { count: number; followedUp: number; stillInTime: number }>();
  for (const o of orders) {
    const key = o.completedAt ? monthOf(o.completedAt) : undatedMonth;
    const month = months.get(key) ?? { count: 0, followedUp: 0, stillInTime: 0 };
    months.set(key, month);
    month.count++;
    const cases = fullFollowUpReasons(o, policy);
    // A follow-up counts when it came after the service (a date before it is not one) and by asOf.
    const at = o.followedUpAt;
    const done = typeof at === 'string' && (!o.completedAt || compareInstants(at, o.completedAt) >= 0) && compareInstants(at, asOf) <= 0 ? at : null;
    if (done) month.followedUp++;
    // Without a completion time the order is judged as it stands (no deadline to wait for).
    const due = specialServiceFollowUpDeadline(o.completedAt, policy, calendar);
    const overdue = due !== null && isLate(due, asOf);
    if (due !== null && (done ? isLate(due, done) : cases.length > 0 && overdue)) {
      out.push(violation(deadline, { orderId: o.id, completedAt: o.completedAt!, dueAt: due.dueAt, followedUpAt: done, asOf }, policy, [due]));
    }
    if (!done && due !== null && !overdue) month.stillInTime++;
    if (!done && cases.length > 0 && (due === null || overdue)) out.push(violation(full, { orderId: o.id, cases: [...cases] }, policy));
  }
  for (const [key, { count, followedUp, stillInTime }] of [...months].sort(([a], [b]) => a.localeCompare(b))) {
    const r = followUpRequirement(count, policy);
    if (followedUp + stillInTime < r.count) out.push(violation(ratio, { month: key, monthlyCount: count, rate: r.rate, required: r.count, followedUp, stillInTime }, policy));
  }
  return applicable(out, options.policy);
}

/**
 * @internal Checks closed complaints against STD 投诉管理 处理与回访 3, as of `asOf`: all
 * followed up, except those marked unreachable or inconvenient. Complaints closed after
 * `asOf` are not judged and follow-ups after `asOf` do not count. One violation listing the
 * complaints not followed up when the rate is below the policy's (100% by default).
 *
 * @example
 * checkComplaintFollowUps([{ id: 'C-1', closedAt: '2026-05-08T10:00:00+08:00' }], { asOf: '2026-05-10T00:00:00+08:00' })[0]?.data.notFollowedUp // ['C-1']
 */
export function checkComplaintFollowUps(complaints: readonly ClosedComplaint[], options: CheckOptions): Violation[] {
  parseInput(closedComplaintsSchema, complaints, text('已结投诉', 'closed complaints'), FOLLOW_UP_FIELD_LABELS);
  checkOptions(options);
  const { policy, asOf } = options;
  const asSeen = complaints
    .filter((c) => compareInstants(c.closedAt, asOf) <= 0)
    .map((c) => (c.followedUpAt && compareInstants(c.followedUpAt, asOf) > 0 ? { ...c, followedUpAt: null } : c));
  const tally = tallyComplaintFollowUps(asSeen);
  const required = paramValue(policy, complaintFollowUpRate);
  if (tally.rate >= required) return [];
  return applicable([violation(complaint, { notFollowedUp: [...tally.missing], rate: tally.rate, required, due: tally.due }, policy)], policy);
}

/**
 * Checks a month of follow-up records as of `asOf`: the paid special-service orders against
 * STD 特约服务 服务回访 1 (every 100% case followed up, the minimum ratio, each follow-up within
 * 1 working day of completion on the business calendar) and the closed complaints against
 * STD 投诉管理 处理与回访 3 (100%, unreachable or inconvenient excepted). A follow-up still in
 * time at `asOf` is no violation; a follow-up made after `asOf` does not count yet. Never
 * throws for non-compliance; bad records or options are typed errors and nothing is changed.
 *
 * @example
 * checkFollowUps({ specialServiceOrders: [{ id: 'S-1', newStaff: true, completedAt: '2026-05-15T15:00:00+08:00' }] }, { asOf: '2026-05-18T15:00:01+08:00' }).map((v) => v.ruleId)
 * // ['follow-up.special-service-deadline', 'follow-up.full-follow-up', 'follow-up.minimum-ratio']
 */
export function checkFollowUps(month: FollowUpMonth, options: CheckOptions): Violation[] {
  parseInput(followUpMonthSchema, month, text('回访记录', 'follow-up records'), FOLLOW_UP_FIELD_LABELS);
  checkOptions(options);
  return [
    ...(month.specialServiceOrders ? checkSpecialServiceFollowUps(month.specialServiceOrders, options) : []),
    ...(month.closedComplaints ? checkComplaintFollowUps(month.closedComplaints, options) : []),
  ];
}
