// Wall-clock arithmetic in a zone without luxon: the offset comes from zoneOffsetAt
// (arithmetic for Asia/Shanghai since 1991, UTC and fixed offsets; the platform's Intl for
// zones with daylight saving time), read only when called.
import { zoneOffsetAt } from './zone-offset';

const DAY_MS = 86_400_000;
const MINUTE_MS = 60_000;

/**
 * An instant read on a zone's wall clock: the epoch milliseconds, the local day number
 * (days since 1970-01-01, see `dayNumber`) and the milliseconds since local midnight.
 *
 * @example
 * const r: LocalReading = { epochMs: 1778032800000, day: 20579, msOfDay: 36000000 }; // 2026-05-06 10:00 in Shanghai
 */
export interface LocalReading {
  readonly epochMs: number;
  readonly day: number;
  readonly msOfDay: number;
}

/**
 * @internal Reads epoch milliseconds on `zone`'s wall clock.
 *
 * @example
 * readLocalMillis(0, 'UTC') // { epochMs: 0, day: 0, msOfDay: 0 }
 */
export function readLocalMillis(epochMs: number, zone: string): LocalReading {
  const local = epochMs + zoneOffsetAt(zone, epochMs) * MINUTE_MS;
  const day = Math.floor(local / DAY_MS);
  return { epochMs, day, msOfDay: local - day * DAY_MS };
}

/**
 * @internal The instant (epoch milliseconds) of a wall-clock time on a local day of `zone`;
 * `msOfDay` may be 24:00 (the next day's midnight). A wall time skipped by a daylight-saving
 * change moves forward by the gap, a repeated one reads as its first occurrence (luxon's
 * reading, kept so results do not change with the implementation).
 *
 * @example
 * localToMillis(dayNumber('2026-05-06'), 10 * 3_600_000, 'Asia/Shanghai') // 1778032800000
 */
export function localToMillis(day: number, msOfDay: number, zone: string): number {
  const wall = day * DAY_MS + msOfDay;
  const o1 = zoneOffsetAt(zone, wall);
  const guess = wall - o1 * MINUTE_MS;
  const o2 = zoneOffsetAt(zone, guess);
  if (o1 === o2) return guess;
  const second = guess - (o2 - o1) * MINUTE_MS;
  const o3 = zoneOffsetAt(zone, second);
  if (o2 === o3) return second;
  return wall - Math.min(o2, o3) * MINUTE_MS;
}
