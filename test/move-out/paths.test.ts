import { transition } from 'xstate';
import { getShortestPaths, getSimplePaths } from 'xstate/graph';
import { describe, expect, it } from 'vitest';
import { persist } from '../../src/core/persistence';
import type { MoveOutEvent, MoveOutRequest, RequesterKind } from '../../src/procedures/move-out/index';
import { checkMoveOut, moveOutMachine, restoreMoveOut, startMoveOut } from '../../src/procedures/move-out/index';
import { missingForPass } from '../../src/procedures/move-out/rules';
import { AS_OF, REQUESTED, request } from './fixtures';

// Every event at the same instant (equal instants are in order); payload variants cover every guard.
const at = REQUESTED;
const events: MoveOutEvent[] = [
  { type: 'ITEMS_LISTED', at, items: [{ name: '电视机', quantity: 1 }] },
  { type: 'ITEMS_LISTED', at, items: [{ name: '纸箱', quantity: 8 }] },
  { type: 'ITEMS_LISTED', at, items: [{ name: '余料', quantity: 8 }], contractor: true },
  { type: 'MOVE_ASSESSED', at, likelyMoving: true },
  { type: 'MOVE_ASSESSED', at, likelyMoving: false },
  { type: 'FEES_CHECKED', at, settled: false, by: '财务' },
  { type: 'FEES_CHECKED', at, settled: true, by: '财务' },
  { type: 'OWNER_VERIFIED', at, idDocument: '身份证' },
  { type: 'AGENT_DOCUMENTS_CHECKED', at, idDocument: '身份证', authorisation: '业主委托书' },
  { type: 'OWNER_PHONED', at, consented: true },
  { type: 'OWNER_PHONED', at, consented: false },
  { type: 'CONTRACTOR_VERIFIED', at, responsiblePerson: '陈工' },
  { type: 'PASS_SIGNED', at, passNo: 'P-1', signedBy: '签名人', issuedBy: '张丽' },
  { type: 'WITHDRAW', at },
];

// A vertex: the state plus what the record still lacks for a pass (what gates canIssue) —
// finite, and routes that differ only in how they got there (1 item; several, not moving;
// several, moving, fees settled) meet in one vertex, so there are more simple than shortest paths.
type Snap = Parameters<typeof persist>[0] & { context: { record: MoveOutRequest } };
const serializeState = (s: Snap) => JSON.stringify([s.value, missingForPass(s.context.record), s.context.record.ownerConfirmation?.consented ?? null, s.context.record.requester.kind ?? null]);
// null: the desk finds out who asks (the usual case); a kind given up front is enforced.
const KINDS: (RequesterKind | null)[] = [null, 'owner', 'agent', 'contractor'];
const graphs = KINDS.map((kind) => {
  const options = { events, input: request(kind), serializeState: serializeState as never };
  return { kind, shortest: getShortestPaths(moveOutMachine, options), simple: getSimplePaths(moveOutMachine, options) };
});
const ALL_STATES = Object.keys(moveOutMachine.root.states).sort();

describe('every path of moveOutMachine (xstate/graph), for each kind of requester', () => {
  it('a request whose requester is still unknown reaches every state; the kinds given up front together too', () => {
    const reached = (gs: typeof graphs) => [...new Set(gs.flatMap((g) => [...g.shortest, ...g.simple].map((p) => String(p.state.value))))].sort();
    expect(reached(graphs.filter((g) => g.kind === null))).toEqual(ALL_STATES);
    expect(reached(graphs.filter((g) => g.kind !== null))).toEqual(ALL_STATES);
    for (const g of graphs) expect(g.simple.length).toBeGreaterThan(g.shortest.length);
  });

  it('a pass never issues on a path that skipped a required check', () => {
    let issued = 0;
    for (const g of graphs) {
      for (const p of g.simple.filter((q) => q.state.value === 'issued')) {
        issued++;
        const r = p.state.context.record;
        const types = p.steps.map((s) => s.event.type);
        const before = (t: MoveOutEvent['type']) => types.includes(t) && types.indexOf(t) < types.indexOf('PASS_SIGNED');
        expect(before('ITEMS_LISTED')).toBe(true);
        // the kind the desk recorded, which is the one given up front when there was one
        const kind = r.requester.kind;
        if (g.kind !== null) expect(kind).toBe(g.kind);
        expect(r.pass?.signerRole).toBe({ owner: 'owner', agent: 'requester', contractor: 'renovation-responsible' }[kind!]);
        if (kind === 'owner') expect(before('OWNER_VERIFIED') && r.identityCheck?.ownerRecordChecked).toBe(true);
        if (kind === 'agent') {
          expect(before('AGENT_DOCUMENTS_CHECKED') && before('OWNER_PHONED')).toBe(true);
          expect(r.ownerConfirmation?.consented).toBe(true);
          expect(r.authorisation).toBeDefined();
        }
        if (kind === 'contractor') expect(before('CONTRACTOR_VERIFIED')).toBe(true);
        const pieces = r.itemList!.items[0]!.quantity;
        if (kind !== 'contractor' && pieces >= 2) {
          expect(before('MOVE_ASSESSED')).toBe(true);
          if (r.moveAssessment?.likelyMoving) expect(r.feeChecks?.some((c) => c.settled)).toBe(true);
        }
        expect(missingForPass(r)).toEqual([]);
        expect(checkMoveOut(r, { asOf: AS_OF })).toEqual([]);
      }
    }
    expect(issued).toBeGreaterThanOrEqual(10);
  });

  it('no path issues a pass after the owner refused', () => {
    for (const p of graphs.flatMap((g) => g.simple).filter((q) => q.state.context.record.ownerConfirmation?.consented === false)) {
      expect(p.state.value).toBe('refused');
      expect(p.state.context.record.pass).toBeUndefined();
    }
  });

  it('the canIssue guard is not vacuous: a signing state forged without the checks does not issue', () => {
    const [start] = startMoveOut(request('agent'));
    // restore refuses such a snapshot (moveOutStateProblems); resolveState forges it past restore.
    const forged = moveOutMachine.resolveState({ value: 'signing', context: start.context });
    const [after] = transition(moveOutMachine, forged, { type: 'PASS_SIGNED', at, passNo: 'P-9', signedBy: 'x', issuedBy: 'y' });
    expect(after.value).toBe('signing');
    expect(after.context.record.pass).toBeUndefined();
  });

  it('round-trips the end state of every path through persist → JSON → restore, exactly', () => {
    for (const g of graphs) {
      for (const p of [...g.shortest, ...g.simple]) {
        const restored = restoreMoveOut(JSON.stringify(persist(p.state)));
        expect(restored.value).toEqual(p.state.value);
        expect(restored.status).toBe(p.state.status);
        expect(restored.context).toEqual(p.state.context);
        for (const e of events) {
          const [a] = transition(moveOutMachine, p.state, e);
          const [b] = transition(moveOutMachine, restored, e);
          expect(b.value).toEqual(a.value);
          expect(b.context).toEqual(a.context);
        }
      }
    }
  });
});

describe('restoreMoveOut refuses foreign or corrupt envelopes with INVALID_SNAPSHOT', () => {
  const envelope = () => JSON.parse(JSON.stringify(persist(startMoveOut(request())[0]))) as { machine: string; version: number; snapshot: { value: unknown; context: { record: Record<string, unknown> } } };
  it.each([
    ['another machine', (e: ReturnType<typeof envelope>) => ({ ...e, machine: 'complaint' })],
    ['a version from the future', (e: ReturnType<typeof envelope>) => ({ ...e, version: 3 })],
    ['an unknown state', (e: ReturnType<typeof envelope>) => ({ ...e, snapshot: { ...e.snapshot, value: 'archived' } })],
    ['a record whose instant lost its offset', (e: ReturnType<typeof envelope>) => ({ ...e, snapshot: { ...e.snapshot, context: { ...e.snapshot.context, record: { ...e.snapshot.context.record, requestedAt: '2026-05-06T09:30:00' } } } })],
    ['a missing context', (e: ReturnType<typeof envelope>) => ({ ...e, snapshot: { ...e.snapshot, context: undefined } })],
  ])('%s', (_name, corrupt) => {
    expect(() => restoreMoveOut(corrupt(envelope()))).toThrowError(expect.objectContaining({ code: 'INVALID_SNAPSHOT' }));
  });
  it('refuses text that is not JSON', () => {
    expect(() => restoreMoveOut('{"machine":')).toThrowError(expect.objectContaining({ code: 'INVALID_SNAPSHOT' }));
  });
});

describe('a hand-edited envelope cannot skip the guards (moveOutStateProblems)', () => {
  const fresh = (kind: RequesterKind | null) => JSON.parse(JSON.stringify(persist(startMoveOut(request(kind))[0]))) as { snapshot: { value: unknown; context: { record: Record<string, unknown> } } };
  const LATER = ALL_STATES.filter((s) => s !== 'listingItems');

  it('the fresh envelope itself restores', () => {
    for (const kind of KINDS) expect(restoreMoveOut(fresh(kind)).value).toBe('listingItems');
  });

  it.each(LATER)('a fresh request edited to claim %s is refused with INVALID_SNAPSHOT', (value) => {
    for (const kind of KINDS) {
      const e = fresh(kind);
      expect(() => restoreMoveOut({ ...e, snapshot: { ...e.snapshot, value } })).toThrowError(expect.objectContaining({ code: 'INVALID_SNAPSHOT' }));
    }
  });

  it('a signing state with the items listed but nobody identified is refused, and a likely move-out cannot skip the fees', () => {
    const listed = transition(moveOutMachine, startMoveOut(request('owner'))[0], events[1]!)[0];
    expect(listed.value).not.toBe('listingItems');
    const e = JSON.parse(JSON.stringify(persist(listed))) as { snapshot: { value: unknown } };
    expect(() => restoreMoveOut({ ...e, snapshot: { ...e.snapshot, value: 'signing' } })).toThrowError(expect.objectContaining({ code: 'INVALID_SNAPSHOT' }));
    const moving = transition(moveOutMachine, transition(moveOutMachine, startMoveOut(request(null))[0], events[1]!)[0], events[3]!)[0];
    expect(moving.value).toBe('checkingFees');
    const m = JSON.parse(JSON.stringify(persist(moving))) as { snapshot: { value: unknown } };
    expect(() => restoreMoveOut({ ...m, snapshot: { ...m.snapshot, value: 'verifyingIdentity' } })).toThrowError(expect.objectContaining({ code: 'INVALID_SNAPSHOT' }));
  });
});
