/**
 * `wuye-rules` — what every host needs whatever procedure it runs: the typed error, policy
 * composition, persistence of cases, and stepping any case with the reason for a refusal.
 * Each procedure lives in its own subpath (`wuye-rules/complaint`, `wuye-rules/calendar`, …);
 * hosts that write their own procedures use `wuye-rules/authoring`.
 *
 * @example
 * import { composePolicy, persist, stepCase, WuyeError } from 'wuye-rules';
 *
 * @module
 */
export type { LocalizedText, Lang } from './core/text';
export type { WuyeErrorCode } from './core/errors';
export { WuyeError, isWuyeError } from './core/errors';
export type { InstantInput, IsoInstant } from './core/instant';
export type { Source } from './core/source';
export type { Parameter, Duration, TimeUnit } from './core/parameter';
export type { PolicyPack, Policy, PolicyOrigin, PolicyOverrides } from './core/policy';
export { composePolicy, paramApplies, paramValue, paramOrigin } from './core/policy';
export type { DayCounting } from './core/core-parameters';
export { coreParameters } from './core/core-parameters';
export type { Severity, Violation, ParameterUse } from './core/rule';
export type { Deadline } from './core/deadline';
export type { TrackedDeadline } from './core/tracked-deadline';
export type { CheckOptions, MachineOptions } from './core/check-options';
export type { MissingField } from './core/missing-field';
export type { SnapshotEnvelope, PersistedSnapshot } from './core/persistence';
export { persist } from './core/persistence';
export type { CaseContext } from './core/case-context';
export type { CaseEvent, CheckDeadlinesEvent, CaseMachine, CaseSnapshot, StepResult } from './core/case-procedure';
export { stepCase } from './core/case-procedure';
export type { Refusal } from './core/refusal';
export { explainRefusal } from './core/refusal';
export type { PolicyFile } from './core/policy-file';
export { policyFromFile } from './core/policy-file';
