import { DateTime } from 'luxon';
import { dateOfDayNumber, dayNumber } from '../../core/day-number';
import { instantToEpochMs } from '../../core/instant';
import { fixedOffset } from '../../core/iso';

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
 * Reads an instant (ISO string with offset, or luxon DateTime) on `zone`'s wall clock.
 * Arithmetic where the zone's offset is known to be fixed (Asia/Shanghai since 1991, UTC:
 * the core's `fixedOffset`), luxon's tz data otherwise (zones with daylight saving time).
 * A string without an offset or an impossible date is `INVALID_INSTANT`.
 *
 * @example
 * readLocal('2026-05-06T02:00:00Z', 'Asia/Shanghai').msOfDay // 36000000 (10:00)
 */
export function readLocal(at: unknown, zone: string, field = 'at'): LocalReading {
  return readLocalMillis(instantToEpochMs(at, field), zone);
}




/**
 * Reads epoch milliseconds on `zone`'s wall clock (see {@link readLocal}).
 *
 * @example
 * readLocalMillis(0, 'UTC') // { epochMs: 0, day: 0, msOfDay: 0 }
 */
export function readLocalMillis(epochMs: number, zone: string): LocalReading {
  const offset = fixedOffset(zone, epochMs);
  if (offset !== undefined) {
    const local = epochMs + offset * MINUTE_MS;
    const day = Math.floor(local / DAY_MS);
    return { epochMs, day, msOfDay: local - day * DAY_MS };
  }
  const dt = DateTime.fromMillis(epochMs, { zone });
  const day = dayNumber(dt.toISODate() as string);
  return { epochMs, day, msOfDay: ((dt.hour * 60 + dt.minute) * 60 + dt.second) * 1000 + dt.millisecond };
}

/**
 * The instant (epoch milliseconds) of a wall-clock time on a local day of `zone`;
 * `msOfDay` may be 24:00 (the next day's midnight). A wall time skipped by a daylight-saving
 * change moves forward, as luxon does.
 *
 * @example
 * localToMillis(dayNumber('2026-05-06'), 10 * 3_600_000, 'Asia/Shanghai') // 1778032800000
 */
export function localToMillis(day: number, msOfDay: number, zone: string): number {
  const d = day + Math.floor(msOfDay / DAY_MS);
  const ms = msOfDay - (d - day) * DAY_MS;
  const wall = d * DAY_MS + ms;
  const guess = fixedOffset(zone, wall);
  if (guess !== undefined) {
    const epochMs = wall - guess * MINUTE_MS;
    if (fixedOffset(zone, epochMs) === guess) return epochMs;
  }
  const date = dateOfDayNumber(d);
  return DateTime.fromObject(
    {
      year: Number(date.slice(0, 4)),
      month: Number(date.slice(5, 7)),
      day: Number(date.slice(8, 10)),
      hour: Math.floor(ms / 3_600_000),
      minute: Math.floor(ms / MINUTE_MS) % 60,
      second: Math.floor(ms / 1000) % 60,
      millisecond: ms % 1000,
    },
    { zone },
  ).toMillis();
}
