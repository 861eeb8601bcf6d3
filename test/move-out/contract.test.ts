import { transition } from 'xstate';
import { describe, expect, it } from 'vitest';
import { persist } from '../../src/core/persistence';
import type { MoveOutEvent } from '../../src/procedures/move-out/index';
import { checkMoveOut, moveOutMachine, parseMoveOutEvent, restoreMoveOut, startMoveOut, stepMoveOut } from '../../src/procedures/move-out/index';
import { after, agentSingleItem, request } from './fixtures';

const latin = /[A-Za-z]/;
// Instants and quoted option names are data: what is left must be Chinese.
const words = (zh: string) => zh.replace(/\d{4}-\d{2}-\d{2}T[\d:.]+(Z|[+-]\d{2}:\d{2})?|"[^"]*"/g, '');

// The snapshot a case is in just before each event type is taken, and a malformed payload of it.
const MALFORMED: readonly [MoveOutEvent['type'], MoveOutEvent[], Record<string, unknown>][] = [
  ['ITEMS_LISTED', [], { items: 'sofa' }],
  ['MOVE_ASSESSED', [{ type: 'ITEMS_LISTED', at: after(1), items: [{ name: '箱', quantity: 3 }] }], { likelyMoving: 'yes' }],
  ['FEES_CHECKED', [{ type: 'ITEMS_LISTED', at: after(1), items: [{ name: '箱', quantity: 3 }] }, { type: 'MOVE_ASSESSED', at: after(2), likelyMoving: true }], { settled: true }],
  ['OWNER_VERIFIED', [{ type: 'ITEMS_LISTED', at: after(1), items: [{ name: '箱', quantity: 1 }] }], { idDocument: '' }],
  ['AGENT_DOCUMENTS_CHECKED', [{ type: 'ITEMS_LISTED', at: after(1), items: [{ name: '箱', quantity: 1 }] }], { idDocument: '身份证' }],
  ['OWNER_PHONED', agentSingleItem().slice(0, 2), { consented: 'no' }],
  ['CONTRACTOR_VERIFIED', [{ type: 'ITEMS_LISTED', at: after(1), items: [{ name: '余料', quantity: 9 }], contractor: true }], { responsiblePerson: 7 }],
  ['PASS_SIGNED', agentSingleItem().slice(0, 3), { passNo: 'P-1', signedBy: '李四' }],
  ['WITHDRAW', [], { at: '2026-05-06 09:40' }],
];

function before(events: readonly MoveOutEvent[]) {
  let [s] = startMoveOut(request(null));
  for (const e of events) [s] = transition(moveOutMachine, s, e);
  return s;
}

describe('move-out on the v1 contract', () => {
  it.each(MALFORMED)('a malformed %s is refused as invalid-event with the snapshot unchanged, and transition() throws nothing', (type, path, payload) => {
    const s = before(path);
    const event = { type, at: after(30), ...payload };
    const r = stepMoveOut(s, event);
    expect(r.accepted).toBe(false);
    expect(r.snapshot).toBe(s);
    if (!r.accepted) {
      expect(r.refusal.kind).toBe('invalid-event');
      expect(r.refusal.error?.code).toMatch(/^INVALID_(INPUT|INSTANT)$/);
      expect(words(r.refusal.reason['zh-CN'])).not.toMatch(latin);
    }
    const [next] = transition(moveOutMachine, s, event as never);
    expect(next.value).toBe(s.value);
    expect(next.context).toEqual(s.context);
    expect(() => parseMoveOutEvent(event)).toThrowError(expect.objectContaining({ code: expect.stringMatching(/^INVALID_/) }));
  });

  it("ITEMS_LISTED with items: 'sofa' is a typed refusal naming the items in Chinese", () => {
    const [s] = startMoveOut(request('owner'));
    const r = stepMoveOut(s, { type: 'ITEMS_LISTED', at: after(1), items: 'sofa' });
    expect(r.accepted).toBe(false);
    if (!r.accepted) expect(r.refusal.reason['zh-CN']).toContain('物品');
  });

  it('a refused guarded step names the real guard and its clause', () => {
    // An owner bringing a contractor's items: the kind recorded up front is the reason.
    const [owner] = startMoveOut(request('owner'));
    const contractor = stepMoveOut(owner, { type: 'ITEMS_LISTED', at: after(1), items: [{ name: '余料', quantity: 9 }], contractor: true });
    expect(contractor.accepted).toBe(false);
    if (!contractor.accepted) {
      expect(contractor.refusal).toMatchObject({ kind: 'guard', guard: 'contractorRequester', source: { document: '《服务中心工作手册》', clause: 'WI/FW-020' } });
      expect(contractor.refusal.reason['zh-CN']).toContain('施工单位物品由装修责任人办理');
      expect(contractor.refusal.reason['zh-CN']).not.toContain('contractorRequester');
    }
    // A non-owner showing the owner's own ID only.
    const listed = stepMoveOut(startMoveOut(request('agent'))[0], { type: 'ITEMS_LISTED', at: after(1), items: [{ name: '床', quantity: 1 }] });
    expect(listed.accepted).toBe(true);
    const asOwner = stepMoveOut(listed.snapshot, { type: 'OWNER_VERIFIED', at: after(2), idDocument: '身份证' });
    expect(asOwner.accepted).toBe(false);
    if (!asOwner.accepted) expect(asOwner.refusal).toMatchObject({ kind: 'guard', guard: 'isOwner', source: { clause: 'WI/FW-020' } });
    // A signing state forged without the checks: canIssue, with the QR-005 pass's clause.
    const forged = moveOutMachine.resolveState({ value: 'signing', context: startMoveOut(request('agent'))[0].context });
    const pass = stepMoveOut(forged, { type: 'PASS_SIGNED', at: after(3), passNo: 'P-9', signedBy: 'x', issuedBy: 'y' });
    expect(pass.accepted).toBe(false);
    if (!pass.accepted) expect(pass.refusal).toMatchObject({ kind: 'guard', guard: 'canIssue', source: { clause: 'WI/FW-020' } });
  });

  it('stores every instant in the policy zone: a UTC event is written as +08:00', () => {
    let [s] = startMoveOut(request('owner', { requestedAt: '2026-05-06T01:30:00Z' }));
    expect(s.context.lastEventAt).toBe('2026-05-06T09:30:00+08:00');
    for (const e of [
      { type: 'ITEMS_LISTED', at: '2026-05-06T01:31:00Z', items: [{ name: '床', quantity: 1 }] },
      { type: 'OWNER_VERIFIED', at: '2026-05-06T01:32:00.000Z', idDocument: '身份证' },
      { type: 'PASS_SIGNED', at: '2026-05-06T03:33:00+02:00', passNo: 'P-1', signedBy: '王建国', issuedBy: '张丽' },
    ]) {
      const r = stepMoveOut(s, e);
      expect(r.accepted).toBe(true);
      s = r.snapshot;
    }
    const r = s.context.record;
    expect(r.itemList?.at).toBe('2026-05-06T09:31:00+08:00');
    expect(r.identityCheck?.at).toBe('2026-05-06T09:32:00+08:00');
    expect(r.pass?.at).toBe('2026-05-06T09:33:00+08:00');
    expect(s.context.lastEventAt).toBe('2026-05-06T09:33:00+08:00');
    expect(r.requestedAt).toBe('2026-05-06T01:30:00Z'); // the host's own intake is kept as given
  });

  it('checkMoveOut honours asOf: a pass not yet issued at asOf is not judged; after it, it is', () => {
    const bare = request('agent', { pass: { at: after(30), passNo: 'P-7', signedBy: '李四', signerRole: 'requester', issuedBy: '张丽' } });
    expect(checkMoveOut(bare, { asOf: after(29) })).toEqual([]);
    expect(checkMoveOut(bare, { asOf: after(30) }).map((v) => v.ruleId)).toEqual(['move-out.items-not-listed', 'move-out.agent-documents-missing', 'move-out.owner-not-confirmed']);
    expect(() => checkMoveOut(bare, {} as never)).toThrowError(expect.objectContaining({ code: 'INVALID_INPUT' }));
    expect(() => checkMoveOut(bare, undefined as never)).toThrowError(expect.objectContaining({ code: 'INVALID_INPUT' }));
  });

  it('data.missing is MissingField[] and rule texts are Chinese', () => {
    const bare = request('agent', { pass: { at: after(30), passNo: 'P-7', signedBy: '李四', signerRole: 'owner', issuedBy: '张丽' } });
    const vs = checkMoveOut(bare, { asOf: after(40) });
    const docs = vs.find((v) => v.ruleId === 'move-out.agent-documents-missing')!;
    expect(docs.data.missing).toEqual([
      { field: 'identityCheck', label: { 'zh-CN': '身份证件', en: 'ID document' } },
      { field: 'authorisation', label: { 'zh-CN': '业主委托书', en: "owner's authorisation" } },
    ]);
    for (const v of vs) expect(v.message['zh-CN'].replace(/P-7|MO-[\d-]+/g, '')).not.toMatch(latin);
  });

  it('a version-1 envelope ({ record, lastEventAt }) restores into the shared case context', () => {
    const [s] = startMoveOut(request('owner'));
    const record = { ...s.context.record, itemList: { at: after(1), items: [{ name: '床', quantity: 1 }] } };
    const v1 = { machine: 'move-out', version: 1, snapshot: { status: 'active', value: 'verifyingIdentity', context: { record, lastEventAt: after(1) } } };
    const restored = restoreMoveOut(JSON.stringify(v1));
    expect(restored.value).toBe('verifyingIdentity');
    expect(restored.context).toEqual({ record, lastEventAt: after(1), deadlines: [], violations: [], checkedAt: null });
    const next = stepMoveOut(restored, { type: 'OWNER_VERIFIED', at: after(2), idDocument: '身份证' });
    expect(next.accepted && next.snapshot.value).toBe('signing');
    expect(persist(next.snapshot).version).toBe(2);
  });
});
