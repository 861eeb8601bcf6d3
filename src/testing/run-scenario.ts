import type { AnyMachineSnapshot, EventObject, StateValue } from 'xstate';
import type { BusinessCalendar } from '../core/calendar';
import { WuyeError } from '../core/errors';
import type { Policy } from '../core/policy';
import type { ProcedureDefinition } from '../core/procedure';
import { startMachine } from '../core/start-machine';
import { requireObject } from '../core/require-input';
import { text } from '../core/text';
import { requireProcedure } from './require-procedure';
import { stepCase } from '../core/case-procedure';
import type { Refusal } from '../core/refusal';

/** An event a scenario sends: its type, its instant and its payload. @example const e: ScenarioEvent = { type: 'LISTENED', at: '2026-05-06T09:31:00+08:00' }; */
export type ScenarioEvent = { readonly type: string; readonly at: string; readonly [field: string]: unknown };

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
 * steps[0].refused?.guard // 'intakeComplete' — the real reason: the intake is not complete yet
 */
export function runScenario(
  procedure: ProcedureDefinition,
  steps: readonly ScenarioEvent[],
  options: { readonly input?: unknown; readonly policy?: Policy; readonly calendar?: BusinessCalendar } = {},
): ScenarioStep[] {
  requireProcedure(procedure);
  if (!Array.isArray(steps)) throw new WuyeError('INVALID_INPUT', text('场景须为事件列表', 'A scenario is a list of events'), { field: 'steps' });
  requireObject(options, text('场景选项', 'scenario options'), 'options');
  const machine = procedure.createMachine ? procedure.createMachine({ ...(options.policy ? { policy: options.policy } : {}), ...(options.calendar ? { calendar: options.calendar } : {}) }) : procedure.machine;
  const input = options.input ?? procedure.pathModel?.input;
  if (!machine || input === undefined) {
    throw new WuyeError('INVALID_INPUT', text(`流程“${procedure.name}”没有状态机或输入`, `Procedure "${procedure.name}" has no machine or input`), { procedure: procedure.name });
  }
  let snapshot = startMachine(machine, input as never)[0] as AnyMachineSnapshot;
  return steps.map((event) => {
    // The production step: the event validated, the case stepped, a refusal explained.
    const result = stepCase(machine, snapshot, event);
    const refused = result.accepted ? undefined : result.refusal;
    snapshot = result.snapshot;
    const context = snapshot.context as { deadlines?: unknown; violations?: unknown };
    return { event, accepted: !refused, state: snapshot.value, status: snapshot.status, deadlines: context.deadlines, violations: context.violations, ...(refused ? { refused } : {}) };
  });
}
