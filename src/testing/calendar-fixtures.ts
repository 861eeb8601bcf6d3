import type { LocalizedText } from '../core/text';
import { text } from '../core/text';

/** A date or instant hosts trip on, and what it is. @example const f: CalendarFixture = CALENDAR_FIXTURES.makeUpSaturday; */
export interface CalendarFixture {
  readonly value: string;
  readonly description: LocalizedText;
  /** Whether the day is a working day; `null` outside the calendar data. */
  readonly working: boolean | null;
}

/**
 * Calendar fixtures for host test suites: the days and instants where hand-written date
 * code goes wrong in China. Each says what it is and whether it is a working day.
 *
 * @example
 * isWorkingDay(CALENDAR_FIXTURES.makeUpSaturday.value) // true
 */
export const CALENDAR_FIXTURES = Object.freeze({
  makeUpSaturday: { value: '2026-10-10', working: true, description: text('调休上班的周六（国庆节）', 'A Saturday that is a 调休 make-up working day (National Day)') },
  makeUpSunday: { value: '2026-09-20', working: true, description: text('调休上班的周日（国庆节）', 'A Sunday that is a 调休 make-up working day (National Day)') },
  dayBeforeGoldenWeek: { value: '2026-09-30', working: true, description: text('国庆黄金周前一天：下一个工作日是10月8日', 'The day before Golden Week: the next working day is 8 October') },
  goldenWeekHoliday: { value: '2026-10-05', working: false, description: text('国庆假期中的周一', 'A Monday inside the National Day holiday') },
  springFestivalMakeUp: { value: '2026-02-14', working: true, description: text('春节前调休上班的周六', 'The make-up Saturday before the Spring Festival') },
  lastSecondOfDay: { value: '2026-05-09T23:59:59+08:00', working: true, description: text('一天的最后一秒（24:00前）', 'The last second of a day (before 24:00)') },
  midnight: { value: '2026-05-10T00:00:00+08:00', working: false, description: text('次日00:00，即前一日24:00', '00:00 of the next day, i.e. 24:00 of the day before') },
  utcAcrossShanghaiMidnight: { value: '2026-10-09T16:00:00Z', working: true, description: text('UTC 的10月9日16:00 是上海的10月10日00:00', '16:00 UTC on 9 October is 00:00 on 10 October in Shanghai') },
  negativeOffsetEvening: { value: '2026-10-09T17:00:00-05:00', working: true, description: text('负偏移时区的晚上，在上海已是次日', 'An evening in a negative-offset zone is the next day in Shanghai') },
  outsideCalendar: { value: '2027-10-01', working: null, description: text('日历数据之外的年份：应得到 CALENDAR_NOT_COVERED 错误', 'A year outside the calendar data: expect a CALENDAR_NOT_COVERED error') },
} satisfies Record<string, CalendarFixture>);
