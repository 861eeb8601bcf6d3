// The calendar data file: one JSON format for a year (or years) of 放假安排, written by
// `wuye-rules calendar import` and read by extendCalendar, so that non-JS hosts ship the same
// file. Checked by hand (no zod: the calendar bundle stays lean); its JSON Schema is
// CALENDAR_DATA_JSON_SCHEMA (calendar-data-schema.ts, written to docs/schemas/calendar-data.schema.json).
import type { CalendarData } from './calendar';
import { mergeCalendarData } from './calendar-merge';
import { WuyeError } from './errors';
import type { HolidayNotice, NoticeProvenance } from './holiday-notice';
import { isIsoDate } from './iso-date';
import type { LocalizedText } from './text';
import { requireObject } from './require-input';
import { text } from './text';

/** The `format` of a calendar data file. @example CALENDAR_DATA_FORMAT // 'wuye-rules/calendar-data@1' */
export const CALENDAR_DATA_FORMAT = 'wuye-rules/calendar-data@1';

/**
 * A calendar data file: {@link CalendarData} plus its format tag and the notices it comes
 * from. Days off and make-up working days are keyed `'YYYY-MM-DD'`; a day may fall in the
 * year before the first listed year (a 元旦 holiday that starts on 30 December).
 *
 * @example
 * const file: CalendarDataFile = {
 *   format: 'wuye-rules/calendar-data@1', years: [2027],
 *   sources: [{ year: 2027, title: '国务院办公厅关于2027年部分节假日安排的通知' }],
 *   holidays: { '2027-01-01': { 'zh-CN': '元旦', en: "New Year's Day" } }, workdays: {},
 * };
 */
export interface CalendarDataFile extends CalendarData {
  readonly format: typeof CALENDAR_DATA_FORMAT;
  readonly sources: readonly (NoticeProvenance & { readonly year: number })[];
}

/**
 * The data file of one or more parsed notices (later notices win on a shared date).
 *
 * @example
 * JSON.stringify(toCalendarDataFile(parseHolidayNotice(text)), null, 2) // what `wuye-rules calendar import` prints
 */
export function toCalendarDataFile(notices: HolidayNotice | readonly HolidayNotice[]): CalendarDataFile {
  const list = Array.isArray(notices) ? (notices as readonly HolidayNotice[]) : [notices as HolidayNotice];
  for (const n of list) requireObject(n?.data, text('节假日通知的解析结果', 'a parsed holiday notice'), 'notices');
  const { years, holidays, workdays } = list.reduce<CalendarData>((data, n) => mergeCalendarData(data, n.data), { years: [], holidays: {}, workdays: {} });
  return {
    format: CALENDAR_DATA_FORMAT,
    years: [...years].sort((a, b) => a - b),
    sources: list.map((n) => ({ year: n.data.years[0]!, ...n.provenance })),
    holidays: sorted(holidays),
    workdays: sorted(workdays),
  };
}

function sorted<T>(record: Record<string, T>): Record<string, T> {
  return Object.fromEntries(Object.entries(record).sort(([a], [b]) => (a < b ? -1 : 1)));
}

/**
 * Checks untrusted JSON (a file a host ships) against the calendar data format and returns
 * it typed. Anything else is an `INVALID_INPUT` WuyeError naming the path that is wrong.
 *
 * @example
 * readCalendarDataFile(JSON.parse(readFileSync('2027.json', 'utf8'))).years // [2027]
 */
export function readCalendarDataFile(json: unknown): CalendarDataFile {
  const bad = (path: string, zh: string, en: string): never => {
    throw new WuyeError('INVALID_INPUT', text(`日历数据文件中“${path}”无效：${zh}`, `Invalid ${path} in the calendar data file: ${en}`), { path });
  };
  const object = (value: unknown, path: string, keys: readonly string[], required: readonly string[]): Record<string, unknown> => {
    if (typeof value !== 'object' || value === null || Array.isArray(value)) bad(path, '须为对象', 'must be an object');
    const o = value as Record<string, unknown>;
    for (const k of Object.keys(o)) if (!keys.includes(k)) bad(`${path}.${k}`, '未知字段', 'unknown field');
    for (const k of required) if (!(k in o)) bad(`${path}.${k}`, '缺少该字段', 'missing');
    return o;
  };
  const file = object(json, '$', ['format', 'years', 'sources', 'holidays', 'workdays'], ['format', 'years', 'sources', 'holidays', 'workdays']);
  if (file['format'] !== CALENDAR_DATA_FORMAT) bad('$.format', `须为 "${CALENDAR_DATA_FORMAT}"`, `must be "${CALENDAR_DATA_FORMAT}"`);
  const years = file['years'];
  if (!Array.isArray(years) || years.length === 0 || years.some((y) => !Number.isInteger(y) || y < 1949 || y > 2200)) bad('$.years', '须为非空的年份数组', 'must be a non-empty array of years');
  const ys = years as number[];
  const sources = file['sources'];
  if (!Array.isArray(sources)) bad('$.sources', '须为数组', 'must be an array');
  (sources as unknown[]).forEach((s, i) => {
    const o = object(s, `$.sources[${i}]`, ['year', 'title', 'documentNo', 'issued'], ['year', 'title']);
    if (!Number.isInteger(o['year'])) bad(`$.sources[${i}].year`, '须为整数', 'must be an integer');
    for (const k of ['title', 'documentNo']) if (k in o && (typeof o[k] !== 'string' || o[k] === '')) bad(`$.sources[${i}].${k}`, '须为非空文本', 'must be a non-empty string');
    if ('issued' in o && !isIsoDate(o['issued'])) bad(`$.sources[${i}].issued`, "须为 'YYYY-MM-DD'", "must be a 'YYYY-MM-DD' date");
  });
  const first = Math.min(...ys) - 1;
  const last = Math.max(...ys);
  const days = (key: 'holidays' | 'workdays'): Record<string, LocalizedText> => {
    const record = object(file[key], `$.${key}`, Object.keys((file[key] as object | null) ?? {}), []);
    for (const [date, name] of Object.entries(record)) {
      const path = `$.${key}["${date}"]`;
      if (!isIsoDate(date) || Number(date.slice(0, 4)) < first || Number(date.slice(0, 4)) > last) bad(path, `日期须为 ${first}–${last} 年内真实的 'YYYY-MM-DD'`, `the key must be a real 'YYYY-MM-DD' date in ${first}–${last}`);
      const n = object(name, path, ['zh-CN', 'en'], ['zh-CN', 'en']);
      if (typeof n['zh-CN'] !== 'string' || n['zh-CN'] === '' || typeof n['en'] !== 'string' || n['en'] === '') bad(path, '名称须有中英文', 'the name needs zh-CN and en text');
    }
    return record as Record<string, LocalizedText>;
  };
  const holidays = days('holidays');
  const workdays = days('workdays');
  for (const date of Object.keys(holidays)) if (date in workdays) bad(`$.workdays["${date}"]`, '同一天不能既放假又上班', 'a day cannot be both a day off and a working day');
  return json as CalendarDataFile;
}
