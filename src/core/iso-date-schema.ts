// The zod schema of a 'YYYY-MM-DD' date, apart from iso-date.ts so that arithmetic importing
// isIsoDate carries no schema.
import * as z from 'zod';
import { isIsoDate } from './iso-date';

/**
 * The zod schema of a `'YYYY-MM-DD'` date field (a real date, no time, no offset).
 *
 * @example
 * isoDateSchema.safeParse('2026-13-01').success // false
 */
export const isoDateSchema = z.string().refine(isIsoDate, { message: "expected a real 'YYYY-MM-DD' date" });
