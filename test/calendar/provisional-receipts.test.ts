// Issue 13: under core.beyondCalendar 'weekdays', the procedures' own checks and machines name
// the provisional dates a decision used; under the default they refuse with CALENDAR_NOT_COVERED.
import { transition } from 'xstate';
import { describe, expect, it } from 'vitest';
import { composePolicy } from '../../src/core/policy';
import { checkComplaint, createComplaintMachine, startComplaint, stepComplaint } from '../../src/procedures/complaint/index';
import { checkFollowUps } from '../../src/procedures/follow-up/index';
import { thrown } from '../core/helpers';

const weekdays = composePolicy({ 'core.beyondCalendar': 'weekdays' });
const civilWeekdays = composePolicy({ 'core.beyondCalendar': 'weekdays', 'core.dayCounting': 'civil-code' });
const civilError = composePolicy({ 'core.dayCounting': 'civil-code' });

const complaint = {
  id: 'C-2026-1230-01',
  receivedAt: '2026-12-30T10:00:00+08:00',
  channel: 'phone' as const,
  complainant: { name: '王建国', unit: '3栋1201' },
  subject: '楼道灯不亮',
  receiver: '李敏',
};

describe('provisional dates reach the receipts of the procedures', () => {
  it('a special-service follow-up from 2026-12-31 followed up late: the receipt names 2027-01-01', () => {
    const month = { specialServiceOrders: [{ id: 'S-1', completedAt: '2026-12-31T16:00:00+08:00', followedUpAt: '2027-01-04T10:00:00+08:00' }] };
    thrown(() => checkFollowUps(month, { asOf: '2027-01-05T09:00:00+08:00' }), 'CALENDAR_NOT_COVERED');
    const late = checkFollowUps(month, { asOf: '2027-01-05T09:00:00+08:00', policy: weekdays }).find((v) => v.ruleId.endsWith('deadline'));
    expect(late?.data['provisional']).toEqual({ dates: ['2027-01-01'] });
  });

  it('a civil-code complaint received on 2026-12-30 and not notified: the receipt names the days read from their weekday', () => {
    const violations = checkComplaint(complaint, { asOf: '2027-01-10T09:00:00+08:00', policy: civilWeekdays });
    const notify = violations.find((v) => v.ruleId === 'complaint.notify-deadline');
    expect(notify?.data['provisional']).toEqual({ dates: ['2027-01-02', '2027-01-03', '2027-01-04'] });
    // Inside the data nothing is provisional.
    const may = checkComplaint({ ...complaint, receivedAt: '2026-05-06T09:30:00+08:00' }, { asOf: '2026-05-20T09:00:00+08:00', policy: civilWeekdays });
    expect(may.some((v) => 'provisional' in v.data)).toBe(false);
  });

  it('a DISPATCH on 2026-12-30 steps under weekdays, its deadlines provisional; under the default it is refused, never thrown', () => {
    const events = [
      { type: 'LISTENED', at: '2026-12-30T10:01:00+08:00' },
      { type: 'CLARIFIED', at: '2026-12-30T10:02:00+08:00' },
      { type: 'RECORDED', at: '2026-12-30T10:03:00+08:00', documentNo: 'TS-1' },
      { type: 'CLASSIFY', at: '2026-12-30T10:04:00+08:00', kind: 'general', reasonable: true, inScope: true },
      { type: 'DISPATCH', at: '2026-12-30T10:05:00+08:00', department: '工程部' },
    ] as const;
    const machine = createComplaintMachine({ policy: civilWeekdays });
    let [snapshot] = startComplaint(complaint, machine);
    for (const event of events) {
      const r = stepComplaint(snapshot, event, machine);
      expect(r.accepted).toBe(true);
      snapshot = r.snapshot;
    }
    const department = snapshot.context.deadlines.find((d) => d.id === 'department');
    expect(department).toMatchObject({ provisional: true });
    expect(department?.provisionalDates).toContain('2027-01-02');

    const strict = createComplaintMachine({ policy: civilError });
    expect(() => startComplaint(complaint, strict)).toThrow(expect.objectContaining({ code: 'CALENDAR_NOT_COVERED' }));

    // Received on 20 December (its own deadlines inside the data), dispatched on 30 December.
    const early = (at: string) => at.replace('2026-12-30', '2026-12-20');
    let [s] = startComplaint({ ...complaint, receivedAt: early(complaint.receivedAt) }, strict);
    for (const event of events.slice(0, 4)) s = stepComplaint(s, { ...event, at: early(event.at) }, strict).snapshot;
    const dispatch = events[4];
    const refused = stepComplaint(s, dispatch, strict);
    if (refused.accepted) throw new Error('DISPATCH past the calendar was accepted');
    expect(refused.snapshot).toBe(s);
    expect(refused.refusal).toMatchObject({ kind: 'not-computable', error: { code: 'CALENDAR_NOT_COVERED' } });
    expect(refused.refusal.reason['zh-CN']).toMatch(/^无法计算期限或判定：/);
    // Raw xstate stepping refuses too: the same snapshot back, nothing thrown.
    expect(transition(strict, s, dispatch)[0]).toBe(s);
    // A check dated 2027 on a case whose deadlines reach past the data is refused the same way.
    const check = stepComplaint(stepComplaint(s, { ...dispatch, at: '2026-12-20T10:05:00+08:00' }, strict).snapshot, { type: 'CHECK_DEADLINES', at: '2027-01-03T09:00:00+08:00' }, strict);
    expect(check.accepted).toBe(true);
  });
});
