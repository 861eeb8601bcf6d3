// checkSpecialServices (validated, with a catalogue) against a naive luxon version of the
// two ordering checks (explained ≤ start, signed ≥ completion), over 1,000 orders in turn.
import { DateTime } from 'luxon';
import type { Comparison } from './harness';
import type { ServiceItem, SpecialServiceRecord } from '../src/procedures/special-services/index';
import { checkSpecialServices } from '../src/procedures/special-services/index';

const catalogue: ServiceItem[] = [{ id: 'clean-2h', name: '家政清洁', regular: true, reviewedBy: ['quality', 'finance'], displayedAt: '2026-04-01T09:00:00+08:00' }];
const at = (m: number) => `2026-05-06T${String(8 + Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}:00+08:00`;
const orders: SpecialServiceRecord[] = Array.from({ length: 1000 }, (_, i) => ({
  id: `S-${i}`,
  serviceItem: 'clean-2h',
  customer: `5栋${300 + (i % 50)}`,
  explainedAt: at((i * 7) % 120),
  startedAt: at(60),
  completedAt: at(180),
  signedAt: at(170 + (i % 20)),
}));
let i = 0;
const next = () => orders[(i = (i + 1) % orders.length)]!;

function naive(o: SpecialServiceRecord): string[] {
  const t = (s: string) => DateTime.fromISO(s, { setZone: true }).toMillis();
  const out: string[] = [];
  if (t(o.explainedAt!) > t(o.startedAt!)) out.push('special-services.terms-not-explained');
  if (t(o.signedAt!) < t(o.completedAt!)) out.push('special-services.not-signed');
  return out;
}

for (const o of orders.slice(0, 200)) {
  if (JSON.stringify(checkSpecialServices(o, { asOf: '2026-06-01T00:00:00+08:00', catalogue }).map((v) => v.ruleId)) !== JSON.stringify(naive(o))) throw new Error(`implementations disagree on ${o.id}`);
}

export default [
  {
    title: 'checkSpecialServices (validated, catalogue, receipts) vs luxon parse-and-compare of the two order checks',
    subject: { name: 'checkSpecialServices', fn: () => checkSpecialServices(next(), { asOf: '2026-06-01T00:00:00+08:00', catalogue }) },
    baseline: { name: 'naive luxon', fn: () => naive(next()) },
  },
] satisfies Comparison[];
