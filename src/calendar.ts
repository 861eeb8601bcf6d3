/**
 * `wuye-rules/calendar` — the Chinese business calendar: weekends, statutory holidays and
 * 调休 make-up working days (2004–2026), working-day arithmetic, and hosts' own calendars.
 *
 * @example
 * import { isWorkingDay, addWorkingDays } from 'wuye-rules/calendar';
 * isWorkingDay('2026-10-10') // true (make-up Saturday)
 *
 * @module
 */
export type { BusinessCalendar, CalendarData, DayInfo, IndexedCalendar } from './core/calendar';
export { createCalendar, extendCalendar, isIndexedCalendar } from './core/calendar';
export { CALENDAR_ZONE, toCalendarDate } from './core/calendar-day';
export { dayNumber, dateOfDayNumber, weekdayOfDayNumber } from './core/day-number';
export { chineseCalendar, CHINESE_CALENDAR_SOURCE } from './core/chinese-calendar';
export { isWorkingDay, addWorkingDays, nthWorkingDay } from './core/working-days';
export type { Deadline, DeadlineOptions } from './core/deadline';
export { computeDeadline, isLate } from './core/deadline';
