import * as z from 'zod/mini';
import { instantMiniSchema as instantSchema } from '../../core/mini-schemas';
import { text } from '../../core/text';
import type { FieldLabels } from '../../core/validate';

/**
 * What a visitor register records (《写字楼物业客服工作制度范例》 五.2 做好來訪人員登記): when, who,
 * whom or which company they visit, why, and whether the desk let them in. Extra host fields
 * are kept.
 *
 * @example
 * visitorEntrySchema.parse({ at: '2026-05-06T09:10:00+08:00', name: '赵先生', visiting: '12F 恒信律师事务所', purpose: '送合同', admitted: true, registeredBy: '前台 李敏' })
 */
export const visitorEntrySchema = z.looseObject({
  at: instantSchema,
  name: z.optional(z.string()),
  /** The tenant, company or person visited (寫字樓各公司信息, 五.4). */
  visiting: z.optional(z.string()),
  purpose: z.optional(z.string()),
  /** An ID or badge number, where the building asks for one. */
  idNumber: z.optional(z.string()),
  admitted: z.boolean(),
  /** Why the desk refused entry (阻止無關人員進入寫字樓). */
  refusalReason: z.optional(z.string()),
  registeredBy: z.optional(z.string()),
});

/** One visitor register entry. @example const e: VisitorEntry = { at: '2026-05-06T09:10:00+08:00', name: '赵先生', visiting: '12F', purpose: '送合同', admitted: true }; */
export type VisitorEntry = z.infer<typeof visitorEntrySchema>;

/** @internal A visitor register: its entries in any order. */
export const visitorLogSchema = z.array(visitorEntrySchema);

/** @internal Labels of an entry's fields, for Chinese error texts and `data.missing`. */
export const VISITOR_FIELD_LABELS: FieldLabels = {
  name: text('来访人', 'visitor name'),
  visiting: text('被访单位或人员', 'whom they visit'),
  purpose: text('来访事由', 'purpose'),
  idNumber: text('证件号', 'ID number'),
  admitted: text('是否放行', 'admitted'),
  refusalReason: text('拒绝原因', 'refusal reason'),
  registeredBy: text('登记人', 'registered by'),
};
