import type { CalendarView } from './beyond-calendar';
import { beyondCalendarMode, calendarView } from './beyond-calendar';
import type { BusinessCalendar } from './calendar';
import { dateOfDayNumber } from './day-number';
import { chineseCalendar } from './chinese-calendar';
import { coreValue } from './core-values';
import { WuyeError } from './errors';
import type { InstantInput, IsoInstant } from './instant';
import { epochMsToZonedIso, instantToEpochMs, zoneOffsetAt } from './instant';
import { localToMillis } from './local-time';
import type { Duration, TimeUnit } from './parameter';
import type { Policy } from './policy';
import { text } from './text';
import { nthWorkingDay } from './working-days';

/**
 * A deadline as data: the instant it falls due and whether an act exactly at that instant
 * is still on time. Rolling and working-day deadlines are inclusive ("3日以内" includes the
 * end); a civil-code deadline is written as 00:00 of the next day — 24:00 of the last day —
 * and is exclusive.
 *
 * @example
 * const d: Deadline = { dueAt: '2026-05-09T09:30:00+08:00', inclusive: true };
 */
export interface Deadline {
  readonly dueAt: IsoInstant;
  readonly inclusive: boolean;
  /**
   * Set when the deadline used days the calendar has no data for, read from their weekday
   * (`core.beyondCalendar: 'weekdays'`): it may move once that year's notice is added.
   */
  readonly provisional?: true;
  /** The days read from their weekday (with `provisional`), `'YYYY-MM-DD'`, in order. */
  readonly provisionalDates?: readonly string[];
}

/**
 * Options of deadline arithmetic: the policy (zone, day counting) and the business calendar.
 *
 * @example
 * const options: DeadlineOptions = { policy: composePolicy(complaintPacks.ZH), calendar: chineseCalendar() };
 */
export interface DeadlineOptions {
  readonly policy?: Policy | undefined;
  readonly calendar?: BusinessCalendar | undefined;
}

/**
 * When a period that starts at `start` ends. `minute`/`hour` count on the clock; `day`
 * follows the policy's `core.dayCounting` (rolling by default, or the Civil Code's reading);
 * `working-day` is the same time on the n-th following working day. Under
 * `core.beyondCalendar: 'weekdays'`, days beyond the calendar's data count by their weekday
 * and the deadline carries `provisional: true` with the dates so read.
 *
 * @example
 * computeDeadline('2026-09-30T10:00:00+08:00', { value: 3, unit: 'day' })
 * // { dueAt: '2026-10-03T10:00:00+08:00', inclusive: true }
 * computeDeadline('2026-09-30T10:00:00+08:00', { value: 3, unit: 'day' }, { policy: composePolicy(complaintPacks.ZH, { 'core.dayCounting': 'civil-code' }) })
 * // { dueAt: '2026-10-09T00:00:00+08:00', inclusive: false } (10-03 is in the 国庆 holiday: moves to 10-08)
 * computeDeadline('2026-12-31T10:00:00+08:00', { value: 1, unit: 'working-day' }, { policy: composePolicy({ 'core.beyondCalendar': 'weekdays' }) })
 * // { dueAt: '2027-01-01T10:00:00+08:00', inclusive: true, provisional: true, provisionalDates: ['2027-01-01'] }
 */
export function computeDeadline(start: InstantInput, duration: Duration, options: DeadlineOptions = {}): Deadline {
  checkDuration(duration);
  const calendar = calendarView(options.calendar ?? chineseCalendar(), beyondCalendarMode(options.policy));
  const deadline = deadlineOn(calendar, start, duration, options.policy);
  return calendar.provisionalDates.length === 0 ? deadline : { ...deadline, provisional: true, provisionalDates: [...calendar.provisionalDates] };
}

function deadlineOn(calendar: CalendarView, start: InstantInput, duration: Duration, policy: Policy | undefined): Deadline {
  const zone = coreValue(policy, 'core.zone');
  const from = instantToEpochMs(start, 'start');
  switch (duration.unit) {
    case 'minute':
      return { dueAt: epochMsToZonedIso(from + duration.value * MINUTE, zone), inclusive: true };
    case 'hour':
      return { dueAt: epochMsToZonedIso(from + duration.value * HOUR, zone), inclusive: true };
    case 'working-day': {
      // The same wall-clock time on the n-th following working day of the Chinese calendar.
      const offset = zoneOffsetAt(zone, from);
      const day = localDayNumber(from, offset);
      const target = nthWorkingDay(calendar, day, Math.ceil(duration.value));
      const due = from + (target - day) * DAY;
      return { dueAt: epochMsToZonedIso(due + (offset - zoneOffsetAt(zone, due)) * MINUTE, zone), inclusive: true };
    }
    case 'day': {
      if (coreValue(policy, 'core.dayCounting') === 'rolling') {
        return { dueAt: epochMsToZonedIso(from + duration.value * DAY, zone), inclusive: true };
      }
      // 民法典 第201条: the first day is not counted; the period ends at 24:00 of its last day.
      // Days are the policy zone's (one day boundary for every rule; Asia/Shanghai by default).
      let last = localDayNumber(from, zoneOffsetAt(zone, from)) + Math.ceil(duration.value);
      // 第203条: a last day that is not a working day moves to the next working day.
      if (!calendar.dayInfo(dateOfDayNumber(last)).working) last = nthWorkingDay(calendar, last, 1);
      return { dueAt: epochMsToZonedIso(localToMillis(last + 1, 0, zone), zone), inclusive: false };
    }
  }
}

const UNITS: readonly TimeUnit[] = ['minute', 'hour', 'day', 'working-day'];

// A duration checked by hand (the shape of durationSchema: a positive finite value, a known
// unit, no other key), so deadline arithmetic carries no schema library.
function checkDuration(duration: unknown): asserts duration is Duration {
  const d = duration as Partial<Duration> | null;
  const ok =
    typeof d === 'object' && d !== null && !Array.isArray(d) &&
    typeof d.value === 'number' && Number.isFinite(d.value) && d.value > 0 &&
    UNITS.includes(d.unit as TimeUnit) && Object.keys(d).every((k) => k === 'value' || k === 'unit');
  if (!ok) {
    throw new WuyeError(
      'INVALID_INPUT',
      text('时长无效：须为正数的数值，单位为分钟、小时、日或工作日', 'Invalid duration: a positive finite value with unit minute, hour, day or working-day'),
      { what: 'duration', input: JSON.stringify(duration) ?? String(duration) },
    );
  }
}

const MINUTE = 60_000;
const HOUR = 3_600_000;
const DAY = 86_400_000;

function localDayNumber(epochMs: number, offsetMinutes: number): number {
  return Math.floor((epochMs + offsetMinutes * MINUTE) / DAY);
}

/**
 * Whether an act at `at` misses the deadline.
 *
 * @example
 * isLate({ dueAt: '2026-05-09T09:30:00+08:00', inclusive: true }, '2026-05-09T09:30:00+08:00')  // false (exactly 72 h)
 * isLate({ dueAt: '2026-05-09T09:30:00+08:00', inclusive: true }, '2026-05-09T09:30:01+08:00')  // true
 */
export function isLate(deadline: Deadline, at: InstantInput): boolean {
  const t = instantToEpochMs(at);
  const due = instantToEpochMs(deadline.dueAt, 'dueAt');
  return deadline.inclusive ? t > due : t >= due;
}
