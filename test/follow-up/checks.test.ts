import { describe, expect, it } from 'vitest';
import type { BusinessCalendar } from '../../src/core/calendar';
import { composePolicy } from '../../src/core/policy';
import {
  checkComplaintFollowUps,
  checkSpecialServiceFollowUps,
  followUpPacks,
  followUpRules,
  specialServiceFollowUpDeadline,
  tallyComplaintFollowUps,
} from '../../src/procedures/follow-up/index';
import { freezeAll, thrown } from '../core/helpers';

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
    expect(specialServiceFollowUpDeadline('2026-09-30T16:00:00+08:00', undefined, everyDay).dueAt).toBe('2026-10-01T16:00:00+08:00');
  });
  it('a policy may say 24 hours instead', () => {
    const policy = composePolicy(followUpPacks.STD, { 'followUp.specialServiceWithin': { value: 24, unit: 'hour' } });
    expect(specialServiceFollowUpDeadline('2026-09-30T16:00:00+08:00', policy).dueAt).toBe('2026-10-01T16:00:00+08:00');
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
  it('a 100% case not followed up → full-follow-up; late once asOf passes its due time', () => {
    const month = [done('S-1'), done('S-2'), { id: 'S-3', newStaff: true, completedAt: '2026-05-15T15:00:00+08:00' }];
    const ids = (asOf?: string) => checkSpecialServiceFollowUps(month, asOf ? { asOf } : {}).map((v) => v.ruleId);
    expect(ids()).toEqual([followUpRules.fullFollowUp.id]);
    expect(ids('2026-05-18T15:00:00+08:00')).toEqual([followUpRules.fullFollowUp.id]); // exactly at the due time: not late
    expect(ids('2026-05-18T15:00:01+08:00')).toEqual([followUpRules.specialServiceDeadline.id, followUpRules.fullFollowUp.id]);
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
    expect(v?.data.missing).toEqual(['C-1']);
    expect(checkComplaintFollowUps([{ id: 'C-2', closedAt, followedUpAt: closedAt }, { id: 'C-3', closedAt, exception: 'unreachable' }])).toEqual([]);
  });
  it('a host rate below 100% lets some go', () => {
    const policy = composePolicy(followUpPacks.STD, { 'followUp.complaintRate': 0.5 });
    expect(checkComplaintFollowUps([{ id: 'C-1', closedAt }, { id: 'C-2', closedAt, followedUpAt: closedAt }], policy)).toEqual([]);
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
