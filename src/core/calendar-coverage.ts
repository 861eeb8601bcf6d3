import type { IndexedCalendar } from './calendar';
import { toCalendarDate } from './calendar-day';
import { dayNumber } from './day-number';
import type { InstantInput } from './instant';
import type { LocalizedText } from './text';
import { text } from './text';

/**
 * How far a calendar's data reaches, seen from a day: the last covered day, the days left
 * after `asOf` up to and including it (0 on the last day, negative once past), and whether
 * next year's 放假安排 is missing.
 *
 * @example
 * const c: CalendarCoverage = { asOf: '2026-12-02', lastCoveredDay: '2026-12-31', daysRemaining: 29, nextYearMissing: true };
 */
export interface CalendarCoverage {
  readonly asOf: string;
  readonly lastCoveredDay: string;
  readonly daysRemaining: number;
  readonly nextYearMissing: boolean;
}

/**
 * The coverage of `calendar` as of `asOf` (`'YYYY-MM-DD'` or an ISO instant with offset, read
 * in Asia/Shanghai) — for a host to monitor before 1 January.
 *
 * @example
 * calendarCoverage(chineseCalendar(), '2026-12-02')
 * // { asOf: '2026-12-02', lastCoveredDay: '2026-12-31', daysRemaining: 29, nextYearMissing: true }
 */
export function calendarCoverage(calendar: IndexedCalendar, asOf: InstantInput): CalendarCoverage {
  const date = toCalendarDate(asOf, 'asOf');
  const lastYear = Math.max(...calendar.years);
  const lastCoveredDay = `${lastYear}-12-31`;
  return { asOf: date, lastCoveredDay, daysRemaining: dayNumber(lastCoveredDay) - dayNumber(date), nextYearMissing: !calendar.years.includes(Number(date.slice(0, 4)) + 1) };
}

/**
 * The warning a host shows from 1 December when next year's schedule is missing (or once the
 * data has run out), `undefined` otherwise. The CLI prints it on stderr; the ticket-desk
 * example logs it at startup.
 *
 * @example
 * calendarCoverageWarning(chineseCalendar(), '2026-12-02')?.en
 * // 'The business calendar ends on 2026-12-31 (29 days left) and has no schedule for 2027: add the State Council notice (wuye-rules calendar import notice.txt) or working-day deadlines after that day will fail with CALENDAR_NOT_COVERED.'
 * calendarCoverageWarning(chineseCalendar(), '2026-11-30') // undefined
 */
export function calendarCoverageWarning(calendar: IndexedCalendar, asOf: InstantInput): LocalizedText | undefined {
  const c = calendarCoverage(calendar, asOf);
  const next = Number(c.asOf.slice(0, 4)) + 1;
  if (c.daysRemaining < 0) {
    return text(
      `业务日历的数据止于 ${c.lastCoveredDay}，已过 ${-c.daysRemaining} 天：请补充国务院办公厅放假安排通知，否则按工作日计算的时限会报错 CALENDAR_NOT_COVERED。`,
      `The business calendar ended on ${c.lastCoveredDay}, ${-c.daysRemaining} days ago: add the State Council notice, or working-day deadlines will fail with CALENDAR_NOT_COVERED.`,
    );
  }
  if (!c.nextYearMissing || c.asOf.slice(5, 7) !== '12') return undefined;
  return text(
    `业务日历的数据止于 ${c.lastCoveredDay}（还剩 ${c.daysRemaining} 天），尚无 ${next} 年的放假安排：请导入国务院办公厅通知（wuye-rules calendar import notice.txt），否则此后按工作日计算的时限会报错 CALENDAR_NOT_COVERED。`,
    `The business calendar ends on ${c.lastCoveredDay} (${c.daysRemaining} days left) and has no schedule for ${next}: add the State Council notice (wuye-rules calendar import notice.txt) or working-day deadlines after that day will fail with CALENDAR_NOT_COVERED.`,
  );
}
