import type { CalendarData } from './calendar';
import { dateOfDayNumber, dayNumber, weekdayOfDayNumber } from './day-number';
import { WuyeError } from './errors';
import { isIsoDate } from './iso-date';
import { chineseNumeralDate, normalizeNoticeLine } from './notice-text';
import { holidayName } from './statutory-holidays';
import type { LocalizedText } from './text';
import { text } from './text';

/**
 * Which notice a year's schedule comes from: its title, its 文号 where the text carries one
 * (e.g. 国办发明电〔2025〕7号) and the date it was issued (`'YYYY-MM-DD'`) where signed.
 *
 * @example
 * const p: NoticeProvenance = { title: '国务院办公厅关于2026年部分节假日安排的通知', documentNo: '国办发明电〔2025〕7号', issued: '2025-11-04' };
 */
export interface NoticeProvenance {
  readonly title: string;
  readonly documentNo?: string;
  readonly issued?: string;
}

/**
 * A parsed 放假安排 notice: the year's calendar data and where it comes from.
 *
 * @example
 * const notice: HolidayNotice = parseHolidayNotice(text);
 * extendCalendar(chineseCalendar(), notice);
 */
export interface HolidayNotice {
  readonly data: CalendarData;
  readonly provenance: NoticeProvenance;
}

interface Line {
  readonly number: number;
  readonly raw: string;
  readonly text: string;
}

interface DateMention {
  readonly day: number | undefined;
  readonly weekday: number | undefined;
  readonly start: number;
  readonly end: number;
}

const WEEKDAYS_ZH = ['', '星期一', '星期二', '星期三', '星期四', '星期五', '星期六', '星期日'];
const WEEKDAYS_EN = ['', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];
// An item's number: 一、 (the notices), (一) or 1. / 1、 (reprints).
const ITEM = /^(?:[一二三四五六七八九十]+、|\([一二三四五六七八九十]+\)|\d{1,2}[.、](?!\d))/;
const DATE = /(?:(\d{4})年)?(?:(\d{1,2})月)?(\d{1,2})日(?:\(([^)]*)\))?/g;

function fail(line: Line | undefined, zh: string, en: string, details: Record<string, unknown> = {}): WuyeError {
  const where = line ? { zh: `第${line.number}行“${line.raw}”：`, en: `Line ${line.number} "${line.raw}": ` } : { zh: '', en: '' };
  return new WuyeError('INVALID_NOTICE', text(`放假安排通知无法读取。${where.zh}${zh}`, `The holiday notice cannot be read. ${where.en}${en}`), {
    ...(line ? { line: line.raw, lineNumber: line.number } : {}),
    ...details,
  });
}

/**
 * Reads a State Council 放假安排 notice (国务院办公厅关于XXXX年部分节假日安排的通知) into the
 * year's {@link CalendarData} — every day off, every 调休 make-up working day ("上班") — and
 * its provenance. It reads the current form ("一、元旦：1月1日（周四）至3日（周六）放假调休，
 * 共3天。1月4日（周日）上班。"), single days ("放假1天", "补休", "与周末连休", "不调休"),
 * ranges across the year, the 2006–2010 wording ("其中1月1日为法定假日，将…两个公休日调至…，
 * …上班"), full- and half-width punctuation, simplified and traditional characters, 周X and
 * 星期X. Days of a "与周末连休" holiday include the adjoining weekend; a "补休" holiday runs
 * from the holiday to its 补休 day.
 *
 * Every weekday written in parentheses is checked against its date. A wrong weekday, a range
 * whose length contradicts "共N天", a line that cannot be read, a holiday not in
 * 《全国年节及纪念日放假办法》, or a notice without a year is an `INVALID_NOTICE` WuyeError
 * quoting the line — never a partial calendar.
 *
 * @example
 * const { data, provenance } = parseHolidayNotice([
 *   '国务院办公厅关于2027年部分节假日安排的通知',
 *   '一、元旦：1月1日（周五）至3日（周日）放假，共3天。',
 * ].join('\n'));
 * Object.keys(data.holidays) // ['2027-01-01', '2027-01-02', '2027-01-03']
 * provenance.title           // '国务院办公厅关于2027年部分节假日安排的通知'
 */
export function parseHolidayNotice(source: string): HolidayNotice {
  if (typeof source !== 'string') throw fail(undefined, '通知须为文本', 'The notice must be a string');
  const lines: Line[] = source
    .split(/\r\n|\r|\n/)
    .map((raw, i) => ({ number: i + 1, raw: raw.trim(), text: normalizeNoticeLine(raw) }))
    .filter((l) => l.text !== '');
  const joined = lines.map((l) => l.text).join('');
  const title = /国务院办公厅关于(\d{4})年部分节假日安排的通知/.exec(joined);
  const year = Number(title?.[1] ?? /现将(\d{4})年/.exec(joined)?.[1] ?? NaN);
  if (!Number.isInteger(year)) {
    const line = lines.find((l) => l.text.includes('通知') || l.text.includes('安排')) ?? lines[0];
    throw fail(line, '找不到通知所属的年份（如“国务院办公厅关于2027年部分节假日安排的通知”）', 'no year found (as in "国务院办公厅关于2027年部分节假日安排的通知")');
  }
  const documentNo = /国办发明电[〔[(](\d{4})[〕\])](\d+)号/.exec(joined);
  const provenance: NoticeProvenance = {
    title: title?.[0] ?? `国务院办公厅关于${year}年部分节假日安排的通知`,
    ...(documentNo ? { documentNo: `国办发明电〔${documentNo[1]}〕${documentNo[2]}号` } : {}),
    ...issuedDate(lines),
  };

  const holidays: Record<string, LocalizedText> = {};
  const workdays: Record<string, LocalizedText> = {};
  let items = 0;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (!ITEM.test(line.text)) continue;
    // A heading alone on its line ("二、春节："): the arrangement follows on the next line.
    let body = line.text;
    while (!/\d/.test(body.replace(ITEM, '')) && lines[i + 1] && !ITEM.test(lines[i + 1]!.text)) body += lines[++i]!.text;
    // An arrangement wrapped onto the next line ("2月14日（周六）上班。") belongs to the item: never dropped.
    while (lines[i + 1] && !ITEM.test(lines[i + 1]!.text) && /\d日/.test(lines[i + 1]!.text) && /上班|放假|补休|调休|公休/.test(lines[i + 1]!.text)) body += lines[++i]!.text;
    items++;
    readItem({ ...line, text: body }, year, holidays, workdays);
  }
  if (items === 0) throw fail(lines[0], '没有找到任何放假安排条目（如“一、元旦：……”）', 'no arrangement items found (such as "一、元旦：……")');
  return { data: { years: [year], holidays, workdays }, provenance };
}

function issuedDate(lines: readonly Line[]): { issued?: string } {
  for (const line of [...lines].reverse().slice(0, 3)) {
    const m = /^(\d{4})年(\d{1,2})月(\d{1,2})日$/.exec(line.text);
    const date = m ? `${m[1]}-${m[2]!.padStart(2, '0')}-${m[3]!.padStart(2, '0')}` : chineseNumeralDate(line.text);
    if (date && isIsoDate(date)) return { issued: date };
  }
  return {};
}

// One item: "二、春节：2月15日（周日）至23日（周一）放假调休，共9天。2月14日（周六）、2月28日（周六）上班。"
function readItem(line: Line, year: number, holidays: Record<string, LocalizedText>, workdays: Record<string, LocalizedText>): void {
  const m = /^([^:\d]*):?(.*)$/.exec(line.text.replace(ITEM, ''));
  const heading = m?.[1] ?? '';
  const body = m?.[2] ?? '';
  if (heading === '' || !/\d/.test(body)) throw fail(line, '读不出节日名称和日期', 'cannot read a holiday name and its dates');
  const name = holidayName(heading);
  if (!name) {
    throw fail(line, `“${heading}”不是《全国年节及纪念日放假办法》规定的全体公民放假的节日（元旦、春节、清明节、劳动节、端午节、中秋节、国庆节）`, `"${heading}" is not a holiday of 《全国年节及纪念日放假办法》 (元旦, 春节, 清明节, 劳动节, 端午节, 中秋节, 国庆节)`, { holiday: heading });
  }
  const mentions = readDates(line, body, year, heading.includes('元旦'));
  let main: { from: number; to: number } | undefined;
  let weekendJoined = false;
  const madeUp: number[] = [];
  const working: number[] = [];

  for (const sentence of spans(body, '。', 0)) {
    const sentenceText = body.slice(sentence.start, sentence.end);
    if (sentenceText.includes('鼓励')) continue; // advice to employers, not an arrangement
    const explanation = sentenceText.startsWith('其中');
    for (const clause of spans(sentenceText, ',;', sentence.start)) {
      const words = body.slice(clause.start, clause.end).replace(/\([^)]*\)/g, '');
      const dates = mentions.filter((d) => d.start >= clause.start && d.end <= clause.end);
      if (words.includes('与周末连休')) weekendJoined = true;
      if (dates.length === 0) continue;
      if (words.includes('上班')) working.push(...dates.map((d) => real(line, d)));
      else if (words.includes('补休')) madeUp.push(...dates.map((d) => real(line, d)));
      else if (explanation || /调至|照常|公休日|法定/.test(words)) continue; // how the days were moved: weekdays checked only
      else if (words.includes('放假')) {
        if (main || dates.length > 2 || (dates.length === 2 && !/^(至|-)$/.test(body.slice(dates[0]!.end, dates[1]!.start)))) {
          throw fail(line, '一个条目只能有一段放假日期（“X月X日至X月X日放假”或“X月X日放假”）', 'an item has one stretch of days off ("X月X日至X月X日放假" or "X月X日放假")');
        }
        main = { from: real(line, dates[0]!), to: real(line, dates[dates.length - 1]!) };
        if (main.to < main.from) throw fail(line, '放假结束日早于开始日', 'the last day off is before the first');
        const count = /(?:共|放假)(\d+)天/.exec(sentenceText.replace(/\([^)]*\)/g, ''));
        const days = main.to - main.from + 1;
        if (count && Number(count[1]) !== days) {
          throw fail(line, `${dateOfDayNumber(main.from)}至${dateOfDayNumber(main.to)}共${days}天，与“共${count[1]}天”不符`, `${dateOfDayNumber(main.from)} to ${dateOfDayNumber(main.to)} is ${days} days, not the ${count[1]} the line states`, { days, stated: Number(count[1]) });
        }
      } else throw fail(line, '读不出这一句是放假、补休还是上班', 'cannot tell whether this sentence gives days off, a 补休 day or a working day', { sentence: words });
    }
  }
  if (!main) throw fail(line, '没有找到放假日期', 'no days off found');

  let { from, to } = main;
  for (const d of madeUp) {
    from = Math.min(from, d);
    to = Math.max(to, d);
  }
  if (weekendJoined) {
    while (weekdayOfDayNumber(from - 1) >= 6) from--;
    while (weekdayOfDayNumber(to + 1) >= 6) to++;
  }
  for (let d = from; d <= to; d++) holidays[dateOfDayNumber(d)] = name;
  for (const d of working) {
    const date = dateOfDayNumber(d);
    if (date in holidays) throw fail(line, `${date}既放假又上班`, `${date} is both a day off and a working day`, { date });
    workdays[date] = name;
  }
}

// Every date mentioned in an item, resolved against the notice year: "1月1日至3日" carries
// the month, "2018年12月30日至2019年1月1日" the year; a December date under 元旦 without a year
// is the year before. Weekdays in parentheses are checked here.
function readDates(line: Line, body: string, year: number, newYear: boolean): DateMention[] {
  const out: DateMention[] = [];
  let y = year;
  let m: number | undefined;
  for (const match of body.matchAll(DATE)) {
    const [, yy, mm, dd, note = ''] = match;
    if (yy) y = Number(yy);
    if (mm) {
      m = Number(mm);
      if (!yy) y = newYear && m === 12 ? year - 1 : year;
    }
    const weekdayMatch = /(?:星期|周)([一二三四五六日天])/.exec(note);
    const weekday = weekdayMatch ? '一二三四五六日天'.indexOf(weekdayMatch[1]!) + 1 : undefined;
    const iso = m === undefined ? undefined : `${y}-${String(m).padStart(2, '0')}-${dd!.padStart(2, '0')}`;
    const day = iso && isIsoDate(iso) ? dayNumber(iso) : undefined;
    if (day !== undefined && (y < year - 1 || y > year)) throw fail(line, `${iso}不在${year}年通知的范围内`, `${iso} is outside the ${year} notice`, { date: iso });
    if (weekday !== undefined) {
      if (day === undefined) throw fail(line, `“${match[0]}”不是有效日期`, `"${match[0]}" is not a real date`);
      const actual = weekdayOfDayNumber(day);
      if (actual !== Math.min(weekday, 7)) {
        throw fail(line, `${iso}是${WEEKDAYS_ZH[actual]}，不是括号中的${WEEKDAYS_ZH[Math.min(weekday, 7)]}`, `${iso} is a ${WEEKDAYS_EN[actual]}, not the ${WEEKDAYS_EN[Math.min(weekday, 7)]} in parentheses`, {
          date: iso,
          written: WEEKDAYS_EN[Math.min(weekday, 7)],
          actual: WEEKDAYS_EN[actual],
        });
      }
    }
    out.push({ day, weekday, start: match.index, end: match.index + match[0].length });
  }
  return out;
}

function real(line: Line, mention: DateMention): number {
  if (mention.day === undefined) throw fail(line, '日期不完整或不存在', 'a date is incomplete or does not exist');
  return mention.day;
}

// Stretches of `value` between separators that are not inside parentheses.
function spans(value: string, separators: string, offset: number): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i <= value.length; i++) {
    const c = value[i];
    if (c === '(') depth++;
    else if (c === ')') depth = Math.max(0, depth - 1);
    if (i === value.length || (depth === 0 && separators.includes(c!))) {
      if (i > start) out.push({ start: offset + start, end: offset + i });
      start = i + 1;
    }
  }
  return out;
}
