import type { RenovationEvent } from './events';
import type { RenovationRecord } from './schema';

const ALL_DOCS = ['application-form', 'business-licence', 'qualification', 'contract', 'plan', 'drawings'] as const;

/** @internal One event of each kind and guard outcome of the renovation machine, all at `at` (every one well-formed). */
export function renovationSampleEvents(at: string): RenovationEvent[] {
  return [
  { type: 'CHECK_CONTRACTOR', at, licenceValid: true, qualified: true },
  { type: 'CHECK_CONTRACTOR', at, licenceValid: true, qualified: false },
  { type: 'CHANGE_CONTRACTOR', at, name: '新安装饰' },
  { type: 'SUBMIT_DOCUMENTS', at, documents: ['application-form'] },
  { type: 'SUBMIT_DOCUMENTS', at, documents: [...ALL_DOCS] },
  { type: 'REVIEW', at, approved: false, notes: '图纸不全' },
  { type: 'REVIEW', at, approved: true },
  { type: 'SIGN_COMMITMENT', at },
  { type: 'SIGN_SAFETY_AGREEMENT', at },
  { type: 'ISSUE_PASSES', at, workerPasses: 6, hotWorkPermits: 1 },
  { type: 'FIRE_APPROVED', at, reference: '消审字 2026-88' },
  { type: 'ISSUE_PERMIT', at, permitNo: 'ZX-031' },
  { type: 'START_WORK', at },
  { type: 'VISIT', at, role: 'security' },
  { type: 'SERIOUS_VIOLATION', at, kind: 'load-bearing-wall', description: '拆除承重墙' },
  { type: 'NOTICE_AND_STOP', at, noticeEvidence: ['通知书 017'], stopEvidence: ['照片'] },
  { type: 'INEFFECTIVE', at },
  { type: 'REPORT_AUTHORITY', at, authority: '区住建局', evidence: ['报告 2026-5'] },
  { type: 'RECTIFIED', at },
  { type: 'WORKS_COMPLETED', at },
  { type: 'FIRE_INSPECTION', at, passed: false },
  { type: 'FIRE_INSPECTION', at, passed: true },
  { type: 'SUBMIT_COMPLETION_DOCUMENTS', at },
  { type: 'JOINT_ACCEPTANCE', at, parties: ['engineering'], noticeSigned: true },
  { type: 'JOINT_ACCEPTANCE', at, parties: ['customer-service', 'engineering', 'security', 'contractor'], noticeSigned: true },
  { type: 'MOVE_IN', at },
];
}

type Snap = { readonly value: unknown; readonly context: unknown };
const recordOf = (s: Snap): RenovationRecord => (s.context as { record: RenovationRecord }).record;

/** @internal What tells renovation states apart for path generation: the steps on record. */
export function renovationPathKey(s: Snap): unknown {
  const r = recordOf(s);
  return [
    Object.keys(r.documents ?? {}).length,
    Math.min(r.reviews?.length ?? 0, 2),
    Boolean(r.commitmentSignedAt),
    Boolean(r.safetyAgreementSignedAt),
    Boolean(r.workStartedAt),
    Math.min(r.visits?.length ?? 0, 1),
    (r.seriousViolations ?? []).map((v) => [Boolean(v.notice), Boolean(v.ineffectiveAt), Boolean(v.report), Boolean(v.rectifiedAt)]),
    Math.min(r.fireInspections?.length ?? 0, 2),
  ];
}
/**
 * @internal The events a renovation snapshot can usefully take: repeats whose effect is
 * already on record are pruned, so that the paths stay few.
 */
export function renovationEventsFor(s: Snap, at: string): RenovationEvent[] {
  const r = recordOf(s);
  return renovationSampleEvents(at).filter((e) => {
    switch (e.type) {
      case 'CHECK_CONTRACTOR':
        return (r.contractorChecks?.length ?? 0) < 2;
      case 'CHANGE_CONTRACTOR':
        return r.contractor.name !== e.name && Boolean(r.contractorChecks?.some((c) => !c.qualified));
      case 'SUBMIT_DOCUMENTS':
        return e.documents.length > 1 || r.documents === undefined;
      case 'REVIEW':
        return e.approved || (r.reviews?.length ?? 0) === 0;
      case 'SIGN_COMMITMENT':
        return !r.commitmentSignedAt;
      case 'SIGN_SAFETY_AGREEMENT':
        return !r.safetyAgreementSignedAt;
      case 'START_WORK':
        return !r.workStartedAt;
      case 'VISIT':
        return (r.visits?.length ?? 0) === 0 && (s.value === 'works' || s.value === 'stopped');
      case 'SERIOUS_VIOLATION':
        return (r.seriousViolations?.length ?? 0) === 0;
      case 'FIRE_INSPECTION':
        return e.passed || (r.fireInspections?.length ?? 0) === 0;
      default:
        return true;
    }
  });
}
/**
 * @internal {@link renovationEventsFor} without the detours before the works (a failed
 * contractor check, a partial submission, the other signing order): simple paths enumerate
 * every route, so these are left to the shortest paths. Every state is still reached.
 */
export function renovationSimpleEventsFor(s: Snap, at: string): RenovationEvent[] {
  return renovationEventsFor(s, at).filter((e) => {
    if (e.type === 'CHECK_CONTRACTOR') return e.qualified;
    if (e.type === 'SUBMIT_DOCUMENTS') return e.documents.length > 1;
    if (e.type === 'SIGN_SAFETY_AGREEMENT') return Boolean(recordOf(s).commitmentSignedAt);
    return e.type !== 'CHANGE_CONTRACTOR';
  });
}
