import * as z from 'zod';
import { instantSchema } from '../../core/instant-schema';
import { copyHolderSchema, yuanSchema } from './schema';

const at = { at: instantSchema };

/**
 * Every event the work-order machine takes; each carries `at`, the instant it happened
 * (`CHECK_DEADLINES` is the core's, taken by every case machine).
 *
 * @example
 * workOrderEventSchema.parse({ type: 'ARRIVE', at: '2026-05-06T10:04:00+08:00' })
 */
export const workOrderEventSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('DISPATCH'), ...at }),
  z.object({ type: z.literal('ARRIVE'), ...at }),
  z.object({ type: z.literal('EXPLAIN_CHARGE'), ...at, amount: yuanSchema, tariff: z.string().min(1) }),
  z.object({ type: z.literal('CONSENT'), ...at }),
  z.object({ type: z.literal('DISPUTE'), ...at }),
  z.object({ type: z.literal('DESK_ON_SITE'), ...at }),
  z.object({ type: z.literal('DECLINE'), ...at }),
  z.object({ type: z.literal('START_REPAIR'), ...at }),
  z.object({ type: z.literal('REPAIRED'), ...at, result: z.string().min(1), fee: yuanSchema.optional() }),
  z.object({ type: z.literal('SIGN'), ...at, by: z.string().min(1) }),
  z.object({ type: z.literal('COPY'), ...at, to: copyHolderSchema }),
  z.object({ type: z.literal('CALLBACK'), ...at, by: z.string().min(1), result: z.string().min(1) }),
  z.object({ type: z.literal('FEED_BACK'), ...at }),
  z.object({ type: z.literal('CLOSE'), ...at }),
  z.object({ type: z.literal('PARK'), ...at, reason: z.string().min(1) }),
  z.object({ type: z.literal('EXPLAIN_PARKED'), ...at }),
  z.object({ type: z.literal('REPORT_PARKED'), ...at }),
  z.object({ type: z.literal('RESUME'), ...at }),
  z.object({ type: z.literal('ABANDON'), ...at }),
]);

/** An event of the work-order machine. @example const e: WorkOrderEvent = { type: 'DISPATCH', at: '2026-05-06T10:00:00+08:00' }; */
export type WorkOrderEvent = z.infer<typeof workOrderEventSchema>;

