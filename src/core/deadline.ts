import { DateTime } from 'luxon';
import type { BusinessCalendar } from './calendar';
import { CALENDAR_ZONE } from './calendar-day';
import { dateOfDayNumber, dayNumber } from './day-number';
import { chineseCalendar } from './chinese-calendar';
import { dayCountingParameter, zoneParameter } from './core-parameters';
import type { InstantInput, IsoInstant } from './instant';
import { formatInstant, parseInstant } from './instant';
import type { Duration } from './parameter';
import type { Policy } from './policy';
import { paramValue } from './policy';
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
 * `working-day` is the same time on the n-th following working day.
 *
 * @example
 * computeDeadline('2026-09-30T10:00:00+08:00', { value: 3, unit: 'day' })
 * // { dueAt: '2026-10-03T10:00:00+08:00', inclusive: true }
 * computeDeadline('2026-09-30T10:00:00+08:00', { value: 3, unit: 'day' }, { policy: composePolicy(complaintPacks.ZH, { 'core.dayCounting': 'civil-code' }) })
 * // { dueAt: '2026-10-09T00:00:00+08:00', inclusive: false } (10-03 is in the 国庆 holiday: moves to 10-08)
 */
export function computeDeadline(start: InstantInput, duration: Duration, options: DeadlineOptions = {}): Deadline {
  const zone = paramValue(options.policy, zoneParameter);
  const from = parseInstant(start, zone, 'start');
  const calendar = options.calendar ?? chineseCalendar();
  switch (duration.unit) {
    case 'minute':
      return { dueAt: formatInstant(from.plus({ minutes: duration.value })), inclusive: true };
    case 'hour':
      return { dueAt: formatInstant(from.plus({ hours: duration.value })), inclusive: true };
    case 'working-day': {
      const local = from.setZone(CALENDAR_ZONE);
      const day = dayNumber(local.toISODate() as string);
      const target = nthWorkingDay(calendar, day, Math.ceil(duration.value));
      return { dueAt: formatInstant(local.plus({ days: target - day }).setZone(zone)), inclusive: true };
    }
    case 'day': {
      if (paramValue(options.policy, dayCountingParameter) === 'rolling') {
        return { dueAt: formatInstant(from.plus({ hours: 24 * duration.value })), inclusive: true };
      }
      // 民法典 第201条: the first day is not counted; the period ends at 24:00 of its last day.
      let last = dayNumber(from.toISODate() as string) + Math.ceil(duration.value);
      // 第203条: a last day that is not a working day moves to the next working day.
      if (!calendar.dayInfo(dateOfDayNumber(last)).working) last = nthWorkingDay(calendar, last, 1);
      const end = DateTime.fromISO(dateOfDayNumber(last + 1), { zone });
      return { dueAt: formatInstant(end), inclusive: false };
    }
  }
}

/**
 * Whether an act at `at` misses the deadline.
 *
 * @example
 * isLate({ dueAt: '2026-05-09T09:30:00+08:00', inclusive: true }, '2026-05-09T09:30:00+08:00')  // false (exactly 72 h)
 * isLate({ dueAt: '2026-05-09T09:30:00+08:00', inclusive: true }, '2026-05-09T09:30:01+08:00')  // true
 */
export function isLate(deadline: Deadline, at: InstantInput): boolean {
  const t = parseInstant(at, 'UTC').toMillis();
  const due = parseInstant(deadline.dueAt, 'UTC', 'dueAt').toMillis();
  return deadline.inclusive ? t > due : t >= due;
}
