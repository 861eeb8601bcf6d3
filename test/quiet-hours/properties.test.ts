import fc from 'fast-check';
import { DateTime, FixedOffsetZone } from 'luxon';
import { describe, expect, it } from 'vitest';

import { composePolicy } from '../../src/core/policy';
import type { Policy } from '../../src/core/policy';
import {
  checkQuietHours,
  isNoisyWorkAllowed,
  nextNoisyWorkAllowed,
  noisyWorkWindows,
  officeQuietHours,
  quietHoursPacks,
  residentialQuietHoursExample,
} from '../../src/procedures/quiet-hours/index';

const MS_2004 = Date.UTC(2004, 0, 1); // the statutory calendar covers 2004–2026
const MS_2026_END = Date.UTC(2026, 10, 30);
const instantMs = fc.integer({ min: MS_2004, max: MS_2026_END });
// Real offsets: −12:00 … +14:00 in quarter hours.
const offsetMinutes = fc.integer({ min: -48, max: 56 }).map((q) => q * 15);

const write = (ms: number, offset: number): string => DateTime.fromMillis(ms, { zone: FixedOffsetZone.instance(offset) }).toISO() as string;
const shanghai = (ms: number): string => write(ms, 480);

// The naive oracle: luxon reads the instant, then the office windows are compared.
function naiveOffice(at: string): boolean {
  const dt = DateTime.fromISO(at, { setZone: true }).setZone('Asia/Shanghai');
  const minutes = dt.hour * 60 + dt.minute;
  if (dt.weekday <= 5) return !(minutes >= 480 && minutes < 1080);
  if (dt.weekday === 6) return !(minutes >= 480 && minutes < 780);
  return true;
}

const policies: [string, Policy][] = [
  ['office', officeQuietHours],
  ['office, holidays as Sunday', composePolicy(quietHoursPacks.OFFICE, { 'quietHours.holidayRule': 'holidays-and-make-up-days' })],
  ['residential example', residentialQuietHoursExample],
];

describe('quiet-hours properties (fast-check)', () => {
  it('an instant and the same instant in another offset agree', () => {
    fc.assert(
      fc.property(instantMs, offsetMinutes, fc.constantFrom(...policies), (ms, offset, [, policy]) => {
        const a = isNoisyWorkAllowed(shanghai(ms), policy);
        expect(isNoisyWorkAllowed(write(ms, offset), policy)).toBe(a);
        expect(isNoisyWorkAllowed(new Date(ms).toISOString(), policy)).toBe(a);
        expect(nextNoisyWorkAllowed(write(ms, offset), policy)).toBe(nextNoisyWorkAllowed(shanghai(ms), policy));
      }),
      { numRuns: 400 },
    );
  });

  it('agrees with a naive luxon implementation of the office windows', () => {
    fc.assert(
      fc.property(instantMs, offsetMinutes, (ms, offset) => {
        const at = write(ms, offset);
        expect(isNoisyWorkAllowed(at)).toBe(naiveOffice(at));
      }),
      { numRuns: 2000 },
    );
  });

  it('windows are ordered, never overlap or touch, and cover exactly the allowed time', () => {
    fc.assert(
      fc.property(
        instantMs,
        fc.integer({ min: 0, max: 10 * 86_400_000 }),
        fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { minLength: 20, maxLength: 20 }),
        fc.constantFrom(...policies),
        (fromMs, span, samples, [, policy]) => {
          const toMs = fromMs + span;
          const windows = noisyWorkWindows(shanghai(fromMs), shanghai(toMs), policy).map((w) => [Date.parse(w.from), Date.parse(w.to)] as const);
          let previousEnd = -Infinity;
          for (const [s, e] of windows) {
            expect(s).toBeLessThan(e);
            expect(s).toBeGreaterThan(previousEnd); // strictly: touching windows would have been joined
            expect(s).toBeGreaterThanOrEqual(fromMs);
            expect(e).toBeLessThanOrEqual(toMs);
            expect(isNoisyWorkAllowed(shanghai(s), policy)).toBe(true);
            expect(isNoisyWorkAllowed(shanghai(e - 1), policy)).toBe(true);
            if (s > fromMs) expect(isNoisyWorkAllowed(shanghai(s - 1), policy)).toBe(false);
            if (e < toMs) expect(isNoisyWorkAllowed(shanghai(e), policy)).toBe(false);
            previousEnd = e;
          }
          for (const u of samples) {
            const t = Math.min(toMs - 1, fromMs + Math.floor(u * span));
            if (t < fromMs) continue;
            const inside = windows.some(([s, e]) => t >= s && t < e);
            expect(inside).toBe(isNoisyWorkAllowed(shanghai(t), policy));
          }
        },
      ),
      { numRuns: 200 },
    );
  });

  it('nextNoisyWorkAllowed is allowed, not earlier than the instant, and nothing between is allowed', () => {
    fc.assert(
      fc.property(instantMs, fc.constantFrom(...policies), (ms, [, policy]) => {
        const next = nextNoisyWorkAllowed(shanghai(ms), policy);
        expect(next).not.toBeNull();
        const nextMs = Date.parse(next!);
        expect(nextMs).toBeGreaterThanOrEqual(ms);
        expect(isNoisyWorkAllowed(next!, policy)).toBe(true);
        if (nextMs > ms) {
          expect(isNoisyWorkAllowed(shanghai(nextMs - 1), policy)).toBe(false);
          expect(noisyWorkWindows(shanghai(ms), next!, policy)).toEqual([]);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('same input → same output; deep-frozen input is accepted and left unchanged', () => {
    fc.assert(
      fc.property(fc.array(instantMs, { maxLength: 6 }), (list) => {
        const observations = list.map((ms, i) => ({ at: shanghai(ms), site: `${i + 1}F`, activity: '电锤' }));
        const copy = structuredClone(observations);
        const frozen = Object.freeze(observations.map((o) => Object.freeze(o)));
        const a = checkQuietHours(frozen, { asOf: '2027-01-01T00:00:00+08:00' });
        const b = checkQuietHours(frozen, { asOf: '2027-01-01T00:00:00+08:00' });
        expect(b).toEqual(a);
        expect(frozen).toEqual(copy);
        expect(a.length).toBe(list.filter((ms) => !naiveOffice(shanghai(ms))).length);
      }),
      { numRuns: 100 },
    );
  });
});

describe('a zone with daylight saving time (luxon path)', () => {
  const newYork = composePolicy(quietHoursPacks.OFFICE, { 'core.zone': 'America/New_York' });

  it('reads the wall clock on both sides of a DST change', () => {
    // 2026-03-08 is a Sunday (DST starts); Monday 03-09 08:00 EDT = 12:00Z, Friday 03-06 08:00 EST = 13:00Z.
    expect(isNoisyWorkAllowed('2026-03-09T11:59:59Z', newYork)).toBe(true);
    expect(isNoisyWorkAllowed('2026-03-09T12:00:00Z', newYork)).toBe(false);
    expect(isNoisyWorkAllowed('2026-03-06T12:59:59Z', newYork)).toBe(true);
    expect(isNoisyWorkAllowed('2026-03-06T13:00:00Z', newYork)).toBe(false);
    expect(nextNoisyWorkAllowed('2026-03-09T12:00:00Z', newYork)).toBe('2026-03-09T18:00:00-04:00');
  });

  it('agrees with luxon for random instants', () => {
    fc.assert(
      fc.property(instantMs, (ms) => {
        const dt = DateTime.fromMillis(ms, { zone: 'America/New_York' });
        const minutes = dt.hour * 60 + dt.minute;
        const expected = dt.weekday <= 5 ? !(minutes >= 480 && minutes < 1080) : dt.weekday === 6 ? !(minutes >= 480 && minutes < 780) : true;
        expect(isNoisyWorkAllowed(new Date(ms).toISOString(), newYork)).toBe(expected);
      }),
      { numRuns: 500 },
    );
  });

  it('windows across the DST change have the right lengths', () => {
    const windows = noisyWorkWindows('2026-03-07T00:00:00-05:00', '2026-03-09T12:00:00-04:00', newYork);
    expect(windows).toEqual([
      { from: '2026-03-07T00:00:00-05:00', to: '2026-03-07T08:00:00-05:00' },
      { from: '2026-03-07T13:00:00-05:00', to: '2026-03-09T08:00:00-04:00' },
    ]);
  });
});

describe('instants in any form the core reads', () => {
  it('a fraction of a second is read, not dropped', () => {
    expect(isNoisyWorkAllowed('2026-05-06T10:00:00.5Z')).toBe(true); // 18:00:00.5 in Shanghai
  });
});
