import { describe, expect, it } from 'vitest';
import type { BusinessCalendar } from '../../src/core/calendar';
import { composePolicy } from '../../src/core/policy';
import { checkFollowUps, followUpPacks, followUpRules, specialServiceFollowUpDeadline, tallyComplaintFollowUps } from '../../src/procedures/follow-up/index';
import { checkComplaintFollowUps as checkComplaints, checkSpecialServiceFollowUps as checkOrders } from '../../src/procedures/follow-up/rules';
import type { ClosedComplaint, SpecialServiceOrder } from '../../src/procedures/follow-up/schema';
import { freezeAll, thrown } from '../core/helpers';

// The month is judged once it is over unless a test says otherwise.
const MONTH_END = '2026-06-01T00:00:00+08:00';
const checkSpecialServiceFollowUps = (orders: readonly SpecialServiceOrder[], options: { asOf?: string; policy?: ReturnType<typeof composePolicy> } = {}) =>
  checkOrders(orders, { asOf: MONTH_END, ...options });
const checkComplaintFollowUps = (complaints: readonly ClosedComplaint[], policy?: ReturnType<typeof composePolicy>) => checkComplaints(complaints, { asOf: MONTH_END, policy });

describe('specialServiceFollowUpDeadline: 1 working day after completion', () => {
  it.each([
    ['2026-05-06T15:00:00+08:00', '2026-05-07T15:00:00+08:00', 'Wednesday → Thursday'],
    ['2026-05-15T15:00:00+08:00', '2026-05-18T15:00:00+08:00', 'Friday → Monday'],
    ['2026-05-08T15:00:00+08:00', '2026-05-09T15:00:00+08:00', 'Friday → 劳动节 make-up Saturday'],
    ['2026-09-30T16:00:00+08:00', '2026-10-08T16:00:00+08:00', 'before 国庆 (10-01…10-07) → 10-08'],
    ['2026-10-09T16:00:00+08:00', '2026-10-10T16:00:00+08:00', '调休 make-up Saturday counts'],
    ['2026-10-03T11:00:00+08:00', '2026-10-08T11:00:00+08:00', 'completed on a holiday'],
    ['2026-05-14T17:30:00Z', '2026-05-18T01:30:00+08:00', 'read in Asia/Shanghai (Friday 01:30)'],
  ])('%s → %s (%s)', (completedAt, dueAt) => {
    expect(specialServiceFollowUpDeadline(completedAt)).toEqual({ dueAt, inclusive: true });
  });
  it('a host calendar replaces the Chinese one', () => {
    const everyDay: BusinessCalendar = { id: 'seven-days', dayInfo: (date) => ({ date, working: true, kind: 'weekday' }) };
    expect(specialServiceFollowUpDeadline('2026-09-30T16:00:00+08:00', undefined, everyDay)?.dueAt).toBe('2026-10-01T16:00:00+08:00');
  });
  it('a policy may say 24 hours instead', () => {
    const policy = composePolicy(followUpPacks.STD, { 'followUp.specialServiceWithin': { value: 24, unit: 'hour' } });
    expect(specialServiceFollowUpDeadline('2026-09-30T16:00:00+08:00', policy)?.dueAt).toBe('2026-10-01T16:00:00+08:00');
  });
  it('no completion yet → null (no deadline runs)', () => {
    expect(specialServiceFollowUpDeadline(undefined)).toBeNull();
    expect(specialServiceFollowUpDeadline(null)).toBeNull();
  });
  it('bad instants and uncovered dates are typed errors', () => {
    thrown(() => specialServiceFollowUpDeadline('2026-05-06 15:00'), 'INVALID_INSTANT');
    thrown(() => specialServiceFollowUpDeadline('2031-05-06T15:00:00+08:00'), 'CALENDAR_NOT_COVERED');
  });
});

describe('checkSpecialServiceFollowUps', () => {
  const done = (id: string, extra: object = {}) => ({ id, completedAt: '2026-05-15T15:00:00+08:00', followedUpAt: '2026-05-18T10:00:00+08:00', ...extra });
  it('a clean month has no violation', () => {
    // 4 orders: 30% → 2 visits; both made on the next working day (Monday).
    expect(checkSpecialServiceFollowUps([done('S-1'), done('S-2'), { id: 'S-3' }, { id: 'S-4' }])).toEqual([]);
  });
  it('too few follow-ups → minimum-ratio, with the numbers', () => {
    const [v] = checkSpecialServiceFollowUps([done('S-1'), { id: 'S-2' }, { id: 'S-3' }, { id: 'S-4' }]);
    expect(v?.ruleId).toBe(followUpRules.minimumRatio.id);
    expect(v?.data).toMatchObject({ monthlyCount: 4, rate: 0.3, required: 2, followedUp: 1 });
    expect(v?.data.parameters).toHaveProperty(['followUp.tiers']);
  });
  it('a 100% case not followed up: nothing while still in time at asOf; late and missing once asOf passes its due time', () => {
    const month = [done('S-1'), done('S-2'), { id: 'S-3', newStaff: true, completedAt: '2026-05-15T15:00:00+08:00' }];
    const ids = (asOf: string) => checkSpecialServiceFollowUps(month, { asOf }).map((v) => v.ruleId);
    expect(ids('2026-05-18T15:00:00+08:00')).toEqual([]); // exactly at the due time: not late, still in time
    expect(ids('2026-05-18T15:00:01+08:00')).toEqual([followUpRules.specialServiceDeadline.id, followUpRules.fullFollowUp.id]);
    // Without a completion time there is no deadline to wait for: judged as it stands.
    expect(checkSpecialServiceFollowUps([done('S-1'), done('S-2'), { id: 'S-3', newStaff: true }]).map((v) => v.ruleId)).toEqual([followUpRules.fullFollowUp.id]);
  });
  it('asOf: a follow-up made after asOf does not count yet; a shortfall still in time is no violation', () => {
    const month = [done('S-1'), done('S-2'), { id: 'S-3', completedAt: '2026-05-15T15:00:00+08:00' }, { id: 'S-4', completedAt: '2026-05-15T15:00:00+08:00' }];
    // Monday 10:00 is when both follow-ups were made: before it, neither counts, but all four are still in time.
    expect(checkSpecialServiceFollowUps(month, { asOf: '2026-05-18T09:00:00+08:00' })).toEqual([]);
    // After the deadline (Monday 15:00) only the two made count: 30% of 4 → 2, met.
    expect(checkSpecialServiceFollowUps(month, { asOf: '2026-05-18T15:00:01+08:00' })).toEqual([]);
    const short = [done('S-1'), { id: 'S-2', completedAt: '2026-05-15T15:00:00+08:00' }, { id: 'S-3' }, { id: 'S-4' }];
    expect(checkSpecialServiceFollowUps(short, { asOf: '2026-05-18T15:00:00+08:00' })).toEqual([]);
    const [v] = checkSpecialServiceFollowUps(short, { asOf: '2026-05-18T15:00:01+08:00' });
    expect(v).toMatchObject({ ruleId: followUpRules.minimumRatio.id, data: { required: 2, followedUp: 1, stillInTime: 0 } });
  });
  it('asOf is required and checked; the calendar is passed through', () => {
    thrown(() => checkOrders([done('S-1')], {} as never), 'INVALID_INPUT');
    const everyDay: BusinessCalendar = { id: 'seven-days', dayInfo: (date) => ({ date, working: true, kind: 'weekday' }) };
    const friday = [{ id: 'S-1', newStaff: true, completedAt: '2026-05-15T15:00:00+08:00' }];
    // Saturday 15:00:01: late on a seven-day calendar, still in time on the Chinese one (due Monday).
    expect(checkOrders(friday, { asOf: '2026-05-16T15:00:01+08:00' })).toEqual([]);
    expect(checkOrders(friday, { asOf: '2026-05-16T15:00:01+08:00', calendar: everyDay }).map((v) => v.ruleId)).toEqual([
      followUpRules.specialServiceDeadline.id,
      followUpRules.fullFollowUp.id,
      followUpRules.minimumRatio.id, // 30% of 1 order → 1 visit
    ]);
  });
  it('a follow-up after the working day → special-service-deadline', () => {
    const [v] = checkSpecialServiceFollowUps([done('S-1', { followedUpAt: '2026-05-18T15:00:01+08:00' })]);
    expect(v?.ruleId).toBe(followUpRules.specialServiceDeadline.id);
    expect(v?.data.dueAt).toBe('2026-05-18T15:00:00+08:00');
  });
  it('the orders are not changed', () => {
    const month = freezeAll([done('S-1'), { id: 'S-2', newStaff: true }]);
    expect(() => checkSpecialServiceFollowUps(month)).not.toThrow();
  });
  it('bad input is a typed error', () => {
    thrown(() => checkSpecialServiceFollowUps([{ id: 'S-1', followedUpAt: 'tomorrow' }]), 'INVALID_INSTANT');
    thrown(() => checkSpecialServiceFollowUps([done('S-1')], { asOf: '2026-05-11' }), 'INVALID_INSTANT');
    thrown(() => checkSpecialServiceFollowUps([{ id: 'S-1' }, { id: 'S-1' }]), 'INVALID_INPUT');
  });
});

describe('complaint follow-up: 100%, unreachable or inconvenient excepted (STD 投诉管理 处理与回访 3)', () => {
  const closedAt = '2026-05-08T10:00:00+08:00';
  it('tallies the rate without the excepted complaints', () => {
    const tally = tallyComplaintFollowUps([
      { id: 'C-1', closedAt, followedUpAt: '2026-05-09T10:00:00+08:00' },
      { id: 'C-2', closedAt, exception: 'unreachable' },
      { id: 'C-3', closedAt, exception: 'inconvenient' },
      { id: 'C-4', closedAt },
    ]);
    expect(tally).toEqual({ closed: 4, excepted: 2, due: 2, followedUp: 1, rate: 0.5, missing: ['C-4'] });
  });
  it('no complaint due → rate 1', () => {
    expect(tallyComplaintFollowUps([{ id: 'C-2', closedAt, exception: 'unreachable' }]).rate).toBe(1);
    expect(tallyComplaintFollowUps([]).rate).toBe(1);
  });
  it('one missing follow-up is a violation listing it; all done is none', () => {
    const [v] = checkComplaintFollowUps([{ id: 'C-1', closedAt }, { id: 'C-2', closedAt, followedUpAt: closedAt }]);
    expect(v?.ruleId).toBe(followUpRules.complaintFollowUp.id);
    expect(v?.data.notFollowedUp).toEqual(['C-1']);
    expect(checkComplaintFollowUps([{ id: 'C-2', closedAt, followedUpAt: closedAt }, { id: 'C-3', closedAt, exception: 'unreachable' }])).toEqual([]);
  });
  it('a host rate below 100% lets some go', () => {
    const policy = composePolicy(followUpPacks.STD, { 'followUp.complaintRate': 0.5 });
    expect(checkComplaintFollowUps([{ id: 'C-1', closedAt }, { id: 'C-2', closedAt, followedUpAt: closedAt }], policy)).toEqual([]);
  });
  it('asOf: complaints closed after it are not judged, follow-ups after it do not count', () => {
    const complaints = [{ id: 'C-1', closedAt, followedUpAt: '2026-05-09T10:00:00+08:00' }, { id: 'C-2', closedAt: '2026-05-20T10:00:00+08:00' }];
    expect(checkComplaints(complaints, { asOf: '2026-05-09T10:00:00+08:00' })).toEqual([]);
    expect(checkComplaints(complaints, { asOf: '2026-05-09T09:59:59+08:00' })[0]?.data.notFollowedUp).toEqual(['C-1']);
    expect(checkComplaints(complaints, { asOf: MONTH_END })[0]?.data.notFollowedUp).toEqual(['C-2']);
  });
  it('bad records are typed errors', () => {
    thrown(() => tallyComplaintFollowUps([{ id: 'C-1', closedAt: 'yesterday' }]), 'INVALID_INSTANT');
    thrown(() => tallyComplaintFollowUps([{ id: 'C-1', closedAt, exception: 'busy' }] as never), 'INVALID_INPUT');
  });
});

describe('review findings', () => {
  it('a follow-up dated before the service was completed is not a follow-up', () => {
    const vs = checkSpecialServiceFollowUps([{ id: 'S-1', newStaff: true, completedAt: '2026-05-06T15:00:00+08:00', followedUpAt: '2026-05-01T10:00:00+08:00' }], { asOf: '2026-05-20T00:00:00+08:00' });
    expect(vs.map((v) => v.ruleId)).toContain(checkSpecialServiceFollowUps([{ id: 'S-1', newStaff: true, completedAt: '2026-05-06T15:00:00+08:00' }], { asOf: '2026-05-20T00:00:00+08:00' })[0]!.ruleId);
    expect(vs.length).toBeGreaterThan(0);
  });
  it('complaint follow-ups count only after the closing, and ids are unique', () => {
    expect(tallyComplaintFollowUps([{ id: 'C-1', closedAt: '2026-05-08T10:00:00+08:00', followedUpAt: '2026-05-01T10:00:00+08:00' }])).toMatchObject({ followedUp: 0, missing: ['C-1'] });
    expect(() => tallyComplaintFollowUps([{ id: 'C-1', closedAt: '2026-05-08T10:00:00+08:00' }, { id: 'C-1', closedAt: '2026-05-08T10:00:00+08:00' }])).toThrowError(expect.objectContaining({ code: 'INVALID_INPUT' }));
  });
});

describe('checkFollowUps (the procedure check: a month of orders and closed complaints)', () => {
  const closedAt = '2026-05-08T10:00:00+08:00';
  it('checks both lists with the same options, and is what the procedure object calls', async () => {
    const { followUpProcedure } = await import('../../src/procedures/follow-up/index');
    const month = { specialServiceOrders: [{ id: 'S-1', newStaff: true, completedAt: '2026-05-15T15:00:00+08:00' }], closedComplaints: [{ id: 'C-1', closedAt }], note: 'host field' };
    const expected = [followUpRules.specialServiceDeadline.id, followUpRules.fullFollowUp.id, followUpRules.minimumRatio.id, followUpRules.complaintFollowUp.id];
    expect(checkFollowUps(month, { asOf: MONTH_END }).map((v) => v.ruleId)).toEqual(expected);
    expect(followUpProcedure.check!(month as never, { asOf: MONTH_END }).map((v) => v.ruleId)).toEqual(expected);
    // asOf before the deadline and before the closing: nothing yet.
    expect(followUpProcedure.check!(month as never, { asOf: '2026-05-08T09:00:00+08:00' })).toEqual([]);
    expect(checkFollowUps({}, { asOf: MONTH_END })).toEqual([]);
  });
  it('bad input is a typed error with a Chinese text', () => {
    const e = thrown(() => checkFollowUps({ specialServiceOrders: [{ id: 'S-1', completedAt: 'soon' }] }, { asOf: MONTH_END }), 'INVALID_INSTANT');
    expect(e.text['zh-CN']).toContain('完成时间');
    thrown(() => checkFollowUps({ closedComplaints: 'none' } as never, { asOf: MONTH_END }), 'INVALID_INPUT');
    thrown(() => checkFollowUps({}, { asOf: 'now' }), 'INVALID_INSTANT');
  });
});

describe('the minimum ratio is counted per month (STD 特约服务 服务回访 1: “单/月”)', () => {
  // n orders completed on `day` (a working day), the first `followed` of them followed up the next morning.
  const orders = (prefix: string, day: string, next: string, n: number, followed: number): SpecialServiceOrder[] =>
    Array.from({ length: n }, (_, i) => ({ id: `${prefix}-${i}`, completedAt: `${day}T15:00:00+08:00`, ...(i < followed ? { followedUpAt: `${next}T10:00:00+08:00` } : {}) }));
  const AS_OF = '2026-07-15T00:00:00+08:00';
  const ratios = (list: readonly SpecialServiceOrder[], asOf = AS_OF) => checkOrders(list, { asOf }).filter((v) => v.ruleId === followUpRules.minimumRatio.id).map((v) => v.data);

  it('two months of 150 orders (100–200/月: ≥ 20%) each need 30 follow-ups; 15 a month is short in both, not 30 of 300 at 10%', () => {
    const list = [...orders('M', '2026-05-13', '2026-05-14', 150, 15), ...orders('J', '2026-06-10', '2026-06-11', 150, 15)];
    expect(ratios(list)).toMatchObject([
      { month: '2026-05', monthlyCount: 150, rate: 0.2, required: 30, followedUp: 15 },
      { month: '2026-06', monthlyCount: 150, rate: 0.2, required: 30, followedUp: 15 },
    ]);
  });
  it('one month of 300 orders (300以上/月: ≥ 10%) needs 30: 30 follow-ups pass', () => {
    expect(ratios(orders('M', '2026-05-13', '2026-05-14', 300, 30))).toEqual([]);
  });
  it('each month is tiered by its own volume: 30 of 150 in May pass, 14 of 150 in June do not', () => {
    const list = [...orders('M', '2026-05-13', '2026-05-14', 150, 30), ...orders('J', '2026-06-10', '2026-06-11', 150, 14)];
    expect(ratios(list)).toMatchObject([{ month: '2026-06', required: 30, followedUp: 14 }]);
  });
  it('the month is the completion month in the policy zone: 2026-05-31T17:00Z is 06-01 in Shanghai', () => {
    const late = { id: 'X', completedAt: '2026-05-31T17:00:00Z' };
    expect(ratios([late])).toMatchObject([{ month: '2026-06', monthlyCount: 1, required: 1 }]);
  });
  it('an order with no completion time counts with the latest month among the orders, or the month of asOf', () => {
    const list = [...orders('M', '2026-05-13', '2026-05-14', 2, 0), ...orders('J', '2026-06-10', '2026-06-11', 1, 1), { id: 'U' }];
    expect(ratios(list)).toMatchObject([{ month: '2026-05', monthlyCount: 2, required: 1, followedUp: 0 }]);
    expect(ratios([{ id: 'U' }])).toMatchObject([{ month: '2026-07', monthlyCount: 1 }]);
  });
});
