import { transition } from 'xstate';
import { describe, expect, it } from 'vitest';
import { persist } from '../../src/core/persistence';
import type { DeliveryEvent } from '../../src/procedures/delivery/index';
import { checkDelivery, deliveryMachine, deliveryReadiness, parseDeliveryEvent, restoreDelivery, startDelivery, stepDelivery } from '../../src/procedures/delivery/index';
import { day, fullTakeover, takeover } from './fixtures';

const latin = /[A-Za-z]/;
// Instants and quoted option names are data: what is left must be Chinese.
const words = (zh: string) => zh.replace(/\d{4}-\d{2}-\d{2}T[\d:.]+(Z|[+-]\d{2}:\d{2})?|"[^"]*"/g, '');

// The events that bring a takeover to the state taking each event type, and a malformed payload of it.
const MALFORMED: readonly [DeliveryEvent['type'], number, Record<string, unknown>][] = [
  ['SIGN_CONTRACT', 0, { copySets: '5' }],
  ['RECEIVE_DOCUMENTS', 1, { documents: ['passport'] }],
  ['INSPECT', 3, { departments: [] }],
  ['SIGN_CONFIRMATION', 4, { keysHandedOver: 'yes' }],
  ['ISSUE_HANDBOOKS', 5, { handbooks: 'user' }],
];

function after(n: number) {
  let [s] = startDelivery(takeover());
  for (const e of fullTakeover().slice(0, n)) [s] = transition(deliveryMachine, s, e);
  return s;
}

describe('delivery on the v1 contract', () => {
  it.each(MALFORMED)('a malformed %s is refused as invalid-event with the snapshot unchanged, and transition() throws nothing', (type, n, payload) => {
    const s = after(n);
    const event = { type, at: day(20), ...payload };
    const r = stepDelivery(s, event);
    expect(r.accepted).toBe(false);
    expect(r.snapshot).toBe(s);
    if (!r.accepted) {
      expect(r.refusal.kind).toBe('invalid-event');
      expect(r.refusal.error?.code).toBe('INVALID_INPUT');
      expect(words(r.refusal.reason['zh-CN'])).not.toMatch(latin);
    }
    const [next] = transition(deliveryMachine, s, event as never);
    expect(next.value).toBe(s.value);
    expect(next.context).toEqual(s.context);
    expect(() => parseDeliveryEvent(event)).toThrowError(expect.objectContaining({ code: 'INVALID_INPUT' }));
  });

  it("SIGN_CONTRACT with copySets: '5' is refused (it was accepted before the contract)", () => {
    const [s] = startDelivery(takeover());
    const r = stepDelivery(s, { type: 'SIGN_CONTRACT', at: day(0), copySets: '5' });
    expect(r.accepted).toBe(false);
    if (!r.accepted) expect(r.refusal.reason['zh-CN']).toContain('复印件套数');
    expect(transition(deliveryMachine, s, { type: 'SIGN_CONTRACT', at: day(0), copySets: '5' } as never)[0].context.record.contract).toBeUndefined();
  });

  it('a refused guarded step names the real guard and its clause', () => {
    const one = stepDelivery(after(0), { type: 'SIGN_CONTRACT', at: day(0), copySets: 1 });
    expect(one.accepted).toBe(false);
    if (!one.accepted) {
      expect(one.refusal).toMatchObject({ kind: 'guard', guard: 'contractWithCopies', source: { document: '《写字楼物业客服工作制度范例》', clause: '物业接管程序 1' } });
      expect(one.refusal.reason['zh-CN']).toBe('未满足：合同已签并备齐复印件套数（《写字楼物业客服工作制度范例》 物业接管程序 1）');
    }
    const partial = stepDelivery(after(3), { type: 'INSPECT', at: day(8), departments: ['security'] });
    expect(partial.accepted).toBe(false);
    if (!partial.accepted) expect(partial.refusal).toMatchObject({ kind: 'guard', guard: 'jointInspection', source: { clause: '物业接管程序 3' } });
    const early = stepDelivery(after(0), { type: 'ISSUE_HANDBOOKS', at: day(1), handbooks: ['user'] });
    expect(early.accepted).toBe(false);
    if (!early.accepted) expect(early.refusal.kind).toBe('not-in-state');
  });

  it('stores every instant in the policy zone: a UTC event is written as +08:00', () => {
    const s = after(0);
    const r = stepDelivery(s, { type: 'SIGN_CONTRACT', at: '2026-03-02T02:00:00Z', copySets: 2 });
    expect(r.accepted).toBe(true);
    const d = stepDelivery(r.snapshot, { type: 'RECEIVE_DOCUMENTS', at: '2026-03-03T00:30:00.000Z', documents: ['businessLicence'] });
    expect(d.accepted && d.snapshot.context.record.contract).toEqual({ signedAt: '2026-03-02T10:00:00+08:00', copySets: 2 });
    expect(d.accepted && d.snapshot.context.record.documents).toEqual({ businessLicence: '2026-03-03T08:30:00+08:00' });
    expect(d.accepted && d.snapshot.context.lastEventAt).toBe('2026-03-03T08:30:00+08:00');
  });

  it('checkDelivery honours asOf: a later step dated after asOf has not happened yet', () => {
    const r = takeover({ inspection: { at: day(8), departments: ['customerService', 'security', 'engineering'] } });
    expect(checkDelivery(r, { asOf: '2026-03-10T09:59:59+08:00' })).toEqual([]);
    expect(checkDelivery(r, { asOf: day(8) }).map((v) => v.ruleId)).toEqual(['delivery.takeover-contract', 'delivery.takeover-documents']);
    const early = takeover({ contract: { signedAt: day(0), copySets: 2 }, documents: { businessLicence: day(9) }, inspection: { at: day(8), departments: ['customerService', 'security', 'engineering'] } });
    // at day 8 no document is on record yet; at day 9 one is, dated after the inspection
    expect(checkDelivery(early, { asOf: day(8) }).map((v) => v.data.missing).flat()).toHaveLength(3);
    expect(checkDelivery(early, { asOf: day(9) }).map((v) => v.ruleId)).toEqual(['delivery.takeover-documents', 'delivery.takeover-out-of-order']);
    expect(() => checkDelivery(r, {} as never)).toThrowError(expect.objectContaining({ code: 'INVALID_INPUT' }));
    expect(() => checkDelivery(r, { asOf: '2026-03-10' })).toThrowError(expect.objectContaining({ code: 'INVALID_INSTANT' }));
  });

  it('a version-1 envelope of the former machine id `takeover` restores as the delivery machine', () => {
    const record = { ...takeover(), contract: { signedAt: day(0), copySets: 2 } };
    const v1 = { machine: 'takeover', version: 1, snapshot: { status: 'active', value: 'collectingDocuments', context: { record, lastEventAt: day(0) } } };
    const restored = restoreDelivery(JSON.stringify(v1));
    expect(restored.value).toBe('collectingDocuments');
    expect(restored.context).toEqual({ record, lastEventAt: day(0), deadlines: [], violations: [], checkedAt: null });
    const next = stepDelivery(restored, fullTakeover()[1]!);
    expect(next.accepted).toBe(true);
    expect(persist(next.snapshot)).toMatchObject({ machine: 'delivery', version: 2 });
    expect(restoreDelivery(persist(next.snapshot)).context).toEqual(next.snapshot.context);
    expect(() => restoreDelivery({ ...v1, machine: 'parking' })).toThrowError(expect.objectContaining({ code: 'INVALID_SNAPSHOT' }));
  });

  it('the errors of deliveryReadiness and the rule texts read in Chinese', () => {
    try {
      deliveryReadiness('2026-09-01', { moveIns: [{ customer: '', date: '2026-09-05' }] });
      expect.unreachable();
    } catch (error) {
      expect((error as { text: { 'zh-CN': string } }).text['zh-CN']).toMatch(/^交付时间节点记录无效：乔迁记录第1项的客户/);
    }
    for (const date of ['2026-02-30', { toString: () => { throw new Error('boom'); } }, Symbol('d')]) {
      expect(() => deliveryReadiness(date as never, {})).toThrowError(expect.objectContaining({ code: 'INVALID_INPUT', text: expect.objectContaining({ 'zh-CN': expect.stringMatching(/^交付日期无效/) }) }));
    }
    const [done] = fullTakeover().reduce((s, e) => transition(deliveryMachine, s[0], e), startDelivery(takeover()));
    const broken = { ...done.context.record, confirmation: { at: day(10), keysHandedOver: false } };
    for (const v of checkDelivery(broken, { asOf: day(20) })) expect(v.message['zh-CN'].replace(/T-[\d-]+/, '')).not.toMatch(latin);
  });
});
