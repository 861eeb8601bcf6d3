// The three kinds of case the desk opens, each wired to its library procedure: how to start
// one from its record, validate its events, restore its stored envelope and read its deadlines.
// (In your project, import from 'wuye-rules/complaint' etc.)
import type { AnyMachineSnapshot, AnyStateMachine, EventObject } from 'xstate';
import type { ProcedureDefinition } from 'wuye-rules/authoring';
import type { ComplaintContext, ComplaintRecord } from 'wuye-rules/complaint';
import { complaintMachine, complaintProcedure, parseComplaintEvent, restoreComplaint, startComplaint } from 'wuye-rules/complaint';
import type { RenovationContext, RenovationRecord } from 'wuye-rules/renovation';
import { parseRenovationEvent, renovationMachine, renovationProcedure, restoreRenovation, startRenovation } from 'wuye-rules/renovation';
import type { WorkOrder, WorkOrderContext } from 'wuye-rules/work-order';
import { parseWorkOrderEvent, restoreWorkOrder, startWorkOrder, workOrderMachine, workOrderProcedure } from 'wuye-rules/work-order';
import { upgradeLegacyEnvelope } from './legacy-envelope';

/** A deadline as the desk lists it, whatever the procedure keeps in its context. */
export interface DeskDeadline {
  readonly id: string;
  readonly ruleId: string;
  readonly dueAt: string;
  readonly inclusive: boolean;
  readonly metAt: string | null;
  readonly exempt: boolean;
}

/** An event as the desk hands it to a machine: a type, an instant and its payload. */
export type TimedEvent = EventObject & { readonly at: string };

/** One kind of case: its procedure and the few functions the desk calls. */
export interface CaseKind {
  readonly kind: CaseKindName;
  readonly machine: AnyStateMachine;
  readonly procedure: ProcedureDefinition;
  /** Starts a case from its record (throws the library's typed error on a bad record). */
  readonly start: (record: unknown) => AnyMachineSnapshot;
  /** Restores a stored envelope, migrating older shapes (throws INVALID_SNAPSHOT). */
  readonly restore: (envelope: unknown) => AnyMachineSnapshot;
  /** Validates an event body (throws INVALID_INPUT / INVALID_INSTANT). */
  readonly parseEvent: (body: unknown) => TimedEvent;
  readonly caseId: (snapshot: AnyMachineSnapshot) => string;
  readonly openedAt: (snapshot: AnyMachineSnapshot) => string;
  readonly deadlines: (snapshot: AnyMachineSnapshot) => DeskDeadline[];
}

/** The kinds of case the desk handles. */
export type CaseKindName = 'complaint' | 'work-order' | 'renovation';

const complaintContext = (s: AnyMachineSnapshot) => s.context as ComplaintContext;
const workOrderContext = (s: AnyMachineSnapshot) => s.context as WorkOrderContext;
const renovationContext = (s: AnyMachineSnapshot) => s.context as RenovationContext;

const complaint: CaseKind = {
  kind: 'complaint',
  machine: complaintMachine,
  procedure: complaintProcedure,
  start: (record) => startComplaint(record as ComplaintRecord)[0],
  restore: (envelope) => restoreComplaint(upgradeLegacyEnvelope(envelope)),
  parseEvent: (body) => parseComplaintEvent(body),
  caseId: (s) => complaintContext(s).record.id,
  openedAt: (s) => complaintContext(s).record.receivedAt,
  deadlines: (s) =>
    complaintContext(s).deadlines.map((d) => ({ id: d.id, ruleId: d.ruleId, dueAt: d.dueAt, inclusive: d.inclusive, metAt: d.metAt, exempt: d.exempt })),
};

const workOrder: CaseKind = {
  kind: 'work-order',
  machine: workOrderMachine,
  procedure: workOrderProcedure,
  start: (record) => startWorkOrder(record as WorkOrder)[0],
  restore: (envelope) => restoreWorkOrder(envelope),
  parseEvent: (body) => parseWorkOrderEvent(body),
  caseId: (s) => workOrderContext(s).record.id,
  openedAt: (s) => workOrderContext(s).record.reportedAt,
  deadlines: (s) =>
    workOrderContext(s).deadlines.map((d) => ({ id: d.id, ruleId: d.ruleId, dueAt: d.dueAt, inclusive: d.inclusive, metAt: d.metAt, exempt: d.exempt })),
};

const renovation: CaseKind = {
  kind: 'renovation',
  machine: renovationMachine,
  procedure: renovationProcedure,
  start: (record) => startRenovation(record as RenovationRecord)[0],
  restore: (envelope) => restoreRenovation(envelope),
  parseEvent: (body) => parseRenovationEvent(body),
  caseId: (s) => renovationContext(s).record.id,
  openedAt: (s) => renovationContext(s).record.appliedAt,
  // The renovation machine keeps no deadline list: its findings come as violations.
  deadlines: () => [],
};

/** The kinds by name. */
export const CASE_KINDS: Readonly<Record<CaseKindName, CaseKind>> = Object.freeze({ complaint, 'work-order': workOrder, renovation });

/** True when `name` is a kind the desk handles. */
export function isCaseKindName(name: unknown): name is CaseKindName {
  return typeof name === 'string' && Object.hasOwn(CASE_KINDS, name);
}
