import type { IsoInstant } from './instant';
import { epochMsToZonedIso, instantToEpochMs, zoneOffsetAt } from './instant';
import { boundedMemo } from './bounded-memo';

// Suffixes the library writes for an offset in whole minutes: 'Z' or '±HH:MM'.
const suffixes = new Map<number, string>();
function suffixOf(offsetMinutes: number): string {
  let suffix = suffixes.get(offsetMinutes);
  if (suffix === undefined) {
    const abs = Math.abs(offsetMinutes);
    const two = (n: number) => String(n).padStart(2, '0');
    suffix = offsetMinutes === 0 ? 'Z' : `${offsetMinutes < 0 ? '-' : '+'}${two(Math.floor(abs / 60))}:${two(abs % 60)}`;
    suffixes.set(offsetMinutes, suffix);
  }
  return suffix;
}

/**
 * @internal `toIsoInstant` for one zone with a fast path: a string already written as the
 * library writes instants in that zone (`YYYY-MM-DDTHH:mm:ss`, `.SSS` only when not zero,
 * the zone's offset at that instant as `±HH:MM`, or `Z` for zero) is returned as it is,
 * after one scan that validates it; anything else is normalised by `toIsoInstant` (and a
 * bad instant is its `INVALID_INSTANT`). Events and records that hosts write in the policy
 * zone, and everything the library wrote itself, take the fast path.
 */
export function isoInZone(zone: string): (input: string) => IsoInstant {
  let writer = writers.get(zone);
  if (!writer) {
    writer = writerFor(zone);
    writers.set(zone, writer);
  }
  return writer;
}

const writers = new Map<string, (input: string) => IsoInstant>();

function writerFor(zone: string): (input: string) => IsoInstant {
  // A case reads the same few instants again and again (each deadline recomputation reads the
  // record's instants, each step its event's): the last few hundred answers are remembered.
  return boundedMemo(256, (input) => {
    const ms = instantToEpochMs(input);
    const suffix = suffixOf(Math.trunc(zoneOffsetAt(zone, ms)));
    const body = input.length - suffix.length;
    const canonical =
      input.endsWith(suffix) &&
      (body === 19 || (body === 23 && input.charCodeAt(19) === 46 && !(input.charCodeAt(20) === 48 && input.charCodeAt(21) === 48 && input.charCodeAt(22) === 48)));
    return canonical ? input : epochMsToZonedIso(ms, zone);
  });
}
