/**
 * `wuye-rules/calendar` — the Chinese business calendar: weekends, statutory holidays and
 * 调休 make-up working days (2004–2026, each year from its State Council notice), working-day
 * arithmetic, next year's notice read by the host, and hosts' own calendars.
 *
 * @example
 * import { isWorkingDay, addWorkingDays, parseHolidayNotice, extendCalendar, chineseCalendar } from 'wuye-rules/calendar';
 * isWorkingDay('2026-10-10') // true (make-up Saturday)
 * const calendar = extendCalendar(chineseCalendar(), parseHolidayNotice(noticeText));
 *
 * @module
 */
export type { BusinessCalendar, CalendarData, DayInfo, IndexedCalendar } from './core/calendar';
export { createCalendar, extendCalendar } from './core/calendar';
export { chineseCalendar } from './core/chinese-calendar';
export type { NoticeRecord } from './core/notice-record';
export { CHINESE_CALENDAR_NOTICES } from './core/chinese-calendar-data';
export { isWorkingDay, addWorkingDays } from './core/working-days';
export type { Deadline, DeadlineOptions } from './core/deadline';
export { computeDeadline, isLate } from './core/deadline';
export type { HolidayNotice, NoticeProvenance } from './core/holiday-notice';
export { parseHolidayNotice } from './core/holiday-notice';
export { STATUTORY_HOLIDAYS } from './core/statutory-holidays';
export type { CalendarDataFile } from './core/calendar-data-file';
export { readCalendarDataFile, toCalendarDataFile } from './core/calendar-data-file';
export type { CalendarCoverage } from './core/calendar-coverage';
export { calendarCoverage, calendarCoverageWarning } from './core/calendar-coverage';
// core.beyondCalendar is set with composePolicy(…) from 'wuye-rules'.
export type { BeyondCalendar } from './core/beyond-calendar';
