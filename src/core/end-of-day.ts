import type { Deadline } from './deadline';
import { dayNumber } from './day-number';
import { epochMsToIso } from './iso';
import { zoneOffsetAt } from './zone-offset';

const DAY_MS = 86_400_000;
const MINUTE_MS = 60_000;

/**
 * @internal The deadline of a period whose last day (included) is `lastDay` in `zone`:
 * 00:00 of the next day, exclusive — 24:00 of the last day (民法典 第201条), written in the zone.
 */
export function endOfDayDeadline(lastDay: string, zone: string): Deadline {
  const midnight = dayNumber(lastDay) + 1;
  // The local midnight's offset can differ from the day before in a DST zone: read it at the
  // candidate instant and correct once.
  const guess = midnight * DAY_MS - zoneOffsetAt(zone, midnight * DAY_MS) * MINUTE_MS;
  const epochMs = midnight * DAY_MS - zoneOffsetAt(zone, guess) * MINUTE_MS;
  return { dueAt: epochMsToIso(epochMs, zoneOffsetAt(zone, epochMs)), inclusive: false };
}
