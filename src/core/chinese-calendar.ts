import type { IndexedCalendar } from './calendar';
import { createCalendar } from './calendar';
import { CHINESE_CALENDAR_NOTICES } from './chinese-calendar-data';
import { decodeNoticeRecords } from './notice-record';
import { text } from './text';

/**
 * Where the calendar data comes from: the State Council's yearly 放假安排 notices, one record
 * each (see `CHINESE_CALENDAR_NOTICES`, which names every notice by title and 文号), checked
 * against the notices' texts and cross-checked with the `chinese-days` package.
 *
 * @example
 * CHINESE_CALENDAR_SOURCE.crossCheckedWith // 'chinese-days@1.5.7'
 */
export const CHINESE_CALENDAR_SOURCE = /* @__PURE__ */ calendarSource();

// A pure call, so that a bundle that never reads the source drops it.
function calendarSource() {
  return Object.freeze({
    authority: text('国务院办公厅关于部分节假日安排的通知（逐年）', 'State Council General Office notices on public-holiday arrangements (yearly)'),
    years: Object.freeze([CHINESE_CALENDAR_NOTICES[0]!.year, CHINESE_CALENDAR_NOTICES[CHINESE_CALENDAR_NOTICES.length - 1]!.year]),
    crossCheckedWith: 'chinese-days@1.5.7',
  });
}

let built: IndexedCalendar | undefined;

/**
 * The Chinese business calendar: Monday–Friday working, weekends off, statutory holidays off
 * and 调休 make-up working days on, for the years the data covers (2004–2026). Any date
 * outside them is a `CALENDAR_NOT_COVERED` error (or, under `core.beyondCalendar:
 * 'weekdays'`, a provisional weekday reading). Built once on first use, then immutable.
 *
 * @example
 * chineseCalendar().dayInfo('2026-10-10') // { date: '2026-10-10', working: true, kind: 'make-up-workday', name: { 'zh-CN': '国庆节', … } }
 */
export function chineseCalendar(): IndexedCalendar {
  built ??= createCalendar(decodeNoticeRecords(CHINESE_CALENDAR_NOTICES), 'cn-statutory');
  return built;
}
