import { mayStartRepair, missingForClose } from './rules';
import type { WorkOrder } from './schema';

/**
 * What the later states of the work-order machine require of the order — what the guards
 * made true on the way in. `restoreWorkOrder` refuses an envelope whose state does not fit its
 * order (a hand-edited snapshot cannot start paid work without consent or close unsigned).
 *
 * @example
 * workOrderStateProblems({ value: 'repairing', context: { order } }) // ['repairing a paid order needs the charge explained and consent']
 */
export function workOrderStateProblems(snapshot: { readonly value: unknown; readonly context: unknown }): string[] {
  const state = snapshot.value;
  const order = (snapshot.context as { order?: WorkOrder } | undefined)?.order;
  if (!order || typeof state !== 'string') return ['no order or no simple state'];
  const problems: string[] = [];
  const after = ['repairing', 'awaitingSignature', 'distributing', 'callingBack', 'closed'];
  if (after.includes(state) && !order.repairStartedAt && state !== 'repairing') problems.push(`${state} needs the repair started`);
  if (state === 'repairing' && !mayStartRepair(order)) problems.push('repairing a paid order needs the charge explained and consent');
  if (['awaitingSignature', 'distributing', 'callingBack', 'closed'].includes(state) && !order.repairedAt) problems.push(`${state} needs the repair done`);
  if (['distributing', 'callingBack', 'closed'].includes(state) && !order.signedAt) problems.push(`${state} needs the customer's signature`);
  if (state === 'closed' && missingForClose(order).length > 0) problems.push(`closed needs ${missingForClose(order).join(', ')}`);
  return problems;
}
