import * as z from 'zod';
import { instantSchema } from '../../core/instant-schema';
import { parseInput } from '../../core/validate';
import { handbookSchema, inspectionDepartmentSchema, takeoverDocumentSchema } from './schema';

const at = { at: instantSchema };

/**
 * Every event of the takeover machine; each carries `at` (ISO 8601 with offset).
 *
 * @example
 * takeoverEventSchema.parse({ type: 'SIGN_CONTRACT', at: '2026-03-02T10:00:00+08:00', copySets: 2 })
 */
export const takeoverEventSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('SIGN_CONTRACT'), ...at, copySets: z.number().int().nonnegative() }),
  z.object({ type: z.literal('RECEIVE_DOCUMENTS'), ...at, documents: z.array(takeoverDocumentSchema).min(1) }),
  z.object({ type: z.literal('INSPECT'), ...at, departments: z.array(inspectionDepartmentSchema).min(1) }),
  z.object({ type: z.literal('SIGN_CONFIRMATION'), ...at, keysHandedOver: z.boolean() }),
  z.object({ type: z.literal('ISSUE_HANDBOOKS'), ...at, handbooks: z.array(handbookSchema).min(1) }),
]);
/** An event of the takeover machine. @example const e: TakeoverEvent = { type: 'SIGN_CONFIRMATION', at: '2026-03-20T10:00:00+08:00', keysHandedOver: true }; */
export type TakeoverEvent = z.infer<typeof takeoverEventSchema>;

/**
 * Validates a host's event before sending it: returns it unchanged, or throws
 * `INVALID_INSTANT` / `INVALID_INPUT`.
 *
 * @example
 * parseTakeoverEvent({ type: 'INSPECT', at: '2026-03-10', departments: ['security'] }) // throws INVALID_INSTANT
 */
export function parseTakeoverEvent(event: unknown): TakeoverEvent {
  return parseInput(takeoverEventSchema, event, 'takeover event');
}
