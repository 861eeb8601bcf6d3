import * as z from 'zod';
import { instantSchema } from '../../core/instant-schema';
import { text } from '../../core/text';
import type { FieldLabels } from '../../core/validate';

/** @internal How a complaint arrived (《服务中心工作手册》 WI/FW-011 一.1, WI/FW-015.1; 《物业客户服务类服务标准表》 投诉管理). */
export const complaintChannelSchema = z.enum(['phone', 'visit', 'letter', 'fax', 'email', 'online']);
/** @example const c: ComplaintChannel = 'visit'; */
export type ComplaintChannel = z.infer<typeof complaintChannelSchema>;

/** @internal The kinds of 《服务中心工作手册》 WI/FW-012: general 通常性, major 重大, written 书面. */
export const complaintKindSchema = z.enum(['general', 'major', 'written']);
/** @example const k: ComplaintKind = 'general'; */
export type ComplaintKind = z.infer<typeof complaintKindSchema>;

/** @internal The complainant's details that can turn out false (WI/FW-006.18: 姓名、家庭住址、联络方法). */
export const falseDetailSchema = z.enum(['name', 'address', 'contact']);

const complainantSchema = z.object({
  /** 投诉人姓名 */
  name: z.string().min(1),
  /** 住址 */
  address: z.string().optional(),
  /** 楼座号 (WI/FW-011 一.2) */
  unit: z.string().optional(),
  /** 联络电话 */
  phone: z.string().optional(),
});

const measureSchema = z.object({
  /** 补救措施 (remedial) or 纠正措施 (corrective), WI/FW-011 二.1 */
  kind: z.enum(['remedial', 'corrective']),
  description: z.string().min(1),
  dueAt: instantSchema,
  doneAt: instantSchema.optional(),
});

/**
 * The complaint record: 《服务中心工作手册》 QR-002 业主/住户投诉记录表 (序号, 日期时间, 投诉人姓名, 住址,
 * 联络电话, 投诉事由及要求, 接待人, 回访人, 回访结果) with the WI/FW-011 additions (channel and
 * document number, handling result, remedial and corrective measures with due times,
 * follow-up person and result), the five clears of WI/FW-014, classification and 汇报.
 * Extra host fields are allowed and left untouched.
 *
 * @example
 * complaintRecordSchema.parse({
 *   id: 'C-1', receivedAt: '2026-05-06T09:30:00+08:00', channel: 'phone',
 *   complainant: { name: '王先生', unit: '3栋1201', phone: '138…' },
 *   subject: '楼上装修噪声，影响休息', receiver: '李敏',
 * })
 */
export const complaintRecordSchema = z.looseObject({
  id: z.string().min(1),
  /** 序号 (QR-002) */
  serialNo: z.string().optional(),
  /** A complaint, or a consultation (《物业公司客服部岗位职责及各岗位人员规章制度》 5.1, tracked within 24 h). */
  nature: z.enum(['complaint', 'consultation']).optional(),
  receivedAt: instantSchema,
  channel: complaintChannelSchema,
  /** 投诉文件编号 (WI/FW-011 一.2) */
  documentNo: z.string().min(1).optional(),
  complainant: complainantSchema,
  /** 投诉事由及要求 */
  subject: z.string().min(1),
  /** 接待人 — the first receiver, responsible for the complaint (WI/FW-015.2) */
  receiver: z.string().min(1),
  /** 五清楚 (WI/FW-014): when each was done. */
  fiveClears: z
    .object({
      listened: instantSchema.optional(),
      clarified: instantSchema.optional(),
      followedThrough: instantSchema.optional(),
      repliedClearly: instantSchema.optional(),
      recorded: instantSchema.optional(),
    })
    .optional(),
  classification: z
    .object({ at: instantSchema, kind: complaintKindSchema, reasonable: z.boolean(), inScope: z.boolean() })
    .optional(),
  /** WI/FW-006.17: out of property scope → the competent department, with an explanation. */
  referral: z.object({ at: instantSchema, agency: z.string().min(1), explanation: z.string().min(1) }).optional(),
  /** WI/FW-016: an unreasonable complaint is explained and understanding asked for. */
  explanation: z.object({ at: instantSchema, text: z.string().min(1) }).optional(),
  /** 汇报 (WI/FW-014.7) */
  report: z.object({ at: instantSchema, to: z.string().min(1) }).optional(),
  dispatches: z.array(z.object({ at: instantSchema, department: z.string().min(1) })).optional(),
  progressNotices: z.array(z.object({ at: instantSchema, note: z.string().optional(), nextReplyAt: instantSchema.optional() })).optional(),
  measures: z.array(measureSchema).optional(),
  /** 处理结果: when handling was completed and what was done. */
  result: z.object({ at: instantSchema, description: z.string().min(1) }).optional(),
  resultNotifiedAt: instantSchema.optional(),
  /** WI/FW-006.18 exemption: false details **and so** notifying impossible. */
  notificationExemption: z
    .object({ at: instantSchema, falseDetails: z.array(falseDetailSchema), notifiable: z.boolean() })
    .optional(),
  /** 回访人, 回访结果 (QR-002, WI/FW-011) */
  followUp: z.object({ at: instantSchema, by: z.string().min(1), result: z.string().min(1), satisfied: z.boolean() }).optional(),
  /** 《物业客户服务类服务标准表》 投诉管理: 联系不上或不便回访的除外 */
  followUpExemption: z.object({ at: instantSchema, reason: z.enum(['unreachable', 'inconvenient']) }).optional(),
  closedAt: instantSchema.optional(),
});

/** A complaint record (see {@link complaintRecordSchema}). @example const r: ComplaintRecord = { id: 'C-1', receivedAt: '2026-05-06T09:30:00+08:00', channel: 'phone', complainant: { name: '王先生' }, subject: '噪声', receiver: '李敏' }; */
export type ComplaintRecord = z.infer<typeof complaintRecordSchema>;

/** @internal What a complaint's input errors call it (the machine's, the checks' and the deadlines'). */
export const COMPLAINT_RECORD = text('投诉记录', 'complaint record');

/** @internal The fields a new complaint may not carry yet (they are the machine's to fill). */
export const COMPLAINT_LIFECYCLE_FIELDS = ['fiveClears', 'classification', 'referral', 'explanation', 'report', 'dispatches', 'progressNotices', 'measures', 'result', 'resultNotifiedAt', 'notificationExemption', 'followUp', 'followUpExemption', 'closedAt'] as const;

/**
 * @internal Labels of every field of the complaint record and its events, for Chinese error
 * texts and `data.missing` (a label is looked up by the last named step of a field's path).
 * The names the core's FIELD_LABELS already label as the complaint does (at, type, name,
 * note, reason, receivedAt, kind, description, result) are read from there: every reader of
 * these labels falls back to them.
 */
export const COMPLAINT_FIELD_LABELS: FieldLabels = {
  id: text('投诉编号', 'complaint id'),
  serialNo: text('序号', 'serial number'),
  nature: text('性质（投诉或咨询）', 'nature'),
  channel: text('投诉渠道', 'channel'),
  documentNo: text('投诉文件编号', 'document number'),
  complainant: text('投诉人', 'complainant'),
  address: text('住址', 'address'),
  unit: text('楼座房号', 'unit'),
  phone: text('联络电话', 'phone'),
  subject: text('投诉事由及要求', 'subject'),
  receiver: text('接待人', 'receiver'),
  fiveClears: text('五清楚', 'five clears'),
  listened: text('听清楚', 'listened'),
  clarified: text('问清楚', 'clarified'),
  followedThrough: text('跟清楚', 'followed through'),
  repliedClearly: text('复清楚', 'replied clearly'),
  recorded: text('记清楚', 'recorded'),
  classification: text('投诉分类', 'classification'),
  reasonable: text('是否合理', 'reasonable'),
  inScope: text('是否属物业管理范围', 'in scope'),
  referral: text('指引', 'referral'),
  agency: text('职能部门', 'agency'),
  explanation: text('解释', 'explanation'),
  text: text('解释内容', 'text'),
  report: text('汇报', 'report'),
  to: text('汇报对象', 'reported to'),
  dispatches: text('转交责任部门记录', 'dispatches'),
  department: text('责任部门', 'department'),
  progressNotices: text('进度告知', 'progress notices'),
  nextReplyAt: text('下次回复时间', 'next reply at'),
  measures: text('措施', 'measures'),
  dueAt: text('预定完成时间', 'due at'),
  doneAt: text('完成时间', 'done at'),
  index: text('措施序号', 'measure index'),
  resultNotifiedAt: text('回复处理结果时间', 'result notified at'),
  notificationExemption: text('通知豁免', 'notification exemption'),
  falseDetails: text('不实信息', 'false details'),
  notifiable: text('是否仍可通知', 'notifiable'),
  followUp: text('回访', 'follow-up'),
  by: text('回访人', 'by'),
  satisfied: text('是否满意', 'satisfied'),
  followUpExemption: text('回访豁免', 'follow-up exemption'),
  closedAt: text('结案时间', 'closed at'),
};
