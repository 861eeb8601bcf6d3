import type { AnyMachineSnapshot, AnyStateMachine, EventObject, StateValue } from 'xstate';
import { transition } from 'xstate';
import type { BusinessCalendar } from '../core/calendar';
import { WuyeError } from '../core/errors';
import type { Policy } from '../core/policy';
import type { ProcedureDefinition } from '../core/procedure';
import type { Source } from '../core/source';
import { startMachine } from '../core/start-machine';
import type { LocalizedText } from '../core/text';
import { text } from '../core/text';
import { activeNodes } from './active-nodes';

/** An event a scenario sends: its type, its instant and its payload. @example const e: ScenarioEvent = { type: 'LISTENED', at: '2026-05-06T09:31:00+08:00' }; */
export type ScenarioEvent = { readonly type: string; readonly at: string; readonly [field: string]: unknown };

/**
 * Why a step was refused: the guard that said no (with its clause), or that no transition
 * for the event exists in the current state.
 *
 * @example
 * const r: Refusal = { guard: 'intakeComplete', source: { document: '《服务中心工作手册》', clause: 'WI/FW-016' }, reason: { 'zh-CN': '…', en: '…' } };
 */
export interface Refusal {
  readonly guard: string | null;
  readonly source?: Source;
  readonly reason: LocalizedText;
}

/**
 * What one step of a scenario did: accepted or refused (and why), the state after it, and
 * the context's deadlines and violations where the machine keeps them.
 *
 * @example
 * const s: ScenarioStep = { event: { type: 'LISTENED', at: '…' }, accepted: true, state: 'receiving', status: 'active', deadlines: [], violations: [] };
 */
export interface ScenarioStep {
  readonly event: EventObject;
  readonly accepted: boolean;
  readonly state: StateValue;
  readonly status: string;
  readonly deadlines: unknown;
  readonly violations: unknown;
  readonly refused?: Refusal;
}

/**
 * Feeds events (each with its `at`) to a procedure's machine, built for `policy`, and
 * reports every step. A step the machine refuses is reported with the guard that refused it
 * and that guard's source clause — the question a host's failing test asks first.
 *
 * @example
 * const steps = runScenario(complaintProcedure, [{ type: 'CLASSIFY', at: '…', kind: 'general', reasonable: true, inScope: true }], { input: intake });
 * steps[0].refused?.guard // 'mustReport' — the first guard that said no (each CLASSIFY guard also needs the intake done)
 */
export function runScenario(
  procedure: ProcedureDefinition,
  steps: readonly ScenarioEvent[],
  options: { readonly input?: unknown; readonly policy?: Policy; readonly calendar?: BusinessCalendar } = {},
): ScenarioStep[] {
  const machine = procedure.createMachine ? procedure.createMachine({ ...(options.policy ? { policy: options.policy } : {}), ...(options.calendar ? { calendar: options.calendar } : {}) }) : procedure.machine;
  const input = options.input ?? procedure.pathModel?.input;
  if (!machine || input === undefined) {
    throw new WuyeError('INVALID_INPUT', text(`流程“${procedure.name}”没有状态机或输入`, `Procedure "${procedure.name}" has no machine or input`), { procedure: procedure.name });
  }
  let snapshot = startMachine(machine, input as never)[0] as AnyMachineSnapshot;
  return steps.map((event) => {
    // A finished procedure takes nothing more (xstate would still list root transitions).
    const enabled = snapshot.status === 'active' ? machine.getTransitionData(snapshot as never, event as never) : [];
    const refused = enabled.length === 0 ? explainRefusal(machine, procedure, snapshot, event) : undefined;
    if (!refused) snapshot = transition(machine, snapshot, event as never)[0] as AnyMachineSnapshot;
    const context = snapshot.context as { deadlines?: unknown; violations?: unknown };
    return { event, accepted: !refused, state: snapshot.value, status: snapshot.status, deadlines: context.deadlines, violations: context.violations, ...(refused ? { refused } : {}) };
  });
}

function guardName(guard: unknown): string | undefined {
  if (typeof guard === 'string') return guard;
  if (guard && typeof guard === 'object' && typeof (guard as { type?: unknown }).type === 'string') return (guard as { type: string }).type;
  return undefined;
}

function explainRefusal(machine: AnyStateMachine, procedure: ProcedureDefinition, snapshot: AnyMachineSnapshot, event: EventObject): Refusal {
  if (snapshot.status !== 'active') {
    const state = JSON.stringify(snapshot.value);
    return { guard: null, reason: text(`流程已结束（状态 ${state}），不再接受事件 ${event.type}`, `The procedure has ended (state ${state}) and takes no more events: ${event.type}`) };
  }
  const guards = (machine.implementations.guards ?? {}) as Record<string, (args: { context: unknown; event: EventObject }, params: unknown) => boolean>;
  let sawTransition = false;
  for (const node of activeNodes(machine, snapshot.value)) {
    for (const t of node.transitions.get(event.type) ?? []) {
      sawTransition = true;
      const name = guardName(t.guard);
      const impl = name ? guards[name] : undefined;
      if (name && impl && !impl({ context: snapshot.context, event }, undefined)) {
        const info = procedure.guards?.[name];
        return {
          guard: name,
          ...(info ? { source: info.source } : {}),
          reason: info ? text(`守卫 ${name} 拒绝：${info.description['zh-CN']}`, `Guard ${name} refused: ${info.description.en}`) : text(`守卫 ${name} 拒绝`, `Guard ${name} refused`),
        };
      }
    }
  }
  const state = JSON.stringify(snapshot.value);
  return {
    guard: null,
    reason: sawTransition
      ? text(`事件 ${event.type} 在状态 ${state} 中未被接受`, `Event ${event.type} was not taken in state ${state}`)
      : text(`状态 ${state} 不接受事件 ${event.type}${snapshot.status === 'done' ? '（流程已结束）' : ''}`, `State ${state} does not take event ${event.type}${snapshot.status === 'done' ? ' (the procedure has ended)' : ''}`),
  };
}
