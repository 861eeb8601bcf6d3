import * as z from 'zod/mini';
import { instantMiniSchema as instantSchema } from '../../core/mini-schemas';
import { text } from '../../core/text';
import type { FieldLabels } from '../../core/validate';

/**
 * What the requester wants to do with a customer file: read it 查阅, take it out 借阅, or pass
 * it to someone outside 对外提供 (《写字楼物业客服工作制度范例》 六.3: 不得泄露客户隐私).
 *
 * @example
 * recordActionSchema.parse('borrow')
 */
export const recordActionSchema = z.enum(['view', 'borrow', 'disclose']);
/** What the requester wants to do (see {@link recordActionSchema}). @example const a: RecordAction = 'view'; */
export type RecordAction = z.infer<typeof recordActionSchema>;

/**
 * A request to access a customer file 客户档案 (《物业客户服务类服务标准表》 客户信息管理 2、3;
 * 《写字楼物业客服工作制度范例》 六): who asks, for what, which file (paper or electronic, and
 * its designated keeper), and the registration, approval, system permission and borrowing
 * log on record. Extra host fields are kept.
 *
 * @example
 * recordAccessRequestSchema.parse({ at: '2026-05-06T09:30:00+08:00', requester: { name: '工程部 刘强', role: 'engineer' }, action: 'view', file: { ref: '3栋1201', medium: 'paper', keeper: '资料员 孙娜' } })
 */
export const recordAccessRequestSchema = z.looseObject({
  id: z.optional(z.string().check(z.minLength(1))),
  at: instantSchema,
  requester: z.looseObject({ name: z.string().check(z.minLength(1)), role: z.string().check(z.minLength(1)) }),
  action: recordActionSchema,
  purpose: z.optional(z.string()),
  file: z.looseObject({
    ref: z.string().check(z.minLength(1)),
    medium: z.enum(['paper', 'electronic']),
    /** 专人管理: the designated keeper (资料管理员) of the file. */
    keeper: z.optional(z.string().check(z.minLength(1))),
  }),
  /** 登记: the request entered in the access register. */
  registration: z.optional(z.object({ at: instantSchema, by: z.string().check(z.minLength(1)) })),
  /** 项目负责人审批同意 */
  approval: z.optional(z.object({ at: instantSchema, by: z.string().check(z.minLength(1)), role: z.string().check(z.minLength(1)) })),
  /** 电子文件查阅权限: whether the requester holds the access right in the system. */
  systemPermission: z.optional(z.boolean()),
  /** 借阅登记: when the file goes out and is due back. */
  borrowLog: z.optional(z.object({ at: instantSchema, dueBackAt: z.optional(instantSchema) })),
});
/** A request to access a customer file (see {@link recordAccessRequestSchema}). @example const r: RecordAccessRequest = { at: '2026-05-06T09:30:00+08:00', requester: { name: '刘强', role: 'engineer' }, action: 'view', file: { ref: '3-1201', medium: 'paper' } }; */
export type RecordAccessRequest = z.infer<typeof recordAccessRequestSchema>;

/** @internal Labels of the request's fields, for Chinese error texts. */
export const CUSTOMER_RECORDS_FIELD_LABELS: FieldLabels = {
  at: text('查阅时间', 'at'),
  requester: text('申请人', 'requester'),
  role: text('角色', 'role'),
  action: text('查阅方式', 'action'),
  purpose: text('用途', 'purpose'),
  file: text('档案', 'file'),
  ref: text('档案编号', 'file reference'),
  medium: text('载体', 'medium'),
  keeper: text('资料管理员', 'keeper'),
  registration: text('登记', 'registration'),
  approval: text('审批', 'approval'),
  systemPermission: text('系统查阅权限', 'system permission'),
  borrowLog: text('借阅登记', 'borrowing log'),
  dueBackAt: text('应归还时间', 'due back at'),
};
