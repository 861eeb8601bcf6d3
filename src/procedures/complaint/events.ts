import * as z from 'zod';
import { instantSchema } from '../../core/instant-schema';
import { complaintKindSchema, falseDetailSchema } from './schema';

const at = { at: instantSchema };

/**
 * Every event the complaint machine takes; each carries `at`, the instant it happened
 * (ISO 8601 with offset). Time enters the machine only through events.
 *
 * @example
 * complaintEventSchema.parse({ type: 'CLASSIFY', at: '2026-05-06T09:40:00+08:00', kind: 'general', reasonable: true, inScope: true })
 */
export const complaintEventSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('LISTENED'), ...at }),
  z.object({ type: z.literal('CLARIFIED'), ...at }),
  // 记清楚 writes the complaint log (WI/FW-011 一.2): the document number, and the
  // complainant's unit when the intake did not have it.
  z.object({ type: z.literal('RECORDED'), ...at, documentNo: z.string().min(1), unit: z.string().min(1).optional() }),
  z.object({ type: z.literal('CLASSIFY'), ...at, kind: complaintKindSchema, reasonable: z.boolean(), inScope: z.boolean() }),
  z.object({ type: z.literal('REFER'), ...at, agency: z.string().min(1), explanation: z.string().min(1) }),
  z.object({ type: z.literal('EXPLAIN'), ...at, explanation: z.string().min(1) }),
  z.object({ type: z.literal('REPORT'), ...at, to: z.string().min(1) }),
  z.object({ type: z.literal('DISPATCH'), ...at, department: z.string().min(1) }),
  z.object({ type: z.literal('NOTIFY_PROGRESS'), ...at, note: z.string().optional(), nextReplyAt: instantSchema.optional() }),
  z.object({ type: z.literal('ADD_MEASURE'), ...at, kind: z.enum(['remedial', 'corrective']), description: z.string().min(1), dueAt: instantSchema }),
  z.object({ type: z.literal('COMPLETE_MEASURE'), ...at, index: z.number().int().nonnegative() }),
  z.object({ type: z.literal('RESOLVE'), ...at, result: z.string().min(1) }),
  z.object({ type: z.literal('NOTIFY_RESULT'), ...at }),
  z.object({ type: z.literal('NOTIFY_IMPOSSIBLE'), ...at, falseDetails: z.array(falseDetailSchema) }),
  z.object({ type: z.literal('FOLLOW_UP'), ...at, by: z.string().min(1), result: z.string().min(1), satisfied: z.boolean() }),
  z.object({ type: z.literal('FOLLOW_UP_EXEMPT'), ...at, reason: z.enum(['unreachable', 'inconvenient']) }),
  z.object({ type: z.literal('CLOSE'), ...at }),
]);

/** An event of the complaint machine. @example const e: ComplaintEvent = { type: 'LISTENED', at: '2026-05-06T09:31:00+08:00' }; */
export type ComplaintEvent = z.infer<typeof complaintEventSchema>;

