import * as z from 'zod';
import { instantSchema } from '../../core/instant-schema';

const at = { at: instantSchema };

/**
 * Every event the first-responder machine takes (besides the core's `CHECK_DEADLINES`); each
 * carries `at` (ISO 8601 with offset). There is no event that drops ownership: a matter ends
 * only by a reply to the customer.
 *
 * @example
 * firstResponderEventSchema.parse({ type: 'HAND_OFF', at: '2026-05-06T09:40:00+08:00', department: '工程部' })
 */
export const firstResponderEventSchema = z.discriminatedUnion('type', [
  /** 份内事: the first responder handles it (WI/FW-009.3). */
  z.object({ type: z.literal('HANDLE'), ...at }),
  /** 需要请示后回复 (WI/FW-006.5). */
  z.object({ type: z.literal('REQUEST_APPROVAL'), ...at, approver: z.string().min(1) }),
  z.object({ type: z.literal('APPROVAL_DECIDED'), ...at, approved: z.boolean(), note: z.string().optional() }),
  /** 不属于本职范围: hand to the responsible department (WI/FW-009.3/.4). */
  z.object({ type: z.literal('HAND_OFF'), ...at, department: z.string().min(1) }),
  /** 负责跟进: the first responder chases the department (WI/FW-009.4). */
  z.object({ type: z.literal('CHASE'), ...at, note: z.string().optional() }),
  /** 向传达信息人回复: the department reports back (WI/FW-009.5). */
  z.object({ type: z.literal('REPORT_BACK'), ...at, department: z.string().min(1), result: z.string().min(1), beyondCapacity: z.boolean() }),
  /** 向上级主管领导汇报 (WI/FW-009.5). */
  z.object({ type: z.literal('ESCALATE'), ...at, to: z.string().min(1) }),
  /** 由上级领导向业主回复 (WI/FW-009.5). */
  z.object({ type: z.literal('SUPERIOR_REPLIED'), ...at, by: z.string().min(1), answer: z.string().min(1) }),
  /** 给业主明确回复 (WI/FW-009.3). */
  z.object({ type: z.literal('REPLY'), ...at, answer: z.string().min(1) }),
  z.object({ type: z.literal('CLOSE'), ...at }),
]);

/** An event of the first-responder machine. @example const e: FirstResponderEvent = { type: 'HANDLE', at: '2026-05-06T09:35:00+08:00' }; */
export type FirstResponderEvent = z.infer<typeof firstResponderEventSchema>;
