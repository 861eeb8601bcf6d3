// Shared by the core tests (not a test file itself: vitest runs only *.test.ts).
import fc from 'fast-check';
import { expect } from 'vitest';
import type { WuyeError, WuyeErrorCode } from '../../src/core/errors';
import { isWuyeError } from '../../src/core/errors';

/**
 * Runs `fn`, expects it to throw a WuyeError of `code` whose message is written in both
 * languages, and returns the error for further checks.
 */
export function thrown(fn: () => unknown, code: WuyeErrorCode): WuyeError {
  let caught: unknown;
  try {
    fn();
  } catch (error) {
    caught = error;
  }
  expect(caught, `expected a WuyeError ${code}`).toBeDefined();
  expect(isWuyeError(caught), `expected a WuyeError, got ${String(caught)}`).toBe(true);
  const error = caught as WuyeError;
  expect(error.code).toBe(code);
  expect(error.text['zh-CN'].length).toBeGreaterThan(0);
  expect(error.text.en.length).toBeGreaterThan(0);
  // The Chinese text is Chinese, the English one is not.
  expect(error.text['zh-CN']).toMatch(/[\u4e00-\u9fff]/);
  expect(error.text.en).not.toMatch(/^[\u4e00-\u9fff]/);
  return error;
}

/** Freezes plain data recursively (the test's own, so as not to rely on the code under test). */
export function freezeAll<T>(value: T): T {
  if (typeof value === 'object' && value !== null) {
    for (const key of Object.keys(value)) freezeAll((value as Record<string, unknown>)[key]);
    Object.freeze(value);
  }
  return value;
}

/** Every object reachable from `value` (plain data: own enumerable keys). */
export function reachableObjects(value: unknown, seen = new Set<object>()): object[] {
  if (typeof value !== 'object' || value === null || seen.has(value)) return [...seen];
  seen.add(value);
  for (const key of Object.keys(value)) reachableObjects((value as Record<string, unknown>)[key], seen);
  return [...seen];
}

const pad = (n: number, width = 2) => String(Math.abs(n)).padStart(width, '0');

/**
 * Writes the instant `ms` as an ISO string in a fixed offset (minutes east of UTC), in one
 * of the offset notations ISO 8601 allows — built by hand, independently of luxon.
 */
export function isoWithOffset(ms: number, offsetMinutes: number, style: 'colon' | 'compact' | 'hours' | 'z' = 'colon', withMillis = false): string {
  const local = new Date(ms + offsetMinutes * 60_000).toISOString(); // 'YYYY-MM-DDTHH:mm:ss.sssZ'
  const clock = withMillis ? local.slice(0, 23) : local.slice(0, 19);
  if (style === 'z' && offsetMinutes === 0) return `${clock}Z`;
  const sign = offsetMinutes < 0 ? '-' : '+';
  const h = pad(Math.trunc(Math.abs(offsetMinutes) / 60));
  const m = pad(Math.abs(offsetMinutes) % 60);
  if (style === 'hours' && m === '00') return `${clock}${sign}${h}`;
  if (style === 'compact') return `${clock}${sign}${h}${m}`;
  return `${clock}${sign}${h}:${m}`;
}

/** Milliseconds of a UTC calendar moment. */
export const utc = (y: number, mo: number, d: number, h = 0, mi = 0, s = 0) => Date.UTC(y, mo - 1, d, h, mi, s);

/**
 * An arbitrary instant between `from` and `to` (ms), written with an arbitrary offset
 * (−12:00…+14:00, whole quarter hours) in an arbitrary notation.
 */
export function arbitraryInstant(from: number, to: number): fc.Arbitrary<{ ms: number; iso: string }> {
  return fc
    .record({
      seconds: fc.integer({ min: Math.ceil(from / 1000), max: Math.floor(to / 1000) }),
      millis: fc.integer({ min: 0, max: 999 }),
      quarter: fc.integer({ min: -48, max: 56 }),
      style: fc.constantFrom('colon' as const, 'compact' as const, 'hours' as const, 'z' as const),
      withMillis: fc.boolean(),
    })
    .map(({ seconds, millis, quarter, style, withMillis }) => {
      const ms = seconds * 1000 + (withMillis ? millis : 0);
      return { ms, iso: isoWithOffset(ms, quarter * 15, style, withMillis) };
    });
}
