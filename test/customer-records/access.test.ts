import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Policy } from '../../src/core/policy';
import { composePolicy, deepFreeze } from '../../src/core/policy';
import type { RecordAccessRequest } from '../../src/procedures/customer-records/index';
import { checkRecordAccess, customerRecordsPacks, customerRecordsProcedure } from '../../src/procedures/customer-records/index';

const AT = '2026-05-06T09:30:00+08:00';
const BEFORE = '2026-05-06T09:00:00+08:00';
const request = (overrides: Partial<RecordAccessRequest> = {}): RecordAccessRequest => ({
  id: 'RA-1',
  at: AT,
  requester: { name: '工程部 刘强', role: 'engineer' },
  action: 'view',
  purpose: '核对报修地址',
  file: { ref: '3栋1201 业主档案', medium: 'paper', keeper: '资料员 孙娜' },
  ...overrides,
});
const registered = { registration: { at: BEFORE, by: '资料员 孙娜' } };
const approved = { approval: { at: BEFORE, by: '项目经理 何伟', role: 'project-head' } };
const decide = (r: RecordAccessRequest, policy?: Policy) => checkRecordAccess(r, { asOf: AT, policy });
const ids = (r: RecordAccessRequest, policy?: Policy) => decide(r, policy).violations.map((v) => v.ruleId);

describe('checkRecordAccess (《物业客户服务类服务标准表》 客户信息管理; 《写字楼物业客服工作制度范例》 六)', () => {
  it('the designated keeper reads a paper file without registration or approval', () => {
    const d = decide(request({ requester: { name: '资料员 孙娜', role: 'records-keeper' } }));
    expect(d).toMatchObject({ allowed: true, violations: [] });
    expect(d.reasons[0]).toEqual({ 'zh-CN': '申请人是该档案的资料管理员（资料员 孙娜）', en: "The requester is the file's designated keeper (资料员 孙娜)" });
  });

  it('anyone else needs registration and the project head\'s approval, both on record', () => {
    const bare = decide(request());
    expect(bare.allowed).toBe(false);
    expect(bare.violations.map((v) => [v.ruleId, v.source.clause])).toEqual([
      ['customer-records.not-registered', '客户信息管理 2'],
      ['customer-records.not-approved', '客户信息管理 2'],
    ]);
    expect(ids(request(registered))).toEqual(['customer-records.not-approved']);
    expect(ids(request(approved))).toEqual(['customer-records.not-registered']);
    const ok = decide(request({ ...registered, ...approved }));
    expect(ok.allowed).toBe(true);
    expect(ok.reasons.map((r) => r.en)).toEqual(["The requester is not the file's designated keeper (资料员 孙娜)", 'Registered (by 资料员 孙娜)', 'Approved by the project head 项目经理 何伟']);
  });

  it('an approval by someone who is not the project head does not count; the policy may add roles', () => {
    const r = request({ ...registered, approval: { at: BEFORE, by: '客服主管 陈静', role: 'service-supervisor' } });
    const d = decide(r);
    expect(d.violations.map((v) => v.ruleId)).toEqual(['customer-records.not-approved']);
    expect(d.violations[0]!.data).toMatchObject({ approvedBy: '客服主管 陈静', parameters: { 'customerRecords.approverRoles': { value: ['project-head'], from: 'STD', clause: '客户信息管理 2' } } });
    const policy = composePolicy(customerRecordsPacks.STD, { 'customerRecords.approverRoles': ['project-head', 'service-supervisor'] });
    expect(decide(r, policy).allowed).toBe(true);
  });

  it('the project head reading a file: approval implied, registration still needed', () => {
    const head = { requester: { name: '项目经理 何伟', role: 'project-head' } };
    expect(ids(request(head))).toEqual(['customer-records.not-registered']);
    expect(decide(request({ ...head, ...registered })).allowed).toBe(true);
  });

  it('registration and approval must come at or before the access (boundary: the same instant counts)', () => {
    const late = { registration: { at: '2026-05-06T09:30:01+08:00', by: '孙娜' }, approval: { at: '2026-05-06T09:30:01+08:00', by: '何伟', role: 'project-head' } };
    expect(ids(request(late))).toEqual(['customer-records.not-registered', 'customer-records.not-approved']);
    const same = { registration: { at: AT, by: '孙娜' }, approval: { at: '2026-05-06T01:30:00Z', by: '何伟', role: 'project-head' } };
    expect(ids(request(same))).toEqual([]);
  });

  it('electronic files need the system access right, for the keeper as well', () => {
    const file = { ref: 'CRM 3栋1201', medium: 'electronic' as const, keeper: '资料员 孙娜' };
    const keeper = { requester: { name: '资料员 孙娜', role: 'records-keeper' } };
    expect(ids(request({ ...keeper, file }))).toEqual(['customer-records.no-electronic-permission']);
    expect(decide(request({ ...keeper, file, systemPermission: true })).allowed).toBe(true);
    const d = decide(request({ file, ...registered, ...approved, systemPermission: false }));
    expect(d.violations.map((v) => [v.ruleId, v.source.clause])).toEqual([['customer-records.no-electronic-permission', '客户信息管理 3']]);
  });

  it('every loan is registered, the keeper\'s too (OFFICE 六.4)', () => {
    const keeper = { requester: { name: '资料员 孙娜', role: 'records-keeper' }, action: 'borrow' as const };
    expect(ids(request(keeper))).toEqual(['customer-records.not-registered']);
    expect(ids(request({ ...keeper, ...registered }))).toEqual([]);
  });

  it('disclosure outside is always refused, whoever asks and whatever is on record', () => {
    const d = decide(request({ action: 'disclose', requester: { name: '项目经理 何伟', role: 'project-head' }, ...registered, ...approved }));
    expect(d.allowed).toBe(false);
    expect(d.violations.map((v) => [v.ruleId, v.source])).toEqual([['customer-records.no-disclosure', { document: '《写字楼物业客服工作制度范例》', clause: '六.3' }]]);
  });

  it('a file with no designated keeper: a warning, and everyone is a non-keeper', () => {
    const file = { ref: '3栋1201', medium: 'paper' as const };
    const d = decide(request({ file, requester: { name: '资料员 孙娜', role: 'records-keeper' }, ...registered, ...approved }));
    expect(d.allowed).toBe(true);
    expect(d.violations.map((v) => [v.ruleId, v.severity])).toEqual([['customer-records.no-designated-keeper', 'warning']]);
    expect(decide(request({ file, requester: { name: '资料员 孙娜', role: 'records-keeper' } })).allowed).toBe(false);
  });

  it('takes CheckOptions: asOf is required and checked; the decision is made at the request\'s own instant', () => {
    const r = request(registered);
    expect(() => checkRecordAccess(r, undefined as never)).toThrowError(expect.objectContaining({ code: 'INVALID_INPUT' }));
    expect(() => checkRecordAccess(r, { asOf: '2026-05-06 09:30' })).toThrowError(expect.objectContaining({ code: 'INVALID_INSTANT' }));
    expect(checkRecordAccess(r, { asOf: '2020-01-01T00:00:00Z' })).toEqual(checkRecordAccess(r, { asOf: '2030-01-01T00:00:00Z' }));
    const policy = composePolicy(customerRecordsPacks.STD, { 'customerRecords.approverRoles': ['engineer'] });
    expect(customerRecordsProcedure.check!(r as never, { asOf: AT, policy })).toEqual([]);
  });

  it('an invalid request names the field in Chinese', () => {
    try {
      decide({ ...request(), file: { ref: 'x', medium: 'cloud' } } as never);
      expect.unreachable();
    } catch (e) {
      expect((e as { text: { 'zh-CN': string } }).text['zh-CN']).toMatch(/^客户档案查阅申请无效：档案的载体：/);
    }
  });

  it('bad input is a typed error; the request is unchanged and host fields kept', () => {
    expect(() => decide(request({ at: '2026-05-06 09:30' }))).toThrowError(expect.objectContaining({ code: 'INVALID_INSTANT' }));
    expect(() => decide({ ...request(), action: 'copy' } as never)).toThrowError(expect.objectContaining({ code: 'INVALID_INPUT' }));
    expect(() => decide({ ...request(), file: { ref: 'x', medium: 'cloud' } } as never)).toThrowError(expect.objectContaining({ code: 'INVALID_INPUT' }));
    expect(() => decide(request({ approval: { at: '2026-13-01T00:00:00+08:00', by: 'x', role: 'project-head' } }))).toThrowError(expect.objectContaining({ code: 'INVALID_INSTANT' }));
    expect(() => decide(null as never)).toThrowError(expect.objectContaining({ code: 'INVALID_INPUT' }));
    expect(() => decide(request(), 'STD' as never)).toThrowError(expect.objectContaining({ code: 'INVALID_POLICY' }));
    expect(() => composePolicy(customerRecordsPacks.STD, { 'customerRecords.approverRoles': [] })).toThrowError(expect.objectContaining({ code: 'INVALID_POLICY' }));
    const r = deepFreeze({ ...request({ ...registered }), ticket: 'OA-771', requester: { name: '刘强', role: 'engineer', dept: '工程部' } });
    const copy = structuredClone(r);
    decide(r);
    expect(r).toEqual(copy);
  });

  it('properties: deterministic; allowed iff no error; a disclosure is never allowed; adding records never denies', () => {
    const arb = fc.record({
      keeper: fc.boolean(),
      hasKeeper: fc.boolean(),
      role: fc.constantFrom('engineer', 'project-head', 'records-keeper'),
      action: fc.constantFrom('view' as const, 'borrow' as const, 'disclose' as const),
      medium: fc.constantFrom('paper' as const, 'electronic' as const),
      reg: fc.option(fc.integer({ min: -60, max: 60 }), { nil: undefined }),
      appr: fc.option(fc.record({ m: fc.integer({ min: -60, max: 60 }), role: fc.constantFrom('project-head', 'clerk') }), { nil: undefined }),
      perm: fc.option(fc.boolean(), { nil: undefined }),
    });
    const minutes = (m: number) => new Date(Date.parse(AT) + m * 60_000).toISOString();
    fc.assert(
      fc.property(arb, (f) => {
        const r: RecordAccessRequest = deepFreeze(
          request({
            requester: { name: f.keeper ? '孙娜' : '刘强', role: f.role },
            action: f.action,
            file: { ref: 'F', medium: f.medium, ...(f.hasKeeper ? { keeper: '孙娜' } : {}) },
            ...(f.reg !== undefined ? { registration: { at: minutes(f.reg), by: '孙娜' } } : {}),
            ...(f.appr ? { approval: { at: minutes(f.appr.m), by: '何伟', role: f.appr.role } } : {}),
            ...(f.perm !== undefined ? { systemPermission: f.perm } : {}),
          }),
        );
        const d = decide(r);
        expect(decide(r)).toEqual(d);
        expect(d.allowed).toBe(!d.violations.some((v) => v.severity === 'error'));
        if (f.action === 'disclose') expect(d.allowed).toBe(false);
        if (d.allowed) {
          const fuller = { ...r, ...registered, ...approved, systemPermission: true };
          expect(decide(fuller).allowed).toBe(true);
        }
        expect(d.reasons.length).toBeGreaterThan(0);
      }),
      { numRuns: 400 },
    );
  });

  it('the procedure lists the core parameters first and has no machine', () => {
    expect(customerRecordsProcedure.parameters.slice(0, 2).map((p) => p.id)).toEqual(['core.zone', 'core.dayCounting']);
    expect(customerRecordsProcedure.machine).toBeUndefined();
  });
});

describe('customerRecordsProcedure.check', () => {
  it('returns the decision\'s violations', () => {
    const r = request();
    expect(customerRecordsProcedure.check!(r as never, { asOf: AT })).toEqual(decide(r).violations);
    expect(customerRecordsProcedure.schemas?.request?.safeParse(r).success).toBe(true);
  });
});
