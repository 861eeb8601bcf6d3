import * as z from 'zod';
import type { BusinessCalendar } from '../../core/calendar';
import { zoneParameter } from '../../core/core-parameters';
import { dateOfDayNumber, dayNumber } from '../../core/day-number';
import type { Deadline } from '../../core/deadline';
import { computeDeadline, isLate } from '../../core/deadline';
import type { CheckOptions } from '../../core/check-options';
import { checkOptions } from '../../core/check-options';
import { compareInstants, epochMsToZonedIso, formatLocal, instantToEpochMs, toIsoInstant } from '../../core/instant';
import { localToMillis } from '../../core/local-time';
import { instantSchema } from '../../core/instant-schema';
import type { Duration, Parameter } from '../../core/parameter';
import { formatDuration } from '../../core/parameter';
import type { Policy } from '../../core/policy';
import { assertPolicy, paramApplies, paramValue } from '../../core/policy';
import type { Rule, Violation } from '../../core/rule';
import { applicable, defineRule, violation } from '../../core/rule';
import type { MissingField } from '../../core/missing-field';
import { joinLabels, missingField } from '../../core/missing-field';
import { cite } from '../../core/source';
import { text } from '../../core/text';
import { parseInput } from '../../core/validate';
import { criticalArrivalWithin, feeReportDay, parkedReportEveryDays, routineArrivalWithin, urgentArrivalWithin } from './policy';
import type { CopyHolder, Parking, Urgency, WorkOrder } from './schema';
import { WORK_ORDER_FIELD_LABELS, urgencySchema, workOrderSchema } from './schema';

const ARRIVAL: Record<Urgency, Parameter<Duration | null>> = { critical: criticalArrivalWithin, urgent: urgentArrivalWithin, routine: routineArrivalWithin };
const URGENCY_ZH: Record<Urgency, string> = { critical: '特急', urgent: '急', routine: '一般' };
const COPY_HOLDERS: readonly CopyHolder[] = ['customer', 'desk', 'finance'];
const WORK_ORDER = text('工单', 'work order');
// A parked order left for years must not make the check walk for ever.
const MAX_REPORT_PERIODS = 3660;

const arrivalInputSchema = z.looseObject({ urgency: urgencySchema, dispatchedAt: instantSchema });

/**
 * When engineering must be on site (派工单使用程序 3): dispatch + 5 minutes for `'critical'`,
 * + 10 minutes for `'urgent'`, `null` for `'routine'` (scheduled as staff allow) unless the
 * policy sets a limit. The deadline is inclusive: arriving exactly at `dueAt` is on time.
 * An unknown urgency or a bad instant is a typed error (`INVALID_INPUT` / `INVALID_INSTANT`).
 *
 * @example
 * arrivalDeadline({ urgency: 'critical', dispatchedAt: '2026-05-06T10:00:00+08:00' }) // { dueAt: '2026-05-06T10:05:00+08:00', inclusive: true }
 * arrivalDeadline({ urgency: 'routine', dispatchedAt: '2026-05-06T10:00:00+08:00' })  // null
 */
export function arrivalDeadline(order: { readonly urgency: Urgency; readonly dispatchedAt: string }, policy?: Policy, calendar?: BusinessCalendar): Deadline | null {
  parseInput(arrivalInputSchema, order, text('派工信息', 'work-order dispatch'), WORK_ORDER_FIELD_LABELS);
  if (policy !== undefined) assertPolicy(policy);
  const within = paramValue(policy, ARRIVAL[order.urgency]);
  // Null, or not set by any composed pack or override (paramApplies): not applied.
  if (within === null || !paramApplies(policy, ARRIVAL[order.urgency])) return null;
  const zone = paramValue(policy, zoneParameter);
  return computeDeadline(toIsoInstant(order.dispatchedAt, zone), within, { policy, calendar });
}

type OrderFacts = { orderId: string };
type LateFacts = OrderFacts & { urgency: Urgency; dispatchedAt: string; dueAt: string; arrivedAt: string | null; asOf: string; limitZh: string; limitEn: string };

const lateArrival = defineRule<LateFacts>({
  id: 'work-order.late-arrival',
  severity: 'error',
  source: cite('OFFICE', '派工单使用程序 3'),
  title: text('特急单五分钟内、急单十分钟内赶到现场', 'On site within 5 minutes (critical) or 10 minutes (urgent)'),
  parameters: [criticalArrivalWithin, urgentArrivalWithin, routineArrivalWithin],
  message: (d) =>
    d.arrivedAt
      ? text(`工单 ${d.orderId}（${URGENCY_ZH[d.urgency]}）：${d.dispatchedAt} 派工，应于 ${d.dueAt} 前到场（${d.limitZh}内），实际 ${d.arrivedAt} 到场。`, `Work order ${d.orderId} (${d.urgency}): dispatched ${d.dispatchedAt}, due on site by ${d.dueAt} (within ${d.limitEn}), arrived ${d.arrivedAt}.`)
      : text(`工单 ${d.orderId}（${URGENCY_ZH[d.urgency]}）：${d.dispatchedAt} 派工，应于 ${d.dueAt} 前到场（${d.limitZh}内），截至 ${d.asOf} 仍未到场。`, `Work order ${d.orderId} (${d.urgency}): dispatched ${d.dispatchedAt}, due on site by ${d.dueAt} (within ${d.limitEn}), not on site as of ${d.asOf}.`),
});

const workBeforeConsent = defineRule<OrderFacts & { startedAt: string; consentAt: string | null; explained: boolean }>({
  id: 'work-order.work-before-consent',
  severity: 'error',
  source: cite('OFFICE', '派工单使用程序 4'),
  title: text('收费性维修：修理前讲明收费及标准，经客户同意后方可修理', 'Paid repair: explain the charge and tariff and get consent before the work'),
  parameters: [],
  message: (d) =>
    text(
      `工单 ${d.orderId}：收费性维修于 ${d.startedAt} 开始，${d.explained ? '' : '未讲明收费标准，'}${d.consentAt ? `客户 ${d.consentAt} 才同意` : '客户未同意'}。`,
      `Work order ${d.orderId}: paid work started ${d.startedAt}${d.explained ? '' : ' without explaining the tariff'}, ${d.consentAt ? `the customer consented only at ${d.consentAt}` : 'without the customer’s consent'}.`,
    ),
});

const disputeWithoutDesk = defineRule<OrderFacts & { disputedAt: string }>({
  id: 'work-order.dispute-without-desk',
  severity: 'error',
  source: cite('OFFICE', '派工单使用程序 4'),
  title: text('客户有异议：立即通知客服部人员到场一同处理', 'A dispute: desk staff come on site at once'),
  parameters: [],
  message: (d) => text(`工单 ${d.orderId}：客户 ${d.disputedAt} 提出异议，客服部人员未到场即继续处理。`, `Work order ${d.orderId}: the customer disputed at ${d.disputedAt}, and the order went on without desk staff on site.`),
});

const closedUnrepaired = defineRule<OrderFacts>({
  id: 'work-order.closed-unrepaired',
  severity: 'error',
  source: cite('OFFICE', '派工单使用程序 5'),
  title: text('修理完成后方可结单', 'An order is closed only after the repair is done'),
  parameters: [],
  message: (d) => text(`工单 ${d.orderId}：未记录修理完成即已结单。`, `Work order ${d.orderId}: closed with no repair on record.`),
});

const missingSignature = defineRule<OrderFacts>({
  id: 'work-order.missing-signature',
  severity: 'error',
  source: cite('OFFICE', '派工单使用程序 5'),
  title: text('修理完成后客户确认并签字认可', 'The customer confirms and signs the completed order'),
  parameters: [],
  message: (d) => text(`工单 ${d.orderId}：已结单，但客户未签字确认。`, `Work order ${d.orderId}: closed without the customer's signature.`),
});

const missingCopies = defineRule<OrderFacts & { missing: MissingField[] }>({
  id: 'work-order.missing-copies',
  severity: 'error',
  source: cite('OFFICE', '派工单使用程序 6'),
  title: text('维修单返回客户、客服部、财务部各一联', 'A copy of the slip to the customer, the desk and finance'),
  parameters: [],
  message: (d) => text(`工单 ${d.orderId}：已结单，缺少${joinLabels(d.missing, 'zh-CN')}。`, `Work order ${d.orderId}: closed without the ${joinLabels(d.missing, 'en')}.`),
});

const missingCallback = defineRule<OrderFacts>({
  id: 'work-order.missing-callback',
  severity: 'error',
  source: cite('OFFICE', '派工单使用程序 7'),
  title: text('客服部接到返单后与客户联系征询意见', 'The desk calls the customer back for their opinion'),
  parameters: [],
  message: (d) => text(`工单 ${d.orderId}：已结单，客服部未回访客户。`, `Work order ${d.orderId}: closed without the desk's call-back.`),
});

const feeNotRecorded = defineRule<OrderFacts>({
  id: 'work-order.fee-not-recorded',
  severity: 'error',
  source: cite('OFFICE', '派工单使用程序 8'),
  title: text('收费性维修须记录维修费用（每月25日统计报财务部结算）', 'A paid repair records its fee (totalled for finance on the 25th)'),
  parameters: [],
  message: (d) => text(`工单 ${d.orderId}：收费性维修已结单，未记录维修费用，不会计入每月维修费用统计。`, `Work order ${d.orderId}: a paid repair closed with no fee recorded; it drops out of the monthly fee statement.`),
});

const recordIncomplete = defineRule<OrderFacts & { missing: MissingField[] }>({
  id: 'work-order.record-incomplete',
  severity: 'error',
  source: cite('ZH', 'QR-001'),
  title: text('结单时报修记录须有维修结果、回访人、回访结果', 'A closed order records the result, who called back and the call-back result'),
  parameters: [],
  message: (d) => text(`工单 ${d.orderId}：已结单，缺少${joinLabels(d.missing, 'zh-CN')}。`, `Work order ${d.orderId}: closed without the ${joinLabels(d.missing, 'en')}.`),
});

const feedbackMissing = defineRule<OrderFacts>({
  id: 'work-order.feedback-missing',
  severity: 'warning',
  source: cite('OFFICE', '派工单使用程序 7'),
  title: text('向工程部反馈客户意见', "Feed the customer's opinion back to engineering"),
  parameters: [],
  message: (d) => text(`工单 ${d.orderId}：已回访，但未向工程部反馈客户意见。`, `Work order ${d.orderId}: called back, but the opinion was not fed back to engineering.`),
});

const parkedNotExplained = defineRule<OrderFacts & { parkedAt: string; reason: string }>({
  id: 'work-order.parked-not-explained',
  severity: 'warning',
  source: cite('OFFICE', '派工单使用程序 9'),
  title: text('死单、搁置工单：由客服部向客户说明原因', 'Parked order: the desk explains the reason to the customer'),
  parameters: [],
  message: (d) => text(`工单 ${d.orderId}：${d.parkedAt} 搁置（${d.reason}），尚未向客户说明。`, `Work order ${d.orderId}: parked ${d.parkedAt} (${d.reason}), not yet explained to the customer.`),
});

const parkedNotReported = defineRule<OrderFacts & { parkedAt: string; missedDays: string[] }>({
  id: 'work-order.parked-not-reported',
  severity: 'error',
  source: cite('OFFICE', '派工单使用程序 9'),
  title: text('每日上报公司搁置原因', "Report a parked order's reason to the company daily"),
  parameters: [parkedReportEveryDays, zoneParameter],
  message: (d) => text(`工单 ${d.orderId}：${d.parkedAt} 搁置，以下日期未上报搁置原因：${d.missedDays.join('、')}。`, `Work order ${d.orderId}: parked ${d.parkedAt}; no report of the reason on ${d.missedDays.join(', ')}.`),
});

const feeReportLate = defineRule<{ month: string; dueOn: string; submittedAt: string | null; asOf: string }>({
  id: 'work-order.fee-report-late',
  severity: 'error',
  source: cite('OFFICE', '派工单使用程序 8'),
  title: text('每月25日由客服部统计维修费用，报财务部结算', 'On the 25th the desk totals the repair fees for finance'),
  parameters: [feeReportDay, zoneParameter],
  message: (d) =>
    d.submittedAt
      ? text(`${d.month} 维修费用统计应于 ${d.dueOn} 报财务部，实际 ${d.submittedAt}。`, `The repair-fee total for ${d.month} was due to finance on ${d.dueOn}; submitted ${d.submittedAt}.`)
      : text(`${d.month} 维修费用统计应于 ${d.dueOn} 报财务部，截至 ${d.asOf} 未报。`, `The repair-fee total for ${d.month} was due to finance on ${d.dueOn}; not submitted as of ${d.asOf}.`),
});

/**
 * The work-order rules by name.
 *
 * @example
 * workOrderRules.lateArrival.id // 'work-order.late-arrival'
 */
export const workOrderRules = Object.freeze({
  lateArrival,
  workBeforeConsent,
  disputeWithoutDesk,
  closedUnrepaired,
  missingSignature,
  missingCopies,
  missingCallback,
  feeNotRecorded,
  recordIncomplete,
  feedbackMissing,
  parkedNotExplained,
  parkedNotReported,
  feeReportLate,
}) satisfies Record<string, Rule<never>>;

const label = (field: string) => WORK_ORDER_FIELD_LABELS[field]!;

/** @internal The copies of the slip not returned by `by` (all of them without `by`), as `data.missing`. */
export function missingCopiesOf(order: WorkOrder, by?: string): MissingField[] {
  const returned = (at: string | undefined) => at !== undefined && (by === undefined || compareInstants(at, by) <= 0);
  return COPY_HOLDERS.filter((h) => !returned(order.copies?.[h])).map((h) => missingField(`copies.${h}`, label(h)));
}

/**
 * @internal What a work order still lacks before it may be closed (empty when complete):
 * the repair with its result (QR-001 维修结果) and, for a paid repair, its fee (派工单使用程序
 * 4、8: the fee statement on the 25th counts only orders with a fee); the customer's
 * signature; the three copies; the call-back with who made it and its result (QR-001 回访人、
 * 回访结果; 派工单使用程序 7). Shared by the machine's `canClose` guard, the `closed` state's
 * invariant and `checkWorkOrder`, so the check is never looser than the machine.
 */
export function missingForClose(order: WorkOrder): MissingField[] {
  const missing: MissingField[] = [];
  const lacking = (field: string) => missing.push(missingField(field, label(field)));
  if (!order.repairedAt) lacking('repairedAt');
  if (!order.result) lacking('result');
  if (order.paid && order.fee === undefined) lacking('fee');
  if (!order.signedAt) lacking('signedAt');
  missing.push(...missingCopiesOf(order));
  if (!order.callbackAt) lacking('callbackAt');
  if (!order.callbackBy) lacking('callbackBy');
  if (!order.callbackResult) lacking('callbackResult');
  return missing;
}

/**
 * @internal Whether paid work may start: not a paid repair, or the charge was explained and
 * the customer consented (after desk staff came on site, if there was a dispute).
 */
export function mayStartRepair(order: WorkOrder): boolean {
  if (!order.paid) return true;
  // Consent counts only for the charge as last explained (not a price given before it).
  if (!order.charge || !order.consentAt || compareInstants(order.consentAt, order.charge.explainedAt) < 0) return false;
  return !order.dispute || order.dispute.deskOnSiteAt !== undefined;
}

/**
 * Checks a work order as of an instant and returns its violations (never throws for
 * non-compliance): late arrival, paid work before consent, a dispute without desk staff,
 * a closed order without signature, copies or call-back, a paid repair closed without its
 * fee, a closed order without the result, who called back or the call-back result (the
 * machine's close guard, shared), no feedback to engineering, a parked order not explained
 * or not reported daily. Invalid input is a typed error; the
 * order is not changed.
 *
 * @example
 * checkWorkOrder({ ...order, urgency: 'critical', dispatchedAt: '2026-05-06T10:00:00+08:00', arrivedAt: '2026-05-06T10:05:01+08:00' }, { asOf: '2026-05-06T12:00:00+08:00' })
 * // [{ ruleId: 'work-order.late-arrival', … }]
 */
export function checkWorkOrder(order: WorkOrder, options: CheckOptions): Violation[] {
  parseInput(workOrderSchema, order, WORK_ORDER, WORK_ORDER_FIELD_LABELS);
  checkOptions(options);
  const { policy } = options;
  const zone = paramValue(policy, zoneParameter);
  const asOf = toIsoInstant(options.asOf, zone);
  const happened = (at: string | undefined): at is string => at !== undefined && compareInstants(at, asOf) <= 0;
  const local = (at: string) => formatLocal(at, zone);
  const orderId = order.id;
  const out: Violation[] = [];

  if (happened(order.dispatchedAt)) {
    const due = arrivalDeadline({ urgency: order.urgency, dispatchedAt: order.dispatchedAt }, policy, options.calendar);
    const arrived = happened(order.arrivedAt) ? order.arrivedAt : undefined;
    if (due && isLate(due, arrived ?? asOf)) {
      const within = paramValue(policy, ARRIVAL[order.urgency])!;
      const facts: LateFacts = { orderId, urgency: order.urgency, dispatchedAt: local(order.dispatchedAt), dueAt: local(due.dueAt), arrivedAt: arrived ? local(arrived) : null, asOf: local(asOf), limitZh: formatDuration(within, 'zh-CN'), limitEn: formatDuration(within, 'en') };
      const v = violation(lateArrival, facts, policy, [due]);
      out.push({ ...v, data: { ...v.data, dueAt: due.dueAt, inclusive: due.inclusive } });
    }
  }
  if (order.paid && happened(order.repairStartedAt)) {
    const consent = happened(order.consentAt) ? order.consentAt : undefined;
    const explained = order.charge !== undefined && compareInstants(order.charge.explainedAt, order.repairStartedAt) <= 0;
    const consentAfterCharge = consent !== undefined && order.charge !== undefined && compareInstants(consent, order.charge.explainedAt) >= 0;
    if (!explained || !consent || !consentAfterCharge || compareInstants(consent, order.repairStartedAt) > 0) {
      out.push(violation(workBeforeConsent, { orderId, startedAt: local(order.repairStartedAt), consentAt: consent ? local(consent) : null, explained }, policy));
    }
  }
  if (order.dispute && happened(order.dispute.at)) {
    const desk = order.dispute.deskOnSiteAt;
    const disputedAt = order.dispute.at;
    const next = [order.consentAt, order.declinedAt, order.repairStartedAt].filter((at): at is string => happened(at) && compareInstants(at, disputedAt) >= 0);
    if (next.length > 0 && (!happened(desk) || next.some((at) => compareInstants(at, desk) < 0))) {
      out.push(violation(disputeWithoutDesk, { orderId, disputedAt: local(order.dispute.at) }, policy));
    }
  }
  if (happened(order.closedAt)) {
    // What closing needed is judged as of the closing: a signature added afterwards does not
    // make the early close right.
    const closedAt = order.closedAt;
    const byClose = (at: string | undefined): boolean => at !== undefined && compareInstants(at, closedAt) <= 0;
    if (!byClose(order.repairedAt)) out.push(violation(closedUnrepaired, { orderId }, policy));
    if (!byClose(order.signedAt)) out.push(violation(missingSignature, { orderId }, policy));
    const missing = missingCopiesOf(order, closedAt);
    if (missing.length > 0) out.push(violation(missingCopies, { orderId, missing }, policy));
    if (!byClose(order.callbackAt)) out.push(violation(missingCallback, { orderId }, policy));
    else if (!byClose(order.feedbackAt)) out.push(violation(feedbackMissing, { orderId }, policy));
    // The rest of what the close guard requires (missingForClose): the fee of a paid repair,
    // and the record's result and call-back fields — those of a step not done by the close
    // are left to that step's rule above.
    const lacking = missingForClose(order);
    if (lacking.some((m) => m.field === 'fee')) out.push(violation(feeNotRecorded, { orderId }, policy));
    const recordFields = [...(byClose(order.repairedAt) ? ['result'] : []), ...(byClose(order.callbackAt) ? ['callbackBy', 'callbackResult'] : [])];
    const unrecorded = lacking.filter((m) => recordFields.includes(m.field));
    if (unrecorded.length > 0) out.push(violation(recordIncomplete, { orderId, missing: unrecorded }, policy));
  }
  for (const parking of order.parkings ?? []) {
    if (!happened(parking.at)) continue;
    if (!happened(parking.explainedAt)) out.push(violation(parkedNotExplained, { orderId, parkedAt: local(parking.at), reason: parking.reason }, policy));
    const missedDays = missedParkingReports(parking, order.abandonedAt, asOf, zone, paramValue(policy, parkedReportEveryDays));
    if (missedDays.length > 0) {
      const v = violation(parkedNotReported, { orderId, parkedAt: local(parking.at), missedDays }, policy);
      out.push(v);
    }
  }
  return applicable(out, options.policy);
}

// The periods of N local days from the parking day that ended while the order was still
// parked (not resumed or abandoned), and that hold no report.
function missedParkingReports(parking: Parking, abandonedAt: string | undefined, asOf: string, zone: string, everyDays: number): string[] {
  const ends = [asOf, parking.resumedAt, abandonedAt].filter((at): at is string => at !== undefined).map((at) => instantToEpochMs(at));
  const parkedUntil = Math.min(...ends);
  const startDay = dayNumber(toIsoInstant(parking.at, zone).slice(0, 10));
  const reports = parking.reports.map((at) => instantToEpochMs(at));
  const missed: string[] = [];
  for (let k = 0; k < MAX_REPORT_PERIODS; k++) {
    const fromDay = startDay + k * everyDays;
    const periodEnd = startOfDay(fromDay + everyDays, zone);
    if (periodEnd > parkedUntil) break;
    const periodStart = startOfDay(fromDay, zone);
    if (!reports.some((r) => r >= periodStart && r < periodEnd)) missed.push(dateOfDayNumber(fromDay));
  }
  return missed;
}

function startOfDay(day: number, zone: string): number {
  return localToMillis(day, 0, zone);
}

const monthSchema = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, "expected a month 'YYYY-MM'");

/**
 * The monthly repair-fee statement for finance (派工单使用程序 8).
 *
 * @example
 * const r: RepairFeeReport = { month: '2026-05', dueOn: '2026-05-25', periodFrom: '2026-04-25T00:00:00+08:00', periodTo: '2026-05-25T00:00:00+08:00', orders: [{ id: 'WO-1', fee: 120 }], count: 1, totalYuan: 120 };
 */
export interface RepairFeeReport {
  readonly month: string;
  /** The day the total is due to finance (the 25th by default). */
  readonly dueOn: string;
  readonly periodFrom: string;
  readonly periodTo: string;
  readonly orders: ReadonlyArray<{ readonly id: string; readonly fee: number }>;
  readonly count: number;
  /** The total in yuan, summed in fen (分) so that no rounding creeps in. */
  readonly totalYuan: number;
}

/**
 * Totals the repair fees of a month for finance (派工单使用程序 8): the orders signed by the
 * customer from 00:00 on the 25th of the previous month to 00:00 on the 25th of `month`
 * (exclusive), with a fee. A bad month or order is a typed error; the orders are not changed.
 *
 * @example
 * repairFeeReport(orders, '2026-05').totalYuan // 360.5
 */
export function repairFeeReport(orders: readonly WorkOrder[], month: string, policy?: Policy): RepairFeeReport {
  parseInput(z.array(workOrderSchema), orders, text('工单', 'work orders'), WORK_ORDER_FIELD_LABELS);
  parseInput(monthSchema, month, text('月份', 'month'));
  if (policy !== undefined) assertPolicy(policy);
  const zone = paramValue(policy, zoneParameter);
  const day = String(paramValue(policy, feeReportDay)).padStart(2, '0');
  const [y, m] = [Number(month.slice(0, 4)), Number(month.slice(5, 7))];
  const previous = m === 1 ? `${y - 1}-12` : `${y}-${String(m - 1).padStart(2, '0')}`;
  const from = startOfDay(dayNumber(`${previous}-${day}`), zone);
  const to = startOfDay(dayNumber(`${month}-${day}`), zone);
  const counted = orders.filter((o) => o.fee !== undefined && o.signedAt !== undefined && instantToEpochMs(o.signedAt) >= from && instantToEpochMs(o.signedAt) < to);
  const fen = counted.reduce((sum, o) => sum + Math.round(o.fee! * 100), 0);
  return {
    month,
    dueOn: `${month}-${day}`,
    periodFrom: epochMsToZonedIso(from, zone),
    periodTo: epochMsToZonedIso(to, zone),
    orders: counted.map((o) => ({ id: o.id, fee: o.fee! })),
    count: counted.length,
    totalYuan: fen / 100,
  };
}

/**
 * Checks that a month's repair-fee total reached finance within its day (the 25th): a
 * violation when it was submitted later, or is still missing after that day.
 *
 * @example
 * checkRepairFeeReport({ month: '2026-05', submittedAt: '2026-05-26T09:00:00+08:00' }, { asOf: '2026-05-27T00:00:00+08:00' }) // [{ ruleId: 'work-order.fee-report-late', … }]
 */
export function checkRepairFeeReport(report: { readonly month: string; readonly submittedAt?: string | undefined }, options: CheckOptions): Violation[] {
  parseInput(z.looseObject({ month: monthSchema, submittedAt: instantSchema.optional() }), report, text('维修费用统计', 'repair-fee report'), WORK_ORDER_FIELD_LABELS);
  checkOptions(options);
  const { policy } = options;
  const zone = paramValue(policy, zoneParameter);
  const dueOn = `${report.month}-${String(paramValue(policy, feeReportDay)).padStart(2, '0')}`;
  const endOfDueDay = startOfDay(dayNumber(dueOn) + 1, zone);
  const asOfMs = instantToEpochMs(options.asOf, 'asOf');
  const submitted = report.submittedAt !== undefined && instantToEpochMs(report.submittedAt) <= asOfMs ? report.submittedAt : undefined;
  const late = submitted ? instantToEpochMs(submitted) >= endOfDueDay : asOfMs >= endOfDueDay;
  if (!late) return [];
  return applicable([violation(feeReportLate, { month: report.month, dueOn, submittedAt: submitted ? formatLocal(submitted, zone) : null, asOf: formatLocal(options.asOf, zone) }, policy)], policy);
}
