import fc from 'fast-check';
import { workOrderDocs } from '../../src/procedures/work-order/docs';
import { describe, expect, it } from 'vitest';
import { isLate } from '../../src/core/deadline';
import { isWuyeError } from '../../src/core/errors';
import { composePolicy } from '../../src/core/policy';
import type { WorkOrder } from '../../src/procedures/work-order/index';
import { arrivalDeadline, checkRepairFeeReport, checkWorkOrder, repairFeeReport, workOrderPacks, workOrderProcedure } from '../../src/procedures/work-order/index';
import { mayStartRepair } from '../../src/procedures/work-order/rules';
import { completedOrder, newOrder } from './fixtures';

const codeOf = (fn: () => unknown) => {
  try {
    fn();
  } catch (e) {
    return isWuyeError(e) ? e.code : 'OTHER';
  }
  return undefined;
};
const ids = (vs: { ruleId: string }[]) => vs.map((v) => v.ruleId);

describe('arrivalDeadline (派工单使用程序 3)', () => {
  it('critical +5 min, urgent +10 min, routine null', () => {
    expect(arrivalDeadline({ urgency: 'critical', dispatchedAt: '2026-05-06T10:00:00+08:00' })).toEqual({ dueAt: '2026-05-06T10:05:00+08:00', inclusive: true });
    expect(arrivalDeadline({ urgency: 'urgent', dispatchedAt: '2026-05-06T10:00:00+08:00' })).toEqual({ dueAt: '2026-05-06T10:10:00+08:00', inclusive: true });
    expect(arrivalDeadline({ urgency: 'routine', dispatchedAt: '2026-05-06T10:00:00+08:00' })).toBeNull();
    expect(arrivalDeadline({ urgency: 'critical', dispatchedAt: '2026-05-06T02:00:00Z' })?.dueAt).toBe('2026-05-06T10:05:00+08:00');
  });

  it('boundary: dispatched 10:00:00, on site 10:05:00 is on time, 10:05:01 late', () => {
    const due = arrivalDeadline({ urgency: 'critical', dispatchedAt: '2026-05-06T10:00:00+08:00' })!;
    expect(isLate(due, '2026-05-06T10:05:00+08:00')).toBe(false);
    expect(isLate(due, '2026-05-06T10:05:01+08:00')).toBe(true);
    const order = newOrder({ urgency: 'critical', dispatchedAt: '2026-05-06T10:00:00+08:00' });
    expect(ids(checkWorkOrder({ ...order, arrivedAt: '2026-05-06T10:05:00+08:00' }, { asOf: '2026-05-06T12:00:00+08:00' }))).toEqual([]);
    const [late] = checkWorkOrder({ ...order, arrivedAt: '2026-05-06T10:05:01+08:00' }, { asOf: '2026-05-06T12:00:00+08:00' });
    expect(late!.ruleId).toBe('work-order.late-arrival');
    expect(late!.message['zh-CN']).toBe('工单 WO-1（特急）：2026-05-06 10:00 派工，应于 2026-05-06 10:05 前到场（5分钟内），实际 2026-05-06 10:05:01 到场。');
    expect(late!.data.parameters).toMatchObject({ 'workOrder.criticalArrivalWithin': { value: { value: 5, unit: 'minute' }, from: 'OFFICE' } });
  });

  it('not yet on site: late only after the deadline', () => {
    const order = newOrder({ urgency: 'urgent', dispatchedAt: '2026-05-06T10:00:00+08:00' });
    expect(checkWorkOrder(order, { asOf: '2026-05-06T10:10:00+08:00' })).toEqual([]);
    expect(ids(checkWorkOrder(order, { asOf: '2026-05-06T10:10:01+08:00' }))).toEqual(['work-order.late-arrival']);
    expect(checkWorkOrder({ ...order, urgency: 'routine' }, { asOf: '2026-05-09T10:10:01+08:00' })).toEqual([]);
  });

  it('a host can give routine orders a limit', () => {
    const policy = composePolicy(workOrderPacks.OFFICE, { 'workOrder.routineArrivalWithin': { value: 24, unit: 'hour' } });
    expect(arrivalDeadline({ urgency: 'routine', dispatchedAt: '2026-05-06T10:00:00+08:00' }, policy)?.dueAt).toBe('2026-05-07T10:00:00+08:00');
  });

  it('unknown urgency and bad instants are typed errors', () => {
    expect(codeOf(() => arrivalDeadline({ urgency: 'asap' as never, dispatchedAt: '2026-05-06T10:00:00+08:00' }))).toBe('INVALID_INPUT');
    expect(codeOf(() => arrivalDeadline({ urgency: 'critical', dispatchedAt: '2026-05-06 10:00' }))).toBe('INVALID_INSTANT');
    expect(codeOf(() => arrivalDeadline(null as never))).toBe('INVALID_INPUT');
    expect(codeOf(() => arrivalDeadline({ urgency: 'critical', dispatchedAt: '2026-05-06T10:00:00+08:00' }, {} as never))).toBe('INVALID_POLICY');
  });

  it('property: the deadline is dispatch + the limit whatever the offset; same input same output', () => {
    fc.assert(
      fc.property(fc.integer({ min: Date.UTC(2004, 0, 1), max: Date.UTC(2026, 11, 1) }), fc.constantFrom('critical', 'urgent') as fc.Arbitrary<'critical' | 'urgent'>, (ms, urgency) => {
        const s = new Date(ms - (ms % 1000)).toISOString().replace('.000Z', 'Z');
        const input = Object.freeze({ urgency, dispatchedAt: s });
        const a = arrivalDeadline(input)!;
        expect(Date.parse(a.dueAt) - Date.parse(s)).toBe((urgency === 'critical' ? 5 : 10) * 60_000);
        expect(arrivalDeadline(input)).toEqual(a);
        expect(input).toEqual({ urgency, dispatchedAt: s });
      }),
      { numRuns: 200 },
    );
  });
});

describe('checkWorkOrder', () => {
  const asOf = '2026-05-10T00:00:00+08:00';

  it('a complete, compliant order has no violation', () => {
    expect(checkWorkOrder(completedOrder(), { asOf })).toEqual([]);
  });

  it('paid work before consent, or without the tariff explained', () => {
    expect(ids(checkWorkOrder(completedOrder({ consentAt: '2026-05-06T10:20:00+08:00' }), { asOf }))).toEqual(['work-order.work-before-consent']);
    expect(ids(checkWorkOrder(completedOrder({ consentAt: undefined }), { asOf }))).toEqual(['work-order.work-before-consent']);
    expect(ids(checkWorkOrder(completedOrder({ charge: undefined }), { asOf }))).toEqual(['work-order.work-before-consent']);
    expect(checkWorkOrder(completedOrder({ paid: false, charge: undefined, consentAt: undefined }), { asOf })).toEqual([]);
  });

  it('a dispute needs desk staff on site before the customer decides', () => {
    expect(ids(checkWorkOrder(completedOrder({ dispute: { at: '2026-05-06T10:11:00+08:00' } }), { asOf }))).toEqual(['work-order.dispute-without-desk']);
    expect(checkWorkOrder(completedOrder({ dispute: { at: '2026-05-06T10:11:00+08:00', deskOnSiteAt: '2026-05-06T10:11:30+08:00' } }), { asOf })).toEqual([]);
  });

  it('closed without signature, copies or call-back; no feedback to engineering', () => {
    expect(ids(checkWorkOrder(completedOrder({ signedAt: undefined }), { asOf }))).toEqual(['work-order.missing-signature']);
    const copies = checkWorkOrder(completedOrder({ copies: { customer: '2026-05-06T11:05:00+08:00' } }), { asOf });
    expect((copies[0]!.data.missing as { field: string }[]).map((m) => m.field)).toEqual(['copies.desk', 'copies.finance']);
    expect(copies[0]!.data.missing).toContainEqual({ field: 'copies.desk', label: { 'zh-CN': '客服部联', en: "desk's copy" } });
    expect(copies[0]!.message['zh-CN']).toContain('缺少客服部联、财务部联');
    expect(ids(checkWorkOrder(completedOrder({ callbackAt: undefined }), { asOf }))).toEqual(['work-order.missing-callback']);
    expect(ids(checkWorkOrder(completedOrder({ feedbackAt: undefined }), { asOf }))).toEqual(['work-order.feedback-missing']);
    // Not closed yet: nothing is missing yet.
    expect(checkWorkOrder(completedOrder({ closedAt: undefined, callbackAt: undefined, feedbackAt: undefined }), { asOf })).toEqual([]);
  });

  it('events after asOf do not count yet', () => {
    expect(ids(checkWorkOrder(completedOrder(), { asOf: '2026-05-06T10:16:00+08:00' }))).toEqual([]);
    expect(ids(checkWorkOrder(completedOrder({ arrivedAt: '2026-05-06T10:30:00+08:00' }), { asOf: '2026-05-06T10:20:00+08:00' }))).toEqual(['work-order.late-arrival']);
  });

  it('a parked order: explained to the customer, reported every day it stays parked', () => {
    const parked = newOrder({ dispatchedAt: '2026-05-06T10:00:00+08:00', arrivedAt: '2026-05-06T10:05:00+08:00', parkings: [{ at: '2026-05-06T11:00:00+08:00', reason: '待购配件', reports: ['2026-05-06T17:00:00+08:00', '2026-05-08T09:00:00+08:00'] }] });
    const vs = checkWorkOrder(parked, { asOf: '2026-05-09T12:00:00+08:00' });
    expect(ids(vs)).toEqual(['work-order.parked-not-explained', 'work-order.parked-not-reported']);
    expect(vs[1]!.data.missedDays).toEqual(['2026-05-07']);
    // 05-09 has not ended yet; 05-06 and 05-08 have reports.
    const explained = { ...parked, parkings: [{ ...parked.parkings![0]!, explainedAt: '2026-05-06T11:30:00+08:00' }] };
    expect(checkWorkOrder(explained, { asOf: '2026-05-08T00:00:00+08:00' }).map((v) => v.data.missedDays)).toEqual([['2026-05-07']]);
    expect(checkWorkOrder(explained, { asOf: '2026-05-07T23:59:59+08:00' })).toEqual([]);
    // Resumed on 05-07: only 05-06 needed a report.
    const resumed = { ...explained, parkings: [{ ...explained.parkings[0]!, resumedAt: '2026-05-07T09:00:00+08:00' }] };
    expect(checkWorkOrder(resumed, { asOf: '2026-05-20T00:00:00+08:00' })).toEqual([]);
    // Every 2 days under a host policy.
    const policy = composePolicy(workOrderPacks.OFFICE, { 'workOrder.parkedReportEveryDays': 2 });
    expect(checkWorkOrder(explained, { asOf: '2026-05-10T00:00:00+08:00', policy })).toEqual([]);
  });

  it('bad input is a typed error; the order is not changed', () => {
    expect(codeOf(() => checkWorkOrder({ ...newOrder(), urgency: 'now' } as never, { asOf }))).toBe('INVALID_INPUT');
    expect(codeOf(() => checkWorkOrder(newOrder({ dispatchedAt: 'yesterday' }), { asOf }))).toBe('INVALID_INSTANT');
    expect(codeOf(() => checkWorkOrder(newOrder(), { asOf: 'now' }))).toBe('INVALID_INSTANT');
    const order = Object.freeze(completedOrder({ extra: { host: true } } as never));
    const copy = structuredClone(order);
    checkWorkOrder(order, { asOf });
    expect(order).toEqual(copy);
  });
});

describe('repairFeeReport (每月25日)', () => {
  const orders = [
    completedOrder({ id: 'A', fee: 120.1, signedAt: '2026-04-25T00:00:00+08:00' }),
    completedOrder({ id: 'B', fee: 0.2, signedAt: '2026-05-24T23:59:59+08:00' }),
    completedOrder({ id: 'C', fee: 80, signedAt: '2026-05-25T00:00:00+08:00' }),
    completedOrder({ id: 'D', fee: 50, signedAt: '2026-04-24T15:59:59Z' }),
    completedOrder({ id: 'E', fee: undefined, paid: false, signedAt: '2026-05-01T10:00:00+08:00' }),
  ];

  it('totals the orders signed from the previous 25th 00:00 to this 25th 00:00, in fen', () => {
    const r = repairFeeReport(orders, '2026-05');
    expect(r).toEqual({
      month: '2026-05',
      dueOn: '2026-05-25',
      periodFrom: '2026-04-25T00:00:00+08:00',
      periodTo: '2026-05-25T00:00:00+08:00',
      orders: [{ id: 'A', fee: 120.1 }, { id: 'B', fee: 0.2 }],
      count: 2,
      totalYuan: 120.3,
    });
    expect(repairFeeReport(orders, '2026-06').orders.map((o) => o.id)).toEqual(['C']);
    expect(repairFeeReport(orders, '2026-04').orders.map((o) => o.id)).toEqual(['D']);
    expect(repairFeeReport([], '2026-01').periodFrom).toBe('2025-12-25T00:00:00+08:00');
  });

  it('every order falls in exactly one period (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: Date.UTC(2025, 0, 1), max: Date.UTC(2026, 10, 1) }), (ms) => {
        const order = completedOrder({ fee: 10, signedAt: new Date(ms).toISOString() });
        const months = Array.from({ length: 25 }, (_, i) => `${2025 + Math.floor(i / 12)}-${String((i % 12) + 1).padStart(2, '0')}`);
        expect(months.filter((m) => repairFeeReport([order], m).count === 1).length).toBe(1);
      }),
      { numRuns: 100 },
    );
  });

  it('a late or missing total is a violation; the 25th itself is on time', () => {
    expect(checkRepairFeeReport({ month: '2026-05', submittedAt: '2026-05-25T23:59:59+08:00' }, { asOf: '2026-06-01T00:00:00+08:00' })).toEqual([]);
    expect(ids(checkRepairFeeReport({ month: '2026-05', submittedAt: '2026-05-26T00:00:00+08:00' }, { asOf: '2026-06-01T00:00:00+08:00' }))).toEqual(['work-order.fee-report-late']);
    expect(checkRepairFeeReport({ month: '2026-05' }, { asOf: '2026-05-25T23:59:59+08:00' })).toEqual([]);
    expect(checkRepairFeeReport({ month: '2026-05' }, { asOf: '2026-05-26T00:00:00+08:00' })[0]!.message['zh-CN']).toBe('2026-05 维修费用统计应于 2026-05-25 报财务部，截至 2026-05-26 00:00 未报。');
  });

  it('bad month or policy is a typed error', () => {
    expect(codeOf(() => repairFeeReport(orders, '2026-13'))).toBe('INVALID_INPUT');
    expect(codeOf(() => repairFeeReport(orders, '2026-5'))).toBe('INVALID_INPUT');
    expect(codeOf(() => composePolicy(workOrderPacks.OFFICE, { 'workOrder.feeReportDay': 31 }))).toBe('INVALID_POLICY');
  });
});

describe('workOrderProcedure (docs data)', () => {
  it('both languages, a source for every parameter, rule and state', () => {
    const p = workOrderProcedure;
    for (const t of [p.title, workOrderDocs.summary, ...workOrderDocs.readings, ...p.rules.map((r) => r.title), ...p.parameters.map((x) => x.title)]) {
      expect(t['zh-CN'].length * t.en.length).toBeGreaterThan(0);
    }
    for (const s of Object.values(p.machine!.root.states)) {
      expect((s.meta as { source: { clause: string } }).source.clause.length).toBeGreaterThan(0);
      expect(s.description).toBeTruthy();
    }
    expect(Object.keys(p.guards!)).toContain('mayStartRepair');
    expect(workOrderDocs.readings.some((r) => r['zh-CN'].includes('QR-001'))).toBe(true);
  });
});

describe('review findings', () => {
  it('consent given before the charge was explained (or re-explained) does not count', () => {
    const order = completedOrder({ charge: { explainedAt: '2026-05-06T10:06:00+08:00', amount: 5000, tariff: '5000元' }, consentAt: '2026-05-06T10:05:30+08:00' });
    expect(checkWorkOrder(order, { asOf: '2026-05-10T00:00:00+08:00' }).map((v) => v.ruleId)).toContain('work-order.work-before-consent');
    expect(mayStartRepair(order)).toBe(false);
  });
  it('what closing needed is judged at the closing, and a repair must be on record', () => {
    const { repairedAt: _r, ...unrepaired } = completedOrder();
    expect(checkWorkOrder(unrepaired as WorkOrder, { asOf: '2026-05-10T00:00:00+08:00' }).map((v) => v.ruleId)).toContain('work-order.closed-unrepaired');
    const early = completedOrder({ closedAt: '2026-05-06T10:30:00+08:00', signedAt: '2026-05-09T10:00:00+08:00' });
    expect(checkWorkOrder(early, { asOf: '2026-05-20T00:00:00+08:00' }).map((v) => v.ruleId)).toContain('work-order.missing-signature');
  });
});

describe('a closed order carries what QR-001 and the fee statement need (OFFICE 派工单使用程序 4、7、8; QR-001)', () => {
  const asOf = '2026-05-10T00:00:00+08:00';
  const without = (...fields: (keyof WorkOrder)[]) => {
    const order: Record<string, unknown> = { ...completedOrder() };
    for (const f of fields) delete order[f];
    return order as WorkOrder;
  };
  const missingOf = (vs: { ruleId: string; data: Record<string, unknown> }[], ruleId: string) =>
    (vs.find((v) => v.ruleId === ruleId)?.data.missing as { field: string }[] | undefined)?.map((m) => m.field);

  it('a paid repair closed without a recorded fee is a violation: it would drop out of the statement on the 25th', () => {
    const order = without('fee');
    expect(ids(checkWorkOrder(order, { asOf }))).toEqual(['work-order.fee-not-recorded']);
    // The statement for May (04-25…05-25) counts only orders with a fee: this one is not in it.
    expect(repairFeeReport([order], '2026-05').count).toBe(0);
    expect(repairFeeReport([completedOrder()], '2026-05').totalYuan).toBe(120);
  });
  it('a free repair needs no fee', () => {
    expect(checkWorkOrder({ ...without('fee', 'charge', 'consentAt'), paid: false }, { asOf })).toEqual([]);
  });
  it('closed without the result (维修结果), the call-back person (回访人) or the call-back result (回访结果) is a violation', () => {
    expect(missingOf(checkWorkOrder(without('result'), { asOf }), 'work-order.record-incomplete')).toEqual(['result']);
    expect(missingOf(checkWorkOrder(without('callbackBy'), { asOf }), 'work-order.record-incomplete')).toEqual(['callbackBy']);
    expect(missingOf(checkWorkOrder(without('callbackResult'), { asOf }), 'work-order.record-incomplete')).toEqual(['callbackResult']);
    expect(missingOf(checkWorkOrder(without('result', 'callbackBy', 'callbackResult'), { asOf }), 'work-order.record-incomplete')).toEqual(['result', 'callbackBy', 'callbackResult']);
  });
  it('an order not closed yet lacks nothing yet', () => {
    expect(checkWorkOrder({ ...without('fee', 'result', 'callbackBy', 'callbackResult'), closedAt: undefined }, { asOf })).toEqual([]);
  });
  it('the check and the machine’s close guard share one list: what the check reports missing, the guard refuses', async () => {
    const { missingForClose } = await import('../../src/procedures/work-order/rules');
    expect(missingForClose(completedOrder())).toEqual([]);
    expect(missingForClose(without('fee')).map((m) => m.field)).toEqual(['fee']);
    expect(missingForClose(without('result', 'callbackBy', 'callbackResult')).map((m) => m.field)).toEqual(['result', 'callbackBy', 'callbackResult']);
  });
});
