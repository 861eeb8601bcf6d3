import * as z from 'zod/mini';
import { instantMiniSchema as instantSchema } from '../../core/mini-schemas';
import type { LocalizedText } from '../../core/text';
import { text } from '../../core/text';
import type { FieldLabels } from '../../core/validate';

/**
 * Why a key is left with the service centre: custody in a special case 特殊情况代管, or only
 * so that staff can carry out a repair 返修 or a gas connection 燃气开通
 * (《物业客户服务类服务标准表》 客户物品代管 1).
 *
 * @example
 * keyPurposeSchema.parse('gas-connection')
 */
export const keyPurposeSchema = z.enum(['custody', 'repair', 'gas-connection']);
/** Why a key is left (see {@link keyPurposeSchema}). @example const p: KeyPurpose = 'repair'; */
export type KeyPurpose = z.infer<typeof keyPurposeSchema>;

const signedHandoverSchema = z.object({
  at: instantSchema,
  /** Who handed the key over (the customer) and who received it (staff). */
  handedBy: z.string().check(z.minLength(1)),
  receivedBy: z.string().check(z.minLength(1)),
  customerSigned: z.boolean(),
  staffSigned: z.boolean(),
});

/**
 * One use of a kept key — a line of 《服务中心工作手册》 QR-007 入户门钥匙外借记录表 (title only in
 * the handbook): when it went out, to whom, why, and when it came back.
 *
 * @example
 * keyUseSchema.parse({ at: '2026-05-07T10:00:00+08:00', by: '维修工 刘强', purpose: '厨房漏水返修', returnedAt: '2026-05-07T11:30:00+08:00' })
 */
export const keyUseSchema = z.looseObject({
  at: instantSchema,
  by: z.optional(z.string()),
  purpose: z.optional(z.string()),
  returnedAt: z.optional(instantSchema),
});
/** One use of a kept key (see {@link keyUseSchema}). @example const u: KeyUse = { at: '2026-05-07T10:00:00+08:00', by: '刘强', purpose: '返修' }; */
export type KeyUse = z.infer<typeof keyUseSchema>;

/**
 * A customer's key left with the service centre — 《服务中心工作手册》 QR-006
 * 业主委托管理处保管钥匙单 (title only) with the requirements of 《物业客户服务类服务标准表》
 * 客户物品代管 1. Extra host fields are kept.
 *
 * @example
 * keyCustodySchema.parse({ id: 'K-1', unit: '3栋1201', owner: '王建国', purpose: 'repair', receivedAt: '2026-05-06T09:30:00+08:00' })
 */
export const keyCustodySchema = z.looseObject({
  id: z.string().check(z.minLength(1)),
  unit: z.string().check(z.minLength(1)),
  owner: z.string().check(z.minLength(1)),
  purpose: keyPurposeSchema,
  /** The special circumstance that justifies custody (原则上不提供). */
  specialReason: z.optional(z.string()),
  receivedAt: instantSchema,
  /** 交接手续，双方签字确认 */
  handover: z.optional(signedHandoverSchema),
  /** 代管委托书 */
  agreement: z.optional(z.object({ at: instantSchema, reference: z.string().check(z.minLength(1)) })),
  /** 登记 (repair / gas connection) */
  registration: z.optional(z.object({ at: instantSchema, by: z.string().check(z.minLength(1)) })),
  /** 指定专人管理 */
  keeper: z.optional(z.string()),
  /** 使用有登记 (QR-007) */
  uses: z.optional(z.array(keyUseSchema)),
  returnedToOwnerAt: z.optional(instantSchema),
});
/** A key left with the centre (see {@link keyCustodySchema}). @example const k: KeyCustody = { id: 'K-1', unit: '3栋1201', owner: '王建国', purpose: 'custody', receivedAt: '2026-05-06T09:30:00+08:00' }; */
export type KeyCustody = z.infer<typeof keyCustodySchema>;

/**
 * The kinds of key the construction side hands to the customer centre (《客服制度》 钥匙管理规定 1):
 * vacant units 空置单元, show flats 样板房, mailboxes 信箱, plant rooms 设备房, offices 办公室.
 *
 * @example
 * constructionKeyCategorySchema.parse('plant-room')
 */
export const constructionKeyCategorySchema = z.enum(['vacant-unit', 'show-flat', 'mailbox', 'plant-room', 'office']);
/** A kind of handed-over key (see {@link constructionKeyCategorySchema}). @example const c: ConstructionKeyCategory = 'mailbox'; */
export type ConstructionKeyCategory = z.infer<typeof constructionKeyCategorySchema>;

/**
 * A batch of keys handed over by the construction side (委托施工部门向客户中心移交) for acceptance
 * (《客服制度》 钥匙管理规定 1). Each line: the category, the lock it opens, how many keys the list
 * says and how many arrived, and whether each was tried in its lock. Extra host fields are kept.
 *
 * @example
 * constructionKeyHandoverSchema.parse({ id: 'KH-1', handedOverAt: '2026-05-06T09:30:00+08:00', from: '工程部', receivedBy: '客服中心 张丽', keys: [{ category: 'mailbox', label: '3栋信箱', listed: 24, received: 24, tried: true }] })
 */
export const constructionKeyHandoverSchema = z.looseObject({
  id: z.string().check(z.minLength(1)),
  handedOverAt: instantSchema,
  from: z.string().check(z.minLength(1)),
  receivedBy: z.string().check(z.minLength(1)),
  keys: z.array(
    z.looseObject({
      category: constructionKeyCategorySchema,
      label: z.string().check(z.minLength(1)),
      listed: z.int().check(z.nonnegative()),
      received: z.int().check(z.nonnegative()),
      tried: z.boolean(),
    }),
  ),
  /** The acceptance record signed by both sides. */
  acceptance: z.optional(z.object({ at: instantSchema, handedOverSigned: z.boolean(), receivedSigned: z.boolean() })),
});
/** A construction-side key hand-over (see {@link constructionKeyHandoverSchema}). @example const h: ConstructionKeyHandover = { id: 'KH-1', handedOverAt: '2026-05-06T09:30:00+08:00', from: '工程部', receivedBy: '张丽', keys: [] }; */
export type ConstructionKeyHandover = z.infer<typeof constructionKeyHandoverSchema>;

/** @internal The purposes in Chinese and English, for messages. */
export const KEY_PURPOSE_LABELS: Readonly<Record<KeyPurpose, LocalizedText>> = {
  custody: text('代管', 'custody'),
  repair: text('返修', 'a repair'),
  'gas-connection': text('燃气开通', 'a gas connection'),
};

/** @internal Labels of the custody record's and the hand-over batch's fields, for Chinese error texts and `data.missing`. */
export const KEYS_FIELD_LABELS: FieldLabels = {
  owner: text('业主', 'owner'),
  purpose: text('用途', 'purpose'),
  specialReason: text('特殊情况', 'special circumstance'),
  receivedAt: text('收存时间', 'received at'),
  handover: text('交接手续', 'hand-over'),
  handedBy: text('移交人', 'handed over by'),
  receivedBy: text('接收人', 'received by'),
  customerSigned: text('客户签字', 'customer signature'),
  staffSigned: text('管理处签字', 'staff signature'),
  agreement: text('代管委托书', 'custody agreement'),
  reference: text('委托书编号', 'agreement reference'),
  registration: text('登记', 'registration'),
  keeper: text('指定保管人', 'named keeper'),
  uses: text('使用登记', 'use log'),
  returnedAt: text('归还时间', 'returned at'),
  returnedToOwnerAt: text('交还业主时间', 'returned to the owner at'),
  handedOverAt: text('移交时间', 'handed over at'),
  from: text('移交方', 'handed over by'),
  keys: text('钥匙清单', 'key list'),
  category: text('钥匙类别', 'key kind'),
  label: text('钥匙名称', 'key label'),
  listed: text('清单数量', 'listed count'),
  received: text('实收数量', 'received count'),
  tried: text('试开', 'tried'),
  acceptance: text('验收记录', 'acceptance record'),
  handedOverSigned: text('移交方签字', 'handing side signature'),
  receivedSigned: text('接收方签字', 'receiving side signature'),
};
