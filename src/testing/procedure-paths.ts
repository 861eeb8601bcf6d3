import type { AnyMachineSnapshot, EventObject, StateValue } from 'xstate';
import { transition } from 'xstate';
import { getShortestPaths, getSimplePaths } from 'xstate/graph';
import { WuyeError } from '../core/errors';
import { epochMsToZonedIso, instantToEpochMs } from '../core/instant';
import type { ProcedureDefinition } from '../core/procedure';
import { startMachine } from '../core/start-machine';
import { requireObject } from '../core/require-input';
import { text } from '../core/text';
import { requireProcedure } from './require-procedure';

/** An event of a generated path, with the instant it is sent at. @example const e: TimedEvent = { type: 'LISTENED', at: '2026-05-06T09:35:00+08:00' }; */
export type TimedEvent = EventObject & { readonly at: string };

/**
 * One path through a procedure: how it was found, where it ends, and the events (each with
 * `at`) that lead there from the start.
 *
 * @example
 * const p: ProcedurePath = { kind: 'shortest', state: 'closed', status: 'done', events: [{ type: 'LISTENED', at: '…' }] };
 */
export interface ProcedurePath {
  readonly kind: 'shortest' | 'simple';
  readonly state: StateValue;
  readonly status: string;
  readonly events: readonly TimedEvent[];
}

/**
 * Options of {@link procedurePaths}; each defaults to the procedure's `pathModel`.
 *
 * @example
 * const o: ProcedurePathOptions = { kind: 'simple', stepMinutes: 30 };
 */
export interface ProcedurePathOptions {
  readonly kind?: 'shortest' | 'simple' | 'both';
  readonly input?: unknown;
  readonly events?: readonly TimedEvent[] | ((snapshot: AnyMachineSnapshot) => readonly TimedEvent[]);
  readonly key?: (snapshot: AnyMachineSnapshot) => unknown;
  /** Minutes between consecutive events of a path (default 5). */
  readonly stepMinutes?: number;
}

/**
 * Every shortest and/or simple path of a procedure's machine, generated with `xstate/graph`
 * (never a hand-written list). Events are restamped so that each path's `at` values rise by
 * `stepMinutes` from the sample events' instant; a path whose end differs once restamped
 * keeps the sample instants.
 *
 * @example
 * const paths = procedurePaths(complaintProcedure);
 * paths.filter((p) => p.state === 'closed').length > 0 // true
 */
export function procedurePaths(procedure: ProcedureDefinition, options: ProcedurePathOptions = {}): ProcedurePath[] {
  requireProcedure(procedure);
  requireObject(options, text('路径选项', 'path options'), 'options');
  const machine = procedure.machine;
  const model = procedure.pathModel;
  const input = options.input ?? model?.input;
  const events = options.events ?? model?.events;
  if (!machine || input === undefined || !events) {
    throw new WuyeError('INVALID_INPUT', text(`流程“${procedure.name}”没有状态机或路径模型`, `Procedure "${procedure.name}" has no machine or path model`), { procedure: procedure.name });
  }
  const key = options.key ?? model?.key ?? (() => null);
  const serializeState = (s: AnyMachineSnapshot) => JSON.stringify([s.value, key(s)]);
  const traversal = { events: typeof events === 'function' ? events : [...events], input, serializeState } as never;
  const kind = options.kind ?? 'both';
  const found: Array<{ kind: ProcedurePath['kind']; state: AnyMachineSnapshot; events: TimedEvent[] }> = [];
  const collect = (k: ProcedurePath['kind'], paths: ReturnType<typeof getShortestPaths>) => {
    for (const p of paths) found.push({ kind: k, state: p.state as AnyMachineSnapshot, events: p.steps.map((s) => s.event as TimedEvent).filter((e) => !e.type.startsWith('xstate.')) });
  };
  if (kind !== 'simple') collect('shortest', getShortestPaths(machine, traversal));
  if (kind !== 'shortest') collect('simple', getSimplePaths(machine, traversal));

  const step = (options.stepMinutes ?? 5) * 60_000;
  return found.map(({ kind: k, state, events: path }) => {
    const restamped = path.map((e, i) => ({ ...e, at: epochMsToZonedIso(instantToEpochMs(e.at) + (i + 1) * step) }));
    let s = startMachine(machine, input as never)[0] as AnyMachineSnapshot;
    for (const e of restamped) s = transition(machine, s, e as never)[0] as AnyMachineSnapshot;
    const same = JSON.stringify(s.value) === JSON.stringify(state.value);
    return { kind: k, state: state.value, status: state.status, events: same ? restamped : path };
  });
}
