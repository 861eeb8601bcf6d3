import type { CheckOptions } from '../../core/check-options';
import { checkOptions } from '../../core/check-options';
import { zoneParameter } from '../../core/core-parameters';
import type { DeadlineOptions } from '../../core/deadline';
import { computeDeadline, isLate } from '../../core/deadline';
import { compareInstants, epochMsToZonedIso, formatLocal, instantToEpochMs, toIsoInstant } from '../../core/instant';
import { localToMillis, readLocalMillis } from '../../core/local-time';
import type { MissingField } from '../../core/missing-field';
import { missingField } from '../../core/missing-field';
import { paramValue } from '../../core/policy';
import type { Violation } from '../../core/rule';
import { applicable, violation } from '../../core/rule';
import { text } from '../../core/text';
import type { TrackedDeadline } from '../../core/tracked-deadline';
import { parseInput } from '../../core/validate';
import { forbiddenPhraseViolations } from './phrase-violations';
import { approvalAnswerWithin, sameDayReply } from './policy';
import { firstResponderRules } from './rules';
import type { FirstResponderCase } from './schema';
import { FIRST_RESPONDER_FIELD_LABELS, firstResponderCaseSchema } from './schema';

/**
 * @internal What a matter still lacks before it may be closed (empty when it may): the
 * reply, and the report-back of every hand-off. Shared by the machine's `canClose` guard,
 * the `closed` state's invariant and the `first-responder.ownership` rule.
 */
export function missingForClose(record: FirstResponderCase): MissingField[] {
  const missing: MissingField[] = [];
  if (!record.reply) missing.push(missingField('reply', FIRST_RESPONDER_FIELD_LABELS.reply!));
  (record.handOffs ?? []).forEach((h, i) => {
    if (!h.reportedAt) missing.push(missingField(`handOffs.${i}.reportedAt`, text(`第${i + 1}次转交（${h.department}）的部门回复`, `report-back of hand-off ${i + 1} (${h.department})`)));
  });
  return missing;
}

/**
 * @internal The deadlines of a matter already known to be valid (the machine's own, or one
 * {@link checkFirstResponder} validated): the definite answer on a matter needing approval
 * (WI/FW-006.5, `firstResponder.approvalAnswerWithin` from receipt) and the same-day reply
 * to an own-scope matter (WI/FW-006.7, until 24:00 of the day of receipt in the policy zone).
 */
export function firstResponderDeadlines(record: FirstResponderCase, options: DeadlineOptions = {}): TrackedDeadline[] {
  const zone = paramValue(options.policy, zoneParameter);
  const startedAt = toIsoInstant(record.receivedAt, zone);
  const metAt = record.reply ? toIsoInstant(record.reply.at, zone) : null;
  const out: TrackedDeadline[] = [];
  if (record.approval) {
    const d = computeDeadline(startedAt, paramValue(options.policy, approvalAnswerWithin), options);
    out.push({ id: 'approval-answer', ruleId: firstResponderRules.approvalAnswer.id, startedAt, ...d, metAt, exempt: false });
  }
  const ownOnly = record.scope?.kind === 'own' && !record.approval && (record.handOffs ?? []).length === 0 && !record.escalation;
  if (ownOnly && paramValue(options.policy, sameDayReply)) {
    // The day of receipt is a day of the policy zone (core.zone): 24:00 there.
    const midnight = localToMillis(readLocalMillis(instantToEpochMs(startedAt), zone).day + 1, 0, zone);
    out.push({ id: 'same-day', ruleId: firstResponderRules.sameDay.id, startedAt, dueAt: epochMsToZonedIso(midnight, zone), inclusive: false, metAt, exempt: false });
  }
  return applicable(out, options.policy);
}

const DEADLINE_RULES = { 'approval-answer': firstResponderRules.approvalAnswer, 'same-day': firstResponderRules.sameDay } as const;

/**
 * Checks a first-responder matter (made by the machine or kept by the host) as of `asOf`:
 * a deadline passed without a reply, or a late reply (WI/FW-006.5, WI/FW-006.7 — a deadline
 * not yet passed at `asOf` is no violation); a closing without a reply or with a hand-off
 * not reported back (WI/FW-009.2/.4); forbidden phrases in the reply. What happened after
 * `asOf` is not judged. Never throws for non-compliance; invalid input is a typed error; the
 * record is not changed.
 *
 * @example
 * checkFirstResponder({ id: 'FR-1', receivedAt: '2026-05-06T09:30:00+08:00', channel: 'call', customer: { name: '王先生' }, matter: '楼道灯不亮', firstResponder: '李敏', scope: { at: '2026-05-06T09:35:00+08:00', kind: 'own' }, approval: { requestedAt: '2026-05-06T09:35:00+08:00', approver: '主任' } }, { asOf: '2026-05-10T09:30:00+08:00' })
 *   .map((v) => v.ruleId) // ['first-responder.approval-answer']
 */
export function checkFirstResponder(record: FirstResponderCase, options: CheckOptions): Violation[] {
  checkOptions(options);
  parseInput(firstResponderCaseSchema, record, text('首问事项', 'first-responder matter'), FIRST_RESPONDER_FIELD_LABELS);
  const { policy } = options;
  const zone = paramValue(policy, zoneParameter);
  const asOf = toIsoInstant(options.asOf, zone);
  const happened = (at: string | undefined | null): at is string => typeof at === 'string' && compareInstants(at, asOf) <= 0;
  const out: Violation[] = [];
  for (const d of firstResponderDeadlines(record, options)) {
    if (compareInstants(d.startedAt, asOf) > 0) continue;
    const met = happened(d.metAt) ? d.metAt : null;
    if (met ? !isLate(d, met) : !isLate(d, asOf)) continue;
    const v = violation(DEADLINE_RULES[d.id as keyof typeof DEADLINE_RULES], { caseId: record.id, dueAt: formatLocal(d.dueAt, zone), metAt: met ? formatLocal(met, zone) : null, asOf: formatLocal(asOf, zone) }, policy, [d]);
    out.push({ ...v, data: { ...v.data, deadline: d.id, dueAt: d.dueAt, inclusive: d.inclusive, metAt: met, asOf } });
  }
  if (happened(record.closedAt)) {
    const missing = missingForClose(record);
    if (missing.length > 0) out.push(violation(firstResponderRules.ownership, { caseId: record.id, missing }, policy));
  }
  if (record.reply && happened(record.reply.at)) {
    for (const v of forbiddenPhraseViolations(record.reply.answer, policy)) out.push({ ...v, data: { ...v.data, caseId: record.id, field: 'reply.answer' } });
  }
  return applicable(out, options.policy);
}
