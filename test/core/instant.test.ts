import fc from 'fast-check';
import { DateTime } from 'luxon';
import { describe, expect, it } from 'vitest';
import { compareInstants, DEFAULT_ZONE, earliestInstant, formatLocal, toIsoInstant } from '../../src/core/instant';
import { formatInstant, parseInstant } from './luxon-instant';
import { instantSchema } from '../../src/core/instant-schema';
import { isWorkingDay } from '../../src/core/working-days';
import { toCalendarDate } from '../../src/core/calendar-day';
import { arbitraryInstant, thrown, utc } from './helpers';

// 2026-05-06 09:30 in Shanghai is 01:30 UTC.
const MS = utc(2026, 5, 6, 1, 30);

describe('parseInstant / toIsoInstant: accepted inputs', () => {
  it.each([
    ['Z', '2026-05-06T01:30:00Z'],
    ['+08:00', '2026-05-06T09:30:00+08:00'],
    ['-05:00', '2026-05-05T20:30:00-05:00'],
    ['+0800', '2026-05-06T09:30:00+0800'],
    ['+08', '2026-05-06T09:30:00+08'],
    ['-0530 (no seconds)', '2026-05-05T20:00-0530'],
  ])('reads an ISO 8601 instant with offset %s as the same moment', (_, input) => {
    expect(parseInstant(input).toMillis()).toBe(MS);
    expect(toIsoInstant(input)).toBe('2026-05-06T09:30:00+08:00');
  });

  it('writes every instant in Asia/Shanghai (+08:00) by default', () => {
    expect(DEFAULT_ZONE).toBe('Asia/Shanghai');
    expect(parseInstant('2026-05-06T01:30:00Z').zoneName).toBe('Asia/Shanghai');
    expect(toIsoInstant('2026-05-06T01:30:00Z')).toMatch(/\+08:00$/);
  });

  it('writes milliseconds only when there are some', () => {
    expect(toIsoInstant('2026-05-06T01:30:00.000Z')).toBe('2026-05-06T09:30:00+08:00');
    expect(toIsoInstant('2026-05-06T01:30:00.250Z')).toBe('2026-05-06T09:30:00.250+08:00');
  });

  it('writes in another zone when asked', () => {
    expect(toIsoInstant('2026-05-06T09:30:00+08:00', 'UTC')).toBe('2026-05-06T01:30:00Z');
    expect(toIsoInstant('2026-05-06T09:30:00+08:00', 'America/New_York')).toBe('2026-05-05T21:30:00-04:00');
  });

  it('UTC input and +08:00 input of the same instant give the same output', () => {
    expect(toIsoInstant('2026-05-06T01:30:00Z')).toBe(toIsoInstant('2026-05-06T09:30:00+08:00'));
    expect(formatLocal('2026-05-06T01:30:00Z')).toBe(formatLocal('2026-05-06T09:30:00+08:00'));
    expect(formatLocal('2026-05-06T01:30:00Z')).toBe('2026-05-06 09:30');
    expect(formatLocal('2026-05-06T01:30:05Z')).toBe('2026-05-06 09:30:05');
  });

  it('accepts a valid luxon DateTime, whatever its zone', () => {
    const ny = DateTime.fromISO('2026-05-05T21:30:00', { zone: 'America/New_York' });
    expect(toIsoInstant(ny)).toBe('2026-05-06T09:30:00+08:00');
    expect(parseInstant(ny).toMillis()).toBe(MS);
    expect(compareInstants(ny, '2026-05-06T01:30:00Z')).toBe(0);
  });

  it('reads 23:59:59 and 00:00 across the Shanghai midnight from UTC input', () => {
    // 2026-09-30 is a working Wednesday, 2026-10-01 the first day of the 国庆节 holiday.
    const before = '2026-09-30T15:59:59Z';
    const after = '2026-09-30T16:00:00Z';
    expect(toIsoInstant(before)).toBe('2026-09-30T23:59:59+08:00');
    expect(toIsoInstant(after)).toBe('2026-10-01T00:00:00+08:00');
    expect(toCalendarDate(before)).toBe('2026-09-30');
    expect(toCalendarDate(after)).toBe('2026-10-01');
    expect(isWorkingDay(before)).toBe(true);
    expect(isWorkingDay(after)).toBe(false);
    expect(compareInstants(before, after)).toBe(-1000);
  });
});

describe('parseInstant: refused inputs (INVALID_INSTANT, never a guess)', () => {
  it.each([
    ['no offset', '2026-05-06T09:30:00'],
    ['date only', '2026-05-06'],
    ['space instead of T', '2026-05-06 09:30:00+08:00'],
    ['impossible date', '2026-02-30T10:00:00+08:00'],
    ['impossible month', '2026-13-01T10:00:00+08:00'],
    ['hour 24', '2026-05-06T24:00:00+08:00'],
    ['hour 25', '2026-05-06T25:00:00+08:00'],
    ['leap second', '2026-05-06T23:59:60+08:00'],
    ['offset hours out of range', '2026-05-06T09:30:00+25:00'],
    ['offset minutes out of range', '2026-05-06T09:30:00+08:60'],
    ['empty', ''],
    ['words', 'tomorrow morning'],
  ])('%s: %j', (_, input) => {
    const error = thrown(() => parseInstant(input), 'INVALID_INSTANT');
    expect(error.text['zh-CN']).toContain(input);
    expect(error.text.en).toContain(input);
    expect(error.details).toMatchObject({ field: 'at', input });
  });

  it.each([
    ['a number', MS],
    ['null', null],
    ['undefined', undefined],
    ['an object', { iso: '2026-05-06T09:30:00+08:00' }],
    ['a Date', new Date(MS)],
  ])('non-string: %s', (_, input) => {
    const error = thrown(() => parseInstant(input), 'INVALID_INSTANT');
    expect(error.details['input']).toBe(typeof input);
    thrown(() => toIsoInstant(input as never), 'INVALID_INSTANT');
    thrown(() => compareInstants(input as never, '2026-05-06T09:30:00+08:00'), 'INVALID_INSTANT');
  });

  it('refuses an invalid luxon DateTime', () => {
    thrown(() => parseInstant(DateTime.invalid('broken clock')), 'INVALID_INSTANT');
    thrown(() => toIsoInstant(DateTime.fromISO('2026-02-30T10:00:00+08:00')), 'INVALID_INSTANT');
  });

  it('names the field in the message', () => {
    const error = thrown(() => parseInstant('2026-05-06', DEFAULT_ZONE, 'receivedAt'), 'INVALID_INSTANT');
    expect(error.details['field']).toBe('receivedAt');
    expect(error.text.en).toContain('receivedAt');
    expect(error.text['zh-CN']).toContain('受理时间'); // the field's Chinese label, not its name
  });

  it('an unknown zone is a typed error, not an invalid date', () => {
    thrown(() => parseInstant('2026-05-06T09:30:00+08:00', 'Mars/Olympus_Mons'), 'INVALID_INPUT');
  });

  it('instantSchema agrees with parseInstant', () => {
    expect(instantSchema.safeParse('2026-05-06T09:30:00+08:00').success).toBe(true);
    expect(instantSchema.safeParse('2026-05-06T09:30:00').success).toBe(false);
    expect(instantSchema.safeParse('2026-02-30T10:00:00+08:00').success).toBe(false);
    expect(instantSchema.safeParse(MS).success).toBe(false);
  });
});

// Asia/Shanghai has kept +08:00 since 1992 (it had summer time 1986–1991, and local mean
// time +08:05:43 before 1901, which an ISO offset cannot write to the second).
const MODERN = arbitraryInstant(utc(1992, 1, 1), utc(2100, 1, 1));
const SINCE_1901 = arbitraryInstant(utc(1901, 1, 1), utc(2100, 1, 1));
// 0001-01-02 … 9999-12-30 UTC, so that the instant has a four-digit year in every zone
// (written as a number: Date.UTC would read years 0–99 as 19xx).
const ANY_YEAR = arbitraryInstant(-62_135_510_400_000, utc(9999, 12, 30));

describe('instant properties', () => {
  it('parse → format → parse is the identity on the instant (any offset, any notation)', () => {
    fc.assert(
      fc.property(SINCE_1901, fc.constantFrom('Asia/Shanghai', 'UTC', 'America/New_York', 'Europe/London'), ({ ms, iso }, zone) => {
        expect(parseInstant(iso).toMillis()).toBe(ms);
        const written = toIsoInstant(iso, zone);
        expect(parseInstant(written, zone).toMillis()).toBe(ms);
        expect(toIsoInstant(written, zone)).toBe(written);
      }),
      { numRuns: 500 },
    );
  });

  it('any year 0001–9999, any zone: the output is an ISO instant that reads back as the same moment', () => {
    // Before 1901 Shanghai kept local mean time (+08:05:43), an offset no ISO string can
    // write to the second; the output must still name the moment it was given.
    fc.assert(
      fc.property(ANY_YEAR, fc.constantFrom('Asia/Shanghai', 'UTC', 'America/New_York'), ({ ms, iso }, zone) => {
        expect(parseInstant(iso).toMillis()).toBe(ms);
        const written = toIsoInstant(iso, zone);
        expect(instantSchema.safeParse(written).success).toBe(true);
        expect(compareInstants(written, iso)).toBe(0);
      }),
      { numRuns: 500 },
    );
  });

  it('years before 100 are not read as 19xx', () => {
    expect(toIsoInstant('0050-01-01T00:00:00Z', 'UTC')).toBe('0050-01-01T00:00:00Z');
    expect(compareInstants('0099-12-31T23:59:59Z', '1999-12-31T23:59:59Z')).toBeLessThan(0);
    expect(parseInstant('0050-06-01T00:00:00Z', 'UTC').year).toBe(50);
  });

  it('an instant of 1890 in Shanghai (local mean time) is written as a valid ISO instant', () => {
    const written = toIsoInstant('1890-01-01T00:00:00Z');
    expect(instantSchema.safeParse(written).success).toBe(true);
    expect(compareInstants(written, '1890-01-01T00:00:00Z')).toBe(0);
  });

  it('output carries +08:00 by default and names the same moment', () => {
    fc.assert(
      fc.property(MODERN, ({ ms, iso }) => {
        const written = toIsoInstant(iso);
        expect(written).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{3})?\+08:00$/);
        expect(Date.parse(written)).toBe(ms);
        expect(formatInstant(parseInstant(iso))).toBe(written);
      }),
      { numRuns: 300 },
    );
  });

  it('compareInstants is antisymmetric and agrees with the moments named', () => {
    fc.assert(
      fc.property(MODERN, MODERN, (a, b) => {
        const ab = compareInstants(a.iso, b.iso);
        const ba = compareInstants(b.iso, a.iso);
        const sign = (x: number) => Math.sign(x) || 0; // no −0
        expect(sign(ab)).toBe(sign(-ba));
        expect(sign(ab)).toBe(sign(a.ms - b.ms));
        expect(compareInstants(a.iso, toIsoInstant(a.iso, 'UTC'))).toBe(0);
      }),
      { numRuns: 300 },
    );
  });

  it('earliestInstant returns the earliest as given, skipping undefined', () => {
    fc.assert(
      fc.property(fc.array(fc.option(MODERN, { nil: undefined }), { maxLength: 6 }), (list) => {
        const given = list.map((x) => x?.iso);
        const earliest = earliestInstant(given);
        const defined = list.filter((x): x is { ms: number; iso: string } => x !== undefined);
        if (defined.length === 0) {
          expect(earliest).toBeUndefined();
          return;
        }
        const min = Math.min(...defined.map((x) => x.ms));
        expect(given).toContain(earliest);
        expect(parseInstant(earliest).toMillis()).toBe(min);
      }),
    );
  });

  it('same input → same output', () => {
    fc.assert(
      fc.property(MODERN, ({ iso }) => {
        expect(toIsoInstant(iso)).toBe(toIsoInstant(iso));
      }),
    );
  });
});
