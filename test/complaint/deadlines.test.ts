import { describe, expect, it } from 'vitest';
import { composePolicy } from '../../src/core/policy';
import { checkComplaint, complaintDeadlines, complaintPacks, complaintReplyDeadline } from '../../src/procedures/complaint/index';
import { RECEIVED, after, intake } from './fixtures';

const rules = (vs: { ruleId: string }[]) => vs.map((v) => v.ruleId).sort();
const civil = composePolicy(complaintPacks.ZH, complaintPacks.DEPT, { 'core.dayCounting': 'civil-code' });

describe('complaintReplyDeadline (WI/FW-006.18: 3 days)', () => {
  it('is 3 × 24 h after receipt under the default rolling count', () => {
    expect(complaintReplyDeadline(RECEIVED)).toEqual({ dueAt: '2026-05-09T09:30:00+08:00', inclusive: true });
  });
  it('gives the same answer for the same instant written in UTC', () => {
    expect(complaintReplyDeadline('2026-05-06T01:30:00Z')).toEqual(complaintReplyDeadline(RECEIVED));
    expect(complaintReplyDeadline('2026-05-05T20:30:00-05:00')).toEqual({ dueAt: '2026-05-09T09:30:00+08:00', inclusive: true });
  });
  it('follows an override of the number of days', () => {
    expect(complaintReplyDeadline(RECEIVED, composePolicy(complaintPacks.ZH, { 'complaint.notifyWithin': { value: 2, unit: 'day' } }))).toEqual({ dueAt: '2026-05-08T09:30:00+08:00', inclusive: true });
    expect(complaintReplyDeadline(RECEIVED, composePolicy(complaintPacks.ZH, { 'complaint.notifyWithin': { value: 36, unit: 'hour' } }))).toEqual({ dueAt: '2026-05-07T21:30:00+08:00', inclusive: true });
  });
  it('under the Civil Code reading ends at 24:00 of the third day after receipt', () => {
    // 2026-05-09 is a Saturday but a 劳动节 make-up working day: no shift.
    expect(complaintReplyDeadline(RECEIVED, civil)).toEqual({ dueAt: '2026-05-10T00:00:00+08:00', inclusive: false });
  });
  it('under the Civil Code reading moves a last day in the National Day holiday to the next working day', () => {
    // 09-30 + 3 days = 10-03 (holiday 10-01…10-07) → 10-08, ends 24:00 → 10-09 00:00.
    expect(complaintReplyDeadline('2026-09-30T16:00:00+08:00', civil)).toEqual({ dueAt: '2026-10-09T00:00:00+08:00', inclusive: false });
  });
  it('is null when the policy sets the limit to null (not applied), not the default', () => {
    expect(complaintReplyDeadline(RECEIVED, composePolicy(complaintPacks.ZH, { 'complaint.notifyWithin': null }))).toBeNull();
  });
  it('rejects an instant without an offset with INVALID_INSTANT', () => {
    expect(() => complaintReplyDeadline('2026-05-06T09:30:00')).toThrowError(expect.objectContaining({ code: 'INVALID_INSTANT' }));
  });
  it('rejects a policy that is not composed with INVALID_POLICY', () => {
    expect(() => complaintReplyDeadline(RECEIVED, { 'complaint.notifyWithin': { value: 2, unit: 'day' } } as never)).toThrowError(expect.objectContaining({ code: 'INVALID_POLICY' }));
  });
});

describe('the three "3 days" and the DEPT limits are kept apart', () => {
  it('lists each deadline with its own clause and start', () => {
    const record = intake({ dispatches: [{ at: after(120), department: '工程部' }] });
    const ds = complaintDeadlines(record);
    expect(ds.map((d) => [d.id, d.ruleId, d.startedAt, d.dueAt])).toEqual([
      ['notify', 'complaint.notify-deadline', RECEIVED, '2026-05-09T09:30:00+08:00'],
      ['complete', 'complaint.complete-deadline', RECEIVED, '2026-05-09T09:30:00+08:00'],
      ['investigate', 'complaint.investigate-deadline', RECEIVED, '2026-05-08T09:30:00+08:00'],
      ['department', 'complaint.department-deadline', after(120), '2026-05-09T11:30:00+08:00'],
    ]);
  });
  it('raises notify, complete and investigate as errors and the department limit as a warning', () => {
    const record = intake({ dispatches: [{ at: after(120), department: '工程部' }] });
    const vs = checkComplaint(record, { asOf: '2026-05-10T00:00:00+08:00' });
    expect(vs.map((v) => [v.ruleId, v.severity]).sort()).toEqual([
      ['complaint.complete-deadline', 'error'],
      ['complaint.department-deadline', 'warning'],
      ['complaint.notify-deadline', 'error'],
    ]);
  });
  it('raises the 48-hour investigation limit (DEPT 5.2.3) when nothing was organised', () => {
    expect(rules(checkComplaint(intake(), { asOf: '2026-05-08T09:30:01+08:00' }))).toEqual(['complaint.investigate-deadline']);
    expect(rules(checkComplaint(intake(), { asOf: '2026-05-08T09:30:00+08:00' }))).toEqual([]);
  });
  it('switches a limit off when a policy sets it to null', () => {
    const policy = composePolicy(complaintPacks.ZH, complaintPacks.DEPT, { 'complaint.investigateWithin': null });
    expect(rules(checkComplaint(intake(), { asOf: '2026-05-08T12:00:00+08:00', policy }))).toEqual([]);
    expect(complaintDeadlines(intake(), { policy }).map((d) => d.id)).toEqual(['notify', 'complete']);
  });
});

describe('boundaries of "within 3 days" (以内 includes the end)', () => {
  const notifiedAt = (at: string) => intake({ progressNotices: [{ at }], dispatches: [{ at: after(5) }].map((d) => ({ ...d, department: '客服部' })), result: { at: after(10), description: '已处理' } });
  it('a notice exactly 72 h after receipt is on time, one second later is late', () => {
    const asOf = '2026-05-12T00:00:00+08:00';
    expect(rules(checkComplaint(notifiedAt('2026-05-09T09:30:00+08:00'), { asOf }))).toEqual([]);
    expect(rules(checkComplaint(notifiedAt('2026-05-09T09:30:01+08:00'), { asOf }))).toEqual(['complaint.notify-deadline']);
  });
  it('an unanswered complaint is not late at 72 h, and is late at 72 h + 1 s', () => {
    const base = intake({ dispatches: [{ at: after(5), department: '客服部' }], result: { at: after(10), description: '已处理' } });
    expect(rules(checkComplaint(base, { asOf: '2026-05-09T09:30:00+08:00' }))).toEqual([]);
    expect(rules(checkComplaint(base, { asOf: '2026-05-09T09:30:01+08:00' }))).toEqual(['complaint.notify-deadline']);
  });
  it('under the Civil Code reading 23:59:59 of the last day is on time and 00:00 the next day is late', () => {
    const asOf = '2026-05-12T00:00:00+08:00';
    expect(rules(checkComplaint(notifiedAt('2026-05-09T23:59:59+08:00'), { asOf, policy: civil }))).toEqual([]);
    expect(rules(checkComplaint(notifiedAt('2026-05-10T00:00:00+08:00'), { asOf, policy: civil }))).toEqual(['complaint.notify-deadline']);
  });
  it('the same instants written in UTC give the same verdicts', () => {
    const asOf = '2026-05-11T16:00:00Z';
    expect(rules(checkComplaint(notifiedAt('2026-05-09T15:59:59Z'), { asOf, policy: civil }))).toEqual([]);
    expect(rules(checkComplaint(notifiedAt('2026-05-09T16:00:00Z'), { asOf, policy: civil }))).toEqual(['complaint.notify-deadline']);
  });
});

describe('consultations (DEPT 5.1.4: tracked within 24 hours)', () => {
  const consultation = intake({ nature: 'consultation' });
  it('has only the 24-hour tracking deadline', () => {
    expect(complaintDeadlines(consultation).map((d) => [d.id, d.dueAt])).toEqual([['consultation', '2026-05-07T09:30:00+08:00']]);
  });
  it('is late without a progress notice after 24 h, on time with one', () => {
    expect(rules(checkComplaint(consultation, { asOf: '2026-05-07T09:30:01+08:00' }))).toEqual(['complaint.consultation-tracking']);
    expect(rules(checkComplaint({ ...consultation, progressNotices: [{ at: '2026-05-07T09:00:00+08:00' }] }, { asOf: '2026-05-08T00:00:00+08:00' }))).toEqual([]);
  });
});

describe('promised next reply (跟清楚, WI/FW-014.3)', () => {
  it('warns when the promised reply time passes without a new notice', () => {
    const record = intake({ dispatches: [{ at: after(5), department: '工程部' }], progressNotices: [{ at: after(30), nextReplyAt: after(6 * 60) }] });
    const vs = checkComplaint(record, { asOf: after(6 * 60 + 1) });
    expect(vs.map((v) => [v.ruleId, v.severity])).toEqual([['complaint.promised-reply', 'warning']]);
    const kept = { ...record, progressNotices: [...record.progressNotices!, { at: after(5 * 60) }] };
    expect(checkComplaint(kept, { asOf: after(6 * 60 + 1) })).toEqual([]);
  });
});

describe('host arrays in any order', () => {
  it('the earliest progress notice and dispatch count, wherever they stand in the array', () => {
    const record = intake({
      progressNotices: [{ at: '2026-05-12T09:00:00+08:00' }, { at: after(60) }],
      dispatches: [{ at: '2026-05-11T09:00:00+08:00', department: '工程部' }, { at: after(30), department: '秩序维护部' }],
      result: { at: after(120), description: '已处理' },
    });
    expect(checkComplaint(record, { asOf: '2026-05-12T10:00:00+08:00' })).toEqual([]);
    const ds = complaintDeadlines(record);
    expect(ds.find((d) => d.id === 'notify')?.metAt).toBe(after(60));
    expect(ds.find((d) => d.id === 'department')?.startedAt).toBe(after(30));
  });
  it('a promised reply is kept by a later notice listed before it', () => {
    const record = intake({ dispatches: [{ at: after(5), department: '工程部' }], progressNotices: [{ at: after(300) }, { at: after(30), nextReplyAt: after(360) }] });
    expect(checkComplaint(record, { asOf: after(400) })).toEqual([]);
  });
});
