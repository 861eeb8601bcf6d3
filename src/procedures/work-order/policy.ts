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
