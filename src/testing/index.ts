/**
 * `wuye-rules/testing` — a kit for host test suites: every path of a procedure, scenarios
 * that say which guard refused a step and why, compliance assertions that work in vitest,
 * jest and node:test, and the calendar days hosts trip on.
 *
 * @example
 * import { assertCompliant, procedurePaths, runScenario, CALENDAR_FIXTURES } from 'wuye-rules/testing';
 *
 * @module
 */
export type { ProcedurePath, ProcedurePathOptions, TimedEvent } from './procedure-paths';
export { procedurePaths } from './procedure-paths';
export type { ScenarioEvent, ScenarioStep } from './run-scenario';
export { runScenario } from './run-scenario';
export type { ComplianceOptions } from './assert-compliant';
export { assertCompliant, expectViolations } from './assert-compliant';
export { ComplianceAssertionError } from './assertion-error';
export type { CalendarFixture } from './calendar-fixtures';
export { CALENDAR_FIXTURES } from './calendar-fixtures';
