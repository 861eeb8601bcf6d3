import * as z from 'zod';
import { derivePacks } from '../../core/derive-packs';
import type { Duration } from '../../core/parameter';
import { defineParameter, durationSchema } from '../../core/parameter';
import type { PolicyPack } from '../../core/policy';
import { cite } from '../../core/source';
import { text } from '../../core/text';

const arrival = durationSchema(['minute', 'hour', 'day', 'working-day']).nullable();

/**
 * @internal 派工单使用程序 3: a critical (特急) order — engineering on site within 5 minutes of dispatch.
 *
 * @example
 * paramValue(undefined, criticalArrivalWithin) // { value: 5, unit: 'minute' }
 */
export const criticalArrivalWithin = defineParameter<Duration | null>({
  id: 'workOrder.criticalArrivalWithin',
  title: text('特急单到场时限', 'Arrive on a critical order within'),
  unit: 'duration',
  schema: arrival,
  default: { value: 5, unit: 'minute' },
  defaultFrom: 'OFFICE',
  source: cite('OFFICE', '派工单使用程序 3'),
  reading: text(
    '“五分钟内赶到现场”：自派工（工程部接单）时起算，含第5分钟整——10:00:00 派工，10:05:00 到场为按时，10:05:01 为迟到（以内包含本数）。',
    '"On site within five minutes": counted from dispatch to engineering, the 5th minute included — dispatched 10:00:00, on site 10:05:00 is on time, 10:05:01 is late (以内 includes the number).',
  ),
});

/**
 * @internal 派工单使用程序 3: an urgent (急) order — on site within 10 minutes of dispatch.
 *
 * @example
 * paramValue(undefined, urgentArrivalWithin) // { value: 10, unit: 'minute' }
 */
export const urgentArrivalWithin = defineParameter<Duration | null>({
  id: 'workOrder.urgentArrivalWithin',
  title: text('急单到场时限', 'Arrive on an urgent order within'),
  unit: 'duration',
  schema: arrival,
  default: { value: 10, unit: 'minute' },
  defaultFrom: 'OFFICE',
  source: cite('OFFICE', '派工单使用程序 3'),
  reading: text('自派工时起算，含第10分钟整。', 'Counted from dispatch, the 10th minute included.'),
});

/**
 * @internal 派工单使用程序 3: a routine (一般) order is scheduled "as early as staff allow" — no fixed
 * limit (`null`); a host may set one.
 *
 * @example
 * paramValue(undefined, routineArrivalWithin) // null
 */
export const routineArrivalWithin = defineParameter<Duration | null>({
  id: 'workOrder.routineArrivalWithin',
  title: text('一般单到场时限', 'Arrive on a routine order within'),
  unit: 'duration',
  schema: arrival,
  default: null,
  defaultFrom: 'OFFICE',
  source: cite('OFFICE', '派工单使用程序 3'),
  reading: text('“根据人员情况尽量提早安排修理”没有数字：默认 null（不设时限）；主机可自定。', '"Scheduled as early as staff allow" has no number: default null (no limit); a host may set one.'),
});

/**
 * @internal 派工单使用程序 8: the day of the month on which the desk totals repair fees for finance.
 *
 * @example
 * paramValue(undefined, feeReportDay) // 25
 */
export const feeReportDay = defineParameter<number>({
  id: 'workOrder.feeReportDay',
  title: text('维修费用统计日（每月）', 'Day of the month the repair fees are totalled'),
  unit: 'day-of-month',
  schema: z.number().int().min(1).max(28),
  default: 25,
  defaultFrom: 'OFFICE',
  source: cite('OFFICE', '派工单使用程序 8'),
  reading: text(
    '“每月25日由客服部统计维修费用”：本库读作当月25日为报送日，统计期为上月25日0时至当月25日0时（不含），按客户签字确认时间归属；各期首尾相接，不重不漏。报送须在25日当天内完成。',
    '"On the 25th of each month the desk totals the repair fees": the library reads the 25th as the day the total is due; the period runs from 00:00 on the 25th of the previous month to 00:00 on the 25th (exclusive), each order counted by the instant the customer signed; periods touch without gap or overlap. The report is due within the 25th.',
  ),
});

/**
 * @internal 派工单使用程序 9: a parked order's reason is reported to the company daily — every N
 * calendar days (N = 1).
 *
 * @example
 * paramValue(undefined, parkedReportEveryDays) // 1
 */
export const parkedReportEveryDays = defineParameter<number>({
  id: 'workOrder.parkedReportEveryDays',
  title: text('搁置工单原因上报周期（日）', 'Report a parked order every N days'),
  unit: 'day',
  schema: z.number().int().positive(),
  default: 1,
  defaultFrom: 'OFFICE',
  source: cite('OFFICE', '派工单使用程序 9'),
  reading: text(
    '“每日上报公司搁置原因”：自搁置当日起，按当地日历日，每个已结束的日（周期）内至少上报一次；恢复维修或作废后不再要求。',
    '"The reason is reported to the company daily": from the day the order is parked, each local calendar day (period) that has ended must hold at least one report; none is due after the order is resumed or abandoned.',
  ),
});

/**
 * The parameters of the work-order procedure, by name (the core ones, `core.zone` and
 * `core.dayCounting`, apply to every procedure).
 *
 * @example
 * workOrderParameters.criticalArrivalWithin.default // { value: 5, unit: 'minute' }
 */
export const workOrderParameters = Object.freeze({ criticalArrivalWithin, urgentArrivalWithin, routineArrivalWithin, feeReportDay, parkedReportEveryDays });

/**
 * The work-order slice of 《写字楼物业客服工作制度范例》 (派工单使用程序 states every number),
 * derived from the parameters.
 *
 * @example
 * const policy = composePolicy(workOrderPacks.OFFICE, { 'workOrder.routineArrivalWithin': { value: 24, unit: 'hour' } });
 */
export const workOrderPacks: Readonly<Record<'OFFICE', PolicyPack>> = derivePacks<'OFFICE'>(workOrderParameters);
