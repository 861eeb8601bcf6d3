import type { AnyMachineSnapshot, AnyStateMachine, EventObject } from 'xstate';
import type { AnySchema } from './schema-type';
import type { BusinessCalendar } from './calendar';
import type { CaseProcedure } from './case-procedure';
import type { CheckOptions } from './check-options';
import type { Policy } from './policy';
import type { Violation } from './rule';
import type { Parameter } from './parameter';
import type { PolicyPack } from './policy';
import type { Rule } from './rule';
import type { Source } from './source';
import { requireObject } from './require-input';
import type { LocalizedText } from './text';
import { text } from './text';

/**
 * Everything a host, the docs generator and a testing kit need to know about one procedure:
 * its title and sources, parameters, packs, rules, and — for procedures with steps — its
 * machine and the clause behind each guard. Its summary and the library's readings of the
 * sources are docs-only text, kept apart in a `ProcedureDocs` so bundles do not carry them.
 *
 * @example
 * complaintProcedure.rules.map((r) => r.id)
 */
export interface ProcedureDefinition {
  readonly name: string;
  readonly title: LocalizedText;
  readonly sources: readonly Source[];
  readonly parameters: readonly Parameter[];
  readonly packs: readonly PolicyPack[];
  readonly rules: readonly Rule<never>[];
  readonly machine?: AnyStateMachine;
  readonly guards?: Readonly<Record<string, { readonly source: Source; readonly description: LocalizedText }>>;
  /** Builds the machine for a policy and calendar (the machine's deadlines use them). */
  readonly createMachine?: (options: { readonly policy?: Policy; readonly calendar?: BusinessCalendar }) => AnyStateMachine;
  /**
   * The procedure's record (and event) schemas by name, e.g. `{ record, event }`: written to
   * docs/schemas as JSON Schema for hosts in other stacks.
   */
  readonly schemas?: Readonly<Record<string, AnySchema>>;
  /** Checks one host record as of an instant (the procedure's `check…` function). */
  readonly check?: (record: never, options: CheckOptions) => Violation[];
  /**
   * What `check` reads, when that is not the one record schema (the case's record, else the
   * schema named `record`): the names, in `schemas`, of the record shapes it tells apart, and
   * whether it also takes a list of them. The decision service documents `check` from it.
   */
  readonly checkInput?: { readonly shapes: readonly string[]; readonly list?: boolean };
  /** The case machine of a procedure with steps (start, restore, step, parse events). */
  readonly case?: CaseProcedure<any, any>; // eslint-disable-line @typescript-eslint/no-explicit-any
  /**
   * What path generation needs: a sample input, sample events (one per guard outcome; their
   * `at` is restamped along each path) and the part of a snapshot that tells states apart.
   */
  readonly pathModel?: {
    readonly input: unknown;
    /** The sample events, or a function giving the events worth trying in a snapshot. */
    readonly events: readonly (EventObject & { readonly at: string })[] | ((snapshot: AnyMachineSnapshot) => readonly (EventObject & { readonly at: string })[]);
    readonly key?: (snapshot: AnyMachineSnapshot) => unknown;
  };
}

/**
 * Defines (and freezes) a procedure.
 *
 * @example
 * export const complaintProcedure = defineProcedure({ name: 'complaint', title: text('投诉处理', 'Complaint handling'), … });
 */
export function defineProcedure(procedure: ProcedureDefinition): ProcedureDefinition {
  requireObject(procedure, text('流程定义', 'procedure definition'), 'procedure');
  const kase = procedure.case;
  if (!kase) return Object.freeze({ ...procedure });
  // A case procedure's machine, guards and factory come from its one declaration.
  const guards: Record<string, { source: Source; description: LocalizedText }> = {};
  for (const [name, g] of Object.entries(kase.definition.guards)) guards[name] = { source: g.source, description: g.description };
  return Object.freeze({
    ...procedure,
    machine: kase.machine as unknown as AnyStateMachine,
    guards,
    createMachine: (options: { readonly policy?: Policy; readonly calendar?: BusinessCalendar }) => kase.create(options) as unknown as AnyStateMachine,
    check: procedure.check ?? ((record: never, options: CheckOptions) => kase.definition.check(record, options)),
  });
}
