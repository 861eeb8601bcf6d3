// Escalation after the first report, as a check over a complaint record: wide-impact or
// seriously harmful long-unresolved complaints go to company leadership (《服务中心工作手册》
// WI/FW-015.8); overdue measures are chased until done (015.10); the result of a complaint the
// company handed down is reported up at once (WI/FW-006.20); complex or disputed complaints may
// be handled jointly (015.7); major, hot and important complaints get a special report and a
// separate file (《物业客户服务类服务标准表》 投诉管理 处理与回访 2).
//
// The facts these need are not in the complaint record's schema: the host keeps them in the
// record's own field `escalation` (the record keeps unknown host fields), described by
// `complaintEscalationSchema`.
import * as z from 'zod';
import type { CheckOptions } from '../../core/check-options';
import { checkOptions } from '../../core/check-options';
import { computeDeadline } from '../../core/deadline';
import { endOfDayDeadline } from '../../core/end-of-day';
import { instantSchema } from '../../core/instant-schema';
import { compareInstants, formatLocal, toIsoInstant } from '../../core/instant';
import type { MissingField } from '../../core/missing-field';
import { joinLabels, missingField } from '../../core/missing-field';
import { paramValue } from '../../core/policy';
import type { Rule, Violation } from '../../core/rule';
import { defineRule, violation, applicable } from '../../core/rule';
import { cite } from '../../core/source';
import { text } from '../../core/text';
import { parseInput } from '../../core/validate';
import { chaseEvery, longUnresolvedAfter } from './policy';
import type { ComplaintRecord } from './schema';
import { asOfView, overdueMeasures } from './rules';
import { COMPLAINT_FIELD_LABELS, COMPLAINT_RECORD, complaintRecordSchema } from './schema';

const when = z.object({ at: instantSchema });

/**
 * The escalation facts of a complaint, kept by the host in the record's `escalation` field:
 * when it was judged wide-impact (涉及面广) or seriously harmful to customers' rights
 * (损害用户权益情节严重), the report to company leadership or the competent department
 * (WI/FW-015.8), whether the company handed it down (交办) and when its result was reported
 * up (WI/FW-006.20), the chases of overdue measures (`measure`: the position in `measures`,
 * from 0; none = all), whether it is complex or disputed and the joint handling (015.7), hot
 * or important (热点、重要), and the special report and separate file (STD 处理与回访 2).
 *
 * @example
 * complaintEscalationSchema.parse({ wideImpact: { at: '2026-05-06T10:00:00+08:00' }, leadershipReport: { at: '2026-05-06T11:00:00+08:00', to: '公司总经理' } })
 */
export const complaintEscalationSchema = z.object({
  wideImpact: when.optional(),
  seriousHarm: when.optional(),
  leadershipReport: z.object({ at: instantSchema, to: z.string().min(1) }).optional(),
  handedDown: z.object({ at: instantSchema, by: z.string().min(1) }).optional(),
  resultReportedUp: when.optional(),
  chases: z.array(z.object({ at: instantSchema, measure: z.number().int().nonnegative().optional() })).optional(),
  complexity: z.object({ at: instantSchema, reason: z.enum(['complex', 'disputed']) }).optional(),
  jointHandling: z.object({ at: instantSchema, departments: z.array(z.string().min(1)).min(1) }).optional(),
  hot: z.boolean().optional(),
  important: z.boolean().optional(),
  specialReport: when.optional(),
  separateArchive: when.optional(),
});
/** @example const e: ComplaintEscalation = { handedDown: { at: '2026-05-06T09:00:00+08:00', by: '公司品质部' } }; */
export type ComplaintEscalation = z.infer<typeof complaintEscalationSchema>;

/**
 * A complaint record with its escalation facts (the host's field `escalation`).
 *
 * @example
 * const r: EscalatedComplaint = { id: 'C-1', receivedAt: '2026-05-06T09:30:00+08:00', channel: 'phone', complainant: { name: '王先生' }, subject: '电梯停运', receiver: '李敏', escalation: { hot: true } };
 */
export type EscalatedComplaint = ComplaintRecord & { readonly escalation?: ComplaintEscalation | undefined };

const escalatedComplaintSchema = complaintRecordSchema.extend({ escalation: complaintEscalationSchema.optional() });

type Facts = { complaintId: string; dueAt: string };

const LABELS = {
  ...COMPLAINT_FIELD_LABELS,
  escalation: text('升级处理情况', 'escalation'),
  wideImpact: text('涉及面广', 'wide impact'),
  seriousHarm: text('损害用户权益情节严重', 'serious harm'),
  leadershipReport: text('向企业领导反映', 'report to leadership'),
  handedDown: text('上级交办', 'handed down'),
  resultReportedUp: text('上报查处结果', 'result reported up'),
  chases: text('催办', 'chases'),
  measure: text('措施序号', 'measure'),
  complexity: text('复杂或争议', 'complexity'),
  jointHandling: text('会同处理', 'joint handling'),
  departments: text('会同部门', 'departments'),
  hot: text('热点投诉', 'hot'),
  important: text('重要投诉', 'important'),
  specialReport: text('专项报告', 'special report'),
  separateArchive: text('单独立卷', 'separate file'),
};

/**
 * The rules of the escalation checks, by name.
 *
 * @example
 * complaintEscalationRules.leadership.source // { document: '《服务中心工作手册》', clause: 'WI/FW-015.8' }
 */
export const complaintEscalationRules = Object.freeze({
  leadership: defineRule<Facts & { why: 'wide-impact' | 'serious-and-unresolved' }>({
    id: 'complaint.leadership-not-informed',
    severity: 'error',
    source: cite('ZH', 'WI/FW-015.8'),
    title: text('涉及面广或情节严重又久拖不决的投诉立即向企业领导反映', 'Wide-impact, or serious and long-unresolved, complaints go to company leadership at once'),
    parameters: [longUnresolvedAfter],
    message: (d) =>
      text(
        `投诉 ${d.complaintId}（${d.why === 'wide-impact' ? '涉及面广' : '情节严重又久拖不决'}）应在 ${d.dueAt} 前向企业领导或相关职能部门反映，未见记录。`,
        `Complaint ${d.complaintId} (${d.why === 'wide-impact' ? 'wide impact' : 'serious and long unresolved'}) was due to be reported to company leadership or the competent department by ${d.dueAt}; none is recorded.`,
      ),
  }),
  chase: defineRule<Facts & { measure: number; description: string; overdueSince: string }>({
    id: 'complaint.overdue-not-chased',
    severity: 'error',
    source: cite('ZH', 'WI/FW-015.10'),
    title: text('超期未办，再次催促直到办结', 'Overdue measures are chased until done'),
    parameters: [chaseEvery],
    message: (d) =>
      text(
        `投诉 ${d.complaintId} 的措施“${d.description}”自 ${d.overdueSince} 超期未办，应在 ${d.dueAt} 前再次催办，未见记录。`,
        `Complaint ${d.complaintId}: the measure "${d.description}" is overdue since ${d.overdueSince}; a chase was due by ${d.dueAt} and none is recorded.`,
      ),
  }),
  handedDown: defineRule<Facts & { by: string }>({
    id: 'complaint.handed-down-result-not-reported',
    severity: 'error',
    source: cite('ZH', 'WI/FW-006.20'),
    title: text('企业上级部门交办的投诉立即上报查处结果', 'The result of a complaint handed down by the company is reported at once'),
    parameters: [],
    message: (d) => text(`投诉 ${d.complaintId} 由${d.by}交办，查处结果应在 ${d.dueAt} 前上报，未见记录。`, `Complaint ${d.complaintId} was handed down by ${d.by}; its result was due to be reported up by ${d.dueAt}, and none is recorded.`),
  }),
  joint: defineRule<Facts & { reason: 'complex' | 'disputed' }>({
    id: 'complaint.joint-handling-considered',
    severity: 'info',
    source: cite('ZH', 'WI/FW-015.7'),
    title: text('复杂、争议较大的投诉可会同相关部门共同处理', 'Complex or disputed complaints may be handled jointly'),
    parameters: [],
    message: (d) => text(`投诉 ${d.complaintId}（${d.reason === 'complex' ? '内容复杂' : '争议较大'}）结案时未见会同相关部门处理的记录，可考虑会同处理。`, `Complaint ${d.complaintId} (${d.reason}) was closed without any department involved; joint handling may be considered.`),
  }),
  specialReport: defineRule<Facts & { missing: MissingField[] }>({
    id: 'complaint.special-report-missing',
    severity: 'warning',
    source: cite('STD', '投诉管理 处理与回访 2'),
    title: text('重大、热点和重要投诉形成专项报告并单独立卷', 'Major, hot and important complaints get a special report and a separate file'),
    parameters: [],
    message: (d) => text(`投诉 ${d.complaintId} 已结案，缺少：${joinLabels(d.missing, 'zh-CN')}。`, `Complaint ${d.complaintId} is closed without: ${joinLabels(d.missing, 'en')}.`),
  }),
}) satisfies Record<string, Rule<never>>;

/**
 * Checks the escalation of a complaint after its first report, as of `asOf` (see
 * {@link complaintEscalationRules}): the report to leadership of a wide-impact or serious
 * long-unresolved complaint (WI/FW-015.8), the chase of each overdue measure until done
 * (015.10), the report up of a handed-down complaint's result (WI/FW-006.20), a hint on
 * joint handling (015.7), and the special report and separate file (STD 处理与回访 2). Reads
 * the record's `escalation` field (`complaintEscalationSchema`). Bad input is a typed error;
 * the record is not changed.
 *
 * @example
 * checkEscalation({ id: 'C-1', receivedAt: '2026-05-06T09:30:00+08:00', channel: 'phone', complainant: { name: '王先生' }, subject: '电梯停运', receiver: '李敏', escalation: { wideImpact: { at: '2026-05-06T10:00:00+08:00' } } }, { asOf: '2026-05-07T00:00:00+08:00' })
 *   .map((v) => v.ruleId) // ['complaint.leadership-not-informed']
 */
export function checkEscalation(record: EscalatedComplaint, options: CheckOptions): Violation[] {
  parseInput(escalatedComplaintSchema, record, COMPLAINT_RECORD, LABELS);
  checkOptions(options);
  const { policy, calendar } = options;
  const view = asOfView(options);
  const { zone, asOf, happened: passed } = view;
  const upTo = (at: string | undefined, due: string): boolean => passed(at) && compareInstants(at, due) <= 0;
  // "立即": before 24:00 of the day `at` falls on, in the policy zone.
  const endOfDay = (at: string): string => endOfDayDeadline(toIsoInstant(at, zone).slice(0, 10), zone).dueAt;
  const e = record.escalation ?? {};
  const complaintId = record.id;
  const out: Violation[] = [];

  // WI/FW-015.8: wide impact, or serious harm and long unresolved.
  const unresolvedAt = computeDeadline(record.receivedAt, paramValue(policy, longUnresolvedAfter), { policy, calendar }).dueAt;
  const longUnresolved = record.result === undefined ? passed(unresolvedAt) : compareInstants(record.result.at, unresolvedAt) > 0;
  const cases: Array<readonly ['wide-impact' | 'serious-and-unresolved', string]> = [];
  if (e.wideImpact) cases.push(['wide-impact', e.wideImpact.at]);
  if (e.seriousHarm && longUnresolved) cases.push(['serious-and-unresolved', compareInstants(e.seriousHarm.at, unresolvedAt) > 0 ? e.seriousHarm.at : unresolvedAt]);
  const first = cases.sort((a, b) => compareInstants(a[1], b[1]))[0];
  if (first) {
    const due = endOfDay(first[1]);
    if (passed(due) && !upTo(e.leadershipReport?.at, due)) out.push(violation(complaintEscalationRules.leadership, { complaintId, dueAt: formatLocal(due, zone), why: first[0] }, policy));
  }

  // WI/FW-015.10: each overdue measure chased within chaseEvery of its due time, and again, until done.
  const every = paramValue(policy, chaseEvery);
  overdueMeasures(record, view).forEach(({ measure: m, index: i, doneAt }) => {
    const doneBy = doneAt ?? asOf;
    const chases = (e.chases ?? []).filter((c) => c.measure === undefined || c.measure === i).map((c) => c.at);
    let last: string = m.dueAt;
    for (let guard = 0; guard < 10_000; guard += 1) {
      const due = computeDeadline(last, every, { policy, calendar }).dueAt;
      if (compareInstants(due, doneBy) >= 0) return;
      const made = chases.filter((at) => compareInstants(at, last) > 0 && compareInstants(at, due) <= 0).sort(compareInstants);
      if (made.length === 0) {
        out.push(violation(complaintEscalationRules.chase, { complaintId, dueAt: formatLocal(due, zone), measure: i, description: m.description, overdueSince: formatLocal(m.dueAt, zone) }, policy));
        return;
      }
      last = made[made.length - 1]!;
    }
  });

  // WI/FW-006.20: a handed-down complaint's result reported up at once.
  if (e.handedDown && record.result && passed(record.result.at)) {
    const due = endOfDay(record.result.at);
    if (passed(due) && !upTo(e.resultReportedUp?.at, due)) out.push(violation(complaintEscalationRules.handedDown, { complaintId, dueAt: formatLocal(due, zone), by: e.handedDown.by }, policy));
  }

  const closed = passed(record.closedAt);
  // WI/FW-015.7: a permission — a hint when nobody else was involved.
  if (closed && e.complexity && !e.jointHandling && (record.dispatches ?? []).length === 0) {
    out.push(violation(complaintEscalationRules.joint, { complaintId, dueAt: formatLocal(record.closedAt!, zone), reason: e.complexity.reason }, policy));
  }
  // STD 投诉管理 处理与回访 2: special report and separate file once handled.
  if (closed && (record.classification?.kind === 'major' || e.hot === true || e.important === true)) {
    const missing: MissingField[] = [];
    if (!e.specialReport) missing.push(missingField('escalation.specialReport', LABELS.specialReport));
    if (!e.separateArchive) missing.push(missingField('escalation.separateArchive', LABELS.separateArchive));
    if (missing.length > 0) out.push(violation(complaintEscalationRules.specialReport, { complaintId, dueAt: formatLocal(record.closedAt!, zone), missing }, policy));
  }
  return applicable(out, options.policy);
}
