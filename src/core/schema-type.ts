// The schemas the library takes: classic zod (records and events hosts extend) or zod/mini
// (input-only schemas of the lean subpaths). Both have `safeParse` and work with z.toJSONSchema.
import type * as z from 'zod';
import type { ZodMiniType } from 'zod/mini';

/**
 * A zod schema of either flavour: classic `zod` or `zod/mini`.
 *
 * @example
 * const s: AnySchema<string> = z.string();
 */
export type AnySchema<T = unknown> = z.ZodType<T> | ZodMiniType<T>;
