// The luxon reading of an instant, kept for the tests as an independent oracle: the library
// itself reads instants without luxon (src/core/epoch-ms.ts, zone-offset.ts).
import { DateTime } from 'luxon';
import { WuyeError } from '../../src/core/errors';
import { isoToEpochMs } from '../../src/core/iso';
import { invalidInstant } from '../../src/core/epoch-ms';
import { text } from '../../src/core/text';
import { DEFAULT_ZONE } from '../../src/core/zone';

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

export function formatInstant(dt: DateTime): string {
  return dt.toISO({ suppressMilliseconds: true }) as string;
}

