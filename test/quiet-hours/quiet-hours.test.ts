import { describe, expect, it } from 'vitest';
import { isWuyeError } from '../../src/core/errors';
import { composePolicy } from '../../src/core/policy';
import {
  isNoisyWorkAllowed,
  nextNoisyWorkAllowed,
  noisyWorkWindows,
  officeQuietHours,
  quietHoursPacks,
  residentialQuietHoursExample,
} from '../../src/procedures/quiet-hours/index';
import { QUIET_HOURS_HORIZON_DAYS } from '../../src/procedures/quiet-hours/quiet-hours';

// 2026-05-04 is a Monday; 05-06 Wednesday, 05-08 Friday, 05-09 Saturday, 05-10 Sunday.
const code = (fn: () => unknown): string | undefined => {
  try {
    fn();
  } catch (e) {
    return isWuyeError(e) ? e.code : 'NOT_A_WUYE_ERROR';
  }
  return undefined;
};

describe('officeQuietHours boundaries (二次装修检查标准 1; start inclusive, end exclusive)', () => {
  it.each([
    ['2026-05-06T07:59:00+08:00', true, 'Wednesday 07:59'],
    ['2026-05-06T07:59:59.999+08:00', true, 'Wednesday 07:59:59.999'],
    ['2026-05-06T08:00:00+08:00', false, 'Wednesday 08:00'],
    ['2026-05-06T12:00:00+08:00', false, 'Wednesday noon'],
    ['2026-05-06T17:59:59+08:00', false, 'Wednesday 17:59:59'],
    ['2026-05-06T17:59:59.999+08:00', false, 'Wednesday 17:59:59.999'],
    ['2026-05-06T18:00:00+08:00', true, 'Wednesday 18:00'],
    ['2026-05-04T08:00+08:00', false, 'Monday 08:00 (no seconds)'],
    ['2026-05-08T17:59:59+08:00', false, 'Friday 17:59:59'],
    ['2026-05-08T18:00:00+08:00', true, 'Friday 18:00'],
    ['2026-05-09T07:59:00+08:00', true, 'Saturday 07:59'],
    ['2026-05-09T08:00:00+08:00', false, 'Saturday 08:00'],
    ['2026-05-09T12:59:00+08:00', false, 'Saturday 12:59'],
    ['2026-05-09T12:59:59+08:00', false, 'Saturday 12:59:59'],
    ['2026-05-09T13:00:00+08:00', true, 'Saturday 13:00'],
    ['2026-05-10T08:00:00+08:00', true, 'Sunday 08:00'],
    ['2026-05-10T12:00:00+08:00', true, 'Sunday noon'],
    ['2026-05-06T00:00:00+08:00', true, 'Wednesday midnight'],
  ])('%s → %s (%s)', (at, allowed) => {
    expect(isNoisyWorkAllowed(at)).toBe(allowed);
    expect(isNoisyWorkAllowed(at, officeQuietHours)).toBe(allowed);
  });

  it.each([
    ['2026-05-08T23:59:59Z', true, 'Saturday 07:59:59 in Shanghai'],
    ['2026-05-09T00:00:00Z', false, 'Saturday 08:00 in Shanghai'],
    ['2026-05-05T16:00:00Z', true, 'Wednesday 00:00 in Shanghai (UTC still Tuesday)'],
    ['2026-05-06T09:59:59Z', false, 'Wednesday 17:59:59 in Shanghai'],
    ['2026-05-06T10:00:00Z', true, 'Wednesday 18:00 in Shanghai'],
    ['2026-05-09T04:59:59Z', false, 'Saturday 12:59:59 in Shanghai'],
    ['2026-05-09T05:00:00Z', true, 'Saturday 13:00 in Shanghai'],
    ['2026-05-09T16:00:00Z', true, 'Sunday 00:00 in Shanghai (UTC Saturday 16:00)'],
    ['2026-05-10T19:00:00-05:00', false, 'Monday 08:00 in Shanghai from New York time'],
    ['2026-05-10T18:59:59-0500', true, 'Monday 07:59:59 in Shanghai, basic offset'],
    ['2026-05-11T05:30:00+05:30', false, 'Monday 08:00 in Shanghai from India time'],
    ['2026-05-11T00:00+00', false, 'Monday 08:00 in Shanghai, hour-only offset'],
  ])('UTC and other offsets: %s → %s (%s)', (at, allowed) => {
    expect(isNoisyWorkAllowed(at)).toBe(allowed);
  });

  it('bad input is a typed error, never a wrong answer', () => {
    expect(code(() => isNoisyWorkAllowed('2026-05-06 10:00'))).toBe('INVALID_INSTANT');
    expect(code(() => isNoisyWorkAllowed('2026-05-06T10:00:00'))).toBe('INVALID_INSTANT');
    expect(code(() => isNoisyWorkAllowed('2026-02-30T10:00:00+08:00'))).toBe('INVALID_INSTANT');
    expect(code(() => isNoisyWorkAllowed('2026-05-06T10:00:60+08:00'))).toBe('INVALID_INSTANT');
    expect(code(() => isNoisyWorkAllowed(42 as never))).toBe('INVALID_INSTANT');
    expect(code(() => isNoisyWorkAllowed(undefined as never))).toBe('INVALID_INSTANT');
    expect(code(() => isNoisyWorkAllowed('2026-05-06T10:00:00+08:00', { 'quietHours.holidayRule': 'by-weekday' } as never))).toBe('INVALID_POLICY');
  });

  it('reads fractions beyond milliseconds by truncation, as the core does', () => {
    expect(isNoisyWorkAllowed('2026-05-06T07:59:59.99999+08:00')).toBe(true);
    expect(isNoisyWorkAllowed('2026-05-06T17:59:59.99999+08:00')).toBe(false);
  });
});

describe('holiday rule', () => {
  const asSunday = composePolicy(quietHoursPacks.OFFICE, { 'quietHours.holidayRule': 'holidays-as-sunday' });
  const makeUp = composePolicy(quietHoursPacks.OFFICE, { 'quietHours.holidayRule': 'make-up-days-as-weekdays' });
  const both = composePolicy(quietHoursPacks.OFFICE, { 'quietHours.holidayRule': 'holidays-and-make-up-days' });

  it('by default (as written) a statutory holiday follows its weekday', () => {
    // 2026-10-01 国庆节 is a Thursday.
    expect(isNoisyWorkAllowed('2026-10-01T10:00:00+08:00')).toBe(false);
    expect(isNoisyWorkAllowed('2026-10-01T10:00:00+08:00', asSunday)).toBe(true);
    expect(isNoisyWorkAllowed('2026-10-01T10:00:00+08:00', both)).toBe(true);
    expect(isNoisyWorkAllowed('2026-10-01T10:00:00+08:00', makeUp)).toBe(false);
  });

  it('a 调休 make-up Saturday follows Saturday by default, Monday when asked', () => {
    // 2026-10-10 is a Saturday and a make-up working day.
    expect(isNoisyWorkAllowed('2026-10-10T14:00:00+08:00')).toBe(true);
    expect(isNoisyWorkAllowed('2026-10-10T14:00:00+08:00', makeUp)).toBe(false);
    expect(isNoisyWorkAllowed('2026-10-10T14:00:00+08:00', both)).toBe(false);
    expect(isNoisyWorkAllowed('2026-10-10T14:00:00+08:00', asSunday)).toBe(true);
    expect(isNoisyWorkAllowed('2026-10-10T17:59:59+08:00', makeUp)).toBe(false);
    expect(isNoisyWorkAllowed('2026-10-10T18:00:00+08:00', makeUp)).toBe(true);
  });

  it('reads the calendar by the local date (UTC input crossing midnight)', () => {
    // 2026-09-30T16:00Z is 2026-10-01 00:00 in Shanghai — a holiday; 02:00Z is 10:00 local.
    expect(isNoisyWorkAllowed('2026-10-01T02:00:00Z', asSunday)).toBe(true);
    expect(isNoisyWorkAllowed('2026-09-30T02:00:00Z', asSunday)).toBe(false);
  });

  it('by-weekday needs no calendar; the calendar rules report an uncovered year', () => {
    expect(isNoisyWorkAllowed('2031-05-07T10:00:00+08:00')).toBe(false);
    expect(code(() => isNoisyWorkAllowed('2031-05-07T10:00:00+08:00', asSunday))).toBe('CALENDAR_NOT_COVERED');
  });

  it('a host calendar can be passed', () => {
    const everyDayHoliday = { id: 'all-holidays', dayInfo: (date: string) => ({ date, working: false, kind: 'holiday' as const }) };
    expect(isNoisyWorkAllowed('2031-05-07T10:00:00+08:00', asSunday, everyDayHoliday)).toBe(true);
  });

  it('an invalid holiday rule or window is INVALID_POLICY', () => {
    expect(code(() => composePolicy(quietHoursPacks.OFFICE, { 'quietHours.holidayRule': 'sundays' }))).toBe('INVALID_POLICY');
    expect(code(() => composePolicy(quietHoursPacks.OFFICE, { 'quietHours.forbiddenWindows': [{ days: [6], from: '13:00', to: '08:00' }] }))).toBe('INVALID_POLICY');
    expect(code(() => composePolicy(quietHoursPacks.OFFICE, { 'quietHours.forbiddenWindows': [{ days: [8], from: '08:00', to: '13:00' }] }))).toBe('INVALID_POLICY');
    expect(code(() => composePolicy(quietHoursPacks.OFFICE, { 'quietHours.forbiddenWindows': [{ days: [1], from: '8:00', to: '13:00' }] }))).toBe('INVALID_POLICY');
    expect(code(() => composePolicy(quietHoursPacks.OFFICE, { 'quietHours.forbiddenWindows': [{ days: [1], from: '08:00', to: '24:01' }] }))).toBe('INVALID_POLICY');
    expect(code(() => composePolicy(quietHoursPacks.OFFICE, { 'core.zone': 'Mars/Olympus' }))).toBe('INVALID_POLICY');
  });
});

describe('nextNoisyWorkAllowed', () => {
  it.each([
    ['2026-05-06T10:00:00+08:00', '2026-05-06T18:00:00+08:00'],
    ['2026-05-06T08:00:00+08:00', '2026-05-06T18:00:00+08:00'],
    ['2026-05-06T17:59:59+08:00', '2026-05-06T18:00:00+08:00'],
    ['2026-05-09T09:00:00+08:00', '2026-05-09T13:00:00+08:00'],
    ['2026-05-09T12:59:00+08:00', '2026-05-09T13:00:00+08:00'],
    ['2026-05-06T02:00:00Z', '2026-05-06T18:00:00+08:00'],
  ])('%s → %s', (at, next) => {
    expect(nextNoisyWorkAllowed(at)).toBe(next);
  });

  it('an allowed instant is its own answer, written in the policy zone', () => {
    expect(nextNoisyWorkAllowed('2026-05-06T07:59:00+08:00')).toBe('2026-05-06T07:59:00+08:00');
    expect(nextNoisyWorkAllowed('2026-05-08T17:00:00Z')).toBe('2026-05-09T01:00:00+08:00');
    expect(nextNoisyWorkAllowed('2026-05-06T07:59:59.5+08:00')).toBe('2026-05-06T07:59:59.500+08:00');
  });

  it('crosses days when windows run to midnight (residential example)', () => {
    // Friday 18:00–24:00, Saturday and Sunday all day → Monday 00:00–08:00 still quiet → Monday 08:00.
    expect(nextNoisyWorkAllowed('2026-05-15T19:00:00+08:00', residentialQuietHoursExample)).toBe('2026-05-18T08:00:00+08:00');
    // 2026-05-09 is a Saturday but a 调休 make-up working day: it follows Monday.
    expect(nextNoisyWorkAllowed('2026-05-08T19:00:00+08:00', residentialQuietHoursExample)).toBe('2026-05-09T08:00:00+08:00');
    expect(nextNoisyWorkAllowed('2026-05-06T13:00:00+08:00', residentialQuietHoursExample)).toBe('2026-05-06T14:00:00+08:00');
    // 国庆 2026: holidays 10-01…10-07 quiet all day; 10-08 is a Thursday.
    expect(nextNoisyWorkAllowed('2026-09-30T18:00:00+08:00', residentialQuietHoursExample)).toBe('2026-10-08T08:00:00+08:00');
  });

  it('is null when nothing is ever allowed', () => {
    const never = composePolicy(quietHoursPacks.OFFICE, { 'quietHours.forbiddenWindows': [{ days: [1, 2, 3, 4, 5, 6, 7], from: '00:00', to: '24:00' }] });
    expect(nextNoisyWorkAllowed('2026-05-06T10:00:00+08:00', never)).toBeNull();
    expect(isNoisyWorkAllowed('2026-05-06T10:00:00+08:00', never)).toBe(false);
    expect(noisyWorkWindows('2026-05-06T00:00:00+08:00', '2026-05-20T00:00:00+08:00', never)).toEqual([]);
  });
});

describe('noisyWorkWindows', () => {
  it('lists the allowed intervals of a weekend, joined across midnight', () => {
    expect(noisyWorkWindows('2026-05-08T00:00:00+08:00', '2026-05-11T00:00:00+08:00')).toEqual([
      { from: '2026-05-08T00:00:00+08:00', to: '2026-05-08T08:00:00+08:00' },
      { from: '2026-05-08T18:00:00+08:00', to: '2026-05-09T08:00:00+08:00' },
      { from: '2026-05-09T13:00:00+08:00', to: '2026-05-11T00:00:00+08:00' },
    ]);
  });

  it('clips to [from, to) and accepts any offset', () => {
    expect(noisyWorkWindows('2026-05-06T09:00:00Z', '2026-05-07T01:00:00Z')).toEqual([{ from: '2026-05-06T18:00:00+08:00', to: '2026-05-07T08:00:00+08:00' }]);
    expect(noisyWorkWindows('2026-05-06T10:00:00+08:00', '2026-05-06T10:00:00+08:00')).toEqual([]);
    expect(noisyWorkWindows('2026-05-06T18:30:00+08:00', '2026-05-06T19:00:00+08:00')).toEqual([{ from: '2026-05-06T18:30:00+08:00', to: '2026-05-06T19:00:00+08:00' }]);
  });

  it('rejects a reversed or too long span', () => {
    expect(code(() => noisyWorkWindows('2026-05-07T00:00:00+08:00', '2026-05-06T00:00:00+08:00'))).toBe('INVALID_INPUT');
    const tooLong = new Date(Date.UTC(2026, 0, 1) + (QUIET_HOURS_HORIZON_DAYS + 1) * 86_400_000).toISOString();
    expect(code(() => noisyWorkWindows('2026-01-01T00:00:00Z', tooLong))).toBe('INVALID_INPUT');
    expect(noisyWorkWindows('2026-01-01T00:00:00Z', new Date(Date.UTC(2026, 0, 1) + QUIET_HOURS_HORIZON_DAYS * 86_400_000).toISOString()).length).toBeGreaterThan(300);
    expect(code(() => noisyWorkWindows('2026-01-01', '2026-01-02T00:00:00+08:00'))).toBe('INVALID_INSTANT');
  });

  it('the residential example: working days 08–12 and 14–18 only', () => {
    expect(noisyWorkWindows('2026-05-15T00:00:00+08:00', '2026-05-19T00:00:00+08:00', residentialQuietHoursExample)).toEqual([
      { from: '2026-05-15T08:00:00+08:00', to: '2026-05-15T12:00:00+08:00' },
      { from: '2026-05-15T14:00:00+08:00', to: '2026-05-15T18:00:00+08:00' },
      { from: '2026-05-18T08:00:00+08:00', to: '2026-05-18T12:00:00+08:00' },
      { from: '2026-05-18T14:00:00+08:00', to: '2026-05-18T18:00:00+08:00' },
    ]);
    // 劳动节 2026-05-01…05 quiet all day; 05-09 (Saturday) is a make-up working day.
    expect(noisyWorkWindows('2026-05-05T00:00:00+08:00', '2026-05-10T00:00:00+08:00', residentialQuietHoursExample).map((w) => w.from.slice(0, 10))).toEqual([
      '2026-05-06', '2026-05-06', '2026-05-07', '2026-05-07', '2026-05-08', '2026-05-08', '2026-05-09', '2026-05-09',
    ]);
  });
});
