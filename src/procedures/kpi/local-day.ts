// Days in the policy zone without luxon (the kpi subpath must not pull it in): the instant a
// local date ends, and the options of a check. Fixed-offset zones (Asia/Shanghai
// since 1991, UTC) are arithmetic; any other zone is read with the platform's Intl tz data.
import type { CheckOptions } from '../../core/check-options';
import { zoneParameter } from '../../core/core-parameters';
import type { Deadline } from '../../core/deadline';
import { dayNumber } from '../../core/day-number';
import { WuyeError } from '../../core/errors';
import { epochMsToIso, fixedOffset, isoToEpochMs } from '../../core/iso';
import type { Policy } from '../../core/policy';
import { assertPolicy, paramValue } from '../../core/policy';
import { text } from '../../core/text';

const DAY_MS = 86_400_000;
const MINUTE_MS = 60_000;
const OFFSET = /^GMT(?:([+-])(\d{2}):(\d{2}))?$/;
const formats = new Map<string, Intl.DateTimeFormat>();

/** @internal The offset (minutes east of UTC) of `zone` at an instant. */
function offsetAt(zone: string, epochMs: number): number {
  const fixed = fixedOffset(zone, epochMs);
  if (fixed !== undefined) return fixed;
  let format = formats.get(zone);
  if (!format) {
    format = new Intl.DateTimeFormat('en-US', { timeZone: zone, timeZoneName: 'longOffset' });
    formats.set(zone, format);
  }
  const name = format.formatToParts(epochMs).find((p) => p.type === 'timeZoneName')?.value ?? '';
  const m = OFFSET.exec(name);
  if (!m) throw new WuyeError('INVALID_INPUT', text(`无法读取时区偏移：“${zone}”`, `Cannot read the offset of zone ${zone}`), { zone });
  return m[1] === undefined ? 0 : (m[1] === '-' ? -1 : 1) * (Number(m[2]) * 60 + Number(m[3]));
}

/**
 * @internal The deadline of a window whose last day (included) is `lastDay` in `zone`: 00:00
 * of the next day, exclusive — 24:00 of the last day, written in the zone.
 */
export function endOfDayDeadline(lastDay: string, zone: string): Deadline {
  const midnight = dayNumber(lastDay) + 1;
  // The local midnight's offset can differ from the day before in a DST zone: read it at the
  // candidate instant and correct once.
  const guess = midnight * DAY_MS - offsetAt(zone, midnight * DAY_MS) * MINUTE_MS;
  const epochMs = midnight * DAY_MS - offsetAt(zone, guess) * MINUTE_MS;
  return { dueAt: epochMsToIso(epochMs, offsetAt(zone, epochMs)), inclusive: false };
}

/** @internal The zone of a policy (`core.zone`). */
export function zoneOf(policy: Policy | undefined): string {
  return paramValue(policy, zoneParameter);
}

/**
 * @internal The options of a kpi check, checked like the core's `checkOptions` but without
 * luxon: `asOf` an ISO 8601 instant with an offset (or a valid luxon DateTime, read through
 * its own `toMillis`), the policy one the library composed, the calendar one it built.
 * Returns `asOf` in epoch milliseconds.
 */
export function asOfMillis(options: CheckOptions): number {
  if (typeof options !== 'object' || options === null) {
    throw new WuyeError('INVALID_INPUT', text('检查需要选项：判断时刻', 'A check needs its options: { asOf }'), { field: 'options' });
  }
  const { asOf, policy, calendar } = options;
  if (asOf === undefined) throw new WuyeError('INVALID_INPUT', text('检查需要判断时刻', 'A check needs asOf, the instant it judges at'), { field: 'asOf' });
  const ms = typeof asOf === 'string' ? isoToEpochMs(asOf) : dateTimeMillis(asOf);
  if (ms === undefined) {
    const shown = typeof asOf === 'string' ? asOf.slice(0, 64) : typeof asOf;
    throw new WuyeError(
      'INVALID_INSTANT',
      text(`判断时刻须为带时区偏移的时刻（例如 2026-05-06T09:30:00+08:00），收到的是${shownZh(asOf)}`, `asOf is not an ISO 8601 instant with an offset (e.g. 2026-05-06T09:30:00+08:00): ${shown}`),
      { field: 'asOf', input: shown },
    );
  }
  if (policy !== undefined) assertPolicy(policy);
  if (calendar !== undefined && (typeof calendar !== 'object' || calendar === null || typeof (calendar as { dayInfo?: unknown }).dayInfo !== 'function')) {
    throw new WuyeError('INVALID_INPUT', text('业务日历无效', 'Invalid business calendar'), { field: 'calendar' });
  }
  return ms;
}

/** @internal A host value as a zh-CN error shows it: a string quoted (first 64 characters), anything else as 非文本值. */
export function shownZh(value: unknown): string {
  return typeof value === 'string' ? `“${value.slice(0, 64)}”` : '非文本值';
}

// A luxon DateTime without importing luxon: a valid one has isValid and toMillis().
function dateTimeMillis(value: unknown): number | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  const dt = value as { isValid?: unknown; toMillis?: unknown };
  if (dt.isValid !== true || typeof dt.toMillis !== 'function') return undefined;
  const ms = (dt.toMillis as () => unknown).call(value);
  return typeof ms === 'number' && Number.isFinite(ms) ? ms : undefined;
}
