import { initialTransition, transition } from 'xstate';
import { getShortestPaths, getSimplePaths } from 'xstate/graph';
import { describe, expect, it } from 'vitest';
import { persist } from '../../src/core/persistence';
import { isWuyeError } from '../../src/core/errors';
import type { WorkOrder, WorkOrderEvent } from '../../src/procedures/work-order/index';
import { checkWorkOrder, createWorkOrderMachine, restoreWorkOrder, workOrderMachine } from '../../src/procedures/work-order/index';
import { newOrder } from './fixtures';
import { workOrderEventsFor, workOrderPathKey, workOrderSampleEvents } from '../../src/procedures/work-order/path-model';

const at = '2026-05-06T10:00:00+08:00';
const events: WorkOrderEvent[] = workOrderSampleEvents(at);
type Snap = Parameters<typeof persist>[0] & { value: unknown; context: { record: WorkOrder } };
const serializeState = (s: Snap) => JSON.stringify([s.value, workOrderPathKey(s)]);
const eventsFor = (s: Snap): WorkOrderEvent[] => workOrderEventsFor(s, at);
const ALL_STATES = Object.keys(workOrderMachine.root.states).sort();

describe.each([
  ['paid', true],
  ['free', false],
])('every path of workOrderMachine (%s repair)', (_, paid) => {
  const options = { events: eventsFor as never, input: newOrder({ paid }), serializeState: serializeState as never };
  const shortest = getShortestPaths(workOrderMachine, options);
  const simple = getSimplePaths(workOrderMachine, options);

  it('reaches every state it can', () => {
    const expected = paid ? ALL_STATES : ALL_STATES.filter((s) => s !== 'disputed' && s !== 'declined');
    expect([...new Set(shortest.map((p) => String(p.state.value)))].sort()).toEqual(expected);
    expect([...new Set(simple.map((p) => String(p.state.value)))].sort()).toEqual(expected);
    expect(simple.length).toBeGreaterThan(shortest.length);
  });

  it('no paid work before consent; no close without signature, copies and call-back', () => {
    for (const p of simple) {
      const o = p.state.context.record;
      if (o.repairStartedAt && o.paid) {
        expect(o.charge).toBeDefined();
        expect(o.consentAt).toBeDefined();
        if (o.dispute) expect(o.dispute.deskOnSiteAt).toBeDefined();
      }
      if (o.paid && o.repairedAt) expect(o.fee).toBeDefined();
      if (p.state.value === 'closed') {
        expect(o.signedAt).toBeDefined();
        expect(Object.keys(o.copies ?? {}).sort()).toEqual(['customer', 'desk', 'finance']);
        expect(o.callbackAt).toBeDefined();
      }
      if (p.state.value === 'abandoned') expect(o.parkings?.at(-1)?.explainedAt).toBeDefined();
      // A path's end state satisfies every rule at that instant except the daily report (not due yet).
      expect(checkWorkOrder(o, { asOf: at }).map((v) => v.ruleId).filter((id) => id !== 'work-order.parked-not-explained' && id !== 'work-order.feedback-missing')).toEqual([]);
    }
  });

  it('round-trips the end state of every path through persist → JSON → restore, and behaves the same after', () => {
    for (const p of [...shortest, ...simple]) {
      const restored = restoreWorkOrder(JSON.stringify(persist(p.state)));
      expect(restored.value).toEqual(p.state.value);
      expect(restored.status).toBe(p.state.status);
      expect(restored.context).toEqual(p.state.context);
      for (const e of [...events, { type: 'CHECK_DEADLINES', at: '2026-05-09T00:00:00+08:00' } as const]) {
        const [a] = transition(workOrderMachine, p.state, e);
        const [b] = transition(workOrderMachine, restored, e);
        expect(b.value).toEqual(a.value);
        expect(b.context).toEqual(a.context);
      }
    }
  });
});

describe('workOrderMachine specifics', () => {
  const start = (order = newOrder()) => initialTransition(workOrderMachine, order)[0];
  const send = (s: ReturnType<typeof start>, ...es: (WorkOrderEvent | { type: 'CHECK_DEADLINES'; at: string })[]) => es.reduce((acc, e) => transition(workOrderMachine, acc, e)[0], s);

  it('keeps the arrival deadline as data and checks it on CHECK_DEADLINES', () => {
    let s = send(start(newOrder({ urgency: 'critical' })), { type: 'DISPATCH', at: '2026-05-06T02:00:00Z' });
    expect(s.context.deadlines).toEqual([{ id: 'arrival', ruleId: 'work-order.late-arrival', startedAt: '2026-05-06T10:00:00+08:00', dueAt: '2026-05-06T10:05:00+08:00', inclusive: true, metAt: null, exempt: false }]);
    expect(s.context.record.dispatchedAt).toBe('2026-05-06T10:00:00+08:00');
    s = send(s, { type: 'CHECK_DEADLINES', at: '2026-05-06T10:05:00+08:00' });
    expect(s.context.violations).toEqual([]);
    s = send(s, { type: 'CHECK_DEADLINES', at: '2026-05-06T10:05:01+08:00' });
    expect(s.context.violations.map((v) => v.ruleId)).toEqual(['work-order.late-arrival']);
    expect(s.context.checkedAt).toBe('2026-05-06T10:05:01+08:00');
  });

  it('refuses paid work before consent and events out of time order', () => {
    let s = send(start(), { type: 'DISPATCH', at }, { type: 'ARRIVE', at }, { type: 'START_REPAIR', at });
    expect(s.value).toBe('arrived');
    s = send(s, { type: 'CONSENT', at });
    expect(s.context.record.consentAt).toBeUndefined(); // no consent before the charge is explained
    s = send(s, { type: 'EXPLAIN_CHARGE', at: '2026-05-06T09:00:00+08:00', amount: 1, tariff: 'x' });
    expect(s.context.record.charge).toBeUndefined(); // earlier than the last event
    s = send(s, { type: 'EXPLAIN_CHARGE', at, amount: 120, tariff: '120元/处' }, { type: 'CONSENT', at }, { type: 'START_REPAIR', at });
    expect(s.value).toBe('repairing');
    s = send(s, { type: 'REPAIRED', at, result: 'ok' });
    expect(s.value).toBe('repairing'); // a paid repair records its fee
  });

  it('rejects a new order that already carries lifecycle fields, and a bad intake', () => {
    const [bad] = initialTransition(workOrderMachine, newOrder({ closedAt: at }));
    expect(bad.status).toBe('error');
    expect(isWuyeError((bad as { error?: unknown }).error, 'INVALID_INPUT')).toBe(true);
    const [worse] = initialTransition(workOrderMachine, { ...newOrder(), reportedAt: '2026-05-06' });
    expect(isWuyeError((worse as { error?: unknown }).error, 'INVALID_INSTANT')).toBe(true);
  });

  it('writes instants in the policy zone and never mutates its input', () => {
    const input = Object.freeze(newOrder({ reportedAt: '2026-05-06T01:50:00Z' }));
    const copy = structuredClone(input);
    const machine = createWorkOrderMachine();
    const [s] = initialTransition(machine, input);
    expect(s.context.lastEventAt).toBe('2026-05-06T09:50:00+08:00');
    expect(input).toEqual(copy);
  });

  it('restore rejects a foreign or corrupt envelope', () => {
    const envelope = persist(start());
    expect(() => restoreWorkOrder({ ...envelope, machine: 'complaint' })).toThrow(/INVALID_SNAPSHOT/);
    expect(() => restoreWorkOrder({ ...envelope, snapshot: { ...envelope.snapshot, context: { order: {} } } })).toThrow(/INVALID_SNAPSHOT/);
    expect(() => restoreWorkOrder('{')).toThrow(/INVALID_SNAPSHOT/);
  });
});

describe('a hand-edited envelope cannot skip the guards', () => {
  it('a paid order claiming to be under repair without consent, or closed unsigned, is INVALID_SNAPSHOT', () => {
    const e = JSON.parse(JSON.stringify(persist(initialTransition(workOrderMachine, newOrder({ paid: true }))[0]))) as { snapshot: { value: unknown } };
    for (const value of ['repairing', 'awaitingSignature', 'closed']) {
      expect(() => restoreWorkOrder({ ...e, snapshot: { ...e.snapshot, value } })).toThrowError(expect.objectContaining({ code: 'INVALID_SNAPSHOT' }));
    }
  });
});
