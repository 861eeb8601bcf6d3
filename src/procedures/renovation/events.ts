import * as z from 'zod';
import { instantSchema } from '../../core/instant-schema';
import { evidenceSchema, renovationDocumentSchema, seriousViolationKindSchema, supervisorRoleSchema } from './schema';

const at = { at: instantSchema };

/**
 * Every event the renovation machine takes; each carries `at`.
 *
 * @example
 * renovationEventSchema.parse({ type: 'FIRE_APPROVED', at: '2026-05-08T10:00:00+08:00', reference: '消审字 2026-88' })
 */
export const renovationEventSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('CHECK_CONTRACTOR'), ...at, licenceValid: z.boolean(), qualified: z.boolean() }),
  z.object({ type: z.literal('CHANGE_CONTRACTOR'), ...at, name: z.string().min(1), licenceNo: z.string().optional() }),
  z.object({ type: z.literal('SUBMIT_DOCUMENTS'), ...at, documents: z.array(renovationDocumentSchema).min(1) }),
  z.object({ type: z.literal('REVIEW'), ...at, approved: z.boolean(), notes: z.string().optional() }),
  z.object({ type: z.literal('SIGN_COMMITMENT'), ...at }),
  z.object({ type: z.literal('SIGN_SAFETY_AGREEMENT'), ...at }),
  z.object({ type: z.literal('ISSUE_PASSES'), ...at, workerPasses: z.number().int().nonnegative(), hotWorkPermits: z.number().int().nonnegative() }),
  z.object({ type: z.literal('FIRE_APPROVED'), ...at, reference: z.string().min(1) }),
  z.object({ type: z.literal('ISSUE_PERMIT'), ...at, permitNo: z.string().min(1) }),
  z.object({ type: z.literal('START_WORK'), ...at }),
  z.object({ type: z.literal('VISIT'), ...at, role: supervisorRoleSchema, by: z.string().optional() }),
  z.object({ type: z.literal('SERIOUS_VIOLATION'), ...at, kind: seriousViolationKindSchema, description: z.string().min(1) }),
  z.object({ type: z.literal('NOTICE_AND_STOP'), ...at, noticeEvidence: evidenceSchema, stopEvidence: evidenceSchema }),
  z.object({ type: z.literal('RECTIFIED'), ...at }),
  z.object({ type: z.literal('INEFFECTIVE'), ...at }),
  z.object({ type: z.literal('REPORT_AUTHORITY'), ...at, authority: z.string().min(1), evidence: evidenceSchema }),
  z.object({ type: z.literal('WORKS_COMPLETED'), ...at }),
  z.object({ type: z.literal('FIRE_INSPECTION'), ...at, passed: z.boolean() }),
  z.object({ type: z.literal('SUBMIT_COMPLETION_DOCUMENTS'), ...at }),
  z.object({ type: z.literal('JOINT_ACCEPTANCE'), ...at, parties: z.array(z.string().min(1)), noticeSigned: z.boolean() }),
  z.object({ type: z.literal('MOVE_IN'), ...at }),
]);

/** An event of the renovation machine. @example const e: RenovationEvent = { type: 'START_WORK', at: '2026-05-09T08:00:00+08:00' }; */
export type RenovationEvent = z.infer<typeof renovationEventSchema>;

