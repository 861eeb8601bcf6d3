import * as z from 'zod/mini';
import { derivePacks } from '../../core/derive-packs';
import { defineParameter } from '../../core/parameter';
import type { PolicyPack } from '../../core/policy';
import { cite } from '../../core/source';
import { text } from '../../core/text';

/**
 * @internal The roles whose approval lets a non-keeper read or borrow a customer file: the project head
 * 项目负责人 (《物业客户服务类服务标准表》 客户信息管理 2). Role strings are the host's own.
 *
 * @example
 * paramValue(undefined, approverRoles) // ['project-head']
 */
export const approverRoles = defineParameter<string[]>({
  id: 'customerRecords.approverRoles',
  title: text('可审批查阅、借阅客户档案的角色', 'Roles that may approve access to a customer file'),
  unit: 'list',
  schema: z.array(z.string().check(z.minLength(1))).check(z.minLength(1)),
  default: ['project-head'],
  defaultFrom: 'STD',
  source: cite('STD', '客户信息管理 2'),
  reading: text(
    '角色以主机系统的角色名比对；默认 project-head 即项目负责人。项目负责人本人查阅时视为已审批，但仍须登记。',
    'Roles are compared by the host system\'s role names; the default project-head is the 项目负责人. The project head\'s own access counts as approved, but is still registered.',
  ),
});

/**
 * The parameters of the customer-records procedure, by name (the core ones, `core.zone` and
 * `core.dayCounting`, apply to every procedure).
 *
 * @example
 * customerRecordsParameters.approverRoles.default // ['project-head']
 */
export const customerRecordsParameters = Object.freeze({ approverRoles });

// ── Customer files and notices (appended: OFFICE 六.1; STD 客户沟通 通知通告 2) ──

/** A part of a customer file (OFFICE 六.1). @example const p: CustomerFilePart = 'payments'; */
export type CustomerFilePart = 'basicInfo' | 'serviceRecords' | 'payments';

/**
 * @internal OFFICE 六.1: a customer file holds the customer's basic details, service records and
 * payments.
 *
 * @example
 * paramValue(undefined, customerFileParts) // ['basicInfo', 'serviceRecords', 'payments']
 */
export const customerFileParts = defineParameter<readonly CustomerFilePart[]>({
  id: 'customerRecords.fileParts',
  title: text('客户档案须含内容', 'What a customer file holds'),
  unit: 'checklist',
  schema: z.array(z.enum(['basicInfo', 'serviceRecords', 'payments'])).check(z.minLength(1)),
  default: ['basicInfo', 'serviceRecords', 'payments'],
  defaultFrom: 'OFFICE',
  source: cite('OFFICE', '六.1'),
  reading: text(
    '“建立完善的客户档案，包括客户基本信息、服务记录、缴费情况等”：三部分都须存在（basicInfo 非空；serviceRecords、payments 为记录列表，新客户可为空列表但须建立）。“等”不再扩展。',
    '"A complete customer file, including basic details, service records, payments…": all three parts exist (basicInfo not empty; serviceRecords and payments are lists, which may be empty for a new customer but must exist). The "…" is not extended.',
  ),
});

/**
 * @internal STD 客户沟通 通知通告 2: who approves a notice before it is published to customers.
 *
 * @example
 * paramValue(undefined, noticeApproverRoles) // ['project-head']
 */
export const noticeApproverRoles = defineParameter<readonly string[]>({
  id: 'customerRecords.noticeApproverRoles',
  title: text('通知通告的审批人角色', 'Roles that approve a notice'),
  unit: 'list',
  schema: z.array(z.string().check(z.minLength(1))).check(z.minLength(1)),
  default: ['project-head'],
  defaultFrom: 'STD',
  source: cite('STD', '客户沟通 通知通告 2'),
  reading: text(
    '“通过项目公告栏、广播等方式向客户发布信息，必须经项目负责人审批”：发布（publishedAt）之前须有此角色的审批（approval.at 不晚于发布）。角色名为主机系统的角色名。',
    '"Information published to customers by notice board, broadcast and the like is approved by the project head": an approval by this role exists no later than publication (approval.at ≤ publishedAt). Role names are the host system\'s.',
  ),
});

/**
 * The parameters of customer files and notices, by name (see `checkCustomerFile`, `checkNotice`).
 *
 * @example
 * customerFileParameters.fileParts.default.length // 3
 */
export const customerFileParameters = Object.freeze({ fileParts: customerFileParts, noticeApproverRoles });

/**
 * The customer-records slice of each source document's pack, derived from the parameters.
 *
 * @example
 * const policy = composePolicy(customerRecordsPacks.STD, { 'customerRecords.approverRoles': ['project-head', 'service-manager'] });
 */
export const customerRecordsPacks: Readonly<Record<'STD' | 'OFFICE', PolicyPack>> = derivePacks<'STD' | 'OFFICE'>({ ...customerRecordsParameters, ...customerFileParameters });
