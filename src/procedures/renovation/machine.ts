import { assign, setup } from 'xstate';
import * as z from 'zod';
import { zoneParameter } from '../../core/core-parameters';
import { WuyeError } from '../../core/errors';
import { compareInstants, toIsoInstant } from '../../core/instant';
import { instantSchema } from '../../core/instant-schema';
import type { Migration } from '../../core/persistence';
import { restore } from '../../core/persistence';
import { readIntake } from '../../core/read-intake';
import type { Policy } from '../../core/policy';
import { paramValue } from '../../core/policy';
import type { Violation } from '../../core/rule';
import type { Source } from '../../core/source';
import { cite } from '../../core/source';
import type { LocalizedText } from '../../core/text';
import { text } from '../../core/text';
import { startMachine } from '../../core/start-machine';
import { renovationStateProblems } from './state-invariant';
import type { RenovationEvent } from './events';
import { requiredDocuments } from './policy';
import { checkRenovation, missingBeforePermit, missingDocuments, missingForAcceptance } from './rules';
import type { RenovationRecord, SeriousViolation } from './schema';
import { renovationRecordSchema } from './schema';

/**
 * The renovation machine's context: the renovation file, the violations found at the last
 * `CHECK_DEADLINES`, and the instant of the last event.
 *
 * @example
 * snapshot.context.record.fireApproval?.reference // '消审字 2026-88'
 */
export interface RenovationContext {
  readonly record: RenovationRecord;
  readonly violations: readonly Violation[];
  readonly checkedAt: string | null;
  readonly lastEventAt: string;
}

/**
 * The zod schema of a renovation context, used to validate restored snapshots.
 *
 * @example
 * renovationContextSchema.safeParse(snapshot.context).success // true
 */
export const renovationContextSchema = z.object({
  record: renovationRecordSchema,
  violations: z.array(z.looseObject({ ruleId: z.string(), severity: z.enum(['error', 'warning', 'info']) })),
  checkedAt: instantSchema.nullable(),
  lastEventAt: instantSchema,
});

const LIFECYCLE_FIELDS = ['contractorChecks', 'documents', 'reviews', 'commitmentSignedAt', 'safetyAgreementSignedAt', 'passes', 'fireApproval', 'permit', 'workStartedAt', 'visits', 'seriousViolations', 'worksCompletedAt', 'fireInspections', 'completionDocumentsAt', 'acceptance', 'movedInAt'] as const;

/**
 * Each guard of the renovation machine with the clause behind it.
 *
 * @example
 * renovationGuards.fireSafetyApproved.source // { document: '《写字楼物业客服工作制度范例》', clause: '装修申请程序 说明 2' }
 */
export const renovationGuards: Readonly<Record<string, { readonly source: Source; readonly description: LocalizedText }>> = Object.freeze({
  acceptanceSigned: { source: cite('OFFICE', '验收入住程序'), description: text('验收通知书已签署后方可入住', 'Move in only once the acceptance notice is signed') },
  inOrder: { source: cite('LIBRARY', 'events in time order'), description: text('事件时间不得早于上一事件', 'An event may not be earlier than the previous one') },
  contractorQualified: { source: cite('OFFICE', '装修申请程序 2'), description: text('施工单位营业执照、资质证明审核通过', "The contractor's business licence and qualification are valid") },
  completesDocuments: { source: cite('OFFICE', '装修申请程序 3'), description: text('所需资料齐全后送工程部审核', 'All required documents in: on to the engineering review') },
  approved: { source: cite('OFFICE', '装修申请程序 3'), description: text('工程部审核通过', 'Engineering approves the plan and drawings') },
  completesAgreements: { source: cite('OFFICE', '装修申请程序 4'), description: text('装修承诺书与施工安全协议书均已签订', 'Commitment letter and safety agreement both signed') },
  readyForPermit: { source: cite('OFFICE', '装修申请程序 6'), description: text('前序手续齐全方可签发装修许可证', 'The permit only once every earlier step is done') },
  fireSafetyApproved: { source: cite('OFFICE', '装修申请程序 说明 2'), description: text('取得消防安全许可证且已签发装修许可证方可施工', 'No work before the fire-safety approval and the permit') },
  noticedAndStopped: { source: cite('STD', '装修服务程序 6'), description: text('书面告知并制止，留存证明材料', 'Written notice and stop, with evidence kept') },
  reportedWithEvidence: { source: cite('STD', '装修服务程序 6'), description: text('书面上报主管部门，留存证明材料', 'Written report to the authority, with evidence kept') },
  noOpenViolation: { source: cite('STD', '装修服务程序 6'), description: text('严重违章处理完毕后方可竣工', 'Completion only with no serious violation open') },
  passed: { source: cite('OFFICE', '验收入住程序 1'), description: text('消防检测合格后方可验收', 'Acceptance only after the fire inspection passed') },
  acceptanceComplete: { source: cite('OFFICE', '验收入住程序 3'), description: text('共同验收、签发验收合格通知书', 'Joint acceptance with the notice signed') },
});

type EventOf<T extends RenovationEvent['type']> = Extract<RenovationEvent, { type: T }>;
function eventOf<T extends RenovationEvent['type']>(event: RenovationEvent, type: T): EventOf<T> {
  if (event.type !== type) throw new WuyeError('INVALID_INPUT', text(`意外事件 ${event.type}`, `Unexpected event ${event.type}`), { expected: type, found: event.type });
  return event as EventOf<T>;
}

/** Options of the renovation machine. @example const o: RenovationMachineOptions = { policy: composePolicy(renovationPacks.OFFICE, renovationPacks.STD) }; */
export interface RenovationMachineOptions {
  readonly policy?: Policy | undefined;
}

/**
 * Builds the renovation machine (装修申请程序, 装修管理程序, 验收入住程序; 装修服务程序 6):
 * contractor check → documents → engineering review (rejection loops back) → agreements →
 * passes → fire-safety approval → permit → works under supervision (serious violations:
 * notice and stop, report if ineffective) → fire inspection → completion documents → joint
 * acceptance → moved in. No timers: the host sends `CHECK_DEADLINES` with `at`.
 *
 * @example
 * let [snapshot] = initialTransition(renovationMachine, application);
 * [snapshot] = transition(renovationMachine, snapshot, { type: 'CHECK_CONTRACTOR', at: '2026-05-04T10:00:00+08:00', licenceValid: true, qualified: true });
 */
export function createRenovationMachine(options: RenovationMachineOptions = {}) {
  const { policy } = options;
  const zone = paramValue(policy, zoneParameter);
  const iso = (at: string) => toIsoInstant(at, zone);
  const ordered = (context: RenovationContext, event: RenovationEvent): boolean => instantSchema.safeParse(event.at).success && compareInstants(event.at, context.lastEventAt) >= 0;
  const next = (record: RenovationRecord, at: string): Partial<RenovationContext> => ({ record, lastEventAt: iso(at) });
  const withCurrent = (record: RenovationRecord, change: (v: SeriousViolation) => SeriousViolation): RenovationRecord => {
    const list = [...(record.seriousViolations ?? [])];
    list[list.length - 1] = change(list[list.length - 1]!);
    return { ...record, seriousViolations: list };
  };
  const openViolation = (record: RenovationRecord) => (record.seriousViolations ?? []).some((v) => !v.rectifiedAt);

  return setup({
    types: {} as { context: RenovationContext; events: RenovationEvent; input: RenovationRecord },
    guards: {
      inOrder: ({ context, event }) => ordered(context, event),
      contractorQualified: ({ context, event }) => ordered(context, event) && event.type === 'CHECK_CONTRACTOR' && event.licenceValid && event.qualified,
      completesDocuments: ({ context, event }) => {
        if (!ordered(context, event) || event.type !== 'SUBMIT_DOCUMENTS') return false;
        const documents = { ...context.record.documents, ...Object.fromEntries(event.documents.map((d) => [d, event.at])) };
        return missingDocuments({ ...context.record, documents }, paramValue(policy, requiredDocuments)).length === 0;
      },
      approved: ({ context, event }) => ordered(context, event) && event.type === 'REVIEW' && event.approved,
      completesAgreements: ({ context, event }) =>
        ordered(context, event) && ((event.type === 'SIGN_COMMITMENT' && context.record.safetyAgreementSignedAt !== undefined) || (event.type === 'SIGN_SAFETY_AGREEMENT' && context.record.commitmentSignedAt !== undefined)),
      readyForPermit: ({ context, event }) => ordered(context, event) && missingBeforePermit(context.record, policy).length === 0,
      fireSafetyApproved: ({ context, event }) => ordered(context, event) && context.record.fireApproval !== undefined && context.record.permit !== undefined && !openViolation(context.record),
      noticedAndStopped: ({ context, event }) => ordered(context, event) && event.type === 'NOTICE_AND_STOP' && event.noticeEvidence.length > 0 && event.stopEvidence.length > 0,
      reportedWithEvidence: ({ context, event }) => ordered(context, event) && event.type === 'REPORT_AUTHORITY' && event.evidence.length > 0,
      noOpenViolation: ({ context, event }) => ordered(context, event) && !openViolation(context.record) && context.record.workStartedAt !== undefined,
      passed: ({ context, event }) => ordered(context, event) && event.type === 'FIRE_INSPECTION' && event.passed,
      acceptanceSigned: ({ context, event }) => ordered(context, event) && context.record.acceptance?.noticeSigned === true,
      acceptanceComplete: ({ context, event }) => ordered(context, event) && event.type === 'JOINT_ACCEPTANCE' && missingForAcceptance(context.record, { at: event.at, parties: event.parties, noticeSigned: event.noticeSigned }).length === 0,
      validInstant: ({ event }) => instantSchema.safeParse(event.at).success,
    },
    actions: {
      recordContractorCheck: assign(({ context, event }) => {
        const e = eventOf(event, 'CHECK_CONTRACTOR');
        return next({ ...context.record, contractorChecks: [...(context.record.contractorChecks ?? []), { at: iso(e.at), licenceValid: e.licenceValid, qualified: e.qualified }] }, e.at);
      }),
      recordContractorChange: assign(({ context, event }) => {
        const e = eventOf(event, 'CHANGE_CONTRACTOR');
        return next({ ...context.record, contractor: { name: e.name, ...(e.licenceNo !== undefined ? { licenceNo: e.licenceNo } : {}) } }, e.at);
      }),
      recordDocuments: assign(({ context, event }) => {
        const e = eventOf(event, 'SUBMIT_DOCUMENTS');
        return next({ ...context.record, documents: { ...context.record.documents, ...Object.fromEntries(e.documents.map((d) => [d, iso(e.at)])) } }, e.at);
      }),
      recordReview: assign(({ context, event }) => {
        const e = eventOf(event, 'REVIEW');
        const reviews = [...(context.record.reviews ?? []), { at: iso(e.at), approved: e.approved, ...(e.notes !== undefined ? { notes: e.notes } : {}) }];
        // A rejected plan and drawings are revised and resubmitted.
        const documents = e.approved ? context.record.documents : Object.fromEntries(Object.entries(context.record.documents ?? {}).filter(([k]) => k !== 'plan' && k !== 'drawings'));
        return next({ ...context.record, reviews, documents }, e.at);
      }),
      recordCommitment: assign(({ context, event }) => next({ ...context.record, commitmentSignedAt: iso(event.at) }, event.at)),
      recordSafetyAgreement: assign(({ context, event }) => next({ ...context.record, safetyAgreementSignedAt: iso(event.at) }, event.at)),
      recordPasses: assign(({ context, event }) => {
        const e = eventOf(event, 'ISSUE_PASSES');
        return next({ ...context.record, passes: { at: iso(e.at), workerPasses: e.workerPasses, hotWorkPermits: e.hotWorkPermits } }, e.at);
      }),
      recordFireApproval: assign(({ context, event }) => {
        const e = eventOf(event, 'FIRE_APPROVED');
        return next({ ...context.record, fireApproval: { at: iso(e.at), reference: e.reference } }, e.at);
      }),
      recordPermit: assign(({ context, event }) => {
        const e = eventOf(event, 'ISSUE_PERMIT');
        return next({ ...context.record, permit: { at: iso(e.at), permitNo: e.permitNo } }, e.at);
      }),
      recordWorkStart: assign(({ context, event }) => next({ ...context.record, workStartedAt: context.record.workStartedAt ?? iso(event.at) }, event.at)),
      recordVisit: assign(({ context, event }) => {
        const e = eventOf(event, 'VISIT');
        return next({ ...context.record, visits: [...(context.record.visits ?? []), { at: iso(e.at), role: e.role, ...(e.by !== undefined ? { by: e.by } : {}) }] }, e.at);
      }),
      recordSeriousViolation: assign(({ context, event }) => {
        const e = eventOf(event, 'SERIOUS_VIOLATION');
        return next({ ...context.record, seriousViolations: [...(context.record.seriousViolations ?? []), { at: iso(e.at), kind: e.kind, description: e.description }] }, e.at);
      }),
      recordNoticeAndStop: assign(({ context, event }) => {
        const e = eventOf(event, 'NOTICE_AND_STOP');
        const at = iso(e.at);
        return next(withCurrent(context.record, (v) => ({ ...v, notice: { at, evidence: [...e.noticeEvidence] }, stop: { at, evidence: [...e.stopEvidence] } })), e.at);
      }),
      recordIneffective: assign(({ context, event }) => next(withCurrent(context.record, (v) => ({ ...v, ineffectiveAt: iso(event.at) })), event.at)),
      recordReport: assign(({ context, event }) => {
        const e = eventOf(event, 'REPORT_AUTHORITY');
        return next(withCurrent(context.record, (v) => ({ ...v, report: { at: iso(e.at), authority: e.authority, evidence: [...e.evidence] } })), e.at);
      }),
      recordRectified: assign(({ context, event }) => next(withCurrent(context.record, (v) => ({ ...v, rectifiedAt: iso(event.at) })), event.at)),
      recordWorksCompleted: assign(({ context, event }) => next({ ...context.record, worksCompletedAt: iso(event.at) }, event.at)),
      recordFireInspection: assign(({ context, event }) => {
        const e = eventOf(event, 'FIRE_INSPECTION');
        return next({ ...context.record, fireInspections: [...(context.record.fireInspections ?? []), { at: iso(e.at), passed: e.passed }] }, e.at);
      }),
      recordCompletionDocuments: assign(({ context, event }) => next({ ...context.record, completionDocumentsAt: iso(event.at) }, event.at)),
      recordAcceptance: assign(({ context, event }) => {
        const e = eventOf(event, 'JOINT_ACCEPTANCE');
        return next({ ...context.record, acceptance: { at: iso(e.at), parties: [...e.parties], noticeSigned: e.noticeSigned } }, e.at);
      }),
      recordMoveIn: assign(({ context, event }) => next({ ...context.record, movedInAt: iso(event.at) }, event.at)),
      checkDeadlines: assign(({ context, event }) => ({ violations: checkRenovation(context.record, { policy, asOf: event.at }), checkedAt: iso(event.at) })),
    },
  }).createMachine({
    id: 'renovation',
    version: '1',
    context: ({ input }) => {
      const intake = readIntake(input, { schema: renovationRecordSchema, what: text('装修申请', 'renovation application'), lifecycleFields: LIFECYCLE_FIELDS });
      return { record: intake, violations: [], checkedAt: null, lastEventAt: iso(input.appliedAt) };
    },
    initial: 'contractorCheck',
    on: { CHECK_DEADLINES: { guard: 'validInstant', actions: 'checkDeadlines' } },
    states: {
      contractorCheck: {
        description: '客户及装修商填写申请表；客服部检查施工单位营业执照、资质证明 / Desk checks the contractor',
        meta: { title: text('审核施工单位资质', 'Checking the contractor'), source: cite('OFFICE', '装修申请程序 1、2') },
        on: {
          CHECK_CONTRACTOR: [
            { guard: 'contractorQualified', target: 'documents', actions: 'recordContractorCheck' },
            { guard: 'inOrder', actions: 'recordContractorCheck' },
          ],
          CHANGE_CONTRACTOR: { guard: 'inOrder', actions: 'recordContractorChange' },
        },
      },
      documents: {
        description: '施工单位提供装修合同、方案及设计图（及《客服制度》所列复印件） / Contract, plan, drawings and copies',
        meta: { title: text('提交资料', 'Submitting documents'), source: cite('OFFICE', '装修申请程序 3') },
        on: {
          SUBMIT_DOCUMENTS: [
            { guard: 'completesDocuments', target: 'engineeringReview', actions: 'recordDocuments' },
            { guard: 'inOrder', actions: 'recordDocuments' },
          ],
        },
      },
      engineeringReview: {
        description: '工程部审核装修方案、图纸；不通过则修改后重新提交 / Engineering review; rejection loops back',
        meta: { title: text('工程部审核', 'Engineering review'), source: cite('OFFICE', '装修申请程序 3、说明 2') },
        on: {
          REVIEW: [
            { guard: 'approved', target: 'agreements', actions: 'recordReview' },
            { guard: 'inOrder', target: 'documents', actions: 'recordReview' },
          ],
        },
      },
      agreements: {
        description: '办理装修承诺书并签订施工安全协议书 / Commitment letter and safety agreement',
        meta: { title: text('签订承诺书与安全协议', 'Signing the agreements'), source: cite('OFFICE', '装修申请程序 4') },
        on: {
          SIGN_COMMITMENT: [
            { guard: 'completesAgreements', target: 'passes', actions: 'recordCommitment' },
            { guard: 'inOrder', actions: 'recordCommitment' },
          ],
          SIGN_SAFETY_AGREEMENT: [
            { guard: 'completesAgreements', target: 'passes', actions: 'recordSafetyAgreement' },
            { guard: 'inOrder', actions: 'recordSafetyAgreement' },
          ],
        },
      },
      passes: {
        description: '办理施工人员出入证、动火证 / Worker passes and hot-work permits',
        meta: { title: text('办理出入证、动火证', 'Issuing passes and permits'), source: cite('OFFICE', '装修申请程序 5') },
        on: { ISSUE_PASSES: { guard: 'inOrder', target: 'fireApproval', actions: 'recordPasses' } },
      },
      fireApproval: {
        description: '取得消防安全许可证方可施工 / The fire-safety approval before any work',
        meta: { title: text('消防安全许可', 'Fire-safety approval'), source: cite('OFFICE', '装修申请程序 说明 2') },
        on: { FIRE_APPROVED: { guard: 'inOrder', target: 'permit', actions: 'recordFireApproval' } },
      },
      permit: {
        description: '签发装修许可证 / The renovation permit is issued',
        meta: { title: text('签发装修许可证', 'Issuing the permit'), source: cite('OFFICE', '装修申请程序 6') },
        on: { ISSUE_PERMIT: { guard: 'readyForPermit', target: 'works', actions: 'recordPermit' } },
      },
      works: {
        description: '施工人员凭证入场；客服部、安保部、工程部监管，装修管理员每3日、安全员每日巡查 / Works under supervision',
        meta: { title: text('施工（监管中）', 'Works under supervision'), source: cite('OFFICE', '装修管理程序 1–4') },
        on: {
          START_WORK: { guard: 'fireSafetyApproved', actions: 'recordWorkStart' },
          VISIT: { guard: 'inOrder', actions: 'recordVisit' },
          SERIOUS_VIOLATION: { guard: 'inOrder', target: 'violationFound', actions: 'recordSeriousViolation' },
          WORKS_COMPLETED: { guard: 'noOpenViolation', target: 'fireInspection', actions: 'recordWorksCompleted' },
        },
      },
      violationFound: {
        description: '发现严重违章：即时书面告知并制止 / Serious violation: written notice and stop at once',
        meta: { title: text('严重违章：告知并制止', 'Serious violation: notice and stop'), source: cite('STD', '装修服务程序 6') },
        on: {
          NOTICE_AND_STOP: { guard: 'noticedAndStopped', target: 'stopped', actions: 'recordNoticeAndStop' },
          VISIT: { guard: 'inOrder', actions: 'recordVisit' },
        },
      },
      stopped: {
        description: '已告知并制止：整改或制止无效 / Stopped: rectified, or ineffective',
        meta: { title: text('已制止', 'Stopped'), source: cite('STD', '装修服务程序 6') },
        on: {
          RECTIFIED: { guard: 'inOrder', target: 'works', actions: 'recordRectified' },
          INEFFECTIVE: { guard: 'inOrder', target: 'reportingToAuthority', actions: 'recordIneffective' },
          VISIT: { guard: 'inOrder', actions: 'recordVisit' },
        },
      },
      reportingToAuthority: {
        description: '制止无效：及时书面上报主管部门（可依法起诉） / Ineffective: written report to the authority',
        meta: { title: text('书面上报主管部门', 'Reporting to the authority'), source: cite('STD', '装修服务程序 6') },
        on: {
          REPORT_AUTHORITY: { guard: 'reportedWithEvidence', target: 'reported', actions: 'recordReport' },
          VISIT: { guard: 'inOrder', actions: 'recordVisit' },
        },
      },
      reported: {
        description: '已上报，待整改 / Reported, awaiting rectification',
        meta: { title: text('已上报', 'Reported'), source: cite('STD', '装修服务程序 6') },
        on: {
          RECTIFIED: { guard: 'inOrder', target: 'works', actions: 'recordRectified' },
          VISIT: { guard: 'inOrder', actions: 'recordVisit' },
        },
      },
      fireInspection: {
        description: '施工装修商向消防部门报检，检测合格后方可验收 / Fire inspection before acceptance',
        meta: { title: text('消防报检', 'Fire inspection'), source: cite('OFFICE', '验收入住程序 1') },
        on: {
          FIRE_INSPECTION: [
            { guard: 'passed', target: 'completionDocuments', actions: 'recordFireInspection' },
            { guard: 'inOrder', actions: 'recordFireInspection' },
          ],
        },
      },
      completionDocuments: {
        description: '向工程部提供工程竣工资料 / Completion documents to engineering',
        meta: { title: text('提交竣工资料', 'Completion documents'), source: cite('OFFICE', '验收入住程序 2') },
        on: { SUBMIT_COMPLETION_DOCUMENTS: { guard: 'inOrder', target: 'acceptance', actions: 'recordCompletionDocuments' } },
      },
      acceptance: {
        description: '客服部组织工程部、安保部与施工方共同验收，签发验收合格通知书 / Joint acceptance',
        meta: { title: text('共同验收', 'Joint acceptance'), source: cite('OFFICE', '验收入住程序 3') },
        on: { JOINT_ACCEPTANCE: { guard: 'acceptanceComplete', target: 'accepted', actions: 'recordAcceptance' } },
      },
      accepted: {
        description: '验收合格：安排入住、正式送电、保洁 / Accepted: move-in, power, cleaning',
        meta: { title: text('验收合格', 'Accepted'), source: cite('OFFICE', '验收入住程序 4') },
        on: { MOVE_IN: { guard: 'acceptanceSigned', target: 'movedIn', actions: 'recordMoveIn' } },
      },
      movedIn: {
        type: 'final',
        description: '已入住 / Moved in',
        meta: { title: text('已入住', 'Moved in'), source: cite('OFFICE', '验收入住程序 4') },
      },
    },
  });
}

/** The renovation machine type. @example const m: RenovationMachine = renovationMachine; */
export type RenovationMachine = ReturnType<typeof createRenovationMachine>;

/**
 * The renovation machine under the default policy.
 *
 * @example
 * const [snapshot] = initialTransition(renovationMachine, application);
 */
export const renovationMachine: RenovationMachine = /* @__PURE__ */ createRenovationMachine();

/**
 * Migrations of persisted renovation snapshots, keyed by the version they migrate from.
 *
 * @example
 * Object.keys(renovationMigrations) // []
 */
export const renovationMigrations: Readonly<Record<number, Migration>> = Object.freeze({});

/**
 * Restores a persisted renovation envelope (object or JSON string) to a snapshot of
 * `machine` (default {@link renovationMachine}); a foreign or corrupt envelope is
 * `INVALID_SNAPSHOT`.
 *
 * @example
 * const snapshot = restoreRenovation(JSON.stringify(persist(before)));
 */
export function restoreRenovation(envelope: unknown, machine: RenovationMachine = renovationMachine) {
  return restore(envelope, { machine, contextSchema: renovationContextSchema, migrations: renovationMigrations, invariant: renovationStateProblems });
}

/**
 * Starts a renovation application from its record (pure): `[snapshot, actions]`, or the typed error
 * (`INVALID_INSTANT`, `INVALID_INPUT`) that `initialTransition` would hide in an error
 * snapshot.
 *
 * @example
 * const [snapshot] = startRenovation(record);
 */
export function startRenovation(record: RenovationRecord, machine: RenovationMachine = renovationMachine) {
  return startMachine(machine, record);
}
