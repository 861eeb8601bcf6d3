// The v1 contract, asserted once over every registered procedure with steps: a procedure
// that registers is covered, and drift between procedures fails here.
import fc from 'fast-check';
import type { AnyMachineSnapshot } from 'xstate';
import { transition } from 'xstate';
import { describe, expect, it } from 'vitest';
import type { CaseProcedure } from '../../src/core/case-procedure';
import { stepCase } from '../../src/core/case-procedure';
import { epochMsToZonedIso, instantToEpochMs } from '../../src/core/instant';
import { persist } from '../../src/core/persistence';
import { composePolicy } from '../../src/core/policy';
import type { ProcedureDefinition } from '../../src/core/procedure';
import { allProcedures } from '../../src/docs/procedures';
import { procedurePaths } from '../../src/testing/procedure-paths';

type Ev = { readonly type: string; readonly at: string; readonly [k: string]: unknown };
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type AnyCase = CaseProcedure<any, any>;

const withCase = allProcedures.filter((p): p is ProcedureDefinition & { case: AnyCase } => p.case !== undefined);
const MINUTE = 60_000;

function samples(p: ProcedureDefinition, s: AnyMachineSnapshot): readonly Ev[] {
  const events = p.pathModel!.events;
  return (typeof events === 'function' ? events(s) : events) as readonly Ev[];
}
const later = (at: string, minutes: number, zone = 'Asia/Shanghai') => epochMsToZonedIso(instantToEpochMs(at) + minutes * MINUTE, zone);
function openedAt(p: ProcedureDefinition & { case: AnyCase }): string {
  return p.case.definition.openedAt(p.pathModel!.input);
}
/** Every distinct state reached by a generated path (value and context), once each. */
function reachable(p: ProcedureDefinition & { case: AnyCase }): AnyMachineSnapshot[] {
  const out: AnyMachineSnapshot[] = [];
  const seen = new Set<string>();
  const add = (s: AnyMachineSnapshot) => {
    const key = JSON.stringify([s.value, s.context]);
    if (!seen.has(key)) {
      seen.add(key);
      out.push(s);
    }
  };
  for (const path of procedurePaths(p, { kind: 'shortest' })) {
    let s = p.case.start(p.pathModel!.input)[0] as AnyMachineSnapshot;
    add(s);
    for (const e of path.events) {
      const r = stepCase(p.case.machine, s, e);
      if (r.accepted) s = r.snapshot;
      add(s);
    }
  }
  return out;
}
function eventTypes(p: ProcedureDefinition & { case: AnyCase }): string[] {
  return [...new Set(Object.values(p.case.definition.states).flatMap((st) => Object.keys(st.on ?? {})))];
}
// Malformed versions of a valid event: each field removed, mistyped, or the instant without offset.
function malformed(event: Ev): unknown[] {
  const out: unknown[] = [{ ...event, at: event.at.slice(0, 19) }, { ...event, at: 'yesterday' }, { type: event.type }, { ...event, at: 12 }];
  for (const key of Object.keys(event)) {
    if (key === 'type') continue;
    const { [key]: _removed, ...rest } = event;
    out.push(rest, { ...event, [key]: 'oops' }, { ...event, [key]: 42 }, { ...event, [key]: null }, { ...event, [key]: [] }, { ...event, [key]: { nested: true } });
  }
  return out;
}
const ISO = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/;
function instantsIn(value: unknown, out: string[] = []): string[] {
  if (typeof value === 'string' && ISO.test(value)) out.push(value);
  else if (Array.isArray(value)) for (const v of value) instantsIn(v, out);
  else if (value && typeof value === 'object') for (const v of Object.values(value)) instantsIn(v, out);
  return out;
}

it('every procedure with steps is a case procedure of the core', () => {
  const withMachine = allProcedures.filter((p) => p.machine !== undefined).map((p) => p.name);
  expect(withCase.map((p) => p.name)).toEqual(withMachine);
  expect(withCase.length).toBeGreaterThan(0);
  for (const p of withCase) {
    expect(p.case.machine.id, p.name).toBe(p.name);
    expect(p.pathModel, p.name).toBeDefined();
  }
});

describe.each(withCase.map((p) => [p.name, p] as const))('%s', (_name, p) => {
  const states = reachable(p);

  it('refuses a malformed event of every type in every reachable state, snapshot unchanged, no untyped error (one snapshot per state value)', () => {
    const types = eventTypes(p);
    let refused = 0;
    // One snapshot per state value: the event schema, not the context, decides what is malformed.
    const perState = new Map<string, AnyMachineSnapshot>();
    for (const x of states) if (x.status === 'active' && !perState.has(JSON.stringify(x.value))) perState.set(JSON.stringify(x.value), x);
    for (const s of perState.values()) {
      const byType = new Map(samples(p, s).map((e) => [e.type, { ...e, at: later(s.context.lastEventAt, 1) }]));
      for (const type of types) {
        const valid = byType.get(type) ?? { type, at: later(s.context.lastEventAt, 1) };
        for (const bad of malformed(valid)) {
          const parsed = p.case.definition.events.safeParse(bad);
          if (parsed.success) continue;
          const before = JSON.stringify(persist(s));
          const [next] = transition(p.case.machine, s as never, bad as never);
          expect(next).toBe(s);
          const r = stepCase(p.case.machine, s, bad);
          expect(r.accepted, `${type} ${JSON.stringify(bad)}`).toBe(false);
          if (!r.accepted) expect(r.refusal.kind).toBe('invalid-event');
          expect(JSON.stringify(persist(s))).toBe(before);
          refused++;
        }
      }
    }
    expect(refused).toBeGreaterThan(types.length);
  });

  it('every reachable state restores from its own persisted snapshot, exactly', () => {
    for (const s of states) {
      const envelope = JSON.parse(JSON.stringify(persist(s)));
      const back = p.case.restore(envelope) as AnyMachineSnapshot;
      expect(back.value).toEqual(s.value);
      expect(back.status).toBe(s.status);
      expect(back.context).toEqual(JSON.parse(JSON.stringify(s.context)));
      expect(persist(back)).toEqual(envelope);
    }
  });

  it('refuses a stale CHECK_DEADLINES and one dated before the case opened; the snapshot is unchanged', () => {
    const opened = openedAt(p);
    const [start] = p.case.start(p.pathModel!.input);
    const early = stepCase(p.case.machine, start, { type: 'CHECK_DEADLINES', at: later(opened, -1) });
    expect(early.accepted).toBe(false);
    if (!early.accepted) expect(early.refusal.kind).toBe('before-opening');
    const checked = stepCase(p.case.machine, start, { type: 'CHECK_DEADLINES', at: later(opened, 60 * 24 * 30) });
    expect(checked.accepted).toBe(true);
    const newer = checked.snapshot as AnyMachineSnapshot;
    const stale = stepCase(p.case.machine, newer, { type: 'CHECK_DEADLINES', at: later(opened, 60) });
    expect(stale.accepted).toBe(false);
    if (!stale.accepted) expect(stale.refusal.kind).toBe('stale-check');
    expect(stale.snapshot).toBe(newer);
    expect(newer.context.checkedAt).toBe(later(opened, 60 * 24 * 30));
    // The same instant again is not stale.
    expect(stepCase(p.case.machine, newer, { type: 'CHECK_DEADLINES', at: later(opened, 60 * 24 * 30) }).accepted).toBe(true);
  });

  it('writes every instant it produces in the policy zone', () => {
    for (const [zone, suffix] of [['Asia/Shanghai', '+08:00'], ['UTC', 'Z']] as const) {
      const machine = p.case.create({ policy: composePolicy({ 'core.zone': zone }) });
      const input = p.pathModel!.input as Record<string, unknown>;
      const hostInstants = new Set(instantsIn(input));
      for (const path of procedurePaths(p, { kind: 'shortest' })) {
        let s = p.case.start(input, machine)[0] as AnyMachineSnapshot;
        // Events arrive in another zone than the policy's.
        for (const e of path.events) {
          const r = stepCase(machine, s, { ...e, at: epochMsToZonedIso(instantToEpochMs(e.at), zone === 'UTC' ? 'Asia/Shanghai' : 'UTC') });
          if (r.accepted) s = r.snapshot;
        }
        const r = stepCase(machine, s, { type: 'CHECK_DEADLINES', at: later(s.context.lastEventAt, 1, 'UTC') });
        if (r.accepted) s = r.snapshot;
        const { violations: _v, ...context } = s.context as Record<string, unknown>;
        for (const at of instantsIn(context)) if (!hostInstants.has(at)) expect(at.endsWith(suffix), `${p.name} ${zone}: ${at}`).toBe(true);
      }
    }
  });

  it('keeps the host fields it does not know, through every path, persistence and restore', () => {
    const host = { hostTicketNo: 'HT-7', hostMeta: { source: '小程序', tags: ['a', 'b'] } };
    const input = { ...(p.pathModel!.input as object), ...host };
    for (const path of procedurePaths(p, { kind: 'shortest' })) {
      let s = p.case.start(input)[0] as AnyMachineSnapshot;
      for (const e of path.events) {
        const r = stepCase(p.case.machine, s, e);
        if (r.accepted) s = r.snapshot;
      }
      const back = p.case.restore(JSON.stringify(persist(s))) as AnyMachineSnapshot;
      expect(back.context.record).toMatchObject(host);
    }
    expect(input.hostMeta.tags).toEqual(['a', 'b']);
  });

  it('leaves CHECK_DEADLINES to the core: the procedure\'s own event schema does not carry it', () => {
    expect(p.case.definition.events.safeParse({ type: 'CHECK_DEADLINES', at: openedAt(p) }).success).toBe(false);
    expect(p.case.parseEvent({ type: 'CHECK_DEADLINES', at: openedAt(p) })).toEqual({ type: 'CHECK_DEADLINES', at: openedAt(p) });
  });

  it('long random sequences, persisted and restored at random points, step in lockstep with the original; the kept deadlines are always the fresh ones', () => {
    // The machine reuses deadlines while the record fields they read are unchanged: after
    // every step they must equal a fresh computation from the record (none may go stale).
    const fresh = (s: AnyMachineSnapshot) => JSON.parse(JSON.stringify(p.case.definition.deadlines?.(s.context.record, {}) ?? []));
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.nat(40), fc.integer({ min: 0, max: 3 * 24 * 60 }), fc.boolean()), { minLength: 5, maxLength: 60 }), (plan) => {
        let a = p.case.start(p.pathModel!.input)[0] as AnyMachineSnapshot;
        let b = a;
        for (const [pick, gap, roundTrip] of plan) {
          if (roundTrip) b = p.case.restore(JSON.stringify(persist(b))) as AnyMachineSnapshot;
          const options = samples(p, a);
          const chosen = pick % 7 === 0 ? { type: 'CHECK_DEADLINES', at: '' } : options[pick % Math.max(options.length, 1)];
          if (!chosen) break;
          const event = { ...chosen, at: later(a.context.lastEventAt, gap) };
          const ra = stepCase(p.case.machine, a, event);
          const rb = stepCase(p.case.machine, b, event);
          expect(rb.accepted).toBe(ra.accepted);
          a = ra.snapshot;
          b = rb.snapshot;
          expect(b.value).toEqual(a.value);
          expect(JSON.parse(JSON.stringify(b.context))).toEqual(JSON.parse(JSON.stringify(a.context)));
          expect(JSON.parse(JSON.stringify(a.context.deadlines)), `${p.name} after ${event.type}`).toEqual(fresh(a));
        }
      }),
      { numRuns: 40 },
    );
  });
});

describe.each(allProcedures.map((p) => [p.name, p] as const))('%s: what its check reads', (_name, p) => {
  it('is one schema it names, or the shapes its checkInput names among its schemas', () => {
    if (!p.check) return expect(p.checkInput).toBeUndefined();
    const shapes = p.checkInput?.shapes ?? [p.case ? Object.entries(p.schemas ?? {}).find(([, s]) => s === p.case!.definition.record)?.[0] ?? 'record' : 'record'];
    expect(shapes.length).toBeGreaterThan(0);
    for (const shape of shapes) expect(Object.keys(p.schemas ?? {}), `${p.name}: ${shape}`).toContain(shape);
  });
});
