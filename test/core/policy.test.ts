import fc from 'fast-check';
import { CORE_READINGS } from '../../src/core/core-readings';
import { describe, expect, it } from 'vitest';
import { CORE_PARAMETERS, dayCountingParameter, zoneParameter } from '../../src/core/core-parameters';
import type { Duration, Parameter } from '../../src/core/parameter';
import { defineParameter, durationSchema, formatDuration } from '../../src/core/parameter';
import { assertPolicy, composePolicy, definePack, mergePacks, paramOrigin, paramValue } from '../../src/core/policy';
import { cite } from '../../src/core/source';
import { text } from '../../src/core/text';
import { complaintPacks, complaintParameters, consultationTrackWithin, escalateTo, investigateWithin, notifyWithin } from '../../src/procedures/complaint/policy';
import { complaintProcedure } from '../../src/procedures/complaint/procedure';
import { freezeAll, reachableObjects, thrown } from './helpers';

const { ZH, DEPT, STD } = complaintPacks;

describe('core parameters', () => {
  it('zone, day counting and dates beyond the calendar, with their defaults, come first in a procedure', () => {
    expect(CORE_PARAMETERS.map((p) => p.id)).toEqual(['core.zone', 'core.dayCounting', 'core.beyondCalendar']);
    expect(complaintProcedure.parameters.slice(0, 3)).toEqual([...CORE_PARAMETERS]);
    expect(paramValue(undefined, zoneParameter)).toBe('Asia/Shanghai');
    expect(paramValue(undefined, dayCountingParameter)).toBe('rolling');
  });

  it('day counting cites the Civil Code and states its reading in both languages', () => {
    expect(dayCountingParameter.source).toEqual({ document: '《中华人民共和国民法典》', clause: '第201条、第203条' });
    expect(CORE_READINGS[dayCountingParameter.id]?.['zh-CN']).toContain('第203条');
    expect(CORE_READINGS[dayCountingParameter.id]?.en).toContain('art. 203');
  });
});

describe('composePolicy', () => {
  it('with no layers, every parameter takes its default', () => {
    const policy = composePolicy();
    for (const p of complaintProcedure.parameters) {
      expect(paramValue(policy, p)).toEqual(p.default);
      expect(paramOrigin(policy, p)).toEqual({ from: p.defaultFrom, source: p.source });
    }
    expect(paramValue(undefined, investigateWithin)).toEqual({ value: 48, unit: 'hour' });
  });

  it('later layers win', () => {
    expect(paramValue(composePolicy(ZH, DEPT), escalateTo)).toEqual(text('客服部经理', 'the customer-service manager'));
    expect(paramValue(composePolicy(DEPT, ZH), escalateTo)).toEqual(text('部门主管或企业领导', 'the department head or company leadership'));
    expect(paramValue(composePolicy(ZH, DEPT, STD), escalateTo)['zh-CN']).toBe('公司投诉管理部门和管理层');
    const mine = composePolicy(ZH, DEPT, { 'complaint.notifyWithin': { value: 2, unit: 'day' } }, { 'complaint.notifyWithin': { value: 36, unit: 'hour' } });
    expect(paramValue(mine, notifyWithin)).toEqual({ value: 36, unit: 'hour' });
    // A pack after an override wins over it too.
    expect(paramValue(composePolicy(DEPT, { 'complaint.investigateWithin': { value: 24, unit: 'hour' } }, DEPT), investigateWithin)).toEqual({ value: 48, unit: 'hour' });
  });

  it('a composed policy can be a layer of another', () => {
    const base = composePolicy(ZH, DEPT);
    const mine = composePolicy(base, { 'complaint.notifyWithin': null });
    expect(paramValue(mine, notifyWithin)).toBeNull();
    expect(paramValue(mine, investigateWithin)).toEqual({ value: 48, unit: 'hour' });
    expect(paramOrigin(mine, investigateWithin)).toEqual({ from: 'DEPT', source: cite('DEPT', '5.2.3') });
  });

  it('an unknown key is INVALID_POLICY naming it', () => {
    const error = thrown(() => composePolicy(ZH, { 'complaint.notifyWithn': { value: 3, unit: 'day' } }), 'INVALID_POLICY');
    expect(error.details['parameter']).toBe('complaint.notifyWithn');
    expect(error.text.en).toContain('complaint.notifyWithn');
    expect(error.text['zh-CN']).toContain('complaint.notifyWithn');
    // Known only once the pack that defines it is composed first.
    thrown(() => composePolicy({ 'complaint.notifyWithin': { value: 3, unit: 'day' } }, ZH), 'INVALID_POLICY');
    // The core parameters are every procedure's: known without a pack.
    expect(composePolicy({ 'core.zone': 'UTC' }).values['core.zone']).toBe('UTC');
    thrown(() => composePolicy({ 'core.zone': 'Mars/Olympus' }), 'INVALID_POLICY');
  });

  it.each([
    ['a wrong unit', { value: 3, unit: 'percent' }],
    ['a negative value', { value: -1, unit: 'day' }],
    ['zero', { value: 0, unit: 'day' }],
    ['Infinity', { value: Infinity, unit: 'day' }],
    ['NaN', { value: NaN, unit: 'hour' }],
    ['an extra key', { value: 3, unit: 'day', note: 'usually' }],
    ['a string', '3 days'],
    ['a bare number', 3],
    ['a missing unit', { value: 3 }],
  ])('%s is INVALID_POLICY', (_, value) => {
    const error = thrown(() => composePolicy(ZH, { 'complaint.notifyWithin': value }), 'INVALID_POLICY');
    expect(error.details).toMatchObject({ parameter: 'complaint.notifyWithin', from: 'override' });
  });

  it('a duration schema refuses units its parameter does not allow', () => {
    const hoursOnly = durationSchema(['hour']);
    expect(hoursOnly.safeParse({ value: 48, unit: 'hour' }).success).toBe(true);
    expect(hoursOnly.safeParse({ value: 3, unit: 'day' }).success).toBe(false);
  });

  it.each(['Mars/Olympus_Mons', '', 'GMT+25', 42])('an invalid zone %j is INVALID_POLICY', (zone) => {
    thrown(() => composePolicy(ZH, { 'core.zone': zone }), 'INVALID_POLICY');
  });

  it.each(['UTC', 'Asia/Shanghai', 'America/New_York', 'Asia/Hong_Kong'])('a real zone %s is accepted', (zone) => {
    expect(paramValue(composePolicy(ZH, { 'core.zone': zone }), zoneParameter)).toBe(zone);
  });

  it('day counting takes only its two readings', () => {
    expect(paramValue(composePolicy(ZH, { 'core.dayCounting': 'civil-code' }), dayCountingParameter)).toBe('civil-code');
    thrown(() => composePolicy(ZH, { 'core.dayCounting': 'calendar' }), 'INVALID_POLICY');
  });

  it.each([
    ['null', null],
    ['a number', 3],
    ['an array', [['complaint.notifyWithin', { value: 3, unit: 'day' }]]],
  ])('a layer that is %s is INVALID_POLICY', (_, layer) => {
    thrown(() => composePolicy(ZH, layer as never), 'INVALID_POLICY');
  });

  it('the policy and everything in it is deep-frozen', () => {
    const policy = composePolicy(ZH, DEPT, { 'complaint.notifyWithin': { value: 2, unit: 'day' }, 'complaint.escalateTo': text('值班经理', 'the duty manager') });
    for (const o of [policy, ...reachableObjects(policy.values), ...reachableObjects(policy.origins)]) expect(Object.isFrozen(o)).toBe(true);
    expect(Object.isFrozen(policy.parameters)).toBe(true);
    for (const p of Object.values(policy.parameters)) expect(Object.isFrozen(p)).toBe(true);
    expect(() => {
      (paramValue(policy, notifyWithin) as { value: number }).value = 99;
    }).toThrow(TypeError);
    expect(() => {
      (policy.values as Record<string, unknown>)['complaint.notifyWithin'] = null;
    }).toThrow(TypeError);
    expect(paramValue(policy, notifyWithin)).toEqual({ value: 2, unit: 'day' });
  });

  it('composing does not mutate the packs or the overrides (nor freeze the host’s objects)', () => {
    const frozen = freezeAll({ 'complaint.notifyWithin': { value: 2, unit: 'day' }, 'complaint.escalateTo': text('值班经理', 'the duty manager') });
    const zhBefore = structuredClone({ id: ZH.id, values: ZH.values });
    const policy = composePolicy(ZH, DEPT, frozen);
    expect(paramValue(policy, notifyWithin)).toEqual({ value: 2, unit: 'day' });
    expect({ id: ZH.id, values: ZH.values }).toEqual(zhBefore);

    const open = { 'complaint.notifyWithin': { value: 2, unit: 'day' } };
    const before = structuredClone(open);
    composePolicy(ZH, open);
    expect(open).toEqual(before);
    expect(Object.isFrozen(open)).toBe(false);
    expect(Object.isFrozen(open['complaint.notifyWithin'])).toBe(false);
  });

  it('same layers → equal policies; the inputs stay as they were (fast-check)', () => {
    const duration = fc.record({ value: fc.integer({ min: 1, max: 96 }), unit: fc.constantFrom('minute', 'hour', 'day', 'working-day') });
    fc.assert(
      fc.property(fc.subarray([ZH, DEPT, STD]), duration, fc.option(duration, { nil: undefined }), fc.boolean(), (packs, a, b, civil) => {
        const overrides = freezeAll({
          'complaint.notifyWithin': a,
          ...(b ? { 'complaint.investigateWithin': b } : {}),
          ...(civil ? { 'core.dayCounting': 'civil-code' } : {}),
        });
        const copy = structuredClone(overrides);
        const layers = [ZH, ...packs];
        const one = composePolicy(...layers, overrides);
        const two = composePolicy(...layers, overrides);
        expect(one.values).toEqual(two.values);
        expect(one.origins).toEqual(two.origins);
        expect(overrides).toEqual(copy);
        expect(paramValue(one, notifyWithin)).toEqual(a);
        expect(paramOrigin(one, notifyWithin)).toEqual({ from: 'override' });
        expect(paramValue(one, dayCountingParameter)).toBe(civil ? 'civil-code' : 'rolling');
        if (b) expect(paramValue(one, investigateWithin)).toEqual(b);
        else expect(paramValue(one, investigateWithin)).toEqual(packs.includes(DEPT) ? { value: 48, unit: 'hour' } : investigateWithin.default);
      }),
    );
  });
});

describe('paramOrigin', () => {
  it('tells pack + clause, override, or default', () => {
    const policy = composePolicy(ZH, DEPT, { 'complaint.completeWithin': { value: 2, unit: 'day' } });
    expect(paramOrigin(policy, notifyWithin)).toEqual({ from: 'ZH', source: { document: '《服务中心工作手册》', clause: 'WI/FW-006.18' } });
    expect(paramOrigin(policy, consultationTrackWithin)).toEqual({ from: 'DEPT', source: { document: '《物业公司客服部岗位职责及各岗位人员规章制度》', clause: '5.1.4' } });
    expect(paramOrigin(policy, escalateTo)).toEqual({ from: 'DEPT', source: cite('DEPT', '5.2.2') });
    expect(paramOrigin(policy, complaintParameters.completeWithin)).toEqual({ from: 'override' });
    // Not set by any layer: the default's own source.
    expect(paramOrigin(policy, zoneParameter)).toEqual({ from: 'LIBRARY', source: { document: 'wuye-rules', clause: 'reading conventions: zone' } });
    expect(paramOrigin(undefined, investigateWithin)).toEqual({ from: 'DEPT', source: cite('DEPT', '5.2.3') });
  });

  it('a non-policy object is INVALID_POLICY, not a TypeError', () => {
    thrown(() => paramOrigin({ 'complaint.notifyWithin': { value: 3, unit: 'day' } } as never, notifyWithin), 'INVALID_POLICY');
  });
});

describe('paramValue / assertPolicy', () => {
  it.each([
    ['a plain overrides object', { 'complaint.notifyWithin': { value: 3, unit: 'day' } }],
    ['a pack', ZH],
    ['null', null],
    ['a string', 'ZH'],
  ])('%s is not a policy: INVALID_POLICY', (_, value) => {
    thrown(() => paramValue(value as never, notifyWithin), 'INVALID_POLICY');
    thrown(() => assertPolicy(value), 'INVALID_POLICY');
  });

  it('accepts a composed policy', () => {
    const policy: unknown = composePolicy(ZH);
    expect(() => assertPolicy(policy)).not.toThrow();
  });
});

// A test-only parameter of another procedure, stated by the same handbook.
const reviewWithin = defineParameter<Duration>({
  id: 'test.reviewWithin',
  title: text('复核时限', 'Review within'),
  unit: 'duration',
  schema: durationSchema(['day']),
  default: { value: 7, unit: 'day' },
  defaultFrom: 'ZH',
  source: cite('ZH', 'WI/FW-019'),
});
const otherParameters: readonly Parameter[] = [...CORE_PARAMETERS, reviewWithin] as Parameter[];

describe('definePack and mergePacks', () => {
  const otherZH = definePack('ZH', otherParameters, { 'test.reviewWithin': [{ value: 5, unit: 'day' }, 'WI/FW-019.2'] });

  it('a pack records each value with its clause, and is frozen', () => {
    expect(otherZH.values['test.reviewWithin']).toEqual({ value: { value: 5, unit: 'day' }, source: cite('ZH', 'WI/FW-019.2') });
    for (const o of reachableObjects(otherZH.values)) expect(Object.isFrozen(o)).toBe(true);
  });

  it('a pack with an unknown key or a bad value is INVALID_POLICY', () => {
    thrown(() => definePack('ZH', otherParameters, { 'test.nope': [1, 'x'] }), 'INVALID_POLICY');
    thrown(() => definePack('ZH', otherParameters, { 'test.reviewWithin': [{ value: 5, unit: 'hour' }, 'x'] }), 'INVALID_POLICY');
  });

  it('merges two slices of one document', () => {
    const merged = mergePacks(ZH, otherZH);
    expect(merged.id).toBe('ZH');
    const policy = composePolicy(merged, { 'test.reviewWithin': { value: 3, unit: 'day' } });
    expect(paramValue(policy, notifyWithin)).toEqual({ value: 3, unit: 'day' });
    expect(paramValue(policy, reviewWithin)).toEqual({ value: 3, unit: 'day' });
    expect(paramOrigin(composePolicy(merged), reviewWithin)).toEqual({ from: 'ZH', source: cite('ZH', 'WI/FW-019.2') });
    expect(Object.isFrozen(merged)).toBe(true);
    // The inputs keep their own values.
    expect(Object.keys(ZH.values)).not.toContain('test.reviewWithin');
  });

  it('refuses two different documents', () => {
    const error = thrown(() => mergePacks(ZH, DEPT), 'INVALID_POLICY');
    expect(error.details['packs']).toEqual(['ZH', 'DEPT']);
  });
});

describe('defineParameter and formatDuration', () => {
  it('a default that fails its own schema is a typed error', () => {
    thrown(
      () =>
        defineParameter({
          id: 'test.bad',
          title: text('坏默认值', 'Bad default'),
          unit: 'duration',
          schema: durationSchema(['hour']),
          default: { value: 3, unit: 'day' } as Duration,
          defaultFrom: 'LIBRARY',
          source: cite('LIBRARY', 'test'),
        }),
      'INVALID_POLICY',
    );
  });

  it('a parameter is frozen', () => {
    expect(Object.isFrozen(reviewWithin)).toBe(true);
    expect(reviewWithin.schema.safeParse({ value: 5, unit: 'day' }).success).toBe(true);
    expect(reviewWithin.schema.safeParse({ value: 5, unit: 'hour' }).success).toBe(false);
  });

  it('writes durations for people in both languages', () => {
    expect(formatDuration({ value: 3, unit: 'day' }, 'zh-CN')).toBe('3日');
    expect(formatDuration({ value: 48, unit: 'hour' }, 'zh-CN')).toBe('48小时');
    expect(formatDuration({ value: 5, unit: 'working-day' }, 'zh-CN')).toBe('5个工作日');
    expect(formatDuration({ value: 3, unit: 'day' }, 'en')).toBe('3 days');
    expect(formatDuration({ value: 1, unit: 'hour' }, 'en')).toBe('1 hour');
    expect(formatDuration({ value: 2, unit: 'working-day' }, 'en')).toBe('2 working days');
  });
});

describe('a policy cannot be forged or tricked', () => {
  it('an overrides object claiming to be a policy or a pack is INVALID_POLICY, not trusted', () => {
    expect(() => composePolicy(complaintPacks.ZH, { kind: 'wuye-rules/policy', values: { 'complaint.notifyWithin': { value: -5, unit: 'day' } } })).toThrowError(expect.objectContaining({ code: 'INVALID_POLICY' }));
    expect(() => composePolicy({ kind: 'wuye-rules/policy-pack' })).toThrowError(expect.objectContaining({ code: 'INVALID_POLICY' }));
    expect(() => paramValue({ kind: 'wuye-rules/policy', parameters: {}, values: {}, origins: {} } as never, notifyWithin)).toThrowError(expect.objectContaining({ code: 'INVALID_POLICY' }));
  });
  it('an override named after an Object.prototype member is an unknown parameter', () => {
    for (const key of ['toString', 'constructor', '__proto__', 'hasOwnProperty']) {
      expect(() => composePolicy(complaintPacks.ZH, JSON.parse(`{"${key}": 1}`) as Record<string, unknown>)).toThrowError(expect.objectContaining({ code: 'INVALID_POLICY' }));
    }
  });
});
