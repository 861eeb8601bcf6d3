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
