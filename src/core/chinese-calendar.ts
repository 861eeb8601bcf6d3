import data from 'chinese-days/dist/chinese-days.json';
import type { CalendarData, IndexedCalendar } from './calendar';
import { createCalendar } from './calendar';
import type { LocalizedText } from './text';
import { text } from './text';

/**
 * Where the calendar data comes from: the `chinese-days` package (MIT), which transcribes
 * the State Council's yearly 放假安排 notices. Inlined at build time; read offline.
 *
 * @example
 * CHINESE_CALENDAR_SOURCE.package // 'chinese-days@1.5.7'
 */
export const CHINESE_CALENDAR_SOURCE = Object.freeze({
  package: 'chinese-days@1.5.7',
  license: 'MIT',
  authority: text('国务院办公厅关于部分节假日安排的通知（逐年）', 'State Council General Office notices on public-holiday arrangements (yearly)'),
});

// chinese-days writes each entry as "English name,中文名,days".
function names(entries: Record<string, string>): Record<string, LocalizedText> {
  const out: Record<string, LocalizedText> = {};
  for (const [date, value] of Object.entries(entries)) {
    const [en = '', zh = ''] = value.split(',');
    out[date] = text(zh, en);
  }
  return out;
}

let built: IndexedCalendar | undefined;

/**
 * The Chinese business calendar: Monday–Friday working, weekends off, statutory holidays off
 * and 调休 make-up working days on, for the years the data covers (2004–2026). Any date
 * outside them is a `CALENDAR_NOT_COVERED` error. Built once on first use, then immutable.
 *
 * @example
 * chineseCalendar().dayInfo('2026-10-10') // { date: '2026-10-10', working: true, kind: 'make-up-workday', name: { 'zh-CN': '国庆节', … } }
 */
export function chineseCalendar(): IndexedCalendar {
  if (!built) {
    const holidays = names(data.holidays as Record<string, string>);
    const workdays = names(data.workdays as Record<string, string>);
    const years = [...new Set([...Object.keys(holidays), ...Object.keys(workdays)].map((d) => Number(d.slice(0, 4))))];
    const calendarData: CalendarData = { years, holidays, workdays };
    built = createCalendar(calendarData, 'cn-statutory');
  }
  return built;
}
