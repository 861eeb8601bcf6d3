import type { BusinessCalendar } from './calendar';
import { isIndexedCalendar } from './calendar';
import { beyondCalendarMode, calendarView, isCalendarView } from './beyond-calendar';
import { CALENDAR_ZONE, toCalendarDate } from './calendar-day';
import { dateOfDayNumber } from './day-number';
import { chineseCalendar } from './chinese-calendar';
import { isWuyeError, WuyeError } from './errors';
import type { InstantInput, IsoInstant } from './instant';
import { epochMsToZonedIso, instantToEpochMs, zoneOffsetAt } from './instant';
import type { Policy } from './policy';
import { text } from './text';

// A generic (host) calendar is walked day by day; this bounds the walk so that a calendar
// with no working days cannot hang the caller.
const MAX_WALK_DAYS = 3660;

/**
 * Whether a day is a working day: weekends and statutory holidays are not, 调休 make-up
 * days are. `day` is `'YYYY-MM-DD'` or an ISO instant with offset (read as its date in
 * Asia/Shanghai). A date outside the calendar's data is `CALENDAR_NOT_COVERED` — unless the
 * policy sets `core.beyondCalendar: 'weekdays'`, then it is read from its weekday.
 *
 * @example
 * isWorkingDay('2026-10-10')                // true  (Saturday, 国庆节 make-up day)
 * isWorkingDay('2026-10-01')                // false (国庆节)
 * isWorkingDay('2026-10-09T17:00:00Z')      // true  (2026-10-10 01:00 in Shanghai)
 * isWorkingDay('2027-10-01')                // throws CALENDAR_NOT_COVERED
 * isWorkingDay('2027-10-01', chineseCalendar(), composePolicy({ 'core.beyondCalendar': 'weekdays' })) // true (a Friday, provisional)
 */
export function isWorkingDay(day: InstantInput, calendar: BusinessCalendar = chineseCalendar(), policy?: Policy): boolean {
  return calendarView(calendar, beyondCalendarMode(policy)).dayInfo(toCalendarDate(day)).working;
}

/**
 * The same time of day on the n-th following working day (n > 0), the n-th preceding one
 * (n < 0), or the instant itself (n = 0), written in +08:00. The start day does not count,
 * working or not. `n` must be a finite integer (`INVALID_INPUT` otherwise). With a policy
 * setting `core.beyondCalendar: 'weekdays'`, days beyond the data count by their weekday.
 *
 * @example
 * addWorkingDays('2026-09-30T10:00:00+08:00', 1) // '2026-10-08T10:00:00+08:00' (after the 国庆 holidays 10-01…10-07)
 * addWorkingDays('2026-10-09T10:00:00+08:00', 1) // '2026-10-10T10:00:00+08:00' (make-up Saturday)
 */
export function addWorkingDays(at: InstantInput, n: number, calendar: BusinessCalendar = chineseCalendar(), policy?: Policy): IsoInstant {
  if (typeof n !== 'number' || !Number.isInteger(n)) {
    throw new WuyeError('INVALID_INPUT', text(`工作日数须为有限整数`, `The number of working days must be a finite integer: ${String(n)}`), { field: 'n', input: String(n) });
  }
  const ms = instantToEpochMs(at);
  const offset = zoneOffsetAt(CALENDAR_ZONE, ms);
  const from = Math.floor((ms + offset * 60_000) / 86_400_000);
  const target = nthWorkingDay(calendar, from, n, policy);
  // Same wall-clock time: Shanghai keeps +08:00 in the covered years, so whole days of 24 h.
  return epochMsToZonedIso(ms + (target - from) * 86_400_000, CALENDAR_ZONE);
}

/**
 * The day number of the n-th working day after (n > 0) or before (n < 0) day number
 * `from`, on any calendar: the indexed fast path where available, else a bounded walk.
 * Under `core.beyondCalendar: 'weekdays'` (the policy, or a {@link calendarView} passed as
 * the calendar), a result that leaves the data is walked by weekdays instead.
 *
 * @example
 * dateOfDayNumber(nthWorkingDay(chineseCalendar(), dayNumber('2026-09-30'), 1)) // '2026-10-08'
 */
export function nthWorkingDay(calendar: BusinessCalendar, from: number, n: number, policy?: Policy): number {
  const view = isCalendarView(calendar) ? calendar : policy === undefined ? undefined : calendarView(calendar, beyondCalendarMode(policy));
  if (!view || view.mode === 'error') return walkOrIndex(view?.base ?? calendar, from, n, true);
  try {
    return walkOrIndex(view.base, from, n, true);
  } catch (error) {
    if (!isWuyeError(error, 'CALENDAR_NOT_COVERED')) throw error;
    // Leaves the data: walk by the view, which reads uncovered days from their weekday.
    return walkOrIndex(view, from, n, false);
  }
}

function walkOrIndex(calendar: BusinessCalendar, from: number, n: number, checkStart: boolean): number {
  if (isIndexedCalendar(calendar)) return calendar.nthWorkingDayFrom(from, n);
  if (checkStart) calendar.dayInfo(dateOfDayNumber(from)); // the start must be covered too
  const step = n > 0 ? 1 : -1;
  let left = Math.abs(n);
  let day = from;
  let walked = 0;
  while (left > 0) {
    day += step;
    if (++walked > MAX_WALK_DAYS + Math.abs(n)) {
      throw new WuyeError('INVALID_INPUT', text(`日历“${calendar.id}”在 ${MAX_WALK_DAYS} 天内没有足够的工作日`, `Calendar "${calendar.id}" has too few working days within ${MAX_WALK_DAYS} days`), { calendar: calendar.id });
    }
    if (calendar.dayInfo(dateOfDayNumber(day)).working) left--;
  }
  return day;
}
