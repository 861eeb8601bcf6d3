// Dates beyond the calendar's data, under `core.beyondCalendar`. No zod or luxon here: the
// calendar's arithmetic reads the policy value by id.
import type { BusinessCalendar, DayInfo } from './calendar';
import { isWuyeError } from './errors';
import { dayNumber, weekdayOfDayNumber } from './day-number';
import { coreValue } from './core-values';
import type { Policy } from './policy';

/**
 * What to do with a date the calendar has no data for: `'error'` (default) —
 * `CALENDAR_NOT_COVERED`; `'weekdays'` — Monday–Friday working, marked provisional.
 *
 * @example
 * const mode: BeyondCalendar = 'weekdays';
 */
export type BeyondCalendar = 'error' | 'weekdays';

/** The id of the core parameter. @example BEYOND_CALENDAR_ID // 'core.beyondCalendar' */
export const BEYOND_CALENDAR_ID = 'core.beyondCalendar';

/**
 * The `core.beyondCalendar` value of a policy (`'error'` without one).
 *
 * @example
 * beyondCalendarMode(undefined) // 'error'
 */
export function beyondCalendarMode(policy: Policy | undefined): BeyondCalendar {
  return coreValue(policy, BEYOND_CALENDAR_ID);
}

/**
 * A calendar as one computation reads it: under `'weekdays'`, a date the base calendar does
 * not cover is read from its weekday and recorded in `provisionalDates`.
 *
 * @example
 * const view: CalendarView = calendarView(chineseCalendar(), 'weekdays');
 */
export interface CalendarView extends BusinessCalendar {
  readonly base: BusinessCalendar;
  readonly mode: BeyondCalendar;
  /** The uncovered dates read so far, in the order read. */
  readonly provisionalDates: readonly string[];
}

/**
 * A fresh view of `calendar` for one computation (it records the dates it guessed).
 *
 * @example
 * const view = calendarView(chineseCalendar(), 'weekdays');
 * view.dayInfo('2027-01-01') // { date: '2027-01-01', working: true, kind: 'weekday', provisional: true }
 * view.provisionalDates      // ['2027-01-01']
 */
export function calendarView(calendar: BusinessCalendar, mode: BeyondCalendar): CalendarView {
  const dates: string[] = [];
  return {
    id: calendar.id,
    base: calendar,
    mode,
    provisionalDates: dates,
    dayInfo(date: string): DayInfo {
      try {
        return calendar.dayInfo(date);
      } catch (error) {
        if (mode === 'error' || !isWuyeError(error, 'CALENDAR_NOT_COVERED')) throw error;
        if (!dates.includes(date)) dates.push(date);
        const weekday = weekdayOfDayNumber(dayNumber(date));
        return { date, working: weekday <= 5, kind: weekday <= 5 ? 'weekday' : 'weekend', provisional: true };
      }
    },
  };
}

/**
 * True for a calendar view (see {@link calendarView}).
 *
 * @example
 * isCalendarView(chineseCalendar()) // false
 */
export function isCalendarView(calendar: BusinessCalendar): calendar is CalendarView {
  return 'base' in calendar && 'provisionalDates' in calendar;
}

/**
 * The provisional dates a receipt's data used: every Deadline-shaped value with
 * `provisional: true`, at the top level or one level down (in arrays or objects). Sorted,
 * without repeats; empty when none.
 *
 * @example
 * provisionalDatesIn({ due: { dueAt: '2027-01-01T10:00:00+08:00', inclusive: true, provisional: true, provisionalDates: ['2027-01-01'] } }) // ['2027-01-01']
 */
export function provisionalDatesIn(data: Readonly<Record<string, unknown>>): string[] {
  const dates = new Set<string>();
  const visit = (value: unknown, depth: number): void => {
    if (typeof value !== 'object' || value === null) return;
    const v = value as { provisional?: unknown; provisionalDates?: unknown; dueAt?: unknown };
    if (v.provisional === true && typeof v.dueAt === 'string') {
      for (const d of Array.isArray(v.provisionalDates) ? v.provisionalDates : []) if (typeof d === 'string') dates.add(d);
      return;
    }
    if (depth > 0) for (const inner of Array.isArray(value) ? value : Object.values(value)) visit(inner, depth - 1);
  };
  for (const value of Object.values(data)) visit(value, 1);
  return [...dates].sort();
}
