// `wuye-rules calendar import notice.txt > 2027.json` and `wuye-rules calendar check 2027.json`,
// and the calendar-coverage warning every command prints on stderr from 1 December.
import type { IndexedCalendar } from '../core/calendar';
import { extendCalendar } from '../core/calendar';
import { calendarCoverage, calendarCoverageWarning } from '../core/calendar-coverage';
import { readCalendarDataFile, toCalendarDataFile } from '../core/calendar-data-file';
import { chineseCalendar } from '../core/chinese-calendar';
import { WuyeError } from '../core/errors';
import { parseHolidayNotice } from '../core/holiday-notice';
import { text } from '../core/text';
import type { Io } from './commands';
import { readText } from './input';

/** The calendar command's usage, for `--help`. @internal */
export const CALENDAR_USAGE = `usage:
  wuye-rules calendar import <notice.txt>   print the notice as a calendar data file (JSON)
  wuye-rules calendar check <data.json>     check a calendar data file against the shipped calendar`;


/**
 * Prints the calendar-coverage warning on stderr when it applies (from 1 December with next
 * year missing, or once the data has run out). Never changes stdout or the exit code.
 *
 * @example
 * warnCalendarCoverage({ out: console.log, err: console.error, now: '2026-12-02T08:00:00Z' }) // stderr: "warning: …" in December 2026
 */
export function warnCalendarCoverage(io: Io, calendar: IndexedCalendar = chineseCalendar()): void {
  const warning = calendarCoverageWarning(calendar, io.now);
  if (warning) io.err(`warning: ${warning.en}\n警告：${warning['zh-CN']}`);
}

/**
 * `wuye-rules calendar import|check <file>`: returns the exit code (0 ok, 2 usage or input
 * error; a typed error is thrown for the caller to print).
 *
 * @example
 * calendarCommand(['import', 'notice-2027.txt'], io) // 0, the JSON on stdout
 */
export function calendarCommand(args: readonly string[], io: Io): number {
  const [sub, file] = args;
  if (sub === 'import' && file) {
    const notice = parseHolidayNotice(readText(file, ['通知文本', 'notice text']));
    io.out(JSON.stringify(toCalendarDataFile(notice), null, 2));
    warnCalendarCoverage(io, extendCalendar(chineseCalendar(), notice));
    return 0;
  }
  if (sub === 'check' && file) {
    let json: unknown;
    try {
      json = JSON.parse(readText(file, ['日历数据文件', 'calendar data file']));
    } catch (e) {
      if (e instanceof WuyeError) throw e;
      throw new WuyeError('INVALID_INPUT', text(`日历数据文件不是有效的 JSON：${file}`, `The calendar data file is not valid JSON: ${file} (${(e as Error).message})`), { path: file });
    }
    const data = readCalendarDataFile(json);
    const calendar = extendCalendar(chineseCalendar(), data);
    const coverage = calendarCoverage(calendar, io.now);
    for (const s of data.sources) io.out(`${s.year}: ${s.title}${s.documentNo ? ` ${s.documentNo}` : ''}`);
    io.out(`${Object.keys(data.holidays).length} days off, ${Object.keys(data.workdays).length} make-up working days; the calendar now covers ${calendar.years[0]}–${coverage.lastCoveredDay.slice(0, 4)} (last day ${coverage.lastCoveredDay})`);
    warnCalendarCoverage(io, calendar);
    return 0;
  }
  io.err(`wuye-rules calendar: expected import <notice.txt> or check <data.json> (wuye-rules calendar --help)`);
  return 2;
}
