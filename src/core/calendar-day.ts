import { isIsoDate } from './iso-date';
import { WuyeError } from './errors';
import { isLuxonDateTime } from './epoch-ms';
import { epochMsToZonedIso, instantToEpochMs } from './instant';
import { zhLabel } from './field-labels';
import { text } from './text';

/** The zone in which the Chinese business calendar reads dates. @example CALENDAR_ZONE // 'Asia/Shanghai' */
export const CALENDAR_ZONE = 'Asia/Shanghai';

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/**
 * Reads a calendar day: a `'YYYY-MM-DD'` date, or an ISO instant with offset (or a luxon
 * DateTime), taken as its date in Asia/Shanghai. Returns the `'YYYY-MM-DD'` string.
 *
 * @example
 * toCalendarDate('2026-10-09T17:00:00Z') // '2026-10-10' (01:00 next day in Shanghai)
 * toCalendarDate('2026-02-30')           // throws WuyeError INVALID_INPUT
 */
export function toCalendarDate(day: unknown, field = 'day'): string {
  if (typeof day === 'string' && ISO_DATE.test(day)) {
    if (!isIsoDate(day)) throw invalidDate(day, field);
    return day;
  }
  if (typeof day !== 'string' && !isLuxonDateTime(day)) throw invalidDate(day, field);
  return epochMsToZonedIso(instantToEpochMs(day, field), CALENDAR_ZONE).slice(0, 10);
}

function invalidDate(day: unknown, field: string): WuyeError {
  const shown = typeof day === 'string' ? day : typeof day;
  return new WuyeError(
    'INVALID_INPUT',
    text(
      `${zhLabel(field) ?? '日期'}应为“年-月-日”格式的日期或带时区偏移的时刻，收到的是${typeof day === 'string' ? `“${day.slice(0, 64)}”` : '非文本值'}`,
      `${field} must be a 'YYYY-MM-DD' date or an ISO instant with an offset: ${shown}`,
    ),
    { field, input: shown },
  );
}
