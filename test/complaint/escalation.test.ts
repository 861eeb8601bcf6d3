import { describe, expect, it } from 'vitest';
import { composePolicy } from '../../src/core/policy';
import { checkEscalation, complaintEscalationRules, complaintPacks, complaintProcedure } from '../../src/procedures/complaint/index';
import type { EscalatedComplaint } from '../../src/procedures/complaint/index';

const base: EscalatedComplaint = { id: 'C-1', receivedAt: '2026-05-06T09:30:00+08:00', channel: 'phone', complainant: { name: '王先生', unit: '3栋1201' }, subject: '电梯停运', receiver: '李敏' };
const ids = (r: EscalatedComplaint, asOf: string) => checkEscalation(r, { asOf }).map((v) => v.ruleId);

describe('WI/FW-015.8: wide-impact, or serious and long-unresolved, complaints go to company leadership at once', () => {
  const wide: EscalatedComplaint = { ...base, escalation: { wideImpact: { at: '2026-05-06T10:00:00+08:00' } } };
  it('"at once" is before 24:00 of the day the case arose', () => {
    expect(ids(wide, '2026-05-06T23:59:59+08:00')).toEqual([]);
    expect(ids(wide, '2026-05-07T00:00:00+08:00')).toEqual(['complaint.leadership-not-informed']);
    expect(ids({ ...wide, escalation: { ...wide.escalation, leadershipReport: { at: '2026-05-06T23:59:59+08:00', to: '公司总经理' } } }, '2026-05-08T00:00:00+08:00')).toEqual([]);
    expect(ids({ ...wide, escalation: { ...wide.escalation, leadershipReport: { at: '2026-05-07T08:00:00+08:00', to: '公司总经理' } } }, '2026-05-08T00:00:00+08:00')).toEqual(['complaint.leadership-not-informed']);
  });

  it('serious harm counts only once long unresolved: no result 3 days (72 h) after receipt', () => {
    const serious: EscalatedComplaint = { ...base, escalation: { seriousHarm: { at: '2026-05-06T10:00:00+08:00' } } };
    expect(ids(serious, '2026-05-09T23:59:59+08:00')).toEqual([]);
    const [v] = checkEscalation(serious, { asOf: '2026-05-10T00:00:00+08:00' });
    expect(v?.data).toMatchObject({ why: 'serious-and-unresolved', dueAt: '2026-05-10 00:00' });
    expect(v?.data.parameters).toEqual({ 'complaint.longUnresolvedAfter': { value: { value: 3, unit: 'day' }, from: 'LIBRARY', clause: 'WI/FW-015.8' } });
    // A result exactly 72 hours after receipt is not long unresolved; a second later it is.
    const resolved = (at: string): EscalatedComplaint => ({ ...serious, result: { at, description: '已修复' } });
    expect(ids(resolved('2026-05-09T09:30:00+08:00'), '2026-05-20T00:00:00+08:00')).toEqual([]);
    expect(ids(resolved('2026-05-09T09:30:01+08:00'), '2026-05-20T00:00:00+08:00')).toEqual(['complaint.leadership-not-informed']);
    // A company may set its own limit.
    expect(checkEscalation(serious, { asOf: '2026-05-10T00:00:00+08:00', policy: composePolicy(complaintPacks.ZH, { 'complaint.longUnresolvedAfter': { value: 5, unit: 'day' } }) })).toEqual([]);
  });
});

describe('WI/FW-015.10: overdue measures are chased until done', () => {
  const overdue: EscalatedComplaint = { ...base, measures: [{ kind: 'remedial', description: '更换电梯门机', dueAt: '2026-05-08T18:00:00+08:00' }] };
  it('a chase within a day of the due time, and again each day after, until done', () => {
    expect(ids(overdue, '2026-05-09T18:00:00+08:00')).toEqual([]);
    expect(ids(overdue, '2026-05-09T18:00:01+08:00')).toEqual(['complaint.overdue-not-chased']);
    const chased: EscalatedComplaint = { ...overdue, escalation: { chases: [{ at: '2026-05-09T17:00:00+08:00', measure: 0 }] } };
    expect(ids(chased, '2026-05-10T17:00:00+08:00')).toEqual([]);
    const [v] = checkEscalation(chased, { asOf: '2026-05-10T17:00:01+08:00' });
    expect(v?.data).toMatchObject({ measure: 0, dueAt: '2026-05-10 17:00', overdueSince: '2026-05-08 18:00' });
    // Done before the chase fell due: nothing to chase. A chase of another measure does not count.
    expect(ids({ ...overdue, measures: [{ ...overdue.measures![0]!, doneAt: '2026-05-09T12:00:00+08:00' }] }, '2026-06-01T00:00:00+08:00')).toEqual([]);
    expect(ids({ ...overdue, escalation: { chases: [{ at: '2026-05-09T17:00:00+08:00', measure: 1 }] } }, '2026-05-09T18:00:01+08:00')).toEqual(['complaint.overdue-not-chased']);
  });
});

describe('WI/FW-006.20: a complaint handed down by the company has its result reported at once', () => {
  const handed: EscalatedComplaint = { ...base, result: { at: '2026-05-08T15:00:00+08:00', description: '已修复' }, escalation: { handedDown: { at: '2026-05-06T09:00:00+08:00', by: '公司品质部' } } };
  it('before 24:00 of the result\'s day', () => {
    expect(ids(handed, '2026-05-08T23:59:59+08:00')).toEqual([]);
    expect(ids(handed, '2026-05-09T00:00:00+08:00')).toEqual(['complaint.handed-down-result-not-reported']);
    expect(ids({ ...handed, escalation: { ...handed.escalation, resultReportedUp: { at: '2026-05-08T16:00:00+08:00' } } }, '2026-05-09T00:00:00+08:00')).toEqual([]);
  });
});

describe('WI/FW-015.7 and STD 投诉管理 处理与回访 2 at closing', () => {
  const closed: EscalatedComplaint = { ...base, classification: { at: '2026-05-06T09:40:00+08:00', kind: 'major', reasonable: true, inScope: true }, closedAt: '2026-05-12T10:00:00+08:00' };
  it('a closed major, hot or important complaint needs a special report and a separate file (warning)', () => {
    const [v] = checkEscalation(closed, { asOf: '2026-05-12T10:00:00+08:00' });
    expect(v).toMatchObject({ ruleId: 'complaint.special-report-missing', severity: 'warning' });
    expect(v?.data.missing).toEqual([expect.objectContaining({ field: 'escalation.specialReport' }), expect.objectContaining({ field: 'escalation.separateArchive' })]);
    expect(ids(closed, '2026-05-12T09:59:59+08:00')).toEqual([]);
    const general = { ...closed, classification: { ...closed.classification!, kind: 'general' as const } };
    expect(ids(general, '2026-06-01T00:00:00+08:00')).toEqual([]);
    expect(ids({ ...general, escalation: { hot: true, specialReport: { at: '2026-05-12T11:00:00+08:00' } } }, '2026-06-01T00:00:00+08:00')).toEqual(['complaint.special-report-missing']);
  });
  it('joint handling is a permission: only a hint (info) when a complex complaint involved nobody', () => {
    const general = { ...closed, classification: { ...closed.classification!, kind: 'general' as const }, escalation: { complexity: { at: '2026-05-06T10:00:00+08:00', reason: 'disputed' as const } } };
    expect(checkEscalation(general, { asOf: '2026-06-01T00:00:00+08:00' }).map((v) => [v.ruleId, v.severity])).toEqual([['complaint.joint-handling-considered', 'info']]);
    expect(ids({ ...general, dispatches: [{ at: '2026-05-06T11:00:00+08:00', department: '工程部' }] }, '2026-06-01T00:00:00+08:00')).toEqual([]);
  });
});

describe('registration and input', () => {
  it('the escalation rules are in the procedure (docs) and bad escalation facts are INVALID_INPUT; the record is not changed', () => {
    expect(complaintProcedure.rules).toEqual(expect.arrayContaining(Object.values(complaintEscalationRules)));
    expect(() => checkEscalation({ ...base, escalation: { chases: [{ at: '2026-05-09T10:00:00+08:00', measure: -1 }] } } as never, { asOf: '2026-06-01T00:00:00+08:00' })).toThrow(expect.objectContaining({ code: 'INVALID_INPUT' }));
    const frozen = Object.freeze({ ...base, hostField: 1, escalation: Object.freeze({ wideImpact: Object.freeze({ at: '2026-05-06T10:00:00+08:00' }) }) });
    expect(ids(frozen, '2026-05-07T00:00:00+08:00')).toEqual(['complaint.leadership-not-informed']);
  });
});
