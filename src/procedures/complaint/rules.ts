import type { BusinessCalendar } from '../../core/calendar';
import type { CheckOptions, MachineOptions } from '../../core/check-options';
import { checkOptions } from '../../core/check-options';
import { dayCountingParameter, zoneParameter } from '../../core/core-parameters';
import type { Deadline } from '../../core/deadline';
import { computeDeadline, isLate } from '../../core/deadline';
import type { InstantInput, IsoInstant } from '../../core/instant';
import { compareInstants, earliestInstant, formatLocal, instantToEpochMs, toIsoInstant } from '../../core/instant';
import type { MissingField } from '../../core/missing-field';
import { joinLabels, missingField } from '../../core/missing-field';
import type { Duration, Parameter } from '../../core/parameter';
import { formatDuration } from '../../core/parameter';
import type { Policy } from '../../core/policy';
import { assertPolicy, paramApplies, paramValue } from '../../core/policy';
import type { Rule, Violation } from '../../core/rule';
import { applicable, defineRule, violation } from '../../core/rule';
import { cite } from '../../core/source';
import { requireObject } from '../../core/require-input';
import { text } from '../../core/text';
import type { TrackedDeadline } from '../../core/tracked-deadline';
import { parseInput } from '../../core/validate';
import { isoInZone } from '../../core/zoned-iso';
import { completeWithin, consultationTrackWithin, departmentWithin, escalateTo, investigateWithin, notifyWithin } from './policy';
import type { ComplaintRecord } from './schema';
import { COMPLAINT_FIELD_LABELS, COMPLAINT_RECORD, complaintRecordSchema } from './schema';

const FALSE_DETAIL_ZH: Readonly<Record<string, string>> = { name: '姓名', address: '住址', contact: '联络方法' };

type DeadlineFacts = { complaintId: string; startedAt: string; dueAt: string; metAt: string | null; asOf: string; limitZh: string; limitEn: string };

// One template for every late deadline: done late (when), or still not done (as of when).
const lateText = (what: { zh: string; en: string }) => (d: DeadlineFacts) =>
  text(
    `投诉 ${d.complaintId}：${what.zh}应在 ${d.dueAt} 前完成（时限 ${d.limitZh}），${d.metAt ? `实际 ${d.metAt}` : `截至 ${d.asOf} 仍未完成`}。`,
    `Complaint ${d.complaintId}: ${what.en} was due by ${d.dueAt} (limit ${d.limitEn})${d.metAt ? `, done ${d.metAt}` : ` and is still not done as of ${d.asOf}`}.`,
  );

/** WI/FW-006.18 — result or progress told within 3 days. @example complaintRules.notifyDeadline.id // 'complaint.notify-deadline' */
const notifyDeadline = defineRule<DeadlineFacts>({
  id: 'complaint.notify-deadline',
  severity: 'error',
  source: cite('ZH', 'WI/FW-006.18'),
  title: text('受理后3日内将处理情况通知投诉人', 'Tell the complainant the result or progress within 3 days of receipt'),
  parameters: [notifyWithin, dayCountingParameter],
  message: lateText({ zh: '通知处理结果或进度', en: 'telling the result or progress' }),
});

const completeDeadline = defineRule<DeadlineFacts>({
  id: 'complaint.complete-deadline',
  severity: 'error',
  source: cite('ZH', 'WI/FW-011 一.4'),
  title: text('三天内处理完成', 'Complete the handling within 3 days'),
  parameters: [completeWithin, dayCountingParameter],
  message: lateText({ zh: '处理完成', en: 'completing the handling' }),
});

const departmentDeadline = defineRule<DeadlineFacts>({
  id: 'complaint.department-deadline',
  severity: 'warning',
  source: cite('ZH', 'WI/FW-015.3'),
  title: text('责任部门通常3日内处理完成', 'The responsible department usually completes within 3 days'),
  parameters: [departmentWithin, dayCountingParameter],
  message: lateText({ zh: '责任部门处理完成', en: "the responsible department's completion" }),
});

const investigateDeadline = defineRule<DeadlineFacts>({
  id: 'complaint.investigate-deadline',
  severity: 'error',
  source: cite('DEPT', '5.2.3'),
  title: text('客服部经理48小时内组织调查处理', 'The manager organises the investigation within 48 hours'),
  parameters: [investigateWithin],
  message: lateText({ zh: '组织相关部门调查处理', en: 'organising the investigation' }),
});

const consultationTracking = defineRule<DeadlineFacts>({
  id: 'complaint.consultation-tracking',
  severity: 'error',
  source: cite('DEPT', '5.1.4'),
  title: text('咨询24小时内跟踪处理进展', "Track a consultation's progress within 24 hours"),
  parameters: [consultationTrackWithin],
  message: lateText({ zh: '跟踪咨询处理进展并反馈', en: 'tracking and feeding back the progress' }),
});

const promisedReply = defineRule<DeadlineFacts>({
  id: 'complaint.promised-reply',
  severity: 'warning',
  source: cite('ZH', 'WI/FW-014.3'),
  title: text('按约定的下次回复时间回复', 'Reply by the promised next reply time'),
  parameters: [],
  message: lateText({ zh: '约定的下次回复', en: 'the promised next reply' }),
});

type ComplaintFacts = { complaintId: string };

const notifyExemptionInvalid = defineRule<ComplaintFacts & { falseDetails: string[]; notifiable: boolean }>({
  id: 'complaint.notify-exemption-invalid',
  severity: 'warning',
  source: cite('ZH', 'WI/FW-006.18'),
  title: text('通知豁免须“不实，致使无法通知”', 'The notification exemption needs false details that made notifying impossible'),
  parameters: [],
  message: (d) =>
    text(
      `投诉 ${d.complaintId}：所记豁免不成立（不实信息：${d.falseDetails.map((f) => FALSE_DETAIL_ZH[f] ?? f).join('、') || '无'}；仍可通知：${d.notifiable ? '是' : '否'}），通知时限照常适用。`,
      `Complaint ${d.complaintId}: the recorded exemption does not hold (false details: ${d.falseDetails.join(', ') || 'none'}; still notifiable: ${d.notifiable ? 'yes' : 'no'}); the notification limit applies.`,
    ),
});

const majorNotReported = defineRule<ComplaintFacts & { kind: string; reportTo: string; reportToEn: string }>({
  id: 'complaint.major-not-reported',
  severity: 'error',
  source: cite('ZH', 'WI/FW-014.7'),
  title: text('重大投诉须立即汇报', 'A major complaint is reported at once'),
  parameters: [escalateTo],
  message: (d) =>
    text(
      `投诉 ${d.complaintId}（${d.kind === 'major' ? '重大' : '书面'}投诉）未记录向${d.reportTo}汇报。`,
      `Complaint ${d.complaintId} (${d.kind}) has no record of a report to ${d.reportToEn}.`,
    ),
});

const followUpMissing = defineRule<ComplaintFacts>({
  id: 'complaint.follow-up-missing',
  severity: 'error',
  source: cite('STD', '投诉管理 处理与回访 3'),
  title: text('投诉处理完毕后100%回访（联系不上或不便回访的除外）', 'Follow up 100% of complaints after handling (unreachable or inconvenient excepted)'),
  parameters: [],
  message: (d) => text(`投诉 ${d.complaintId} 已关闭，但既无回访记录，也无“联系不上/不便回访”的记录。`, `Complaint ${d.complaintId} is closed with neither a follow-up nor an "unreachable/inconvenient" record.`),
});

const closedUnsatisfied = defineRule<ComplaintFacts & { result: string }>({
  id: 'complaint.closed-unsatisfied',
  severity: 'warning',
  source: cite('ZH', 'WI/FW-011 二.4'),
  title: text('回访直到用户满意为止', 'Follow up until the customer is satisfied'),
  parameters: [],
  message: (d) => text(`投诉 ${d.complaintId} 在回访不满意（“${d.result}”）时关闭。`, `Complaint ${d.complaintId} was closed after an unsatisfied follow-up ("${d.result}").`),
});

const measureOverdue = defineRule<ComplaintFacts & { measure: string; kind: string; dueAt: string; doneAt: string | null; asOf: string }>({
  id: 'complaint.measure-overdue',
  severity: 'error',
  source: cite('ZH', 'WI/FW-011 二.1'),
  title: text('补救、纠正措施按预定时间完成', 'Remedial and corrective measures are completed by their due time'),
  parameters: [],
  message: (d) =>
    text(
      `投诉 ${d.complaintId}：${d.kind === 'corrective' ? '纠正' : '补救'}措施“${d.measure}”应于 ${d.dueAt} 前完成，${d.doneAt ? `实际 ${d.doneAt}` : `截至 ${d.asOf} 未完成`}。`,
      `Complaint ${d.complaintId}: the ${d.kind} measure "${d.measure}" was due by ${d.dueAt}${d.doneAt ? `, done ${d.doneAt}` : ` and is not done as of ${d.asOf}`}.`,
    ),
});

const recordIncomplete = defineRule<ComplaintFacts & { missing: MissingField[] }>({
  id: 'complaint.record-incomplete',
  severity: 'error',
  source: cite('ZH', 'WI/FW-014.5'),
  title: text('记清楚：投诉事项、处理过程及结果记录完整后方可关闭', 'Record clearly: matter, process and result are recorded before closing'),
  parameters: [],
  message: (d) => text(`投诉 ${d.complaintId} 关闭时记录不完整，缺少：${joinLabels(d.missing, 'zh-CN')}。`, `Complaint ${d.complaintId} was closed with an incomplete record; missing: ${joinLabels(d.missing, 'en')}.`),
});

const outOfScopeNotReferred = defineRule<ComplaintFacts>({
  id: 'complaint.out-of-scope-not-referred',
  severity: 'warning',
  source: cite('ZH', 'WI/FW-006.17'),
  title: text('物业管理以外的投诉：指引至政府相关职能部门并作必要解释', 'Out-of-scope complaints: direct to the competent department and explain'),
  parameters: [],
  message: (d) => text(`投诉 ${d.complaintId} 属物业管理范围以外，已关闭但未记录指引与解释。`, `Complaint ${d.complaintId} is outside property management and was closed without a recorded referral and explanation.`),
});

/**
 * Every rule of the complaint procedure, by name: what the docs table lists and what
 * {@link checkComplaint} can return.
 *
 * @example
 * complaintRules.notifyDeadline.source // { document: '《服务中心工作手册》', clause: 'WI/FW-006.18' }
 */
export const complaintRules = Object.freeze({
  notifyDeadline,
  completeDeadline,
  departmentDeadline,
  investigateDeadline,
  consultationTracking,
  promisedReply,
  notifyExemptionInvalid,
  majorNotReported,
  followUpMissing,
  closedUnsatisfied,
  measureOverdue,
  recordIncomplete,
  outOfScopeNotReferred,
}) satisfies Record<string, Rule<never>>;

/** @internal Whether a complaint of this kind goes to leadership (汇报): major (WI/FW-014.7) or written (WI/FW-012 三). */
export const mustReport = (kind: string | undefined): boolean => kind === 'major' || kind === 'written';

/** @internal Whether the WI/FW-006.18 exemption holds: some detail was false **and** notifying was impossible. */
export function notificationExempt(record: Pick<ComplaintRecord, 'notificationExemption'>): boolean {
  const e = record.notificationExemption;
  return e !== undefined && e.falseDetails.length > 0 && !e.notifiable;
}

/**
 * The WI/FW-006.18 deadline of a complaint: when the result or progress must have been
 * told (3 days of 24 h under the default rolling count, inclusive), written in the policy
 * zone; `null` where the policy sets the limit to null (not applied).
 *
 * @example
 * complaintReplyDeadline('2026-05-06T09:30:00+08:00') // { dueAt: '2026-05-09T09:30:00+08:00', inclusive: true }
 * complaintReplyDeadline('2026-05-06T01:30:00Z')      // { dueAt: '2026-05-09T09:30:00+08:00', inclusive: true }
 * complaintReplyDeadline(at, composePolicy(complaintPacks.ZH, { 'complaint.notifyWithin': null })) // null (not applied)
 */
export function complaintReplyDeadline(receivedAt: InstantInput, policy?: Policy, calendar?: BusinessCalendar): Deadline | null {
  if (policy !== undefined) assertPolicy(policy);
  const within = paramValue(policy, notifyWithin);
  // A policy that sets the limit to null, or composes no pack that sets it, says it does not apply.
  if (within === null || !paramApplies(policy, notifyWithin)) return null;
  return computeDeadline(toIsoInstant(receivedAt, paramValue(policy, zoneParameter)), within, { policy, calendar });
}

/**
 * Every deadline of a complaint record under a policy, as data: started, due, met (when)
 * or exempt. A deadline whose parameter is `null` is left out.
 *
 * @example
 * complaintDeadlines(record).map((d) => [d.id, d.dueAt])
 * // [['notify', '2026-05-09T09:30:00+08:00'], ['complete', …], ['investigate', '2026-05-08T09:30:00+08:00']]
 */
export function complaintDeadlines(record: ComplaintRecord, options: MachineOptions = {}): TrackedDeadline[] {
  parseInput(complaintRecordSchema, record, COMPLAINT_RECORD, COMPLAINT_FIELD_LABELS);
  requireObject(options, text('选项（政策、业务日历）', 'options { policy?, calendar? }'), 'options');
  if (options.policy !== undefined) assertPolicy(options.policy);
  return deadlinesOfValidRecord(record, options);
}

/**
 * @internal {@link complaintDeadlines} for a record already known to be valid (the machine's
 * own, built from validated events): no schema pass on every event.
 */
export function deadlinesOfValidRecord(record: ComplaintRecord, options: MachineOptions = {}, previous: readonly TrackedDeadline[] = []): TrackedDeadline[] {
  const iso = isoInZone(paramValue(options.policy, zoneParameter));
  const out: TrackedDeadline[] = [];
  const add = (id: string, rule: Rule<never>, parameter: Parameter<Duration | null>, start: IsoInstant | undefined, metAt: IsoInstant | undefined, exempt = false) => {
    const within = paramValue(options.policy, parameter);
    // A limit no composed pack (or override) sets does not apply: not tracked (paramApplies).
    if (within === null || start === undefined || !paramApplies(options.policy, parameter)) return;
    const startedAt = iso(start);
    const met = metAt === undefined ? null : iso(metAt);
    // The machine's previous deadlines were computed under the same options: the same start
    // falls due at the same time (only whether and when it was met changes), and one that is
    // met and exempt as before is the same deadline (kept as it is).
    const before = previous.find((d) => d.id === id && d.startedAt === startedAt);
    if (before && before.ruleId === rule.id && before.metAt === met && before.exempt === exempt) {
      out.push(before);
      return;
    }
    const due: Deadline = before ? dueOf(before) : computeDeadline(startedAt, within, options);
    out.push({ id, ruleId: rule.id, startedAt, ...due, metAt: met, exempt });
  };
  const notices = record.progressNotices ?? [];
  // Host arrays need not be in time order: the earliest entry counts, not the first one.
  const firstProgress = earliestInstant(notices.map((n) => n.at));
  const firstDispatch = earliestInstant((record.dispatches ?? []).map((d) => d.at));
  // Each field is read once (the machine notes what its deadlines read).
  const receivedAt = record.receivedAt;
  const notified = record.resultNotifiedAt;
  if (record.nature === 'consultation') {
    add('consultation', consultationTracking, consultationTrackWithin, receivedAt, earliestInstant([firstProgress, notified]));
    return out;
  }
  // What closes the case without a result: an explanation or a referral.
  const explained = record.explanation?.at;
  const referred = record.referral?.at;
  const resolved = record.result?.at;
  const exempt = notificationExempt(record);
  add('notify', notifyDeadline, notifyWithin, receivedAt, earliestInstant([firstProgress, notified, explained, referred]), exempt);
  add('complete', completeDeadline, completeWithin, receivedAt, earliestInstant([resolved, explained, referred]));
  add('investigate', investigateDeadline, investigateWithin, receivedAt, earliestInstant([firstDispatch, resolved, explained, referred]));
  add('department', departmentDeadline, departmentWithin, firstDispatch, resolved);
  if (notices.some((n) => n.nextReplyAt !== undefined)) out.push(...promisedReplies(notices, notified, exempt, iso));
  return out;
}

// The due part of a tracked deadline: when, inclusive or not, and whether provisional.
function dueOf(d: TrackedDeadline): Deadline {
  return { dueAt: d.dueAt, inclusive: d.inclusive, ...(d.provisional ? { provisional: d.provisional, provisionalDates: d.provisionalDates ?? [] } : {}) };
}

// A promised reply is kept by the earliest later notice or the result, wherever that notice
// stands in the array: the notices' instants are sorted once, and each promise finds the
// first strictly later one by binary search — n log n, where comparing every pair was n².
// The WI/FW-006.18 exemption (false details, so notifying is impossible) covers promised
// replies too (`exempt`); `result` is when the result was told.
function promisedReplies(notices: NonNullable<ComplaintRecord['progressNotices']>, result: IsoInstant | undefined, exempt: boolean, iso: (at: string) => IsoInstant): TrackedDeadline[] {
  const times = notices.map((n) => instantToEpochMs(n.at));
  const order = times.map((_, i) => i).sort((a, b) => times[a]! - times[b]!);
  const sorted = order.map((i) => times[i]!);
  const resultMs = result === undefined ? Infinity : instantToEpochMs(result);
  const out: TrackedDeadline[] = [];
  notices.forEach((notice, i) => {
    if (notice.nextReplyAt === undefined) return;
    const t = times[i]!;
    let lo = 0;
    let hi = sorted.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (sorted[mid]! <= t) lo = mid + 1;
      else hi = mid;
    }
    const next = lo < sorted.length ? notices[order[lo]!]!.at : undefined;
    const nextMs = lo < sorted.length ? sorted[lo]! : Infinity;
    const kept = resultMs > t && resultMs < nextMs ? result : next;
    const metAt = kept === undefined ? null : iso(kept);
    out.push({ id: `promised-reply#${i}`, ruleId: promisedReply.id, startedAt: iso(notice.at), dueAt: iso(notice.nextReplyAt), inclusive: true, metAt, exempt });
  });
  return out;
}

const LABEL = COMPLAINT_FIELD_LABELS;
const lacking = (field: string) => missingField(field, LABEL[field.slice(field.lastIndexOf('.') + 1)]!);

/**
 * @internal What a complaint record still lacks before it may be closed (empty when
 * complete). Shared by the machine's `canClose` guard, the `closed` state's invariant and
 * the `complaint.record-incomplete` rule.
 */
export function missingForClose(record: ComplaintRecord): MissingField[] {
  const missing: MissingField[] = [];
  const c = record.fiveClears ?? {};
  if (!c.listened) missing.push(lacking('fiveClears.listened'));
  if (!c.clarified) missing.push(lacking('fiveClears.clarified'));
  if (!c.recorded) missing.push(lacking('fiveClears.recorded'));
  // WI/FW-011 一.2: the complaint log records, for every complaint, the user's name, the
  // 楼座号 (the complainant's unit) and the document number; the name and the matter are
  // required from intake on, the unit and the number by the close, referred or not.
  if (!record.complainant.unit) missing.push(lacking('complainant.unit'));
  if (!record.documentNo) missing.push(lacking('documentNo'));
  if (record.referral) return missing; // out of scope: the referral ends it (WI/FW-006.17)
  if (!c.followedThrough) missing.push(lacking('fiveClears.followedThrough'));
  if (!c.repliedClearly && !notificationExempt(record)) missing.push(lacking('fiveClears.repliedClearly'));
  if (!record.result && !record.explanation) missing.push(missingField('result', text('处理结果或解释', 'a result or an explanation')));
  if (mustReport(record.classification?.kind) && !record.report) missing.push(lacking('report'));
  if (!record.followUp && !record.followUpExemption) missing.push(missingField('followUp', text('回访或回访豁免', 'a follow-up or its exemption')));
  return missing;
}

/** @internal What a complaint check reads time by: the policy zone, `asOf` in it, and whether an instant had happened by then. */
export interface AsOfView {
  readonly zone: string;
  readonly asOf: IsoInstant;
  readonly happened: (at: string | undefined) => at is string;
}

/** @internal The {@link AsOfView} of a check's options (already checked). */
export function asOfView(options: CheckOptions): AsOfView {
  const zone = paramValue(options.policy, zoneParameter);
  const asOf = toIsoInstant(options.asOf, zone);
  return { zone, asOf, happened: (at): at is string => at !== undefined && compareInstants(at, asOf) <= 0 };
}

type Measure = NonNullable<ComplaintRecord['measures']>[number];

/**
 * @internal The measures overdue as of the check (WI/FW-011 二.1): done after their due time, or
 * not done by `asOf` once it has passed; each with its position in `measures` and when it was
 * done (undefined: not yet). The `complaint.measure-overdue` rule and the chases of
 * WI/FW-015.10 read the same list.
 */
export function overdueMeasures(record: ComplaintRecord, { asOf, happened }: AsOfView): Array<{ measure: Measure; index: number; doneAt: string | undefined }> {
  const out: Array<{ measure: Measure; index: number; doneAt: string | undefined }> = [];
  (record.measures ?? []).forEach((measure, index) => {
    const doneAt = happened(measure.doneAt) ? measure.doneAt : undefined;
    if (compareInstants(doneAt ?? asOf, measure.dueAt) > 0) out.push({ measure, index, doneAt });
  });
  return out;
}

/**
 * Checks a complaint record as of an instant and returns its violations (never throws for
 * non-compliance): each deadline kept apart (notify 3 days, complete 3 days, department 3
 * days as a warning, DEPT 48 h investigation, 24 h consultation tracking, promised replies),
 * the notification exemption, a missing 汇报, a missing follow-up, overdue measures, an
 * incomplete record at closing, an out-of-scope complaint closed without referral.
 * Invalid input is a typed error; the record is not changed.
 *
 * @example
 * checkComplaint(record, { asOf: '2026-05-10T09:30:00+08:00' })
 * // [{ ruleId: 'complaint.notify-deadline', severity: 'error', source: { clause: 'WI/FW-006.18', … }, message: { 'zh-CN': '投诉 C-1：通知处理结果或进度应在 2026-05-09 09:30 前完成…', en: '…' }, data: { … } }]
 */
export function checkComplaint(record: ComplaintRecord, options: CheckOptions): Violation[] {
  parseInput(complaintRecordSchema, record, COMPLAINT_RECORD, COMPLAINT_FIELD_LABELS);
  checkOptions(options);
  return checkValidComplaint(record, options, deadlinesOfValidRecord(record, options));
}

// The rule that judges each tracked deadline (by rule id) and the limit each deadline id counts.
const DEADLINE_RULES = new Map<string, Rule<DeadlineFacts>>([notifyDeadline, completeDeadline, departmentDeadline, investigateDeadline, consultationTracking, promisedReply].map((r) => [r.id, r]));
const DEADLINE_LIMITS: Readonly<Record<string, Parameter<Duration | null>>> = { notify: notifyWithin, complete: completeWithin, department: departmentWithin, investigate: investigateWithin, consultation: consultationTrackWithin };

/**
 * @internal {@link checkComplaint} for a record the machine built (valid by construction)
 * with its deadlines under the same policy and calendar: no second schema pass.
 */
export function checkValidComplaint(record: ComplaintRecord, options: CheckOptions, deadlines: readonly TrackedDeadline[]): Violation[] {
  const { policy } = options;
  const view = asOfView(options);
  const { zone, asOf, happened } = view;
  const out: Violation[] = [];
  const complaintId = record.id;

  for (const d of deadlines) {
    if (d.exempt || compareInstants(d.startedAt, asOf) > 0) continue;
    const met = d.metAt !== null && happened(d.metAt) ? d.metAt : null;
    if (met ? !isLate(d, met) : !isLate(d, asOf)) continue;
    const within = DEADLINE_LIMITS[d.id] ? paramValue(policy, DEADLINE_LIMITS[d.id]!) : null;
    const limitZh = within ? formatDuration(within, 'zh-CN') : '约定的回复时间';
    const limitEn = within ? formatDuration(within, 'en') : 'the promised time';
    const rule = DEADLINE_RULES.get(d.ruleId)!;
    const facts: DeadlineFacts = { complaintId, startedAt: formatLocal(d.startedAt, zone), dueAt: formatLocal(d.dueAt, zone), metAt: met ? formatLocal(met, zone) : null, asOf: formatLocal(asOf, zone), limitZh, limitEn };
    const v = violation(rule, facts, policy, [d]);
    out.push({ ...v, data: { ...v.data, deadline: d.id, startedAt: d.startedAt, dueAt: d.dueAt, inclusive: d.inclusive, metAt: met, asOf } });
  }

  const e = record.notificationExemption;
  if (e && happened(e.at) && !notificationExempt(record)) {
    out.push(violation(notifyExemptionInvalid, { complaintId, falseDetails: [...e.falseDetails], notifiable: e.notifiable }, policy));
  }
  const c = record.classification;
  if (c && happened(c.at) && mustReport(c.kind) && !happened(record.report?.at)) {
    const to = paramValue(policy, escalateTo);
    out.push(violation(majorNotReported, { complaintId, kind: c.kind, reportTo: to['zh-CN'], reportToEn: to.en }, policy));
  }
  for (const { measure: m, doneAt } of overdueMeasures(record, view)) {
    out.push(violation(measureOverdue, { complaintId, measure: m.description, kind: m.kind, dueAt: formatLocal(m.dueAt, zone), doneAt: doneAt ? formatLocal(doneAt, zone) : null, asOf: formatLocal(asOf, zone) }, policy));
  }
  if (happened(record.closedAt)) {
    // A missing follow-up or 汇报 has its own rule; this one reports the rest of the record.
    const missing = missingForClose(record).filter((m) => m.field !== 'followUp' && m.field !== 'report');
    if (missing.length > 0) out.push(violation(recordIncomplete, { complaintId, missing }, policy));
    if (!record.referral && !record.followUp && !record.followUpExemption && !(record.classification && !record.classification.inScope)) {
      out.push(violation(followUpMissing, { complaintId }, policy));
    }
    if (record.followUp && !record.followUp.satisfied) out.push(violation(closedUnsatisfied, { complaintId, result: record.followUp.result }, policy));
    if (record.classification && !record.classification.inScope && !record.referral) out.push(violation(outOfScopeNotReferred, { complaintId }, policy));
  }
  return applicable(out, options.policy);
}
