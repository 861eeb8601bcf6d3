import fc from 'fast-check';
import { keysDocs } from '../../src/procedures/keys/docs';
import { describe, expect, it } from 'vitest';
import type { Policy } from '../../src/core/policy';
import { composePolicy, deepFreeze } from '../../src/core/policy';
import type { KeyCustody } from '../../src/procedures/keys/index';
import { checkKeys, isRegistrationOnly, keysPacks, keysProcedure } from '../../src/procedures/keys/index';

const AT = '2026-05-06T09:30:00+08:00';
const handover = { at: AT, handedBy: '王建国', receivedBy: '张丽', customerSigned: true, staffSigned: true };
const custody = (overrides: Partial<KeyCustody> = {}): KeyCustody => ({
  id: 'K-2026-01',
  unit: '3栋1201',
  owner: '王建国',
  purpose: 'custody',
  specialReason: '业主出国半年，委托定期开窗通风',
  receivedAt: AT,
  handover,
  agreement: { at: AT, reference: 'QR-006 No.0031' },
  keeper: '客服主管 陈静',
  uses: [{ at: '2026-05-20T10:00:00+08:00', by: '保洁 刘梅', purpose: '开窗通风', returnedAt: '2026-05-20T10:40:00+08:00' }],
  ...overrides,
});
const check = (r: KeyCustody, policy?: Policy) => checkKeys(r, { asOf: AT, policy });
const ids = (r: KeyCustody, policy?: Policy) => check(r, policy).map((v) => v.ruleId);

describe('checkKeyCustody (《物业客户服务类服务标准表》 客户物品代管 1)', () => {
  it('a complete custody record passes', () => {
    expect(check(custody())).toEqual([]);
  });

  it('in principle no custody: custody without a special reason is a warning', () => {
    const [v] = check(custody({ specialReason: '  ' }));
    expect(v).toMatchObject({ ruleId: 'keys.custody-without-special-reason', severity: 'warning', source: { document: '《物业客户服务类服务标准表》', clause: '客户物品代管 1' } });
  });

  it('custody: hand-over signed by both, agreement, keeper, every use logged', () => {
    expect(ids(custody({ handover: undefined, agreement: undefined, keeper: undefined }))).toEqual(['keys.handover-not-signed', 'keys.agreement-missing', 'keys.keeper-missing']);
    const [v] = check(custody({ handover: { ...handover, customerSigned: false } }));
    expect(v!.data.missing).toEqual([{ field: 'handover.customerSigned', label: { 'zh-CN': '客户签字', en: 'customer signature' } }]);
    expect(v!.message['zh-CN']).toBe('钥匙 K-2026-01（3栋1201）交接手续不全：客户签字。');
    const uses = [{ at: AT, by: '刘梅', purpose: '通风' }, { at: AT, by: '刘梅' }, { at: AT, purpose: '查水表' }];
    const logged = check(custody({ uses }));
    expect(logged.map((x) => x.ruleId)).toEqual(['keys.use-not-logged']);
    expect(logged[0]!.data.uses).toEqual([1, 2]);
  });

  it('a key left for a repair or gas connection: registration, not an agreement', () => {
    for (const purpose of ['repair', 'gas-connection'] as const) {
      const base = custody({ purpose, specialReason: undefined, agreement: undefined });
      expect(ids(base)).toEqual(['keys.registration-missing']);
      expect(ids({ ...base, registration: { at: AT, by: '张丽' } })).toEqual([]);
      expect(ids({ ...base, agreement: { at: AT, reference: 'QR-006' } })).toEqual([]);
    }
  });

  it('a policy that drops gas connection from the exception makes it custody again', () => {
    const policy = composePolicy(keysPacks.STD, { 'keys.registrationOnlyPurposes': ['repair'] });
    expect(isRegistrationOnly('gas-connection', policy)).toBe(false);
    const r = custody({ purpose: 'gas-connection', specialReason: undefined, agreement: undefined, registration: { at: AT, by: '张丽' } });
    expect(ids(r, policy)).toEqual(['keys.custody-without-special-reason', 'keys.agreement-missing']);
    expect(check(r, policy)[1]!.data.parameters).toEqual({ 'keys.registrationOnlyPurposes': { value: ['repair'], from: 'override' } });
    expect(() => composePolicy(keysPacks.STD, { 'keys.registrationOnlyPurposes': ['custody'] })).toThrowError(expect.objectContaining({ code: 'INVALID_POLICY' }));
  });

  it('asOf is required and checked, and changes nothing (the standard sets no time limit)', () => {
    const r = custody({ keeper: undefined });
    expect(() => checkKeys(r, undefined as never)).toThrowError(expect.objectContaining({ code: 'INVALID_INPUT' }));
    expect(() => checkKeys(r, {} as never)).toThrowError(expect.objectContaining({ code: 'INVALID_INPUT' }));
    expect(() => checkKeys(r, { asOf: '2026-05-06' })).toThrowError(expect.objectContaining({ code: 'INVALID_INSTANT' }));
    expect(() => checkKeys(r, { asOf: AT, calendar: {} as never })).toThrowError(expect.objectContaining({ code: 'INVALID_INPUT' }));
    expect(checkKeys(r, { asOf: '2020-01-01T00:00:00+08:00' })).toEqual(checkKeys(r, { asOf: '2030-01-01T00:00:00Z' }));
    expect(keysDocs.readings.some((t) => t.en.includes('no time limit') || t.en.includes('has a time limit'))).toBe(true);
  });

  it('error texts in Chinese name the field in Chinese', () => {
    try {
      check({ ...custody(), purpose: 'storage' } as never);
      expect.unreachable();
    } catch (e) {
      const zh = (e as { text: { 'zh-CN': string } }).text['zh-CN'];
      expect(zh).toContain('用途');
      expect(zh.replace(/"[^"]*"/g, '')).not.toMatch(/[A-Za-z]{3,}/);
    }
  });

  it('bad input is a typed error; host fields are kept and nothing is changed', () => {
    expect(() => check(custody({ receivedAt: '2026-05-06' }))).toThrowError(expect.objectContaining({ code: 'INVALID_INSTANT' }));
    expect(() => check({ ...custody(), purpose: 'storage' } as never)).toThrowError(expect.objectContaining({ code: 'INVALID_INPUT' }));
    expect(() => check(undefined as never)).toThrowError(expect.objectContaining({ code: 'INVALID_INPUT' }));
    expect(() => check(custody(), { values: {} } as never)).toThrowError(expect.objectContaining({ code: 'INVALID_POLICY' }));
    const r = deepFreeze({ ...custody(), cabinetSlot: 'A-12' });
    const copy = structuredClone(r);
    check(r);
    expect(r).toEqual(copy);
  });

  it('same input, same output; every violation cites the clause; a fuller record never has more violations', () => {
    const record = fc.record({
      purpose: fc.constantFrom('custody' as const, 'repair' as const, 'gas-connection' as const),
      reason: fc.boolean(),
      handover: fc.option(fc.record({ c: fc.boolean(), s: fc.boolean() }), { nil: undefined }),
      agreement: fc.boolean(),
      registration: fc.boolean(),
      keeper: fc.boolean(),
      uses: fc.array(fc.record({ by: fc.boolean(), purpose: fc.boolean() }), { maxLength: 4 }),
    });
    type Facts = typeof record extends fc.Arbitrary<infer T> ? T : never;
    const build = (f: Facts): KeyCustody => ({
      id: 'K', unit: '1-101', owner: '王', purpose: f.purpose, receivedAt: AT,
      ...(f.reason ? { specialReason: '出国' } : {}),
      ...(f.handover ? { handover: { ...handover, customerSigned: f.handover.c, staffSigned: f.handover.s } } : {}),
      ...(f.agreement ? { agreement: { at: AT, reference: 'A' } } : {}),
      ...(f.registration ? { registration: { at: AT, by: '张' } } : {}),
      ...(f.keeper ? { keeper: '陈' } : {}),
      uses: f.uses.map((u) => ({ at: AT, ...(u.by ? { by: '刘' } : {}), ...(u.purpose ? { purpose: '修' } : {}) })),
    });
    fc.assert(
      fc.property(record, (f) => {
        const r = deepFreeze(build(f));
        const out = check(r);
        expect(check(r)).toEqual(out);
        for (const v of out) expect(v.source.clause).toBe('客户物品代管 1');
        const fuller = { ...r, specialReason: '出国', handover, agreement: { at: AT, reference: 'A' }, keeper: '陈' };
        expect(check(fuller).length).toBeLessThanOrEqual(out.length);
        expect(check(fuller).every((v) => v.ruleId === 'keys.use-not-logged')).toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  it('the procedure lists the core parameters first and has no machine', () => {
    expect(keysProcedure.parameters.slice(0, 2).map((p) => p.id)).toEqual(['core.zone', 'core.dayCounting']);
    expect(keysProcedure.machine).toBeUndefined();
    expect(keysProcedure.rules.length).toBe(10);
  });
});

describe('keysProcedure.check', () => {
  it('is checkKeyCustody', () => {
    const r = custody({ keeper: undefined });
    expect(keysProcedure.check!(r as never, { asOf: AT })).toEqual(check(r));
    expect(keysProcedure.schemas?.record?.safeParse(r).success).toBe(true);
  });
});
