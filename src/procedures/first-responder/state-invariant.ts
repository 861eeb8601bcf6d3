import { missingForClose } from './case-check';
import type { FirstResponderCase } from './schema';

/**
 * What the later states of the first-responder machine require of the matter — what the
 * guards and actions made true on the way in. `restoreFirstResponder` refuses an envelope
 * whose state does not fit its record (a hand-edited snapshot cannot close a matter without
 * a reply, or drop an open hand-off). Every step out of `receiving` records the scope; a
 * pending approval exists only while awaiting it; an open hand-off only while handed off.
 *
 * @example
 * firstResponderStateProblems({ value: 'closed', context: { record } }) // ['closed needs closedAt, a reply and every hand-off reported back']
 */
export function firstResponderStateProblems(snapshot: { readonly value: unknown; readonly context: unknown }): string[] {
  const state = snapshot.value;
  const record = (snapshot.context as { record?: FirstResponderCase } | undefined)?.record;
  if (!record || typeof state !== 'string') return ['no record or no simple state'];
  if (state === 'receiving') return [];
  const problems: string[] = [];
  const handOffs = record.handOffs ?? [];
  const last = handOffs[handOffs.length - 1];
  if (!record.scope) problems.push(`${state} needs the scope decided`);
  if (state === 'awaitingApproval' && (!record.approval || record.approval.decidedAt)) problems.push('awaitingApproval needs an approval requested and not yet decided');
  if (state !== 'awaitingApproval' && record.approval && !record.approval.decidedAt) problems.push(`${state} cannot leave an approval undecided`);
  if (state === 'handedOff' && (!last || last.reportedAt)) problems.push('handedOff needs an open hand-off');
  if (state !== 'handedOff' && handOffs.some((h) => !h.reportedAt)) problems.push(`${state} cannot leave a hand-off unreported`);
  if (state === 'mustEscalate' && last?.beyondCapacity !== true) problems.push('mustEscalate needs a hand-off reported beyond capacity');
  if (state === 'escalated' && !record.escalation) problems.push('escalated needs the escalation');
  if (state === 'replied' && !record.reply) problems.push('replied needs the reply');
  if (state === 'closed' && (!record.closedAt || missingForClose(record).length > 0)) problems.push('closed needs closedAt, a reply and every hand-off reported back');
  return problems;
}
