import type { CheckOptions } from '../../core/check-options';
import { isoToEpochMs } from '../../core/iso';
import { paramValue } from '../../core/policy';
import type { Rule, Violation } from '../../core/rule';
import { applicable, defineRule, violation } from '../../core/rule';
import { cite } from '../../core/source';
import type { LocalizedText } from '../../core/text';
import { text } from '../../core/text';
import { parseInput } from '../../core/validate';
import { checkOptions } from '../../core/check-options';
import { approverRoles } from './policy';
import type { RecordAccessRequest } from './schema';
import { CUSTOMER_RECORDS_FIELD_LABELS, recordAccessRequestSchema } from './schema';

type AccessFacts = { requester: string; file: string };

const noKeeper = defineRule<AccessFacts>({
  id: 'customer-records.no-designated-keeper',
  severity: 'warning',
  source: cite('STD', '客户信息管理 2'),
  title: text('客户档案由专人管理', 'Customer files have a designated keeper'),
  parameters: [],
  message: (d) => text(`客户档案 ${d.file} 未指定专人管理。`, `Customer file ${d.file} has no designated keeper.`),
});

const notRegistered = defineRule<AccessFacts>({
  id: 'customer-records.not-registered',
  severity: 'error',
  source: cite('STD', '客户信息管理 2'),
  title: text('非资料管理员查阅、借阅须登记，留存记录；借阅一律登记', 'A non-keeper\'s reading or borrowing is registered and kept on record; every loan is registered'),
  parameters: [],
  message: (d) => text(`${d.requester} 查阅/借阅客户档案 ${d.file} 未登记。`, `${d.requester}'s access to customer file ${d.file} is not registered.`),
});

const notApproved = defineRule<AccessFacts & { approvedBy: string | null }>({
  id: 'customer-records.not-approved',
  severity: 'error',
  source: cite('STD', '客户信息管理 2'),
  title: text('非资料管理员查阅、借阅须经项目负责人审批同意', 'A non-keeper needs the project head\'s approval'),
  parameters: [approverRoles],
  message: (d) =>
    d.approvedBy
      ? text(`${d.requester} 查阅客户档案 ${d.file} 的审批人 ${d.approvedBy} 不是项目负责人。`, `The approval of ${d.requester}'s access to ${d.file} is by ${d.approvedBy}, not the project head.`)
      : text(`${d.requester} 不是资料管理员，查阅客户档案 ${d.file} 未经项目负责人审批。`, `${d.requester} is not the keeper and has no project-head approval for customer file ${d.file}.`),
});

const noPermission = defineRule<AccessFacts>({
  id: 'customer-records.no-electronic-permission',
  severity: 'error',
  source: cite('STD', '客户信息管理 3'),
  title: text('客户信息的电子文件须设置查阅权限', 'Electronic customer files are access-controlled'),
  parameters: [],
  message: (d) => text(`${d.requester} 在系统中没有客户档案 ${d.file} 的查阅权限。`, `${d.requester} holds no access right to electronic customer file ${d.file}.`),
});

const disclosure = defineRule<AccessFacts>({
  id: 'customer-records.no-disclosure',
  severity: 'error',
  source: cite('OFFICE', '六.3'),
  title: text('对档案资料严格保密，不得泄露客户隐私', 'Files are kept strictly confidential; customers\' privacy is never disclosed'),
  parameters: [],
  message: (d) => text(`拒绝向外提供客户档案 ${d.file}（申请人 ${d.requester}）：不得泄露客户隐私。`, `Passing customer file ${d.file} outside (asked by ${d.requester}) is refused: customers' privacy is not disclosed.`),
});

/**
 * Every rule of the customer-records procedure, by name.
 *
 * @example
 * customerRecordsRules.notApproved.id // 'customer-records.not-approved'
 */
export const customerRecordsRules = Object.freeze({ noKeeper, notRegistered, notApproved, noPermission, disclosure }) satisfies Record<string, Rule<never>>;

/**
 * The decision on an access request: allowed or not, the reasons (in both languages, met and
 * unmet), and the violations (an error denies; a warning does not).
 *
 * @example
 * const d: RecordAccessDecision = checkRecordAccess(request, { asOf: request.at }); if (!d.allowed) console.log(d.reasons);
 */
export interface RecordAccessDecision {
  readonly allowed: boolean;
  readonly reasons: readonly LocalizedText[];
  readonly violations: readonly Violation[];
}

/**
 * Decides and explains a request to read, borrow or pass on a customer file
 * (《物业客户服务类服务标准表》 客户信息管理 2、3; 《写字楼物业客服工作制度范例》 六.3、六.4): the
 * designated keeper may read; anyone else needs a registration and the project head's approval;
 * electronic files need the system access right; every loan is registered; nothing is disclosed
 * outside. The decision is made at the request's own instant (`request.at`): the rules set no
 * time limit, so `options.asOf` is checked but changes nothing. Invalid input is a typed
 * error; the request is not changed.
 *
 * @example
 * checkRecordAccess({ at: '2026-05-06T09:30:00+08:00', requester: { name: '刘强', role: 'engineer' }, action: 'view', file: { ref: '3栋1201', medium: 'paper', keeper: '孙娜' } }, { asOf: '2026-05-06T09:30:00+08:00' })
 * // { allowed: false, reasons: [{ 'zh-CN': '申请人不是该档案的资料管理员（孙娜）', … }, …], violations: [not-registered, not-approved] }
 */
export function checkRecordAccess(request: RecordAccessRequest, options: CheckOptions): RecordAccessDecision {
  parseInput(recordAccessRequestSchema, request, text('客户档案查阅申请', 'record access request'), CUSTOMER_RECORDS_FIELD_LABELS);
  const { policy } = checkOptions(options);
  const facts: AccessFacts = { requester: request.requester.name, file: request.file.ref };
  const at = isoToEpochMs(request.at)!;
  const inTime = <T extends { at: string }>(e: T | undefined): e is T => e !== undefined && isoToEpochMs(e.at)! <= at;
  const reasons: LocalizedText[] = [];
  const violations: Violation[] = [];

  // Reading: OFFICE 六.3 states no exception, so a disclosure is refused whatever is on record.
  if (request.action === 'disclose') {
    reasons.push(text('对外提供客户档案：不得泄露客户隐私', 'Passing a customer file outside: privacy is never disclosed'));
    violations.push(violation(disclosure, facts, policy));
    return { allowed: false, reasons, violations: applicable(violations, policy) };
  }
  const keeper = request.file.keeper;
  if (keeper === undefined) violations.push(violation(noKeeper, facts, policy));
  // Reading: the keeper is the person the file names, compared by name; with none, everyone is a non-keeper.
  const isKeeper = keeper !== undefined && keeper === request.requester.name;
  reasons.push(isKeeper ? text(`申请人是该档案的资料管理员（${keeper}）`, `The requester is the file's designated keeper (${keeper})`) : text(`申请人不是该档案的资料管理员（${keeper ?? '未指定'}）`, `The requester is not the file's designated keeper (${keeper ?? 'none designated'})`));

  const roles = paramValue(policy, approverRoles);
  const isApprover = roles.includes(request.requester.role);
  // STD 2: a non-keeper registers every access; OFFICE 六.4: every loan is registered, the keeper's too.
  if (!isKeeper || request.action === 'borrow') {
    if (inTime(request.registration)) reasons.push(text(`已登记（${request.registration.by}）`, `Registered (by ${request.registration.by})`));
    else {
      reasons.push(text(request.action === 'borrow' && isKeeper ? '借阅未登记' : '查阅、借阅未登记', 'Not registered'));
      violations.push(violation(notRegistered, facts, policy));
    }
  }
  if (!isKeeper) {
    const approval = inTime(request.approval) ? request.approval : undefined;
    if (isApprover) reasons.push(text('申请人本人即审批人（项目负责人）', 'The requester is the approver (project head)'));
    else if (approval && roles.includes(approval.role)) reasons.push(text(`已经项目负责人 ${approval.by} 审批同意`, `Approved by the project head ${approval.by}`));
    else {
      reasons.push(approval ? text(`审批人 ${approval.by}（${approval.role}）无审批权`, `${approval.by} (${approval.role}) may not approve`) : text('未经项目负责人审批', 'No approval by the project head'));
      violations.push(violation(notApproved, { ...facts, approvedBy: approval ? approval.by : null }, policy));
    }
  }
  if (request.file.medium === 'electronic') {
    if (request.systemPermission === true) reasons.push(text('电子文件：申请人具备系统查阅权限', 'Electronic file: the requester holds the access right'));
    else {
      reasons.push(text('电子文件：申请人没有系统查阅权限', 'Electronic file: the requester holds no access right'));
      violations.push(violation(noPermission, facts, policy));
    }
  }
  const judged = applicable(violations, policy);
  const allowed = !judged.some((v) => v.severity === 'error');
  return { allowed, reasons, violations: judged };
}
