import * as z from 'zod';
import { isoToEpochMs } from './iso';

import { INSTANT_DESCRIPTION, INSTANT_MESSAGE, INSTANT_PATTERN } from './validate';

/**
 * The zod schema of an instant field: an ISO 8601 string with an offset, a real date.
 *
 * @example
 * instantSchema.safeParse('2026-05-06T09:30:00').success // false (no offset)
 */
export const instantSchema = z
  .string()
  // The pattern travels into JSON Schema (docs/schemas) for hosts in other stacks; the
  // refinement adds what a pattern cannot say (a real date, a valid offset).
  .regex(INSTANT_PATTERN, { message: INSTANT_MESSAGE, abort: true })
  .refine((value) => isoToEpochMs(value) !== undefined, { message: INSTANT_MESSAGE })
  .meta({ description: INSTANT_DESCRIPTION });
