/**
 * `wuye-rules/authoring` — the functions the library's own procedures are written with, for
 * hosts who write procedures of their own: parameters, packs, rules and violations, the
 * case-procedure declaration, and input validation with Chinese texts.
 *
 * @example
 * import { defineParameter, derivePacks, defineRule, violation, defineCaseProcedure } from 'wuye-rules/authoring';
 *
 * @module
 */
export { text } from './core/text';
export type { DocumentId } from './core/source';
export { DOCUMENTS, cite, formatSource } from './core/source';
export { defineParameter, durationSchema, formatDuration } from './core/parameter';
export { definePack, mergePacks } from './core/policy';
export { derivePacks } from './core/derive-packs';
export { CORE_PARAMETERS } from './core/core-parameters';
export type { Rule } from './core/rule';
export { defineRule, ruleApplies, violation } from './core/rule';
export { missingField } from './core/missing-field';
export { checkOptions } from './core/check-options';
export { instantSchema } from './core/instant-schema';
export type { FieldLabels } from './core/validate';
export { parseInput } from './core/validate';
export type { Migration } from './core/persistence';
export type { CaseDefinition, CaseGuard, CaseGuardEnv, CaseState, CaseTransition, CaseTools, CaseUpdates, CaseProcedure } from './core/case-procedure';
export { defineCaseProcedure } from './core/case-procedure';
export type { ProcedureDefinition } from './core/procedure';
export { defineProcedure } from './core/procedure';
