// Instants without luxon: ISO strings by arithmetic, zones by zoneOffsetAt (Intl only for
// zones whose offset changes), a host's luxon DateTime read structurally (DateTimeLike).
import { epochMsToIso } from './iso';
import { instantToEpochMs } from './epoch-ms';
import { zoneOffsetAt } from './zone-offset';
import { DEFAULT_ZONE } from './zone';

export { DEFAULT_ZONE };

/**
 * A luxon `DateTime` as the library reads it, structurally: luxon is not imported and the
 * published types do not need `@types/luxon`. At run time the value must be a real luxon
 * DateTime (`isLuxonDateTime`), valid, and is read through its `toMillis()`.
 *
 * @example
 * const at: DateTimeLike = DateTime.fromISO('2026-05-06T09:30:00+08:00', { setZone: true });
 */
export interface DateTimeLike {
  readonly isValid: boolean;
  toMillis(): number;
}

/**
 * What the library accepts as a point in time: an ISO 8601 string that carries its offset
 * (`Z`, `+08:00`, `-0500`), or a valid luxon `DateTime` ({@link DateTimeLike}).
 *
 * @example
 * const at: InstantInput = '2026-05-06T09:30:00+08:00';
 */
export type InstantInput = string | DateTimeLike;

/** An ISO 8601 instant with offset, as the library writes it. @example const s: IsoInstant = '2026-05-06T09:30:00+08:00'; */
export type IsoInstant = string;

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
