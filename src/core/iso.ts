import { WuyeError } from './errors';
import { text } from './text';

// Fast ISO 8601 arithmetic without luxon: reading an instant with an offset to epoch
// milliseconds and writing one back in a fixed-offset zone. The hot paths (guards, deadline
// checks, working-day arithmetic) use it; luxon remains the fallback for zones whose offset
// changes (DST) and for DateTime input.

const ISO = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,9}))?)?(?:(Z)|([+-])(\d{2})(?::?(\d{2}))?)$/;
const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
const MINUTE = 60_000;

function daysIn(year: number, month: number): number {
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  return month === 2 && leap ? 29 : DAYS_IN_MONTH[month - 1]!;
}

/**
 * The epoch milliseconds of an ISO 8601 instant with an offset (`Z`, `±HH`, `±HHMM`,
 * `±HH:MM`), or `undefined` when the string is not one or names an impossible date or time.
 * `24:00` is refused (ISO 8601-1:2019 dropped it; "24:00 of the last day" is written as
 * 00:00 of the next day, exclusive — see `Deadline`).
 *
 * @example
 * isoToEpochMs('2026-05-06T09:30:00+08:00') // 1778031000000
 * isoToEpochMs('2026-02-30T09:30:00+08:00') // undefined
 */
export function isoToEpochMs(s: string): number | undefined {
  const scanned = scanCommonIso(s);
  if (scanned !== undefined) return scanned;
  const m = ISO.exec(s);
  if (!m) return undefined;
  const year = +m[1]!;
  const month = +m[2]!;
  const day = +m[3]!;
  const hour = +m[4]!;
  const minute = +m[5]!;
  const second = m[6] === undefined ? 0 : +m[6];
  const ms = m[7] === undefined ? 0 : +m[7].slice(0, 3).padEnd(3, '0');
  if (month < 1 || month > 12 || day < 1 || day > daysIn(year, month) || hour > 23 || minute > 59 || second > 59) return undefined;
  let offset = 0;
  if (m[8] === undefined) {
    const oh = +m[10]!;
    const om = m[11] === undefined ? 0 : +m[11];
    if (oh > 18 || om > 59) return undefined;
    offset = (m[9] === '-' ? -1 : 1) * (oh * 60 + om);
  }
  // Date.UTC reads years 0–99 as 1900–1999: set the full year explicitly.
  const local = new Date(Date.UTC(2000, 0, 1, hour, minute, second, ms));
  local.setUTCFullYear(year, month - 1, day);
  return local.getTime() - offset * MINUTE;
}

const pad = (n: number, w = 2) => String(n).padStart(w, '0');

/**
 * Writes epoch milliseconds as an ISO 8601 instant at a fixed offset (minutes east of UTC),
 * milliseconds only when not zero.
 *
 * @example
 * epochMsToIso(1778031000000, 480) // '2026-05-06T09:30:00+08:00'
 */
export function epochMsToIso(epochMs: number, zoneOffsetMinutes: number): string {
  // Beyond what ISO 8601 writes with four-digit years (local years 0000–9999): an error,
  // never 'NaN-NaN-…'.
  const local = new Date(epochMs + Math.trunc(zoneOffsetMinutes) * MINUTE);
  const year = local.getUTCFullYear();
  if (!Number.isFinite(epochMs) || !Number.isFinite(zoneOffsetMinutes) || !(year >= 0 && year <= 9999)) {
    throw new WuyeError('INVALID_INPUT', text(`无法写成标准时刻（超出可表示的年份）`, `Not writable as an ISO 8601 instant: ${String(epochMs)}`), { epochMs: String(epochMs) });
  }
  // Local mean time (Asia/Shanghai before 1901: +08:05:43) has an offset in seconds, which
  // ISO 8601 cannot write: write whole minutes, so the string still names the same instant.
  const offsetMinutes = Math.trunc(zoneOffsetMinutes);
  const d = new Date(epochMs + offsetMinutes * MINUTE);
  const msPart = d.getUTCMilliseconds() ? `.${pad(d.getUTCMilliseconds(), 3)}` : '';
  const sign = offsetMinutes < 0 ? '-' : '+';
  const abs = Math.abs(offsetMinutes);
  const off = offsetMinutes === 0 ? 'Z' : `${sign}${pad(Math.floor(abs / 60))}:${pad(abs % 60)}`;
  return `${pad(d.getUTCFullYear(), 4)}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}T${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}:${pad(d.getUTCSeconds())}${msPart}${off}`;
}

// China has kept +08:00 without daylight saving since 1991-09-15 (the last DST period ended
// then); earlier instants go through luxon's tz data.
const SHANGHAI_FIXED_FROM = Date.UTC(1991, 8, 15);

/**
 * The offset (minutes east of UTC) of `zone` at `epochMs` when it is known to be fixed —
 * UTC, or Asia/Shanghai from 1991-09-15 on — else `undefined` (ask luxon).
 *
 * @example
 * fixedOffset('Asia/Shanghai', Date.UTC(2026, 4, 6)) // 480
 * fixedOffset('America/New_York', Date.UTC(2026, 4, 6)) // undefined
 */
export function fixedOffset(zone: string, epochMs: number): number | undefined {
  if (zone === 'Asia/Shanghai' || zone === 'PRC' || zone === 'Asia/Chongqing' || zone === 'Asia/Harbin') return epochMs >= SHANGHAI_FIXED_FROM ? 480 : undefined;
  if (zone === 'UTC' || zone === 'Etc/UTC' || zone === 'Z') return 0;
  return undefined;
}

// The hot path of isoToEpochMs: the one form hosts and the library write —
// YYYY-MM-DDTHH:mm:ss[.SSS] then Z or ±HH:mm — scanned character by character (several times
// faster than the regular expression). Anything else, and years below 100 (which Date.UTC
// misreads), returns undefined and goes to the general reader, which also gives the errors.
function scanCommonIso(s: string): number | undefined {
  const n = s.length;
  if (n < 20 || s.charCodeAt(4) !== 45 || s.charCodeAt(7) !== 45 || s.charCodeAt(10) !== 84 || s.charCodeAt(13) !== 58 || s.charCodeAt(16) !== 58) return undefined;
  const year = digits(s, 0, 4);
  const month = digits(s, 5, 2);
  const day = digits(s, 8, 2);
  const hour = digits(s, 11, 2);
  const minute = digits(s, 14, 2);
  const second = digits(s, 17, 2);
  let p = 19;
  let ms = 0;
  if (s.charCodeAt(p) === 46) {
    ms = digits(s, 20, 3);
    p = 23;
  }
  let offset = 0;
  const sign = s.charCodeAt(p);
  if (sign === 90) {
    if (n !== p + 1) return undefined;
  } else if ((sign === 43 || sign === 45) && n === p + 6 && s.charCodeAt(p + 3) === 58) {
    const oh = digits(s, p + 1, 2);
    const om = digits(s, p + 4, 2);
    if (oh < 0 || om < 0 || oh > 18 || om > 59) return undefined;
    offset = (sign === 45 ? -1 : 1) * (oh * 60 + om);
  } else {
    return undefined;
  }
  // digits() is -1 for a non-digit, which every range check below rejects.
  if (year < 100 || ms < 0 || month < 1 || month > 12 || day < 1 || day > daysIn(year, month) || hour < 0 || hour > 23 || minute < 0 || minute > 59 || second < 0 || second > 59) return undefined;
  return Date.UTC(year, month - 1, day, hour, minute, second, ms) - offset * MINUTE;
}

function digits(s: string, from: number, count: number): number {
  let value = 0;
  for (let i = from; i < from + count; i++) {
    const d = s.charCodeAt(i) - 48;
    if (!(d >= 0 && d <= 9)) return -1;
    value = value * 10 + d;
  }
  return value;
}
