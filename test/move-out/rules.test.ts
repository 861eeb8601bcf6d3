import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { composePolicy, deepFreeze } from '../../src/core/policy';
import type { MoveOutRequest, RequesterKind } from '../../src/procedures/move-out/index';
import type { Policy } from '../../src/core/policy';
import { checkMoveOut, moveOutPacks, moveOutProcedure, moveOutRules } from '../../src/procedures/move-out/index';
import { expectedSigner, missingForPass, pieceCount } from '../../src/procedures/move-out/rules';
import { AS_OF, after, request } from './fixtures';

const pass = (kind: RequesterKind, at = after(30)) => ({ at, passNo: 'P-7', signedBy: '某人', signerRole: expectedSigner(kind), issuedBy: '张丽' });
const ids = (r: MoveOutRequest, policy?: Policy) => checkMoveOut(r, { asOf: AS_OF, policy }).map((v) => v.ruleId).sort();

const completeAgent = (): MoveOutRequest =>
  request('agent', {
    itemList: { at: after(1), items: [{ name: '电视机', quantity: 1 }] },
    identityCheck: { at: after(2), idDocument: '身份证', ownerRecordChecked: false },
    authorisation: { at: after(2), reference: '业主委托书' },
    ownerConfirmation: { at: after(5), consented: true },
    pass: pass('agent'),
  });

describe('checkMoveOut: the passes of WI/FW-020', () => {
  it('a record without a pass has no violation', () => {
    expect(checkMoveOut(request('agent'), { asOf: AS_OF })).toEqual([]);
  });

  it('a complete non-owner pass is clean; each missing check is its own violation with the clause', () => {
    expect(checkMoveOut(completeAgent(), { asOf: AS_OF })).toEqual([]);
    const bare = request('agent', { pass: pass('agent') });
    expect(ids(bare)).toEqual(['move-out.agent-documents-missing', 'move-out.items-not-listed', 'move-out.owner-not-confirmed']);
    for (const v of checkMoveOut(bare, { asOf: AS_OF })) expect(v.source).toEqual({ document: '《服务中心工作手册》', clause: 'WI/FW-020' });
  });

  it('a pass after the owner refused is its own error', () => {
    const r = { ...completeAgent(), ownerConfirmation: { at: after(5), consented: false } };
    expect(ids(r)).toEqual(['move-out.issued-despite-refusal']);
  });

  it('a check made after the pass counts as skipped; one at the same instant counts', () => {
    expect(ids({ ...completeAgent(), ownerConfirmation: { at: after(31), consented: true } })).toEqual(['move-out.owner-not-confirmed']);
    expect(ids({ ...completeAgent(), ownerConfirmation: { at: after(30), consented: true } })).toEqual([]);
  });

  it('owner with several items likely moving: needs the assessment and a settled fee check', () => {
    const base = request('owner', {
      itemList: { at: after(1), items: [{ name: '纸箱', quantity: 1 }, { name: '床', quantity: 1 }] },
      identityCheck: { at: after(2), idDocument: '身份证', ownerRecordChecked: true },
      pass: pass('owner'),
    });
    expect(ids(base)).toEqual(['move-out.move-not-assessed']);
    const moving = { ...base, moveAssessment: { at: after(2), likelyMoving: true } };
    expect(ids(moving)).toEqual(['move-out.fees-not-settled']);
    expect(ids({ ...moving, feeChecks: [{ at: after(3), settled: false, by: '财务' }] })).toEqual(['move-out.fees-not-settled']);
    expect(ids({ ...moving, feeChecks: [{ at: after(3), settled: true, by: '财务' }] })).toEqual([]);
    expect(ids({ ...base, moveAssessment: { at: after(2), likelyMoving: false } })).toEqual([]);
    // one piece is a single item: no assessment needed; a policy of 3 makes 2 pieces single too
    expect(ids({ ...base, itemList: { at: after(1), items: [{ name: '床', quantity: 1 }] } })).toEqual([]);
    expect(ids(base, composePolicy(moveOutPacks.ZH, { 'moveOut.multipleItemsFrom': 3 }))).toEqual([]);
    const v = checkMoveOut(base, { asOf: AS_OF })[0]!;
    expect(v.data).toMatchObject({ pieces: 2, parameters: { 'moveOut.multipleItemsFrom': { value: 2, from: 'ZH', clause: 'WI/FW-020' } } });
  });

  it('owner without the owner records checked; contractor without the responsible person; a wrong signer', () => {
    const owner = request('owner', { itemList: { at: after(1), items: [{ name: '床', quantity: 1 }] }, identityCheck: { at: after(2), idDocument: '身份证', ownerRecordChecked: false }, pass: pass('owner') });
    expect(ids(owner)).toEqual(['move-out.owner-not-verified']);
    const contractor = request('contractor', { itemList: { at: after(1), items: [{ name: '余料', quantity: 30 }] }, pass: pass('contractor') });
    expect(ids(contractor)).toEqual(['move-out.contractor-not-verified']);
    expect(ids({ ...contractor, contractorCheck: { at: after(2), responsiblePerson: '陈工' } })).toEqual([]);
    expect(ids({ ...completeAgent(), pass: { ...pass('agent'), signerRole: 'owner' as const } })).toEqual(['move-out.wrong-signer']);
  });

  it('a pass whose requester was never identified: one violation, whatever else is on record', () => {
    const r = request(null, { itemList: { at: after(1), items: [{ name: '床', quantity: 1 }] }, pass: { ...pass('owner') } });
    expect(missingForPass(r)).toEqual(['requester']);
    expect(ids(r)).toEqual(['move-out.requester-not-identified']);
    expect(ids({ ...r, itemList: undefined })).toEqual(['move-out.items-not-listed', 'move-out.requester-not-identified']);
  });

  it('bad records are typed errors; a non-policy is INVALID_POLICY', () => {
    expect(() => checkMoveOut({ ...completeAgent(), pass: { ...pass('agent'), at: '2026-05-06' } }, { asOf: AS_OF })).toThrowError(expect.objectContaining({ code: 'INVALID_INSTANT' }));
    expect(() => checkMoveOut({ ...completeAgent(), itemList: { at: after(1), items: [{ name: '箱', quantity: 0 }] } }, { asOf: AS_OF })).toThrowError(expect.objectContaining({ code: 'INVALID_INPUT' }));
    expect(() => checkMoveOut(null as never, { asOf: AS_OF })).toThrowError(expect.objectContaining({ code: 'INVALID_INPUT' }));
    expect(() => checkMoveOut(completeAgent(), { asOf: AS_OF, policy: {} as never })).toThrowError(expect.objectContaining({ code: 'INVALID_POLICY' }));
  });

  it('the procedure lists every rule and the core parameters first', () => {
    expect(moveOutProcedure.parameters.slice(0, 2).map((p) => p.id)).toEqual(['core.zone', 'core.dayCounting']);
    expect(moveOutProcedure.rules.map((r) => r.id)).toEqual(Object.values(moveOutRules).map((r) => r.id));
    expect(moveOutProcedure.rules.length).toBe(10);
  });
});

describe('move-out properties', () => {
  const item = fc.record({ name: fc.constantFrom('箱', '床', '柜'), quantity: fc.integer({ min: 1, max: 20 }) });
  const record = fc
    .record({
      kind: fc.constantFrom<RequesterKind | null>(null, 'owner', 'agent', 'contractor'),
      items: fc.option(fc.array(item, { minLength: 1, maxLength: 4 }), { nil: undefined }),
      identity: fc.boolean(),
      ownerRecord: fc.boolean(),
      authorisation: fc.boolean(),
      consent: fc.option(fc.boolean(), { nil: undefined }),
      contractor: fc.boolean(),
      moving: fc.option(fc.boolean(), { nil: undefined }),
      fees: fc.array(fc.boolean(), { maxLength: 3 }),
      checkMinute: fc.integer({ min: 1, max: 59 }),
      passMinute: fc.integer({ min: 1, max: 59 }),
    })
    .map((f): MoveOutRequest => {
      const at = after(f.checkMinute);
      return request(f.kind, {
        ...(f.items ? { itemList: { at, items: f.items } } : {}),
        ...(f.identity ? { identityCheck: { at, idDocument: '身份证', ownerRecordChecked: f.ownerRecord } } : {}),
        ...(f.authorisation ? { authorisation: { at, reference: '委托书' } } : {}),
        ...(f.consent !== undefined ? { ownerConfirmation: { at, consented: f.consent } } : {}),
        ...(f.contractor ? { contractorCheck: { at, responsiblePerson: '陈工' } } : {}),
        ...(f.moving !== undefined ? { moveAssessment: { at, likelyMoving: f.moving } } : {}),
        ...(f.fees.length ? { feeChecks: f.fees.map((settled) => ({ at, settled, by: '财务' })) } : {}),
        pass: pass(f.kind ?? 'owner', after(f.passMinute)),
        hostNote: { keep: true },
      });
    });

  it('same input, same output; the deep-frozen record is unchanged', () => {
    fc.assert(
      fc.property(record, (r) => {
        const copy = structuredClone(r);
        const frozen = deepFreeze(structuredClone(r));
        expect(checkMoveOut(frozen, { asOf: AS_OF })).toEqual(checkMoveOut(frozen, { asOf: AS_OF }));
        expect(frozen).toEqual(copy);
      }),
      { numRuns: 300 },
    );
  });

  it('a record is clean exactly when no check is missing before the pass (and the owner did not refuse)', () => {
    fc.assert(
      fc.property(record, (r) => {
        const refused = r.requester.kind === 'agent' && r.ownerConfirmation?.consented === false;
        const clean = missingForPass(r, undefined, r.pass!.at).length === 0 && !refused;
        expect(checkMoveOut(r, { asOf: AS_OF }).length === 0).toBe(clean);
      }),
      { numRuns: 500 },
    );
  });

  it('adding a settled fee check never adds a violation; pieceCount is the sum', () => {
    fc.assert(
      fc.property(record, (r) => {
        const more = { ...r, feeChecks: [...(r.feeChecks ?? []), { at: r.requestedAt, settled: true, by: '财务' }] };
        const before = new Set(checkMoveOut(r, { asOf: AS_OF }).map((v) => v.ruleId));
        for (const v of checkMoveOut(more, { asOf: AS_OF })) expect(before.has(v.ruleId)).toBe(true);
        expect(pieceCount(r.itemList?.items ?? [])).toBe((r.itemList?.items ?? []).reduce((s, i) => s + i.quantity, 0));
      }),
      { numRuns: 300 },
    );
  });
});
