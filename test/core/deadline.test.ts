import fc from 'fast-check';
import { DateTime } from 'luxon';
import { describe, expect, it } from 'vitest';
import type { BusinessCalendar } from '../../src/core/calendar';
import { extendCalendar } from '../../src/core/calendar';
import { chineseCalendar } from '../../src/core/chinese-calendar';
import { computeDeadline, isLate } from '../../src/core/deadline';
import { toIsoInstant } from '../../src/core/instant';
import { parseInstant } from './luxon-instant';
import type { Duration } from '../../src/core/parameter';
import { composePolicy } from '../../src/core/policy';
import { text } from '../../src/core/text';
import { addWorkingDays, isWorkingDay } from '../../src/core/working-days';
import { complaintPacks } from '../../src/procedures/complaint/policy';
import { arbitraryInstant, freezeAll, thrown, utc } from './helpers';

const HOUR = 3_600_000;
const DAYS_3: Duration = freezeAll({ value: 3, unit: 'day' });
const rolling = composePolicy(complaintPacks.ZH);
const civil = composePolicy(complaintPacks.ZH, { 'core.dayCounting': 'civil-code' });
const ms = (iso: string) => parseInstant(iso).toMillis();

describe('rolling day counting (the default): N × 24 h from the receipt instant', () => {
  it('3 days (WI/FW-006.18) are exactly 72 hours', () => {
    const deadline = computeDeadline('2026-05-06T09:30:00+08:00', DAYS_3);
    expect(deadline).toEqual({ dueAt: '2026-05-09T09:30:00+08:00', inclusive: true });
    expect(ms(deadline.dueAt) - ms('2026-05-06T09:30:00+08:00')).toBe(72 * HOUR);
    expect(computeDeadline('2026-05-06T09:30:00+08:00', DAYS_3, { policy: rolling })).toEqual(deadline);
  });

  it('ignores weekends and holidays (a ticket-desk clock)', () => {
    expect(computeDeadline('2026-09-30T10:00:00+08:00', DAYS_3).dueAt).toBe('2026-10-03T10:00:00+08:00');
  });

  it('isLate at exactly 72 h is false, 72 h + 1 s is true', () => {
    const deadline = computeDeadline('2026-05-06T09:30:00+08:00', DAYS_3);
    expect(isLate(deadline, '2026-05-09T09:30:00+08:00')).toBe(false);
    expect(isLate(deadline, '2026-05-09T09:30:01+08:00')).toBe(true);
    expect(isLate(deadline, '2026-05-09T09:29:59+08:00')).toBe(false);
    // The same instants written in UTC.
    expect(isLate(deadline, '2026-05-09T01:30:00Z')).toBe(false);
    expect(isLate(deadline, '2026-05-09T01:30:00.001Z')).toBe(true);
  });

  it('UTC input and +08:00 input of the same instant give the same deadline', () => {
    expect(computeDeadline('2026-05-06T01:30:00Z', DAYS_3)).toEqual(computeDeadline('2026-05-06T09:30:00+08:00', DAYS_3));
  });

  it('is N × 24 h for any start and any N, written in +08:00', () => {
    fc.assert(
      fc.property(arbitraryInstant(utc(2004, 1, 1), utc(2026, 12, 1)), fc.integer({ min: 1, max: 30 }), ({ ms: start, iso }, n) => {
        const { dueAt, inclusive } = computeDeadline(iso, { value: n, unit: 'day' });
        expect(inclusive).toBe(true);
        expect(dueAt).toMatch(/\+08:00$/);
        expect(ms(dueAt) - start).toBe(n * 24 * HOUR);
      }),
    );
  });
});

describe('civil-code day counting (民法典 第201条、第203条)', () => {
  it('2026-09-30 + 3 days: the last day 10-03 is in the National Day holiday → due 2026-10-09T00:00:00+08:00', () => {
    const deadline = computeDeadline('2026-09-30T10:00:00+08:00', DAYS_3, { policy: civil });
    expect(deadline).toEqual({ dueAt: '2026-10-09T00:00:00+08:00', inclusive: false });
    // Due at 24:00 of 10-08 (exclusive): the last second of 10-08 is on time, midnight is late.
    expect(isLate(deadline, '2026-10-08T23:59:59+08:00')).toBe(false);
    expect(isLate(deadline, '2026-10-09T00:00:00+08:00')).toBe(true);
    expect(isLate(deadline, '2026-10-08T16:00:00Z')).toBe(true);
  });

  it('does not count the day of receipt, whatever the hour', () => {
    // Receipt on Wednesday 05-06: the last day is Saturday 05-09, a 调休 make-up working day, so it does not move.
    const early = computeDeadline('2026-05-06T00:00:00+08:00', DAYS_3, { policy: civil });
    const late = computeDeadline('2026-05-06T23:59:59+08:00', DAYS_3, { policy: civil });
    expect(early).toEqual({ dueAt: '2026-05-10T00:00:00+08:00', inclusive: false });
    expect(late).toEqual(early);
    // Rolling counts from the instant instead.
    expect(computeDeadline('2026-05-06T00:00:00+08:00', DAYS_3).dueAt).toBe('2026-05-09T00:00:00+08:00');
  });

  it('reads the receipt day in Shanghai: 23:59:59 and 00:00 from UTC input fall on different days', () => {
    // 05-06 23:59:59 → last day 05-09 (make-up Saturday). 05-07 00:00 → last day Sunday 05-10, moved to Monday 05-11.
    expect(computeDeadline('2026-05-06T15:59:59Z', DAYS_3, { policy: civil }).dueAt).toBe('2026-05-10T00:00:00+08:00');
    expect(computeDeadline('2026-05-06T16:00:00Z', DAYS_3, { policy: civil }).dueAt).toBe('2026-05-12T00:00:00+08:00');
  });

  it('a last day on an ordinary weekday stays', () => {
    expect(computeDeadline('2026-03-02T10:00:00+08:00', { value: 1, unit: 'day' }, { policy: civil }).dueAt).toBe('2026-03-04T00:00:00+08:00');
  });

  it('a last day past the calendar data is CALENDAR_NOT_COVERED', () => {
    thrown(() => computeDeadline('2026-12-30T10:00:00+08:00', DAYS_3, { policy: civil }), 'CALENDAR_NOT_COVERED');
    const with2027 = extendCalendar(chineseCalendar(), { years: [2027], holidays: { '2027-01-01': text('元旦', "New Year's Day") }, workdays: {} });
    // Last day Saturday 2027-01-02 → next working day Monday 01-04 → due 01-05 00:00.
    expect(computeDeadline('2026-12-30T10:00:00+08:00', DAYS_3, { policy: civil, calendar: with2027 }).dueAt).toBe('2027-01-05T00:00:00+08:00');
  });

  it('is due at a Shanghai midnight after the nominal last day, on the day after a working day, with only rest days skipped', () => {
    fc.assert(
      fc.property(arbitraryInstant(utc(2004, 1, 1), utc(2026, 11, 1)), fc.integer({ min: 1, max: 30 }), ({ iso }, n) => {
        const { dueAt, inclusive } = computeDeadline(iso, { value: n, unit: 'day' }, { policy: civil });
        expect(inclusive).toBe(false);
        const due = parseInstant(dueAt);
        expect(due.toFormat('HH:mm:ss.SSS')).toBe('00:00:00.000');
        const nominalLast = parseInstant(iso).startOf('day').plus({ days: n });
        const last = due.minus({ days: 1 });
        expect(last >= nominalLast).toBe(true);
        expect(isWorkingDay(last.toISODate() as string)).toBe(true);
        for (let d = nominalLast; d < last; d = d.plus({ days: 1 })) expect(isWorkingDay(d.toISODate() as string)).toBe(false);
      }),
      { numRuns: 300 },
    );
  });
});

describe('hours, minutes and working days', () => {
  it('hours and minutes count on the clock, whatever the day counting', () => {
    for (const policy of [undefined, rolling, civil]) {
      expect(computeDeadline('2026-09-30T10:00:00+08:00', { value: 48, unit: 'hour' }, { policy })).toEqual({ dueAt: '2026-10-02T10:00:00+08:00', inclusive: true });
      expect(computeDeadline('2026-09-30T23:50:00+08:00', { value: 30, unit: 'minute' }, { policy })).toEqual({ dueAt: '2026-10-01T00:20:00+08:00', inclusive: true });
    }
  });

  it('24 h (DEPT 5.1.4): exactly 24 h on time, one second more late', () => {
    const deadline = computeDeadline('2026-05-06T09:30:00+08:00', { value: 24, unit: 'hour' });
    expect(isLate(deadline, '2026-05-07T09:30:00+08:00')).toBe(false);
    expect(isLate(deadline, '2026-05-07T09:30:01+08:00')).toBe(true);
  });

  it('working days are the same time on the n-th following working day', () => {
    expect(computeDeadline('2026-09-30T10:00:00+08:00', { value: 2, unit: 'working-day' })).toEqual({ dueAt: '2026-10-09T10:00:00+08:00', inclusive: true });
    expect(computeDeadline('2026-10-09T10:00:00+08:00', { value: 1, unit: 'working-day' }, { policy: civil }).dueAt).toBe('2026-10-10T10:00:00+08:00');
  });

  it('working-day deadlines agree with addWorkingDays', () => {
    fc.assert(
      fc.property(arbitraryInstant(utc(2004, 1, 1), utc(2026, 11, 1)), fc.integer({ min: 1, max: 20 }), ({ iso }, n) => {
        expect(computeDeadline(iso, { value: n, unit: 'working-day' }).dueAt).toBe(addWorkingDays(iso, n));
      }),
    );
  });

  it('uses the host calendar', () => {
    const sevenDays: BusinessCalendar = { id: 'seven-days', dayInfo: (date) => ({ date, working: true, kind: 'weekday' }) };
    expect(computeDeadline('2026-09-30T10:00:00+08:00', { value: 2, unit: 'working-day' }, { calendar: sevenDays }).dueAt).toBe('2026-10-02T10:00:00+08:00');
    expect(computeDeadline('2026-09-30T10:00:00+08:00', DAYS_3, { policy: civil, calendar: sevenDays }).dueAt).toBe('2026-10-04T00:00:00+08:00');
  });
});

describe('deadline invariants', () => {
  const DURATIONS = fc.record({ value: fc.integer({ min: 1, max: 10 }), unit: fc.constantFrom('minute' as const, 'hour' as const, 'day' as const, 'working-day' as const) });

  it('never before receipt; same input → same output; inputs unchanged', () => {
    fc.assert(
      fc.property(arbitraryInstant(utc(2004, 1, 1), utc(2026, 11, 1)), DURATIONS, fc.constantFrom(rolling, civil), ({ iso }, duration, policy) => {
        const frozen = freezeAll({ ...duration });
        const a = computeDeadline(iso, frozen, { policy });
        const b = computeDeadline(iso, frozen, { policy });
        expect(a).toEqual(b);
        expect(frozen).toEqual(duration);
        expect(ms(a.dueAt)).toBeGreaterThan(ms(iso));
      }),
      { numRuns: 300 },
    );
  });

  it('writes in the policy zone', () => {
    const inUtc = composePolicy(complaintPacks.ZH, { 'core.zone': 'UTC' });
    const deadline = computeDeadline('2026-05-06T09:30:00+08:00', DAYS_3, { policy: inUtc });
    expect(deadline.dueAt).toBe('2026-05-09T01:30:00Z');
    expect(toIsoInstant(deadline.dueAt)).toBe('2026-05-09T09:30:00+08:00');
  });

  it('refuses a bad start', () => {
    const error = thrown(() => computeDeadline('2026-05-06T09:30:00', DAYS_3), 'INVALID_INSTANT');
    expect(error.details['field']).toBe('start');
    thrown(() => isLate({ dueAt: '2026-05-09T09:30:00+08:00', inclusive: true }, '2026-05-09'), 'INVALID_INSTANT');
    thrown(() => isLate({ dueAt: 'soon', inclusive: true }, '2026-05-09T09:30:00+08:00'), 'INVALID_INSTANT');
  });

  it('accepts a luxon DateTime start', () => {
    expect(computeDeadline(DateTime.fromISO('2026-05-06T01:30:00Z'), DAYS_3).dueAt).toBe('2026-05-09T09:30:00+08:00');
  });
});

describe('computeDeadline refuses a duration it cannot count', () => {
  it.each([
    [{ value: 3, unit: 'week' }],
    [{ value: Number.NaN, unit: 'hour' }],
    [{ value: -2, unit: 'working-day' }],
    [{ value: 0, unit: 'day' }],
    ['3 days'],
  ])('%j is INVALID_INPUT', (duration) => {
    expect(() => computeDeadline('2026-05-06T09:30:00+08:00', duration as never)).toThrowError(expect.objectContaining({ code: 'INVALID_INPUT' }));
  });
  it('a deadline past year 9999 is a typed error, never NaN text', () => {
    expect(() => computeDeadline('2026-05-06T09:30:00+08:00', { value: 1e12, unit: 'hour' })).toThrowError(expect.objectContaining({ code: 'INVALID_INPUT' }));
  });
  it('civil-code days are days of the policy zone: one day boundary for every rule', () => {
    const utc = composePolicy(complaintPacks.ZH, { 'core.dayCounting': 'civil-code', 'core.zone': 'UTC' });
    // Received 2026-05-06 07:00 in Shanghai = 2026-05-05 23:00 UTC: in UTC the day of receipt is
    // 05-05, so the period ends at 24:00 UTC of 05-08 (a Friday, a working day).
    expect(computeDeadline('2026-05-06T07:00:00+08:00', { value: 3, unit: 'day' }, { policy: utc })).toEqual({ dueAt: '2026-05-09T00:00:00Z', inclusive: false });
    // The same instant under the default zone: the day of receipt is 05-06 in Shanghai, the
    // period ends at 24:00 Shanghai of 05-09 (a Saturday, but a 调休 make-up working day in 2026).
    const shanghai = composePolicy(complaintPacks.ZH, { 'core.dayCounting': 'civil-code' });
    expect(computeDeadline('2026-05-06T07:00:00+08:00', { value: 3, unit: 'day' }, { policy: shanghai })).toEqual({ dueAt: '2026-05-10T00:00:00+08:00', inclusive: false });
  });
});
