// The follow-up cadences a 客服经理 used to check by hand: a phone follow-up every seven days
// and a phone call plus a visit each month, at a time agreed first (《服务中心工作手册》 WI/FW-017
// 一、二); an on-site visit each quarter to long-term special-service customers (《物业客户服务类
// 服务标准表》 特约服务 服务回访 2); the yearly interview of every delivered customer after the
// first six months (客户沟通 客户访谈 3).
import * as z from 'zod/mini';
import type { CheckOptions } from '../../core/check-options';
import { isoDateMiniSchema as isoDateSchema } from '../../core/mini-schemas';
import { isoToEpochMs } from '../../core/iso';
import type { Policy } from '../../core/policy';
import { paramValue } from '../../core/policy';
import type { Rule, Violation } from '../../core/rule';
import { defineRule, violation, applicable } from '../../core/rule';
import { text } from '../../core/text';
import type { FieldLabels } from '../../core/validate';
import { parseInput } from '../../core/validate';
import { asOfMillis, endOfDayDeadline, zoneOf } from '../kpi/local-day';
import type { PeriodKind, PeriodRange } from '../kpi/period';
import { addDays, addMonths, periodRange, periodsEndingIn } from '../kpi/period';
import { deliveryMilestones } from '../kpi/delivery-milestones';
import { periodSchema } from '../kpi/period-schema';
import type { ContactMode } from './policy';
import { agreeFirstModes, deliveredInterviewEvery, longTermVisitEvery, monthlyFollowUpModes, phoneFollowUpEveryDays } from './policy';

/**
 * A customer the cadences apply to: on the service centre's follow-up register from
 * `followUpFrom` (to `followUpUntil`, both included) for WI/FW-017; with a long-term service
 * agreement from `longTermFrom` (to `longTermUntil`) for the quarterly visit; delivered on
 * `deliveredOn` for the yearly interview. Each part applies only when its date is given.
 * Extra host fields are allowed.
 *
 * @example
 * cadenceCustomerSchema.parse({ id: '3栋1201', followUpFrom: '2026-05-06', longTermFrom: '2026-01-01' })
 */
export const cadenceCustomerSchema = z.object({
  id: z.string().check(z.minLength(1)),
  followUpFrom: z.optional(isoDateSchema),
  followUpUntil: z.optional(isoDateSchema),
  longTermFrom: z.optional(isoDateSchema),
  longTermUntil: z.optional(isoDateSchema),
  deliveredOn: z.optional(isoDateSchema),
});
/** @example const c: CadenceCustomer = { id: '3栋1201', followUpFrom: '2026-05-06' }; */
export type CadenceCustomer = z.infer<typeof cadenceCustomerSchema>;

/**
 * One follow-up or interview made: with whom, on which date, by phone or on site, and the
 * day its time was agreed with the customer (`agreedOn`). Extra host fields are allowed.
 *
 * @example
 * followUpContactSchema.parse({ customer: '3栋1201', date: '2026-05-20', mode: 'on-site', agreedOn: '2026-05-18' })
 */
export const followUpContactSchema = z.object({
  customer: z.string().check(z.minLength(1)),
  date: isoDateSchema,
  mode: z.enum(['phone', 'on-site']),
  agreedOn: z.optional(isoDateSchema),
});
/** @example const c: FollowUpContact = { customer: '3栋1201', date: '2026-05-13', mode: 'phone' }; */
export type FollowUpContact = z.infer<typeof followUpContactSchema>;

/**
 * The log of follow-ups a host keeps for a period (`'YYYY'`, `'YYYY-Qn'` or `'YYYY-MM'`):
 * the customers and the contacts made. Extra host fields are allowed.
 *
 * @example
 * followUpCadenceLogSchema.parse({ period: '2026-05', customers: [{ id: '3栋1201', followUpFrom: '2026-05-01' }], contacts: [] })
 */
export const followUpCadenceLogSchema = z.object({ period: periodSchema, customers: z.array(cadenceCustomerSchema), contacts: z.array(followUpContactSchema) });
/** @example const l: FollowUpCadenceLog = { period: '2026-05', customers: [], contacts: [] }; */
export type FollowUpCadenceLog = z.infer<typeof followUpCadenceLogSchema>;

/** The facts of a missed follow-up cadence. @example const f: FollowUpCadenceFacts = { customer: '3栋1201', from: '2026-05-01', by: '2026-05-08', dueAt: '2026-05-09T00:00:00+08:00', mode: 'phone' }; */
export type FollowUpCadenceFacts = { customer: string; from: string; by: string; dueAt: string; mode: ContactMode | 'phone or on-site' };

/** The facts of a visit whose time was not agreed first. @example const f: NotAgreedFacts = { customer: '3栋1201', date: '2026-05-20', mode: 'on-site' }; */
export type NotAgreedFacts = { customer: string; date: string; mode: ContactMode; agreedOn?: string };

const MODE_ZH: Record<FollowUpCadenceFacts['mode'], string> = { phone: '电话', 'on-site': '上门', 'phone or on-site': '上门或电话' };

function cadenceRule(id: string, zh: string, en: string, parameters: Rule['parameters'], source: Rule['source']): Rule<FollowUpCadenceFacts> {
  return defineRule<FollowUpCadenceFacts>({
    id,
    severity: 'error',
    source,
    title: text(zh, en),
    parameters,
    message: (d) => text(`${d.customer}：${d.from} 至 ${d.by} 期间应有${MODE_ZH[d.mode]}回访，未见记录。`, `${d.customer}: a ${d.mode} follow-up was due from ${d.from} to ${d.by}; none is recorded.`),
  });
}

/**
 * The rules of the follow-up cadences, by name.
 *
 * @example
 * followUpCadenceRules.phoneEvery.id // 'follow-up.phone-cadence'
 */
export const followUpCadenceRules = Object.freeze({
  phoneEvery: cadenceRule('follow-up.phone-cadence', '每七天电话回访', 'Phone follow-up every seven days', [phoneFollowUpEveryDays], phoneFollowUpEveryDays.source),
  monthly: cadenceRule('follow-up.monthly-cadence', '每月电话和上门回访', 'Phone and on-site follow-up each month', [monthlyFollowUpModes], monthlyFollowUpModes.source),
  longTermVisit: cadenceRule('follow-up.long-term-visit', '长期服务协议客户每季度上门回访', 'Quarterly on-site visit to long-term agreement customers', [longTermVisitEvery], longTermVisitEvery.source),
  deliveredInterview: cadenceRule(
    'follow-up.delivered-interview',
    '已交付客户每年访谈',
    'Yearly interview of every delivered customer',
    [deliveredInterviewEvery, deliveryMilestones],
    deliveredInterviewEvery.source,
  ),
  timeNotAgreed: defineRule<NotAgreedFacts>({
    id: 'follow-up.time-not-agreed',
    severity: 'error',
    source: agreeFirstModes.source,
    title: text('回访时间事先与用户约定', 'Follow-up time agreed with the customer first'),
    parameters: [agreeFirstModes],
    message: (d) =>
      d.agreedOn
        ? text(`${d.customer}：${d.date} 的${MODE_ZH[d.mode]}回访约定于 ${d.agreedOn}，晚于回访日。`, `${d.customer}: the ${d.mode} follow-up of ${d.date} was agreed on ${d.agreedOn}, after it.`)
        : text(`${d.customer}：${d.date} 的${MODE_ZH[d.mode]}回访未记录事先约定的时间。`, `${d.customer}: the ${d.mode} follow-up of ${d.date} records no time agreed first.`),
  }),
}) satisfies Record<string, Rule<never>>;

type Window = { from: string; by: string };

/** Calendar windows of `kind` ending in `range` that lie wholly within [from, until]. */
function wholeWindows(kind: PeriodKind, range: PeriodRange, from: string, until: string | undefined): Window[] {
  return periodsEndingIn(kind, range)
    .filter((w) => w.start >= from && (until === undefined || w.end <= until))
    .map((w) => ({ from: w.start, by: w.end }));
}

/** The seven-day windows whose due day falls in `range` (and before `until`), restarting at each call or miss. */
function phoneWindows(start: string, until: string | undefined, calls: readonly string[], every: number, range: PeriodRange): Window[] {
  const missed: Window[] = [];
  const end = until !== undefined && until < range.end ? until : range.end;
  let last = start;
  for (let by = addDays(last, every); by <= end; by = addDays(last, every)) {
    const made = calls.filter((d) => d > last && d <= by);
    if (made.length === 0) {
      if (by >= range.start) missed.push({ from: addDays(last, 1), by });
      last = by;
    } else last = made[made.length - 1]!;
  }
  return missed;
}

function dueAt(by: string, policy: Policy | undefined): string {
  return endOfDayDeadline(by, zoneOf(policy)).dueAt;
}

const LABELS: FieldLabels = {
  period: text('期间', 'period'),
  customers: text('客户', 'customers'),
  contacts: text('回访记录', 'contacts'),
  customer: text('客户', 'customer'),
  date: text('日期', 'date'),
  mode: text('回访方式', 'mode'),
  agreedOn: text('约定日期', 'agreed on'),
  followUpFrom: text('列入回访名单日期', 'on the register from'),
  followUpUntil: text('移出回访名单日期', 'on the register until'),
  longTermFrom: text('长期服务协议起始日', 'long-term agreement from'),
  longTermUntil: text('长期服务协议终止日', 'long-term agreement until'),
  deliveredOn: text('交付日期', 'delivered on'),
};

/**
 * Checks a follow-up log against the cadences of its period, as of `asOf` (each window is
 * due at 24:00 of its last day in the policy zone; one not yet due is no violation):
 * - `follow-up.phone-cadence`: a phone follow-up within 7 days of joining the register or of
 *   the last call (WI/FW-017 一);
 * - `follow-up.monthly-cadence`: a phone call and a visit in each whole month on the register;
 * - `follow-up.time-not-agreed`: an on-site visit in the period without a time agreed first
 *   (WI/FW-017 二);
 * - `follow-up.long-term-visit`: a visit each whole quarter of a long-term agreement (STD 特约服务
 *   服务回访 2);
 * - `follow-up.delivered-interview`: a phone or on-site interview each calendar year after
 *   the first six months (STD 客户访谈 3).
 * Contacts of customers not listed are ignored. Bad input is `INVALID_INPUT`; the log is
 * not changed.
 *
 * @example
 * checkFollowUpCadences({ period: '2026-05', customers: [{ id: '3栋1201', followUpFrom: '2026-05-01' }], contacts: [{ customer: '3栋1201', date: '2026-05-08', mode: 'phone' }] }, { asOf: '2026-05-16T00:00:00+08:00' })
 *   .map((v) => [v.ruleId, v.data.by]) // [['follow-up.phone-cadence', '2026-05-15']]
 */
export function checkFollowUpCadences(log: FollowUpCadenceLog, options: CheckOptions): Violation[] {
  parseInput(followUpCadenceLogSchema, log, text('回访记录', 'follow-up log'), LABELS);
  const asOf = asOfMillis(options);
  const { policy } = options;
  const range = periodRange(log.period);
  const out: Violation[] = [];
  const closed = (by: string) => isoToEpochMs(dueAt(by, policy))! <= asOf;
  const contactsOf = (customer: string, modes: readonly ContactMode[], w: Window) => log.contacts.filter((c) => c.customer === customer && modes.includes(c.mode) && c.date >= w.from && c.date <= w.by);
  const miss = (rule: Rule<FollowUpCadenceFacts>, customer: string, w: Window, mode: FollowUpCadenceFacts['mode']) => {
    out.push(violation(rule, { customer, from: w.from, by: w.by, dueAt: dueAt(w.by, policy), mode }, policy));
  };
  const every = paramValue(policy, phoneFollowUpEveryDays);
  const monthly = paramValue(policy, monthlyFollowUpModes);
  const agreeFirst = paramValue(policy, agreeFirstModes);
  const longTerm = paramValue(policy, longTermVisitEvery);
  const delivered = paramValue(policy, deliveredInterviewEvery);
  const firstWindow = paramValue(policy, deliveryMilestones).deliveredCustomerInterviews;
  for (const c of log.customers) {
    if (c.followUpFrom !== undefined) {
      const calls = log.contacts.filter((x) => x.customer === c.id && x.mode === 'phone').map((x) => x.date).sort();
      for (const w of phoneWindows(c.followUpFrom, c.followUpUntil, calls, every, range)) if (closed(w.by)) miss(followUpCadenceRules.phoneEvery, c.id, w, 'phone');
      for (const w of wholeWindows('month', range, c.followUpFrom, c.followUpUntil)) {
        if (!closed(w.by)) continue;
        for (const mode of monthly) if (contactsOf(c.id, [mode], w).length === 0) miss(followUpCadenceRules.monthly, c.id, w, mode);
      }
    }
    if (c.longTermFrom !== undefined) {
      for (const w of wholeWindows(longTerm, range, c.longTermFrom, c.longTermUntil)) {
        if (closed(w.by) && contactsOf(c.id, ['on-site'], w).length === 0) miss(followUpCadenceRules.longTermVisit, c.id, w, 'on-site');
      }
    }
    if (c.deliveredOn !== undefined) {
      // The first window ends `firstWindow` months after delivery; the yearly ones start after it.
      const firstEnds = firstWindow.unit === 'week' ? addDays(c.deliveredOn, firstWindow.value * 7) : addMonths(c.deliveredOn, firstWindow.value);
      for (const w of wholeWindows(delivered, range, addDays(firstEnds, 1), undefined)) {
        if (closed(w.by) && contactsOf(c.id, ['phone', 'on-site'], w).length === 0) miss(followUpCadenceRules.deliveredInterview, c.id, w, 'phone or on-site');
      }
    }
    for (const x of log.contacts) {
      if (x.customer !== c.id || !agreeFirst.includes(x.mode) || x.date < range.start || x.date > range.end) continue;
      // A visit on a day that has not begun at asOf is not judged yet.
      if (isoToEpochMs(dueAt(addDays(x.date, -1), policy))! > asOf) continue;
      if (x.agreedOn === undefined || x.agreedOn > x.date) {
        out.push(violation(followUpCadenceRules.timeNotAgreed, { customer: c.id, date: x.date, mode: x.mode, ...(x.agreedOn !== undefined ? { agreedOn: x.agreedOn } : {}) }, policy));
      }
    }
  }
  return applicable(out, options.policy);
}
