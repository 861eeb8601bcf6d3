import * as z from 'zod/mini';
import { instantMiniSchema as instantSchema } from '../../core/mini-schemas';
import { text } from '../../core/text';
import type { FieldLabels } from '../../core/validate';

/**
 * The two classes of found item (《物业客户服务类服务标准表》 客户物品代管 2): general 一般遗失物
 * and special 特殊遗失物. The standard does not define them; the project's 处置管理办法 does
 * (typically cash, valuables, identity documents and bank cards are special).
 *
 * @example
 * lostItemClassSchema.parse('special')
 */
export const lostItemClassSchema = z.enum(['general', 'special']);
/** General or special (see {@link lostItemClassSchema}). @example const c: LostItemClass = 'general'; */
export type LostItemClass = z.infer<typeof lostItemClassSchema>;

/**
 * A found item 拾遗物品 and what became of it: registration, classification, safe keeping,
 * the search for its owner, a claim (ID checked and logged) or the hand-over to the police
 * (公安部门最终处置). Extra host fields are kept.
 *
 * @example
 * lostItemSchema.parse({ id: 'L-1', foundAt: '2026-05-06T09:30:00+08:00', foundPlace: '3栋大堂', finder: '保安 赵强', description: '黑色钱包' })
 */
export const lostItemSchema = z.looseObject({
  id: z.string().check(z.minLength(1)),
  foundAt: instantSchema,
  foundPlace: z.string().check(z.minLength(1)),
  finder: z.string().check(z.minLength(1)),
  description: z.string().check(z.minLength(1)),
  itemClass: z.optional(lostItemClassSchema),
  /** 妥善保管: where and by whom. */
  storage: z.optional(z.object({ at: instantSchema, place: z.string().check(z.minLength(1)), keeper: z.string().check(z.minLength(1)) })),
  /** 优先返还权利人: notices posted or the owner contacted. */
  ownerSearches: z.optional(z.array(z.object({ at: instantSchema, means: z.string().check(z.minLength(1)) }))),
  /** 失主认领: the valid ID checked and logged. */
  claim: z.optional(z.object({
      at: instantSchema,
      claimant: z.string().check(z.minLength(1)),
      idChecked: z.boolean(),
      idDocument: z.optional(z.object({ type: z.string().check(z.minLength(1)), number: z.string().check(z.minLength(1)) })),
      loggedBy: z.optional(z.string()),
    })),
  /** 公安部门最终处置 */
  policeHandOver: z.optional(z.object({ at: instantSchema, station: z.string().check(z.minLength(1)), receiptNo: z.optional(z.string()) })),
  /** Any other end (discarded, sold, kept by staff…): not allowed. */
  otherDisposal: z.optional(z.object({ at: instantSchema, how: z.string().check(z.minLength(1)) })),
});
/** A found item (see {@link lostItemSchema}). @example const l: LostItem = { id: 'L-1', foundAt: '2026-05-06T09:30:00+08:00', foundPlace: '大堂', finder: '赵强', description: '钱包' }; */
export type LostItem = z.infer<typeof lostItemSchema>;

/** @internal Labels of a found item's fields, for Chinese error texts and `data.missing`. */
export const LOST_ITEM_FIELD_LABELS: FieldLabels = {
  foundAt: text('拾得时间', 'found at'),
  foundPlace: text('拾得地点', 'found at place'),
  finder: text('拾得人', 'finder'),
  description: text('物品描述', 'description'),
  itemClass: text('物品分类', 'item class'),
  storage: text('保管记录', 'storage'),
  place: text('存放地点', 'place'),
  keeper: text('保管人', 'keeper'),
  ownerSearches: text('寻找失主记录', 'owner searches'),
  means: text('寻找方式', 'means'),
  claim: text('认领记录', 'claim'),
  claimant: text('认领人', 'claimant'),
  idChecked: text('查验有效证件', 'ID check'),
  idDocument: text('证件登记', 'ID logged'),
  type: text('证件类型', 'ID type'),
  number: text('证件号码', 'ID number'),
  loggedBy: text('登记人', 'logged by'),
  policeHandOver: text('送交公安记录', 'police hand-over'),
  station: text('派出所', 'police station'),
  receiptNo: text('回执号', 'receipt number'),
  otherDisposal: text('其他处置', 'other disposal'),
  how: text('处置方式', 'how'),
};
