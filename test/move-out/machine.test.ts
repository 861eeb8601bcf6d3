import { transition } from 'xstate';
import { describe, expect, it } from 'vitest';
import { composePolicy, deepFreeze } from '../../src/core/policy';
import type { MoveOutEvent, MoveOutRequest } from '../../src/procedures/move-out/index';
import { checkMoveOut, createMoveOutMachine, moveOutMachine, moveOutPacks, parseMoveOutEvent, startMoveOut } from '../../src/procedures/move-out/index';
import { AS_OF, after, agentSingleItem, ownerMovingOut, request } from './fixtures';

function run(input: MoveOutRequest, events: MoveOutEvent[], machine = moveOutMachine) {
  let [snapshot] = startMoveOut(input, machine);
  const values: string[] = [String(snapshot.value)];
  for (const e of events) {
    [snapshot] = transition(machine, snapshot, e);
    values.push(String(snapshot.value));
  }
  return { snapshot, values };
}

describe('move-out machine (《服务中心工作手册》 WI/FW-020)', () => {
  it('owner, one item: identity verified → pass signed by the owner', () => {
    const { snapshot, values } = run(request('owner'), [
      { type: 'ITEMS_LISTED', at: after(1), items: [{ name: '旧冰箱', quantity: 1 }] },
      { type: 'OWNER_VERIFIED', at: after(2), idDocument: '身份证' },
      { type: 'PASS_SIGNED', at: after(3), passNo: 'P-1', signedBy: '王建国', issuedBy: '张丽' },
    ]);
    expect(values).toEqual(['listingItems', 'verifyingIdentity', 'signing', 'issued']);
    expect(snapshot.status).toBe('done');
    expect(snapshot.context.record.pass).toEqual({ at: after(3), passNo: 'P-1', signedBy: '王建国', signerRole: 'owner', issuedBy: '张丽' });
    expect(checkMoveOut(snapshot.context.record, { asOf: AS_OF })).toEqual([]);
  });

  it('non-owner: ID + authorisation, items, owner phoned and agrees → pass signed by the requester', () => {
    const { snapshot, values } = run(request('agent'), agentSingleItem(true));
    expect(values).toEqual(['listingItems', 'verifyingIdentity', 'confirmingWithOwner', 'signing', 'issued']);
    expect(snapshot.context.record.pass?.signerRole).toBe('requester');
    expect(snapshot.context.record.authorisation).toEqual({ at: after(3), reference: '业主委托书 2026-05-05' });
    expect(checkMoveOut(snapshot.context.record, { asOf: AS_OF })).toEqual([]);
  });

  it('non-owner: the owner refuses → refused, and no later event issues a pass', () => {
    const events = agentSingleItem(false);
    const { snapshot, values } = run(request('agent'), events);
    expect(values).toEqual(['listingItems', 'verifyingIdentity', 'confirmingWithOwner', 'refused', 'refused']);
    expect(snapshot.context.record.pass).toBeUndefined();
    expect(snapshot.context.record.refusal).toEqual({ at: after(6), reason: 'owner-refused' });
  });

  it("a contractor's items: the renovation responsible person verified → pass; no move assessment even for many pieces", () => {
    const { snapshot, values } = run(request('contractor'), [
      { type: 'ITEMS_LISTED', at: after(1), items: [{ name: '电锤', quantity: 2 }, { name: '余料', quantity: 20 }] },
      { type: 'CONTRACTOR_VERIFIED', at: after(2), responsiblePerson: '陈工', permitNo: '装-2026-031' },
      { type: 'PASS_SIGNED', at: after(3), passNo: 'P-2', signedBy: '陈工', issuedBy: '张丽' },
    ]);
    expect(values).toEqual(['listingItems', 'verifyingContractor', 'signing', 'issued']);
    expect(snapshot.context.record.pass?.signerRole).toBe('renovation-responsible');
    expect(snapshot.context.record.moveAssessment).toBeUndefined();
  });

  it('several items that look like a move-out: finance must confirm the fees settled before identity and pass', () => {
    const { snapshot, values } = run(request('owner'), ownerMovingOut());
    expect(values).toEqual(['listingItems', 'assessingMove', 'checkingFees', 'checkingFees', 'verifyingIdentity', 'signing', 'issued']);
    expect(snapshot.context.record.feeChecks).toEqual([
      { at: after(5), settled: false, by: '财务 周敏' },
      { at: after(20), settled: true, by: '财务 周敏' },
    ]);
    expect(checkMoveOut(snapshot.context.record, { asOf: AS_OF })).toEqual([]);
  });

  it('several items not looking like a move-out go straight to the identity check', () => {
    const { values } = run(request('agent'), [
      { type: 'ITEMS_LISTED', at: after(1), items: [{ name: '花盆', quantity: 3 }] },
      { type: 'MOVE_ASSESSED', at: after(2), likelyMoving: false },
    ]);
    expect(values).toEqual(['listingItems', 'assessingMove', 'verifyingIdentity']);
  });

  it('boundary of “多件”: 1 piece is single, 2 pieces are several (default); a policy may raise it', () => {
    const listed = (quantity: number, machine = moveOutMachine) => run(request('owner'), [{ type: 'ITEMS_LISTED', at: after(1), items: [{ name: '箱', quantity }] }], machine).snapshot.value;
    expect(listed(1)).toBe('verifyingIdentity');
    expect(listed(2)).toBe('assessingMove');
    const five = createMoveOutMachine({ policy: composePolicy(moveOutPacks.ZH, { 'moveOut.multipleItemsFrom': 5 }) });
    expect(listed(4, five)).toBe('verifyingIdentity');
    expect(listed(5, five)).toBe('assessingMove');
  });

  it('refuses out-of-order events, events of the wrong requester kind, and a pass before the checks', () => {
    let [s] = startMoveOut(request('agent'));
    [s] = transition(moveOutMachine, s, { type: 'ITEMS_LISTED', at: '2026-05-06T09:00:00+08:00', items: [{ name: 'x', quantity: 1 }] });
    expect(s.value).toBe('listingItems');
    [s] = transition(moveOutMachine, s, { type: 'ITEMS_LISTED', at: after(1), items: [{ name: 'x', quantity: 1 }] });
    [s] = transition(moveOutMachine, s, { type: 'OWNER_VERIFIED', at: after(2), idDocument: '身份证' });
    expect(s.value).toBe('verifyingIdentity');
    [s] = transition(moveOutMachine, s, { type: 'PASS_SIGNED', at: after(2), passNo: 'P', signedBy: 'x', issuedBy: 'y' });
    expect(s.value).toBe('verifyingIdentity');
    expect(s.context.record.pass).toBeUndefined();
  });

  it('a requester of unknown kind is recorded by the documents shown or the contractor items', () => {
    const owner = run(request(null), [
      { type: 'ITEMS_LISTED', at: after(1), items: [{ name: '旧冰箱', quantity: 1 }] },
      { type: 'OWNER_VERIFIED', at: after(2), idDocument: '身份证' },
      { type: 'PASS_SIGNED', at: after(3), passNo: 'P-1', signedBy: '王建国', issuedBy: '张丽' },
    ]);
    expect(owner.values).toEqual(['listingItems', 'verifyingIdentity', 'signing', 'issued']);
    expect(owner.snapshot.context.record.requester).toEqual({ name: '来客', kind: 'owner', phone: '13800000000' });
    const agent = run(request(null), agentSingleItem(true));
    expect(agent.snapshot.context.record.requester.kind).toBe('agent');
    expect(agent.snapshot.context.record.pass?.signerRole).toBe('requester');
    const contractor = run(request(null), [{ type: 'ITEMS_LISTED', at: after(1), items: [{ name: '余料', quantity: 9 }], contractor: true }]);
    expect(contractor.values).toEqual(['listingItems', 'verifyingContractor']);
    expect(contractor.snapshot.context.record.requester.kind).toBe('contractor');
  });

  it('a kind given up front is enforced: an owner cannot pass as a non-owner or bring contractor items', () => {
    const wrongDocs = run(request('owner'), [
      { type: 'ITEMS_LISTED', at: after(1), items: [{ name: '床', quantity: 1 }] },
      { type: 'AGENT_DOCUMENTS_CHECKED', at: after(2), idDocument: '身份证', authorisation: '委托书' },
    ]);
    expect(wrongDocs.values).toEqual(['listingItems', 'verifyingIdentity', 'verifyingIdentity']);
    const contractorItems = run(request('owner'), [{ type: 'ITEMS_LISTED', at: after(1), items: [{ name: '余料', quantity: 9 }], contractor: true }]);
    expect(contractorItems.values).toEqual(['listingItems', 'listingItems']);
    const agentAsOwner = run(request('agent'), [
      { type: 'ITEMS_LISTED', at: after(1), items: [{ name: '床', quantity: 1 }] },
      { type: 'OWNER_VERIFIED', at: after(2), idDocument: '身份证' },
    ]);
    expect(agentAsOwner.values).toEqual(['listingItems', 'verifyingIdentity', 'verifyingIdentity']);
  });

  it('WITHDRAW ends an open request', () => {
    const { snapshot } = run(request('owner'), [...ownerMovingOut().slice(0, 3), { type: 'WITHDRAW', at: after(9) }]);
    expect(snapshot.value).toBe('withdrawn');
    expect(snapshot.context.record.withdrawnAt).toBe(after(9));
  });

  it('keeps the host request untouched (deep-frozen) and its extra fields in the record', () => {
    const input = deepFreeze({ ...request('agent'), crmId: 'CRM-77', requester: { name: '李四', kind: 'agent' as const, wechat: 'li4' } });
    const copy = structuredClone(input);
    const { snapshot } = run(input, agentSingleItem(true));
    expect(input).toEqual(copy);
    expect(snapshot.context.record).toMatchObject({ crmId: 'CRM-77', requester: { wechat: 'li4' } });
  });
});

describe('move-out input errors are typed', () => {
  it.each([
    ['no id', { ...request(), id: '' }, 'INVALID_INPUT'],
    ['an unknown requester kind', { ...request(), requester: { name: '王', kind: 'tenant' } }, 'INVALID_INPUT'],
    ['an instant without offset', { ...request(), requestedAt: '2026-05-06 09:30' }, 'INVALID_INSTANT'],
    ['an impossible date', { ...request(), requestedAt: '2026-02-30T09:30:00+08:00' }, 'INVALID_INSTANT'],
    ['handling fields on a new request', { ...request(), pass: { at: after(1), passNo: 'P', signedBy: 'x', signerRole: 'owner', issuedBy: 'y' } }, 'INVALID_INPUT'],
    ['not an object', 'MO-1', 'INVALID_INPUT'],
  ])('%s', (_name, input, code) => {
    expect(() => startMoveOut(input as MoveOutRequest)).toThrowError(expect.objectContaining({ code }));
  });

  it('no input at all', () => {
    expect(() => startMoveOut(undefined as unknown as MoveOutRequest)).toThrowError(expect.objectContaining({ code: 'INVALID_INPUT' }));
  });

  it('parseMoveOutEvent returns a valid event unchanged and types bad ones', () => {
    const e = { type: 'WITHDRAW', at: after(1), note: 'extra' };
    expect(parseMoveOutEvent(e)).toBe(e);
    expect(() => parseMoveOutEvent({ type: 'WITHDRAW', at: '2026-05-06 09:31' })).toThrowError(expect.objectContaining({ code: 'INVALID_INSTANT' }));
    expect(() => parseMoveOutEvent({ type: 'ITEMS_LISTED', at: after(1), items: [] })).toThrowError(expect.objectContaining({ code: 'INVALID_INPUT' }));
    expect(() => parseMoveOutEvent({ type: 'ITEMS_LISTED', at: after(1), items: [{ name: '箱', quantity: 1.5 }] })).toThrowError(expect.objectContaining({ code: 'INVALID_INPUT' }));
  });

  it('a machine built with a non-policy is INVALID_POLICY', () => {
    expect(() => createMoveOutMachine({ policy: { 'moveOut.multipleItemsFrom': 3 } as never })).toThrowError(expect.objectContaining({ code: 'INVALID_POLICY' }));
    expect(() => composePolicy(moveOutPacks.ZH, { 'moveOut.multipleItemsFrom': 1 })).toThrowError(expect.objectContaining({ code: 'INVALID_POLICY' }));
  });
});
