import fc from 'fast-check';
import { DateTime, FixedOffsetZone } from 'luxon';
import { describe, expect, it } from 'vitest';
import { epochMsToIso, fixedOffset, isoToEpochMs } from '../src/core/iso';
import { epochMsToZonedIso, toIsoInstant } from '../src/core/instant';

const pad = (n: number, w = 2) => String(n).padStart(w, '0');

describe('isoToEpochMs agrees with luxon (the oracle)', () => {
  it('on every well-formed string, valid or not', () => {
    const part = fc.record({
      y: fc.integer({ min: 1900, max: 2100 }), mo: fc.integer({ min: 0, max: 13 }), d: fc.integer({ min: 0, max: 32 }),
      h: fc.integer({ min: 0, max: 24 }), mi: fc.integer({ min: 0, max: 60 }), s: fc.option(fc.integer({ min: 0, max: 60 })),
      frac: fc.option(fc.integer({ min: 0, max: 999 })), off: fc.constantFrom('Z', '+08:00', '-05:00', '+0530', '+08', '-12:00', '+14:00'),
    });
    fc.assert(
      fc.property(part, ({ y, mo, d, h, mi, s, frac, off }) => {
        const str = `${pad(y, 4)}-${pad(mo)}-${pad(d)}T${pad(h)}:${pad(mi)}${s === null ? '' : `:${pad(s)}${frac === null ? '' : `.${pad(frac, 3)}`}`}${off}`;
        const lux = DateTime.fromISO(str, { setZone: true });
        // Where we part from luxon on purpose: 24:00 (the next day's midnight; dropped by ISO 8601-1:2019) is refused.
        expect(isoToEpochMs(str)).toBe(lux.isValid && h !== 24 ? lux.toMillis() : undefined);
      }),
      { numRuns: 3000 },
    );
  });
  it('reads the common form (the fast scan) exactly as luxon does, over years 1000–9999', () => {
    fc.assert(
      fc.property(fc.integer({ min: Date.UTC(1000, 0, 1), max: Date.UTC(9999, 11, 31) }), fc.integer({ min: -720, max: 840 }), fc.boolean(), (ms, offset, withMs) => {
        const iso = DateTime.fromMillis(withMs ? ms : ms - (ms % 1000), { zone: FixedOffsetZone.instance(offset) }).toISO({ suppressMilliseconds: !withMs })!;
        expect(isoToEpochMs(iso)).toBe(DateTime.fromISO(iso, { setZone: true }).toMillis());
      }),
      { numRuns: 1000 },
    );
  });
  it('never accepts junk that luxon rejects', () => {
    const chars = fc.constantFrom(...'0123456789-:T.Z+ '.split(''));
    fc.assert(
      fc.property(fc.string({ unit: chars, minLength: 15, maxLength: 30 }), (s) => {
        const ms = isoToEpochMs(s);
        if (ms !== undefined) expect(DateTime.fromISO(s, { setZone: true }).toMillis()).toBe(ms);
      }),
      { numRuns: 3000 },
    );
    for (const s of ['2026-02-29T10:00:00+08:00', '2026-05-06T24:00:00+08:00', '2026-05-06T10:60:00Z', '2026-05-06T10:00:00+19:00', '2026-05-06t10:00:00Z', '2026-05-06T10:00:00+08:00 ']) expect(isoToEpochMs(s)).toBeUndefined();
    for (const s of ['2026-05-06T10:00:00+08', '2026-05-06T10:00:00.5Z', '2026-05-06T10:00Z', '0050-01-01T00:00:00Z']) expect(isoToEpochMs(s)).toBe(DateTime.fromISO(s, { setZone: true }).toMillis());
  });
  it('rejects strings without an offset, dates alone and junk', () => {
    for (const s of ['2026-05-06T09:30:00', '2026-05-06', '2026-05-06 09:30+08:00', 'yesterday', '', '2026-02-29T00:00Z', '2026-05-06T09:30:00+19:00']) expect(isoToEpochMs(s)).toBeUndefined();
  });
});

describe('writing instants in a zone', () => {
  it('matches luxon for Asia/Shanghai and fixed offsets over 1992–2030', () => {
    fc.assert(
      fc.property(fc.integer({ min: Date.UTC(1992, 0, 1), max: Date.UTC(2030, 0, 1) }), fc.integer({ min: -720, max: 840 }), (ms, off) => {
        expect(epochMsToZonedIso(ms, 'Asia/Shanghai')).toBe(DateTime.fromMillis(ms, { zone: 'Asia/Shanghai' }).toISO({ suppressMilliseconds: true }));
        expect(epochMsToIso(ms, off)).toBe(DateTime.fromMillis(ms, { zone: FixedOffsetZone.instance(off) }).toISO({ suppressMilliseconds: true })!.replace('+00:00', 'Z'));
      }),
      { numRuns: 2000 },
    );
  });
  it('writes up to the last local instant of year 9999, and refuses beyond it', () => {
    expect(epochMsToZonedIso(253402128000001, 'Asia/Shanghai')).toBe('9999-12-30T08:00:00.001+08:00');
    expect(epochMsToZonedIso(Date.UTC(9999, 11, 31, 15, 59, 59), 'Asia/Shanghai')).toBe('9999-12-31T23:59:59+08:00');
    expect(() => epochMsToZonedIso(Date.UTC(9999, 11, 31, 16), 'Asia/Shanghai')).toThrowError(expect.objectContaining({ code: 'INVALID_INPUT' }));
    expect(() => epochMsToIso(Number.NaN, 0)).toThrowError(expect.objectContaining({ code: 'INVALID_INPUT' }));
  });
  it('falls back to tz data where the offset is not fixed (Shanghai DST of 1986–1991, New York)', () => {
    expect(fixedOffset('Asia/Shanghai', Date.UTC(1988, 6, 1))).toBeUndefined();
    expect(toIsoInstant('1988-07-01T00:00:00Z')).toBe('1988-07-01T09:00:00+09:00');
    expect(toIsoInstant('2026-07-01T12:00:00Z', 'America/New_York')).toBe('2026-07-01T08:00:00-04:00');
    expect(toIsoInstant('2026-01-01T12:00:00Z', 'America/New_York')).toBe('2026-01-01T07:00:00-05:00');
  });
});
