import { transition } from 'xstate';
import { getShortestPaths, getSimplePaths } from 'xstate/graph';
import { describe, expect, it } from 'vitest';
import { persist } from '../../src/core/persistence';
import type { DeliveryEvent } from '../../src/procedures/delivery/index';
import { deliveryMachine, restoreDelivery, startDelivery } from '../../src/procedures/delivery/index';
import { TAKEOVER_STEPS, takeoverStepGaps } from '../../src/procedures/delivery/rules';
import { OPENED, fullTakeover, takeover } from './fixtures';

const at = OPENED;
const events: DeliveryEvent[] = [
  { type: 'SIGN_CONTRACT', at, copySets: 1 },
  { type: 'SIGN_CONTRACT', at, copySets: 2 },
  { type: 'RECEIVE_DOCUMENTS', at, documents: ['businessLicence'] },
  { type: 'RECEIVE_DOCUMENTS', at, documents: ['constructionCertificates', 'completionCertificates', 'businessLicence'] },
  { type: 'INSPECT', at, departments: ['security'] },
  { type: 'INSPECT', at, departments: ['customerService', 'security', 'engineering'] },
  { type: 'SIGN_CONFIRMATION', at, keysHandedOver: false },
  { type: 'SIGN_CONFIRMATION', at, keysHandedOver: true },
  { type: 'ISSUE_HANDBOOKS', at, handbooks: ['user'] },
  { type: 'ISSUE_HANDBOOKS', at, handbooks: ['user', 'renovation', 'emergency'] },
];

type Snap = Parameters<typeof persist>[0] & { context: { record: { documents?: object; handbooks?: object; confirmation?: object } } };
const serializeState = (s: Snap) => JSON.stringify([s.value, Object.keys(s.context.record.documents ?? {}).sort(), Object.keys(s.context.record.handbooks ?? {}).sort(), s.context.record.confirmation]);
const options = { events, input: takeover(), serializeState: serializeState as never };
const ALL_STATES = Object.keys(deliveryMachine.root.states).sort();

describe('every path of deliveryMachine (xstate/graph)', () => {
  const shortest = getShortestPaths(deliveryMachine, options);
  const simple = getSimplePaths(deliveryMachine, options);

  it('reaches every state', () => {
    expect([...new Set(shortest.map((p) => String(p.state.value)))].sort()).toEqual(ALL_STATES);
    expect([...new Set(simple.map((p) => String(p.state.value)))].sort()).toEqual(ALL_STATES);
    expect(simple.length).toBeGreaterThan(shortest.length);
  });

  it('completes only with every step complete, each step after the one before it', () => {
    const completed = simple.filter((p) => p.state.value === 'completed');
    expect(completed.length).toBeGreaterThan(0);
    for (const p of completed) {
      for (const step of TAKEOVER_STEPS) expect(takeoverStepGaps(p.state.context.record, step)).toEqual([]);
      const types = p.steps.map((s) => s.event.type);
      const order = ['SIGN_CONTRACT', 'RECEIVE_DOCUMENTS', 'INSPECT', 'SIGN_CONFIRMATION', 'ISSUE_HANDBOOKS'];
      for (let i = 1; i < order.length; i++) expect(types.lastIndexOf(order[i - 1] as never)).toBeLessThan(types.lastIndexOf(order[i] as never));
    }
    for (const p of simple.filter((x) => x.state.value !== 'completed')) expect(p.state.context.record.completedAt).toBeUndefined();
  });

  it('round-trips the end state of every path through persist → JSON → restore, and behaves the same next', () => {
    for (const p of [...shortest, ...simple]) {
      const restored = restoreDelivery(JSON.stringify(persist(p.state)));
      expect(restored.value).toEqual(p.state.value);
      expect(restored.status).toBe(p.state.status);
      expect(restored.context).toEqual(p.state.context);
      for (const e of events) {
        const [a] = transition(deliveryMachine, p.state, e);
        const [b] = transition(deliveryMachine, restored, e);
        expect(b.value).toEqual(a.value);
        expect(b.context).toEqual(a.context);
      }
    }
  });

  it('refuses a foreign or corrupt envelope with INVALID_SNAPSHOT', () => {
    const envelope = JSON.parse(JSON.stringify(persist(shortest[0]!.state))) as { machine: string; version: number; snapshot: { value: unknown } };
    expect(() => restoreDelivery({ ...envelope, machine: 'parking' })).toThrowError(expect.objectContaining({ code: 'INVALID_SNAPSHOT' }));
    expect(() => restoreDelivery({ ...envelope, version: 9 })).toThrowError(expect.objectContaining({ code: 'INVALID_SNAPSHOT' }));
    expect(() => restoreDelivery({ ...envelope, snapshot: { ...envelope.snapshot, value: 'archived' } })).toThrowError(expect.objectContaining({ code: 'INVALID_SNAPSHOT' }));
  });
});

describe('a hand-edited envelope cannot skip the guards (takeoverStateProblems)', () => {
  const fresh = () => JSON.parse(JSON.stringify(persist(startDelivery(takeover())[0]))) as { snapshot: { value: unknown; context: { record: Record<string, unknown> } } };
  const LATER = ALL_STATES.filter((s) => s !== 'contracting');

  it('the fresh envelope itself restores', () => {
    expect(restoreDelivery(fresh()).value).toBe('contracting');
  });

  it.each(LATER)('a fresh takeover edited to claim %s is refused with INVALID_SNAPSHOT', (value) => {
    const e = fresh();
    expect(() => restoreDelivery({ ...e, snapshot: { ...e.snapshot, value } })).toThrowError(expect.objectContaining({ code: 'INVALID_SNAPSHOT' }));
  });

  it('a completed takeover stripped of a step, or of the key handover, is refused', () => {
    const [done] = fullTakeover().reduce((s, ev) => transition(deliveryMachine, s[0], ev), startDelivery(takeover()));
    expect(done.value).toBe('completed');
    const e = JSON.parse(JSON.stringify(persist(done))) as { snapshot: { context: { record: Record<string, unknown> } } };
    expect(restoreDelivery(e).value).toBe('completed');
    const edit = (record: Record<string, unknown>) => ({ ...e, snapshot: { ...e.snapshot, context: { ...e.snapshot.context, record } } });
    for (const field of ['contract', 'documents', 'inspection', 'confirmation', 'completedAt']) {
      const { [field]: _gone, ...record } = e.snapshot.context.record;
      expect(() => restoreDelivery(edit(record))).toThrowError(expect.objectContaining({ code: 'INVALID_SNAPSHOT' }));
    }
    const keysKept = { ...e.snapshot.context.record, confirmation: { ...(e.snapshot.context.record.confirmation as object), keysHandedOver: false } };
    expect(() => restoreDelivery(edit(keysKept))).toThrowError(expect.objectContaining({ code: 'INVALID_SNAPSHOT' }));
  });
});
