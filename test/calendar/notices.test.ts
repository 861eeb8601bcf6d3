import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import data from 'chinese-days/dist/chinese-days.json';
import { describe, expect, it } from 'vitest';
import { chineseCalendar } from '../../src/core/chinese-calendar';
import { CHINESE_CALENDAR_NOTICES } from '../../src/core/chinese-calendar-data';
import { dateOfDayNumber, dayNumber, weekdayOfDayNumber } from '../../src/core/day-number';
import { parseHolidayNotice } from '../../src/core/holiday-notice';
import { decodeNoticeRecords } from '../../src/core/notice-record';
import { thrown } from '../core/helpers';

const notice = (year: number) => readFileSync(join(import.meta.dirname, 'notices', `${year}.txt`), 'utf8');
const YEARS = Array.from({ length: 2026 - 2006 + 1 }, (_, i) => 2006 + i);
// The year's own notice (a year may also have an amending notice after it).
const recordOf = (year: number) => CHINESE_CALENDAR_NOTICES.find((r) => r.year === year && r.title === `国务院办公厅关于${year}年部分节假日安排的通知`)!;

describe('the shipped calendar data, notice by notice', () => {
  it.each(YEARS)('%i: the parsed notice text equals the shipped record, provenance included', (year) => {
    const parsed = parseHolidayNotice(notice(year));
    const record = recordOf(year);
    expect(parsed.data).toEqual(decodeNoticeRecords([record]));
    expect(parsed.provenance).toEqual({ title: record.title, ...(record.documentNo ? { documentNo: record.documentNo } : {}), ...(record.issued ? { issued: record.issued } : {}) });
  });

  it('every year 2004–2026 names its notice; every record is checked against a text or says why not', () => {
    for (let year = 2004; year <= 2026; year++) expect(recordOf(year), String(year)).toBeDefined();
    for (const r of CHINESE_CALENDAR_NOTICES) if (r.year >= 2006) expect(r.unverified, r.title).toBeUndefined();
    expect(chineseCalendar().years).toEqual(Array.from({ length: 23 }, (_, i) => 2004 + i));
  });

  it('2005-12-31 is a working day (2006 notice: "12月31日（星期六）上班")', () => {
    expect(chineseCalendar().dayInfo('2005-12-31')).toMatchObject({ working: true, kind: 'make-up-workday' });
    expect(parseHolidayNotice(notice(2006)).data.workdays).toHaveProperty('2005-12-31');
  });

  it('amending notices apply: 2019 劳动节 4 days, 2020 春节 extended (2月1日 no longer a working day), 2015 纪念日', () => {
    const cal = chineseCalendar();
    expect(['2019-04-28', '2019-05-05'].map((d) => cal.dayInfo(d).working)).toEqual([true, true]);
    expect(['2019-05-02', '2019-05-03', '2020-01-31', '2020-02-01', '2015-09-03', '2015-09-04'].map((d) => cal.dayInfo(d).working)).toEqual([false, false, false, false, false, false]);
    expect(cal.dayInfo('2015-09-06').working).toBe(true);
  });

  it('cross-check: working or not, every day 2004–2026 agrees with chinese-days except 2005-12-31', () => {
    const differs: string[] = [];
    for (let d = dayNumber('2004-01-01'); d <= dayNumber('2026-12-31'); d++) {
      const date = dateOfDayNumber(d);
      const theirs = date in data.workdays ? true : date in data.holidays ? false : weekdayOfDayNumber(d) <= 5;
      if (chineseCalendar().dayInfo(date).working !== theirs) differs.push(date);
    }
    expect(differs).toEqual(['2005-12-31']);
  });
});

describe('parseHolidayNotice: the wordings', () => {
  it('reads the pre-2014 wordings: 2006 (公休日调至…), 2008 (cross-year 元旦, 照常公休), 2009 (国庆节、中秋节 together)', () => {
    const y2008 = parseHolidayNotice(notice(2008)).data;
    expect(Object.keys(y2008.holidays).slice(0, 3)).toEqual(['2007-12-30', '2007-12-31', '2008-01-01']);
    expect(y2008.workdays['2007-12-29']?.['zh-CN']).toBe('元旦');
    expect(parseHolidayNotice(notice(2009)).data.holidays['2009-10-08']).toEqual({ 'zh-CN': '中秋节、国庆节', en: 'Mid-autumn Festival and National Day' });
    expect(parseHolidayNotice(notice(2006)).data.holidays['2006-05-07']?.['zh-CN']).toBe('劳动节'); // “五一”
  });

  it('reads a traditional-character notice (2011) and half-width punctuation (2013) like the simplified one', () => {
    expect(notice(2011)).toContain('國務院辦公廳');
    expect(notice(2013)).toContain('放假调休,共3天');
    const simplified = notice(2011).replace('國務院辦公廳關於', '国务院办公厅关于');
    expect(parseHolidayNotice(notice(2011))).toEqual(parseHolidayNotice(simplified));
  });

  it('an arrangement wrapped onto the next line stays with its item (never dropped); reprints number items (一) or 1.', () => {
    expect(parseHolidayNotice(notice(2026).replace('一、元旦', '（一）元旦').replace('二、春节', '2. 春节')).data).toEqual(parseHolidayNotice(notice(2026)).data);
    const wrapped = notice(2026).replace('共9天。2月14日', '共9天。\n2月14日');
    expect(wrapped).not.toEqual(notice(2026));
    expect(parseHolidayNotice(wrapped).data).toEqual(parseHolidayNotice(notice(2026)).data);
    const headingAlone = notice(2026).replace('二、春节：', '二、春节：\n');
    expect(parseHolidayNotice(headingAlone).data).toEqual(parseHolidayNotice(notice(2026)).data);
  });

  it('reads a range across the year (2019: 2018年12月30日至2019年1月1日)', () => {
    const { data: y } = parseHolidayNotice(notice(2019));
    expect(Object.keys(y.holidays).filter((d) => d < '2019-01-02')).toEqual(['2018-12-30', '2018-12-31', '2019-01-01']);
    expect(y.workdays['2018-12-29']?.['zh-CN']).toBe('元旦');
  });

  it('reads single days: 放假1天, 补休, 与周末连休, 不调休', () => {
    const y2014 = parseHolidayNotice(notice(2014)).data.holidays;
    expect(Object.keys(y2014).filter((d) => d <= '2014-01-31')).toEqual(['2014-01-01', '2014-01-31']);
    expect(['2014-04-05', '2014-04-06', '2014-04-07'].every((d) => d in y2014)).toBe(true); // 4月5日放假，4月7日补休
    expect(['2014-05-31', '2014-06-01', '2014-06-02'].every((d) => d in y2014)).toBe(true); // 6月2日放假，与周末连休
    const y2025 = parseHolidayNotice(notice(2025)).data;
    expect(Object.keys(y2025.holidays).filter((d) => d < '2025-01-28')).toEqual(['2025-01-01']); // 放假1天，不调休
  });
});

describe('parseHolidayNotice: typed errors quoting the line', () => {
  const base = ['国务院办公厅关于2027年部分节假日安排的通知', '一、元旦：1月1日（周五）至3日（周日）放假，共3天。'];
  const parse = (...lines: string[]) => () => parseHolidayNotice([...base, ...lines].join('\n'));
  // INVALID_NOTICE, its zh-CN text all Chinese (no English words), its en text English.
  const noticeError = (fn: () => unknown) => {
    const error = thrown(fn, 'INVALID_NOTICE');
    expect(error.text['zh-CN']).not.toMatch(/[A-Za-z]/);
    expect(error.text.en).toMatch(/^The holiday notice cannot be read\./);
    return error;
  };

  it('a weekday that does not match its date', () => {
    const line = '二、春节：2月6日（周六）至13日（周六）放假调休，共8天。2月20日（星期五）上班。';
    const error = noticeError(parse(line));
    expect(error.text['zh-CN']).toContain(line);
    expect(error.text['zh-CN']).toContain('2027-02-20是星期六，不是括号中的星期五');
    expect(error.details).toMatchObject({ line, lineNumber: 3, date: '2027-02-20', written: 'Friday', actual: 'Saturday' });
  });

  it('"共4天" on a 3-day range', () => {
    const line = '三、清明节：4月3日（周六）至5日（周一）放假，共4天。';
    const error = noticeError(parse(line));
    expect(error.text['zh-CN']).toContain(line);
    expect(error.details).toMatchObject({ line, days: 3, stated: 4 });
  });

  it('a notice without a year', () => {
    const error = noticeError(() => parseHolidayNotice('国务院办公厅关于部分节假日安排的通知\n一、元旦：1月1日放假1天。'));
    expect(error.details['line']).toBe('国务院办公厅关于部分节假日安排的通知');
    expect(error.text['zh-CN']).toContain('年份');
  });

  it('a holiday not in 全国年节及纪念日放假办法, and a line that cannot be read', () => {
    const unknown = '二、植树节：3月12日（周五）放假1天。';
    expect(noticeError(parse(unknown)).details).toMatchObject({ line: unknown, holiday: '植树节' });
    const unreadable = '二、春节：2月6日（周六）至13日（周六）放假调休，共8天。2月20日（周六）另行通知。';
    expect(noticeError(parse(unreadable)).details['line']).toBe(unreadable);
    noticeError(parse('三、清明节：4月31日放假。')); // not a date
    noticeError(() => parseHolidayNotice('国务院办公厅关于2027年部分节假日安排的通知')); // no items
  });

  it('zh-CN error text is all Chinese (no English words), en text is English', () => {
    const error = noticeError(parse('二、春节：2月6日（周六）至13日（周五）放假调休，共8天。'));
    expect(error.text['zh-CN']).not.toMatch(/[A-Za-z]/);
    expect(error.text.en).toMatch(/^The holiday notice cannot be read\. Line 3/);
  });

  it('property: every written weekday is checked — a wrong one anywhere is an error, never a partial calendar', () => {
    const names = ['一', '二', '三', '四', '五', '六', '日'];
    fc.assert(
      fc.property(fc.integer({ min: dayNumber('2027-01-05'), max: dayNumber('2027-12-20') }), fc.integer({ min: 1, max: 6 }), (day, shift) => {
        const date = dateOfDayNumber(day);
        const wrong = names[(weekdayOfDayNumber(day) - 1 + shift) % 7];
        const right = names[weekdayOfDayNumber(day) - 1];
        const line = (w: string | undefined) => `二、国庆节：${Number(date.slice(5, 7))}月${Number(date.slice(8))}日（星期${w}）放假1天。`;
        expect(parseHolidayNotice([...base, line(right)].join('\n')).data.holidays[date]?.['zh-CN']).toBe('国庆节');
        expect(noticeError(parse(line(wrong))).details['date']).toBe(date);
      }),
      { numRuns: 100 },
    );
  });
});
