import type * as z from 'zod';
import { WuyeError } from './errors';
import { requireInput } from './require-input';
import type { LocalizedText } from './text';
import { text } from './text';
import type { FieldLabels } from './validate';
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
export function readIntake<T>(input: T | undefined, options: { readonly schema: z.ZodType<T>; readonly what: LocalizedText; readonly lifecycleFields: readonly string[]; readonly labels?: FieldLabels }): T {
  requireInput(input);
  parseInput(options.schema, input, options.what, options.labels);
  const started = options.lifecycleFields.filter((f) => (input as Record<string, unknown>)[f] !== undefined);
  if (started.length > 0) {
    throw new WuyeError(
      'INVALID_INPUT',
      text(
        `新${options.what['zh-CN']}不应含办理过程中才填写的字段（共${started.length}项）；续办请从保存的快照恢复`,
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
