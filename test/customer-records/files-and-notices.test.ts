import { describe, expect, it } from 'vitest';
import { composePolicy } from '../../src/core/policy';
import { checkCustomerFile, checkNotice, customerFileRules, customerRecordsPacks, customerRecordsProcedure } from '../../src/procedures/customer-records/index';

const ASOF = { asOf: '2026-05-06T10:00:00+08:00' };

describe('OFFICE 六.1: what a customer file holds', () => {
  it('basic details, service records and payments; empty lists count, empty details do not', () => {
    expect(checkCustomerFile({ id: 'A', basicInfo: { name: '王先生' }, serviceRecords: [], payments: [] }, ASOF)).toEqual([]);
    const [v] = checkCustomerFile({ id: 'A', basicInfo: {}, serviceRecords: [] }, ASOF);
    expect(v?.ruleId).toBe('customer-records.file-incomplete');
    expect((v?.data.missing as { field: string }[]).map((m) => m.field)).toEqual(['basicInfo', 'payments']);
    expect(v?.data.parameters).toHaveProperty(['customerRecords.fileParts', 'from'], 'OFFICE');
  });
});

describe('STD 客户沟通 通知通告 2: notices approved by the project head before publication', () => {
  const notice = { id: 'N-1', channel: '公告栏', publishedAt: '2026-05-06T09:00:00+08:00', approval: { by: '张经理', role: 'project-head', at: '2026-05-06T09:00:00+08:00' } };
  it('approved at the instant of publication is in time; a second later, by another role, or not at all, is not', () => {
    expect(checkNotice(notice, ASOF)).toEqual([]);
    const reason = (n: typeof notice | Omit<typeof notice, 'approval'>, options = ASOF) => checkNotice(n, options).map((v) => v.data.reason);
    expect(reason({ ...notice, approval: { ...notice.approval, at: '2026-05-06T09:00:01+08:00' } })).toEqual(['late']);
    expect(reason({ ...notice, approval: { ...notice.approval, role: 'service-manager' } })).toEqual(['role']);
    const { approval: _a, ...bare } = notice;
    expect(reason(bare)).toEqual(['none']);
    // Not published yet at asOf: not judged.
    expect(reason(bare, { asOf: '2026-05-06T08:59:59+08:00' })).toEqual([]);
    // A company that lets the service manager approve says so.
    const policy = composePolicy(customerRecordsPacks.STD, { 'customerRecords.noticeApproverRoles': ['project-head', 'service-manager'] });
    expect(checkNotice({ ...notice, approval: { ...notice.approval, role: 'service-manager' } }, { ...ASOF, policy })).toEqual([]);
  });
  it('the rules are in the procedure (docs)', () => {
    expect(customerRecordsProcedure.rules).toEqual(expect.arrayContaining(Object.values(customerFileRules)));
  });
});
