import { toCaseContext } from '../../core/case-context';
import { defineCaseProcedure } from '../../core/case-procedure';
import type { PersistedSnapshot } from '../../core/persistence';
import { cite } from '../../core/source';
import { text } from '../../core/text';
import { checkFirstResponder, firstResponderDeadlines, missingForClose } from './case-check';
import type { FirstResponderEvent } from './events';
import { firstResponderEventSchema } from './events';
import type { FirstResponderCase } from './schema';
import { FIRST_RESPONDER_FIELD_LABELS, FIRST_RESPONDER_LIFECYCLE_FIELDS, firstResponderCaseSchema } from './schema';

const zh = (clause: string) => cite('ZH', clause);

// The open hand-off: the last one, not yet reported back.
function openHandOff(record: FirstResponderCase) {
  const last = record.handOffs?.[record.handOffs.length - 1];
  return last && !last.reportedAt ? last : undefined;
}

// The first step out of receiving decides the scope; later steps keep it.
const withScope = (record: FirstResponderCase, kind: 'own' | 'other-department' | 'beyond-capacity', at: string): FirstResponderCase =>
  record.scope ? record : { ...record, scope: { at, kind } };

// What the first responder may do with a matter still in hand (received, or being handled):
// ask for approval (once), hand it to the responsible department, escalate it (WI/FW-009.3).
const SCOPE_STEPS = {
  REQUEST_APPROVAL: { guard: 'noApprovalYet', target: 'awaitingApproval' },
  HAND_OFF: { target: 'handedOff' },
  ESCALATE: { target: 'escalated' },
} as const;

// Version 1 wrote its deadlines without `exempt` (none of them is ever waived).
function migrateFromV1(snapshot: PersistedSnapshot): PersistedSnapshot {
  const migrated = toCaseContext(snapshot);
  const context = migrated.context as { deadlines?: unknown };
  const deadlines = Array.isArray(context.deadlines) ? context.deadlines.map((d: unknown) => (typeof d === 'object' && d !== null ? { exempt: false, ...d } : d)) : context.deadlines;
  return { ...migrated, context: { ...(migrated.context as object), deadlines } };
}

/**
 * @internal 首问负责制 (《服务中心工作手册》 WI/FW-009) as a case: receiving → handling (份内事) |
 * awaitingApproval (需请示, WI/FW-006.5) | handedOff (转责任部门, open until the department
 * reports back) | escalated (超出能力, the superior replies) → replied → closed. No event
 * drops ownership; `closed` is reachable only from `replied`, and only with every hand-off
 * reported back. Deadlines: the definite answer after approval (WI/FW-006.5) and the
 * same-day reply (WI/FW-006.7).
 */
export const firstResponderCase = defineCaseProcedure<FirstResponderCase, FirstResponderEvent>({
  id: 'first-responder',
  version: 2,
  what: text('首问事项', 'first-responder matter'),
  record: firstResponderCaseSchema,
  labels: FIRST_RESPONDER_FIELD_LABELS,
  lifecycleFields: FIRST_RESPONDER_LIFECYCLE_FIELDS,
  openedAt: (r) => r.receivedAt,
  events: firstResponderEventSchema,
  guards: {
    noApprovalYet: {
      source: zh('WI/FW-006.5'),
      description: text('每个事项只请示一次（请示结果作为明确答复的依据）', 'One approval per matter (its decision grounds the definite answer)'),
      test: (record) => !record.approval,
    },
    reportFromOpenHandOff: {
      source: zh('WI/FW-009.5'),
      description: text('回复来自尚未回复的转交所转给的责任部门', 'The report-back comes from the department of the open hand-off'),
      test: (record, event) => event.type === 'REPORT_BACK' && openHandOff(record)?.department === event.department,
    },
    reportResolved: {
      source: zh('WI/FW-009.5'),
      description: text('责任部门就未结的转交回复首问人：已处理', 'The department reports back on the open hand-off: done'),
      requires: ['reportFromOpenHandOff'],
      test: (_record, event) => event.type === 'REPORT_BACK' && !event.beyondCapacity,
    },
    reportBeyondCapacity: {
      source: zh('WI/FW-009.5'),
      description: text('责任部门回复：超出能力范围，首问人须向上级汇报', 'The department reports back: beyond capacity, the first responder must escalate'),
      requires: ['reportFromOpenHandOff'],
      test: (_record, event) => event.type === 'REPORT_BACK' && event.beyondCapacity,
    },
    canClose: {
      source: zh('WI/FW-009.2、.4'),
      description: text('已答复客户且所有转交均已回复', 'The customer has a reply and every hand-off was reported back'),
      test: (record) => missingForClose(record).length === 0,
    },
  },
  updates: {
    HANDLE: (record, _event, { at }) => withScope(record, 'own', at),
    REQUEST_APPROVAL: (record, event, { at }) => ({ ...withScope(record, 'own', at), approval: { requestedAt: at, approver: event.approver } }),
    APPROVAL_DECIDED: (record, event, { at }) => ({
      ...record,
      approval: { ...record.approval!, decidedAt: at, approved: event.approved, ...(event.note !== undefined ? { note: event.note } : {}) },
    }),
    HAND_OFF: (record, event, { at }) => {
      const scoped = withScope(record, 'other-department', at);
      return { ...scoped, handOffs: [...(scoped.handOffs ?? []), { at, department: event.department }] };
    },
    CHASE: (record, event, { at }) => ({ ...record, chases: [...(record.chases ?? []), { at, ...(event.note !== undefined ? { note: event.note } : {}) }] }),
    REPORT_BACK: (record, event, { at }) => ({
      ...record,
      handOffs: (record.handOffs ?? []).map((h, i, all) => (i === all.length - 1 ? { ...h, reportedAt: at, result: event.result, beyondCapacity: event.beyondCapacity } : h)),
    }),
    ESCALATE: (record, event, { at }) => ({ ...withScope(record, 'beyond-capacity', at), escalation: { at, to: event.to } }),
    SUPERIOR_REPLIED: (record, event, { at }) => ({ ...record, reply: { at, by: event.by, answer: event.answer } }),
    REPLY: (record, event, { at }) => ({ ...record, reply: { at, by: record.firstResponder, answer: event.answer } }),
    CLOSE: (record, _event, { at }) => ({ ...record, closedAt: at }),
  },
  initial: 'receiving',
  states: {
    receiving: {
      title: text('首问受理', 'Received by the first responder'),
      source: zh('WI/FW-009.1、.3'),
      on: { HANDLE: { target: 'handling' }, ...SCOPE_STEPS },
    },
    handling: {
      title: text('处理（份内事）', 'Handling (own scope)'),
      source: zh('WI/FW-009.3'),
      requires: (r) => settled(r, 'handling'),
      on: { REPLY: { target: 'replied' }, ...SCOPE_STEPS },
    },
    awaitingApproval: {
      title: text('请示中（限时服务）', 'Awaiting approval (limited-time service)'),
      source: zh('WI/FW-006.5'),
      requires: (r) => [
        ...scoped(r, 'awaitingApproval'),
        ...(r.approval && !r.approval.decidedAt ? [] : ['awaitingApproval needs an approval requested and not yet decided']),
        ...noOpenHandOff(r, 'awaitingApproval'),
      ],
      on: { APPROVAL_DECIDED: { target: 'handling' } },
    },
    handedOff: {
      title: text('已转交（待部门回复）', 'Handed off (awaiting report-back)'),
      source: zh('WI/FW-009.4、.5'),
      requires: (r) => [
        ...scoped(r, 'handedOff'),
        ...noPendingApproval(r, 'handedOff'),
        ...(openHandOff(r) ? [] : ['handedOff needs an open hand-off']),
        ...((r.handOffs ?? []).slice(0, -1).some((h) => !h.reportedAt) ? ['handedOff cannot leave an earlier hand-off unreported'] : []),
      ],
      on: {
        CHASE: {},
        REPORT_BACK: [
          { guard: 'reportResolved', target: 'handling' },
          { guard: 'reportBeyondCapacity', target: 'mustEscalate' },
        ],
      },
    },
    mustEscalate: {
      title: text('须向上级汇报', 'Escalation required'),
      source: zh('WI/FW-009.5'),
      requires: (r) => [...settled(r, 'mustEscalate'), ...(r.handOffs?.[r.handOffs.length - 1]?.beyondCapacity === true ? [] : ['mustEscalate needs a hand-off reported beyond capacity'])],
      on: { ESCALATE: { target: 'escalated' } },
    },
    escalated: {
      title: text('已汇报上级', 'Escalated'),
      source: zh('WI/FW-009.5'),
      requires: (r) => [...settled(r, 'escalated'), ...(r.escalation ? [] : ['escalated needs the escalation'])],
      on: { SUPERIOR_REPLIED: { target: 'replied' } },
    },
    replied: {
      title: text('已答复', 'Replied'),
      source: zh('WI/FW-009.3'),
      requires: (r) => [...settled(r, 'replied'), ...(r.reply ? [] : ['replied needs the reply'])],
      on: { CLOSE: { guard: 'canClose', target: 'closed' } },
    },
    closed: {
      title: text('已结案', 'Closed'),
      source: zh('WI/FW-009.2'),
      final: true,
      requires: (r) => [...settled(r, 'closed'), ...(r.closedAt && missingForClose(r).length === 0 ? [] : ['closed needs closedAt, a reply and every hand-off reported back'])],
    },
  },
  deadlines: (record, options) => firstResponderDeadlines(record, options),
  check: (record, options) => checkFirstResponder(record, options),
  // Version 1 wrote deadlines without `exempt`.
  migrations: { 1: migrateFromV1 },
});

// What every state after receiving requires: what the guards and updates made true on the
// way in (a hand-edited envelope cannot skip them). The scope is decided; a pending approval
// exists only while awaiting it; an open hand-off only while handed off.
function scoped(r: FirstResponderCase, state: string): string[] {
  return r.scope ? [] : [`${state} needs the scope decided`];
}
function noPendingApproval(r: FirstResponderCase, state: string): string[] {
  return r.approval && !r.approval.decidedAt ? [`${state} cannot leave an approval undecided`] : [];
}
function noOpenHandOff(r: FirstResponderCase, state: string): string[] {
  return (r.handOffs ?? []).some((h) => !h.reportedAt) ? [`${state} cannot leave a hand-off unreported`] : [];
}
function settled(r: FirstResponderCase, state: string): string[] {
  return [...scoped(r, state), ...noPendingApproval(r, state), ...noOpenHandOff(r, state)];
}

/**
 * Builds the first-responder machine (首问负责制, 《服务中心工作手册》 WI/FW-009) for a policy and
 * calendar (the approval-answer limit, the same-day reply, the zone). No timers: the host
 * sends `CHECK_DEADLINES` with `at`.
 *
 * @example
 * const machine = createFirstResponderMachine({ policy: composePolicy(firstResponderPacks.ZH, { 'firstResponder.approvalAnswerWithin': { value: 2, unit: 'working-day' } }) });
 * let [snapshot] = startFirstResponder(intake, machine);
 */
export const createFirstResponderMachine = firstResponderCase.create;

/** The first-responder machine type. @example const m: FirstResponderMachine = firstResponderMachine; */
export type FirstResponderMachine = ReturnType<typeof createFirstResponderMachine>;

/**
 * The first-responder machine under the default policy and the Chinese business calendar.
 *
 * @example
 * const [snapshot] = startFirstResponder(intake);
 * const [next] = transition(firstResponderMachine, snapshot, { type: 'HAND_OFF', at: '2026-05-06T09:40:00+08:00', department: '工程部' });
 */
export const firstResponderMachine: FirstResponderMachine = firstResponderCase.machine;

/**
 * Starts a matter from its intake record (pure): `[snapshot, actions]`, or a typed error
 * (`INVALID_INSTANT`, `INVALID_INPUT`) for a bad record or one that already carries fields
 * only the steps write.
 *
 * @example
 * const [snapshot] = startFirstResponder({ id: 'FR-1', receivedAt: '2026-05-06T09:30:00+08:00', channel: 'call', customer: { name: '王先生' }, matter: '楼道灯不亮', firstResponder: '李敏' });
 */
export const startFirstResponder = firstResponderCase.start;

/**
 * Restores a persisted first-responder envelope (object or JSON text), migrating version 1;
 * a foreign or corrupt one, or a state its record does not support, is `INVALID_SNAPSHOT`.
 *
 * @example
 * const snapshot = restoreFirstResponder(JSON.stringify(persist(before)));
 */
export const restoreFirstResponder = firstResponderCase.restore;

/**
 * Steps a matter: validates the event and returns the next snapshot, or the refusal (the
 * unmet step and its clause, in zh-CN and en) with the snapshot unchanged. A malformed event
 * is a refusal of kind `invalid-event` (its `error` is the typed validation error).
 *
 * @example
 * const r = stepFirstResponder(snapshot, { type: 'ESCALATE', at: '2026-05-06T10:00:00+08:00' });
 * if (!r.accepted) r.refusal.kind // 'invalid-event' (the superior escalated to is missing)
 */
export const stepFirstResponder = firstResponderCase.step;

/** A snapshot of a first-responder matter. @example const s: FirstResponderSnapshot = startFirstResponder(intake)[0]; */
export type FirstResponderSnapshot = ReturnType<typeof startFirstResponder>[0];

/**
 * Validates a host's event before sending it: returns it unchanged, or throws
 * `INVALID_INSTANT` / `INVALID_INPUT` with a Chinese and an English text.
 *
 * @example
 * parseFirstResponderEvent({ type: 'HANDLE', at: '2026-05-06 09:35' }) // throws INVALID_INSTANT
 */
export const parseFirstResponderEvent = firstResponderCase.parseEvent;
