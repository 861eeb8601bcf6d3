// The scaling table of issue 14: each main operation at 1×, 10×, 100× and 1000× its input,
// with the fitted exponent. It prints the table and adds no comparison.
import type { Comparison } from './harness';
import type { ScalingRow } from './scaling';
import { printScalingTable } from './scaling';
import { lifecycle, run, withNotices } from './complaint-inputs';
import { addWorkingDays } from '../src/core/working-days';
import { epochMsToZonedIso, instantToEpochMs } from '../src/core/instant';
import { checkComplaint, complaintMachine, redactForPublication } from '../src/procedures/complaint/index';
import { findForbiddenPhrases } from '../src/procedures/first-responder/index';
import type { SpecialServiceOrder } from '../src/procedures/follow-up/index';
import { planFollowUps } from '../src/procedures/follow-up/index';
import { evaluateKpis } from '../src/procedures/kpi/index';
import { noisyWorkWindows } from '../src/procedures/quiet-hours/index';
import type { WorkOrder } from '../src/procedures/work-order/index';
import { checkWorkOrder } from '../src/procedures/work-order/index';
import { completedOrder } from '../test/work-order/fixtures';

const asOf = '2026-05-30T00:00:00+08:00';
const HOUR = 3_600_000;

// A transcript of `n` characters: staff and owner turns, recommended and forbidden phrases.
const TURNS = ['客服：您好，华侨城服务中心，请问有什么可以帮您？\n', '业主：电梯又坏了，你们怎么回事？\n', '客服：这个我不知道，你去问开发商吧。\n', '客服：好的，我们马上派维修人员上门，请您稍等。\n'];
// A complaint summary of `n` characters with room numbers and names to remove.
const SUMMARY = ['3栋1201王先生反映楼上装修噪声，', '12楼住户李女士投诉电梯异响，', 'B座2-1503业主张总要求更换门禁卡，', '已处理完毕并回访满意。'];
const textOf = (parts: readonly string[], n: number) => {
  let s = '';
  for (let i = 0; s.length < n; i++) s += parts[i % parts.length];
  return s.slice(0, n);
};

function workOrderWithParkings(n: number): WorkOrder {
  const from = instantToEpochMs('2026-05-06T10:20:00+08:00');
  const parkings = Array.from({ length: n }, (_, i) => ({ at: epochMsToZonedIso(from + i * 60_000), reason: '待购配件', explainedAt: epochMsToZonedIso(from + i * 60_000 + 10_000), reports: [], resumedAt: epochMsToZonedIso(from + i * 60_000 + 30_000) }));
  const end = epochMsToZonedIso(from + n * 60_000 + HOUR);
  return completedOrder({ parkings, repairStartedAt: '2026-05-06T10:15:00+08:00', repairedAt: end, signedAt: end, copies: { customer: end, desk: end, finance: end }, callbackAt: end, feedbackAt: end, closedAt: end });
}
const orders = (n: number): SpecialServiceOrder[] => Array.from({ length: n }, (_, i) => ({ id: `SO-${String(i).padStart(7, '0')}`, ...(i % 97 === 0 ? { newStaff: true } : {}) }));
const observed = { courtesyRate: 1, responseRate: 0.99, complaintFollowUpRate: 1, satisfactionRate: 0.87, feeCollectionRate: 0.97, receiptHandlingRate: 1 };
const QUIET_FROM = instantToEpochMs('2025-06-01T00:00:00+08:00');

const rows: ScalingRow[] = [
  { operation: 'complaint lifecycle via transition()', grows: 'events (extra ones: CHECK_DEADLINES)', base: 12, prepare: (n) => { const events = lifecycle(n); return () => run(complaintMachine, events); } },
  { operation: 'checkComplaint', grows: 'progress notices', base: 20, prepare: (n) => { const r = withNotices(n); return () => checkComplaint(r, { asOf }); } },
  { operation: 'checkWorkOrder', grows: 'parkings', base: 2, prepare: (n) => { const o = workOrderWithParkings(n); return () => checkWorkOrder(o, { asOf }); } },
  { operation: 'planFollowUps', grows: 'orders in the month', base: 100, prepare: (n) => { const list = orders(n); return () => planFollowUps(list); } },
  { operation: 'evaluateKpis', grows: 'calls (its input is six rates)', base: 10, prepare: (n) => () => { for (let i = 0; i < n; i++) evaluateKpis(observed); } },
  { operation: 'noisyWorkWindows', grows: 'span in hours', base: 9.6, prepare: (n) => { const to = epochMsToZonedIso(QUIET_FROM + n * HOUR); return () => noisyWorkWindows('2025-06-01T00:00:00+08:00', to); } },
  { operation: 'addWorkingDays', grows: 'working days', base: 2, prepare: (n) => () => addWorkingDays('2010-01-04T09:00:00+08:00', n) },
  { operation: 'findForbiddenPhrases', grows: 'characters', base: 1000, prepare: (n) => { const t = textOf(TURNS, n); return () => findForbiddenPhrases(t); } },
  { operation: 'redactForPublication', grows: 'characters', base: 500, prepare: (n) => { const t = textOf(SUMMARY, n); return () => redactForPublication(t, { names: ['王建国'] }); } },
];

export default function scaling(): Comparison[] {
  printScalingTable(rows);
  return [];
}
