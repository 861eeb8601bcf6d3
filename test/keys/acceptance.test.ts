import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Policy } from '../../src/core/policy';
import { composePolicy, deepFreeze } from '../../src/core/policy';
import type { ConstructionKeyHandover } from '../../src/procedures/keys/index';
import { acceptConstructionKeys, keysPacks } from '../../src/procedures/keys/index';

const AT = '2026-05-06T09:30:00+08:00';
const batch = (overrides: Partial<ConstructionKeyHandover> = {}): ConstructionKeyHandover => ({
  id: 'KH-2026-05',
  handedOverAt: AT,
  from: '工程部（施工单位移交）',
  receivedBy: '客服中心 张丽',
  keys: [
    { category: 'vacant-unit', label: '5栋空置单元 0301', listed: 3, received: 3, tried: true },
    { category: 'show-flat', label: '样板房 A', listed: 2, received: 2, tried: true },
    { category: 'mailbox', label: '5栋信箱', listed: 48, received: 48, tried: true },
    { category: 'plant-room', label: '水泵房', listed: 2, received: 2, tried: true },
    { category: 'office', label: '管理处办公室', listed: 1, received: 1, tried: true },
  ],
  acceptance: { at: AT, handedOverSigned: true, receivedSigned: true },
  ...overrides,
});
const accept = (b: ConstructionKeyHandover, policy?: Policy) => acceptConstructionKeys(b, { asOf: AT, policy });

describe('acceptConstructionKeys (《客服制度》 钥匙管理规定 1)', () => {
  it('a complete batch of the five kinds is accepted, every checklist item done', () => {
    const a = accept(batch());
    expect(a.accepted).toBe(true);
    expect(a.checklist.map((i) => [i.id, i.done])).toEqual([['listed', true], ['counted', true], ['tried', true], ['signed', true]]);
    expect(a.checklist[0]!.source).toEqual({ document: '《客服制度》', clause: '钥匙管理规定 1' });
  });

  it('a count off by one, an untried key, a missing signature each refuse the acceptance', () => {
    const keys = batch().keys.map((k, i) => (i === 2 ? { ...k, received: 47 } : i === 3 ? { ...k, tried: false } : k));
    const a = accept(batch({ keys, acceptance: { at: AT, handedOverSigned: true, receivedSigned: false } }));
    expect(a.accepted).toBe(false);
    expect(a.violations.map((v) => v.ruleId)).toEqual(['keys.handover-count-mismatch', 'keys.handover-key-not-tried', 'keys.acceptance-unsigned']);
    expect(a.violations[0]!.data.lines).toEqual(['5栋信箱 47/48']);
    expect(a.checklist.filter((i) => !i.done).map((i) => i.id)).toEqual(['counted', 'tried', 'signed']);
    // more keys than listed is a mismatch too
    expect(accept(batch({ keys: [{ ...batch().keys[0]!, received: 4 }] })).accepted).toBe(false);
  });

  it('an empty list, or no acceptance record, is not accepted', () => {
    const empty = accept(batch({ keys: [] }));
    expect(empty.violations.map((v) => v.ruleId)).toEqual(['keys.handover-empty']);
    expect(empty.checklist.map((i) => i.done)).toEqual([false, false, false, true]);
    expect(accept(batch({ acceptance: undefined })).violations[0]!.data.missing).toEqual([{ field: 'acceptance', label: { 'zh-CN': '验收记录', en: 'acceptance record' } }]);
    const half = accept(batch({ acceptance: { at: AT, handedOverSigned: true, receivedSigned: false } })).violations[0]!;
    expect((half.data.missing as { field: string }[]).map((m) => m.field)).toEqual(['acceptance.receivedSigned']);
    expect(half.message['zh-CN']).toBe('钥匙批次 KH-2026-05 验收未签字：接收方签字。');
  });

  it('kinds outside keys.acceptedCategories are not checked', () => {
    const policy = composePolicy(keysPacks.RULES, { 'keys.acceptedCategories': ['mailbox'] });
    const keys = batch().keys.map((k) => (k.category === 'office' ? { ...k, tried: false } : k));
    expect(accept(batch({ keys }), policy).accepted).toBe(true);
    expect(accept(batch({ keys })).accepted).toBe(false);
  });

  it('bad input is a typed error; the batch is unchanged and host fields kept', () => {
    expect(() => accept(batch({ handedOverAt: '2026-05-06T09:30' }))).toThrowError(expect.objectContaining({ code: 'INVALID_INSTANT' }));
    expect(() => acceptConstructionKeys(batch(), undefined as never)).toThrowError(expect.objectContaining({ code: 'INVALID_INPUT' }));
    expect(() => acceptConstructionKeys(batch(), { asOf: 'now' })).toThrowError(expect.objectContaining({ code: 'INVALID_INSTANT' }));
    expect(() => accept({ ...batch(), keys: [{ category: 'garage', label: 'x', listed: 1, received: 1, tried: true }] } as never)).toThrowError(expect.objectContaining({ code: 'INVALID_INPUT' }));
    expect(() => accept({ ...batch(), keys: [{ ...batch().keys[0]!, listed: -1 }] })).toThrowError(expect.objectContaining({ code: 'INVALID_INPUT' }));
    const b = deepFreeze({ ...batch(), project: 'xx花地' });
    const copy = structuredClone(b);
    accept(b);
    expect(b).toEqual(copy);
  });

  it('accepted exactly when every line is counted right and tried, the list is not empty, and both signed', () => {
    const line = fc.record({ listed: fc.integer({ min: 0, max: 50 }), delta: fc.integer({ min: -1, max: 1 }), tried: fc.boolean() });
    fc.assert(
      fc.property(fc.array(line, { maxLength: 6 }), fc.boolean(), fc.boolean(), (lines, s1, s2) => {
        const keys = lines.map((l, i) => ({ category: 'mailbox' as const, label: `信箱${i}`, listed: l.listed, received: Math.max(0, l.listed + l.delta), tried: l.tried }));
        const a = accept(deepFreeze(batch({ keys, acceptance: { at: AT, handedOverSigned: s1, receivedSigned: s2 } })));
        const expected = keys.length > 0 && keys.every((k) => k.listed === k.received && k.tried) && s1 && s2;
        expect(a.accepted).toBe(expected);
        expect(a.accepted).toBe(a.checklist.every((i) => i.done));
      }),
      { numRuns: 300 },
    );
  });
});
