import * as z from 'zod';
import { instantSchema } from '../../core/instant-schema';
import { text } from '../../core/text';
import type { FieldLabels } from '../../core/validate';

// How a matter reached its first responder (WI/FW-009.1: 来电、来访、咨询等).
const intakeChannelSchema = z.enum(['call', 'visit', 'request']);

/** A hand-off to the responsible department (WI/FW-009.3–.5) and its report-back. */
const handOffSchema = z.object({
  at: instantSchema,
  department: z.string().min(1),
  /** The department's report back to the first responder (WI/FW-009.5). */
  reportedAt: instantSchema.optional(),
  result: z.string().min(1).optional(),
  /** The department found it beyond capacity (超出我们能力范围). */
  beyondCapacity: z.boolean().optional(),
});

/**
 * A matter owned by its first responder (首问负责制, 《服务中心工作手册》 WI/FW-009): who first
 * received it, from whom, about what; then the scope decision, approval (限时服务 WI/FW-006.5),
 * hand-offs and their report-backs, escalation to a superior, the reply to the customer and
 * closing. Extra host fields are allowed and left untouched.
 *
 * @example
 * firstResponderCaseSchema.parse({
 *   id: 'FR-1', receivedAt: '2026-05-06T09:30:00+08:00', channel: 'call',
 *   customer: { name: '王先生', unit: '3栋1201', phone: '138…' }, matter: '楼道灯不亮', firstResponder: '李敏',
 * })
 */
export const firstResponderCaseSchema = z.looseObject({
  id: z.string().min(1),
  receivedAt: instantSchema,
  channel: intakeChannelSchema,
  customer: z.object({ name: z.string().min(1), unit: z.string().optional(), phone: z.string().optional() }),
  matter: z.string().min(1),
  /** 第一责任人: the staff member who first received it. */
  firstResponder: z.string().min(1),
  /** The scope decision (WI/FW-009.3): own 份内事, another department's, or beyond capacity. */
  scope: z.object({ at: instantSchema, kind: z.enum(['own', 'other-department', 'beyond-capacity']) }).optional(),
  /** 需要请示后回复 (WI/FW-006.5). */
  approval: z
    .object({ requestedAt: instantSchema, approver: z.string().min(1), decidedAt: instantSchema.optional(), approved: z.boolean().optional(), note: z.string().optional() })
    .optional(),
  handOffs: z.array(handOffSchema).optional(),
  /** Follow-ups of the first responder on an open hand-off (负责跟进). */
  chases: z.array(z.object({ at: instantSchema, note: z.string().optional() })).optional(),
  /** 向上级主管领导汇报 (WI/FW-009.5). */
  escalation: z.object({ at: instantSchema, to: z.string().min(1) }).optional(),
  /** The reply to the customer: by the first responder, or by the superior after escalation. */
  reply: z.object({ at: instantSchema, by: z.string().min(1), answer: z.string().min(1) }).optional(),
  closedAt: instantSchema.optional(),
});

/** A first-responder matter (see {@link firstResponderCaseSchema}). @example const c: FirstResponderCase = { id: 'FR-1', receivedAt: '2026-05-06T09:30:00+08:00', channel: 'call', customer: { name: '王先生' }, matter: '楼道灯不亮', firstResponder: '李敏' }; */
export type FirstResponderCase = z.infer<typeof firstResponderCaseSchema>;

/** A hand-off of a matter (see {@link firstResponderCaseSchema}). @example const h: HandOff = { at: '2026-05-06T09:40:00+08:00', department: '工程部' }; */
export type HandOff = z.infer<typeof handOffSchema>;

/** @internal The fields a new matter may not carry yet (they are the machine's to fill). */
export const FIRST_RESPONDER_LIFECYCLE_FIELDS = ['scope', 'approval', 'handOffs', 'chases', 'escalation', 'reply', 'closedAt'] as const;

/** @internal Labels of the matter's and its events' fields, for Chinese error texts and `data.missing`. */
export const FIRST_RESPONDER_FIELD_LABELS: FieldLabels = {
  customer: text('客户', 'customer'),
  matter: text('事项', 'matter'),
  firstResponder: text('首问人', 'first responder'),
  scope: text('职责范围', 'scope'),
  approval: text('请示', 'approval'),
  approver: text('请示对象', 'approver'),
  decidedAt: text('请示答复时间', 'decided at'),
  approved: text('是否批准', 'approved'),
  handOffs: text('转交', 'hand-offs'),
  reportedAt: text('部门回复时间', 'reported back at'),
  beyondCapacity: text('是否超出能力范围', 'beyond capacity'),
  chases: text('跟进', 'follow-ups'),
  escalation: text('向上级汇报', 'escalation'),
  reply: text('答复客户', 'reply to the customer'),
  answer: text('答复内容', 'answer'),
  closedAt: text('结案时间', 'closed at'),
  to: text('汇报对象', 'escalated to'),
  by: text('答复人', 'replied by'),
  note: text('说明', 'note'),
  result: text('处理结果', 'result'),
};
