import * as z from 'zod';
import { instantSchema } from '../../core/instant-schema';

/**
 * How a complaint arrived (《服务中心工作手册》 WI/FW-011 一.1, WI/FW-015.1; 《物业客户服务类服务标准表》 投诉管理).
 *
 * @example
 * complaintChannelSchema.parse('phone')
 */
export const complaintChannelSchema = z.enum(['phone', 'visit', 'letter', 'fax', 'email', 'online']);
/** @example const c: ComplaintChannel = 'visit'; */
export type ComplaintChannel = z.infer<typeof complaintChannelSchema>;

/**
 * The kinds of 《服务中心工作手册》 WI/FW-012: general 通常性, major 重大, written 书面.
 *
 * @example
 * complaintKindSchema.parse('major')
 */
export const complaintKindSchema = z.enum(['general', 'major', 'written']);
/** @example const k: ComplaintKind = 'general'; */
export type ComplaintKind = z.infer<typeof complaintKindSchema>;

/**
 * The complainant's details that can turn out false (WI/FW-006.18: 姓名、家庭住址、联络方法).
 *
 * @example
 * falseDetailSchema.parse('contact')
 */
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
