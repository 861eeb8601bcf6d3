import type { CalendarData } from './calendar';
import { mergeCalendarData } from './calendar-merge';
import { dateOfDayNumber, dayNumber } from './day-number';
import { WuyeError } from './errors';
import { isIsoDate } from './iso-date';
import { joinedName, STATUTORY_HOLIDAYS } from './statutory-holidays';
import type { LocalizedText } from './text';
import { text } from './text';

/**
 * One notice of the calendar's compact data: the year it arranges, its title, 文号 and issue
 * date where known, and its days off (`off`) and 调休 make-up working days (`on`), each a
 * space-separated list of a holiday code and a date or range: "元0101-0103 春20250128".
 *
 * @example
 * const r: NoticeRecord = { year: 2026, title: '国务院办公厅关于2026年部分节假日安排的通知', documentNo: '国办发明电〔2025〕7号', off: '元0101-0103', on: '元0104' };
 */
export interface NoticeRecord {
  readonly year: number;
  readonly title: string;
  readonly documentNo?: string;
  readonly issued?: string;
  readonly off: string;
  readonly on?: string;
  /** Set when the notice's text was not available to check the record against. */
  readonly unverified?: string;
}

// The 2015 one-off 纪念日 (国发明电〔2015〕1号) is not a holiday of the 放假办法.
const EXTRA: Readonly<Record<string, LocalizedText>> = {
  纪: text('中国人民抗日战争暨世界反法西斯战争胜利70周年纪念日', 'Victory Day, 70th anniversary of the War of Resistance against Japanese Aggression'),
};

/**
 * The calendar data of a list of notice records, later records amending earlier ones.
 *
 * @example
 * decodeNoticeRecords([{ year: 2026, title: '…', off: '元0101-0103', on: '元0104' }]).workdays['2026-01-04'] // { 'zh-CN': '元旦', en: "New Year's Day" }
 */
export function decodeNoticeRecords(records: readonly NoticeRecord[]): CalendarData {
  return records.reduce<CalendarData>(
    (data, record) => mergeCalendarData(data, { years: [record.year], holidays: Object.fromEntries(days(record, record.off)), workdays: Object.fromEntries(days(record, record.on ?? '')) }),
    { years: [], holidays: {}, workdays: {} },
  );
}

function days(record: NoticeRecord, list: string): [string, LocalizedText][] {
  const out: [string, LocalizedText][] = [];
  for (const token of list.split(' ').filter((t) => t !== '')) {
    const m = /^(\D+)(\d{4}|\d{8})(?:-(\d{4}|\d{8}))?$/.exec(token);
    const names = m ? [...m[1]!].map((c) => EXTRA[c] ?? STATUTORY_HOLIDAYS.find((h) => h.code === c)?.name) : [];
    const from = m ? date(record.year, m[2]!) : undefined;
    const to = m ? date(record.year, m[3] ?? m[2]!) : undefined;
    if (!m || !from || !to || names.length === 0 || names.some((n) => n === undefined)) {
      throw new WuyeError('INVALID_INPUT', text(`日历数据“${record.title}”中无法读取“${token}”`, `Cannot read "${token}" in the calendar data of "${record.title}"`), { token });
    }
    const name = names.length === 1 ? names[0]! : joinedName(names as LocalizedText[]);
    for (let d = dayNumber(from); d <= dayNumber(to); d++) out.push([dateOfDayNumber(d), name]);
  }
  return out;
}

function date(year: number, digits: string): string | undefined {
  const iso = digits.length === 8 ? `${digits.slice(0, 4)}-${digits.slice(4, 6)}-${digits.slice(6)}` : `${year}-${digits.slice(0, 2)}-${digits.slice(2)}`;
  return isIsoDate(iso) ? iso : undefined;
}
