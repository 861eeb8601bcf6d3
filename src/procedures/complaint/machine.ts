import { assign, setup } from 'xstate';
import * as z from 'zod';
import { zoneParameter } from '../../core/core-parameters';
import { WuyeError } from '../../core/errors';
import { compareInstants, toIsoInstant } from '../../core/instant';
import { paramValue } from '../../core/policy';
import type { Violation } from '../../core/rule';
import type { Source } from '../../core/source';
import { cite } from '../../core/source';
import type { LocalizedText } from '../../core/text';
import { text } from '../../core/text';
import { instantSchema } from '../../core/instant-schema';
import type { Migration } from '../../core/persistence';
import { restore } from '../../core/persistence';
import { readIntake } from '../../core/read-intake';
import { startMachine } from '../../core/start-machine';
import type { ComplaintEvent } from './events';
import { complaintEventSchema } from './events';
import { complaintStateProblems } from './state-invariant';
import type { ComplaintRuleOptions, TrackedDeadline } from './rules';
import { checkComplaint, complaintDeadlines, deadlinesOfValidRecord, missingForClose } from './rules';
import type { ComplaintRecord } from './schema';
import { complaintRecordSchema } from './schema';

/**
 * The complaint machine's context: the complaint record itself (QR-002 + WI/FW-011), its
 * deadlines as data, the violations found at the last `CHECK_DEADLINES`, and the instant
 * of the last event (events must come in time order).
 *
 * @example
 * snapshot.context.deadlines.find((d) => d.id === 'notify')?.dueAt // '2026-05-09T09:30:00+08:00'
 */
export interface ComplaintContext {
  readonly record: ComplaintRecord;
  readonly deadlines: readonly TrackedDeadline[];
  readonly violations: readonly Violation[];
  readonly checkedAt: string | null;
  readonly lastEventAt: string;
}

/**
 * The zod schema of a complaint context, used to validate restored snapshots.
 *
 * @example
 * complaintContextSchema.safeParse(snapshot.context).success // true
 */
export const complaintContextSchema = z.object({
  record: complaintRecordSchema,
  deadlines: z.array(z.looseObject({ id: z.string(), ruleId: z.string(), dueAt: instantSchema, inclusive: z.boolean() })),
  violations: z.array(z.looseObject({ ruleId: z.string(), severity: z.enum(['error', 'warning', 'info']) })),
  checkedAt: instantSchema.nullable(),
  lastEventAt: instantSchema,
});

const LIFECYCLE_FIELDS = ['fiveClears', 'classification', 'referral', 'explanation', 'report', 'dispatches', 'progressNotices', 'measures', 'result', 'resultNotifiedAt', 'notificationExemption', 'followUp', 'followUpExemption', 'closedAt'] as const;

/**
 * Each guard of the complaint machine, with the clause that makes it a rule: what the docs
 * show and what a testing kit reports when a guard refuses an event.
 *
 * @example
 * complaintGuards.canClose.source // { document: '《服务中心工作手册》', clause: 'WI/FW-014.5' }
 */
export const complaintGuards: Readonly<Record<string, { readonly source: Source; readonly description: LocalizedText }>> = Object.freeze({
  inOrder: { source: cite('LIBRARY', 'events in time order'), description: text('事件时间不得早于上一事件', 'An event may not be earlier than the previous one') },
  intakeComplete: { source: cite('ZH', 'WI/FW-016'), description: text('听清楚、问清楚、记清楚之后方可分类', 'Classify only after listening, clarifying and recording') },
  outOfScope: { source: cite('ZH', 'WI/FW-006.17'), description: text('物业管理以外的投诉：指引并解释', 'Outside property management: refer and explain') },
  unreasonable: { source: cite('ZH', 'WI/FW-016'), description: text('不合理投诉：解释清楚，请求谅解', 'Unreasonable: explain and ask for understanding') },
  mustReport: { source: cite('ZH', 'WI/FW-012 二、三'), description: text('重大投诉、书面投诉须报领导', 'Major and written complaints go to leadership') },
  general: { source: cite('ZH', 'WI/FW-012 一'), description: text('通常性投诉：记录、通知责任部门、回复', 'General: record, notify the department, reply') },
  measureExists: { source: cite('ZH', 'WI/FW-011 二.3'), description: text('只能完成已记录的措施', 'Only a recorded measure can be completed') },
  hasFalseDetails: { source: cite('ZH', 'WI/FW-006.18'), description: text('须有不实信息，致使无法通知', 'Some detail was false, so notifying is impossible') },
  satisfied: { source: cite('ZH', 'WI/FW-011 二.4'), description: text('回访满意', 'The follow-up found the customer satisfied') },
  notSatisfied: { source: cite('ZH', 'WI/FW-019'), description: text('回访不满意：责成相关部门限期处理', 'Not satisfied: the department fixes it within a deadline') },
  reportedOutOfScope: { source: cite('ZH', 'WI/FW-006.17'), description: text('已汇报的物业管理以外投诉：转指引', 'Reported and outside property management: go on to the referral') },
  reportedUnreasonable: { source: cite('ZH', 'WI/FW-016'), description: text('已汇报的不合理投诉：转解释', 'Reported and unreasonable: go on to the explanation') },
  canClose: { source: cite('ZH', 'WI/FW-014.5'), description: text('记录完整、已回访或豁免、重大投诉已汇报', 'Record complete, followed up or exempt, major complaint reported') },
});

type EventOf<T extends ComplaintEvent['type']> = Extract<ComplaintEvent, { type: T }>;
function eventOf<T extends ComplaintEvent['type']>(event: ComplaintEvent, type: T): EventOf<T> {
  if (event.type !== type) throw new WuyeError('INVALID_INPUT', text(`意外事件 ${event.type}`, `Unexpected event ${event.type}`), { expected: type, found: event.type });
  return event as EventOf<T>;
}

/**
 * Builds the complaint machine for a policy and calendar (deadlines are computed with them
 * and kept in the context as data). States: receiving (听/问/记清楚) → referring | explaining
 * | reporting (汇报) | handling → notifying (复清楚) → followingUp (回访) → closing → closed.
 * No timers: the host sends `CHECK_DEADLINES` with `at`.
 *
 * @example
 * const machine = createComplaintMachine({ policy: composePolicy(complaintPacks.ZH, complaintPacks.DEPT) });
 * let [snapshot] = initialTransition(machine, intakeRecord);
 * [snapshot] = transition(machine, snapshot, { type: 'LISTENED', at: '2026-05-06T09:31:00+08:00' });
 */
export function createComplaintMachine(options: ComplaintRuleOptions = {}) {
  const zone = paramValue(options.policy, zoneParameter);
  const iso = (at: string) => toIsoInstant(at, zone);
  const next = (context: ComplaintContext, record: ComplaintRecord, at: string): Partial<ComplaintContext> => ({
    record,
    deadlines: deadlinesOfValidRecord(record, options),
    lastEventAt: iso(at),
  });
  // Every guard starts here: a malformed event (an `at` without offset, a missing or
  // mistyped field) is refused, never half-applied or crashed on.
  const ordered = (context: ComplaintContext, event: ComplaintEvent): boolean =>
    complaintEventSchema.safeParse(event).success && compareInstants(event.at, context.lastEventAt) >= 0;
  const intakeDone = (c: ComplaintContext) => Boolean(c.record.fiveClears?.listened && c.record.fiveClears?.clarified && c.record.fiveClears?.recorded);
  const classify = (event: ComplaintEvent) => (event.type === 'CLASSIFY' ? event : undefined);

  return setup({
    types: {} as { context: ComplaintContext; events: ComplaintEvent; input: ComplaintRecord },
    guards: {
      inOrder: ({ context, event }) => ordered(context, event),
      intakeComplete: ({ context, event }) => ordered(context, event) && intakeDone(context),
      outOfScope: ({ context, event }) => ordered(context, event) && intakeDone(context) && classify(event)?.inScope === false,
      unreasonable: ({ context, event }) => ordered(context, event) && intakeDone(context) && classify(event)?.reasonable === false,
      mustReport: ({ context, event }) => ordered(context, event) && intakeDone(context) && (classify(event)?.kind === 'major' || classify(event)?.kind === 'written'),
      general: ({ context, event }) => ordered(context, event) && intakeDone(context) && classify(event)?.kind === 'general',
      measureExists: ({ context, event }) => ordered(context, event) && event.type === 'COMPLETE_MEASURE' && event.index < (context.record.measures?.length ?? 0) && !context.record.measures?.[event.index]?.doneAt,
      hasFalseDetails: ({ context, event }) => ordered(context, event) && event.type === 'NOTIFY_IMPOSSIBLE' && event.falseDetails.length > 0,
      satisfied: ({ context, event }) => ordered(context, event) && event.type === 'FOLLOW_UP' && event.satisfied,
      notSatisfied: ({ context, event }) => ordered(context, event) && event.type === 'FOLLOW_UP' && !event.satisfied,
      canClose: ({ context, event }) => ordered(context, event) && missingForClose(context.record).length === 0,
      reportedOutOfScope: ({ context, event }) => ordered(context, event) && context.record.classification?.inScope === false,
      reportedUnreasonable: ({ context, event }) => ordered(context, event) && context.record.classification?.reasonable === false,
      validInstant: ({ event }) => complaintEventSchema.safeParse(event).success,
    },
    actions: {
      recordListened: assign(({ context, event }) => next(context, { ...context.record, fiveClears: { ...context.record.fiveClears, listened: iso(event.at) } }, event.at)),
      recordClarified: assign(({ context, event }) => next(context, { ...context.record, fiveClears: { ...context.record.fiveClears, clarified: iso(event.at) } }, event.at)),
      recordRecorded: assign(({ context, event }) => {
        const e = eventOf(event, 'RECORDED');
        return next(context, { ...context.record, documentNo: e.documentNo, fiveClears: { ...context.record.fiveClears, recorded: iso(e.at) } }, e.at);
      }),
      recordClassification: assign(({ context, event }) => {
        const e = eventOf(event, 'CLASSIFY');
        return next(context, { ...context.record, classification: { at: iso(e.at), kind: e.kind, reasonable: e.reasonable, inScope: e.inScope } }, e.at);
      }),
      recordReferral: assign(({ context, event }) => {
        const e = eventOf(event, 'REFER');
        const at = iso(e.at);
        return next(context, { ...context.record, referral: { at, agency: e.agency, explanation: e.explanation }, closedAt: at }, e.at);
      }),
      recordExplanation: assign(({ context, event }) => {
        const e = eventOf(event, 'EXPLAIN');
        const at = iso(e.at);
        return next(context, { ...context.record, explanation: { at, text: e.explanation }, fiveClears: { ...context.record.fiveClears, followedThrough: at, repliedClearly: at } }, e.at);
      }),
      recordReport: assign(({ context, event }) => {
        const e = eventOf(event, 'REPORT');
        return next(context, { ...context.record, report: { at: iso(e.at), to: e.to } }, e.at);
      }),
      recordDispatch: assign(({ context, event }) => {
        const e = eventOf(event, 'DISPATCH');
        return next(context, { ...context.record, dispatches: [...(context.record.dispatches ?? []), { at: iso(e.at), department: e.department }] }, e.at);
      }),
      recordProgress: assign(({ context, event }) => {
        const e = eventOf(event, 'NOTIFY_PROGRESS');
        const notice = { at: iso(e.at), ...(e.note !== undefined ? { note: e.note } : {}), ...(e.nextReplyAt !== undefined ? { nextReplyAt: iso(e.nextReplyAt) } : {}) };
        return next(context, { ...context.record, progressNotices: [...(context.record.progressNotices ?? []), notice] }, e.at);
      }),
      recordMeasure: assign(({ context, event }) => {
        const e = eventOf(event, 'ADD_MEASURE');
        return next(context, { ...context.record, measures: [...(context.record.measures ?? []), { kind: e.kind, description: e.description, dueAt: iso(e.dueAt) }] }, e.at);
      }),
      completeMeasure: assign(({ context, event }) => {
        const e = eventOf(event, 'COMPLETE_MEASURE');
        const measures = (context.record.measures ?? []).map((m, i) => (i === e.index ? { ...m, doneAt: iso(e.at) } : m));
        return next(context, { ...context.record, measures }, e.at);
      }),
      recordResult: assign(({ context, event }) => {
        const e = eventOf(event, 'RESOLVE');
        return next(context, { ...context.record, result: { at: iso(e.at), description: e.result } }, e.at);
      }),
      recordResultNotified: assign(({ context, event }) => {
        const at = iso(event.at);
        return next(context, { ...context.record, resultNotifiedAt: at, fiveClears: { ...context.record.fiveClears, followedThrough: at, repliedClearly: at } }, event.at);
      }),
      recordNotifyImpossible: assign(({ context, event }) => {
        const e = eventOf(event, 'NOTIFY_IMPOSSIBLE');
        const at = iso(e.at);
        const record = { ...context.record, notificationExemption: { at, falseDetails: [...e.falseDetails], notifiable: false }, fiveClears: { ...context.record.fiveClears, followedThrough: at } };
        return next(context, record, e.at);
      }),
      recordFollowUp: assign(({ context, event }) => {
        const e = eventOf(event, 'FOLLOW_UP');
        return next(context, { ...context.record, followUp: { at: iso(e.at), by: e.by, result: e.result, satisfied: e.satisfied } }, e.at);
      }),
      recordFollowUpExemption: assign(({ context, event }) => {
        const e = eventOf(event, 'FOLLOW_UP_EXEMPT');
        return next(context, { ...context.record, followUpExemption: { at: iso(e.at), reason: e.reason } }, e.at);
      }),
      recordClosed: assign(({ context, event }) => next(context, { ...context.record, closedAt: iso(event.at) }, event.at)),
      checkDeadlines: assign(({ context, event }) => ({
        violations: checkComplaint(context.record, { ...options, asOf: event.at }),
        checkedAt: iso(event.at),
      })),
    },
  }).createMachine({
    id: 'complaint',
    version: '1',
    context: ({ input }) => {
      const intake = readIntake(input, { schema: complaintRecordSchema, what: text('投诉受理记录', 'complaint intake record'), lifecycleFields: LIFECYCLE_FIELDS });
      const record = intake;
      return { record, deadlines: complaintDeadlines(record, options), violations: [], checkedAt: null, lastEventAt: iso(input.receivedAt) };
    },
    initial: 'receiving',
    on: {
      CHECK_DEADLINES: { guard: 'validInstant', actions: 'checkDeadlines' },
    },
    states: {
      receiving: {
        description: '受理：听清楚、问清楚、记清楚 / Receiving: listen, clarify, record',
        meta: { title: text('受理（听、问、记清楚）', 'Receiving (listen, clarify, record)'), source: cite('ZH', 'WI/FW-014.1、.2、.5') },
        on: {
          LISTENED: { guard: 'inOrder', actions: 'recordListened' },
          CLARIFIED: { guard: 'inOrder', actions: 'recordClarified' },
          RECORDED: { guard: 'inOrder', actions: 'recordRecorded' },
          // 汇报 comes first for a major or written complaint, whatever else it is (WI/FW-014.7);
          // the report then routes it on by scope and reasonableness.
          CLASSIFY: [
            { guard: 'mustReport', target: 'reporting', actions: 'recordClassification' },
            { guard: 'outOfScope', target: 'referring', actions: 'recordClassification' },
            { guard: 'unreasonable', target: 'explaining', actions: 'recordClassification' },
            { guard: 'general', target: 'handling', actions: 'recordClassification' },
          ],
        },
      },
      referring: {
        description: '物业管理以外：指引至职能部门并解释 / Out of scope: refer and explain',
        meta: { title: text('指引（物业管理以外）', 'Referring (out of scope)'), source: cite('ZH', 'WI/FW-006.17') },
        on: { REFER: { guard: 'inOrder', target: 'closed', actions: 'recordReferral' } },
      },
      explaining: {
        description: '不合理投诉：解释清楚，请求谅解 / Unreasonable: explain',
        meta: { title: text('解释（不合理投诉）', 'Explaining (unreasonable)'), source: cite('ZH', 'WI/FW-016') },
        on: { EXPLAIN: { guard: 'inOrder', target: 'followingUp', actions: 'recordExplanation' } },
      },
      reporting: {
        description: '重大/书面投诉：立即汇报 / Major or written: report at once',
        meta: { title: text('汇报（重大、书面投诉）', 'Reporting (major, written)'), source: cite('ZH', 'WI/FW-014.7') },
        on: {
          REPORT: [
            { guard: 'reportedOutOfScope', target: 'referring', actions: 'recordReport' },
            { guard: 'reportedUnreasonable', target: 'explaining', actions: 'recordReport' },
            { guard: 'inOrder', target: 'handling', actions: 'recordReport' },
          ],
          NOTIFY_PROGRESS: { guard: 'inOrder', actions: 'recordProgress' },
        },
      },
      handling: {
        description: '处理：转责任部门、跟清楚、补救与纠正措施 / Handling',
        meta: { title: text('处理（跟清楚）', 'Handling (follow through)'), source: cite('ZH', 'WI/FW-011 二、WI/FW-014.3') },
        on: {
          DISPATCH: { guard: 'inOrder', actions: 'recordDispatch' },
          REPORT: { guard: 'inOrder', actions: 'recordReport' },
          NOTIFY_PROGRESS: { guard: 'inOrder', actions: 'recordProgress' },
          ADD_MEASURE: { guard: 'inOrder', actions: 'recordMeasure' },
          COMPLETE_MEASURE: { guard: 'measureExists', actions: 'completeMeasure' },
          RESOLVE: { guard: 'inOrder', target: 'notifying', actions: 'recordResult' },
        },
      },
      notifying: {
        description: '复清楚：回复处理过程及结果 / Reply the process and result',
        meta: { title: text('回复结果（复清楚）', 'Notifying the result (reply clearly)'), source: cite('ZH', 'WI/FW-014.4、WI/FW-006.18') },
        on: {
          NOTIFY_RESULT: { guard: 'inOrder', target: 'followingUp', actions: 'recordResultNotified' },
          NOTIFY_IMPOSSIBLE: { guard: 'hasFalseDetails', target: 'followingUp', actions: 'recordNotifyImpossible' },
        },
      },
      followingUp: {
        description: '回访：满意、不满意或豁免 / Follow-up',
        meta: { title: text('回访', 'Following up'), source: cite('STD', '投诉管理 处理与回访 3') },
        on: {
          FOLLOW_UP: [
            { guard: 'satisfied', target: 'closing', actions: 'recordFollowUp' },
            { guard: 'notSatisfied', target: 'handling', actions: 'recordFollowUp' },
          ],
          FOLLOW_UP_EXEMPT: { guard: 'inOrder', target: 'closing', actions: 'recordFollowUpExemption' },
        },
      },
      closing: {
        description: '结案前核对记录 / Checking the record before closing',
        meta: { title: text('待结案', 'Ready to close'), source: cite('ZH', 'WI/FW-006.19') },
        on: { CLOSE: { guard: 'canClose', target: 'closed', actions: 'recordClosed' } },
      },
      closed: {
        type: 'final',
        description: '已结案，立卷备查 / Closed and filed',
        meta: { title: text('已结案', 'Closed'), source: cite('ZH', 'WI/FW-006.19') },
      },
    },
  });
}

/** The complaint machine type. @example const m: ComplaintMachine = complaintMachine; */
export type ComplaintMachine = ReturnType<typeof createComplaintMachine>;

/**
 * The complaint machine under the default policy and the Chinese business calendar.
 *
 * @example
 * const [snapshot] = initialTransition(complaintMachine, intakeRecord);
 */
export const complaintMachine: ComplaintMachine = /* @__PURE__ */ createComplaintMachine();

/**
 * Migrations of persisted complaint snapshots, keyed by the version they migrate from.
 * Version 1 is the first; a future version 2 adds `1: (snapshot) => …` here.
 *
 * @example
 * Object.keys(complaintMigrations) // []
 */
export const complaintMigrations: Readonly<Record<number, Migration>> = Object.freeze({});

/**
 * Restores a persisted complaint envelope (object or JSON string) to a snapshot of
 * `machine` (default {@link complaintMachine}), migrating older versions and validating the
 * context; a foreign or corrupt envelope is an `INVALID_SNAPSHOT` error.
 *
 * @example
 * const snapshot = restoreComplaint(JSON.stringify(persist(before)));
 */
export function restoreComplaint(envelope: unknown, machine: ComplaintMachine = complaintMachine) {
  return restore(envelope, { machine, contextSchema: complaintContextSchema, migrations: complaintMigrations, invariant: complaintStateProblems });
}

/**
 * Starts a complaint from its intake record (pure): `[snapshot, actions]`, or a typed
 * error (`INVALID_INSTANT`, `INVALID_INPUT`) for a bad record — where `initialTransition`
 * would hide it in a snapshot with `status: 'error'`.
 *
 * @example
 * const [snapshot] = startComplaint({ id: 'C-1', receivedAt: '2026-05-06T09:30:00+08:00', channel: 'phone', complainant: { name: '王先生' }, subject: '噪声', receiver: '李敏' });
 */
export function startComplaint(intake: ComplaintRecord, machine: ComplaintMachine = complaintMachine) {
  return startMachine(machine, intake);
}
