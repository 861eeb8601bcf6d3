import type { CalendarDataFile } from './calendar-data-file';
import { readCalendarDataFile } from './calendar-data-file';
import { mergeCalendarData } from './calendar-merge';
import { WuyeError } from './errors';
import type { HolidayNotice } from './holiday-notice';
import { dateOfDayNumber, dayNumber, weekdayOfDayNumber } from './day-number';
import { isIsoDate } from './iso-date';
import type { LocalizedText } from './text';
import { requireObject } from './require-input';
import { text } from './text';

/**
 * What a date is on a business calendar, with the reason a 客服主管 can read.
 *
 * @example
 * const info: DayInfo = { date: '2026-10-10', working: true, kind: 'make-up-workday', name: { 'zh-CN': '国庆节', en: 'National Day' } };
 */
export interface DayInfo {
  readonly date: string;
  readonly working: boolean;
  /** weekday / weekend, a statutory holiday, or a 调休 make-up working day. */
  readonly kind: 'weekday' | 'weekend' | 'holiday' | 'make-up-workday';
  /** The holiday the day belongs to (holidays and make-up days only). */
  readonly name?: LocalizedText;
  /** Set when the calendar has no data for the day and it was read from its weekday (`core.beyondCalendar: 'weekdays'`). */
  readonly provisional?: true;
}

/**
 * A business calendar: which dates are working days. Hosts may pass their own, e.g. to add
 * next year's schedule once the State Council publishes it ({@link extendCalendar}), or a
 * company calendar of their own.
 *
 * `dayInfo` must throw a `CALENDAR_NOT_COVERED` WuyeError for a date it has no data for —
 * never guess from the weekday.
 *
 * @example
 * const everyDay: BusinessCalendar = {
 *   id: 'seven-days',
 *   dayInfo: (date) => ({ date, working: true, kind: 'weekday' }),
 * };
 */
export interface BusinessCalendar {
  readonly id: string;
  dayInfo(date: string): DayInfo;
}

/**
 * The data a calendar is built from: covered years, statutory holidays and 调休 make-up
 * working days, each keyed `'YYYY-MM-DD'` with the holiday's name.
 *
 * @example
 * const data: CalendarData = { years: [2027], holidays: { '2027-01-01': { 'zh-CN': '元旦', en: "New Year's Day" } }, workdays: {} };
 */
export interface CalendarData {
  readonly years: readonly number[];
  readonly holidays: Readonly<Record<string, LocalizedText>>;
  readonly workdays: Readonly<Record<string, LocalizedText>>;
}

/**
 * A calendar with an index of its working days built once, so that adding N working days
 * is a binary search, not a day-by-day walk. Produced by {@link createCalendar}.
 *
 * @example
 * const cal = createCalendar({ years: [2027], holidays: {}, workdays: {} }, 'weekdays-2027');
 * cal.nthWorkingDayFrom(dayNumber('2027-01-01'), 1) // day number of 2027-01-04 (Monday)
 */
export interface IndexedCalendar extends BusinessCalendar {
  readonly years: readonly number[];
  /** The data the calendar was built from (for {@link extendCalendar}). */
  readonly data: CalendarData;
  /**
   * The day number of the n-th working day after (n > 0) or before (n < 0) `from`,
   * `from` itself for n = 0. Throws `CALENDAR_NOT_COVERED` when that leaves the data.
   */
  nthWorkingDayFrom(from: number, n: number): number;
  /** Working days strictly after `from` up to and including `to` (day numbers). */
  workingDaysBetween(from: number, to: number): number;
}

/**
 * Builds an {@link IndexedCalendar} from data. Years must be consecutive; weekends are
 * non-working unless listed as make-up working days.
 *
 * @example
 * const cal = createCalendar({ years: [2027], holidays: { '2027-01-01': { 'zh-CN': '元旦', en: "New Year's Day" } }, workdays: {} }, 'cn-2027');
 * cal.dayInfo('2027-01-01').working // false
 */
export function createCalendar(data: CalendarData, id: string): IndexedCalendar {
  requireObject(data, text('日历数据', 'calendar data'), 'data');
  if (!Array.isArray(data.years) || typeof data.holidays !== 'object' || typeof data.workdays !== 'object' || data.holidays === null || data.workdays === null) {
    throw new WuyeError('INVALID_INPUT', text('日历数据须有年份、节假日与调休上班日', 'Calendar data needs years, holidays and workdays'), { field: 'data' });
  }
  const years = [...new Set(data.years)].sort((a, b) => a - b);
  if (years.length === 0 || years.some((y, i) => !Number.isInteger(y) || (i > 0 && y !== years[i - 1]! + 1))) {
    throw new WuyeError('INVALID_INPUT', text('日历年份须为连续整数', 'Calendar years must be consecutive integers'), { years: data.years });
  }
  const first = dayNumber(`${years[0]}-01-01`);
  const last = dayNumber(`${years[years.length - 1]! + 1}-01-01`) - 1;
  const size = last - first + 1;
  // rank[i] = working days in [first, first + i); working[] = sorted working day numbers.
  const isWorking = new Uint8Array(size);
  const working: number[] = [];
  const rank = new Uint32Array(size + 1);
  for (let i = 0; i < size; i++) {
    const n = first + i;
    const date = dateOfDayNumber(n);
    const weekday = weekdayOfDayNumber(n);
    const w = date in data.workdays ? true : date in data.holidays ? false : weekday <= 5;
    isWorking[i] = w ? 1 : 0;
    rank[i + 1] = rank[i]! + (w ? 1 : 0);
    if (w) working.push(n);
  }

  const notCovered = (n: number): WuyeError => {
    const date = dateOfDayNumber(n);
    return new WuyeError(
      'CALENDAR_NOT_COVERED',
      text(
        `日历“${id}”没有 ${date} 的数据（覆盖 ${years[0]}–${years[years.length - 1]} 年）；请用 extendCalendar 补充该年的放假安排`,
        `Calendar "${id}" has no data for ${date} (it covers ${years[0]}–${years[years.length - 1]}); add that year's schedule with extendCalendar`,
      ),
      { calendar: id, date, years: [years[0], years[years.length - 1]] },
    );
  };
  const check = (n: number): number => {
    if (!Number.isInteger(n)) throw new WuyeError('INVALID_INPUT', text(`日序号须为整数：${String(n)}`, `A day number must be an integer: ${String(n)}`), { calendar: id, day: String(n) });
    if (n < first || n > last) throw notCovered(n);
    return n - first;
  };

  return Object.freeze({
    id,
    years: Object.freeze(years),
    data,
    dayInfo(date: string): DayInfo {
      if (!isIsoDate(date)) throw new WuyeError('INVALID_INPUT', text(`日期须为真实的 'YYYY-MM-DD'：${String(date)}`, `A date must be a real 'YYYY-MM-DD': ${String(date)}`), { calendar: id, date: String(date) });
      const i = check(dayNumber(date));
      const weekday = weekdayOfDayNumber(first + i);
      const makeUp = data.workdays[date];
      if (makeUp) return { date, working: true, kind: 'make-up-workday', name: makeUp };
      const holiday = data.holidays[date];
      if (holiday) return { date, working: false, kind: 'holiday', name: holiday };
      return { date, working: isWorking[i] === 1, kind: weekday <= 5 ? 'weekday' : 'weekend' };
    },
    nthWorkingDayFrom(from: number, n: number): number {
      const i = check(from);
      if (!Number.isInteger(n)) throw new WuyeError('INVALID_INPUT', text(`工作日数须为整数：${String(n)}`, `The number of working days must be an integer: ${String(n)}`), { n: String(n) });
      if (n === 0) return from;
      // rank[i + 1] = working days up to and including `from`; rank[i] = strictly before it.
      const index = n > 0 ? rank[i + 1]! + n - 1 : rank[i]! + n;
      const target = working[index];
      if (target === undefined) throw notCovered(n > 0 ? last + 1 : first - 1);
      return target;
    },
    workingDaysBetween(from: number, to: number): number {
      return rank[check(to) + 1]! - rank[check(from) + 1]!;
    },
  });
}

/**
 * A new calendar covering the base calendar's years plus one or more added years (e.g. next
 * year's 放假安排 once published). `added` is calendar data, a parsed notice
 * ({@link parseHolidayNotice}) or a calendar data file (JSON, the format of
 * `wuye-rules calendar import`; checked, `INVALID_INPUT` otherwise). Added dates win over the
 * base's: a day off replaces a make-up working day on the same date and the reverse.
 *
 * @example
 * const cal2027 = extendCalendar(chineseCalendar(), { years: [2027], holidays: { '2027-01-01': { 'zh-CN': '元旦', en: "New Year's Day" } }, workdays: {} });
 * cal2027.dayInfo('2027-01-01').kind // 'holiday'
 * extendCalendar(chineseCalendar(), parseHolidayNotice(noticeText))
 * extendCalendar(chineseCalendar(), JSON.parse(readFileSync('2027.json', 'utf8')))
 */
export function extendCalendar(base: IndexedCalendar, added: CalendarData | HolidayNotice | CalendarDataFile, id?: string): IndexedCalendar {
  requireObject(base, text('要扩展的日历', 'calendar to extend'), 'calendar');
  requireObject(added, text('新增的日历数据', 'calendar data to add'), 'data');
  if (typeof (base as Partial<IndexedCalendar>).data !== 'object') throw new WuyeError('INVALID_INPUT', text('只能扩展本库生成的日历', 'Only a calendar made by the library can be extended'), { field: 'calendar' });
  const data = 'data' in added && 'provenance' in added ? added.data : 'format' in added ? readCalendarDataFile(added) : (added as CalendarData);
  return createCalendar(mergeCalendarData(base.data, data), id ?? `${base.id}+${data.years.join(',')}`);
}

/**
 * True when `calendar` carries a working-day index ({@link IndexedCalendar}).
 *
 * @example
 * isIndexedCalendar(chineseCalendar()) // true
 */
export function isIndexedCalendar(calendar: BusinessCalendar): calendar is IndexedCalendar {
  return typeof (calendar as Partial<IndexedCalendar>).nthWorkingDayFrom === 'function';
}
