// The renovation checklists a 客服经理 used to tick by hand: each department's control list
// and the flow of fines through the desk to finance (《写字楼物业客服工作制度范例》 装修管理程序
// 2–4、说明), protection of common parts before works and reminders for hidden works
// (《物业客户服务类服务标准表》 装修服务).
import * as z from 'zod';
import type { CheckOptions } from '../../core/check-options';
import { checkOptions } from '../../core/check-options';
import { zoneParameter } from '../../core/core-parameters';
import { instantSchema } from '../../core/instant-schema';
import { compareInstants, formatLocal } from '../../core/instant';
import { paramValue } from '../../core/policy';
import type { Rule, Violation } from '../../core/rule';
import { defineRule, violation, applicable } from '../../core/rule';
import { cite } from '../../core/source';
import { text } from '../../core/text';
import type { FieldLabels } from '../../core/validate';
import { parseInput } from '../../core/validate';
import type { ControlDepartment } from './policy';
import { controlLists, hiddenWorkTests, protectedParts } from './policy';

const department = z.enum(['desk', 'security', 'engineering']);

/**
 * What a host records of one renovation's controls: the departments' inspections (the items
 * each checked), the fines with their violation notices, collection by the desk and
 * settlement by finance, the common parts protected (and those the project lacks), when the
 * works started and were accepted, and the hidden works with the reminders given. Extra host
 * fields are allowed.
 *
 * @example
 * renovationControlsSchema.parse({ id: 'R-1', worksStartedAt: '2026-05-06T08:00:00+08:00', inspections: [], fines: [], protection: [], hiddenWorks: [] })
 */
export const renovationControlsSchema = z.object({
  id: z.string().min(1),
  worksStartedAt: instantSchema.optional(),
  acceptedAt: instantSchema.optional(),
  inspections: z.array(z.object({ department, at: instantSchema, items: z.array(z.string().min(1)) })),
  fines: z.array(z.object({ department, amount: z.number().positive(), noticeAt: instantSchema, collectedByDeskAt: instantSchema.optional(), settledByFinanceAt: instantSchema.optional() })),
  protection: z.array(z.object({ part: z.string().min(1), at: instantSchema })),
  notApplicable: z.array(z.string().min(1)).optional(),
  hiddenWorks: z.array(z.object({ kind: z.string().min(1), recordedAt: instantSchema, remindedAt: instantSchema.optional(), tests: z.array(z.string().min(1)).optional() })),
});
/** @example const r: RenovationControls = { id: 'R-1', inspections: [], fines: [], protection: [], hiddenWorks: [] }; */
export type RenovationControls = z.infer<typeof renovationControlsSchema>;

const LABELS: FieldLabels = {
  worksStartedAt: text('开工时间', 'works started at'),
  acceptedAt: text('验收时间', 'accepted at'),
  inspections: text('检查记录', 'inspections'),
  department: text('部门', 'department'),
  items: text('检查事项', 'items'),
  fines: text('罚款', 'fines'),
  amount: text('金额', 'amount'),
  noticeAt: text('违规通知时间', 'notice at'),
  collectedByDeskAt: text('客服部汇总时间', 'collected by the desk at'),
  settledByFinanceAt: text('财务部结算时间', 'settled by finance at'),
  protection: text('成品保护', 'protection'),
  part: text('部位', 'part'),
  notApplicable: text('不适用部位', 'not applicable'),
  hiddenWorks: text('隐蔽工程', 'hidden works'),
  kind: text('类别', 'kind'),
  recordedAt: text('记录时间', 'recorded at'),
  remindedAt: text('提醒验收时间', 'reminded at'),
  tests: text('提醒的测试', 'tests'),
};
const DEPT_ZH: Record<ControlDepartment, string> = { desk: '客服部', security: '安保部', engineering: '工程部' };

/**
 * The rules of the renovation checklists, by name.
 *
 * @example
 * renovationChecklistRules.controlList.id // 'renovation.control-list-incomplete'
 */
export const renovationChecklistRules = Object.freeze({
  controlList: defineRule<{ renovationId: string; department: ControlDepartment; at: string; missing: string[] }>({
    id: 'renovation.control-list-incomplete',
    severity: 'warning',
    source: cite('OFFICE', '装修管理程序 2–4'),
    title: text('各部门按控制事项清单检查', 'Each department checks its whole control list'),
    parameters: [controlLists],
    message: (d) => text(`装修 ${d.renovationId}：${DEPT_ZH[d.department]} ${d.at} 的检查缺少：${d.missing.join('、')}。`, `Renovation ${d.renovationId}: the ${d.department} inspection of ${d.at} misses: ${d.missing.join(', ')}.`),
  }),
  fineFlow: defineRule<{ renovationId: string; department: ControlDepartment; noticeAt: string; step: 'desk' | 'finance' | 'order' }>({
    id: 'renovation.fine-not-settled',
    severity: 'error',
    source: cite('OFFICE', '装修管理程序 说明'),
    title: text('罚款违规通知交客服部汇总，统一交财务部结算', 'Fine notices are collected by the desk and settled by finance'),
    parameters: [],
    message: (d) => {
      const zh = { desk: '未交客服部汇总', finance: '未交财务部结算', order: '在客服部汇总之前已结算' }[d.step];
      const en = { desk: 'was not collected by the desk', finance: 'was not settled by finance', order: 'was settled before the desk collected it' }[d.step];
      return text(`装修 ${d.renovationId}：${DEPT_ZH[d.department]} ${d.noticeAt} 的罚款${zh}。`, `Renovation ${d.renovationId}: the ${d.department} fine of ${d.noticeAt} ${en}.`);
    },
  }),
  protection: defineRule<{ renovationId: string; worksStartedAt: string; missing: string[] }>({
    id: 'renovation.common-parts-unprotected',
    severity: 'error',
    source: cite('STD', '装修服务 装修服务准备 3'),
    title: text('开工前防护可能损坏的共用部位', 'Common parts protected before the works'),
    parameters: [protectedParts],
    message: (d) => text(`装修 ${d.renovationId} 于 ${d.worksStartedAt} 开工时以下部位未防护：${d.missing.join('、')}。`, `Renovation ${d.renovationId} started at ${d.worksStartedAt} with these parts unprotected: ${d.missing.join(', ')}.`),
  }),
  hiddenWorks: defineRule<{ renovationId: string; kind: string; recordedAt: string; missing: string[] }>({
    id: 'renovation.hidden-works-not-reminded',
    severity: 'warning',
    source: cite('STD', '装修服务 装修过程服务 4、5'),
    title: text('隐蔽工程记录并提醒客户验收', 'Hidden works recorded and acceptance tests reminded'),
    parameters: [hiddenWorkTests],
    message: (d) => text(`装修 ${d.renovationId}：${d.recordedAt} 记录的隐蔽工程（${d.kind}）未提醒客户验收：${d.missing.join('、')}。`, `Renovation ${d.renovationId}: the hidden work (${d.kind}) recorded at ${d.recordedAt} lacks reminders of: ${d.missing.join(', ')}.`),
  }),
}) satisfies Record<string, Rule<never>>;

/**
 * Checks a renovation's controls as of `asOf` (see {@link renovationChecklistRules}): each
 * department inspection covers its whole list (OFFICE 装修管理程序 2–4); each fine goes through
 * the desk to finance by acceptance (说明); the common parts are protected before the works
 * start (STD 装修服务准备 3); each hidden work has its acceptance tests reminded (装修过程服务
 * 4、5). Events after `asOf` are not judged. Bad input is a typed error; the record is not
 * changed.
 *
 * @example
 * checkRenovationControls({ id: 'R-1', worksStartedAt: '2026-05-06T08:00:00+08:00', inspections: [{ department: 'security', at: '2026-05-07T10:00:00+08:00', items: ['fire', 'order'] }], fines: [], protection: [], notApplicable: ['lobby', 'lift-hall', 'lift-car', 'special-floor'], hiddenWorks: [] }, { asOf: '2026-05-08T00:00:00+08:00' })
 *   .map((v) => v.data.missing) // [['access', 'hot-work']]
 */
export function checkRenovationControls(record: RenovationControls, options: CheckOptions): Violation[] {
  parseInput(renovationControlsSchema, record, text('装修控制记录', 'renovation controls'), LABELS);
  checkOptions(options);
  const { policy } = options;
  const zone = paramValue(policy, zoneParameter);
  const by = (at: string | undefined): at is string => at !== undefined && compareInstants(at, options.asOf) <= 0;
  const local = (at: string) => formatLocal(at, zone);
  const renovationId = record.id;
  const out: Violation[] = [];
  const lists = paramValue(policy, controlLists);
  for (const i of record.inspections) {
    if (!by(i.at)) continue;
    const missing = lists[i.department].filter((item) => !i.items.includes(item));
    if (missing.length > 0) out.push(violation(renovationChecklistRules.controlList, { renovationId, department: i.department, at: local(i.at), missing }, policy));
  }
  const accepted = by(record.acceptedAt);
  for (const f of record.fines) {
    if (!by(f.noticeAt)) continue;
    const desk = by(f.collectedByDeskAt) ? f.collectedByDeskAt : undefined;
    const finance = by(f.settledByFinanceAt) ? f.settledByFinanceAt : undefined;
    const step = finance && (!desk || compareInstants(finance, desk) < 0) ? 'order' : accepted && !desk ? 'desk' : accepted && !finance ? 'finance' : null;
    if (step) out.push(violation(renovationChecklistRules.fineFlow, { renovationId, department: f.department, noticeAt: local(f.noticeAt), step }, policy));
  }
  if (by(record.worksStartedAt)) {
    const start = record.worksStartedAt;
    const exempt = record.notApplicable ?? [];
    const missing = paramValue(policy, protectedParts).filter((part) => !exempt.includes(part) && !record.protection.some((p) => p.part === part && compareInstants(p.at, start) <= 0));
    if (missing.length > 0) out.push(violation(renovationChecklistRules.protection, { renovationId, worksStartedAt: local(start), missing }, policy));
  }
  const tests = paramValue(policy, hiddenWorkTests);
  for (const h of record.hiddenWorks) {
    if (!by(h.recordedAt)) continue;
    const reminded = by(h.remindedAt) ? (h.tests ?? []) : [];
    const missing = tests.filter((t) => !reminded.includes(t));
    // Judged once the works are accepted, or as soon as a reminder is recorded.
    if (missing.length > 0 && (accepted || h.remindedAt !== undefined)) out.push(violation(renovationChecklistRules.hiddenWorks, { renovationId, kind: h.kind, recordedAt: local(h.recordedAt), missing }, policy));
  }
  return applicable(out, options.policy);
}
