// A calendar date written 'YYYY-MM-DD', checked without luxon or zod, so arithmetic (the
// calendar, working days) can read dates without pulling either in. Its zod schema is in
// iso-date-schema.ts.
import { dateOfDayNumber, dayNumber } from './day-number';

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/**
 * Whether `value` is a real `'YYYY-MM-DD'` date (2026-02-30 is not).
 *
 * @example
 * isIsoDate('2026-02-28') // true
 * isIsoDate('2026-02-30') // false
 */
export function isIsoDate(value: unknown): value is string {
  return typeof value === 'string' && ISO_DATE.test(value) && dateOfDayNumber(dayNumber(value)) === value;
}
