import type { BusinessCalendar } from '../../core/calendar';
import { isLate } from '../../core/deadline';
import type { InstantInput } from '../../core/instant';
import { compareInstants, toIsoInstant } from '../../core/instant';
import type { Policy } from '../../core/policy';
import { paramValue } from '../../core/policy';
import type { Violation } from '../../core/rule';
import { defineRule, violation } from '../../core/rule';
import { cite } from '../../core/source';
import { zoneParameter } from '../../core/core-parameters';
import { text } from '../../core/text';
import { parseInput } from '../../core/validate';
import type { ComplaintFollowUpTally } from './complaint-follow-up';
import { tallyComplaintFollowUps } from './complaint-follow-up';
import { specialServiceFollowUpDeadline } from './deadline';
import { complaintFollowUpRate, followUpTiers, fullFollowUpCases, specialServiceFollowUpWithin } from './policy';
import { fullFollowUpReasons } from './sampling';
import type { ClosedComplaint, SpecialServiceOrder } from './schema';
import { specialServiceOrdersSchema } from './schema';
import { followUpRequirement } from './tiers';

type FullFacts = { orderId: string; cases: string[] };
type RatioFacts = { monthlyCount: number; rate: number; required: number; followedUp: number };
type DeadlineFacts = { orderId: string; completedAt: string; dueAt: string; followedUpAt: string | null; asOf: string | null };
type ComplaintFacts = { missing: string[]; rate: number; required: number; due: number };

const full = defineRule<FullFacts>({
  id: 'followUp.full-follow-up',
  severity: 'error',
  source: cite('STD', '特约服务 服务回访 1 ①–④'),
  title: text('四种情形回访率必须为100%', 'The four cases are all followed up'),
  parameters: [fullFollowUpCases],
  reading: fullFollowUpCases.reading!,
  message: (d) => text(`特约服务单 ${d.orderId} 属须100%回访情形（${d.cases.join('、')}），尚未回访。`, `Special-service order ${d.orderId} is a 100% case (${d.cases.join(', ')}) and has not been followed up.`),
});

const ratio = defineRule<RatioFacts>({
  id: 'followUp.minimum-ratio',
  severity: 'error',
  source: cite('STD', '特约服务 服务回访 1'),
  title: text('特约服务最低回访比例', 'Minimum follow-up ratio of paid special services'),
  parameters: [followUpTiers],
  reading: followUpTiers.reading!,
  message: (d) =>
    text(
      `本月特约服务 ${d.monthlyCount} 单，最低回访比例 ${Math.round(d.rate * 1000) / 10}%，至少回访 ${d.required} 单，实际 ${d.followedUp} 单。`,
      `${d.monthlyCount} special-service orders this month at a minimum ratio of ${Math.round(d.rate * 1000) / 10}% need at least ${d.required} follow-ups; ${d.followedUp} were made.`,
    ),
});

const deadline = defineRule<DeadlineFacts>({
  id: 'followUp.special-service-deadline',
  severity: 'error',
  source: cite('STD', '特约服务 服务回访 1'),
  title: text('特约服务完成后1个工作日内回访', 'Follow up within 1 working day of completion'),
  parameters: [specialServiceFollowUpWithin],
  reading: specialServiceFollowUpWithin.reading!,
  message: (d) =>
    d.followedUpAt
      ? text(`特约服务单 ${d.orderId}：应在 ${d.dueAt} 前回访，实际 ${d.followedUpAt}。`, `Special-service order ${d.orderId}: the follow-up was due by ${d.dueAt}, made ${d.followedUpAt}.`)
      : text(`特约服务单 ${d.orderId}：应在 ${d.dueAt} 前回访，截至 ${d.asOf ?? ''} 仍未回访。`, `Special-service order ${d.orderId}: the follow-up was due by ${d.dueAt} and is still not made as of ${d.asOf ?? ''}.`),
});

const complaint = defineRule<ComplaintFacts>({
  id: 'followUp.complaint-follow-up',
  severity: 'error',
  source: cite('STD', '投诉管理 处理与回访 3'),
  title: text('投诉处理完毕后100%回访（联系不上或不便回访的除外）', 'Follow up 100% of closed complaints (unreachable or inconvenient excepted)'),
  parameters: [complaintFollowUpRate],
  reading: complaintFollowUpRate.reading!,
  message: (d) =>
    text(
      `已结投诉应回访 ${d.due} 件（回访率 ≥ ${Math.round(d.required * 1000) / 10}%），实际回访率 ${Math.round(d.rate * 1000) / 10}%；未回访：${d.missing.join('、')}。`,
      `${d.due} closed complaints are due a follow-up (rate ≥ ${Math.round(d.required * 1000) / 10}%); the rate is ${Math.round(d.rate * 1000) / 10}%; not followed up: ${d.missing.join(', ')}.`,
    ),
});

/**
 * The rules of the follow-up procedure, by name.
 *
 * @example
 * followUpRules.minimumRatio.id // 'followUp.minimum-ratio'
 */
export const followUpRules = Object.freeze({ fullFollowUp: full, minimumRatio: ratio, specialServiceDeadline: deadline, complaintFollowUp: complaint });

/** Options of {@link checkSpecialServiceFollowUps}. @example const o: FollowUpCheckOptions = { asOf: '2026-06-01T00:00:00+08:00' }; */
export interface FollowUpCheckOptions {
  readonly policy?: Policy | undefined;
  readonly calendar?: BusinessCalendar | undefined;
  /** When the check is made: a missing follow-up is late only once this is past its due time. */
  readonly asOf?: InstantInput | undefined;
}

/**
 * Checks a month of paid special-service orders against STD 特约服务 服务回访 1: every 100%
 * case followed up, at least the minimum number followed up, and each follow-up within 1
 * working day of completion (a follow-up made late; or, for a 100% case not yet followed up,
 * once `asOf` is past its due time). An order is followed up when it has `followedUpAt`.
 *
 * @example
 * checkSpecialServiceFollowUps([{ id: 'S-1', newStaff: true, completedAt: '2026-05-06T15:00:00+08:00', followedUpAt: '2026-05-07T10:00:00+08:00' }]) // []
 */
export function checkSpecialServiceFollowUps(orders: readonly SpecialServiceOrder[], options: FollowUpCheckOptions = {}): Violation[] {
  parseInput(specialServiceOrdersSchema, orders, 'special-service orders');
  const { policy, calendar } = options;
  const asOf = options.asOf === undefined ? null : toIsoInstant(options.asOf, paramValue(policy, zoneParameter));
  const out: Violation[] = [];
  let followedUp = 0;
  for (const o of orders) {
    const cases = fullFollowUpReasons(o, policy);
    // A follow-up counts when it came after the service (a date before it is not one) and,
    // when checking as of an instant, by then.
    const at = o.followedUpAt;
    const done = typeof at === 'string' && (!o.completedAt || compareInstants(at, o.completedAt) >= 0) && (asOf === null || compareInstants(at, asOf) <= 0) ? at : null;
    if (done) followedUp++;
    if (o.completedAt) {
      const due = specialServiceFollowUpDeadline(o.completedAt, policy, calendar);
      const late = done ? isLate(due, done) : asOf !== null && cases.length > 0 && isLate(due, asOf);
      if (late) out.push(violation(deadline, { orderId: o.id, completedAt: o.completedAt, dueAt: due.dueAt, followedUpAt: done, asOf }, policy));
    }
    if (!done && cases.length > 0) out.push(violation(full, { orderId: o.id, cases: [...cases] }, policy));
  }
  const r = followUpRequirement(orders.length, policy);
  if (followedUp < r.count) out.push(violation(ratio, { monthlyCount: orders.length, rate: r.rate, required: r.count, followedUp }, policy));
  return out;
}

/**
 * Checks closed complaints against STD 投诉管理 处理与回访 3: all followed up, except those
 * marked unreachable or inconvenient. Returns one violation listing the complaints not yet
 * followed up when the rate is below the policy's (100% by default), with the tally.
 *
 * @example
 * checkComplaintFollowUps([{ id: 'C-1', closedAt: '2026-05-08T10:00:00+08:00' }])[0]?.data.missing // ['C-1']
 */
export function checkComplaintFollowUps(complaints: readonly ClosedComplaint[], policy?: Policy): Violation[] {
  const tally: ComplaintFollowUpTally = tallyComplaintFollowUps(complaints);
  const required = paramValue(policy, complaintFollowUpRate);
  if (tally.rate >= required) return [];
  return [violation(complaint, { missing: [...tally.missing], rate: tally.rate, required, due: tally.due }, policy)];
}
