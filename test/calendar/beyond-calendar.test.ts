import { describe, expect, it } from 'vitest';
import { chineseCalendar } from '../../src/core/chinese-calendar';
import { dayNumber, dateOfDayNumber } from '../../src/core/day-number';
import { computeDeadline } from '../../src/core/deadline';
import { composePolicy } from '../../src/core/policy';
import { defineRule, violation } from '../../src/core/rule';
import { cite } from '../../src/core/source';
import { text } from '../../src/core/text';
import { addWorkingDays, isWorkingDay, nthWorkingDay } from '../../src/core/working-days';
import { thrown } from '../core/helpers';

const weekdays = composePolicy({ 'core.beyondCalendar': 'weekdays' });

describe('core.beyondCalendar', () => {
  it("a 1-working-day deadline from 2026-12-31 is CALENDAR_NOT_COVERED by default, as before", () => {
    const error = thrown(() => computeDeadline('2026-12-31T10:00:00+08:00', { value: 1, unit: 'working-day' }), 'CALENDAR_NOT_COVERED');
    expect(error.details['date']).toBe('2027-01-01');
    thrown(() => computeDeadline('2026-12-31T10:00:00+08:00', { value: 1, unit: 'working-day' }, { policy: composePolicy({ 'core.beyondCalendar': 'error' }) }), 'CALENDAR_NOT_COVERED');
  });

  it("with 'weekdays' it is due on 2027-01-01, provisional, naming the date", () => {
    expect(computeDeadline('2026-12-31T10:00:00+08:00', { value: 1, unit: 'working-day' }, { policy: weekdays })).toEqual({
      dueAt: '2027-01-01T10:00:00+08:00',
      inclusive: true,
      provisional: true,
      provisionalDates: ['2027-01-01'],
    });
  });

  it('a deadline inside the data is never provisional, even under weekdays', () => {
    expect(computeDeadline('2026-12-30T10:00:00+08:00', { value: 1, unit: 'working-day' }, { policy: weekdays })).toEqual({ dueAt: '2026-12-31T10:00:00+08:00', inclusive: true });
    expect(computeDeadline('2026-12-31T10:00:00+08:00', { value: 2, unit: 'day' }, { policy: weekdays })).toEqual({ dueAt: '2027-01-02T10:00:00+08:00', inclusive: true });
  });

  it('a civil-code deadline that ends beyond the data names every day it read', () => {
    const policy = composePolicy({ 'core.beyondCalendar': 'weekdays', 'core.dayCounting': 'civil-code' });
    // Last day 2027-01-02 (Saturday) moves to Monday 2027-01-04; ends at 24:00 of it.
    expect(computeDeadline('2026-12-30T10:00:00+08:00', { value: 3, unit: 'day' }, { policy })).toEqual({
      dueAt: '2027-01-05T00:00:00+08:00',
      inclusive: false,
      provisional: true,
      provisionalDates: ['2027-01-02', '2027-01-03', '2027-01-04'],
    });
  });

  it('isWorkingDay, addWorkingDays and nthWorkingDay honour the policy', () => {
    thrown(() => isWorkingDay('2027-01-02'), 'CALENDAR_NOT_COVERED');
    expect(isWorkingDay('2027-01-01', chineseCalendar(), weekdays)).toBe(true);
    expect(isWorkingDay('2027-01-02', chineseCalendar(), weekdays)).toBe(false);
    expect(isWorkingDay('2026-10-10', chineseCalendar(), weekdays)).toBe(true); // data still wins
    thrown(() => addWorkingDays('2026-12-31T09:00:00+08:00', 2), 'CALENDAR_NOT_COVERED');
    expect(addWorkingDays('2026-12-31T09:00:00+08:00', 2, chineseCalendar(), weekdays)).toBe('2027-01-04T09:00:00+08:00');
    expect(dateOfDayNumber(nthWorkingDay(chineseCalendar(), dayNumber('2027-03-05'), 1, weekdays))).toBe('2027-03-08');
    expect(dateOfDayNumber(nthWorkingDay(chineseCalendar(), dayNumber('2004-01-02'), -1, weekdays))).toBe('2003-12-31');
    // Inside the data the indexed path answers as before.
    expect(dateOfDayNumber(nthWorkingDay(chineseCalendar(), dayNumber('2026-09-30'), 1, weekdays))).toBe('2026-10-08');
  });

  it('a violation that used a provisional deadline says so in its receipt, naming the dates', () => {
    const rule = defineRule<Record<string, unknown>>({ id: 'x.follow-up', severity: 'error', source: cite('LIBRARY', 'test'), title: text('回访', 'Follow-up'), parameters: [], message: () => text('逾期', 'Late') });
    const due = computeDeadline('2026-12-31T10:00:00+08:00', { value: 1, unit: 'working-day' }, { policy: weekdays });
    expect(violation(rule, { due }, weekdays).data['provisional']).toEqual({ dates: ['2027-01-01'] });
    expect(violation(rule, { deadlines: [{ id: 'a', ...due }] }, weekdays).data['provisional']).toEqual({ dates: ['2027-01-01'] });
    const firm = computeDeadline('2026-12-30T10:00:00+08:00', { value: 1, unit: 'working-day' }, { policy: weekdays });
    expect(violation(rule, { due: firm }, weekdays).data).not.toHaveProperty('provisional');
  });
});
