import { describe, expect, it } from 'vitest';
import { composePolicy } from '../../src/core/policy';
import type { ComplaintRecord } from '../../src/procedures/complaint/index';
import { checkComplaint, complaintPacks } from '../../src/procedures/complaint/index';
import { missingForClose } from '../../src/procedures/complaint/rules';
import { after, intake } from './fixtures';

const rules = (vs: { ruleId: string }[]) => vs.map((v) => v.ruleId).sort();

/** A complaint handled on time, closed with everything recorded. */
function closedRecord(overrides: Partial<ComplaintRecord> = {}): ComplaintRecord {
  return intake({
    documentNo: 'TS-2026-0142',
    fiveClears: { listened: after(1), clarified: after(2), recorded: after(3), followedThrough: after(300), repliedClearly: after(300) },
    classification: { at: after(4), kind: 'general', reasonable: true, inScope: true },
    dispatches: [{ at: after(10), department: '工程部' }],
    result: { at: after(240), description: '已更换路灯' },
    resultNotifiedAt: after(300),
    followUp: { at: after(1500), by: '张丽', result: '满意', satisfied: true },
    closedAt: after(1600),
    ...overrides,
  });
}
const LATER = '2026-06-01T00:00:00+08:00';

describe('a complaint handled by the book has no violations', () => {
  it('returns an empty list', () => {
    expect(checkComplaint(closedRecord(), { asOf: LATER })).toEqual([]);
    expect(missingForClose(closedRecord())).toEqual([]);
  });
});

describe('notification exemption (WI/FW-006.18: 不实,致使无法通知)', () => {
  const unnotified = (e: ComplaintRecord['notificationExemption']) =>
    intake({ notificationExemption: e, dispatches: [{ at: after(5), department: '工程部' }], result: { at: after(60), description: '已处理' } });
  it('holds when a detail was false and notifying was impossible', () => {
    expect(checkComplaint(unnotified({ at: after(70), falseDetails: ['contact', 'address'], notifiable: false }), { asOf: LATER })).toEqual([]);
  });
  it('does not hold when the details were false but the complainant could still be told', () => {
    const vs = checkComplaint(unnotified({ at: after(70), falseDetails: ['name'], notifiable: true }), { asOf: LATER });
    expect(rules(vs)).toEqual(['complaint.notify-deadline', 'complaint.notify-exemption-invalid']);
    expect(vs.find((v) => v.ruleId === 'complaint.notify-exemption-invalid')?.severity).toBe('warning');
  });
  it('does not hold when notifying failed but no detail was false', () => {
    expect(rules(checkComplaint(unnotified({ at: after(70), falseDetails: [], notifiable: false }), { asOf: LATER }))).toEqual(['complaint.notify-deadline', 'complaint.notify-exemption-invalid']);
  });
});

describe('汇报 of major and written complaints (WI/FW-014.7, WI/FW-012 三)', () => {
  it('flags a major complaint with no report, naming the escalation target of the policy', () => {
    const record = intake({ classification: { at: after(5), kind: 'major', reasonable: true, inScope: true } });
    const [v] = checkComplaint(record, { asOf: after(10) });
    expect(v?.ruleId).toBe('complaint.major-not-reported');
    expect(v?.message['zh-CN']).toContain('部门主管或企业领导');
    const dept = checkComplaint(record, { asOf: after(10), policy: composePolicy(complaintPacks.ZH, complaintPacks.DEPT) });
    expect(dept[0]?.message['zh-CN']).toContain('客服部经理');
    expect(dept[0]?.data.parameters).toEqual({ 'complaint.escalateTo': { value: { 'zh-CN': '客服部经理', en: 'the customer-service manager' }, from: 'DEPT', clause: '5.2.2' } });
  });
  it('flags a written complaint with no report, and nothing once reported', () => {
    const record = intake({ channel: 'letter', classification: { at: after(5), kind: 'written', reasonable: true, inScope: true } });
    expect(rules(checkComplaint(record, { asOf: after(10) }))).toEqual(['complaint.major-not-reported']);
    expect(rules(checkComplaint({ ...record, report: { at: after(8), to: '总经理' } }, { asOf: after(10) }))).toEqual([]);
  });
  it('does not flag a general complaint', () => {
    expect(checkComplaint(intake({ classification: { at: after(5), kind: 'general', reasonable: true, inScope: true } }), { asOf: after(10) })).toEqual([]);
  });
  it('does not count a report made after asOf', () => {
    const record = intake({ classification: { at: after(5), kind: 'major', reasonable: true, inScope: true }, report: { at: after(60), to: '主任' } });
    expect(rules(checkComplaint(record, { asOf: after(10) }))).toEqual(['complaint.major-not-reported']);
  });
});

describe('follow-up (STD 投诉管理: 100%, unreachable or inconvenient excepted)', () => {
  it('flags a closed complaint with no follow-up', () => {
    const { followUp: _omit, ...rest } = closedRecord();
    expect(rules(checkComplaint(rest as ComplaintRecord, { asOf: LATER }))).toEqual(['complaint.follow-up-missing']);
  });
  it('accepts the exemption instead of a follow-up', () => {
    const { followUp: _omit, ...rest } = closedRecord();
    expect(checkComplaint({ ...rest, followUpExemption: { at: after(1500), reason: 'unreachable' } } as ComplaintRecord, { asOf: LATER })).toEqual([]);
  });
  it('warns when closed after an unsatisfied follow-up (WI/FW-011 二.4)', () => {
    const vs = checkComplaint(closedRecord({ followUp: { at: after(1500), by: '张丽', result: '仍有噪声', satisfied: false } }), { asOf: LATER });
    expect(vs.map((v) => [v.ruleId, v.severity])).toEqual([['complaint.closed-unsatisfied', 'warning']]);
  });
  it('does not flag an open complaint awaiting its follow-up', () => {
    const { followUp: _f, closedAt: _c, ...open } = closedRecord();
    expect(checkComplaint(open as ComplaintRecord, { asOf: LATER })).toEqual([]);
  });
});

describe('measures and record completeness', () => {
  it('flags a corrective measure not done by its due time (WI/FW-011 二.1)', () => {
    const record = closedRecord({ measures: [{ kind: 'corrective', description: '更换全部路灯', dueAt: after(600) }] });
    expect(rules(checkComplaint(record, { asOf: after(601) }))).toEqual(['complaint.measure-overdue']);
    expect(rules(checkComplaint(record, { asOf: after(600) }))).toEqual([]);
    const done = closedRecord({ measures: [{ kind: 'corrective', description: '更换全部路灯', dueAt: after(600), doneAt: after(650) }] });
    expect(checkComplaint(done, { asOf: LATER })[0]?.message.en).toContain('done');
  });
  it('words a late measure and a late deadline, done late or still open, in both languages', () => {
    const measure = (doneAt?: string) => closedRecord({ measures: [{ kind: 'corrective', description: '更换全部路灯', dueAt: after(600), ...(doneAt ? { doneAt } : {}) }] });
    expect(checkComplaint(measure(after(650)), { asOf: LATER })[0]?.message).toEqual({
      'zh-CN': '投诉 C-2026-0506-01：纠正措施“更换全部路灯”应于 2026-05-06 19:30 前完成，实际 2026-05-06 20:20。',
      en: 'Complaint C-2026-0506-01: the corrective measure "更换全部路灯" was due by 2026-05-06 19:30, done 2026-05-06 20:20.',
    });
    expect(checkComplaint(measure(), { asOf: after(601) })[0]?.message).toEqual({
      'zh-CN': '投诉 C-2026-0506-01：纠正措施“更换全部路灯”应于 2026-05-06 19:30 前完成，截至 2026-05-06 19:31 未完成。',
      en: 'Complaint C-2026-0506-01: the corrective measure "更换全部路灯" was due by 2026-05-06 19:30 and is not done as of 2026-05-06 19:31.',
    });
    const dispatched = { dispatches: [{ at: after(5), department: '工程部' }], result: { at: after(60), description: '已处理' } };
    expect(checkComplaint(intake({ ...dispatched, resultNotifiedAt: after(4400) }), { asOf: LATER })[0]?.message).toEqual({
      'zh-CN': '投诉 C-2026-0506-01：通知处理结果或进度应在 2026-05-09 09:30 前完成（时限 3日），实际 2026-05-09 10:50。',
      en: 'Complaint C-2026-0506-01: telling the result or progress was due by 2026-05-09 09:30 (limit 3 days), done 2026-05-09 10:50.',
    });
    expect(checkComplaint(intake(dispatched), { asOf: '2026-05-09T09:31:00+08:00' })[0]?.message).toEqual({
      'zh-CN': '投诉 C-2026-0506-01：通知处理结果或进度应在 2026-05-09 09:30 前完成（时限 3日），截至 2026-05-09 09:31 仍未完成。',
      en: 'Complaint C-2026-0506-01: telling the result or progress was due by 2026-05-09 09:30 (limit 3 days) and is still not done as of 2026-05-09 09:31.',
    });
  });
  it('flags a closed record that lacks the document number and the reply', () => {
    const { documentNo: _d, ...rest } = closedRecord();
    const record = { ...rest, fiveClears: { ...rest.fiveClears, repliedClearly: undefined } } as ComplaintRecord;
    const [v] = checkComplaint(record, { asOf: LATER });
    expect(v?.ruleId).toBe('complaint.record-incomplete');
    expect(v?.data.missing).toEqual([
      { field: 'documentNo', label: { 'zh-CN': '投诉文件编号', en: 'document number' } },
      { field: 'fiveClears.repliedClearly', label: { 'zh-CN': '复清楚', en: 'replied clearly' } },
    ]);
    expect(v?.message['zh-CN']).toContain('缺少：投诉文件编号、复清楚。');
  });
  it('warns when an out-of-scope complaint is closed without a referral (WI/FW-006.17)', () => {
    const record = closedRecord({ classification: { at: after(4), kind: 'general', reasonable: true, inScope: false } });
    expect(rules(checkComplaint(record, { asOf: LATER }))).toEqual(['complaint.out-of-scope-not-referred']);
  });
});

describe('decision receipts', () => {
  it('record the parameter values used and where they came from', () => {
    const policy = composePolicy(complaintPacks.ZH, { 'complaint.notifyWithin': { value: 2, unit: 'day' } });
    const v = checkComplaint(intake({ dispatches: [{ at: after(5), department: '工程部' }], result: { at: after(60), description: 'x' } }), { asOf: '2026-05-08T09:30:01+08:00', policy })[0]!;
    expect(v.ruleId).toBe('complaint.notify-deadline');
    expect(v.source).toEqual({ document: '《服务中心工作手册》', clause: 'WI/FW-006.18' });
    expect(v.data).toMatchObject({
      deadline: 'notify',
      dueAt: '2026-05-08T09:30:00+08:00',
      metAt: null,
      parameters: { 'complaint.notifyWithin': { value: { value: 2, unit: 'day' }, from: 'override' }, 'core.dayCounting': { value: 'rolling', from: 'LIBRARY' } },
    });
    expect(v.message['zh-CN']).toContain('2日');
    expect(v.message.en).toContain('2 days');
  });
});

describe('bad input is a typed error', () => {
  it('an instant without an offset is INVALID_INSTANT, naming the field', () => {
    expect(() => checkComplaint(intake({ receivedAt: '2026-05-06T09:30:00' }), { asOf: LATER })).toThrowError(expect.objectContaining({ code: 'INVALID_INSTANT', details: expect.objectContaining({ issues: [expect.objectContaining({ path: ['receivedAt'] })] }) }));
    expect(() => checkComplaint(intake(), { asOf: '2026-06-01' })).toThrowError(expect.objectContaining({ code: 'INVALID_INSTANT' }));
  });
  it('a missing field or a wrong channel is INVALID_INPUT', () => {
    const { subject: _s, ...noSubject } = intake();
    expect(() => checkComplaint(noSubject as ComplaintRecord, { asOf: LATER })).toThrowError(expect.objectContaining({ code: 'INVALID_INPUT' }));
    expect(() => checkComplaint(intake({ channel: 'pigeon' as never }), { asOf: LATER })).toThrowError(expect.objectContaining({ code: 'INVALID_INPUT' }));
    expect(() => checkComplaint(null as never, { asOf: LATER })).toThrowError(expect.objectContaining({ code: 'INVALID_INPUT' }));
  });
  it('messages come in both languages', () => {
    try {
      checkComplaint(intake({ receivedAt: 'yesterday' }), { asOf: LATER });
      expect.unreachable();
    } catch (e) {
      expect(e).toMatchObject({ text: { 'zh-CN': expect.stringContaining('无效'), en: expect.stringContaining('Invalid') } });
    }
  });
  it('host fields the library does not know are kept and ignored', () => {
    const record = { ...closedRecord(), hostTicketId: 'T-9', tags: ['VIP'] };
    expect(checkComplaint(record, { asOf: LATER })).toEqual([]);
  });
});
