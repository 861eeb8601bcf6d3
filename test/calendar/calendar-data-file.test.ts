import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extendCalendar } from '../../src/core/calendar';
import { calendarCoverage, calendarCoverageWarning } from '../../src/core/calendar-coverage';
import { readCalendarDataFile, toCalendarDataFile } from '../../src/core/calendar-data-file';
import { CALENDAR_DATA_JSON_SCHEMA } from '../../src/core/calendar-data-schema';
import { chineseCalendar } from '../../src/core/chinese-calendar';
import { composePolicy } from '../../src/core/policy';
import { parseHolidayNotice } from '../../src/core/holiday-notice';
import { specialServiceFollowUpDeadline } from '../../src/procedures/follow-up/deadline';
import { followUpPacks } from '../../src/procedures/follow-up/index';
import { thrown } from '../core/helpers';

const NOTICE_2027 = ['国务院办公厅关于2027年部分节假日安排的通知', '一、元旦：1月1日（周五）至3日（周日）放假，共3天。', '二、春节：2月6日（周六）至13日（周六）放假调休，共8天。2月20日（周六）上班。'].join('\n');
const notice = () => parseHolidayNotice(NOTICE_2027);

describe('extendCalendar with a notice or a data file', () => {
  it('takes a parsed notice, its data file, or the file as JSON text parsed — the same calendar', () => {
    const fromNotice = extendCalendar(chineseCalendar(), notice());
    const file = JSON.parse(JSON.stringify(toCalendarDataFile(notice()))) as unknown;
    const fromFile = extendCalendar(chineseCalendar(), readCalendarDataFile(file));
    expect(fromFile.data).toEqual(fromNotice.data);
    expect(fromNotice.years.at(-1)).toBe(2027);
    expect(fromNotice.dayInfo('2027-02-20')).toMatchObject({ working: true, kind: 'make-up-workday' });
    expect(fromNotice.dayInfo('2027-02-08')).toMatchObject({ working: false, kind: 'holiday' });
  });

  it('an added day off replaces a make-up working day of the base on the same date (and the reverse)', () => {
    const base = chineseCalendar();
    expect(base.dayInfo('2026-10-10').working).toBe(true);
    const moved = extendCalendar(base, { years: [2027], holidays: { '2026-10-10': { 'zh-CN': '国庆节', en: 'National Day' } }, workdays: { '2026-10-05': { 'zh-CN': '国庆节', en: 'National Day' } } });
    expect(moved.dayInfo('2026-10-10').working).toBe(false);
    expect(moved.dayInfo('2026-10-05').working).toBe(true);
  });

  it('the data file is checked: wrong shapes are INVALID_INPUT naming the path', () => {
    const good = toCalendarDataFile(notice());
    const cases: [unknown, string][] = [
      [null, '$'],
      [{ ...good, format: 'other' }, '$.format'],
      [{ ...good, years: [] }, '$.years'],
      [{ ...good, extra: 1 }, '$.extra'],
      [{ ...good, holidays: { '2027-13-01': { 'zh-CN': '元旦', en: 'x' } } }, '$.holidays["2027-13-01"]'],
      [{ ...good, holidays: { '2030-01-01': { 'zh-CN': '元旦', en: 'x' } } }, '$.holidays["2030-01-01"]'],
      [{ ...good, holidays: { '2027-01-01': { 'zh-CN': '', en: 'x' } } }, '$.holidays["2027-01-01"]'],
      [{ ...good, workdays: { '2027-01-01': { 'zh-CN': '元旦', en: "New Year's Day" } } }, '$.workdays["2027-01-01"]'],
      [{ ...good, sources: [{ year: 2027 }] }, '$.sources[0].title'],
      [{ ...good, sources: [{ year: 2027, title: 't', issued: '2026-02-30' }] }, '$.sources[0].issued'],
    ];
    for (const [json, path] of cases) expect(thrown(() => readCalendarDataFile(json), 'INVALID_INPUT').details['path'], path).toBe(path);
    expect(() => readCalendarDataFile(JSON.parse(JSON.stringify(good)))).not.toThrow();
  });

  it('the JSON Schema and the checker agree on the fields', () => {
    expect(CALENDAR_DATA_JSON_SCHEMA.required).toEqual(['format', 'years', 'sources', 'holidays', 'workdays']);
    const written = JSON.parse(readFileSync(join(import.meta.dirname, '..', '..', 'docs', 'schemas', 'calendar-data.schema.json'), 'utf8')) as unknown;
    expect(written).toEqual(JSON.parse(JSON.stringify(CALENDAR_DATA_JSON_SCHEMA)));
  });
});

describe('calendarCoverage', () => {
  it('the last covered day and the days left; the warning from 1 December while next year is missing', () => {
    expect(calendarCoverage(chineseCalendar(), '2026-12-02')).toEqual({ asOf: '2026-12-02', lastCoveredDay: '2026-12-31', daysRemaining: 29, nextYearMissing: true });
    expect(calendarCoverage(chineseCalendar(), '2026-12-31T20:00:00Z').daysRemaining).toBe(-1); // 2027-01-01 in Shanghai
    expect(calendarCoverageWarning(chineseCalendar(), '2026-11-30')).toBeUndefined();
    expect(calendarCoverageWarning(chineseCalendar(), '2026-12-01')?.en).toContain('has no schedule for 2027');
    expect(calendarCoverageWarning(chineseCalendar(), '2027-01-05')?.en).toContain('ended on 2026-12-31, 5 days ago');
    const with2027 = extendCalendar(chineseCalendar(), notice());
    expect(calendarCoverage(with2027, '2026-12-02')).toMatchObject({ lastCoveredDay: '2027-12-31', nextYearMissing: false });
    expect(calendarCoverageWarning(with2027, '2026-12-02')).toBeUndefined();
  });
});

describe('a procedure passes the policy through', () => {
  it('specialServiceFollowUpDeadline from 2026-12-31: CALENDAR_NOT_COVERED by default, provisional 2027-01-01 under weekdays', () => {
    thrown(() => specialServiceFollowUpDeadline('2026-12-31T10:00:00+08:00'), 'CALENDAR_NOT_COVERED');
    const policy = composePolicy(followUpPacks.STD, { 'core.beyondCalendar': 'weekdays' });
    expect(specialServiceFollowUpDeadline('2026-12-31T10:00:00+08:00', policy)).toEqual({ dueAt: '2027-01-01T10:00:00+08:00', inclusive: true, provisional: true, provisionalDates: ['2027-01-01'] });
  });
});
