import type { AnyStateMachine } from 'xstate';
import type { Parameter } from './parameter';
import type { PolicyPack } from './policy';
import type { Rule } from './rule';
import type { Source } from './source';
import type { LocalizedText } from './text';

/**
 * Everything the docs generator and a testing kit need to know about one procedure: its
 * titles and sources, parameters, packs, rules, extra reading notes, and — for procedures
 * with steps — its machine and the clause behind each guard.
 *
 * @example
 * complaintProcedure.rules.map((r) => r.id)
 */
export interface ProcedureDefinition {
  readonly name: string;
  readonly title: LocalizedText;
  readonly summary: LocalizedText;
  readonly sources: readonly Source[];
  readonly parameters: readonly Parameter[];
  readonly packs: readonly PolicyPack[];
  readonly rules: readonly Rule<never>[];
  readonly readings: readonly LocalizedText[];
  readonly machine?: AnyStateMachine;
  readonly guards?: Readonly<Record<string, { readonly source: Source; readonly description: LocalizedText }>>;
}

/**
 * Defines (and freezes) a procedure.
 *
 * @example
 * export const complaintProcedure = defineProcedure({ name: 'complaint', title: text('投诉处理', 'Complaint handling'), … });
 */
export function defineProcedure(procedure: ProcedureDefinition): ProcedureDefinition {
  return Object.freeze({ ...procedure });
}
