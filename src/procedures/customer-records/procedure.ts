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
  summary: text(
    '客户档案由专人管理；非资料管理员查阅、借阅须登记并经项目负责人审批同意，留存记录；电子文件须设置查阅权限；借阅登记；严格保密，不得泄露客户隐私。checkRecordAccess 给出决定与理由。',
    "Customer files have a designated keeper; anyone else registers and needs the project head's approval, kept on record; electronic files are access-controlled; loans are registered; files are confidential and privacy is never disclosed. checkRecordAccess decides and explains.",
  ),
  sources: [cite('STD', '客户信息管理 1–3'), cite('OFFICE', '六 文件档案管理'), cite('STD', '客户沟通 通知通告 2')],
  parameters: [...CORE_PARAMETERS, ...Object.values(customerRecordsParameters), ...Object.values(customerFileParameters)],
  packs: Object.values(customerRecordsPacks),
  rules: [...Object.values(customerRecordsRules), ...Object.values(customerFileRules)] as Rule<never>[],
  schemas: { request: recordAccessRequestSchema, file: customerFileSchema, notice: noticeSchema },
  // The decision's violations: a log of past requests is checked as the decisions it should have had.
  checkInput: { shapes: ['request'] },
  check: (request, options) => [...checkRecordAccess(request as RecordAccessRequest, options).violations],
  readings: [
    text(
      '资料管理员即档案记录中指定的管理人（file.keeper），按姓名比对；未指定时人人按非资料管理员处理。',
      'The keeper is the person the file names (file.keeper), compared by name; with none designated, everyone is a non-keeper.',
    ),
    text(
      '登记与审批须在查阅之时或之前；事后补办不算。电子文件的系统权限不能由登记或审批代替。',
      'The registration and the approval must be made at or before the access; after the fact does not count. The system access right to an electronic file is not replaced by a registration or an approval.',
    ),
    text(
      '决定以申请本身的时间为准，规定没有时限：检查仍须给出判断时刻（asOf），但判断时刻不改变结果。',
      'The decision is made at the request’s own instant and the rules set no time limit: a check still takes asOf, but asOf does not change the result.',
    ),
  ],
});
