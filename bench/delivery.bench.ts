// deliveryReadiness (validated, 7 milestones + 20 move-ins, on 'YYYY-MM-DD' day numbers)
// against the obvious luxon version: parse every date, minus/plus months and weeks, compare.
// Both give the same statuses (checked once before timing).
import { DateTime } from 'luxon';
import type { Comparison } from './harness';
import type { DeliveryMilestoneLog } from '../src/procedures/delivery/index';
import { deliveryReadiness } from '../src/procedures/delivery/index';

const DELIVERY = '2026-09-01';
const log: DeliveryMilestoneLog = {
  serviceCentre: '2026-05-20',
  managersInPlace: '2026-06-02',
  securityCleanersInPlace: '2026-08-01',
  deliveryPlan: '2026-06-30',
  deliveryMaterials: '2026-08-19',
  postDeliveryEvaluation: '2026-11-15',
  moveIns: Array.from({ length: 20 }, (_, i) => ({ customer: `5栋${301 + i}`, date: `2026-09-${String(2 + i).padStart(2, '0')}`, ...(i % 3 ? { visitedOn: `2026-09-${String(6 + i).padStart(2, '0')}` } : {}) })),
  asOf: '2026-10-01',
};
const OFFSETS: ReadonlyArray<readonly [keyof DeliveryMilestoneLog, { months?: number; weeks?: number }, 1 | -1]> = [
  ['serviceCentre', { months: 3 }, -1],
  ['managersInPlace', { months: 3 }, -1],
  ['securityCleanersInPlace', { months: 1 }, -1],
  ['deliveryPlan', { months: 2 }, -1],
  ['deliveryMaterials', { weeks: 2 }, -1],
  ['postDeliveryEvaluation', { months: 3 }, 1],
  ['deliveredCustomerInterviews', { months: 6 }, 1],
];

function naive(): string[] {
  const d = DateTime.fromISO(DELIVERY, { zone: 'UTC' });
  const asOf = DateTime.fromISO(log.asOf!, { zone: 'UTC' });
  const status = (done: string | null | undefined, from: DateTime | null, by: DateTime) => {
    if (!done) return asOf > by ? 'overdue' : 'open';
    const t = DateTime.fromISO(done, { zone: 'UTC' });
    if (from && t < from) return asOf > by ? 'overdue' : 'premature';
    return t <= by ? 'met' : 'late';
  };
  const out = OFFSETS.map(([k, o, sign]) => status(log[k] as string | undefined, sign > 0 ? d : null, sign > 0 ? d.plus(o) : d.minus(o)));
  for (const m of log.moveIns ?? []) {
    const from = DateTime.fromISO(m.date, { zone: 'UTC' });
    out.push(status(m.visitedOn, from, from.plus({ days: 7 })));
  }
  return out;
}

const ours = () => {
  const r = deliveryReadiness(DELIVERY, log);
  return [...r.milestones.map((m) => m.status), ...r.moveInVisits.map((v) => v.status)];
};
if (JSON.stringify(ours()) !== JSON.stringify(naive())) throw new Error(`implementations disagree: ${JSON.stringify(ours())} vs ${JSON.stringify(naive())}`);

export default [
  {
    title: 'deliveryReadiness (validated, 7 milestones + 20 move-ins, with violations) vs luxon minus/plus and compare',
    subject: { name: 'deliveryReadiness', fn: () => deliveryReadiness(DELIVERY, log) },
    baseline: { name: 'naive luxon', fn: naive },
  },
] satisfies Comparison[];
