import type { RenovationRecord } from './schema';

const AFTER_PERMIT = ['works', 'violationFound', 'stopped', 'reportingToAuthority', 'reported', 'fireInspection', 'completionDocuments', 'acceptance', 'accepted', 'movedIn'];

/**
 * What the later states of the renovation machine require of the file — what the guards made
 * true on the way in. `restoreRenovation` refuses an envelope whose state does not fit its
 * record (a hand-edited snapshot cannot reach the works without the permit and fire-safety
 * approval, or move in without a signed acceptance).
 *
 * @example
 * renovationStateProblems({ value: 'accepted', context: { record } }) // ['accepted needs a signed acceptance notice']
 */
export function renovationStateProblems(snapshot: { readonly value: unknown; readonly context: unknown }): string[] {
  const state = snapshot.value;
  const record = (snapshot.context as { record?: RenovationRecord } | undefined)?.record;
  if (!record || typeof state !== 'string') return ['no record or no simple state'];
  const problems: string[] = [];
  // Only what no policy can waive: the permit and the fire-safety approval (the document list
  // is a policy's, which a restore does not know).
  if (AFTER_PERMIT.includes(state) && (!record.permit || !record.fireApproval)) problems.push(`${state} needs the renovation permit and the fire-safety approval`);
  if ((state === 'accepted' || state === 'movedIn') && !record.acceptance?.noticeSigned) problems.push(`${state} needs a signed acceptance notice`);
  if (state === 'movedIn' && !record.movedInAt) problems.push('movedIn needs the move-in');
  return problems;
}
