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

/**
 * The customer-records slice of each source document's pack, derived from the parameters.
 *
 * @example
 * const policy = composePolicy(customerRecordsPacks.STD, { 'customerRecords.approverRoles': ['project-head', 'service-manager'] });
 */
export const customerRecordsPacks: Readonly<Record<'STD', PolicyPack>> = derivePacks<'STD'>(customerRecordsParameters);
