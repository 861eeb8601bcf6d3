// The luxon-free ISO path (iso.ts, and instant.ts's epoch helpers) against luxon itself.
import fc from 'fast-check';
import { DateTime } from 'luxon';
import { describe, expect, it } from 'vitest';
import { epochMsToIso, fixedOffset, isoToEpochMs } from '../../src/core/iso';
import { epochMsToZonedIso, instantToEpochMs, toIsoInstant, zoneOffsetAt } from '../../src/core/instant';
import { parsingOnce } from '../../src/core/epoch-ms';
import { arbitraryInstant, thrown, utc } from './helpers';

const MODERN = arbitraryInstant(utc(1901, 1, 1), utc(2100, 1, 1));

describe('isoToEpochMs', () => {
  it('agrees with luxon on any valid ISO instant with offset', () => {
    fc.assert(
      fc.property(MODERN, ({ ms, iso }) => {
        expect(isoToEpochMs(iso)).toBe(ms);
        expect(isoToEpochMs(iso)).toBe(DateTime.fromISO(iso).toMillis());
      }),
      { numRuns: 500 },
    );
  });

  it('reads fractions of a second to the millisecond', () => {
    expect(isoToEpochMs('2026-05-06T01:30:00.5Z')).toBe(utc(2026, 5, 6, 1, 30) + 500);
    expect(isoToEpochMs('2026-05-06T01:30:00.123456789Z')).toBe(utc(2026, 5, 6, 1, 30) + 123);
  });

  it('knows leap years', () => {
    expect(isoToEpochMs('2024-02-29T00:00:00Z')).toBe(utc(2024, 2, 29));
    expect(isoToEpochMs('2000-02-29T00:00:00Z')).toBe(utc(2000, 2, 29));
    expect(isoToEpochMs('2026-02-29T00:00:00Z')).toBeUndefined();
    expect(isoToEpochMs('1900-02-29T00:00:00Z')).toBeUndefined();
  });

  it.each(['2026-05-06T09:30:00', '2026-05-06', '2026-04-31T00:00:00Z', '2026-05-06T24:00:00Z', '2026-05-06T23:60:00Z', '2026-05-06T23:59:60Z', '2026-05-06T09:30:00+19:00', '2026-05-06T09:30:00+08:60', '2026-05-06T09:30:00+8:00', ' 2026-05-06T09:30:00Z'])(
    'refuses %j',
    (input) => {
      expect(isoToEpochMs(input)).toBeUndefined();
    },
  );
});

describe('epochMsToIso and the zone offsets', () => {
  it('writes an instant that reads back as itself, in any whole-minute offset', () => {
    fc.assert(
      fc.property(MODERN, fc.integer({ min: -12 * 60, max: 14 * 60 }), ({ ms }, offset) => {
        const written = epochMsToIso(ms, offset);
        expect(isoToEpochMs(written)).toBe(ms);
        expect(DateTime.fromISO(written, { setZone: true }).offset).toBe(offset);
      }),
    );
  });

  it("Shanghai's fixed offset holds only where luxon's tz data agrees (after the 1986–1991 summer time)", () => {
    fc.assert(
      fc.property(fc.integer({ min: utc(1985, 1, 1), max: utc(2100, 1, 1) }), (ms) => {
        const luxonOffset = DateTime.fromMillis(ms, { zone: 'Asia/Shanghai' }).offset;
        const fixed = fixedOffset('Asia/Shanghai', ms);
        if (fixed !== undefined) expect(fixed).toBe(luxonOffset);
        expect(zoneOffsetAt('Asia/Shanghai', ms)).toBe(luxonOffset);
      }),
      { numRuns: 1000 },
    );
    // Summer time in 1988, and the night it last ended (1991-09-15 02:00 → 01:00).
    expect(toIsoInstant('1988-07-01T12:00:00Z')).toBe('1988-07-01T21:00:00+09:00');
    expect(toIsoInstant('1991-08-01T00:00:00Z')).toBe('1991-08-01T09:00:00+09:00');
    expect(toIsoInstant('1991-09-14T16:59:59Z')).toBe(DateTime.fromISO('1991-09-14T16:59:59Z').setZone('Asia/Shanghai').toISO({ suppressMilliseconds: true }));
    expect(toIsoInstant('1991-09-14T17:00:00Z')).toBe(DateTime.fromISO('1991-09-14T17:00:00Z').setZone('Asia/Shanghai').toISO({ suppressMilliseconds: true }));
  });

  it('a zone with summer time goes through the tz data', () => {
    expect(epochMsToZonedIso(utc(2026, 7, 1, 12), 'America/New_York')).toBe('2026-07-01T08:00:00-04:00');
    expect(epochMsToZonedIso(utc(2026, 1, 1, 12), 'America/New_York')).toBe('2026-01-01T07:00:00-05:00');
    expect(epochMsToZonedIso(utc(2026, 1, 1, 12), 'UTC')).toBe('2026-01-01T12:00:00Z');
  });

  it('an unknown zone is INVALID_INPUT', () => {
    thrown(() => zoneOffsetAt('Mars/Olympus_Mons', utc(2026, 1, 1)), 'INVALID_INPUT');
    thrown(() => epochMsToZonedIso(utc(2026, 1, 1), 'Mars/Olympus_Mons'), 'INVALID_INPUT');
  });
});

describe('instantToEpochMs', () => {
  it('takes strings and valid DateTimes, and refuses the rest with INVALID_INSTANT', () => {
    expect(instantToEpochMs('2026-05-06T09:30:00+08:00')).toBe(utc(2026, 5, 6, 1, 30));
    expect(instantToEpochMs(DateTime.fromISO('2026-05-06T09:30:00+08:00'))).toBe(utc(2026, 5, 6, 1, 30));
    const error = thrown(() => instantToEpochMs('2026-05-06T09:30:00', 'receivedAt'), 'INVALID_INSTANT');
    expect(error.details['field']).toBe('receivedAt');
    thrown(() => instantToEpochMs(DateTime.invalid('x')), 'INVALID_INSTANT');
    thrown(() => instantToEpochMs(utc(2026, 5, 6)), 'INVALID_INSTANT');
    thrown(() => instantToEpochMs(new Date()), 'INVALID_INSTANT');
  });

  it('inside parsingOnce: the same answers, the same refusals naming the field, nested calls, and the memo gone afterwards', () => {
    const at = '2026-05-06T09:30:00+08:00';
    const ms = utc(2026, 5, 6, 1, 30);
    expect(parsingOnce(() => [instantToEpochMs(at), instantToEpochMs(at), parsingOnce(() => instantToEpochMs(at)), instantToEpochMs(DateTime.fromISO(at))])).toEqual([ms, ms, ms, ms]);
    parsingOnce(() => {
      for (const field of ['receivedAt', 'dueAt']) expect(thrown(() => instantToEpochMs('2026-05-06T09:30:00', field), 'INVALID_INSTANT').details['field']).toBe(field);
    });
    expect(() => parsingOnce(() => instantToEpochMs('bad'))).toThrowError(expect.objectContaining({ code: 'INVALID_INSTANT' }));
    // After a throw the scope is closed: a later call outside parses afresh and still refuses bad input.
    thrown(() => instantToEpochMs('2026-05-06T09:30:00', 'at'), 'INVALID_INSTANT');
    expect(instantToEpochMs(at)).toBe(ms);
  });
});
