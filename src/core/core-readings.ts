import type { LocalizedText } from './text';
import { text } from './text';

/**
 * The library's readings of the core parameters (`core.dayCounting`, `core.beyondCalendar`),
 * by parameter id: docs-only text (see `ProcedureDocs`), rendered on every procedure's page
 * and on the index page's reading conventions.
 *
 * @example
 * CORE_READINGS['core.dayCounting']?.en.startsWith('"Within N days" has two readings') // true
 */
export const CORE_READINGS: Readonly<Record<string, LocalizedText>> = {
  'core.dayCounting': text(
    '“N日内”有两种读法：rolling（默认）自受理时刻起 N×24 小时，即工单系统显示的时限；civil-code 按民法典第201条，受理当日不计入，期间至最后一日24时届满；第203条，最后一日为法定休假日（读作业务日历上的非工作日：周末与法定节假日，调休上班日除外）的，顺延至其后第一个工作日。',
    '"Within N days" has two readings: rolling (default) — N × 24 hours from the instant of receipt, as a ticket desk shows it; civil-code — Civil Code art. 201: the day of receipt is not counted and the period ends at 24:00 of its last day; art. 203: a last day that is a statutory rest day (read as any non-working day of the business calendar: weekends and statutory holidays, but not 调休 make-up working days) moves to the next working day.',
  ),
  'core.beyondCalendar': text(
    '业务日历只覆盖已公布放假安排（国务院办公厅通知）的年份。error（默认）：日历数据之外的日期一律报错 CALENDAR_NOT_COVERED，从不按星期猜测；weekdays：按星期计算（周一至周五为工作日），由此得出的时限标记为临时（provisional），并在违规记录中列明所用日期，待补充当年放假安排后可能变动。',
    'The business calendar covers only the years whose 放假安排 (State Council General Office notice) is published. error (default): any date beyond the calendar data is a CALENDAR_NOT_COVERED error, never a guess from the weekday; weekdays: such dates count by their weekday (Monday–Friday working), the deadlines so computed are marked provisional and the violations that used them name the dates in their receipt; they may move once that year\'s notice is added.',
  ),
};
