import type { WorkOrderEvent } from './events';
import type { WorkOrder } from './schema';

/** @internal One event of each kind and guard outcome of the work-order machine, all at `at`. */
export function workOrderSampleEvents(at: string): WorkOrderEvent[] {
  return [
  { type: 'DISPATCH', at },
  { type: 'ARRIVE', at },
  { type: 'EXPLAIN_CHARGE', at, amount: 120, tariff: '120元/处' },
  { type: 'CONSENT', at },
  { type: 'DISPUTE', at },
  { type: 'DESK_ON_SITE', at },
  { type: 'DECLINE', at },
  { type: 'START_REPAIR', at },
  { type: 'REPAIRED', at, result: '已修复', fee: 120 },
  { type: 'REPAIRED', at, result: '已修复' },
  { type: 'SIGN', at, by: '陈女士' },
  { type: 'COPY', at, to: 'customer' },
  { type: 'COPY', at, to: 'desk' },
  { type: 'COPY', at, to: 'finance' },
  { type: 'CALLBACK', at, by: '张丽', result: '满意' },
  { type: 'FEED_BACK', at },
  { type: 'CLOSE', at },
  { type: 'PARK', at, reason: '待购配件' },
  { type: 'EXPLAIN_PARKED', at },
  { type: 'REPORT_PARKED', at },
  { type: 'RESUME', at },
  { type: 'ABANDON', at },
];
}

type Snap = { readonly value: unknown; readonly context: unknown };
const orderOf = (s: Snap): WorkOrder => (s.context as { record: WorkOrder }).record;

/** @internal What tells work-order states apart for path generation: the steps on record. */
export function workOrderPathKey(s: Snap): unknown {
  const o = orderOf(s);
  return [Boolean(o.charge), Boolean(o.consentAt), Boolean(o.dispute), Boolean(o.dispute?.deskOnSiteAt), Boolean(o.repairStartedAt), Object.keys(o.copies ?? {}).sort(), Boolean(o.callbackAt), Boolean(o.feedbackAt), Math.min(o.parkings?.length ?? 0, 2), (o.parkings?.at(-1)?.reports.length ?? 0) > 0, Boolean(o.parkings?.at(-1)?.explainedAt), Boolean(o.parkings?.at(-1)?.resumedAt)];
}

/**
 * @internal The events a work-order snapshot can usefully take: copies in one order, and no
 * repeat of an event whose effect is already recorded (keeps the simple paths finite and few).
 */
export function workOrderEventsFor(s: Snap, at: string): WorkOrderEvent[] {
  const o = orderOf(s);
  const firstMissing = (['customer', 'desk', 'finance'] as const).find((h) => !o.copies?.[h]);
  return workOrderSampleEvents(at).filter((e) => {
    if (e.type === 'COPY') return e.to === firstMissing;
    if (e.type === 'DESK_ON_SITE') return !o.dispute?.deskOnSiteAt;
    if (e.type === 'CALLBACK') return !o.callbackAt;
    if (e.type === 'FEED_BACK') return !o.feedbackAt && Boolean(o.callbackAt);
    if (e.type === 'EXPLAIN_PARKED') return !o.parkings?.at(-1)?.explainedAt;
    if (e.type === 'REPORT_PARKED') return (o.parkings?.at(-1)?.reports.length ?? 0) === 0 && Boolean(o.parkings?.at(-1)?.explainedAt);
    if (e.type === 'PARK') return (o.parkings?.length ?? 0) === 0;
    if (e.type === 'EXPLAIN_CHARGE') return !o.charge;
    return true;
  });
}
