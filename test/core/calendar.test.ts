import fc from 'fast-check';
import data from 'chinese-days/dist/chinese-days.json';
import { DateTime } from 'luxon';
import { describe, expect, it } from 'vitest';
import type { BusinessCalendar, CalendarData } from '../../src/core/calendar';
import { createCalendar, extendCalendar, isIndexedCalendar } from '../../src/core/calendar';
import { CALENDAR_ZONE, toCalendarDate } from '../../src/core/calendar-day';
import { chineseCalendar } from '../../src/core/chinese-calendar';
import { dateOfDayNumber, dayNumber, weekdayOfDayNumber } from '../../src/core/day-number';
import { isWuyeError } from '../../src/core/errors';
import { toIsoInstant } from '../../src/core/instant';
import { parseInstant } from './luxon-instant';
import { text } from '../../src/core/text';
import { addWorkingDays, isWorkingDay, nthWorkingDay } from '../../src/core/working-days';
import { arbitraryInstant, freezeAll, thrown, utc } from './helpers';

// ---------------------------------------------------------------------------------------
// The oracle: a naive day-by-day walk with luxon over the same chinese-days data, written
// here independently of src/core (no index, no day numbers).
const HOLIDAYS = data.holidays as Record<string, string>;
// The one working-day disagreement with the notices, fixed in our data: the 2006 notice says
// "12月31日（星期六）上班" (2005-12-31), chinese-days has it as a rest day.
const WORKDAYS = { ...(data.workdays as Record<string, string>), '2005-12-31': "New Year's Day,元旦,1" };
const DATA_YEARS = [...Object.keys(HOLIDAYS), ...Object.keys(WORKDAYS)].map((d) => Number(d.slice(0, 4)));
const FIRST_YEAR = Math.min(...DATA_YEARS);
const LAST_YEAR = Math.max(...DATA_YEARS);

const NOT_COVERED = 'not covered' as const;
function oracleIsWorking(day: DateTime): boolean | typeof NOT_COVERED {
  if (day.year < FIRST_YEAR || day.year > LAST_YEAR) return NOT_COVERED;
  const iso = day.toISODate() as string;
  if (iso in WORKDAYS) return true;
  if (iso in HOLIDAYS) return false;
  return day.weekday <= 5;
}
function oracleAddWorkingDays(at: string, n: number): string {
  let day = DateTime.fromISO(at, { setZone: true }).setZone('Asia/Shanghai');
  if (oracleIsWorking(day) === NOT_COVERED) return NOT_COVERED;
  let left = Math.abs(n);
  while (left > 0) {
    day = day.plus({ days: Math.sign(n) });
    const working = oracleIsWorking(day);
    if (working === NOT_COVERED) return NOT_COVERED;
    if (working) left--;
  }
  return day.toISO({ suppressMilliseconds: true }) as string;
}
const orNotCovered = (fn: () => string): string => {
  try {
    return fn();
  } catch (error) {
    if (isWuyeError(error, 'CALENDAR_NOT_COVERED')) return NOT_COVERED;
    throw error;
  }
};
// ---------------------------------------------------------------------------------------

const shanghai = (iso: string) => DateTime.fromISO(iso, { zone: 'Asia/Shanghai' });
const COVERED = arbitraryInstant(utc(FIRST_YEAR, 1, 1, -8), utc(LAST_YEAR + 1, 1, 1, -8) - 1);
const AROUND_COVERAGE = arbitraryInstant(utc(FIRST_YEAR - 1, 10, 1), utc(LAST_YEAR + 1, 3, 1));

describe('the 2026 schedule (国务院办公厅 2026 放假安排, via chinese-days)', () => {
  it('covers the years of the data package and no other', () => {
    expect(chineseCalendar().years[0]).toBe(FIRST_YEAR);
    expect(chineseCalendar().years.at(-1)).toBe(LAST_YEAR);
    expect(LAST_YEAR).toBe(2026);
    expect(FIRST_YEAR).toBe(2004);
  });

  it.each(['2026-01-04', '2026-02-14', '2026-02-28', '2026-05-09', '2026-09-20', '2026-10-10'])('make-up working day %s (a weekend day) is working', (date) => {
    expect(shanghai(date).weekday).toBeGreaterThanOrEqual(6);
    expect(isWorkingDay(date)).toBe(true);
    const info = chineseCalendar().dayInfo(date);
    expect(info).toMatchObject({ date, working: true, kind: 'make-up-workday' });
    expect(info.name?.['zh-CN']).toMatch(/[\u4e00-\u9fff]/);
    expect(info.name?.en.length).toBeGreaterThan(0);
  });

  it.each(['2026-10-01', '2026-10-02', '2026-10-03', '2026-10-04', '2026-10-05', '2026-10-06', '2026-10-07'])('国庆节 %s is a holiday', (date) => {
    expect(isWorkingDay(date)).toBe(false);
    const info = chineseCalendar().dayInfo(date);
    expect(info).toMatchObject({ date, working: false, kind: 'holiday' });
    expect(info.name?.['zh-CN']).toBe('国庆节');
    expect(info.name?.en).toBe('National Day');
  });

  it('2026-10-08, after the holiday, is an ordinary working Thursday', () => {
    expect(chineseCalendar().dayInfo('2026-10-08')).toEqual({ date: '2026-10-08', working: true, kind: 'weekday' });
  });

  it.each(['2026-03-07', '2026-03-08', '2026-11-14', '2026-11-15'])('ordinary weekend %s is off', (date) => {
    expect(isWorkingDay(date)).toBe(false);
    expect(chineseCalendar().dayInfo(date)).toEqual({ date, working: false, kind: 'weekend' });
  });

  it('Spring Festival 2026 (02-15…02-23) is off', () => {
    for (let d = 15; d <= 23; d++) expect(isWorkingDay(`2026-02-${d}`)).toBe(false);
    expect(isWorkingDay('2026-02-24')).toBe(true);
  });

  it('every covered date agrees with the oracle', () => {
    for (let n = dayNumber(`${FIRST_YEAR}-01-01`); n <= dayNumber(`${LAST_YEAR}-12-31`); n++) {
      const date = dateOfDayNumber(n);
      if (chineseCalendar().dayInfo(date).working !== oracleIsWorking(shanghai(date))) expect.fail(`${date} disagrees with the data`);
    }
  });
});

describe('isWorkingDay / toCalendarDate: reading the day', () => {
  it('reads an instant as its date in Asia/Shanghai, whatever its offset', () => {
    // 17:00 at −05:00 on 10-09 is 06:00 on 10-10 in Shanghai: the make-up Saturday.
    expect(toCalendarDate('2026-10-09T17:00:00-05:00')).toBe('2026-10-10');
    expect(isWorkingDay('2026-10-09T17:00:00-05:00')).toBe(true);
    // 12:00 at −05:00 on 09-30 is 01:00 on 10-01 in Shanghai: a holiday, though 09-30 is a Wednesday.
    expect(toCalendarDate('2026-09-30T12:00:00-05:00')).toBe('2026-10-01');
    expect(isWorkingDay('2026-09-30T12:00:00-05:00')).toBe(false);
    // Saturday 10-17 at 07:00 in Shanghai, written in UTC as Friday 10-16.
    expect(isWorkingDay('2026-10-16T23:00:00Z')).toBe(false);
    expect(isWorkingDay(DateTime.fromISO('2026-10-09T17:00:00', { zone: 'America/Bogota' }))).toBe(true);
  });

  it('agrees with the oracle on any covered instant', () => {
    fc.assert(
      fc.property(COVERED, ({ iso }) => {
        expect(isWorkingDay(iso)).toBe(oracleIsWorking(DateTime.fromISO(iso).setZone('Asia/Shanghai')));
      }),
      { numRuns: 500 },
    );
  });

  it.each([
    ['an impossible date', '2026-02-30', 'INVALID_INPUT'],
    ['a number', 20261010, 'INVALID_INPUT'],
    ['null', null, 'INVALID_INPUT'],
    ['an instant without offset', '2026-10-10T10:00:00', 'INVALID_INSTANT'],
    ['a date with slashes', '2026/10/10', 'INVALID_INSTANT'],
  ] as const)('%s is a typed error', (_, input, code) => {
    thrown(() => isWorkingDay(input as never), code);
  });

  it.each(['2027-10-01', '2003-12-31', '2027-01-01T00:00:00+08:00', '2026-12-31T16:00:00Z'])('%s is CALENDAR_NOT_COVERED, never a weekday guess', (day) => {
    const error = thrown(() => isWorkingDay(day), 'CALENDAR_NOT_COVERED');
    expect(error.details['calendar']).toBe('cn-statutory');
    expect(error.text.en).toContain(toCalendarDate(day));
  });

  it('the last second of 2026 in Shanghai is still covered', () => {
    expect(isWorkingDay('2026-12-31T23:59:59+08:00')).toBe(true);
    expect(isWorkingDay('2004-01-01T00:00:00+08:00')).toBe(false);
  });
});

describe('day numbers', () => {
  const DAYS = fc.integer({ min: dayNumber('2004-01-01'), max: dayNumber('2026-12-31') });

  it('weekdayOfDayNumber agrees with luxon weekday in Asia/Shanghai', () => {
    fc.assert(
      fc.property(DAYS, (n) => {
        const date = dateOfDayNumber(n);
        expect(weekdayOfDayNumber(n)).toBe(DateTime.fromISO(date, { zone: CALENDAR_ZONE }).weekday);
      }),
      { numRuns: 1000 },
    );
  });

  it('dayNumber and dateOfDayNumber are inverse, and differences are luxon day counts', () => {
    fc.assert(
      fc.property(DAYS, DAYS, (a, b) => {
        const da = dateOfDayNumber(a);
        const db = dateOfDayNumber(b);
        expect(da).toMatch(/^\d{4}-\d{2}-\d{2}$/);
        expect(dayNumber(da)).toBe(a);
        expect(shanghai(db).diff(shanghai(da), 'days').days).toBe(b - a);
      }),
    );
  });

  it('1970-01-01 is day 0, a Thursday', () => {
    expect(dayNumber('1970-01-01')).toBe(0);
    expect(weekdayOfDayNumber(0)).toBe(4);
    expect(weekdayOfDayNumber(-1)).toBe(3);
  });
});

describe('addWorkingDays', () => {
  it('n = 0 gives the instant itself in +08:00, even on a holiday', () => {
    expect(addWorkingDays('2026-10-01T02:00:00Z', 0)).toBe('2026-10-01T10:00:00+08:00');
    expect(addWorkingDays('2026-05-06T09:30:00+08:00', 0)).toBe('2026-05-06T09:30:00+08:00');
  });

  it('keeps the time of day, to the millisecond', () => {
    expect(addWorkingDays('2026-05-06T09:30:15.250+08:00', 2)).toBe('2026-05-08T09:30:15.250+08:00');
    expect(addWorkingDays('2026-05-06T15:59:59Z', 1)).toBe('2026-05-07T23:59:59+08:00');
  });

  it('UTC and +08:00 inputs of one instant give one output', () => {
    expect(addWorkingDays('2026-09-29T16:30:00Z', 1)).toBe(addWorkingDays('2026-09-30T00:30:00+08:00', 1));
    expect(addWorkingDays('2026-09-29T16:30:00Z', 1)).toBe('2026-10-08T00:30:00+08:00');
  });

  it('crosses National Day 2026 and counts the make-up Saturday', () => {
    expect(addWorkingDays('2026-09-30T10:00:00+08:00', 1)).toBe('2026-10-08T10:00:00+08:00');
    expect(addWorkingDays('2026-09-30T10:00:00+08:00', 3)).toBe('2026-10-10T10:00:00+08:00');
    expect(addWorkingDays('2026-10-09T10:00:00+08:00', 1)).toBe('2026-10-10T10:00:00+08:00');
    expect(addWorkingDays('2026-10-10T10:00:00+08:00', 1)).toBe('2026-10-12T10:00:00+08:00');
    // The start day does not count, working or not.
    expect(addWorkingDays('2026-10-03T10:00:00+08:00', 1)).toBe('2026-10-08T10:00:00+08:00');
    // Mid-Autumn 09-25…09-27 and its make-up Sunday 09-20.
    expect(addWorkingDays('2026-09-18T10:00:00+08:00', 1)).toBe('2026-09-20T10:00:00+08:00');
    expect(addWorkingDays('2026-09-24T10:00:00+08:00', 1)).toBe('2026-09-28T10:00:00+08:00');
  });

  it('crosses Spring Festival 2026 and counts its make-up Saturdays', () => {
    expect(addWorkingDays('2026-02-13T09:00:00+08:00', 1)).toBe('2026-02-14T09:00:00+08:00');
    expect(addWorkingDays('2026-02-13T09:00:00+08:00', 2)).toBe('2026-02-24T09:00:00+08:00');
    expect(addWorkingDays('2026-02-24T09:00:00+08:00', 4)).toBe('2026-02-28T09:00:00+08:00');
  });

  it('counts backwards for negative n', () => {
    expect(addWorkingDays('2026-10-08T10:00:00+08:00', -1)).toBe('2026-09-30T10:00:00+08:00');
    expect(addWorkingDays('2026-10-12T10:00:00+08:00', -1)).toBe('2026-10-10T10:00:00+08:00');
    expect(addWorkingDays('2026-02-24T09:00:00+08:00', -2)).toBe('2026-02-13T09:00:00+08:00');
    expect(addWorkingDays('2026-10-05T10:00:00+08:00', -1)).toBe('2026-09-30T10:00:00+08:00');
  });

  it('accepts a luxon DateTime', () => {
    expect(addWorkingDays(DateTime.fromISO('2026-09-30T02:00:00Z'), 1)).toBe('2026-10-08T10:00:00+08:00');
  });

  it.each([
    ['1.5', 1.5],
    ['NaN', NaN],
    ['Infinity', Infinity],
    ['-Infinity', -Infinity],
    ["'3'", '3'],
    ['null', null],
  ])('n = %s is INVALID_INPUT', (_, n) => {
    const error = thrown(() => addWorkingDays('2026-05-06T09:30:00+08:00', n as never), 'INVALID_INPUT');
    expect(error.details['field']).toBe('n');
  });

  it('refuses a bad instant with INVALID_INSTANT', () => {
    thrown(() => addWorkingDays('2026-05-06T09:30:00', 1), 'INVALID_INSTANT');
    thrown(() => addWorkingDays('2026-02-30T09:30:00+08:00', 1), 'INVALID_INSTANT');
  });

  it('running past the data is CALENDAR_NOT_COVERED', () => {
    expect(addWorkingDays('2026-12-28T10:00:00+08:00', 3)).toBe('2026-12-31T10:00:00+08:00');
    thrown(() => addWorkingDays('2026-12-28T10:00:00+08:00', 4), 'CALENDAR_NOT_COVERED');
    thrown(() => addWorkingDays('2026-12-31T10:00:00+08:00', 1), 'CALENDAR_NOT_COVERED');
    thrown(() => addWorkingDays('2004-01-05T10:00:00+08:00', -5), 'CALENDAR_NOT_COVERED');
    thrown(() => addWorkingDays('2027-01-04T10:00:00+08:00', 0), 'CALENDAR_NOT_COVERED');
    thrown(() => addWorkingDays('2026-12-31T16:30:00Z', -1), 'CALENDAR_NOT_COVERED');
  });

  it('agrees with the naive luxon walk over the same data (oracle), including past the data', () => {
    fc.assert(
      fc.property(AROUND_COVERAGE, fc.integer({ min: -45, max: 45 }), ({ iso }, n) => {
        expect(orNotCovered(() => addWorkingDays(iso, n))).toBe(oracleAddWorkingDays(iso, n));
      }),
      { numRuns: 600 },
    );
  });

  it('lands on a working day, strictly after (n > 0) or before (n < 0) the start, at the same time of day', () => {
    fc.assert(
      fc.property(arbitraryInstant(utc(2004, 3, 1), utc(2026, 11, 1)), fc.integer({ min: -20, max: 20 }), ({ iso }, n) => {
        fc.pre(n !== 0);
        const result = addWorkingDays(iso, n);
        expect(result).toMatch(/\+08:00$/);
        expect(isWorkingDay(result)).toBe(true);
        const start = parseInstant(iso);
        const end = parseInstant(result);
        if (n > 0) expect(end > start).toBe(true);
        else expect(end < start).toBe(true);
        expect(end.toFormat('HH:mm:ss.SSS')).toBe(start.toFormat('HH:mm:ss.SSS'));
        // Exactly |n| working days lie strictly between the start and the end, end included.
        const [lo, hi] = n > 0 ? [start, end] : [end, start];
        const cal = chineseCalendar();
        expect(cal.workingDaysBetween(dayNumber(lo.toISODate() as string), dayNumber(hi.toISODate() as string))).toBe(n > 0 ? n : Math.abs(n) - 1 + (isWorkingDay(iso) ? 1 : 0));
      }),
      { numRuns: 400 },
    );
  });

  it('addWorkingDays(addWorkingDays(x, n), −n) is x when x is a working day', () => {
    fc.assert(
      fc.property(arbitraryInstant(utc(2004, 3, 1), utc(2026, 10, 31)), fc.integer({ min: -30, max: 30 }), ({ iso }, n) => {
        fc.pre(isWorkingDay(iso));
        expect(addWorkingDays(addWorkingDays(iso, n), -n)).toBe(toIsoInstant(iso));
      }),
      { numRuns: 400 },
    );
  });

  it('same input → same output', () => {
    fc.assert(
      fc.property(COVERED, fc.integer({ min: -5, max: 5 }), ({ iso }, n) => {
        expect(orNotCovered(() => addWorkingDays(iso, n))).toBe(orNotCovered(() => addWorkingDays(iso, n)));
      }),
    );
  });
});

// A hypothetical 2027 schedule, as a host would add it once the State Council publishes it
// (test data, not the real notice).
const SCHEDULE_2027: CalendarData = freezeAll({
  years: [2027],
  holidays: {
    '2027-01-01': text('元旦', "New Year's Day"),
    ...Object.fromEntries(['01', '02', '03', '04', '05', '06', '07'].map((d) => [`2027-10-${d}`, text('国庆节', 'National Day')])),
  },
  workdays: { '2027-10-09': text('国庆节', 'National Day') },
});

describe('extendCalendar and createCalendar', () => {
  const extended = extendCalendar(chineseCalendar(), SCHEDULE_2027);

  it('adds a year: 2027 dates then work', () => {
    expect(extended.years.at(-1)).toBe(2027);
    expect(isWorkingDay('2027-10-01', extended)).toBe(false);
    expect(extended.dayInfo('2027-10-01').kind).toBe('holiday');
    expect(isWorkingDay('2027-10-09', extended)).toBe(true); // a Saturday made a working day
    expect(isWorkingDay('2027-10-11', extended)).toBe(true);
    expect(addWorkingDays('2026-12-31T10:00:00+08:00', 1, extended)).toBe('2027-01-04T10:00:00+08:00');
    expect(addWorkingDays('2027-09-30T10:00:00+08:00', 1, extended)).toBe('2027-10-08T10:00:00+08:00');
    expect(addWorkingDays('2027-09-30T10:00:00+08:00', 2, extended)).toBe('2027-10-09T10:00:00+08:00');
  });

  it('keeps the base years and leaves the base calendar as it was', () => {
    expect(isWorkingDay('2026-10-10', extended)).toBe(true);
    expect(isWorkingDay('2026-10-01', extended)).toBe(false);
    thrown(() => isWorkingDay('2027-10-01'), 'CALENDAR_NOT_COVERED');
    thrown(() => isWorkingDay('2028-01-03', extended), 'CALENDAR_NOT_COVERED');
    expect(chineseCalendar().years.at(-1)).toBe(2026);
  });

  it('refuses years that leave a gap', () => {
    thrown(() => extendCalendar(chineseCalendar(), { years: [2028], holidays: {}, workdays: {} }), 'INVALID_INPUT');
    thrown(() => createCalendar({ years: [], holidays: {}, workdays: {} }, 'empty'), 'INVALID_INPUT');
    thrown(() => createCalendar({ years: [2026.5], holidays: {}, workdays: {} }, 'half'), 'INVALID_INPUT');
  });

  it('a weekdays-only calendar works Monday to Friday', () => {
    const plain = createCalendar({ years: [2027], holidays: {}, workdays: {} }, 'weekdays-2027');
    expect(isWorkingDay('2027-10-01', plain)).toBe(true); // a Friday: no holiday in this data
    expect(dateOfDayNumber(plain.nthWorkingDayFrom(dayNumber('2027-01-01'), 1))).toBe('2027-01-04');
  });
});

describe('host calendars (the generic walk)', () => {
  // The same data behind a plain BusinessCalendar: no index, so the walk path is taken.
  const host: BusinessCalendar = { id: 'host', dayInfo: (date) => chineseCalendar().dayInfo(date) };

  it('is not an indexed calendar', () => {
    expect(isIndexedCalendar(host)).toBe(false);
    expect(isIndexedCalendar(chineseCalendar())).toBe(true);
  });

  it('agrees with the indexed calendar, errors included', () => {
    fc.assert(
      fc.property(AROUND_COVERAGE, fc.integer({ min: -30, max: 30 }), ({ iso }, n) => {
        expect(orNotCovered(() => addWorkingDays(iso, n, host))).toBe(orNotCovered(() => addWorkingDays(iso, n)));
      }),
      { numRuns: 400 },
    );
    expect(addWorkingDays('2026-09-30T10:00:00+08:00', 3, host)).toBe('2026-10-10T10:00:00+08:00');
    expect(isWorkingDay('2026-10-10', host)).toBe(true);
  });

  it('nthWorkingDay with n = 0 is the start day', () => {
    const from = dayNumber('2026-10-03');
    expect(nthWorkingDay(host, from, 0)).toBe(from);
    expect(nthWorkingDay(chineseCalendar(), from, 0)).toBe(from);
  });

  it('a calendar with no working days is a typed error, not a hang', () => {
    const never: BusinessCalendar = { id: 'never', dayInfo: (date) => ({ date, working: false, kind: 'holiday' }) };
    const error = thrown(() => addWorkingDays('2026-05-06T09:30:00+08:00', 1, never), 'INVALID_INPUT');
    expect(error.details['calendar']).toBe('never');
    thrown(() => addWorkingDays('2026-05-06T09:30:00+08:00', -3, never), 'INVALID_INPUT');
  });

  it('a host calendar with working days far apart still works', () => {
    // One working day a year: the 1st of January.
    const yearly: BusinessCalendar = { id: 'yearly', dayInfo: (date) => ({ date, working: date.endsWith('-01-01'), kind: 'weekday' }) };
    expect(addWorkingDays('2026-05-06T09:30:00+08:00', 2, yearly)).toBe('2028-01-01T09:30:00+08:00');
  });
});

describe('dayInfo refuses what is not a real date', () => {
  it.each(['2026-02-30', 'garbage', '2026-5-6', ''])('%j is INVALID_INPUT', (date) => {
    expect(() => chineseCalendar().dayInfo(date)).toThrowError(expect.objectContaining({ code: 'INVALID_INPUT' }));
  });
  it('a fractional day number or count is INVALID_INPUT', () => {
    expect(() => chineseCalendar().nthWorkingDayFrom(20579.5, 1)).toThrowError(expect.objectContaining({ code: 'INVALID_INPUT' }));
    expect(() => chineseCalendar().nthWorkingDayFrom(20579, 1.5)).toThrowError(expect.objectContaining({ code: 'INVALID_INPUT' }));
  });
});
