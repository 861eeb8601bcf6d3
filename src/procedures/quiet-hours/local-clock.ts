import type { LocalReading } from '../../core/local-time';
import { readLocalMillis } from '../../core/local-time';
import { instantToEpochMs } from '../../core/instant';

export type { LocalReading } from '../../core/local-time';
export { localToMillis, readLocalMillis } from '../../core/local-time';

/**
 * Reads an instant (ISO string with offset, or luxon DateTime) on `zone`'s wall clock:
 * arithmetic where the zone's offset is fixed (Asia/Shanghai since 1991, UTC), the
 * platform's Intl time-zone data otherwise — no luxon. A string without an offset or an
 * impossible date is `INVALID_INSTANT`.
 *
 * @example
 * readLocal('2026-05-06T02:00:00Z', 'Asia/Shanghai').msOfDay // 36000000 (10:00)
 */
export function readLocal(at: unknown, zone: string, field = 'at'): LocalReading {
  return readLocalMillis(instantToEpochMs(at, field), zone);
}
