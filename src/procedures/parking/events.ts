import * as z from 'zod';
import { instantSchema } from '../../core/instant-schema';
import { parkingCopySchema } from './schema';

const at = { at: instantSchema };

/**
 * Every event of the parking machine; each carries `at` (ISO 8601 with offset).
 *
 * @example
 * parkingEventSchema.parse({ type: 'PAY_FEE', at: '2026-05-06T10:30:00+08:00', receiptNo: 'CW-0311' })
 */
export const parkingEventSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('SUBMIT_COPIES'), ...at, copies: z.array(parkingCopySchema).min(1) }),
  z.object({ type: z.literal('PAY_FEE'), ...at, receiptNo: z.string().min(1) }),
  z.object({ type: z.literal('OFFER_SPACE'), ...at, spaceNo: z.string().min(1) }),
  z.object({ type: z.literal('CONFIRM_SPACE'), ...at }),
  z.object({ type: z.literal('DECLINE_SPACE'), ...at }),
  z.object({ type: z.literal('ISSUE_PERMIT'), ...at, permitNo: z.string().min(1) }),
  z.object({ type: z.literal('WITHDRAW'), ...at, reason: z.string().min(1) }),
]);

/** An event of the parking machine. @example const e: ParkingEvent = { type: 'CONFIRM_SPACE', at: '2026-05-06T11:00:00+08:00' }; */
export type ParkingEvent = z.infer<typeof parkingEventSchema>;
