// The core's field schemas in zod/mini, for the subpaths whose schemas only validate input
// (kpi, pets, visitors, keys, lost-property, customer-records, special-services,
// quiet-hours): the same checks and the same JSON Schema as the classic ones
// (instant-schema.ts, iso-date-schema.ts, parameter.ts's durationSchema), at a fraction of
// the bundle. The date schema's calls are marked pure, so a bundle that imports this module
// for the instant schema alone drops it (and isIsoDate).
import * as z from 'zod/mini';
import { isIsoDate } from './iso-date';
import { isoToEpochMs } from './iso';
import type { Duration, TimeUnit } from './parameter';
import { assertTimeUnits } from './time-units';
import { INSTANT_DESCRIPTION, INSTANT_MESSAGE, INSTANT_PATTERN } from './validate';

/**
 * The zod/mini schema of an instant field: an ISO 8601 string with an offset, a real date
 * (the same checks and JSON Schema as `instantSchema`).
 *
 * @example
 * instantMiniSchema.safeParse('2026-05-06T09:30:00').success // false (no offset)
 */
export const instantMiniSchema = /* @__PURE__ */ z
  .string()
  .check(z.regex(INSTANT_PATTERN, { message: INSTANT_MESSAGE, abort: true }), z.refine((value) => isoToEpochMs(value) !== undefined, { message: INSTANT_MESSAGE }))
  .register(z.globalRegistry, { description: INSTANT_DESCRIPTION });

/**
 * The zod/mini schema of a `'YYYY-MM-DD'` date field (a real date, no time, no offset).
 *
 * @example
 * isoDateMiniSchema.safeParse('2026-13-01').success // false
 */
export const isoDateMiniSchema = /* @__PURE__ */ (/* @__PURE__ */ z.string()).check(/* @__PURE__ */ z.refine(isIsoDate, { message: "expected a real 'YYYY-MM-DD' date" }));

/**
 * The zod/mini schema of a duration parameter that accepts only `units` (as
 * `durationSchema`: another unit, a non-positive or non-finite value, or an extra key fails).
 *
 * @example
 * durationMiniSchema(['hour']).safeParse({ value: 3, unit: 'day' }).success // false
 */
export function durationMiniSchema(units: readonly [TimeUnit, ...TimeUnit[]]): z.ZodMiniType<Duration> {
  assertTimeUnits(units);
  return z.strictObject({ value: z.number().check(z.positive()), unit: z.enum(units) });
}
