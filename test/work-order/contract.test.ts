import { describe, expect, it } from 'vitest';
import { persist } from '../../src/core/persistence';
import type { WorkOrderEvent, WorkOrderSnapshot } from '../../src/procedures/work-order/index';
import { checkWorkOrder, parseWorkOrderEvent, restoreWorkOrder, startWorkOrder, stepWorkOrder, workOrderEventSchema, workOrderMachine } from '../../src/procedures/work-order/index';
import { malformedEvents, newOrder } from './fixtures';

const at = '2026-05-06T10:00:00+08:00';
const han = /^[^A-Za-z]*$/;

function run(events: WorkOrderEvent[], order = newOrder()): WorkOrderSnapshot {
  let [s] = startWorkOrder(order);
  for (const e of events) {
    const r = stepWorkOrder(s, e);
    expect(r.accepted).toBe(true);
    s = r.snapshot;
  }
  return s;
}

describe('work-order on the v1 contract', () => {
  it("is 'work-order' now; an envelope of version 1 under the former id 'workOrder' restores and steps on", () => {
    expect(workOrderMachine.id).toBe('work-order');
    const s = run([{ type: 'DISPATCH', at }, { type: 'ARRIVE', at: '2026-05-06T10:04:00+08:00' }]);
    const { record, violations, checkedAt, lastEventAt } = s.context;
    // What version 1 persisted: the order under `order`, the arrival deadline as `arrivalDue`.
    const v1 = {
      machine: 'workOrder',
      version: 1,
      snapshot: { ...persist(s).snapshot, context: { order: record, arrivalDue: { dueAt: '2026-05-06T10:10:00+08:00', inclusive: true }, violations, checkedAt, lastEventAt } },
    };
    const restored = restoreWorkOrder(JSON.stringify(v1));
    expect(restored.value).toBe('arrived');
    expect(restored.context.record).toEqual(record);
    expect(restored.context.deadlines).toEqual([]);
    const next = stepWorkOrder(restored, { type: 'CHECK_DEADLINES', at: '2026-05-06T12:00:00+08:00' });
    expect(next.accepted).toBe(true);
    expect(next.snapshot.context.deadlines).toEqual(s.context.deadlines.map((d) => ({ ...d })));
    expect(next.snapshot.context.deadlines[0]).toMatchObject({ dueAt: '2026-05-06T10:10:00+08:00', metAt: '2026-05-06T10:04:00+08:00' });
    expect(restoreWorkOrder(JSON.stringify(persist(next.snapshot))).context).toEqual(next.snapshot.context);
  });

  it('PARK without a reason is refused as a malformed event (issue 12), the snapshot unchanged', () => {
    const s = run([{ type: 'DISPATCH', at }]);
    const r = stepWorkOrder(s, { type: 'PARK', at });
    expect(r.accepted).toBe(false);
    expect(r.snapshot).toBe(s);
    if (r.accepted) return;
    expect(r.refusal.kind).toBe('invalid-event');
    expect(r.refusal.reason['zh-CN']).toContain('原因');
    expect(r.refusal.reason['zh-CN']).toMatch(han);
    expect(() => parseWorkOrderEvent({ type: 'PARK', at })).toThrowError(expect.objectContaining({ code: 'INVALID_INPUT' }));
    expect(stepWorkOrder(s, { type: 'PARK', at, reason: '待购配件' }).snapshot.value).toBe('parked');
  });

  it('a malformed event of every type is refused with the snapshot unchanged', () => {
    const s = run([{ type: 'DISPATCH', at }]);
    for (const bad of malformedEvents(workOrderEventSchema.options as never, at)) {
      const r = stepWorkOrder(s, bad);
      expect(r.accepted, JSON.stringify(bad)).toBe(false);
      expect(r.snapshot).toBe(s);
      if (!r.accepted) expect(r.refusal.kind).toBe('invalid-event');
    }
  });

  it('a guarded refusal names the real guard and its clause', () => {
    const s = run([{ type: 'DISPATCH', at }, { type: 'ARRIVE', at }]);
    const start = stepWorkOrder(s, { type: 'START_REPAIR', at });
    expect(start.accepted).toBe(false);
    if (!start.accepted) {
      expect(start.refusal).toMatchObject({ kind: 'guard', guard: 'mayStartRepair', source: { clause: '派工单使用程序 4' } });
      expect(start.refusal.reason['zh-CN']).toContain('收费性维修经客户同意后方可修理');
    }
    // A dispute before any charge was explained: the prerequisite is named, not the dispute.
    const dispute = stepWorkOrder(s, { type: 'DISPUTE', at });
    if (!dispute.accepted) expect(dispute.refusal).toMatchObject({ kind: 'guard', guard: 'chargeExplained' });
    expect(dispute.accepted).toBe(false);
    // Closing before the copies are back is impossible by state; before the call-back names it.
    const calling = run([
      { type: 'DISPATCH', at },
      { type: 'ARRIVE', at },
      { type: 'START_REPAIR', at },
      { type: 'REPAIRED', at, result: '已修复' },
      { type: 'SIGN', at, by: '陈女士' },
      { type: 'COPY', at, to: 'customer' },
      { type: 'COPY', at, to: 'desk' },
      { type: 'COPY', at, to: 'finance' },
    ], newOrder({ paid: false }));
    expect(calling.value).toBe('callingBack');
    const close = stepWorkOrder(calling, { type: 'CLOSE', at });
    if (!close.accepted) expect(close.refusal).toMatchObject({ kind: 'guard', guard: 'canClose', source: { clause: '派工单使用程序 7' } });
    expect(close.accepted).toBe(false);
  });

  it('checkWorkOrder honours asOf: not late before the deadline, late after it', () => {
    const order = newOrder({ urgency: 'critical', dispatchedAt: at });
    expect(checkWorkOrder(order, { asOf: '2026-05-06T10:05:00+08:00' })).toEqual([]);
    expect(checkWorkOrder(order, { asOf: '2026-05-06T10:05:01+08:00' }).map((v) => v.ruleId)).toEqual(['work-order.late-arrival']);
    expect(() => checkWorkOrder(order, {} as never)).toThrowError(expect.objectContaining({ code: 'INVALID_INPUT' }));
  });

  it('the zh-CN text of a bad record is all Chinese', () => {
    try {
      checkWorkOrder({ ...newOrder(), urgency: 'now' } as never, { asOf: at });
      expect.unreachable();
    } catch (e) {
      expect((e as { text: { 'zh-CN': string } }).text['zh-CN']).toMatch(/^工单无效：紧急程度：/);
    }
  });
});
