import type { ProcedureDocs } from '../../core/procedure-docs';
import type { LocalizedText } from '../../core/text';
import { text } from '../../core/text';

// The readings of ambiguous parameters, by parameter id.
const P: Readonly<Record<string, LocalizedText>> = {
  'customerRecords.approverRoles': text(
    '角色以主机系统的角色名比对；默认 project-head 即项目负责人。项目负责人本人查阅时视为已审批，但仍须登记。',
    'Roles are compared by the host system\'s role names; the default project-head is the 项目负责人. The project head\'s own access counts as approved, but is still registered.',
  ),
  'customerRecords.fileParts': text(
    '“建立完善的客户档案，包括客户基本信息、服务记录、缴费情况等”：三部分都须存在（basicInfo 非空；serviceRecords、payments 为记录列表，新客户可为空列表但须建立）。“等”不再扩展。',
    '"A complete customer file, including basic details, service records, payments…": all three parts exist (basicInfo not empty; serviceRecords and payments are lists, which may be empty for a new customer but must exist). The "…" is not extended.',
  ),
  'customerRecords.noticeApproverRoles': text(
    '“通过项目公告栏、广播等方式向客户发布信息，必须经项目负责人审批”：发布（publishedAt）之前须有此角色的审批（approval.at 不晚于发布）。角色名为主机系统的角色名。',
    '"Information published to customers by notice board, broadcast and the like is approved by the project head": an approval by this role exists no later than publication (approval.at ≤ publishedAt). Role names are the host system\'s.',
  ),
};

/**
 * What the generated docs say about this procedure and the runtime does not carry: its summary,
 * the readings it takes as a whole, and the reading of each ambiguous parameter and rule.
 *
 * @example
 * customerRecordsDocs.summary['zh-CN'].length > 0 // true
 */
export const customerRecordsDocs: ProcedureDocs = {
  name: 'customer-records',
  summary: text(
    '客户档案由专人管理；非资料管理员查阅、借阅须登记并经项目负责人审批同意，留存记录；电子文件须设置查阅权限；借阅登记；严格保密，不得泄露客户隐私。checkRecordAccess 给出决定与理由。',
    "Customer files have a designated keeper; anyone else registers and needs the project head's approval, kept on record; electronic files are access-controlled; loans are registered; files are confidential and privacy is never disclosed. checkRecordAccess decides and explains.",
  ),
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
  parameters: P,
  rules: {
    'customer-records.file-incomplete': P['customerRecords.fileParts']!,
    'customer-records.notice-unapproved': P['customerRecords.noticeApproverRoles']!,
    'customer-records.no-designated-keeper': text('未指定管理员不阻止本次查阅，但任何人均按“非资料管理员”处理（须登记和审批）。', 'A missing keeper does not block this access, but everyone is then treated as a non-keeper (registration and approval needed).'),
    'customer-records.not-registered': text('借阅登记对所有人适用，包括资料管理员本人（《写字楼物业客服工作制度范例》 六.4 做好档案借阅登记）。登记须在查阅之时或之前。', 'Registering a loan applies to everyone, the keeper included (《写字楼物业客服工作制度范例》 六.4). The registration is made at or before the access.'),
    'customer-records.no-electronic-permission': text('电子文件只有在系统中具备查阅权限者方可查阅，资料管理员亦然；登记与审批不能代替系统权限。', 'An electronic file is open only to those holding the access right in the system, the keeper included; registration and approval do not replace it.'),
    'customer-records.no-disclosure': text('条文无例外，故任何对外提供一律拒绝；依法调取（如公安、法院）须由主机在本库之外按法定程序处理。', 'The clause has no exception, so every disclosure is refused; lawful demands (police, courts) are handled by the host outside the library under their own procedure.'),
  },
};
