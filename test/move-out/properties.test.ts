import fc from 'fast-check';
import { transition } from 'xstate';
import { describe, expect, it } from 'vitest';
import { composePolicy, deepFreeze } from '../../src/core/policy';
import type { MoveOutEvent, RequesterKind } from '../../src/procedures/move-out/index';
import { checkMoveOut, createMoveOutMachine, moveOutPacks, startMoveOut } from '../../src/procedures/move-out/index';
import { missingForPass } from '../../src/procedures/move-out/rules';
import { AS_OF, after, request } from './fixtures';

// Random event sequences (any order, any payload, sometimes out of time order) on a random
// requester and threshold: whatever the host sends, a pass only ever exists with every check made.
const eventAt = (m: number): fc.Arbitrary<MoveOutEvent> =>
  fc.oneof(
    fc
      .tuple(fc.array(fc.record({ name: fc.constantFrom('箱', '床'), quantity: fc.integer({ min: 1, max: 6 }) }), { minLength: 1, maxLength: 3 }), fc.option(fc.boolean(), { nil: undefined }))
      .map(([items, contractor]) => ({ type: 'ITEMS_LISTED' as const, at: after(m), items, ...(contractor !== undefined ? { contractor } : {}) })),
    fc.boolean().map((likelyMoving) => ({ type: 'MOVE_ASSESSED' as const, at: after(m), likelyMoving })),
    fc.boolean().map((settled) => ({ type: 'FEES_CHECKED' as const, at: after(m), settled, by: '财务' })),
    fc.constant({ type: 'OWNER_VERIFIED' as const, at: after(m), idDocument: '身份证' }),
    fc.constant({ type: 'AGENT_DOCUMENTS_CHECKED' as const, at: after(m), idDocument: '身份证', authorisation: '委托书' }),
    fc.boolean().map((consented) => ({ type: 'OWNER_PHONED' as const, at: after(m), consented })),
    fc.constant({ type: 'CONTRACTOR_VERIFIED' as const, at: after(m), responsiblePerson: '陈工' }),
    fc.constant({ type: 'PASS_SIGNED' as const, at: after(m), passNo: 'P', signedBy: '某人', issuedBy: '张丽' }),
    fc.constant({ type: 'WITHDRAW' as const, at: after(m) }),
  );
// Mostly in time order (sorted minutes), sometimes not, so the inOrder guard is exercised too.
const sequence = fc
  .tuple(fc.array(fc.integer({ min: 0, max: 59 }), { maxLength: 16 }), fc.integer({ min: 0, max: 4 }))
  .map(([minutes, shuffle]) => (shuffle === 0 ? minutes : [...minutes].sort((a, b) => a - b)))
  .chain((minutes) => fc.tuple(...minutes.map(eventAt)));

// A WI/FW-020 script for the requester (random items, assessment, fee checks, consent) with
// random events spliced in: most runs get as far as the pass, so the property bites.
type Step = Omit<MoveOutEvent, 'at'> & { type: MoveOutEvent['type'] };
const script = (kind: RequesterKind | null): fc.Arbitrary<Step[]> =>
  fc
    .record({
      quantity: fc.integer({ min: 1, max: 6 }),
      moving: fc.boolean(),
      unsettled: fc.integer({ min: 0, max: 2 }),
      consented: fc.boolean(),
    })
    .map(({ quantity, moving, unsettled, consented }) => [
      { type: 'ITEMS_LISTED', items: [{ name: '箱', quantity }], ...(kind === 'contractor' ? { contractor: true } : {}) },
      ...(kind === 'contractor'
        ? [{ type: 'CONTRACTOR_VERIFIED', responsiblePerson: '陈工' }]
        : [
            { type: 'MOVE_ASSESSED', likelyMoving: moving },
            ...Array.from({ length: unsettled }, () => ({ type: 'FEES_CHECKED', settled: false, by: '财务' })),
            { type: 'FEES_CHECKED', settled: true, by: '财务' },
            ...(kind === 'owner' || (kind === null && consented) ? [{ type: 'OWNER_VERIFIED', idDocument: '身份证' }] : [{ type: 'AGENT_DOCUMENTS_CHECKED', idDocument: '身份证', authorisation: '委托书' }, { type: 'OWNER_PHONED', consented }]),
          ]),
      { type: 'PASS_SIGNED', passNo: 'P', signedBy: '某人', issuedBy: '张丽' },
    ] as Step[]);
const scripted = (kind: RequesterKind | null): fc.Arbitrary<MoveOutEvent[]> =>
  fc
    .tuple(script(kind), fc.array(fc.tuple(fc.nat(), eventAt(0)), { maxLength: 3 }))
    .map(([steps, noise]) => {
      const all: Step[] = [...steps];
      for (const [pos, e] of noise) all.splice(pos % (all.length + 1), 0, e);
      return all.map((e, i) => ({ ...e, at: after(i) }) as MoveOutEvent);
    });

describe('move-out machine: properties over random event sequences', () => {
  it('never issues a pass with a check missing, never after a refusal; the host input stays unchanged', () => {
    let issued = 0;
    fc.assert(
      fc.property(
        fc.constantFrom<RequesterKind | null>(null, 'owner', 'agent', 'contractor').chain((kind) => fc.tuple(fc.constant(kind), fc.oneof(sequence, scripted(kind)))),
        fc.integer({ min: 2, max: 5 }),
        ([kind, events], from) => {
        const policy = composePolicy(moveOutPacks.ZH, { 'moveOut.multipleItemsFrom': from });
        const machine = createMoveOutMachine({ policy });
        const input = deepFreeze(request(kind));
        const copy = structuredClone(input);
        let [s] = startMoveOut(input, machine);
        for (const e of events) {
          [s] = transition(machine, s, e);
          const r = s.context.record;
          if (r.pass) {
            if (s.value === 'issued' && e.type === 'PASS_SIGNED') issued++;
            expect(s.value).toBe('issued');
            expect(missingForPass(r, policy)).toEqual([]);
            expect(checkMoveOut(r, { asOf: AS_OF, policy: policy })).toEqual([]);
          }
          if (r.ownerConfirmation?.consented === false) expect(r.pass).toBeUndefined();
        }
        expect(input).toEqual(copy);
        },
      ),
      { numRuns: 400 },
    );
    // the property is not vacuous: some random sequences do issue a pass
    expect(issued).toBeGreaterThan(40);
  });

  it('same events, same snapshot (pure and deterministic)', () => {
    fc.assert(
      fc.property(fc.constantFrom<RequesterKind | null>(null, 'owner', 'agent', 'contractor'), sequence, (kind, events) => {
        const machine = createMoveOutMachine();
        const run = () => {
          let [s] = startMoveOut(request(kind), machine);
          for (const e of events) [s] = transition(machine, s, e);
          return { value: s.value, context: s.context };
        };
        expect(run()).toEqual(run());
      }),
      { numRuns: 200 },
    );
  });
});
