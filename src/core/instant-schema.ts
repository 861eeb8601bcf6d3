import * as z from 'zod';
import { isoToEpochMs } from './iso';

import { INSTANT_MESSAGE } from './validate';

/**
 * The zod schema of an instant field: an ISO 8601 string with an offset, a real date.
 *
 * @example
 * instantSchema.safeParse('2026-05-06T09:30:00').success // false (no offset)
 */
export const instantSchema = z.string().refine((value) => isoToEpochMs(value) !== undefined, { message: INSTANT_MESSAGE });
