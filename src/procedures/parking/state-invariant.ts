import type { ParkingApplication } from './schema';

/**
 * What the later states of the parking machine require of the application — what the guards
 * and actions made true on the way in. `restoreParking` refuses an envelope whose state does
 * not fit its record (a hand-edited snapshot cannot issue a permit without the fee at finance
 * and a confirmed space). Which copies are required is a policy's, which a restore does not
 * know: only that copies were handed in is checked.
 *
 * @example
 * parkingStateProblems({ value: 'issued', context: { record } }) // ['issued needs the fee paid', ...]
 */
export function parkingStateProblems(snapshot: { readonly value: unknown; readonly context: unknown }): string[] {
  const state = snapshot.value;
  const record = (snapshot.context as { record?: ParkingApplication } | undefined)?.record;
  if (!record || typeof state !== 'string') return ['no record or no simple state'];
  const problems: string[] = [];
  // SUBMIT_COPIES is the only way out of collectingCopies but for WITHDRAW; PAY_FEE the only way out of payingFee.
  if (['payingFee', 'allocatingSpace', 'confirmingSpace', 'issuingPermit', 'issued'].includes(state) && !record.copies) problems.push(`${state} needs the copies handed in`);
  if (['allocatingSpace', 'confirmingSpace', 'issuingPermit', 'issued'].includes(state) && !record.feePaid) problems.push(`${state} needs the fee paid`);
  if (state === 'confirmingSpace' && !record.space) problems.push('confirmingSpace needs a space offered');
  if ((state === 'issuingPermit' || state === 'issued') && !record.space?.confirmedAt) problems.push(`${state} needs the space confirmed by the customer`);
  if (state === 'issued' && !record.permit) problems.push('issued needs the permit');
  if (state === 'withdrawn' && !record.withdrawn) problems.push('withdrawn needs the withdrawal');
  return problems;
}
