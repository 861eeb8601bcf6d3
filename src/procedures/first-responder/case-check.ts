import type { BusinessCalendar } from '../../core/calendar';
import { zoneParameter } from '../../core/core-parameters';
import type { Deadline } from '../../core/deadline';
import { computeDeadline, isLate } from '../../core/deadline';
import type { InstantInput, IsoInstant } from '../../core/instant';
import { compareInstants, formatInstant, formatLocal, parseInstant, toIsoInstant } from '../../core/instant';
import type { Policy } from '../../core/policy';
import { assertPolicy, paramValue } from '../../core/policy';
import type { Violation } from '../../core/rule';
import { violation } from '../../core/rule';
import { parseInput } from '../../core/validate';
import { forbiddenPhraseViolations } from './forbidden-phrases';
import { approvalAnswerWithin, sameDayReply } from './policy';
import { firstResponderRules } from './rules';
import type { FirstResponderCase } from './schema';
import { firstResponderCaseSchema } from './schema';

/** Options of the case checks. @example const o: FirstResponderOptions = { policy: composePolicy(firstResponderPacks.ZH) }; */
export interface FirstResponderOptions {
  readonly policy?: Policy | undefined;
  readonly calendar?: BusinessCalendar | undefined;
}

/**
 * A deadline of one matter, as data: which, when it started and falls due, and when it was
 * met (the reply to the customer).
 *
 * @example
 * const d: FirstResponderDeadline = { id: 'approval-answer', ruleId: 'first-responder.approval-answer', startedAt: '2026-05-06T09:30:00+08:00', dueAt: '2026-05-09T09:30:00+08:00', inclusive: true, metAt: null };
 */
export interface FirstResponderDeadline extends Deadline {
  readonly id: 'approval-answer' | 'same-day';
  readonly ruleId: string;
  readonly startedAt: IsoInstant;
  readonly metAt: IsoInstant | null;
}

/**
 * What a matter still lacks before it may be closed (empty when it may): the reply, and the
 * report-back of every hand-off. Shared by the machine's `canClose` guard and the
 * `first-responder.ownership` rule.
 *
 * @example
 * missingForClose({ ...intake, handOffs: [{ at: '2026-05-06T09:40:00+08:00', department: '工程部' }] }) // ['reply', 'handOffs[0].reportedAt']
 */
export function missingForClose(record: FirstResponderCase): string[] {
  const missing: string[] = [];
  if (!record.reply) missing.push('reply');
  (record.handOffs ?? []).forEach((h, i) => {
    if (!h.reportedAt) missing.push(`handOffs[${i}].reportedAt`);
  });
  return missing;
}

/**
 * The deadlines of a matter as data: the definite answer on a matter needing approval
 * (WI/FW-006.5, `firstResponder.approvalAnswerWithin` from receipt) and the same-day reply
 * to an own-scope matter (WI/FW-006.7, until 24:00 of the day of receipt).
 *
 * @example
 * firstResponderDeadlines({ ...intake, approval: { requestedAt: '2026-05-06T10:00:00+08:00', approver: '主任' } })[0]?.dueAt
 * // '2026-05-09T09:30:00+08:00'
 */
export function firstResponderDeadlines(record: FirstResponderCase, options: FirstResponderOptions = {}): FirstResponderDeadline[] {
  parseInput(firstResponderCaseSchema, record, 'first-responder case');
  if (options.policy !== undefined) assertPolicy(options.policy);
  return deadlinesOfValidCase(record, options);
}

/**
 * {@link firstResponderDeadlines} for a record already known to be valid (the machine's own,
 * built from validated events): no schema pass on every event.
 *
 * @example
 * deadlinesOfValidCase(snapshot.context.record, { policy })
 */
export function deadlinesOfValidCase(record: FirstResponderCase, options: FirstResponderOptions = {}): FirstResponderDeadline[] {
  const zone = paramValue(options.policy, zoneParameter);
  const startedAt = toIsoInstant(record.receivedAt, zone);
  const metAt = record.reply ? toIsoInstant(record.reply.at, zone) : null;
  const out: FirstResponderDeadline[] = [];
  if (record.approval) {
    const d = computeDeadline(startedAt, paramValue(options.policy, approvalAnswerWithin), options);
    out.push({ id: 'approval-answer', ruleId: firstResponderRules.approvalAnswer.id, startedAt, ...d, metAt });
  }
  const ownOnly = record.scope?.kind === 'own' && !record.approval && (record.handOffs ?? []).length === 0 && !record.escalation;
  if (ownOnly && paramValue(options.policy, sameDayReply)) {
    const midnight = parseInstant(startedAt, zone).startOf('day').plus({ days: 1 });
    out.push({ id: 'same-day', ruleId: firstResponderRules.sameDay.id, startedAt, dueAt: formatInstant(midnight), inclusive: false, metAt });
  }
  return out;
}

/**
 * Checks a matter as of an instant: overdue deadlines (a late reply, or none yet), a closing
 * without a reply or with an open hand-off, and forbidden phrases in the reply. Never throws
 * for non-compliance; invalid input is a typed error; the record is not changed.
 *
 * @example
 * checkFirstResponderCase(record, { asOf: '2026-05-10T09:30:00+08:00' }).map((v) => v.ruleId) // ['first-responder.approval-answer']
 */
export function checkFirstResponderCase(record: FirstResponderCase, options: FirstResponderOptions & { readonly asOf: InstantInput }): Violation[] {
  const deadlines = firstResponderDeadlines(record, options);
  const { policy } = options;
  const zone = paramValue(policy, zoneParameter);
  const asOf = toIsoInstant(options.asOf, zone);
  const happened = (at: string | undefined | null): at is string => typeof at === 'string' && compareInstants(at, asOf) <= 0;
  const out: Violation[] = [];
  const rules = { 'approval-answer': firstResponderRules.approvalAnswer, 'same-day': firstResponderRules.sameDay };
  for (const d of deadlines) {
    if (compareInstants(d.startedAt, asOf) > 0) continue;
    const met = happened(d.metAt) ? d.metAt : null;
    if (met ? !isLate(d, met) : !isLate(d, asOf)) continue;
    const v = violation(rules[d.id], { caseId: record.id, dueAt: formatLocal(d.dueAt, zone), metAt: met ? formatLocal(met, zone) : null, asOf: formatLocal(asOf, zone) }, policy);
    out.push({ ...v, data: { ...v.data, deadline: d.id, dueAt: d.dueAt, inclusive: d.inclusive, metAt: met, asOf } });
  }
  if (happened(record.closedAt)) {
    const missing = missingForClose(record);
    if (missing.length > 0) out.push(violation(firstResponderRules.ownership, { caseId: record.id, missing }, policy));
  }
  if (record.reply && happened(record.reply.at)) {
    for (const v of forbiddenPhraseViolations(record.reply.answer, policy)) out.push({ ...v, data: { ...v.data, caseId: record.id, field: 'reply.answer' } });
  }
  return out;
}
