import fc from 'fast-check';
import { transition } from 'xstate';
import { describe, expect, it } from 'vitest';
import { composePolicy, deepFreeze } from '../../src/core/policy';
import type { TakeoverEvent, TakeoverRecord } from '../../src/procedures/delivery/index';
import { checkTakeover, createTakeoverMachine, deliveryPacks, parseTakeoverEvent, startTakeover, takeoverMachine, takeoverStepGaps } from '../../src/procedures/delivery/index';
import { day, fullTakeover, takeover } from './fixtures';

function run(events: TakeoverEvent[], machine = takeoverMachine, input = takeover()) {
  let [s] = startTakeover(input, machine);
  for (const e of events) [s] = transition(machine, s, e);
  return s;
}

describe('takeover machine (《写字楼物业客服工作制度范例》 物业接管程序)', () => {
  it('walks the five steps; the record passes checkTakeover; host fields are kept', () => {
    const s = run(fullTakeover());
    expect(s.value).toBe('completed');
    expect(s.status).toBe('done');
    const r = s.context.record;
    expect(r.contract).toEqual({ signedAt: day(0), copySets: 2 });
    expect(r.documents).toEqual({ constructionCertificates: day(2), businessLicence: day(2), completionCertificates: day(5) });
    expect(r.handbooks).toEqual({ user: day(12), renovation: day(13), emergency: day(13) });
    expect(r.completedAt).toBe(day(13));
    expect((r as Record<string, unknown>).hostRef).toEqual({ erp: 7 });
    expect(checkTakeover(r)).toEqual([]);
  });

  it('one copy set is not enough (at least two); a policy may ask for three', () => {
    expect(run([{ type: 'SIGN_CONTRACT', at: day(0), copySets: 1 }]).value).toBe('contracting');
    expect(run([{ type: 'SIGN_CONTRACT', at: day(0), copySets: 2 }]).value).toBe('collectingDocuments');
    const three = createTakeoverMachine({ policy: composePolicy(deliveryPacks.OFFICE, { 'delivery.contractCopySets': 3 }) });
    expect(run([{ type: 'SIGN_CONTRACT', at: day(0), copySets: 2 }], three).value).toBe('contracting');
  });

  it('the inspection must be joint: security alone is refused', () => {
    const s = run([...fullTakeover().slice(0, 3), { type: 'INSPECT', at: day(8), departments: ['security'] }]);
    expect(s.value).toBe('inspecting');
    expect(s.context.record.inspection).toBeUndefined();
  });

  it('a confirmation without the keys is recorded but does not move on', () => {
    const s = run([...fullTakeover().slice(0, 4), { type: 'SIGN_CONFIRMATION', at: day(10), keysHandedOver: false }]);
    expect(s.value).toBe('confirming');
    expect(s.context.record.confirmation).toEqual({ at: day(10), keysHandedOver: false });
  });

  it('no step before its predecessor: handbooks while contracting are ignored; an earlier instant is ignored', () => {
    expect(run([{ type: 'ISSUE_HANDBOOKS', at: day(1), handbooks: ['user', 'renovation', 'emergency'] }]).value).toBe('contracting');
    const s = run([fullTakeover()[0]!, { type: 'RECEIVE_DOCUMENTS', at: '2026-03-01T10:00:00+08:00', documents: ['businessLicence'] }]);
    expect(s.context.record.documents).toBeUndefined();
  });

  it('never changes the host record it started from', () => {
    const input = deepFreeze(takeover());
    const copy = structuredClone(input);
    run(fullTakeover(), takeoverMachine, input);
    expect(input).toEqual(copy);
  });

  it('bad input is a typed error', () => {
    expect(() => startTakeover(takeover({ openedAt: '2026-03-02 09:00' }))).toThrowError(expect.objectContaining({ code: 'INVALID_INSTANT' }));
    expect(() => startTakeover(takeover({ counterparty: { kind: 'tenant', name: 'x' } as never }))).toThrowError(expect.objectContaining({ code: 'INVALID_INPUT' }));
    expect(() => startTakeover(takeover({ contract: { signedAt: day(0), copySets: 2 } }))).toThrowError(expect.objectContaining({ code: 'INVALID_INPUT' }));
    expect(() => startTakeover(undefined as never)).toThrowError(expect.objectContaining({ code: 'INVALID_INPUT' }));
    expect(() => parseTakeoverEvent({ type: 'INSPECT', at: day(1), departments: [] })).toThrowError(expect.objectContaining({ code: 'INVALID_INPUT' }));
    expect(() => parseTakeoverEvent({ type: 'SIGN_CONTRACT', at: '2026-03-02', copySets: 2 })).toThrowError(expect.objectContaining({ code: 'INVALID_INSTANT' }));
    expect(() => createTakeoverMachine({ policy: { kind: 'x' } as never })).toThrowError(expect.objectContaining({ code: 'INVALID_POLICY' }));
  });
});

describe('checkTakeover (records kept by the host)', () => {
  const done = (): TakeoverRecord => run(fullTakeover()).context.record;

  it('an inspection with no contract or documents on the record names both steps', () => {
    const r = takeover({ inspection: { at: day(8), departments: ['customerService', 'security', 'engineering'] } });
    const v = checkTakeover(r);
    expect(v.map((x) => x.ruleId)).toEqual(['delivery.takeover-contract', 'delivery.takeover-documents']);
    expect(v[0]).toMatchObject({ severity: 'error', source: { document: '《写字楼物业客服工作制度范例》', clause: '物业接管程序 1' }, data: { missing: ['contract'], laterStep: 'inspection' } });
    expect(v[1]!.data.missing).toEqual(['constructionCertificates', 'completionCertificates', 'businessLicence']);
  });

  it('completion without the emergency handbook; keys never handed over', () => {
    const { emergency: _e, ...handbooks } = done().handbooks!;
    expect(checkTakeover({ ...done(), handbooks }).map((v) => v.data.missing)).toEqual([['emergency']]);
    expect(checkTakeover({ ...done(), confirmation: { at: day(10), keysHandedOver: false } }).map((v) => v.ruleId)).toEqual(['delivery.takeover-confirmation']);
    expect(checkTakeover({ ...done(), inspection: { at: day(8), departments: ['engineering'] } })[0]!.data.missing).toEqual(['customerService', 'security']);
  });

  it('steps dated out of order are a warning; equal instants are in order', () => {
    expect(checkTakeover({ ...done(), inspection: { at: day(5), departments: ['customerService', 'security', 'engineering'] } })).toEqual([]);
    const v = checkTakeover({ ...done(), inspection: { at: day(4), departments: ['customerService', 'security', 'engineering'] } });
    expect(v.map((x) => [x.ruleId, x.severity, x.data.step])).toEqual([['delivery.takeover-out-of-order', 'warning', 'inspection']]);
  });

  it('a takeover in progress is not a violation', () => {
    expect(checkTakeover(takeover({ contract: { signedAt: day(0), copySets: 1 } }))).toEqual([]);
    expect(takeoverStepGaps(takeover({ contract: { signedAt: day(0), copySets: 1 } }), 'contract')).toEqual(['copySets']);
  });

  it('bad records are typed errors', () => {
    expect(() => checkTakeover({ ...done(), completedAt: '2026-03-20' })).toThrowError(expect.objectContaining({ code: 'INVALID_INSTANT' }));
    expect(() => checkTakeover({ id: 'T' } as never)).toThrowError(expect.objectContaining({ code: 'INVALID_INPUT' }));
  });

  it('property: a later step draws an error exactly when an earlier step has gaps; same input, same output; frozen input unchanged', () => {
    const steps = fc.record({ contract: fc.boolean(), copies: fc.integer({ min: 0, max: 3 }), docs: fc.boolean(), inspect: fc.boolean(), keys: fc.boolean(), books: fc.boolean(), completed: fc.boolean() });
    fc.assert(
      fc.property(steps, (s) => {
        const r = deepFreeze(
          takeover({
            ...(s.contract ? { contract: { signedAt: day(0), copySets: s.copies } } : {}),
            ...(s.docs ? { documents: { constructionCertificates: day(1), completionCertificates: day(1), businessLicence: day(1) } } : {}),
            ...(s.inspect ? { inspection: { at: day(2), departments: ['customerService', 'security', 'engineering'] as const } } : {}),
            confirmation: { at: day(3), keysHandedOver: s.keys },
            ...(s.books ? { handbooks: { user: day(4), renovation: day(4), emergency: day(4) } } : {}),
            ...(s.completed ? { completedAt: day(5) } : {}),
          } as Partial<TakeoverRecord>),
        );
        const copy = structuredClone(r);
        const errors = checkTakeover(r).filter((v) => v.severity === 'error').map((v) => v.data.step);
        const expected = (['contract', 'documents', 'inspection'] as const).filter((st) => takeoverStepGaps(r, st).length > 0);
        if (s.books || s.completed) {
          if (!s.keys) expected.push('confirmation' as never);
        }
        if (s.completed && !s.books) expected.push('handbooks' as never);
        expect(errors).toEqual(expected);
        expect(checkTakeover(r)).toEqual(checkTakeover(r));
        expect(r).toEqual(copy);
      }),
    );
  });
});
