import * as z from 'zod';
import { instantSchema } from '../../core/instant-schema';

/**
 * Why a key is left with the service centre: custody in a special case 特殊情况代管, or only
 * so that staff can carry out a repair 返修 or a gas connection 燃气开通
 * (《物业客户服务类服务标准表》 客户物品代管 1).
 *
 * @example
 * keyPurposeSchema.parse('gas-connection')
 */
export const keyPurposeSchema = z.enum(['custody', 'repair', 'gas-connection']);
/** @example const p: KeyPurpose = 'repair'; */
export type KeyPurpose = z.infer<typeof keyPurposeSchema>;

const signedHandoverSchema = z.object({
  at: instantSchema,
  /** Who handed the key over (the customer) and who received it (staff). */
  handedBy: z.string().min(1),
  receivedBy: z.string().min(1),
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
  by: z.string().optional(),
  purpose: z.string().optional(),
  returnedAt: instantSchema.optional(),
});
/** @example const u: KeyUse = { at: '2026-05-07T10:00:00+08:00', by: '刘强', purpose: '返修' }; */
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
  id: z.string().min(1),
  unit: z.string().min(1),
  owner: z.string().min(1),
  purpose: keyPurposeSchema,
  /** The special circumstance that justifies custody (原则上不提供). */
  specialReason: z.string().optional(),
  receivedAt: instantSchema,
  /** 交接手续，双方签字确认 */
  handover: signedHandoverSchema.optional(),
  /** 代管委托书 */
  agreement: z.object({ at: instantSchema, reference: z.string().min(1) }).optional(),
  /** 登记 (repair / gas connection) */
  registration: z.object({ at: instantSchema, by: z.string().min(1) }).optional(),
  /** 指定专人管理 */
  keeper: z.string().optional(),
  /** 使用有登记 (QR-007) */
  uses: z.array(keyUseSchema).optional(),
  returnedToOwnerAt: instantSchema.optional(),
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
/** @example const c: ConstructionKeyCategory = 'mailbox'; */
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
  id: z.string().min(1),
  handedOverAt: instantSchema,
  from: z.string().min(1),
  receivedBy: z.string().min(1),
  keys: z.array(
    z.looseObject({
      category: constructionKeyCategorySchema,
      label: z.string().min(1),
      listed: z.number().int().nonnegative(),
      received: z.number().int().nonnegative(),
      tried: z.boolean(),
    }),
  ),
  /** The acceptance record signed by both sides. */
  acceptance: z.object({ at: instantSchema, handedOverSigned: z.boolean(), receivedSigned: z.boolean() }).optional(),
});
/** A construction-side key hand-over (see {@link constructionKeyHandoverSchema}). @example const h: ConstructionKeyHandover = { id: 'KH-1', handedOverAt: '2026-05-06T09:30:00+08:00', from: '工程部', receivedBy: '张丽', keys: [] }; */
export type ConstructionKeyHandover = z.infer<typeof constructionKeyHandoverSchema>;
