// planFollowUps over a 100,000-order month against the obvious baseline: a seeded PRNG
// shuffle (Fisher–Yates with mulberry32) of the orders, then filter the 100% cases and take
// the first ones up to the minimum. Both produce a plan of the same size.
import type { Comparison } from './harness';
import type { SpecialServiceOrder } from '../src/procedures/follow-up/index';
import { planFollowUps, requiredFollowUpCount } from '../src/procedures/follow-up/index';
import { fullFollowUpReasons } from '../src/procedures/follow-up/sampling';
import { seeded } from '../test/report/records';

const N = 100_000;
const orders: SpecialServiceOrder[] = Array.from({ length: N }, (_, i) => ({
  id: `SO-2026-05-${String(i).padStart(6, '0')}`,
  ...(i % 97 === 0 ? { newStaff: true } : {}),
  ...(i % 211 === 0 ? { newServiceItem: true } : {}),
}));


function shuffleAndFilter(list: readonly SpecialServiceOrder[], seed: number): { orderId: string; reason: string }[] {
  const random = seeded(seed);
  const full = list.filter((o) => fullFollowUpReasons(o).length > 0);
  const rest = list.filter((o) => fullFollowUpReasons(o).length === 0);
  for (let i = rest.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    const t = rest[i]!;
    rest[i] = rest[j]!;
    rest[j] = t;
  }
  const need = Math.max(0, requiredFollowUpCount(list.length) - full.length);
  return [...full.map((o) => ({ orderId: o.id, reason: 'full' })), ...rest.slice(0, need).map((o) => ({ orderId: o.id, reason: 'sample' }))];
}

const comparisons: Comparison[] = [
  {
    title: 'planFollowUps over 100,000 orders (validated, hash-ordered, with reasons) vs seeded shuffle + filter',
    subject: { name: 'planFollowUps', fn: () => planFollowUps(orders, undefined, { seed: '2026-05' }) },
    baseline: { name: 'mulberry32 shuffle + filter', fn: () => shuffleAndFilter(orders, 202605) },
    throughput: { unit: 'orders', perCall: N },
  },
];

export default comparisons;
