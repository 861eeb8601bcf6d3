/**
 * `wuye-rules` — the core: typed errors, instants, sources and violations, policy
 * parameters and packs, deadlines, persistence. Each procedure lives in its own subpath
 * (`wuye-rules/complaint`, `wuye-rules/calendar`, …).
 *
 * @example
 * import { composePolicy, WuyeError } from 'wuye-rules';
 *
 * @module
 */
export type { LocalizedText, Lang } from './core/text';
export { text, LANGS } from './core/text';
export type { WuyeErrorCode } from './core/errors';
export { WuyeError, isWuyeError } from './core/errors';
export type { InstantInput, IsoInstant } from './core/instant';
export { DEFAULT_ZONE, parseInstant, toIsoInstant, formatInstant, formatLocal, compareInstants, earliestInstant } from './core/instant';
export type { DocumentId, Source } from './core/source';
export { DOCUMENTS, cite, formatSource } from './core/source';
export type { Parameter, Duration, TimeUnit } from './core/parameter';
export { defineParameter, durationSchema, formatDuration } from './core/parameter';
export type { PolicyPack, Policy, PolicyOrigin, PolicyOverrides } from './core/policy';
export { definePack, mergePacks, composePolicy, paramValue, paramOrigin, assertPolicy, deepFreeze } from './core/policy';
export type { DayCounting } from './core/core-parameters';
export { zoneParameter, dayCountingParameter, beyondCalendarParameter, corePack, CORE_PARAMETERS } from './core/core-parameters';
export type { Severity, Violation, Rule, ParameterUse } from './core/rule';
export { defineRule, violation } from './core/rule';
export type { Deadline, DeadlineOptions } from './core/deadline';
export { computeDeadline, isLate } from './core/deadline';
export type { SnapshotEnvelope, PersistedSnapshot, Migration, RestoreOptions } from './core/persistence';
export { persist, restore, machineVersion } from './core/persistence';
export type { ProcedureDefinition } from './core/procedure';
export { defineProcedure } from './core/procedure';
export { instantSchema } from './core/instant-schema';
export { parseInput, INSTANT_MESSAGE } from './core/validate';
export { startMachine } from './core/start-machine';
