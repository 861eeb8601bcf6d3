import type { BusinessCalendar } from '../../core/calendar';
import { WuyeError } from '../../core/errors';
import type { InstantInput, IsoInstant } from '../../core/instant';
import { epochMsToZonedIso, instantToEpochMs } from '../../core/instant';
import type { Policy } from '../../core/policy';
import { text } from '../../core/text';
import { localToMillis, readLocal, readLocalMillis } from './local-clock';
import { officeQuietHours } from './policy';
import type { QuietSchedule } from './schedule';
import { quietSchedule, scheduleWeekday } from './schedule';
import type { AllowedInterval } from './schema';

const DAY_MS = 86_400_000;

/**
 * @internal How far {@link nextNoisyWorkAllowed} looks ahead (days) before answering `null`, and the
 * longest span {@link noisyWorkWindows} lists: bounds, so that no policy can hang a caller.
 *
 * @example
 * QUIET_HOURS_HORIZON_DAYS // 400
 */
export const QUIET_HOURS_HORIZON_DAYS = 400;

/**
 * Whether noisy (or polluting) work is allowed at an instant under a quiet-hours policy
 * (default: the office building's, Mon–Fri 08:00–18:00 and Sat 08:00–13:00 forbidden,
 * start inclusive, end exclusive). The instant may carry any offset: it is read on the
 * policy zone's wall clock. A string without an offset or an impossible date is
 * `INVALID_INSTANT`; a calendar-based holiday rule on a date the calendar does not cover is
 * `CALENDAR_NOT_COVERED`.
 *
 * @example
 * isNoisyWorkAllowed('2026-05-06T07:59:00+08:00') // true  (Wednesday, before 08:00)
 * isNoisyWorkAllowed('2026-05-06T08:00:00+08:00') // false (08:00 is forbidden)
 * isNoisyWorkAllowed('2026-05-06T10:00:00Z')      // true  (18:00 in Shanghai)
 */
export function isNoisyWorkAllowed(at: InstantInput, policy: Policy = officeQuietHours, calendar?: BusinessCalendar): boolean {
  const schedule = quietSchedule(policy, calendar);
  const r = readLocal(at, schedule.zone);
  return !forbiddenAt(schedule, r.day, r.msOfDay);
}

/**
 * The first instant at or after `at` at which noisy work is allowed, written in the policy's
 * zone (`at` itself when allowed already); `null` when nothing is allowed within
 * {@link QUIET_HOURS_HORIZON_DAYS} days (a policy forbidding every day).
 *
 * @example
 * nextNoisyWorkAllowed('2026-05-09T09:00:00+08:00') // '2026-05-09T13:00:00+08:00' (Saturday)
 * nextNoisyWorkAllowed('2026-05-08T17:00:00Z')      // '2026-05-09T01:00:00+08:00' (allowed already)
 */
export function nextNoisyWorkAllowed(at: InstantInput, policy: Policy = officeQuietHours, calendar?: BusinessCalendar): IsoInstant | null {
  const schedule = quietSchedule(policy, calendar);
  const r = readLocal(at, schedule.zone);
  let day = r.day;
  let ms = r.msOfDay;
  for (let i = 0; i <= QUIET_HOURS_HORIZON_DAYS; i++) {
    const blocking = schedule.forbidden[scheduleWeekday(schedule, day)]!.find(([s, e]) => ms >= s && ms < e);
    if (!blocking) return i === 0 && ms === r.msOfDay ? format(r.epochMs, schedule) : format(localToMillis(day, ms, schedule.zone), schedule);
    if (blocking[1] < DAY_MS) {
      ms = blocking[1];
      continue;
    }
    day += 1;
    ms = 0;
  }
  return null;
}

/**
 * The intervals within `[from, to)` in which noisy work is allowed, in time order, each
 * `[from, to)` and written in the policy's zone; intervals that touch across midnight are
 * joined. They never overlap and cover exactly the allowed time. `to` before `from`, or a
 * span longer than {@link QUIET_HOURS_HORIZON_DAYS} days, is `INVALID_INPUT`.
 *
 * @example
 * noisyWorkWindows('2026-05-08T00:00:00+08:00', '2026-05-10T00:00:00+08:00')
 * // [{ from: '2026-05-08T00:00:00+08:00', to: '2026-05-08T08:00:00+08:00' },
 * //  { from: '2026-05-08T18:00:00+08:00', to: '2026-05-09T08:00:00+08:00' },
 * //  { from: '2026-05-09T13:00:00+08:00', to: '2026-05-10T00:00:00+08:00' }]
 */
export function noisyWorkWindows(from: InstantInput, to: InstantInput, policy: Policy = officeQuietHours, calendar?: BusinessCalendar): AllowedInterval[] {
  const schedule = quietSchedule(policy, calendar);
  const fromMs = instantToEpochMs(from, 'from');
  const toMs = instantToEpochMs(to, 'to');
  if (toMs < fromMs || toMs - fromMs > QUIET_HOURS_HORIZON_DAYS * DAY_MS) {
    throw new WuyeError(
      'INVALID_INPUT',
      text(`时段的结束不得早于开始，且不得超过 ${QUIET_HOURS_HORIZON_DAYS} 天`, `The span must have from ≤ to and last at most ${QUIET_HOURS_HORIZON_DAYS} days`),
      { from: String(from), to: String(to) },
    );
  }
  const first = readLocalMillis(fromMs, schedule.zone).day;
  const last = readLocalMillis(toMs, schedule.zone).day;
  const out: [number, number][] = [];
  for (let day = first; day <= last; day++) {
    for (const [s, e] of schedule.allowed[scheduleWeekday(schedule, day)]!) {
      const start = Math.max(localToMillis(day, s, schedule.zone), fromMs);
      const end = Math.min(localToMillis(day, e, schedule.zone), toMs);
      if (start >= end) continue;
      const previous = out[out.length - 1];
      if (previous && start <= previous[1]) previous[1] = Math.max(previous[1], end);
      else out.push([start, end]);
    }
  }
  return out.map(([s, e]) => ({ from: format(s, schedule), to: format(e, schedule) }));
}

function forbiddenAt(schedule: QuietSchedule, day: number, msOfDay: number): boolean {
  const list = schedule.forbidden[scheduleWeekday(schedule, day)]!;
  for (let i = 0; i < list.length; i++) {
    const w = list[i]!;
    if (msOfDay >= w[0] && msOfDay < w[1]) return true;
  }
  return false;
}

function format(epochMs: number, schedule: QuietSchedule): IsoInstant {
  return epochMsToZonedIso(epochMs, schedule.zone);
}
