/**
 * `wuye-rules/customer-records` — access to customer files 客户信息与档案
 * (《物业客户服务类服务标准表》 客户信息管理; 《写字楼物业客服工作制度范例》 六). Rules only: no xstate,
 * no luxon.
 *
 * @example
 * import { checkRecordAccess } from 'wuye-rules/customer-records';
 * checkRecordAccess(request, { asOf: request.at }).allowed
 *
 * @module
 */
export type { RecordAction, RecordAccessRequest } from './schema';
export { recordAccessRequestSchema } from './schema';
export { customerFileParameters, customerRecordsPacks, customerRecordsParameters } from './policy';
export type { CustomerFilePart } from './policy';
export type { RecordAccessDecision } from './rules';
export { checkRecordAccess, customerRecordsRules } from './rules';
export { customerRecordsProcedure } from './procedure';
export type { CustomerFile, Notice } from './files-and-notices';
export { checkCustomerFile, checkNotice, customerFileRules, customerFileSchema, noticeSchema } from './files-and-notices';
