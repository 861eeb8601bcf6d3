import { DateTime } from 'luxon';
import { WuyeError } from './errors';
import { epochMsToIso, isoToEpochMs } from './iso';
import { text } from './text';
import { instantToEpochMs, invalidInstant } from './epoch-ms';
import { zoneOffsetAt } from './zone-offset';
import { DEFAULT_ZONE } from './zone';

export { DEFAULT_ZONE };

/**
 * What the library accepts as a point in time: an ISO 8601 string that carries its offset
 * (`Z`, `+08:00`, `-0500`), or a valid luxon `DateTime`.
 *
 * @example
 * const at: InstantInput = '2026-05-06T09:30:00+08:00';
 */
export type InstantInput = string | DateTime;

/** An ISO 8601 instant with offset, as the library writes it. @example const s: IsoInstant = '2026-05-06T09:30:00+08:00'; */
export type IsoInstant = string;

/**
 * Reads an instant and returns it as a luxon `DateTime` in `zone` (default Asia/Shanghai).
 * A string without an offset, an impossible date (2026-02-30), a non-string or an invalid
 * DateTime is an `INVALID_INSTANT` error — the library never guesses a zone.
 *
 * @example
 * parseInstant('2026-05-06T01:30:00Z').toISO() // '2026-05-06T09:30:00.000+08:00'
 * parseInstant('2026-05-06 09:30')             // throws WuyeError INVALID_INSTANT
 */
export function parseInstant(input: unknown, zone: string = DEFAULT_ZONE, field = 'at'): DateTime {
  let dt: DateTime;
  if (DateTime.isDateTime(input)) {
    dt = input;
  } else if (typeof input === 'string' && isoToEpochMs(input) !== undefined) {
    dt = DateTime.fromISO(input, { setZone: true });
  } else {
    throw invalidInstant(input, field);
  }
  if (!dt.isValid) throw invalidInstant(input, field);
  const zoned = dt.setZone(zone);
  if (!zoned.isValid) {
    throw new WuyeError('INVALID_INPUT', text(`未知时区：“${zone}”`, `Unknown time zone: ${zone}`), { zone });
  }
  return zoned;
}

/**
 * Writes a `DateTime` as the library's ISO instant: offset included, milliseconds only
 * when they are not zero.
 *
 * @example
 * formatInstant(DateTime.fromISO('2026-05-06T09:30:00+08:00', { setZone: true })) // '2026-05-06T09:30:00+08:00'
 */
export function formatInstant(dt: DateTime): IsoInstant {
  return dt.toISO({ suppressMilliseconds: true }) as string;
}

/**
 * Normalises an instant to the library's form in `zone`: the same moment, written with
 * the zone's offset.
 *
 * @example
 * toIsoInstant('2026-05-06T01:30:00Z') // '2026-05-06T09:30:00+08:00'
 */
export function toIsoInstant(input: InstantInput, zone: string = DEFAULT_ZONE): IsoInstant {
  return epochMsToZonedIso(instantToEpochMs(input), zone);
}

export { instantToEpochMs } from './epoch-ms';
export { zoneOffsetAt } from './zone-offset';

/**
 * Writes epoch milliseconds as the library's ISO instant in `zone`.
 *
 * @example
 * epochMsToZonedIso(Date.UTC(2026, 4, 6, 1, 30), 'Asia/Shanghai') // '2026-05-06T09:30:00+08:00'
 */
export function epochMsToZonedIso(epochMs: number, zone: string = DEFAULT_ZONE): IsoInstant {
  return epochMsToIso(epochMs, zoneOffsetAt(zone, epochMs));
}

/**
 * Compares two instants by the moment they name (offsets do not matter): negative when
 * `a` is earlier, 0 when equal, positive when later.
 *
 * @example
 * compareInstants('2026-05-06T01:30:00Z', '2026-05-06T09:30:00+08:00') // 0
 */
export function compareInstants(a: InstantInput, b: InstantInput): number {
  return instantToEpochMs(a, 'a') - instantToEpochMs(b, 'b');
}


/**
 * The earliest of some instants (undefined entries skipped), as given; `undefined` when
 * none is given.
 *
 * @example
 * earliestInstant([undefined, '2026-05-07T10:00:00+08:00', '2026-05-07T01:00:00Z']) // '2026-05-07T01:00:00Z'
 */
export function earliestInstant(instants: ReadonlyArray<IsoInstant | undefined>): IsoInstant | undefined {
  let best: IsoInstant | undefined;
  let bestMs = Infinity;
  for (const at of instants) {
    if (at === undefined) continue;
    const ms = instantToEpochMs(at);
    if (ms < bestMs) {
      best = at;
      bestMs = ms;
    }
  }
  return best;
}

/**
 * An instant written for people: `'YYYY-MM-DD HH:mm'` in `zone` (seconds when not zero).
 *
 * @example
 * formatLocal('2026-05-09T01:30:00Z') // '2026-05-09 09:30'
 */
export function formatLocal(at: InstantInput, zone: string = DEFAULT_ZONE): string {
  const iso = toIsoInstant(at, zone);
  const seconds = iso.slice(17, 19) !== '00' || iso[19] === '.';
  return `${iso.slice(0, 10)} ${iso.slice(11, seconds ? 19 : 16)}`;
}
