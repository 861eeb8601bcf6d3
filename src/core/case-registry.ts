import type { WuyeError } from './errors';
import type { AnyStateMachine } from 'xstate';
import type { CaseDefinitionAny } from './case-procedure';
import type { MachineOptions } from './check-options';

/** @internal What the library knows of a machine it built: its declaration and options. */
export interface CaseMachineInfo {
  readonly definition: CaseDefinitionAny;
  readonly options: MachineOptions;
  readonly zone: string;
  /** The typed error that keeps an event (valid, in order, its guards met) from being computed: a deadline past the calendar's data. */
  readonly outcomeError: (context: unknown, event: unknown, final: boolean) => WuyeError | undefined;
}

const machines = new WeakMap<AnyStateMachine, CaseMachineInfo>();

/** @internal Remembers the declaration a machine was built from. */
export function registerCaseMachine(machine: AnyStateMachine, info: CaseMachineInfo): void {
  machines.set(machine, info);
}

/** @internal The declaration of a machine built by `defineCaseProcedure`, if it is one. */
export function caseMachineInfo(machine: unknown): CaseMachineInfo | undefined {
  return typeof machine === 'object' && machine !== null ? machines.get(machine as AnyStateMachine) : undefined;
}
