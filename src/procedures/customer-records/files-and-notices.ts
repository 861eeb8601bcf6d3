// What a customer file must contain (《写字楼物业客服工作制度范例》 六.1) and the project head's
// approval of a notice before it is published (《物业客户服务类服务标准表》 客户沟通 通知通告 2).
import * as z from 'zod/mini';
import type { CheckOptions } from '../../core/check-options';
import { checkOptions } from '../../core/check-options';
import { instantMiniSchema as instantSchema } from '../../core/mini-schemas';
import { instantToEpochMs } from '../../core/epoch-ms';
import type { MissingField } from '../../core/missing-field';
import { joinLabels, missingField } from '../../core/missing-field';
import { paramValue } from '../../core/policy';
import type { Rule, Violation } from '../../core/rule';
import { defineRule, violation, applicable } from '../../core/rule';
import { cite } from '../../core/source';
import { text } from '../../core/text';
import type { FieldLabels } from '../../core/validate';
import { parseInput } from '../../core/validate';
import { customerFileParts, noticeApproverRoles } from './policy';

/**
 * A customer file as the host keeps it: basic details, service records, payments. Extra
 * host fields are allowed.
 *
 * @example
 * customerFileSchema.parse({ id: '3栋1201', basicInfo: { name: '王先生', phone: '138…' }, serviceRecords: [], payments: [] })
 */
export const customerFileSchema = z.object({
  id: z.string().check(z.minLength(1)),
  basicInfo: z.optional(z.record(z.string(), z.unknown())),
  serviceRecords: z.optional(z.array(z.unknown())),
  payments: z.optional(z.array(z.unknown())),
});
/** @example const f: CustomerFile = { id: '3栋1201', basicInfo: { name: '王先生' }, serviceRecords: [], payments: [] }; */
export type CustomerFile = z.infer<typeof customerFileSchema>;

/**
 * A notice to customers: where it was published and when, and its approval (who, in which
 * role, when). Extra host fields are allowed.
 *
 * @example
 * noticeSchema.parse({ id: 'N-1', channel: '公告栏', publishedAt: '2026-05-06T09:00:00+08:00', approval: { by: '张经理', role: 'project-head', at: '2026-05-05T17:00:00+08:00' } })
 */
export const noticeSchema = z.object({
  id: z.string().check(z.minLength(1)),
  channel: z.string().check(z.minLength(1)),
  publishedAt: z.optional(instantSchema),
  approval: z.optional(z.object({ by: z.string().check(z.minLength(1)), role: z.string().check(z.minLength(1)), at: instantSchema })),
});
/** @example const n: Notice = { id: 'N-1', channel: '广播', publishedAt: '2026-05-06T09:00:00+08:00' }; */
export type Notice = z.infer<typeof noticeSchema>;

const LABELS: FieldLabels = {
  basicInfo: text('客户基本信息', 'basic details'),
  serviceRecords: text('服务记录', 'service records'),
  payments: text('缴费情况', 'payments'),
  channel: text('发布方式', 'channel'),
  publishedAt: text('发布时间', 'published at'),
  approval: text('审批', 'approval'),
  by: text('审批人', 'approved by'),
  role: text('审批人角色', 'role'),
  at: text('审批时间', 'approved at'),
};

/**
 * The rules of customer files and notices, by name.
 *
 * @example
 * customerFileRules.fileIncomplete.id // 'customer-records.file-incomplete'
 */
export const customerFileRules = Object.freeze({
  fileIncomplete: defineRule<{ fileId: string; missing: MissingField[] }>({
    id: 'customer-records.file-incomplete',
    severity: 'warning',
    source: cite('OFFICE', '六.1'),
    title: text('客户档案包括基本信息、服务记录、缴费情况', 'A customer file holds basic details, service records and payments'),
    parameters: [customerFileParts],
    message: (d) => text(`客户档案 ${d.fileId} 缺少：${joinLabels(d.missing, 'zh-CN')}。`, `Customer file ${d.fileId} lacks: ${joinLabels(d.missing, 'en')}.`),
  }),
  noticeUnapproved: defineRule<{ noticeId: string; channel: string; reason: 'none' | 'role' | 'late' }>({
    id: 'customer-records.notice-unapproved',
    severity: 'error',
    source: cite('STD', '客户沟通 通知通告 2'),
    title: text('通知通告发布前经项目负责人审批', 'Notices are approved by the project head before publication'),
    parameters: [noticeApproverRoles],
    message: (d) => {
      const zh = { none: '未经审批', role: '审批人不是项目负责人', late: '审批晚于发布' }[d.reason];
      const en = { none: 'was not approved', role: 'was approved by someone other than the project head', late: 'was approved after it was published' }[d.reason];
      return text(`通知 ${d.noticeId}（${d.channel}）${zh}。`, `Notice ${d.noticeId} (${d.channel}) ${en}.`);
    },
  }),
}) satisfies Record<string, Rule<never>>;

/**
 * Checks that a customer file holds what OFFICE 六.1 lists (`customerRecords.fileParts`):
 * basic details (not empty), service records and payments (lists, possibly empty).
 *
 * @example
 * checkCustomerFile({ id: '3栋1201', basicInfo: { name: '王先生' }, serviceRecords: [] }, { asOf: '2026-05-06T09:00:00+08:00' })[0]?.data.missing.map((m) => m.field) // ['payments']
 */
export function checkCustomerFile(file: CustomerFile, options: CheckOptions): Violation[] {
  parseInput(customerFileSchema, file, text('客户档案', 'customer file'), LABELS);
  checkOptions(options);
  const present = { basicInfo: file.basicInfo !== undefined && Object.keys(file.basicInfo).length > 0, serviceRecords: file.serviceRecords !== undefined, payments: file.payments !== undefined };
  const missing = paramValue(options.policy, customerFileParts).filter((p) => !present[p]).map((p) => missingField(p, LABELS[p]!));
  return applicable(missing.length === 0 ? [] : [violation(customerFileRules.fileIncomplete, { fileId: file.id, missing }, options.policy)], options.policy);
}

/**
 * Checks that a notice published by `asOf` was approved by one of
 * `customerRecords.noticeApproverRoles` (the project head) no later than its publication
 * (STD 客户沟通 通知通告 2). An unpublished notice is not judged.
 *
 * @example
 * checkNotice({ id: 'N-1', channel: '公告栏', publishedAt: '2026-05-06T09:00:00+08:00' }, { asOf: '2026-05-06T10:00:00+08:00' })[0]?.data.reason // 'none'
 */
export function checkNotice(notice: Notice, options: CheckOptions): Violation[] {
  parseInput(noticeSchema, notice, text('通知通告', 'notice'), LABELS);
  checkOptions(options);
  // Instants compared as epoch milliseconds: this subpath does not pull luxon in.
  if (notice.publishedAt === undefined || instantToEpochMs(notice.publishedAt) > instantToEpochMs(options.asOf, 'asOf')) return [];
  const a = notice.approval;
  const reason = !a ? 'none' : !paramValue(options.policy, noticeApproverRoles).includes(a.role) ? 'role' : instantToEpochMs(a.at) > instantToEpochMs(notice.publishedAt) ? 'late' : null;
  return applicable(reason ? [violation(customerFileRules.noticeUnapproved, { noticeId: notice.id, channel: notice.channel, reason }, options.policy)] : [], options.policy);
}
