import { CORE_PARAMETERS } from '../../core/core-parameters';
import { defineProcedure } from '../../core/procedure';
import type { Rule } from '../../core/rule';
import { cite } from '../../core/source';
import { text } from '../../core/text';
import { customerFileParameters, customerRecordsPacks, customerRecordsParameters } from './policy';
import { customerFileRules, customerFileSchema, noticeSchema } from './files-and-notices';
import { checkRecordAccess, customerRecordsRules } from './rules';
import type { RecordAccessRequest } from './schema';
import { recordAccessRequestSchema } from './schema';

/**
 * The customer-records procedure as data (no machine: an access decision).
 *
 * @example
 * customerRecordsProcedure.name // 'customer-records'
 */
export const customerRecordsProcedure = defineProcedure({
  name: 'customer-records',
  title: text('客户信息与档案管理', 'Customer records'),
  sources: [cite('STD', '客户信息管理 1–3'), cite('OFFICE', '六 文件档案管理'), cite('STD', '客户沟通 通知通告 2')],
  parameters: [...CORE_PARAMETERS, ...Object.values(customerRecordsParameters), ...Object.values(customerFileParameters)],
  packs: Object.values(customerRecordsPacks),
  rules: [...Object.values(customerRecordsRules), ...Object.values(customerFileRules)] as Rule<never>[],
  schemas: { request: recordAccessRequestSchema, file: customerFileSchema, notice: noticeSchema },
  // The decision's violations: a log of past requests is checked as the decisions it should have had.
  checkInput: { shapes: ['request'] },
  check: (request, options) => [...checkRecordAccess(request as RecordAccessRequest, options).violations],
});
