import { WuyeError } from '../core/errors';
import type { ProcedureDefinition } from '../core/procedure';
import { text } from '../core/text';

/** @internal Throws `INVALID_INPUT` unless `value` is a procedure object (e.g. `complaintProcedure`). */
export function requireProcedure(value: unknown): asserts value is ProcedureDefinition {
  if (typeof value !== 'object' || value === null || typeof (value as { name?: unknown }).name !== 'string' || !Array.isArray((value as { rules?: unknown }).rules)) {
    throw new WuyeError('INVALID_INPUT', text('需要一个流程对象（如投诉处理流程）', 'A procedure object is needed (e.g. complaintProcedure)'), { field: 'procedure' });
  }
}
