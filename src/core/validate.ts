import type * as z from 'zod';
import { WuyeError } from './errors';
import { text } from './text';

/**
 * The message of an invalid instant field (see `instantSchema` in instant-schema.ts);
 * {@link parseInput} reports it as `INVALID_INSTANT`. No luxon here, so arithmetic-only
 * procedures can validate their input without pulling it in.
 *
 * @example
 * INSTANT_MESSAGE.startsWith('expected') // true
 */
export const INSTANT_MESSAGE = 'expected an ISO 8601 instant with an offset, e.g. 2026-05-06T09:30:00+08:00';

/**
 * Validates host input against a schema. Returns the input itself (never a transformed
 * copy, so nothing of the host's data is lost or changed); on failure throws
 * `INVALID_INSTANT` when the first problem is an instant field, else `INVALID_INPUT`, with
 * every issue's path in `details.issues`.
 *
 * @example
 * parseInput(complaintRecordSchema, record, 'complaint record') // → record, or throws WuyeError
 */
export function parseInput<T>(schema: z.ZodType<T>, value: unknown, what: string): T {
  const result = schema.safeParse(value);
  if (result.success) return value as T;
  const issues = result.error.issues.map((i) => ({ path: i.path.map(String).join('.') || '(root)', message: i.message }));
  const first = issues[0]!;
  const code = first.message === INSTANT_MESSAGE ? 'INVALID_INSTANT' : 'INVALID_INPUT';
  throw new WuyeError(
    code,
    text(`${what} 无效：${first.path} — ${first.message}`, `Invalid ${what}: ${first.path} — ${first.message}`),
    { what, issues },
  );
}
