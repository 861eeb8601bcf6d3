import { transition } from 'xstate';
import { getShortestPaths, getSimplePaths } from 'xstate/graph';
import { describe, expect, it } from 'vitest';
import { compareInstants } from '../../src/core/instant';
import { persist } from '../../src/core/persistence';
import type { ParkingEvent } from '../../src/procedures/parking/index';
import { parkingMachine, restoreParking, startParking } from '../../src/procedures/parking/index';
import { missingForPermit } from '../../src/procedures/parking/rules';
import { APPLIED, application, fullLifecycle } from './fixtures';

// Every event at the applied instant (equal instants are in order); copy variants cover both SUBMIT_COPIES guards.
const at = APPLIED;
const events: ParkingEvent[] = [
  { type: 'SUBMIT_COPIES', at, copies: ['drivingLicence'] },
  { type: 'SUBMIT_COPIES', at, copies: ['vehicleLicence', 'insurance'] },
  { type: 'SUBMIT_COPIES', at, copies: ['drivingLicence', 'vehicleLicence', 'insurance'] },
  { type: 'PAY_FEE', at, receiptNo: 'CW-1' },
  { type: 'OFFER_SPACE', at, spaceNo: 'B1-007' },
  { type: 'CONFIRM_SPACE', at },
  { type: 'DECLINE_SPACE', at },
  { type: 'ISSUE_PERMIT', at, permitNo: 'TC-1' },
  { type: 'WITHDRAW', at, reason: '不再需要' },
];

type Snap = Parameters<typeof persist>[0] & { context: { record: { copies?: object } } };
const serializeState = (s: Snap) => JSON.stringify([s.value, Object.keys(s.context.record.copies ?? {}).sort()]);
const options = { events, input: application(), serializeState: serializeState as never };
const ALL_STATES = Object.keys(parkingMachine.root.states).sort();

describe('every path of parkingMachine (xstate/graph)', () => {
  const shortest = getShortestPaths(parkingMachine, options);
  const simple = getSimplePaths(parkingMachine, options);

  it('reaches every state', () => {
    expect([...new Set(shortest.map((p) => String(p.state.value)))].sort()).toEqual(ALL_STATES);
    expect([...new Set(simple.map((p) => String(p.state.value)))].sort()).toEqual(ALL_STATES);
    expect(simple.length).toBeGreaterThan(shortest.length);
  });

  it('no permit on a path that skipped a step: copies, fee, offer and confirmation come first, in that order', () => {
    const issued = simple.filter((p) => p.state.value === 'issued');
    expect(issued.length).toBeGreaterThan(0);
    for (const p of issued) {
      expect(missingForPermit(p.state.context.record)).toEqual([]);
      const types = p.steps.map((s) => s.event.type);
      const last = (t: string) => types.lastIndexOf(t as never);
      expect(last('SUBMIT_COPIES')).toBeLessThan(last('PAY_FEE'));
      expect(last('PAY_FEE')).toBeLessThan(last('OFFER_SPACE'));
      expect(last('OFFER_SPACE')).toBeLessThan(last('CONFIRM_SPACE'));
      expect(last('CONFIRM_SPACE')).toBeLessThan(last('ISSUE_PERMIT'));
      expect(compareInstants(p.state.context.record.permit!.at, p.state.context.record.space!.confirmedAt!)).toBeGreaterThanOrEqual(0);
    }
    for (const p of simple.filter((x) => x.state.value !== 'issued')) expect(p.state.context.record.permit).toBeUndefined();
  });

  it('round-trips the end state of every path through persist → JSON → restore, and behaves the same next', () => {
    for (const p of [...shortest, ...simple]) {
      const restored = restoreParking(JSON.stringify(persist(p.state)));
      expect(restored.value).toEqual(p.state.value);
      expect(restored.status).toBe(p.state.status);
      expect(restored.context).toEqual(p.state.context);
      for (const e of events) {
        const [a] = transition(parkingMachine, p.state, e);
        const [b] = transition(parkingMachine, restored, e);
        expect(b.value).toEqual(a.value);
        expect(b.context).toEqual(a.context);
      }
    }
  });

  it('refuses a foreign or corrupt envelope with INVALID_SNAPSHOT', () => {
    const envelope = JSON.parse(JSON.stringify(persist(shortest[0]!.state))) as { machine: string; snapshot: { context: { record: Record<string, unknown> } } };
    expect(() => restoreParking({ ...envelope, machine: 'complaint' })).toThrowError(expect.objectContaining({ code: 'INVALID_SNAPSHOT' }));
    const corrupt = { ...envelope, snapshot: { ...envelope.snapshot, context: { ...envelope.snapshot.context, record: { ...envelope.snapshot.context.record, appliedAt: '2026-05-06' } } } };
    expect(() => restoreParking(corrupt)).toThrowError(expect.objectContaining({ code: 'INVALID_SNAPSHOT' }));
    expect(() => restoreParking('{')).toThrowError(expect.objectContaining({ code: 'INVALID_SNAPSHOT' }));
  });
});

describe('a hand-edited envelope cannot skip the guards (parkingStateProblems)', () => {
  const fresh = () => JSON.parse(JSON.stringify(persist(startParking(application())[0]))) as { snapshot: { value: unknown; context: { record: Record<string, unknown> } } };
  const LATER = ALL_STATES.filter((s) => s !== 'collectingCopies');

  it('the fresh envelope itself restores', () => {
    expect(restoreParking(fresh()).value).toBe('collectingCopies');
  });

  it.each(LATER)('a fresh application edited to claim %s is refused with INVALID_SNAPSHOT', (value) => {
    const e = fresh();
    expect(() => restoreParking({ ...e, snapshot: { ...e.snapshot, value } })).toThrowError(expect.objectContaining({ code: 'INVALID_SNAPSHOT' }));
  });

  it('an issued application stripped of its fee or its confirmed space is refused', () => {
    const [issued] = fullLifecycle().reduce((s, ev) => transition(parkingMachine, s[0], ev), startParking(application()));
    expect(issued.value).toBe('issued');
    const e = JSON.parse(JSON.stringify(persist(issued))) as { snapshot: { context: { record: Record<string, unknown> } } };
    expect(restoreParking(e).value).toBe('issued');
    for (const field of ['feePaid', 'space', 'permit']) {
      const { [field]: _gone, ...record } = e.snapshot.context.record;
      expect(() => restoreParking({ ...e, snapshot: { ...e.snapshot, context: { ...e.snapshot.context, record } } })).toThrowError(expect.objectContaining({ code: 'INVALID_SNAPSHOT' }));
    }
  });
});
