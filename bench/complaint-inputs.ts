// Inputs of the complaint benches, built once: the 12-event lifecycle (optionally padded with
// deadline checks in `handling`), a no-op machine with the same states and events, and a
// complaint record with n progress notices.
import type { AnyStateMachine } from 'xstate';
import { createMachine, initialTransition, transition } from 'xstate';
import type { CheckDeadlinesEvent } from '../src/core/case-procedure';
import { epochMsToZonedIso, instantToEpochMs } from '../src/core/instant';
import type { ComplaintEvent, ComplaintRecord } from '../src/procedures/complaint/index';
import { complaintMachine, complaintProcedure } from '../src/procedures/complaint/index';
import { after, generalLifecycle, intake } from '../test/complaint/fixtures';

/** The intake record of every complaint bench. @example startComplaint(record) */
export const record: ComplaintRecord = intake();

/**
 * The general lifecycle (12 events) padded to `n` events with CHECK_DEADLINES one second
 * apart while the case is in handling (after ADD_MEASURE, before COMPLETE_MEASURE).
 *
 * @example
 * lifecycle(120).length // 120
 */
export function lifecycle(n = 12): (ComplaintEvent | CheckDeadlinesEvent)[] {
  const events: (ComplaintEvent | CheckDeadlinesEvent)[] = generalLifecycle();
  const from = instantToEpochMs(after(71));
  const checks = Array.from({ length: Math.max(0, n - events.length) }, (_, i): CheckDeadlinesEvent => ({ type: 'CHECK_DEADLINES', at: epochMsToZonedIso(from + i * 1000) }));
  events.splice(7, 0, ...checks);
  return events;
}

/** Runs events through `machine` with xstate's pure `transition()`; returns the last state. @example run(complaintMachine, lifecycle()) // 'closed' */
export function run(machine: AnyStateMachine, events: readonly object[], input: unknown = record): string {
  let [s] = initialTransition(machine, input);
  for (const e of events) [s] = transition(machine, s, e as never);
  return String(s.value);
}

/**
 * A machine with the complaint machine's states and events and nothing else: no context, no
 * guards, no actions. Where a state has several transitions for an event, it takes the one
 * the complaint machine takes on `events`, so both walk the same path.
 *
 * @example
 * run(noOpMachine(lifecycle()), lifecycle()) // 'closed'
 */
export function noOpMachine(events: readonly object[]): AnyStateMachine {
  const definition = complaintProcedure.case!.definition;
  const taken = new Map<string, string | undefined>();
  let [s] = initialTransition(complaintMachine, record);
  for (const e of events) {
    const from = String(s.value);
    [s] = transition(complaintMachine, s, e as never);
    taken.set(`${from} ${(e as { type: string }).type}`, String(s.value) === from ? undefined : String(s.value));
  }
  const states: Record<string, object> = {};
  for (const [key, state] of Object.entries(definition.states)) {
    const on: Record<string, object> = {};
    for (const [type, transitions] of Object.entries(state.on ?? {})) {
      const list = (Array.isArray(transitions) ? transitions : [transitions]) as { target?: string }[];
      const target = taken.has(`${key} ${type}`) ? taken.get(`${key} ${type}`) : list[0]?.target;
      on[type] = target ? { target } : {};
    }
    states[key] = state.final ? { type: 'final' } : { on: { ...on, CHECK_DEADLINES: {} } };
  }
  return createMachine({ id: 'no-op', initial: definition.initial, states: states as never });
}

/**
 * A complaint in handling with `n` progress notices ten minutes apart, each promising the
 * next reply within the hour (kept by the next notice).
 *
 * @example
 * checkComplaint(withNotices(250), { asOf })
 */
export function withNotices(n: number): ComplaintRecord {
  const from = instantToEpochMs(after(60));
  const at = (i: number) => epochMsToZonedIso(from + i * 600_000);
  return {
    ...record,
    fiveClears: { listened: after(1), clarified: after(3), recorded: after(5) },
    documentNo: 'TS-2026-0142',
    classification: { at: after(6), kind: 'general', reasonable: true, inScope: true },
    progressNotices: Array.from({ length: n }, (_, i) => ({ at: at(i), note: `进度 ${i}`, nextReplyAt: at(i + 6) })),
  };
}
