import * as z from 'zod';
import { instantSchema } from '../../core/instant-schema';
import { moveOutItemSchema } from './schema';

const at = { at: instantSchema };

/**
 * Every event the move-out machine takes; each carries `at` (ISO 8601 with offset).
 *
 * @example
 * moveOutEventSchema.parse({ type: 'OWNER_PHONED', at: '2026-05-06T09:40:00+08:00', consented: true })
 */
export const moveOutEventSchema = z.discriminatedUnion('type', [
  /** `contractor`: the items are a renovation contractor's (施工单位物品). */
  z.object({ type: z.literal('ITEMS_LISTED'), ...at, items: z.array(moveOutItemSchema).min(1), contractor: z.boolean().optional() }),
  z.object({ type: z.literal('MOVE_ASSESSED'), ...at, likelyMoving: z.boolean() }),
  z.object({ type: z.literal('FEES_CHECKED'), ...at, settled: z.boolean(), by: z.string().min(1) }),
  z.object({ type: z.literal('OWNER_VERIFIED'), ...at, idDocument: z.string().min(1) }),
  z.object({ type: z.literal('AGENT_DOCUMENTS_CHECKED'), ...at, idDocument: z.string().min(1), authorisation: z.string().min(1) }),
  z.object({ type: z.literal('OWNER_PHONED'), ...at, consented: z.boolean(), phone: z.string().optional() }),
  z.object({ type: z.literal('CONTRACTOR_VERIFIED'), ...at, responsiblePerson: z.string().min(1), permitNo: z.string().optional() }),
  z.object({ type: z.literal('PASS_SIGNED'), ...at, passNo: z.string().min(1), signedBy: z.string().min(1), issuedBy: z.string().min(1) }),
  z.object({ type: z.literal('WITHDRAW'), ...at }),
]);

/** An event of the move-out machine. @example const e: MoveOutEvent = { type: 'MOVE_ASSESSED', at: '2026-05-06T09:35:00+08:00', likelyMoving: true }; */
export type MoveOutEvent = z.infer<typeof moveOutEventSchema>;

