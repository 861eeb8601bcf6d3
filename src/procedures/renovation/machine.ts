import type { CaseContext } from '../../core/case-context';
import { toCaseContext } from '../../core/case-context';
import type { CaseSnapshot } from '../../core/case-procedure';
import { defineCaseProcedure } from '../../core/case-procedure';
import { paramValue } from '../../core/policy';
import { cite } from '../../core/source';
import { text } from '../../core/text';
import type { RenovationEvent } from './events';
import { renovationEventSchema } from './events';
import { requiredDocuments } from './policy';
import { checkRenovation, missingBeforePermit, missingDocuments, missingForAcceptance } from './rules';
import type { RenovationRecord, SeriousViolation } from './schema';
import { RENOVATION_FIELD_LABELS, RENOVATION_LIFECYCLE_FIELDS, renovationRecordSchema } from './schema';

const office = (clause: string) => cite('OFFICE', clause);
const std = (clause: string) => cite('STD', clause);

// The serious violation being handled (the last one): what NOTICE_AND_STOP, INEFFECTIVE,
// REPORT_AUTHORITY and RECTIFIED change.
function withCurrent(record: RenovationRecord, change: (v: SeriousViolation) => SeriousViolation): RenovationRecord {
  const list = [...(record.seriousViolations ?? [])];
  list[list.length - 1] = change(list[list.length - 1]!);
  return { ...record, seriousViolations: list };
}
const openViolation = (record: RenovationRecord) => (record.seriousViolations ?? []).some((v) => !v.rectifiedAt);

/**
 * @internal The renovation procedure (装修申请程序, 装修管理程序, 验收入住程序; 标准表 装修服务 装修过程服务 6)
 * as a case: contractor check → documents → engineering review (rejection loops back) →
 * agreements → passes → fire-safety approval → permit → works under supervision (serious
 * violations: notice and stop, report if ineffective) → fire inspection → completion
 * documents → joint acceptance → moved in. The procedure keeps no deadline list: its
 * findings come as violations at `CHECK_DEADLINES`.
 */
export const renovationCase = defineCaseProcedure<RenovationRecord, RenovationEvent>({
  id: 'renovation',
  version: 2,
  what: text('装修申请', 'renovation application'),
  record: renovationRecordSchema,
  labels: RENOVATION_FIELD_LABELS,
  lifecycleFields: RENOVATION_LIFECYCLE_FIELDS,
  openedAt: (r) => r.appliedAt,
  events: renovationEventSchema,
  guards: {
    contractorQualified: {
      source: office('装修申请程序 2'),
      description: text('施工单位营业执照、资质证明审核通过', "The contractor's business licence and qualification are valid"),
      test: (_r, e) => e.type === 'CHECK_CONTRACTOR' && e.licenceValid && e.qualified,
    },
    completesDocuments: {
      source: office('装修申请程序 3'),
      description: text('所需资料齐全后送工程部审核', 'All required documents in: on to the engineering review'),
      test: (r, e, { options }) => {
        if (e.type !== 'SUBMIT_DOCUMENTS') return false;
        const documents = { ...r.documents, ...Object.fromEntries(e.documents.map((d) => [d, e.at])) };
        return missingDocuments({ ...r, documents }, paramValue(options.policy, requiredDocuments)).length === 0;
      },
    },
    approved: { source: office('装修申请程序 3'), description: text('工程部审核通过', 'Engineering approves the plan and drawings'), test: (_r, e) => e.type === 'REVIEW' && e.approved },
    completesAgreements: {
      source: office('装修申请程序 4'),
      description: text('装修承诺书与施工安全协议书均已签订', 'Commitment letter and safety agreement both signed'),
      test: (r, e) => (e.type === 'SIGN_COMMITMENT' && r.safetyAgreementSignedAt !== undefined) || (e.type === 'SIGN_SAFETY_AGREEMENT' && r.commitmentSignedAt !== undefined),
    },
    readyForPermit: {
      source: office('装修申请程序 6'),
      description: text('前序手续齐全方可签发装修许可证', 'The permit only once every earlier step is done'),
      test: (r, _e, { options }) => missingBeforePermit(r, options.policy).length === 0,
    },
    permitIssued: { source: office('装修申请程序 6'), description: text('已签发装修许可证', 'The renovation permit is issued'), test: (r) => r.permit !== undefined },
    fireSafetyApproved: {
      source: office('装修申请程序 说明 2'),
      description: text('取得消防安全许可证方可施工', 'No work before the fire-safety approval'),
      requires: ['permitIssued', 'noOpenViolation'],
      test: (r) => r.fireApproval !== undefined,
    },
    workStarted: { source: office('装修管理程序 1'), description: text('已开始施工', 'The works have started'), test: (r) => r.workStartedAt !== undefined },
    noOpenViolation: { source: std('装修服务 装修过程服务 6'), description: text('严重违章已整改完毕', 'No serious violation left open'), test: (r) => !openViolation(r) },
    mayComplete: {
      source: std('装修服务 装修过程服务 6'),
      description: text('已施工且严重违章处理完毕后方可竣工', 'Completion only after the works started, with no serious violation open'),
      requires: ['workStarted', 'noOpenViolation'],
      test: () => true,
    },
    passed: { source: office('验收入住程序 1'), description: text('消防检测合格后方可验收', 'Acceptance only after the fire inspection passed'), test: (_r, e) => e.type === 'FIRE_INSPECTION' && e.passed },
    acceptanceComplete: {
      source: office('验收入住程序 3'),
      description: text('共同验收、签发验收合格通知书', 'Joint acceptance with the notice signed'),
      test: (r, e) => e.type === 'JOINT_ACCEPTANCE' && missingForAcceptance(r, { at: e.at, parties: e.parties, noticeSigned: e.noticeSigned }).length === 0,
    },
    acceptanceSigned: { source: office('验收入住程序'), description: text('验收通知书已签署后方可入住', 'Move in only once the acceptance notice is signed'), test: (r) => r.acceptance?.noticeSigned === true },
  },
  updates: {
    CHECK_CONTRACTOR: (r, e, { at }) => ({ ...r, contractorChecks: [...(r.contractorChecks ?? []), { at, licenceValid: e.licenceValid, qualified: e.qualified }] }),
    CHANGE_CONTRACTOR: (r, e) => ({ ...r, contractor: { name: e.name, ...(e.licenceNo !== undefined ? { licenceNo: e.licenceNo } : {}) } }),
    SUBMIT_DOCUMENTS: (r, e, { at }) => ({ ...r, documents: { ...r.documents, ...Object.fromEntries(e.documents.map((d) => [d, at])) } }),
    REVIEW: (r, e, { at }) => {
      const reviews = [...(r.reviews ?? []), { at, approved: e.approved, ...(e.notes !== undefined ? { notes: e.notes } : {}) }];
      // A rejected plan and drawings are revised and resubmitted.
      const documents = e.approved ? r.documents : Object.fromEntries(Object.entries(r.documents ?? {}).filter(([k]) => k !== 'plan' && k !== 'drawings'));
      return { ...r, reviews, documents };
    },
    SIGN_COMMITMENT: (r, _e, { at }) => ({ ...r, commitmentSignedAt: at }),
    SIGN_SAFETY_AGREEMENT: (r, _e, { at }) => ({ ...r, safetyAgreementSignedAt: at }),
    ISSUE_PASSES: (r, e, { at }) => ({ ...r, passes: { at, workerPasses: e.workerPasses, hotWorkPermits: e.hotWorkPermits } }),
    FIRE_APPROVED: (r, e, { at }) => ({ ...r, fireApproval: { at, reference: e.reference } }),
    ISSUE_PERMIT: (r, e, { at }) => ({ ...r, permit: { at, permitNo: e.permitNo } }),
    START_WORK: (r, _e, { at }) => ({ ...r, workStartedAt: r.workStartedAt ?? at }),
    VISIT: (r, e, { at }) => ({ ...r, visits: [...(r.visits ?? []), { at, role: e.role, ...(e.by !== undefined ? { by: e.by } : {}) }] }),
    SERIOUS_VIOLATION: (r, e, { at }) => ({ ...r, seriousViolations: [...(r.seriousViolations ?? []), { at, kind: e.kind, description: e.description }] }),
    NOTICE_AND_STOP: (r, e, { at }) => withCurrent(r, (v) => ({ ...v, notice: { at, evidence: [...e.noticeEvidence] }, stop: { at, evidence: [...e.stopEvidence] } })),
    INEFFECTIVE: (r, _e, { at }) => withCurrent(r, (v) => ({ ...v, ineffectiveAt: at })),
    REPORT_AUTHORITY: (r, e, { at }) => withCurrent(r, (v) => ({ ...v, report: { at, authority: e.authority, evidence: [...e.evidence] } })),
    RECTIFIED: (r, _e, { at }) => withCurrent(r, (v) => ({ ...v, rectifiedAt: at })),
    WORKS_COMPLETED: (r, _e, { at }) => ({ ...r, worksCompletedAt: at }),
    FIRE_INSPECTION: (r, e, { at }) => ({ ...r, fireInspections: [...(r.fireInspections ?? []), { at, passed: e.passed }] }),
    SUBMIT_COMPLETION_DOCUMENTS: (r, _e, { at }) => ({ ...r, completionDocumentsAt: at }),
    JOINT_ACCEPTANCE: (r, e, { at }) => ({ ...r, acceptance: { at, parties: [...e.parties], noticeSigned: e.noticeSigned } }),
    MOVE_IN: (r, _e, { at }) => ({ ...r, movedInAt: at }),
  },
  initial: 'contractorCheck',
  states: {
    contractorCheck: {
      title: text('审核施工单位资质', 'Checking the contractor'),
      source: office('装修申请程序 1、2'),
      on: { CHECK_CONTRACTOR: [{ guard: 'contractorQualified', target: 'documents' }, {}], CHANGE_CONTRACTOR: {} },
    },
    documents: {
      title: text('提交资料', 'Submitting documents'),
      source: office('装修申请程序 3'),
      on: { SUBMIT_DOCUMENTS: [{ guard: 'completesDocuments', target: 'engineeringReview' }, {}] },
    },
    engineeringReview: {
      title: text('工程部审核', 'Engineering review'),
      source: office('装修申请程序 3、说明 2'),
      on: { REVIEW: [{ guard: 'approved', target: 'agreements' }, { target: 'documents' }] },
    },
    agreements: {
      title: text('签订承诺书与安全协议', 'Signing the agreements'),
      source: office('装修申请程序 4'),
      on: {
        SIGN_COMMITMENT: [{ guard: 'completesAgreements', target: 'passes' }, {}],
        SIGN_SAFETY_AGREEMENT: [{ guard: 'completesAgreements', target: 'passes' }, {}],
      },
    },
    passes: {
      title: text('办理出入证、动火证', 'Issuing passes and permits'),
      source: office('装修申请程序 5'),
      on: { ISSUE_PASSES: { target: 'fireApproval' } },
    },
    fireApproval: {
      title: text('消防安全许可', 'Fire-safety approval'),
      source: office('装修申请程序 说明 2'),
      on: { FIRE_APPROVED: { target: 'permit' } },
    },
    permit: {
      title: text('签发装修许可证', 'Issuing the permit'),
      source: office('装修申请程序 6'),
      on: { ISSUE_PERMIT: { guard: 'readyForPermit', target: 'works' } },
    },
    works: {
      title: text('施工（监管中）', 'Works under supervision'),
      source: office('装修管理程序 1–4'),
      requires: (r) => permitted(r),
      on: {
        START_WORK: { guard: 'fireSafetyApproved' },
        VISIT: {},
        SERIOUS_VIOLATION: { target: 'violationFound' },
        WORKS_COMPLETED: { guard: 'mayComplete', target: 'fireInspection' },
      },
    },
    violationFound: {
      title: text('严重违章：告知并制止', 'Serious violation: notice and stop'),
      source: std('装修服务 装修过程服务 6'),
      requires: (r) => [...permitted(r), ...(openViolation(r) ? [] : ['an open serious violation'])],
      on: { NOTICE_AND_STOP: { target: 'stopped' }, VISIT: {} },
    },
    stopped: {
      title: text('已制止', 'Stopped'),
      source: std('装修服务 装修过程服务 6'),
      requires: (r) => permitted(r),
      on: { RECTIFIED: { target: 'works' }, INEFFECTIVE: { target: 'reportingToAuthority' }, VISIT: {} },
    },
    reportingToAuthority: {
      title: text('书面上报主管部门', 'Reporting to the authority'),
      source: std('装修服务 装修过程服务 6'),
      requires: (r) => permitted(r),
      on: { REPORT_AUTHORITY: { target: 'reported' }, VISIT: {} },
    },
    reported: {
      title: text('已上报', 'Reported'),
      source: std('装修服务 装修过程服务 6'),
      requires: (r) => permitted(r),
      on: { RECTIFIED: { target: 'works' }, VISIT: {} },
    },
    fireInspection: {
      title: text('消防报检', 'Fire inspection'),
      source: office('验收入住程序 1'),
      requires: (r) => permitted(r),
      on: { FIRE_INSPECTION: [{ guard: 'passed', target: 'completionDocuments' }, {}] },
    },
    completionDocuments: {
      title: text('提交竣工资料', 'Completion documents'),
      source: office('验收入住程序 2'),
      requires: (r) => permitted(r),
      on: { SUBMIT_COMPLETION_DOCUMENTS: { target: 'acceptance' } },
    },
    acceptance: {
      title: text('共同验收', 'Joint acceptance'),
      source: office('验收入住程序 3'),
      requires: (r) => permitted(r),
      on: { JOINT_ACCEPTANCE: { guard: 'acceptanceComplete', target: 'accepted' } },
    },
    accepted: {
      title: text('验收合格', 'Accepted'),
      source: office('验收入住程序 4'),
      requires: (r) => accepted(r),
      on: { MOVE_IN: { guard: 'acceptanceSigned', target: 'movedIn' } },
    },
    movedIn: {
      title: text('已入住', 'Moved in'),
      source: office('验收入住程序 4'),
      final: true,
      requires: (r) => [...accepted(r), ...(r.movedInAt ? [] : ['the move-in'])],
    },
  },
  check: (record, options) => checkRenovation(record, options),
  // Version 1 kept { record, violations, checkedAt, lastEventAt }: no deadline list.
  migrations: { 1: toCaseContext },
});

// Only what no policy can waive is an invariant: the permit and the fire-safety approval (the
// document list is a policy's, which a restore does not know), and the signed acceptance.
function permitted(r: RenovationRecord): string[] {
  return r.permit && r.fireApproval ? [] : ['the renovation permit and the fire-safety approval'];
}
function accepted(r: RenovationRecord): string[] {
  return [...permitted(r), ...(r.acceptance?.noticeSigned ? [] : ['a signed acceptance notice'])];
}

/**
 * Builds the renovation machine for a policy (which documents an application needs).
 *
 * @example
 * const machine = createRenovationMachine({ policy: composePolicy(renovationPacks.OFFICE, renovationPacks.RULES) });
 * let [snapshot] = startRenovation(application, machine);
 */
export const createRenovationMachine = renovationCase.create;

/** The renovation machine type. @example const m: RenovationMachine = renovationMachine; */
export type RenovationMachine = ReturnType<typeof createRenovationMachine>;

/** A snapshot of the renovation machine. @example const s: RenovationSnapshot = startRenovation(application)[0]; */
export type RenovationSnapshot = CaseSnapshot<RenovationRecord, RenovationEvent>;

/** The context of a renovation case: the file and the violations found. @example const c: RenovationContext = snapshot.context; */
export type RenovationContext = CaseContext<RenovationRecord>;

/**
 * The renovation machine under the default policy (the OFFICE documents).
 *
 * @example
 * const [snapshot] = startRenovation(application);
 * const [next] = transition(renovationMachine, snapshot, { type: 'CHECK_CONTRACTOR', at: '2026-05-11T10:00:00+08:00', licenceValid: true, qualified: true });
 */
export const renovationMachine: RenovationMachine = renovationCase.machine;

/**
 * Starts a renovation application (pure): `[snapshot, actions]`, or a typed error for a bad
 * application or one that already carries steps.
 *
 * @example
 * const [snapshot] = startRenovation({ id: 'R-1', unit: '12F 1203', appliedAt: '2026-05-11T09:00:00+08:00', owner: { name: '陈女士' }, contractor: { name: '安居装饰' } });
 */
export const startRenovation = renovationCase.start;

/**
 * Restores a persisted renovation envelope (object or JSON text), migrating older versions; a
 * foreign or corrupt one, or a state its file does not support, is `INVALID_SNAPSHOT`.
 *
 * @example
 * const snapshot = restoreRenovation(JSON.stringify(persist(before)));
 */
export const restoreRenovation = renovationCase.restore;

/**
 * Steps a renovation case: validates the event and returns the next snapshot, or the refusal
 * (a malformed event, or the unmet step and its clause, in zh-CN and en) with the snapshot
 * unchanged.
 *
 * @example
 * const r = stepRenovation(snapshot, { type: 'SUBMIT_DOCUMENTS', at: '2026-05-11T11:00:00+08:00' });
 * if (!r.accepted) r.refusal.kind // 'invalid-event' (no documents)
 */
export const stepRenovation = renovationCase.step;

/**
 * Validates a host's event before sending it: returns it unchanged, or throws
 * `INVALID_INSTANT` / `INVALID_INPUT` with a Chinese and an English text (e.g. a notice
 * without evidence).
 *
 * @example
 * parseRenovationEvent({ type: 'NOTICE_AND_STOP', at: '2026-05-10T10:00:00+08:00', noticeEvidence: [], stopEvidence: ['照片'] }) // throws INVALID_INPUT
 */
export const parseRenovationEvent = renovationCase.parseEvent;
