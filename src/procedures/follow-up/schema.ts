import * as z from 'zod/mini';
import { fullFollowUpFlagsSchema, specialServiceOrderSchema, uniqueIds } from './order-schema';
import { instantMiniSchema as instantSchema, isoDateMiniSchema as isoDateSchema } from '../../core/mini-schemas';
import { text } from '../../core/text';
import type { FieldLabels } from '../../core/validate';

export type { FullFollowUpFlags, SpecialServiceOrder } from './order-schema';
export { fullFollowUpFlagsSchema, specialServiceOrderSchema };

/**
 * @internal A month's orders: an array with unique ids.
 *
 * @example
 * specialServiceOrdersSchema.safeParse([{ id: 'a' }, { id: 'a' }]).success // false
 */
export const specialServiceOrdersSchema = z.array(specialServiceOrderSchema).check(z.superRefine(uniqueIds('order')));

/**
 * @internal What {@link planFollowUps} reads of a month's orders: ids (unique) and the four flags;
 * other fields (completion and follow-up times included) are the host's and left alone.
 *
 * @example
 * planOrdersSchema.safeParse([{ id: 'S-1', newStaff: true }]).success // true
 */
export const planOrdersSchema = z.array(z.extend(fullFollowUpFlagsSchema, { id: z.string().check(z.minLength(1)) })).check(z.superRefine(uniqueIds('order')));

/**
 * A closed complaint as the follow-up rule sees it: when it was closed, when (if) it was
 * followed up, and whether it is excepted (联系不上 unreachable / 不便回访 inconvenient).
 *
 * @example
 * closedComplaintSchema.parse({ id: 'C-1', closedAt: '2026-05-08T10:00:00+08:00', followedUpAt: null, exception: 'unreachable' })
 */
export const closedComplaintSchema = z.object({
  id: z.string().check(z.minLength(1)),
  closedAt: instantSchema,
  followedUpAt: z.optional(z.nullable(instantSchema)),
  exception: z.optional(z.nullable(z.enum(['unreachable', 'inconvenient']))),
});
/** @example const c: ClosedComplaint = { id: 'C-1', closedAt: '2026-05-08T10:00:00+08:00' }; */
export type ClosedComplaint = z.infer<typeof closedComplaintSchema>;

/** @internal Closed complaints: an array with unique ids. */
export const closedComplaintsSchema = z.array(closedComplaintSchema).check(z.superRefine(uniqueIds('complaint')));

/**
 * @internal The categories of 《服务中心工作手册》 QR-004 回访统计月统计表: 治安工作, 清洁绿化, 消杀清运,
 * 噪声影响, 工程维修, 投诉处理, 服务态度, 工作效率.
 *
 * @example
 * returnVisitCategorySchema.parse('noise')
 */
export const returnVisitCategorySchema = z.enum(['security', 'cleaningGreening', 'pestControlWaste', 'noise', 'engineeringRepair', 'complaintHandling', 'serviceAttitude', 'efficiency']);
/** @example const c: ReturnVisitCategory = 'security'; */
export type ReturnVisitCategory = z.infer<typeof returnVisitCategorySchema>;

/**
 * @internal A rating of QR-003 回访情况: 满意 satisfied, 较满意 fairly satisfied, 不满意 dissatisfied.
 *
 * @example
 * ratingSchema.parse('fairlySatisfied')
 */
export const ratingSchema = z.enum(['satisfied', 'fairlySatisfied', 'dissatisfied']);
/** @example const r: Rating = 'satisfied'; */
export type Rating = z.infer<typeof ratingSchema>;

/**
 * One line of 《服务中心工作手册》 QR-003 回访统计表: 序号, 地点, 回访内容及处理结果, 回访情况
 * (守时 punctuality / 态度 attitude / 质量 quality, each rated), 意见、期望及提议, 业主/住户签名,
 * 日期 — plus the QR-004 category it is counted under. Extra host fields are allowed.
 *
 * @example
 * returnVisitRecordSchema.parse({ place: '3栋1201', category: 'engineeringRepair', ratings: { punctuality: 'satisfied', attitude: 'satisfied', quality: 'fairlySatisfied' }, date: '2026-05-06' })
 */
export const returnVisitRecordSchema = z.object({
  /** 序号 */
  no: z.optional(z.union([z.string(), z.number()])),
  /** 地点 */
  place: z.string().check(z.minLength(1)),
  category: returnVisitCategorySchema,
  /** 回访内容及处理结果 */
  content: z.optional(z.string()),
  ratings: z.strictObject({ punctuality: ratingSchema, attitude: ratingSchema, quality: ratingSchema }),
  /** 意见、期望及提议 */
  opinion: z.optional(z.string()),
  /** 业主/住户签名 */
  signedBy: z.optional(z.string()),
  /** 日期 */
  date: isoDateSchema,
});
/** @example const r: ReturnVisitRecord = { place: 'A-1', category: 'noise', ratings: { punctuality: 'satisfied', attitude: 'satisfied', quality: 'satisfied' }, date: '2026-05-06' }; */
export type ReturnVisitRecord = z.infer<typeof returnVisitRecordSchema>;

/**
 * @internal A month written `'YYYY-MM'`.
 *
 * @example
 * monthSchema.safeParse('2026-13').success // false
 */
export const monthSchema = z.string().check(z.regex(/^\d{4}-(0[1-9]|1[0-2])$/, { message: "expected a 'YYYY-MM' month" }));

/**
 * A month of follow-up records, what {@link checkFollowUps} judges: the paid special-service
 * orders (特约服务, STD 特约服务 服务回访 1) and the closed complaints (STD 投诉管理 处理与回访 3),
 * either list optional. Extra host fields are allowed and left untouched.
 *
 * @example
 * followUpMonthSchema.parse({ specialServiceOrders: [{ id: 'S-1', newStaff: true }], closedComplaints: [] })
 */
export const followUpMonthSchema = z.looseObject({
  specialServiceOrders: z.optional(specialServiceOrdersSchema),
  closedComplaints: z.optional(closedComplaintsSchema),
});
/** @example const m: FollowUpMonth = { specialServiceOrders: [{ id: 'S-1' }] }; */
export type FollowUpMonth = z.infer<typeof followUpMonthSchema>;

/** @internal Labels of the follow-up records' fields, for Chinese error texts. */
export const FOLLOW_UP_FIELD_LABELS: FieldLabels = {
  specialServiceOrders: text('特约服务单', 'special-service orders'),
  closedComplaints: text('已结投诉', 'closed complaints'),
  completedAt: text('完成时间', 'completed at'),
  followedUpAt: text('回访时间', 'followed up at'),
  closedAt: text('结案时间', 'closed at'),
  exception: text('不回访原因', 'exception'),
  newLongTermAgreement: text('新签长期服务协议', 'new long-term agreement'),
  newServiceItem: text('新推出的服务项目', 'new service item'),
  newStaff: text('新服务人员', 'new staff'),
  staffPreviouslyComplained: text('上次曾被投诉的服务人员', 'staff previously complained about'),
  place: text('地点', 'place'),
  category: text('统计类别', 'category'),
  content: text('回访内容及处理结果', 'content'),
  ratings: text('回访情况', 'ratings'),
  punctuality: text('守时', 'punctuality'),
  attitude: text('态度', 'attitude'),
  quality: text('质量', 'quality'),
  opinion: text('意见、期望及提议', 'opinion'),
  signedBy: text('业主/住户签名', 'signed by'),
  date: text('日期', 'date'),
  month: text('月份', 'month'),
  no: text('序号', 'number'),
  seed: text('抽样种子', 'seed'),
};
