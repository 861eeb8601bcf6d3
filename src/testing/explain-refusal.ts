import type { AnyMachineSnapshot, AnyStateMachine, EventObject } from 'xstate';
import type { ProcedureDefinition } from '../core/procedure';
import type { Source } from '../core/source';
import type { LocalizedText } from '../core/text';
import { text } from '../core/text';
import { activeNodes } from './active-nodes';

/**
 * Why a machine refused an event: the first guard that said no (with its clause), every
 * guard that said no, or that the state takes no such event (or the procedure has ended).
 *
 * @example
 * const r: Refusal = { guard: 'mustReport', source: { document: '《服务中心工作手册》', clause: 'WI/FW-012 二、三' }, guards: [], reason: { 'zh-CN': '…', en: '…' } };
 */
export interface Refusal {
  readonly guard: string | null;
  readonly source?: Source;
  /** Every guard that said no, in the machine's order (a CLASSIFY before intake is refused by all its branches). */
  readonly guards: readonly { readonly guard: string; readonly source?: Source }[];
  readonly reason: LocalizedText;
}

type GuardImpl = (args: { context: unknown; event: EventObject }, params: unknown) => boolean;

function guardName(guard: unknown): string | undefined {
  if (typeof guard === 'string') return guard;
  if (guard && typeof guard === 'object' && typeof (guard as { type?: unknown }).type === 'string') return (guard as { type: string }).type;
  return undefined;
}

/**
 * Explains why `machine` (default: the procedure's) refuses `event` in `snapshot` — any
 * snapshot, fresh or restored: what a host shows its user when a step is not allowed.
 * Call it when `machine.getTransitionData(snapshot, event)` is empty.
 *
 * @example
 * explainRefusal(complaintProcedure, restoreComplaint(stored), { type: 'CLOSE', at: '2026-05-06T10:00:00+08:00' }).reason.en
 */
export function explainRefusal(procedure: ProcedureDefinition, snapshot: AnyMachineSnapshot, event: EventObject, machine: AnyStateMachine | undefined = procedure.machine): Refusal {
  const state = JSON.stringify(snapshot.value);
  if (!machine || snapshot.status !== 'active') {
    return { guard: null, guards: [], reason: text(`流程已结束（状态 ${state}），不再接受事件 ${event.type}`, `The procedure has ended (state ${state}) and takes no more events: ${event.type}`) };
  }
  const impls = (machine.implementations.guards ?? {}) as Record<string, GuardImpl>;
  const refusing: { guard: string; source?: Source }[] = [];
  let sawTransition = false;
  for (const node of activeNodes(machine, snapshot.value)) {
    for (const t of node.transitions.get(event.type) ?? []) {
      sawTransition = true;
      const name = guardName(t.guard);
      const impl = name ? impls[name] : undefined;
      if (name && impl && !impl({ context: snapshot.context, event }, undefined)) {
        const info = procedure.guards?.[name];
        refusing.push({ guard: name, ...(info ? { source: info.source } : {}) });
      }
    }
  }
  const first = refusing[0];
  if (first) {
    const info = procedure.guards?.[first.guard];
    return {
      ...first,
      guards: refusing,
      reason: info ? text(`守卫 ${first.guard} 拒绝：${info.description['zh-CN']}`, `Guard ${first.guard} refused: ${info.description.en}`) : text(`守卫 ${first.guard} 拒绝`, `Guard ${first.guard} refused`),
    };
  }
  return {
    guard: null,
    guards: [],
    reason: sawTransition ? text(`事件 ${event.type} 在状态 ${state} 中未被接受`, `Event ${event.type} was not taken in state ${state}`) : text(`状态 ${state} 不接受事件 ${event.type}`, `State ${state} does not take event ${event.type}`),
  };
}
