import fc from 'fast-check';
import { transition } from 'xstate';
import { describe, expect, it } from 'vitest';
import { composePolicy, deepFreeze } from '../../src/core/policy';
import type { DeliveryEvent, TakeoverRecord } from '../../src/procedures/delivery/index';
import { checkDelivery, createDeliveryMachine, deliveryMachine, deliveryPacks, parseDeliveryEvent, startDelivery } from '../../src/procedures/delivery/index';
import { takeoverStepGaps } from '../../src/procedures/delivery/rules';
import { AS_OF, day, fullTakeover, takeover } from './fixtures';

const fields = (missing: unknown) => (missing as { field: string }[]).map((m) => m.field);

function run(events: DeliveryEvent[], machine = deliveryMachine, input = takeover()) {
  let [s] = startDelivery(input, machine);
  for (const e of events) [s] = transition(machine, s, e);
  return s;
}

describe('takeover machine (《写字楼物业客服工作制度范例》 物业接管程序)', () => {
  it('walks the five steps; the record passes checkDelivery; host fields are kept', () => {
    const s = run(fullTakeover());
    expect(s.value).toBe('completed');
    expect(s.status).toBe('done');
    const r = s.context.record;
    expect(r.contract).toEqual({ signedAt: day(0), copySets: 2 });
    expect(r.documents).toEqual({ constructionCertificates: day(2), businessLicence: day(2), completionCertificates: day(5) });
    expect(r.handbooks).toEqual({ user: day(12), renovation: day(13), emergency: day(13) });
    expect(r.completedAt).toBe(day(13));
    expect((r as Record<string, unknown>).hostRef).toEqual({ erp: 7 });
    expect(checkDelivery(r, { asOf: AS_OF })).toEqual([]);
  });

  it('one copy set is not enough (at least two); a policy may ask for three', () => {
    expect(run([{ type: 'SIGN_CONTRACT', at: day(0), copySets: 1 }]).value).toBe('contracting');
    expect(run([{ type: 'SIGN_CONTRACT', at: day(0), copySets: 2 }]).value).toBe('collectingDocuments');
    const three = createDeliveryMachine({ policy: composePolicy(deliveryPacks.OFFICE, { 'delivery.contractCopySets': 3 }) });
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
    run(fullTakeover(), deliveryMachine, input);
    expect(input).toEqual(copy);
  });

  it('bad input is a typed error', () => {
    expect(() => startDelivery(takeover({ openedAt: '2026-03-02 09:00' }))).toThrowError(expect.objectContaining({ code: 'INVALID_INSTANT' }));
    expect(() => startDelivery(takeover({ counterparty: { kind: 'tenant', name: 'x' } as never }))).toThrowError(expect.objectContaining({ code: 'INVALID_INPUT' }));
    expect(() => startDelivery(takeover({ contract: { signedAt: day(0), copySets: 2 } }))).toThrowError(expect.objectContaining({ code: 'INVALID_INPUT' }));
    expect(() => startDelivery(undefined as never)).toThrowError(expect.objectContaining({ code: 'INVALID_INPUT' }));
    expect(() => parseDeliveryEvent({ type: 'INSPECT', at: day(1), departments: [] })).toThrowError(expect.objectContaining({ code: 'INVALID_INPUT' }));
    expect(() => parseDeliveryEvent({ type: 'SIGN_CONTRACT', at: '2026-03-02', copySets: 2 })).toThrowError(expect.objectContaining({ code: 'INVALID_INSTANT' }));
    expect(() => createDeliveryMachine({ policy: { kind: 'x' } as never })).toThrowError(expect.objectContaining({ code: 'INVALID_POLICY' }));
  });
});

describe('checkDelivery (takeover records kept by the host)', () => {
  const done = (): TakeoverRecord => run(fullTakeover()).context.record;

  it('an inspection with no contract or documents on the record names both steps', () => {
    const r = takeover({ inspection: { at: day(8), departments: ['customerService', 'security', 'engineering'] } });
    const v = checkDelivery(r, { asOf: AS_OF });
    expect(v.map((x) => x.ruleId)).toEqual(['delivery.takeover-contract', 'delivery.takeover-documents']);
    expect(v[0]).toMatchObject({ severity: 'error', source: { document: '《写字楼物业客服工作制度范例》', clause: '物业接管程序 1' }, data: { missing: [{ field: 'contract', label: { 'zh-CN': '接管合同', en: 'contract' } }], laterStep: 'inspection' } });
    expect(fields(v[1]!.data.missing)).toEqual(['documents.constructionCertificates', 'documents.completionCertificates', 'documents.businessLicence']);
    expect(v[1]!.message['zh-CN']).toBe('接管 T-2026-01：已进行“客服部、安保部、工程部共同验收”，但“取得施工、竣工合法证明及营业执照复印件”未完成（缺：施工合法证明、竣工合法证明、营业执照复印件）。');
  });

  it('completion without the emergency handbook; keys never handed over', () => {
    const { emergency: _e, ...handbooks } = done().handbooks!;
    expect(checkDelivery({ ...done(), handbooks }, { asOf: AS_OF }).map((v) => fields(v.data.missing))).toEqual([['handbooks.emergency']]);
    expect(checkDelivery({ ...done(), confirmation: { at: day(10), keysHandedOver: false } }, { asOf: AS_OF }).map((v) => v.ruleId)).toEqual(['delivery.takeover-confirmation']);
    expect(checkDelivery({ ...done(), inspection: { at: day(8), departments: ['engineering'] } }, { asOf: AS_OF })[0]!.data.missing).toEqual([
      { field: 'inspection.departments', label: { 'zh-CN': '客服部', en: 'customer service' } },
      { field: 'inspection.departments', label: { 'zh-CN': '安保部', en: 'security' } },
    ]);
  });

  it('steps dated out of order are a warning; equal instants are in order', () => {
    expect(checkDelivery({ ...done(), inspection: { at: day(5), departments: ['customerService', 'security', 'engineering'] } }, { asOf: AS_OF })).toEqual([]);
    const v = checkDelivery({ ...done(), inspection: { at: day(4), departments: ['customerService', 'security', 'engineering'] } }, { asOf: AS_OF });
    expect(v.map((x) => [x.ruleId, x.severity, x.data.step])).toEqual([['delivery.takeover-out-of-order', 'warning', 'inspection']]);
  });

  it('a takeover in progress is not a violation', () => {
    expect(checkDelivery(takeover({ contract: { signedAt: day(0), copySets: 1 } }), { asOf: AS_OF })).toEqual([]);
    expect(takeoverStepGaps(takeover({ contract: { signedAt: day(0), copySets: 1 } }), 'contract')).toEqual([{ field: 'contract.copySets', label: { 'zh-CN': '复印件套数', en: 'copy sets' } }]);
  });

  it('bad records are typed errors', () => {
    expect(() => checkDelivery({ ...done(), completedAt: '2026-03-20' }, { asOf: AS_OF })).toThrowError(expect.objectContaining({ code: 'INVALID_INSTANT' }));
    expect(() => checkDelivery({ id: 'T' } as never, { asOf: AS_OF })).toThrowError(expect.objectContaining({ code: 'INVALID_INPUT' }));
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
        const errors = checkDelivery(r, { asOf: AS_OF }).filter((v) => v.severity === 'error').map((v) => v.data.step);
        const expected = (['contract', 'documents', 'inspection'] as const).filter((st) => takeoverStepGaps(r, st).length > 0);
        if (s.books || s.completed) {
          if (!s.keys) expected.push('confirmation' as never);
        }
        if (s.completed && !s.books) expected.push('handbooks' as never);
        expect(errors).toEqual(expected);
        expect(checkDelivery(r, { asOf: AS_OF })).toEqual(checkDelivery(r, { asOf: AS_OF }));
        expect(r).toEqual(copy);
      }),
    );
  });
});
