import { dateOfDayNumber, dayNumber } from '../core/day-number';
import { endOfDayDeadline } from '../core/end-of-day';
import { instantToEpochMs } from '../core/epoch-ms';
import { WuyeError } from '../core/errors';
import { text } from '../core/text';

/**
 * @internal A month of the policy zone: its first instant (inclusive) and the first instant
 * of the next month (exclusive), as ISO strings and epoch milliseconds, and its days.
 *
 * @example
 * monthWindow('2026-11', 'Asia/Shanghai').start // '2026-11-01T00:00:00+08:00'
 */
export interface MonthWindow {
  readonly month: string;
  readonly zone: string;
  readonly start: string;
  readonly end: string;
  readonly startMs: number;
  readonly endMs: number;
  readonly days: number;
}

// Years 1000–9998: a four-digit year whose next month is a four-digit year too.
const MONTH = /^([1-9]\d{3})-(0[1-9]|1[0-2])$/;

/**
 * @internal The window of `month` (`'YYYY-MM'`) in `zone`; a bad month is `INVALID_INPUT`.
 *
 * @example
 * monthWindow('2026-12', 'Asia/Shanghai').end // '2027-01-01T00:00:00+08:00'
 */
export function monthWindow(month: unknown, zone: string): MonthWindow {
  const m = typeof month === 'string' ? MONTH.exec(month) : null;
  if (!m || m[1] === '9999') throw new WuyeError('INVALID_INPUT', text('月份须写作“年-月”，例如 2026-11', "The month must be written 'YYYY-MM', e.g. 2026-11"), { field: 'month', received: month });
  const first = dayNumber(`${month as string}-01`);
  const next = m[2] === '12' ? `${Number(m[1]) + 1}-01-01` : `${m[1]}-${String(Number(m[2]) + 1).padStart(2, '0')}-01`;
  const last = dayNumber(next) - 1;
  // 00:00 of a day is the end of the day before it, in the zone (DST-safe).
  const start = endOfDayDeadline(dateOfDayNumber(first - 1), zone).dueAt;
  const end = endOfDayDeadline(dateOfDayNumber(last), zone).dueAt;
  return { month: month as string, zone, start, end, startMs: instantToEpochMs(start), endMs: instantToEpochMs(end), days: last - first + 1 };
}
