import type { RenovationRecord } from '../../src/procedures/renovation/index';

export const APPLIED = '2026-05-11T09:00:00+08:00';

/** A fresh application (owner + contractor, no steps yet). */
export function application(overrides: Partial<RenovationRecord> = {}): RenovationRecord {
  return { id: 'R-1', unit: '12F 1203', areaM2: 150, appliedAt: APPLIED, owner: { name: '陈女士', phone: '13800000000' }, contractor: { name: '安居装饰', licenceNo: '91440300X' }, ...overrides };
}

/** A file that went through every step in order, compliant. */
export function completeFile(overrides: Partial<RenovationRecord> = {}): RenovationRecord {
  const t = (d: number, h = 10) => `2026-05-${String(d).padStart(2, '0')}T${String(h).padStart(2, '0')}:00:00+08:00`;
  return application({
    contractorChecks: [{ at: t(11, 10), licenceValid: true, qualified: true }],
    documents: { 'application-form': t(11, 11), 'business-licence': t(11, 11), qualification: t(11, 11), contract: t(11, 11), plan: t(11, 11), drawings: t(11, 11) },
    reviews: [{ at: t(12), approved: true }],
    commitmentSignedAt: t(13),
    safetyAgreementSignedAt: t(13),
    passes: { at: t(14), workerPasses: 6, hotWorkPermits: 1 },
    fireApproval: { at: t(15), reference: '消审字 2026-88' },
    permit: { at: t(15, 11), permitNo: 'ZX-2026-031' },
    workStartedAt: t(16, 8),
    worksCompletedAt: t(25),
    fireInspections: [{ at: t(26), passed: true }],
    completionDocumentsAt: t(27),
    acceptance: { at: t(28), parties: ['customer-service', 'engineering', 'security', 'contractor'], noticeSigned: true },
    movedInAt: t(29),
    ...overrides,
  });
}
