import type { CaseContext } from '../../core/case-context';
import type { CaseSnapshot } from '../../core/case-procedure';
import { defineCaseProcedure } from '../../core/case-procedure';
import { cite } from '../../core/source';
import { text } from '../../core/text';
import type { ComplaintEvent } from './events';
import { complaintEventSchema } from './events';
import { checkComplaint, checkValidComplaint, deadlinesOfValidRecord, missingForClose, mustReport, notificationExempt } from './rules';
import type { ComplaintRecord } from './schema';
import { COMPLAINT_FIELD_LABELS, COMPLAINT_LIFECYCLE_FIELDS, COMPLAINT_RECORD, complaintRecordSchema } from './schema';

const zh = (clause: string) => cite('ZH', clause);
const intakeDone = (r: ComplaintRecord) => Boolean(r.fiveClears?.listened && r.fiveClears?.clarified && r.fiveClears?.recorded);
// What the three intake steps and the explanation write into 五清楚.
const clears = (r: ComplaintRecord, clear: NonNullable<ComplaintRecord['fiveClears']>) => ({ ...r, fiveClears: { ...r.fiveClears, ...clear } });

/**
 * @internal The complaint procedure (五清楚一汇报, 《服务中心工作手册》 WI/FW-011…016) as a case:
 * receiving (听/问/记清楚) → referring | explaining | reporting (汇报) | handling → notifying
 * (复清楚) → followingUp (回访) → closing → closed. No timers: the host sends
 * `CHECK_DEADLINES` with `at`.
 */
export const complaintCase = defineCaseProcedure<ComplaintRecord, ComplaintEvent>({
  id: 'complaint',
  // The context was already { record, deadlines, violations, checkedAt, lastEventAt }.
  version: 1,
  what: COMPLAINT_RECORD,
  record: complaintRecordSchema,
  labels: COMPLAINT_FIELD_LABELS,
  lifecycleFields: COMPLAINT_LIFECYCLE_FIELDS,
  openedAt: (r) => r.receivedAt,
  events: complaintEventSchema,
  guards: {
    intakeComplete: {
      source: zh('WI/FW-016'),
      description: text('听清楚、问清楚、记清楚之后方可分类', 'Classify only after listening, clarifying and recording'),
      test: (record) => intakeDone(record),
    },
    // 汇报 comes first for a major or written complaint, whatever else it is (WI/FW-014.7).
    mustReport: {
      source: zh('WI/FW-012 二、三'),
      description: text('重大投诉、书面投诉须报领导', 'Major and written complaints go to leadership'),
      requires: ['intakeComplete'],
      test: (_record, event) => event.type === 'CLASSIFY' && mustReport(event.kind),
    },
    outOfScope: {
      source: zh('WI/FW-006.17'),
      description: text('物业管理以外的投诉：指引并解释', 'Outside property management: refer and explain'),
      requires: ['intakeComplete'],
      test: (_record, event) => event.type === 'CLASSIFY' && !event.inScope,
    },
    unreasonable: {
      source: zh('WI/FW-016'),
      description: text('不合理投诉：解释清楚，请求谅解', 'Unreasonable: explain and ask for understanding'),
      requires: ['intakeComplete'],
      test: (_record, event) => event.type === 'CLASSIFY' && !event.reasonable,
    },
    general: {
      source: zh('WI/FW-012 一'),
      description: text('通常性投诉：记录、通知责任部门、回复', 'General: record, notify the department, reply'),
      requires: ['intakeComplete'],
      test: (_record, event) => event.type === 'CLASSIFY' && event.kind === 'general',
    },
    measureExists: {
      source: zh('WI/FW-011 二.3'),
      description: text('只能完成已记录且尚未完成的措施', 'Only a recorded measure not yet done can be completed'),
      test: (record, event) => event.type === 'COMPLETE_MEASURE' && event.index < (record.measures?.length ?? 0) && !record.measures?.[event.index]?.doneAt,
    },
    hasFalseDetails: {
      source: zh('WI/FW-006.18'),
      description: text('须有不实信息，致使无法通知', 'Some detail was false, so notifying is impossible'),
      test: (_record, event) => event.type === 'NOTIFY_IMPOSSIBLE' && event.falseDetails.length > 0,
    },
    satisfied: {
      source: zh('WI/FW-011 二.4'),
      description: text('回访满意', 'The follow-up found the customer satisfied'),
      test: (_record, event) => event.type === 'FOLLOW_UP' && event.satisfied,
    },
    notSatisfied: {
      source: zh('WI/FW-019'),
      description: text('回访不满意：责成相关部门限期处理', 'Not satisfied: the department fixes it within a deadline'),
      test: (_record, event) => event.type === 'FOLLOW_UP' && !event.satisfied,
    },
    reportedOutOfScope: {
      source: zh('WI/FW-006.17'),
      description: text('已汇报的物业管理以外投诉：转指引', 'Reported and outside property management: go on to the referral'),
      test: (record) => record.classification?.inScope === false,
    },
    reportedUnreasonable: {
      source: zh('WI/FW-016'),
      description: text('已汇报的不合理投诉：转解释', 'Reported and unreasonable: go on to the explanation'),
      test: (record) => record.classification?.reasonable === false,
    },
    canClose: {
      source: zh('WI/FW-014.5'),
      description: text('记录完整、已回访或豁免、重大投诉已汇报', 'Record complete, followed up or exempt, major complaint reported'),
      test: (record) => missingForClose(record).length === 0,
    },
  },
  updates: {
    LISTENED: (r, _e, { at }) => clears(r, { listened: at }),
    CLARIFIED: (r, _e, { at }) => clears(r, { clarified: at }),
    RECORDED: (r, e, { at }) => ({ ...clears(r, { recorded: at }), documentNo: e.documentNo, ...(e.unit !== undefined ? { complainant: { ...r.complainant, unit: e.unit } } : {}) }),
    CLASSIFY: (r, e, { at }) => ({ ...r, classification: { at, kind: e.kind, reasonable: e.reasonable, inScope: e.inScope } }),
    REFER: (r, e, { at }) => ({ ...r, referral: { at, agency: e.agency, explanation: e.explanation }, closedAt: at }),
    EXPLAIN: (r, e, { at }) => ({ ...clears(r, { followedThrough: at, repliedClearly: at }), explanation: { at, text: e.explanation } }),
    REPORT: (r, e, { at }) => ({ ...r, report: { at, to: e.to } }),
    DISPATCH: (r, e, { at }) => ({ ...r, dispatches: [...(r.dispatches ?? []), { at, department: e.department }] }),
    NOTIFY_PROGRESS: (r, e, { at, iso }) => {
      const notice = { at, ...(e.note !== undefined ? { note: e.note } : {}), ...(e.nextReplyAt !== undefined ? { nextReplyAt: iso(e.nextReplyAt) } : {}) };
      return { ...r, progressNotices: [...(r.progressNotices ?? []), notice] };
    },
    ADD_MEASURE: (r, e, { iso }) => ({ ...r, measures: [...(r.measures ?? []), { kind: e.kind, description: e.description, dueAt: iso(e.dueAt) }] }),
    COMPLETE_MEASURE: (r, e, { at }) => ({ ...r, measures: (r.measures ?? []).map((m, i) => (i === e.index ? { ...m, doneAt: at } : m)) }),
    RESOLVE: (r, e, { at }) => ({ ...r, result: { at, description: e.result } }),
    NOTIFY_RESULT: (r, _e, { at }) => ({ ...clears(r, { followedThrough: at, repliedClearly: at }), resultNotifiedAt: at }),
    NOTIFY_IMPOSSIBLE: (r, e, { at }) => ({ ...clears(r, { followedThrough: at }), notificationExemption: { at, falseDetails: [...e.falseDetails], notifiable: false } }),
    FOLLOW_UP: (r, e, { at }) => ({ ...r, followUp: { at, by: e.by, result: e.result, satisfied: e.satisfied } }),
    FOLLOW_UP_EXEMPT: (r, e, { at }) => ({ ...r, followUpExemption: { at, reason: e.reason } }),
    CLOSE: (r, _e, { at }) => ({ ...r, closedAt: at }),
  },
  initial: 'receiving',
  states: {
    receiving: {
      title: text('受理（听、问、记清楚）', 'Receiving (listen, clarify, record)'),
      source: zh('WI/FW-014.1、.2、.5'),
      requires: (r) => (r.classification ? ['receiving has no classification yet'] : []),
      on: {
        LISTENED: {},
        CLARIFIED: {},
        RECORDED: {},
        // The report then routes a major or written complaint on by scope and reasonableness.
        CLASSIFY: [
          { guard: 'mustReport', target: 'reporting' },
          { guard: 'outOfScope', target: 'referring' },
          { guard: 'unreasonable', target: 'explaining' },
          { guard: 'general', target: 'handling' },
        ],
      },
    },
    referring: {
      title: text('指引（物业管理以外）', 'Referring (out of scope)'),
      source: zh('WI/FW-006.17'),
      requires: (r) => [...classified(r), ...(r.classification?.inScope === false ? [] : ['referring is for a complaint outside property management'])],
      on: { REFER: { target: 'closed' } },
    },
    explaining: {
      title: text('解释（不合理投诉）', 'Explaining (unreasonable)'),
      source: zh('WI/FW-016'),
      requires: (r) => [...classified(r), ...(r.classification?.reasonable === false ? [] : ['explaining is for an unreasonable complaint'])],
      on: { EXPLAIN: { target: 'followingUp' } },
    },
    reporting: {
      title: text('汇报（重大、书面投诉）', 'Reporting (major, written)'),
      source: zh('WI/FW-014.7'),
      requires: (r) => [...classified(r, true), ...(mustReport(r.classification?.kind) && !r.report ? [] : ['reporting is for a major or written complaint not yet reported'])],
      on: {
        REPORT: [{ guard: 'reportedOutOfScope', target: 'referring' }, { guard: 'reportedUnreasonable', target: 'explaining' }, { target: 'handling' }],
        NOTIFY_PROGRESS: {},
      },
    },
    handling: {
      title: text('处理（跟清楚）', 'Handling (follow through)'),
      source: zh('WI/FW-011 二、WI/FW-014.3'),
      requires: (r) => classified(r),
      on: { DISPATCH: {}, REPORT: {}, NOTIFY_PROGRESS: {}, ADD_MEASURE: {}, COMPLETE_MEASURE: { guard: 'measureExists' }, RESOLVE: { target: 'notifying' } },
    },
    notifying: {
      title: text('回复结果（复清楚）', 'Notifying the result (reply clearly)'),
      source: zh('WI/FW-014.4、WI/FW-006.18'),
      requires: (r) => [...classified(r), ...(r.result ? [] : ['notifying needs the handling result'])],
      on: { NOTIFY_RESULT: { target: 'followingUp' }, NOTIFY_IMPOSSIBLE: { guard: 'hasFalseDetails', target: 'followingUp' } },
    },
    followingUp: {
      title: text('回访', 'Following up'),
      source: cite('STD', '投诉管理 处理与回访 3'),
      requires: (r) => [...classified(r), ...(r.resultNotifiedAt || notificationExempt(r) || r.explanation ? [] : ['followingUp needs the result told, a valid exemption or an explanation'])],
      on: { FOLLOW_UP: [{ guard: 'satisfied', target: 'closing' }, { guard: 'notSatisfied', target: 'handling' }], FOLLOW_UP_EXEMPT: { target: 'closing' } },
    },
    closing: {
      title: text('待结案', 'Ready to close'),
      source: zh('WI/FW-006.19'),
      requires: (r) => [...classified(r), ...(r.followUp?.satisfied || r.followUpExemption ? [] : ['closing needs a satisfied follow-up or its exemption'])],
      on: { CLOSE: { guard: 'canClose', target: 'closed' } },
    },
    closed: {
      title: text('已结案', 'Closed'),
      source: zh('WI/FW-006.19'),
      final: true,
      // The unit became required at the close later (WI/FW-011 一.2): a case closed before
      // still restores, and checkComplaint reports the gap.
      requires: (r) => [...classified(r), ...(r.closedAt && (r.referral || missingForClose(r).every((m) => m.field === 'complainant.unit')) ? [] : ['closed needs closedAt and a complete record (or a referral)'])],
    },
  },
  deadlines: (record, options, previous) => deadlinesOfValidRecord(record, options, previous),
  check: (record, options) => checkComplaint(record, options),
  checkValid: (record, options, deadlines) => checkValidComplaint(record, options, deadlines),
});

// Every state after receiving: the intake done and the complaint classified; a major or
// written one reported (but in `reporting`, which is there to report it).
function classified(r: ComplaintRecord, reporting = false): string[] {
  const problems = r.classification && intakeDone(r) ? [] : ['the intake (listened, clarified, recorded) and a classification'];
  if (!reporting && mustReport(r.classification?.kind) && !r.report) problems.push(`the 汇报 of a ${r.classification?.kind} complaint`);
  return problems;
}

/**
 * The complaint machine's context: the complaint record (QR-002 + WI/FW-011), its deadlines
 * as data, the violations found at the last `CHECK_DEADLINES` (and at the close), when that
 * check was, and the instant of the last event — the context every case machine has.
 *
 * @example
 * (snapshot.context as ComplaintContext).deadlines.find((d) => d.id === 'notify')?.dueAt // '2026-05-09T09:30:00+08:00'
 */
export type ComplaintContext = CaseContext<ComplaintRecord>;

/**
 * Builds the complaint machine for a policy and calendar (deadlines are computed with them
 * and kept in the context as data). States: receiving (听/问/记清楚) → referring | explaining
 * | reporting (汇报) | handling → notifying (复清楚) → followingUp (回访) → closing → closed.
 * No timers: the host sends `CHECK_DEADLINES` with `at`.
 *
 * @example
 * const machine = createComplaintMachine({ policy: composePolicy(complaintPacks.ZH, complaintPacks.DEPT) });
 * let [snapshot] = startComplaint(intakeRecord, machine);
 * snapshot = stepComplaint(snapshot, { type: 'LISTENED', at: '2026-05-06T09:31:00+08:00' }, machine).snapshot;
 */
export const createComplaintMachine = complaintCase.create;

/** The complaint machine type. @example const m: ComplaintMachine = complaintMachine; */
export type ComplaintMachine = ReturnType<typeof createComplaintMachine>;

/** A snapshot of the complaint machine. @example const snapshot: ComplaintSnapshot = startComplaint(intakeRecord)[0]; */
export type ComplaintSnapshot = CaseSnapshot<ComplaintRecord, ComplaintEvent>;

/**
 * The complaint machine under the default policy and the Chinese business calendar.
 *
 * @example
 * const [snapshot] = startComplaint(intakeRecord);
 * const [next] = transition(complaintMachine, snapshot, { type: 'LISTENED', at: '2026-05-06T09:31:00+08:00' });
 */
export const complaintMachine: ComplaintMachine = complaintCase.machine;

/**
 * Starts a complaint from its intake record (pure): `[snapshot, actions]`, or a typed
 * error (`INVALID_INSTANT`, `INVALID_INPUT`, zh-CN text naming the field in Chinese) for a
 * bad record — where `initialTransition` would hide it in a snapshot with `status: 'error'`.
 *
 * @example
 * const [snapshot] = startComplaint({ id: 'C-1', receivedAt: '2026-05-06T09:30:00+08:00', channel: 'phone', complainant: { name: '王先生' }, subject: '噪声', receiver: '李敏' });
 */
export const startComplaint = complaintCase.start;

/**
 * Restores a persisted complaint envelope (object or JSON text) to a snapshot of `machine`
 * (default {@link complaintMachine}), migrating older versions; a foreign or corrupt
 * envelope, or a state its record does not support, is `INVALID_SNAPSHOT`.
 *
 * @example
 * const snapshot = restoreComplaint(JSON.stringify(persist(before)));
 */
export const restoreComplaint = complaintCase.restore;

/**
 * Steps a complaint: validates the event and returns the next snapshot, or the refusal (the
 * real reason — e.g. a CLASSIFY before intake names the intake — with its clause, in zh-CN
 * and en) with the snapshot unchanged.
 *
 * @example
 * const r = stepComplaint(snapshot, { type: 'CLASSIFY', at: '2026-05-06T09:40:00+08:00', kind: 'general', reasonable: true, inScope: true });
 * if (!r.accepted) r.refusal.guard // 'intakeComplete'
 */
export const stepComplaint = complaintCase.step;

/**
 * Validates an event from a host (e.g. an HTTP body) before it is sent to the machine:
 * returns it unchanged, or throws `INVALID_INSTANT` / `INVALID_INPUT` with a Chinese and an
 * English text naming the field.
 *
 * @example
 * parseComplaintEvent({ type: 'LISTENED', at: '2026-05-06 09:31' }) // throws INVALID_INSTANT
 */
export const parseComplaintEvent = complaintCase.parseEvent;
