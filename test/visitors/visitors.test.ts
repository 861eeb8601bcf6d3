import { build } from 'esbuild';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Policy } from '../../src/core/policy';
import { composePolicy, deepFreeze } from '../../src/core/policy';
import type { VisitorEntry } from '../../src/procedures/visitors/index';
import { checkVisitors, visitorsPacks, visitorsProcedure } from '../../src/procedures/visitors/index';

const at = (m: number) => `2026-05-06T09:${String(m).padStart(2, '0')}:00+08:00`;
const ok: VisitorEntry = { at: at(10), name: '赵先生', visiting: '12F 恒信律师事务所', purpose: '送合同', admitted: true, registeredBy: '前台 李敏' };
const ids = (vs: { ruleId: string }[]) => vs.map((v) => v.ruleId);
const AS_OF = '2026-05-07T00:00:00+08:00';
const check = (log: readonly VisitorEntry[], policy?: Policy) => checkVisitors(log, { asOf: AS_OF, policy });

describe('checkVisitorLog (《写字楼物业客服工作制度范例》 五.2)', () => {
  it('passes a registered, admitted visitor and a refusal with its reason', () => {
    expect(check([ok, { at: at(12), name: '推销员', admitted: false, refusalReason: '无预约，说不出被访单位' }])).toEqual([]);
  });
  it('flags an admitted visitor without the required fields, naming them in both languages', () => {
    const [v] = check([{ at: at(10), name: '赵先生', visiting: '12F', admitted: true }]);
    expect(v?.ruleId).toBe('visitors.registration-incomplete');
    expect(v?.message['zh-CN']).toContain('来访事由');
    expect(v?.message.en).toContain('purpose');
    expect(v?.message['zh-CN']).toBe('第 1 条来访登记（2026-05-06T09:10:00+08:00，赵先生）已放行，但缺少：来访事由。');
    expect(v?.data.missing).toEqual([{ field: 'purpose', label: { 'zh-CN': '来访事由', en: 'purpose' } }]);
    expect(v?.data.parameters).toEqual({ 'visitors.requiredFields': { value: ['name', 'visiting', 'purpose'], from: 'LIBRARY', clause: '五.2' } });
  });
  it('flags a person with no business who was let in (阻止無關人員進入寫字樓)', () => {
    expect(ids(check([{ at: at(10), name: '陌生人', purpose: '随便看看', admitted: true }]))).toEqual(['visitors.registration-incomplete', 'visitors.unrelated-admitted']);
  });
  it('warns when a refusal records no reason', () => {
    const vs = check([{ at: at(10), admitted: false }]);
    expect(vs.map((v) => [v.ruleId, v.severity])).toEqual([['visitors.refusal-unexplained', 'warning']]);
  });
  it('follows a policy that also requires an ID number', () => {
    const policy = composePolicy(visitorsPacks.OFFICE, { 'visitors.requiredFields': ['name', 'visiting', 'purpose', 'idNumber'] });
    expect(ids(check([ok], policy))).toEqual(['visitors.registration-incomplete']);
    expect(check([{ ...ok, idNumber: '4403…1234' }], policy)).toEqual([]);
  });
  it('reports entries in time order, numbered as given', () => {
    const vs = check([{ at: at(30), admitted: false }, { at: at(5), admitted: false }]);
    expect(vs.map((v) => v.data.index)).toEqual([1, 0]);
  });
  it('never changes the register, and the same register gives the same answer', () => {
    const entry = fc.record({ m: fc.integer({ min: 0, max: 59 }), name: fc.option(fc.string()), visiting: fc.option(fc.string()), purpose: fc.option(fc.string()), admitted: fc.boolean() });
    fc.assert(
      fc.property(fc.array(entry, { maxLength: 20 }), (raw) => {
        const log: VisitorEntry[] = raw.map((r) => ({ at: at(r.m), admitted: r.admitted, ...(r.name === null ? {} : { name: r.name }), ...(r.visiting === null ? {} : { visiting: r.visiting }), ...(r.purpose === null ? {} : { purpose: r.purpose }) }));
        const copy = structuredClone(log);
        const frozen = deepFreeze(structuredClone(log));
        const first = check(frozen);
        expect(check(frozen)).toEqual(first);
        expect(frozen).toEqual(copy);
        // Every admitted entry without a destination is flagged, and only those.
        expect(first.filter((v) => v.ruleId === 'visitors.unrelated-admitted').length).toBe(log.filter((e) => e.admitted && !(e.visiting ?? '').trim()).length);
      }),
    );
  });
  it('takes CheckOptions: asOf is required and checked, and changes nothing (no time limit)', () => {
    const log = [{ at: at(10), name: '赵先生', admitted: true }];
    expect(() => checkVisitors(log, undefined as never)).toThrowError(expect.objectContaining({ code: 'INVALID_INPUT' }));
    expect(() => checkVisitors(log, { asOf: '2026-05-07' })).toThrowError(expect.objectContaining({ code: 'INVALID_INSTANT' }));
    expect(checkVisitors(log, { asOf: '2020-01-01T00:00:00Z' })).toEqual(checkVisitors(log, { asOf: '2030-01-01T00:00:00Z' }));
    expect(visitorsProcedure.check!(log[0] as never, { asOf: AS_OF })).toEqual(check(log));
    const policy = composePolicy(visitorsPacks.OFFICE, { 'visitors.requiredFields': ['name'] });
    expect(ids(visitorsProcedure.check!(log[0] as never, { asOf: AS_OF, policy }))).toEqual(['visitors.unrelated-admitted']);
  });
  it('an invalid entry names the field in Chinese and its position from 1', () => {
    try {
      check([ok, { ...ok, admitted: 'yes' as never }]);
      expect.unreachable();
    } catch (e) {
      expect((e as { text: { 'zh-CN': string } }).text['zh-CN']).toMatch(/^来访登记簿无效：第2项的是否放行：/);
    }
  });
  it('rejects bad input with typed errors', () => {
    expect(() => check([{ ...ok, at: '2026-05-06 09:10' }])).toThrowError(expect.objectContaining({ code: 'INVALID_INSTANT' }));
    expect(() => check([{ ...ok, admitted: 'yes' as never }])).toThrowError(expect.objectContaining({ code: 'INVALID_INPUT' }));
    expect(() => check('log' as never)).toThrowError(expect.objectContaining({ code: 'INVALID_INPUT' }));
    expect(() => check([ok], { 'visitors.requiredFields': [] } as never)).toThrowError(expect.objectContaining({ code: 'INVALID_POLICY' }));
    expect(() => composePolicy(visitorsPacks.OFFICE, { 'visitors.requiredFields': ['shoeSize'] })).toThrowError(expect.objectContaining({ code: 'INVALID_POLICY' }));
  });
  it('bundles without xstate or luxon', async () => {
    const result = await build({ entryPoints: ['src/procedures/visitors/index.ts'], bundle: true, write: false, metafile: true, format: 'esm', platform: 'neutral', mainFields: ['module', 'main'], logLevel: 'silent' });
    expect(Object.keys(result.metafile.inputs).filter((f) => f.includes('node_modules/xstate') || f.includes('node_modules/luxon'))).toEqual([]);
  });
});

describe('visitors.requiredFields is the library’s reading: OFFICE 五.2 names no field', () => {
  const required = visitorsProcedure.parameters.find((p) => p.id === 'visitors.requiredFields')!;
  it('its default comes from LIBRARY (as firstResponder.approvalAnswerWithin), the rule it serves stays OFFICE 五.2', () => {
    expect(required.defaultFrom).toBe('LIBRARY');
    expect(required.source).toMatchObject({ clause: '五.2' });
    expect(visitorsPacks.OFFICE.values).not.toHaveProperty(['visitors.requiredFields']);
  });
  it('the OFFICE pack still lets a host override the fields, and the library’s fields apply under it', () => {
    const entry = { ...ok, purpose: undefined } as unknown as VisitorEntry;
    expect(checkVisitors([entry], { asOf: at(30), policy: composePolicy(visitorsPacks.OFFICE) }).map((v) => v.ruleId)).toEqual(['visitors.registration-incomplete']);
    expect(checkVisitors([entry], { asOf: at(30), policy: composePolicy(visitorsPacks.OFFICE, { 'visitors.requiredFields': ['name', 'visiting'] }) })).toEqual([]);
  });
});
