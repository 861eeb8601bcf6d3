// A calendar date written 'YYYY-MM-DD', checked without luxon, so arithmetic-only
// procedures (kpi, follow-up tables) can read dates without pulling it in.
import * as z from 'zod';
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

/**
 * The zod schema of a `'YYYY-MM-DD'` date field (a real date, no time, no offset).
 *
 * @example
 * isoDateSchema.safeParse('2026-13-01').success // false
 */
export const isoDateSchema = z.string().refine(isIsoDate, { message: "expected a real 'YYYY-MM-DD' date" });
