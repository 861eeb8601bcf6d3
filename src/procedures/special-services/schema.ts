import * as z from 'zod/mini';
import { instantMiniSchema as instantSchema } from '../../core/mini-schemas';
import type { LocalizedText } from '../../core/text';
import { text } from '../../core/text';
import type { FieldLabels } from '../../core/validate';
// Follow-up's order schema alone (not its index, nor its other schemas and labels): the order
// record is shared, and this subpath stays free of luxon and of the follow-up arithmetic.
import { specialServiceOrderSchema, uniqueIds } from '../follow-up/order-schema';

/**
 * Who reviews a project's prices before they are displayed (STD 特约服务 管理要求 2: 公司品质、
 * 财务部门审核).
 *
 * @example
 * priceReviewerSchema.parse('finance')
 */
export const priceReviewerSchema = z.enum(['quality', 'finance']);
/** A department that reviews prices (see {@link priceReviewerSchema}). @example const r: PriceReviewer = 'quality'; */
export type PriceReviewer = z.infer<typeof priceReviewerSchema>;

/**
 * What a long-term agreement must set out (STD 特约服务 服务提供 2): 服务内容, 服务期限, 收费标准,
 * 双方权责.
 *
 * @example
 * agreementTermSchema.parse('term')
 */
export const agreementTermSchema = z.enum(['content', 'term', 'fees', 'responsibilities']);
/** What a long-term agreement sets out (see {@link agreementTermSchema}). @example const t: AgreementTerm = 'fees'; */
export type AgreementTerm = z.infer<typeof agreementTermSchema>;

/**
 * One item of a project's special-service offer: on the company's 常规服务价目表 (`regular`) or
 * a new service beyond it, its price review, when it was displayed (公示), its filing with the
 * price bureau where local policy asks, and — for a new service — the company's approval.
 * Extra host fields are allowed and left untouched.
 *
 * @example
 * serviceItemSchema.parse({ id: 'clean-2h', name: '家政清洁（2小时）', regular: true, price: '120元/次', reviewedBy: ['quality', 'finance'], displayedAt: '2026-04-01T09:00:00+08:00' })
 */
export const serviceItemSchema = z.looseObject({
  id: z.string().check(z.minLength(1)),
  name: z.string().check(z.minLength(1)),
  /** On the company's regular price list (常规服务价目表); false for a new service beyond it. */
  regular: z.boolean(),
  /** The project's charge, as displayed. */
  price: z.optional(z.string().check(z.minLength(1))),
  reviewedBy: z.optional(z.array(priceReviewerSchema)),
  /** When the content and price were displayed in a prominent place. */
  displayedAt: z.optional(instantSchema),
  /** When filed with the price bureau (only where local policy requires it). */
  filedAt: z.optional(instantSchema),
  /** A new service: the company's approval after its assessment. */
  approval: z.optional(z.object({ at: instantSchema, by: z.string().check(z.minLength(1)) })),
});
/** One item of a project's offer (see {@link serviceItemSchema}). @example const i: ServiceItem = { id: 'clean-2h', name: '家政清洁', regular: true }; */
export type ServiceItem = z.infer<typeof serviceItemSchema>;

/** @internal A project's offer: items with unique ids. */
export const serviceCatalogueSchema = z.array(serviceItemSchema).check(z.superRefine(uniqueIds('service item')));

/**
 * One special-service order: the record `wuye-rules/follow-up` reads (id, the four 100%
 * flags, `completedAt`, `followedUpAt` — the same schema, so one record serves both) plus the
 * provision side of STD 特约服务 服务提供: the item, when the content and price were explained,
 * when the service started and was completed, when the customer signed the 居家服务情况记录表,
 * and for a long-term service its agreement. Extra host fields are allowed and left untouched.
 *
 * @example
 * specialServiceRecordSchema.parse({ id: 'S-1', serviceItem: 'clean-2h', customer: '5栋302', explainedAt: '2026-05-06T08:50:00+08:00', startedAt: '2026-05-06T09:00:00+08:00', completedAt: '2026-05-06T11:00:00+08:00', signedAt: '2026-05-06T11:05:00+08:00' })
 */
export const specialServiceRecordSchema = z.looseObject({
  ...specialServiceOrderSchema.shape,
  serviceItem: z.string().check(z.minLength(1)),
  customer: z.string().check(z.minLength(1)),
  explainedAt: z.optional(instantSchema),
  startedAt: z.optional(instantSchema),
  signedAt: z.optional(instantSchema),
  longTerm: z.optional(z.boolean()),
  agreement: z.optional(z.object({ signedAt: instantSchema, covers: z.array(agreementTermSchema) })),
});
/** One special-service order (see {@link specialServiceRecordSchema}). @example const o: SpecialServiceRecord = { id: 'S-1', serviceItem: 'clean-2h', customer: '5栋302' }; */
export type SpecialServiceRecord = z.infer<typeof specialServiceRecordSchema>;

/** @internal The reviewing departments, as missing reviews in `data.missing`. */
export const REVIEWER_LABELS: Readonly<Record<PriceReviewer, LocalizedText>> = {
  quality: text('品质部门审核', 'quality review'),
  finance: text('财务部门审核', 'finance review'),
};

/** @internal What an agreement sets out, as missing terms in `data.missing`. */
export const AGREEMENT_TERM_LABELS: Readonly<Record<AgreementTerm, LocalizedText>> = {
  content: text('服务内容', 'content'),
  term: text('服务期限', 'term'),
  fees: text('收费标准', 'fees'),
  responsibilities: text('双方权责', 'responsibilities'),
};

/** @internal Labels of the order's and the catalogue item's fields, for Chinese error texts. */
export const SPECIAL_SERVICES_FIELD_LABELS: FieldLabels = {
  serviceItem: text('服务项目', 'service item'),
  customer: text('客户', 'customer'),
  explainedAt: text('说明时间', 'explained at'),
  startedAt: text('开始时间', 'started at'),
  completedAt: text('完成时间', 'completed at'),
  signedAt: text('签字时间', 'signed at'),
  longTerm: text('长期服务', 'long term'),
  agreement: text('特约服务协议', 'agreement'),
  covers: text('约定事项', 'covers'),
  followedUpAt: text('回访时间', 'followed up at'),
  newLongTermAgreement: text('新签长期服务协议', 'new long-term agreement'),
  newServiceItem: text('新服务项目', 'new service item'),
  newStaff: text('新服务人员', 'new staff'),
  staffPreviouslyComplained: text('曾被投诉的服务人员', 'staff previously complained about'),
  name: text('服务名称', 'name'),
  regular: text('常规服务', 'regular'),
  price: text('收费标准', 'price'),
  reviewedBy: text('审核部门', 'reviewed by'),
  displayedAt: text('公示时间', 'displayed at'),
  filedAt: text('备案时间', 'filed at'),
  approval: text('公司审批', 'approval'),
};
