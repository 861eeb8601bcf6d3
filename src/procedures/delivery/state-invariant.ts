import type { TakeoverRecord } from './schema';

/**
 * What the later states of the takeover machine require of the record — what the guards and
 * actions made true on the way in. `restoreTakeover` refuses an envelope whose state does not
 * fit its record (a hand-edited snapshot cannot skip the contract, the inspection or the key
 * handover). The copy-set count, document list, departments and handbooks are a policy's,
 * which a restore does not know: only that each step is on the record is checked.
 *
 * @example
 * takeoverStateProblems({ value: 'completed', context: { record } }) // ['completed needs the signed contract', ...]
 */
export function takeoverStateProblems(snapshot: { readonly value: unknown; readonly context: unknown }): string[] {
  const state = snapshot.value;
  const record = (snapshot.context as { record?: TakeoverRecord } | undefined)?.record;
  if (!record || typeof state !== 'string') return ['no record or no simple state'];
  const problems: string[] = [];
  const order = ['contracting', 'collectingDocuments', 'inspecting', 'confirming', 'issuingHandbooks', 'completed'];
  const reached = order.indexOf(state);
  if (reached >= 1 && !record.contract) problems.push(`${state} needs the signed contract`);
  if (reached >= 2 && !record.documents) problems.push(`${state} needs the documents received`);
  if (reached >= 3 && !record.inspection) problems.push(`${state} needs the joint inspection`);
  if (reached >= 4 && record.confirmation?.keysHandedOver !== true) problems.push(`${state} needs the confirmation signed with the keys handed over`);
  if (reached >= 5 && (!record.handbooks || !record.completedAt)) problems.push(`${state} needs the handbooks issued and completedAt`);
  return problems;
}
