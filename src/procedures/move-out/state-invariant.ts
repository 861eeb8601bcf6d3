import type { MoveOutRequest } from './schema';

const AFTER_LISTING = ['assessingMove', 'checkingFees', 'verifyingIdentity', 'confirmingWithOwner', 'verifyingContractor', 'signing', 'issued', 'refused'];
const AFTER_FEES = ['verifyingIdentity', 'confirmingWithOwner', 'signing', 'issued', 'refused'];

/** Whether the requester of `record` was identified the way its kind requires (owner, agent + owner's consent, contractor). */
function identified(record: MoveOutRequest): boolean {
  switch (record.requester.kind) {
    case 'owner':
      return record.identityCheck !== undefined;
    case 'agent':
      return record.identityCheck !== undefined && record.authorisation !== undefined && record.ownerConfirmation?.consented === true;
    case 'contractor':
      return record.contractorCheck !== undefined;
    default:
      return false;
  }
}

/**
 * What the later states of the move-out machine require of the request — what the guards and
 * actions made true on the way in. `restoreMoveOut` refuses an envelope whose state does not
 * fit its record (a hand-edited snapshot cannot sign a pass for an unidentified requester,
 * or pass the fee check of a likely move-out unsettled). Whether several items need the
 * move-out assessment is a policy's, which a restore does not know: only a recorded
 * “likely moving” is held to the settled fees.
 *
 * @example
 * moveOutStateProblems({ value: 'signing', context: { record } }) // ['signing needs the requester identified for their kind']
 */
export function moveOutStateProblems(snapshot: { readonly value: unknown; readonly context: unknown }): string[] {
  const state = snapshot.value;
  const record = (snapshot.context as { record?: MoveOutRequest } | undefined)?.record;
  if (!record || typeof state !== 'string') return ['no record or no simple state'];
  const problems: string[] = [];
  const kind = record.requester.kind;
  if (AFTER_LISTING.includes(state) && !record.itemList) problems.push(`${state} needs the item list`);
  if (state === 'checkingFees' && record.moveAssessment?.likelyMoving !== true) problems.push('checkingFees is for a request judged a likely move-out');
  // checkingFees is left (but for WITHDRAW) only once finance reports the fees settled.
  if (AFTER_FEES.includes(state) && record.moveAssessment?.likelyMoving === true && !(record.feeChecks ?? []).some((c) => c.settled)) problems.push(`${state} needs the fees settled for a likely move-out`);
  if (state === 'verifyingContractor' && kind !== 'contractor') problems.push("verifyingContractor is for a contractor's items");
  if ((state === 'confirmingWithOwner' || state === 'refused') && (kind !== 'agent' || !record.identityCheck || !record.authorisation)) problems.push(`${state} needs a non-owner's ID and the owner's authorisation`);
  if ((state === 'signing' || state === 'issued') && !identified(record)) problems.push(`${state} needs the requester identified for their kind`);
  if (state === 'issued' && !record.pass) problems.push('issued needs the signed pass');
  if (state === 'refused' && (record.ownerConfirmation?.consented !== false || !record.refusal)) problems.push("refused needs the owner's refusal");
  if (state === 'withdrawn' && !record.withdrawnAt) problems.push('withdrawn needs withdrawnAt');
  return problems;
}
