import { missingForClose, notificationExempt } from './rules';
import type { ComplaintRecord } from './schema';

/**
 * What each state of the complaint machine requires of its record — what the guards made
 * true on the way in. `restoreComplaint` refuses an envelope whose state does not fit its
 * record (a hand-edited snapshot cannot skip the intake, the 汇报 or the follow-up).
 *
 * @example
 * complaintStateProblems({ value: 'closing', context: { record } }) // ['closing needs a satisfied follow-up or its exemption']
 */
export function complaintStateProblems(snapshot: { readonly value: unknown; readonly context: unknown }): string[] {
  const state = snapshot.value;
  const record = (snapshot.context as { record?: ComplaintRecord } | undefined)?.record;
  if (!record || typeof state !== 'string') return ['no record or no simple state'];
  const problems: string[] = [];
  const c = record.classification;
  const intake = Boolean(record.fiveClears?.listened && record.fiveClears?.clarified && record.fiveClears?.recorded);
  const mustReport = c?.kind === 'major' || c?.kind === 'written';
  if (state === 'receiving') {
    if (c) problems.push('receiving has no classification yet');
    return problems;
  }
  if (!c || !intake) problems.push(`${state} needs the intake (listened, clarified, recorded) and a classification`);
  if (mustReport && state !== 'reporting' && !record.report) problems.push(`${state} needs the 汇报 of a ${c?.kind} complaint`);
  if (state === 'reporting' && (!mustReport || record.report)) problems.push('reporting is for a major or written complaint not yet reported');
  if (state === 'referring' && c?.inScope !== false) problems.push('referring is for a complaint outside property management');
  if (state === 'explaining' && c?.reasonable !== false) problems.push('explaining is for an unreasonable complaint');
  if (state === 'notifying' && !record.result) problems.push('notifying needs the handling result');
  if (state === 'followingUp' && !record.resultNotifiedAt && !notificationExempt(record) && !record.explanation) problems.push('followingUp needs the result told, a valid exemption or an explanation');
  if (state === 'closing' && !record.followUp?.satisfied && !record.followUpExemption) problems.push('closing needs a satisfied follow-up or its exemption');
  if (state === 'closed' && (!record.closedAt || (!record.referral && missingForClose(record).length > 0))) problems.push('closed needs closedAt and a complete record (or a referral)');
  return problems;
}
