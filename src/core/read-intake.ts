import type * as z from 'zod';
import { WuyeError } from './errors';
import { requireInput } from './require-input';
import type { LocalizedText } from './text';
import { text } from './text';
import { parseInput } from './validate';

/**
 * What a machine's context factory does with the record a new case starts from: require it,
 * validate it, refuse lifecycle fields (a case in progress is resumed with restore, not
 * started again), and return the machine's own copy, so the host's record is never shared
 * or mutated. A field that cannot be copied as data (a function, a class instance) is
 * `INVALID_INPUT`, like every other bad intake.
 *
 * @example
 * context: ({ input }) => {
 *   const record = readIntake(input, { schema: complaintRecordSchema, what: text('投诉受理记录', 'complaint intake record'), lifecycleFields: LIFECYCLE_FIELDS });
 *   …
 * }
 */
export function readIntake<T>(input: T | undefined, options: { readonly schema: z.ZodType<T>; readonly what: LocalizedText; readonly lifecycleFields: readonly string[] }): T {
  requireInput(input);
  parseInput(options.schema, input, options.what.en);
  const started = options.lifecycleFields.filter((f) => (input as Record<string, unknown>)[f] !== undefined);
  if (started.length > 0) {
    throw new WuyeError(
      'INVALID_INPUT',
      text(
        `新${options.what['zh-CN']}不应含办理过程字段（${started.join('、')}）；续办请用 restore`,
        `A new ${options.what.en} may not carry lifecycle fields (${started.join(', ')}); resume it with restore`,
      ),
      { fields: started },
    );
  }
  try {
    return structuredClone(input);
  } catch (error) {
    throw new WuyeError(
      'INVALID_INPUT',
      text(`${options.what['zh-CN']}含有无法复制的数据（函数或类实例等）`, `The ${options.what.en} holds data that cannot be copied (a function, a class instance, …)`),
      { reason: error instanceof Error ? error.message : String(error) },
    );
  }
}
