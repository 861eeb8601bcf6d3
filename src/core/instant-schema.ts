import * as z from 'zod';
import { isoToEpochMs } from './iso';

import { INSTANT_MESSAGE } from './validate';

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
  .regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}(:?\d{2})?)$/, { message: INSTANT_MESSAGE, abort: true })
  .refine((value) => isoToEpochMs(value) !== undefined, { message: INSTANT_MESSAGE })
  .meta({ description: 'ISO 8601 instant with an offset, e.g. 2026-05-06T09:30:00+08:00' });
