import * as z from 'zod';
import { instantSchema } from '../../core/instant-schema';
import { handbookSchema, inspectionDepartmentSchema, takeoverDocumentSchema } from './schema';

const at = { at: instantSchema };

/**
 * Every event of the delivery machine (the takeover steps); each carries `at` (ISO 8601 with offset).
 *
 * @example
 * deliveryEventSchema.parse({ type: 'SIGN_CONTRACT', at: '2026-03-02T10:00:00+08:00', copySets: 2 })
 */
export const deliveryEventSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('SIGN_CONTRACT'), ...at, copySets: z.number().int().nonnegative() }),
  z.object({ type: z.literal('RECEIVE_DOCUMENTS'), ...at, documents: z.array(takeoverDocumentSchema).min(1) }),
  z.object({ type: z.literal('INSPECT'), ...at, departments: z.array(inspectionDepartmentSchema).min(1) }),
  z.object({ type: z.literal('SIGN_CONFIRMATION'), ...at, keysHandedOver: z.boolean() }),
  z.object({ type: z.literal('ISSUE_HANDBOOKS'), ...at, handbooks: z.array(handbookSchema).min(1) }),
]);
/** An event of the delivery machine. @example const e: DeliveryEvent = { type: 'SIGN_CONFIRMATION', at: '2026-03-20T10:00:00+08:00', keysHandedOver: true }; */
export type DeliveryEvent = z.infer<typeof deliveryEventSchema>;

