import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { composePolicy, deepFreeze } from '../../src/core/policy';
import { checkFollowUps, planFollowUps } from '../../src/procedures/follow-up/index';
import type { ServiceItem, SpecialServiceRecord } from '../../src/procedures/special-services/index';
import { checkServiceCatalogue as checkCatalogue, checkSpecialServices, specialServicesPacks, specialServicesProcedure } from '../../src/procedures/special-services/index';
import type { Policy } from '../../src/core/policy';

const displayed = '2026-04-01T09:00:00+08:00';
const catalogue = (): ServiceItem[] => [
  { id: 'clean-2h', name: '家政清洁（2小时）', regular: true, price: '120元/次', reviewedBy: ['quality', 'finance'], displayedAt: displayed, hostCode: 'HK-01' },
  { id: 'pet-sit', name: '宠物代喂', regular: false, price: '50元/次', reviewedBy: ['quality', 'finance'], displayedAt: displayed, approval: { at: '2026-05-01T09:00:00+08:00', by: '公司品质部' } },
];
const order = (overrides: Partial<SpecialServiceRecord> = {}): SpecialServiceRecord => ({
  id: 'S-2026-0506-01',
  serviceItem: 'clean-2h',
  customer: '5栋302',
  explainedAt: '2026-05-06T08:50:00+08:00',
  startedAt: '2026-05-06T09:00:00+08:00',
  completedAt: '2026-05-06T11:00:00+08:00',
  signedAt: '2026-05-06T11:05:00+08:00',
  hostRef: 42,
  ...overrides,
});
const AS_OF = '2026-06-01T00:00:00+08:00';
type Extra = { policy?: Policy; catalogue?: readonly ServiceItem[] };
const checkSpecialServiceOrder = (o: SpecialServiceRecord, options: Extra = {}) => checkSpecialServices(o, { asOf: AS_OF, ...options });
const checkServiceCatalogue = (items: readonly ServiceItem[], options: { policy?: Policy } = {}) => checkCatalogue(items, { asOf: AS_OF, ...options });
const ids = (o: SpecialServiceRecord, options: Extra = {}) => checkSpecialServiceOrder(o, options).map((v) => v.ruleId);

describe('checkServiceCatalogue (STD 特约服务 管理要求 2、3)', () => {
  it('a displayed, reviewed regular item and an approved new one pass', () => {
    expect(checkServiceCatalogue(catalogue())).toEqual([]);
  });
  it('not displayed; reviewed by quality only; a new service without approval', () => {
    const [clean, pet] = catalogue();
    const { displayedAt: _d, ...hidden } = clean!;
    const { approval: _a, ...unapproved } = pet!;
    const v = checkServiceCatalogue([{ ...hidden, reviewedBy: ['quality'] }, unapproved]);
    expect(v.map((x) => [x.ruleId, x.data.itemId])).toEqual([
      ['special-services.price-not-displayed', 'clean-2h'],
      ['special-services.price-not-reviewed', 'clean-2h'],
      ['special-services.new-service-unapproved', 'pet-sit'],
    ]);
    expect(v[1]!.data.missing).toEqual([{ field: 'reviewedBy.finance', label: { 'zh-CN': '财务部门审核', en: 'finance review' } }]);
    expect(v[1]!.message['zh-CN']).toBe('特约服务项目“家政清洁（2小时）”（clean-2h）的收费标准缺少：财务部门审核。');
    expect(v[2]!.source).toEqual({ document: '《物业客户服务类服务标准表》', clause: '特约服务 管理要求 3' });
  });
  it('filing with the price bureau is checked only where the policy says local rules ask for it', () => {
    expect(checkServiceCatalogue(catalogue()).some((v) => v.ruleId === 'special-services.price-not-filed')).toBe(false);
    const policy = composePolicy(specialServicesPacks.STD, { 'specialServices.priceBureauFiling': true });
    expect(checkServiceCatalogue(catalogue(), { policy }).map((v) => v.ruleId)).toEqual(['special-services.price-not-filed', 'special-services.price-not-filed']);
  });
  it('duplicate ids or bad instants are typed errors', () => {
    expect(() => checkServiceCatalogue([catalogue()[0]!, catalogue()[0]!])).toThrowError(expect.objectContaining({ code: 'INVALID_INPUT' }));
    expect(() => checkServiceCatalogue([{ ...catalogue()[0]!, displayedAt: '2026-04-01' }])).toThrowError(expect.objectContaining({ code: 'INVALID_INSTANT' }));
    expect(() => checkServiceCatalogue({} as never)).toThrowError(expect.objectContaining({ code: 'INVALID_INPUT' }));
  });
});

describe('checkSpecialServices (STD 特约服务 服务提供 1、2)', () => {
  it('explained before, signed after: no violation', () => {
    expect(checkSpecialServiceOrder(order(), { catalogue: catalogue() })).toEqual([]);
  });
  it('explained at the very start is on time; one second later is not (boundary)', () => {
    expect(ids(order({ explainedAt: '2026-05-06T09:00:00+08:00' }))).toEqual([]);
    expect(ids(order({ explainedAt: '2026-05-06T01:00:00Z' }))).toEqual([]); // the same instant in UTC
    const [v] = checkSpecialServiceOrder(order({ explainedAt: '2026-05-06T09:00:01+08:00' }));
    expect(v).toMatchObject({ ruleId: 'special-services.terms-not-explained', severity: 'error', source: { clause: '特约服务 服务提供 1' } });
  });
  it('no explanation at all; without a start time the completion is the bound', () => {
    expect(ids(order({ explainedAt: undefined }))).toEqual(['special-services.terms-not-explained']);
    expect(ids(order({ startedAt: undefined, explainedAt: '2026-05-06T10:59:00+08:00' }))).toEqual([]);
    expect(ids(order({ startedAt: undefined, explainedAt: '2026-05-06T11:01:00+08:00' }))).toEqual(['special-services.terms-not-explained']);
  });
  it('signed at completion counts; signed before it or not at all does not', () => {
    expect(ids(order({ signedAt: '2026-05-06T11:00:00+08:00' }))).toEqual([]);
    expect(ids(order({ signedAt: '2026-05-06T10:59:59+08:00' }))).toEqual(['special-services.not-signed']);
    const [v] = checkSpecialServiceOrder(order({ signedAt: undefined }));
    expect(v!.message['zh-CN']).toContain('居家服务情况记录表');
  });
  it('an order not yet started or completed is not judged', () => {
    expect(ids({ id: 'S-2', serviceItem: 'clean-2h', customer: '5栋302' })).toEqual([]);
  });
  it('a long-term service needs an agreement setting out content, term, fees and responsibilities', () => {
    expect(ids(order({ longTerm: true }))).toEqual(['special-services.long-term-without-agreement']);
    const partial = checkSpecialServiceOrder(order({ longTerm: true, agreement: { signedAt: '2026-05-01T09:00:00+08:00', covers: ['content', 'fees'] } }));
    expect(partial[0]!.message['zh-CN']).toBe('订单 S-2026-0506-01（5栋302）：协议未约定：服务期限、双方权责。');
    expect(partial[0]!.data).toMatchObject({ missing: [{ field: 'agreement.term', label: { 'zh-CN': '服务期限', en: 'term' } }, { field: 'agreement.responsibilities', label: { 'zh-CN': '双方权责', en: 'responsibilities' } }], parameters: { 'specialServices.agreementTerms': { from: 'STD', clause: '特约服务 服务提供 2' } } });
    expect(ids(order({ longTerm: true, agreement: { signedAt: '2026-05-01T09:00:00+08:00', covers: ['content', 'term', 'fees', 'responsibilities'] } }))).toEqual([]);
  });
  it('with the catalogue: an item not offered; a new service used before approval and not flagged for follow-up', () => {
    expect(ids(order({ serviceItem: 'car-wash' }), { catalogue: catalogue() })).toEqual(['special-services.item-not-offered']);
    const early = order({ serviceItem: 'pet-sit', startedAt: '2026-04-30T09:00:00+08:00', explainedAt: '2026-04-30T08:00:00+08:00' });
    expect(ids(early, { catalogue: catalogue() })).toEqual(['special-services.new-service-unapproved', 'special-services.new-item-not-flagged']);
    expect(ids(order({ serviceItem: 'pet-sit', newServiceItem: true }), { catalogue: catalogue() })).toEqual([]);
  });
  it('the same record goes to wuye-rules/follow-up (reused, not duplicated)', () => {
    const o = order({ serviceItem: 'pet-sit', newServiceItem: true, followedUpAt: '2026-05-07T10:00:00+08:00' });
    expect(checkFollowUps({ specialServiceOrders: [o] }, { asOf: '2026-06-01T00:00:00+08:00' })).toEqual([]);
    expect(planFollowUps([o]).visits.map((v) => [v.orderId, v.reason])).toEqual([[o.id, 'full-follow-up']]);
  });
  it('bad input is a typed error', () => {
    expect(() => checkSpecialServiceOrder(order({ signedAt: '2026-05-06 11:05' }))).toThrowError(expect.objectContaining({ code: 'INVALID_INSTANT' }));
    expect(() => checkSpecialServiceOrder(order({ customer: '' }))).toThrowError(expect.objectContaining({ code: 'INVALID_INPUT' }));
    expect(() => checkSpecialServiceOrder(order({ agreement: { signedAt: displayed, covers: ['price'] } as never }))).toThrowError(expect.objectContaining({ code: 'INVALID_INPUT' }));
    expect(() => checkSpecialServiceOrder(order(), { catalogue: [{ id: 'x' }] as never })).toThrowError(expect.objectContaining({ code: 'INVALID_INPUT' }));
    expect(() => checkSpecialServiceOrder(order(), { policy: {} as never })).toThrowError(expect.objectContaining({ code: 'INVALID_POLICY' }));
  });
});

describe('CheckOptions', () => {
  it('asOf is required and checked, and changes nothing (no time limit); the procedure passes the options through', () => {
    const o = order({ signedAt: undefined });
    expect(() => checkSpecialServices(o, undefined as never)).toThrowError(expect.objectContaining({ code: 'INVALID_INPUT' }));
    expect(() => checkSpecialServices(o, { asOf: '2026-06-01' })).toThrowError(expect.objectContaining({ code: 'INVALID_INSTANT' }));
    expect(() => checkCatalogue(catalogue(), {} as never)).toThrowError(expect.objectContaining({ code: 'INVALID_INPUT' }));
    expect(checkSpecialServices(o, { asOf: '2020-01-01T00:00:00Z' })).toEqual(checkSpecialServices(o, { asOf: '2030-01-01T00:00:00Z' }));
    const policy = composePolicy(specialServicesPacks.STD, { 'specialServices.agreementTerms': ['content'] });
    const longTerm = order({ longTerm: true, agreement: { signedAt: '2026-05-01T09:00:00+08:00', covers: ['content'] } });
    expect(specialServicesProcedure.check!(longTerm as never, { asOf: AS_OF, policy })).toEqual([]);
    expect(specialServicesProcedure.check!(longTerm as never, { asOf: AS_OF }).map((v) => v.ruleId)).toEqual(['special-services.long-term-without-agreement']);
  });
  it('rule messages and error texts are Chinese', () => {
    const cat = catalogue();
    const [v] = checkSpecialServiceOrder(order({ serviceItem: 'pet-sit', startedAt: '2026-05-06T09:00:00+08:00' }), { catalogue: cat });
    expect(v!.message['zh-CN']).toBe('订单 S-2026-0506-01 属新服务项目“宠物代喂”，但未标记为新服务项目，回访比例会偏低。');
    try {
      checkSpecialServiceOrder(order({ customer: '' }));
      expect.unreachable();
    } catch (e) {
      expect((e as { text: { 'zh-CN': string } }).text['zh-CN']).toMatch(/^特约服务订单无效：客户：/);
    }
  });
});

describe('properties', () => {
  const minute = (m: number) => `2026-05-06T${String(8 + Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}:00+08:00`;
  const times = fc.record({ explained: fc.integer({ min: 0, max: 600 }), started: fc.integer({ min: 0, max: 600 }), completed: fc.integer({ min: 0, max: 600 }), signed: fc.option(fc.integer({ min: 0, max: 600 }), { nil: undefined }) });
  const record = times.map((t) => order({ explainedAt: minute(t.explained), startedAt: minute(t.started), completedAt: minute(t.completed), signedAt: t.signed === undefined ? undefined : minute(t.signed) }));

  it('terms-not-explained exactly when the explanation is after the start; not-signed exactly when unsigned or signed before completion', () => {
    fc.assert(
      fc.property(times, (t) => {
        const r = ids(order({ explainedAt: minute(t.explained), startedAt: minute(t.started), completedAt: minute(t.completed), signedAt: t.signed === undefined ? undefined : minute(t.signed) }));
        expect(r.includes('special-services.terms-not-explained')).toBe(t.explained > t.started);
        expect(r.includes('special-services.not-signed')).toBe(t.signed === undefined || t.signed < t.completed);
      }),
    );
  });

  it('same input, same output; deep-frozen inputs are unchanged', () => {
    fc.assert(
      fc.property(record, (o) => {
        const copy = structuredClone(o);
        const frozen = deepFreeze(structuredClone(o));
        const cat = deepFreeze(catalogue());
        expect(checkSpecialServiceOrder(frozen, { catalogue: cat })).toEqual(checkSpecialServiceOrder(frozen, { catalogue: cat }));
        expect(frozen).toEqual(copy);
        expect(cat).toEqual(catalogue());
      }),
    );
  });
});
