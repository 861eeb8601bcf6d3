import type { Deadline } from './deadline';
import { dayNumber } from './day-number';
import { epochMsToIso } from './iso';
import { localToMillis } from './local-time';
import { zoneOffsetAt } from './zone-offset';

/**
 * @internal The deadline of a period whose last day (included) is `lastDay` in `zone`:
 * 00:00 of the next day, exclusive — 24:00 of the last day (民法典 第201条), written in the zone.
 */
export function endOfDayDeadline(lastDay: string, zone: string): Deadline {
  const epochMs = localToMillis(dayNumber(lastDay) + 1, 0, zone);
  return { dueAt: epochMsToIso(epochMs, zoneOffsetAt(zone, epochMs)), inclusive: false };
}
