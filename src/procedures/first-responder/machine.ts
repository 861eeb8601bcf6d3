import { assign, setup } from 'xstate';
import * as z from 'zod';
import { zoneParameter } from '../../core/core-parameters';
import { WuyeError } from '../../core/errors';
import { compareInstants, toIsoInstant } from '../../core/instant';
import { instantSchema } from '../../core/instant-schema';
import type { Migration } from '../../core/persistence';
import { restore } from '../../core/persistence';
import { readIntake } from '../../core/read-intake';
import { startMachine } from '../../core/start-machine';
import { paramValue } from '../../core/policy';
import type { Violation } from '../../core/rule';
import type { Source } from '../../core/source';
import { cite } from '../../core/source';
import type { LocalizedText } from '../../core/text';
import { text } from '../../core/text';
import type { FirstResponderDeadline, FirstResponderOptions } from './case-check';
import { checkFirstResponderCase, deadlinesOfValidCase, firstResponderDeadlines, missingForClose } from './case-check';
import type { FirstResponderEvent } from './events';
import type { FirstResponderCase } from './schema';
import { firstResponderCaseSchema } from './schema';
import { firstResponderStateProblems } from './state-invariant';

/**
 * The first-responder machine's context: the matter, its deadlines as data, the violations
 * found at the last `CHECK_DEADLINES`, and the instant of the last event.
 *
 * @example
 * snapshot.context.record.handOffs?.[0]?.department // '工程部'
 */
export interface FirstResponderContext {
  readonly record: FirstResponderCase;
  readonly deadlines: readonly FirstResponderDeadline[];
  readonly violations: readonly Violation[];
  readonly checkedAt: string | null;
  readonly lastEventAt: string;
}

/**
 * The zod schema of a first-responder context, used to validate restored snapshots.
 *
 * @example
 * firstResponderContextSchema.safeParse(snapshot.context).success // true
 */
export const firstResponderContextSchema = z.object({
  record: firstResponderCaseSchema,
  deadlines: z.array(z.looseObject({ id: z.enum(['approval-answer', 'same-day']), ruleId: z.string(), dueAt: instantSchema, inclusive: z.boolean() })),
  violations: z.array(z.looseObject({ ruleId: z.string(), severity: z.enum(['error', 'warning', 'info']) })),
  checkedAt: instantSchema.nullable(),
  lastEventAt: instantSchema,
});

const LIFECYCLE_FIELDS = ['scope', 'approval', 'handOffs', 'chases', 'escalation', 'reply', 'closedAt'] as const;

/**
 * Each guard of the first-responder machine with the clause that makes it a rule.
 *
 * @example
 * firstResponderGuards.canClose.source // { document: '《服务中心工作手册》', clause: 'WI/FW-009.2、.4' }
 */
export const firstResponderGuards: Readonly<Record<string, { readonly source: Source; readonly description: LocalizedText }>> = Object.freeze({
  inOrder: { source: cite('LIBRARY', 'events in time order'), description: text('事件时间不得早于上一事件', 'An event may not be earlier than the previous one') },
  noApprovalYet: { source: cite('ZH', 'WI/FW-006.5'), description: text('每个事项只请示一次（请示结果作为明确答复的依据）', 'One approval per matter (its decision grounds the definite answer)') },
  reportResolved: { source: cite('ZH', 'WI/FW-009.5'), description: text('责任部门就未结的转交回复首问人：已处理', 'The department reports back on the open hand-off: done') },
  reportBeyondCapacity: { source: cite('ZH', 'WI/FW-009.5'), description: text('责任部门回复：超出能力范围，首问人须向上级汇报', 'The department reports back: beyond capacity, the first responder must escalate') },
  canClose: { source: cite('ZH', 'WI/FW-009.2、.4'), description: text('已答复客户且所有转交均已回复', 'The customer has a reply and every hand-off was reported back') },
  validInstant: { source: cite('LIBRARY', 'events carry an instant'), description: text('事件须带有效的 ISO 时间', 'An event carries a valid ISO instant') },
});

type EventOf<T extends FirstResponderEvent['type']> = Extract<FirstResponderEvent, { type: T }>;
function eventOf<T extends FirstResponderEvent['type']>(event: FirstResponderEvent, type: T): EventOf<T> {
  if (event.type !== type) throw new WuyeError('INVALID_INPUT', text(`意外事件 ${event.type}`, `Unexpected event ${event.type}`), { expected: type, found: event.type });
  return event as EventOf<T>;
}

/**
 * Builds the first-responder machine (首问负责制, 《服务中心工作手册》 WI/FW-009) for a policy and
 * calendar. receiving → handling (份内事) | awaitingApproval (需请示, WI/FW-006.5) | handedOff
 * (转责任部门, open until the department reports back) | escalated (超出能力, the superior
 * replies) → replied → closed. No event drops ownership; `closed` is reachable only from
 * `replied`, and only with every hand-off reported back. No timers: the host sends
 * `CHECK_DEADLINES` with `at`.
 *
 * @example
 * const machine = createFirstResponderMachine({ policy: composePolicy(firstResponderPacks.ZH, { 'firstResponder.approvalAnswerWithin': { value: 2, unit: 'working-day' } }) });
 * let [snapshot] = initialTransition(machine, intake);
 * [snapshot] = transition(machine, snapshot, { type: 'HAND_OFF', at: '2026-05-06T09:40:00+08:00', department: '工程部' });
 */
export function createFirstResponderMachine(options: FirstResponderOptions = {}) {
  const zone = paramValue(options.policy, zoneParameter);
  const iso = (at: string) => toIsoInstant(at, zone);
  const next = (record: FirstResponderCase, at: string): Partial<FirstResponderContext> => ({
    record,
    deadlines: deadlinesOfValidCase(record, options),
    lastEventAt: iso(at),
  });
  const ordered = (context: FirstResponderContext, event: FirstResponderEvent): boolean => instantSchema.safeParse(event.at).success && compareInstants(event.at, context.lastEventAt) >= 0;
  const openHandOff = (record: FirstResponderCase) => {
    const last = record.handOffs?.[record.handOffs.length - 1];
    return last && !last.reportedAt ? last : undefined;
  };
  const reportMatches = (context: FirstResponderContext, event: FirstResponderEvent) => event.type === 'REPORT_BACK' && openHandOff(context.record)?.department === event.department;
  const withScope = (record: FirstResponderCase, kind: 'own' | 'other-department' | 'beyond-capacity', at: string): FirstResponderCase => (record.scope ? record : { ...record, scope: { at: iso(at), kind } });

  return setup({
    types: {} as { context: FirstResponderContext; events: FirstResponderEvent; input: FirstResponderCase },
    guards: {
      inOrder: ({ context, event }) => ordered(context, event),
      noApprovalYet: ({ context, event }) => ordered(context, event) && !context.record.approval,
      reportResolved: ({ context, event }) => ordered(context, event) && reportMatches(context, event) && event.type === 'REPORT_BACK' && !event.beyondCapacity,
      reportBeyondCapacity: ({ context, event }) => ordered(context, event) && reportMatches(context, event) && event.type === 'REPORT_BACK' && event.beyondCapacity,
      canClose: ({ context, event }) => ordered(context, event) && missingForClose(context.record).length === 0,
      validInstant: ({ event }) => instantSchema.safeParse(event.at).success,
    },
    actions: {
      recordHandle: assign(({ context, event }) => next(withScope(context.record, 'own', event.at), event.at)),
      recordApprovalRequest: assign(({ context, event }) => {
        const e = eventOf(event, 'REQUEST_APPROVAL');
        return next({ ...withScope(context.record, 'own', e.at), approval: { requestedAt: iso(e.at), approver: e.approver } }, e.at);
      }),
      recordApprovalDecision: assign(({ context, event }) => {
        const e = eventOf(event, 'APPROVAL_DECIDED');
        const approval = { ...context.record.approval!, decidedAt: iso(e.at), approved: e.approved, ...(e.note !== undefined ? { note: e.note } : {}) };
        return next({ ...context.record, approval }, e.at);
      }),
      recordHandOff: assign(({ context, event }) => {
        const e = eventOf(event, 'HAND_OFF');
        const record = withScope(context.record, 'other-department', e.at);
        return next({ ...record, handOffs: [...(record.handOffs ?? []), { at: iso(e.at), department: e.department }] }, e.at);
      }),
      recordChase: assign(({ context, event }) => {
        const e = eventOf(event, 'CHASE');
        return next({ ...context.record, chases: [...(context.record.chases ?? []), { at: iso(e.at), ...(e.note !== undefined ? { note: e.note } : {}) }] }, e.at);
      }),
      recordReportBack: assign(({ context, event }) => {
        const e = eventOf(event, 'REPORT_BACK');
        const handOffs = (context.record.handOffs ?? []).map((h, i, all) => (i === all.length - 1 ? { ...h, reportedAt: iso(e.at), result: e.result, beyondCapacity: e.beyondCapacity } : h));
        return next({ ...context.record, handOffs }, e.at);
      }),
      recordEscalation: assign(({ context, event }) => {
        const e = eventOf(event, 'ESCALATE');
        return next({ ...withScope(context.record, 'beyond-capacity', e.at), escalation: { at: iso(e.at), to: e.to } }, e.at);
      }),
      recordSuperiorReply: assign(({ context, event }) => {
        const e = eventOf(event, 'SUPERIOR_REPLIED');
        return next({ ...context.record, reply: { at: iso(e.at), by: e.by, answer: e.answer } }, e.at);
      }),
      recordReply: assign(({ context, event }) => {
        const e = eventOf(event, 'REPLY');
        return next({ ...context.record, reply: { at: iso(e.at), by: context.record.firstResponder, answer: e.answer } }, e.at);
      }),
      recordClosed: assign(({ context, event }) => next({ ...context.record, closedAt: iso(event.at) }, event.at)),
      checkDeadlines: assign(({ context, event }) => ({
        violations: checkFirstResponderCase(context.record, { ...options, asOf: event.at }),
        checkedAt: iso(event.at),
      })),
    },
  }).createMachine({
    id: 'first-responder',
    version: '1',
    context: ({ input }) => {
      const intake = readIntake(input, { schema: firstResponderCaseSchema, what: text('首问事项受理记录', 'first-responder intake record'), lifecycleFields: LIFECYCLE_FIELDS });
      const record = intake;
      return { record, deadlines: firstResponderDeadlines(record, options), violations: [], checkedAt: null, lastEventAt: iso(input.receivedAt) };
    },
    initial: 'receiving',
    on: {
      CHECK_DEADLINES: { guard: 'validInstant', actions: 'checkDeadlines' },
    },
    states: {
      receiving: {
        description: '首问受理：第一个接到信息的职员负第一责任 / Received: the first to receive it owns it',
        meta: { title: text('首问受理', 'Received by the first responder'), source: cite('ZH', 'WI/FW-009.1、.3') },
        on: {
          HANDLE: { guard: 'inOrder', target: 'handling', actions: 'recordHandle' },
          REQUEST_APPROVAL: { guard: 'noApprovalYet', target: 'awaitingApproval', actions: 'recordApprovalRequest' },
          HAND_OFF: { guard: 'inOrder', target: 'handedOff', actions: 'recordHandOff' },
          ESCALATE: { guard: 'inOrder', target: 'escalated', actions: 'recordEscalation' },
        },
      },
      handling: {
        description: '份内事立即处理，给业主明确回复 / Own scope: handle at once and reply',
        meta: { title: text('处理（份内事）', 'Handling (own scope)'), source: cite('ZH', 'WI/FW-009.3') },
        on: {
          REPLY: { guard: 'inOrder', target: 'replied', actions: 'recordReply' },
          REQUEST_APPROVAL: { guard: 'noApprovalYet', target: 'awaitingApproval', actions: 'recordApprovalRequest' },
          HAND_OFF: { guard: 'inOrder', target: 'handedOff', actions: 'recordHandOff' },
          ESCALATE: { guard: 'inOrder', target: 'escalated', actions: 'recordEscalation' },
        },
      },
      awaitingApproval: {
        description: '需要请示后回复，限时给出明确回复 / Needs approval: a definite answer within the limit',
        meta: { title: text('请示中（限时服务）', 'Awaiting approval (limited-time service)'), source: cite('ZH', 'WI/FW-006.5') },
        on: {
          APPROVAL_DECIDED: { guard: 'inOrder', target: 'handling', actions: 'recordApprovalDecision' },
        },
      },
      handedOff: {
        description: '已转责任部门，首问人负责跟进，待部门回复 / Handed to the department; open until it reports back',
        meta: { title: text('已转交（待部门回复）', 'Handed off (awaiting report-back)'), source: cite('ZH', 'WI/FW-009.4、.5') },
        on: {
          CHASE: { guard: 'inOrder', actions: 'recordChase' },
          REPORT_BACK: [
            { guard: 'reportResolved', target: 'handling', actions: 'recordReportBack' },
            { guard: 'reportBeyondCapacity', target: 'mustEscalate', actions: 'recordReportBack' },
          ],
        },
      },
      mustEscalate: {
        description: '超出能力范围：首问人向上级主管领导汇报 / Beyond capacity: the first responder escalates',
        meta: { title: text('须向上级汇报', 'Escalation required'), source: cite('ZH', 'WI/FW-009.5') },
        on: {
          ESCALATE: { guard: 'inOrder', target: 'escalated', actions: 'recordEscalation' },
        },
      },
      escalated: {
        description: '已向上级汇报，由上级领导向业主回复 / Escalated: the superior replies to the owner',
        meta: { title: text('已汇报上级', 'Escalated'), source: cite('ZH', 'WI/FW-009.5') },
        on: {
          SUPERIOR_REPLIED: { guard: 'inOrder', target: 'replied', actions: 'recordSuperiorReply' },
        },
      },
      replied: {
        description: '已答复客户，待结案 / Replied to the customer, ready to close',
        meta: { title: text('已答复', 'Replied'), source: cite('ZH', 'WI/FW-009.3') },
        on: {
          CLOSE: { guard: 'canClose', target: 'closed', actions: 'recordClosed' },
        },
      },
      closed: {
        type: 'final',
        description: '问题得到处理并已答复，结案 / Solved, replied and closed',
        meta: { title: text('已结案', 'Closed'), source: cite('ZH', 'WI/FW-009.2') },
      },
    },
  });
}

/** The first-responder machine type. @example const m: FirstResponderMachine = firstResponderMachine; */
export type FirstResponderMachine = ReturnType<typeof createFirstResponderMachine>;

/**
 * The first-responder machine under the default policy and the Chinese business calendar.
 *
 * @example
 * const [snapshot] = initialTransition(firstResponderMachine, intake);
 */
export const firstResponderMachine: FirstResponderMachine = /* @__PURE__ */ createFirstResponderMachine();

/**
 * Migrations of persisted first-responder snapshots, keyed by the version they migrate from.
 *
 * @example
 * Object.keys(firstResponderMigrations) // []
 */
export const firstResponderMigrations: Readonly<Record<number, Migration>> = Object.freeze({});

/**
 * Restores a persisted first-responder envelope (object or JSON string) to a snapshot of
 * `machine` (default {@link firstResponderMachine}); a foreign or corrupt envelope is an
 * `INVALID_SNAPSHOT` error.
 *
 * @example
 * const snapshot = restoreFirstResponder(JSON.stringify(persist(before)));
 */
export function restoreFirstResponder(envelope: unknown, machine: FirstResponderMachine = firstResponderMachine) {
  return restore(envelope, { machine, contextSchema: firstResponderContextSchema, migrations: firstResponderMigrations , invariant: firstResponderStateProblems });
}

/**
 * Starts a matter from its intake record (pure): `[snapshot, actions]`, or a typed error
 * (`INVALID_INSTANT`, `INVALID_INPUT`) for a bad record — where `initialTransition` would
 * hide it in a snapshot with `status: 'error'`.
 *
 * @example
 * const [snapshot] = startFirstResponder({ id: 'FR-1', receivedAt: '2026-05-06T09:30:00+08:00', channel: 'call', customer: { name: '王先生' }, matter: '楼道灯不亮', firstResponder: '李敏' });
 */
export function startFirstResponder(intake: FirstResponderCase, machine: FirstResponderMachine = firstResponderMachine) {
  return startMachine(machine, intake);
}
