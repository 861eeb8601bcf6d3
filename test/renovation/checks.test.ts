import fc from 'fast-check';
import { renovationDocs } from '../../src/procedures/renovation/docs';
import { describe, expect, it } from 'vitest';
import { isWuyeError } from '../../src/core/errors';
import { composePolicy } from '../../src/core/policy';
import { quietHoursPacks } from '../../src/procedures/quiet-hours/index';
import { quietHoursRules } from '../../src/procedures/quiet-hours/rules';
import type { SiteInspection, SiteInspectionOptions, SiteVisit } from '../../src/procedures/renovation/index';
import { checkRenovation, checkSiteInspection, checkSupervision, renovationPacks, renovationProcedure, renovationRules, requiredFireExtinguishers } from '../../src/procedures/renovation/index';
import { completeFile } from './fixtures';

const codeOf = (fn: () => unknown) => {
  try {
    fn();
  } catch (e) {
    return isWuyeError(e) ? e.code : 'OTHER';
  }
  return undefined;
};
const ids = (vs: { ruleId: string }[]) => vs.map((v) => v.ruleId);
const fields = (missing: unknown) => (missing as { field: string }[]).map((m) => m.field);
// Judged well after the inspections and the works below.
const LATER = '2026-06-01T00:00:00+08:00';
const inspect = (inspection: SiteInspection, options: Partial<SiteInspectionOptions> = {}) => checkSiteInspection(inspection, { asOf: LATER, ...options });
const supervise = (visits: readonly SiteVisit[], period: { from: string; to: string }) => checkSupervision({ ...period, visits }, { asOf: LATER });
const NOISY = quietHoursRules.noisyWorkInQuietHours.id;

describe('requiredFireExtinguishers (二次装修检查标准 4)', () => {
  it.each([
    [0.01, 2],
    [50, 2],
    [96.35, 2],
    [96.36, 4],
    [192.7, 4],
    [192.71, 6],
    [289.05, 6],
    [1000, 22],
  ])('%s m² → %s', (area, n) => {
    expect(requiredFireExtinguishers(area)).toBe(n);
  });

  it('non-positive, non-finite or non-number areas are INVALID_INPUT', () => {
    for (const bad of [0, -1, -0, Number.NaN, Number.POSITIVE_INFINITY, '100' as never, undefined as never]) {
      expect(codeOf(() => requiredFireExtinguishers(bad))).toBe('INVALID_INPUT');
    }
  });

  it('follows the policy (a host bay and count)', () => {
    const policy = composePolicy(renovationPacks.OFFICE, { 'renovation.extinguisherBayArea': 50, 'renovation.extinguishersPerBay': 3 });
    expect(requiredFireExtinguishers(100, policy)).toBe(6);
    expect(requiredFireExtinguishers(100.5, policy)).toBe(9);
    expect(codeOf(() => composePolicy(renovationPacks.OFFICE, { 'renovation.extinguisherBayArea': 0 }))).toBe('INVALID_POLICY');
  });

  it('property: at least 2, even, monotone, and enough for the area', () => {
    fc.assert(
      fc.property(fc.double({ min: 0.001, max: 100_000, noNaN: true }), fc.double({ min: 0, max: 1000, noNaN: true }), (a, extra) => {
        const n = requiredFireExtinguishers(a);
        expect(n).toBeGreaterThanOrEqual(2);
        expect(n % 2).toBe(0);
        expect(requiredFireExtinguishers(a + extra)).toBeGreaterThanOrEqual(n);
        expect((n / 2) * 96.35).toBeGreaterThanOrEqual(a - 1e-6);
        expect(((n - 2) / 2) * 96.35).toBeLessThan(a);
      }),
      { numRuns: 500 },
    );
  });
});

describe('checkSiteInspection (二次装修检查标准 1–6)', () => {
  const clean = { at: '2026-05-17T10:00:00+08:00', site: '12F 1203', areaM2: 150, fireExtinguishers: 4 };

  it('a clean inspection has no finding', () => {
    expect(inspect(clean)).toEqual([]);
    expect(inspect({ ...clean, noisyWork: true, corridorProtected: true })).toEqual([]); // Sunday: noisy work allowed
  });

  it('each item of the checklist', () => {
    const vs = inspect({
      ...clean,
      at: '2026-05-18T10:00:00+08:00',
      fireExtinguishers: 3,
      noisyWork: true,
      debris: true,
      corridorProtected: false,
      misconduct: ['smoking'],
      guestFacilitiesUsed: ['passenger-lift'],
      disorder: ['loitering'],
    });
    expect(ids(vs)).toEqual([
      NOISY,
      'renovation.site-debris',
      'renovation.site-corridor-unprotected',
      'renovation.site-misconduct',
      'renovation.site-fire-extinguishers',
      'renovation.site-guest-facilities',
      'renovation.site-disorder',
    ]);
    expect(vs[4]!.message['zh-CN']).toBe('12F 1203（2026-05-18 10:00）：面积 150 平方米应至少摆放 4 个灭火器，现有 3 个。');
    expect(vs[4]!.data.parameters).toMatchObject({ 'renovation.extinguisherBayArea': { value: 96.35, from: 'OFFICE' } });
  });

  it('noisy work follows the quiet-hours boundaries and policy', () => {
    expect(inspect({ ...clean, at: '2026-05-16T12:59:00+08:00', noisyWork: true }).length).toBe(1);
    expect(inspect({ ...clean, at: '2026-05-16T13:00:00+08:00', noisyWork: true })).toEqual([]);
    const residential = composePolicy(quietHoursPacks.OFFICE, { 'quietHours.forbiddenWindows': [{ days: [7], from: '00:00', to: '24:00' }] });
    expect(inspect({ ...clean, noisyWork: true }, { quietHours: residential }).length).toBe(1);
  });

  it('boundary: 96.35 m² with 2 extinguishers passes, 96.36 m² does not', () => {
    expect(inspect({ ...clean, areaM2: 96.35, fireExtinguishers: 2 })).toEqual([]);
    expect(ids(inspect({ ...clean, areaM2: 96.36, fireExtinguishers: 2 }))).toEqual(['renovation.site-fire-extinguishers']);
  });

  it('bad inspections are typed errors; input unchanged', () => {
    expect(codeOf(() => inspect({ ...clean, areaM2: 0 }))).toBe('INVALID_INPUT');
    expect(codeOf(() => inspect({ ...clean, at: '2026-05-17' }))).toBe('INVALID_INSTANT');
    expect(codeOf(() => inspect({ ...clean, fireExtinguishers: -1 }))).toBe('INVALID_INPUT');
    const frozen = Object.freeze({ ...clean, misconduct: Object.freeze(['gambling'] as const) });
    const copy = structuredClone(frozen);
    inspect(frozen as never);
    expect(frozen).toEqual(copy);
  });
});

describe('checkSupervision (标准表 装修服务 装修过程服务 3)', () => {
  const officer = (d: number) => ({ at: `2026-05-${String(d).padStart(2, '0')}T10:00:00+08:00`, role: 'renovation-officer' as const });
  const security = (d: number) => ({ at: `2026-05-${String(d).padStart(2, '0')}T16:00:00+08:00`, role: 'security' as const });
  const period = { from: '2026-05-11', to: '2026-05-20' };
  const daily = Array.from({ length: 10 }, (_, i) => security(11 + i));

  it('officer every 3 days and security daily: compliant', () => {
    expect(supervise([officer(11), officer(14), officer(17), officer(20), ...daily], period)).toEqual([]);
    expect(supervise([officer(13), officer(16), officer(19), ...daily], period)).toEqual([]);
  });

  it('3 days without the officer (sliding window) is a violation; 2 are not', () => {
    const vs = supervise([officer(11), officer(15), officer(17), officer(20), ...daily], period);
    expect(ids(vs)).toEqual(['renovation.officer-visits']);
    expect(vs[0]!.data).toMatchObject({ from: '2026-05-12', to: '2026-05-14', days: 3 });
    expect(vs[0]!.message['zh-CN']).toBe('2026-05-12 至 2026-05-14 连续 3 日无装修管理员巡查记录（要求每 3 日至少一次）。');
    // A first visit only on day 3 is fine; only on day 4 is not.
    expect(supervise([officer(14), officer(17), officer(20), ...daily], period).map((v) => v.data.to)).toEqual(['2026-05-13']);
  });

  it('a day without security is a violation; visits read on the local calendar (UTC input)', () => {
    const missing = daily.filter((v) => !v.at.startsWith('2026-05-15'));
    const vs = supervise([officer(11), officer(14), officer(17), officer(20), ...missing, { at: '2026-05-14T16:30:00Z', role: 'security' }], period);
    expect(ids(vs)).toEqual([]); // 2026-05-14T16:30Z is 05-15 00:30 in Shanghai
    expect(supervise([officer(11), officer(14), officer(17), officer(20), ...missing], period).map((v) => [v.ruleId, v.data.from, v.data.days])).toEqual([['renovation.security-visits', '2026-05-15', 1]]);
  });

  it('a renovation shorter than three days still needs one officer visit (reading of 装修过程服务 3)', () => {
    const two = { from: '2026-05-11', to: '2026-05-12' };
    const guards = [security(11), security(12)];
    const vs = supervise(guards, two);
    expect(vs.map((v) => [v.ruleId, v.data.from, v.data.to, v.data.days, v.data.wholeWorks])).toEqual([['renovation.officer-visits', '2026-05-11', '2026-05-12', 2, true]]);
    expect(vs[0]!.message['zh-CN']).toBe('装修期 2026-05-11 至 2026-05-12 共 2 日，无装修管理员巡查记录（不足 3 日的装修期也须至少巡查一次）。');
    expect(supervise([officer(12), ...guards], two)).toEqual([]);
    // One day of works: one visit that day.
    expect(ids(supervise([security(11)], { from: '2026-05-11', to: '2026-05-11' }))).toEqual(['renovation.officer-visits']);
    expect(supervise([officer(11), security(11)], { from: '2026-05-11', to: '2026-05-11' })).toEqual([]);
    // The rule's docs state the reading.
    expect(renovationDocs.rules[renovationRules.officerVisits.id]!['zh-CN']).toContain('不足3日即结束的装修，也须至少有一次巡查记录');
    expect(renovationDocs.rules[renovationRules.officerVisits.id]!.en).toContain('works that end in fewer than 3 days still need one recorded visit');
  });

  it('works still under way are not short yet: no officer visit due before three days have passed', () => {
    const works = { from: '2026-05-11', visits: [security(11), security(12)] };
    expect(checkSupervision(works, { asOf: '2026-05-13T00:00:00+08:00' })).toEqual([]);
  });

  it('a longer renovation keeps its closing stretch of fewer than three days after a visit', () => {
    const four = { from: '2026-05-11', to: '2026-05-14' };
    const guards = [security(11), security(12), security(13), security(14)];
    expect(supervise([officer(12), ...guards], four)).toEqual([]);
  });

  it('no records at all: one violation for each role over the whole period', () => {
    expect(supervise([], period).map((v) => v.data.days)).toEqual([10, 10]);
  });

  it('bad period or visits are typed errors', () => {
    expect(codeOf(() => supervise([], { from: '2026-05-20', to: '2026-05-11' }))).toBe('INVALID_INPUT');
    expect(codeOf(() => supervise([], { from: '2026-02-30', to: '2026-05-11' }))).toBe('INVALID_INPUT');
    expect(codeOf(() => supervise([], { from: '2000-01-01', to: '2026-05-11' }))).toBe('INVALID_INPUT');
    expect(codeOf(() => supervise([{ at: 'x', role: 'security' }], period))).toBe('INVALID_INSTANT');
    expect(codeOf(() => supervise([{ at: '2026-05-11T10:00:00+08:00', role: 'guard' as never }], period))).toBe('INVALID_INPUT');
  });

  it('property: adding visits never adds violations; same input same output', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 11, max: 20 }), { maxLength: 12 }), fc.array(fc.integer({ min: 11, max: 20 }), { maxLength: 6 }), (days, more) => {
        const visits = days.flatMap((d) => [officer(d), security(d)]);
        const before = supervise(visits, period);
        const after = supervise([...visits, ...more.flatMap((d) => [officer(d), security(d)])], period);
        const total = (vs: typeof before) => vs.reduce((n, v) => n + (v.data.days as number), 0);
        expect(total(after)).toBeLessThanOrEqual(total(before));
        expect(supervise(visits, period)).toEqual(before);
      }),
      { numRuns: 200 },
    );
  });
});

describe('checkRenovation', () => {
  const asOf = '2026-06-01T00:00:00+08:00';

  it('a complete file is compliant', () => {
    expect(checkRenovation(completeFile(), { asOf })).toEqual([]);
  });

  it('work before the fire-safety approval or the permit', () => {
    const early = checkRenovation(completeFile({ workStartedAt: '2026-05-15T09:00:00+08:00' }), { asOf });
    expect(ids(early)).toEqual(['renovation.work-before-fire-approval', 'renovation.work-before-permit']);
    expect(early[0]!.message['zh-CN']).toBe('装修 R-1：2026-05-15 09:00 开始施工，消防安全许可 2026-05-15 10:00 才取得。');
    expect(ids(checkRenovation(completeFile({ fireApproval: undefined }), { asOf }))).toContain('renovation.work-before-fire-approval');
  });

  it('a permit with steps missing', () => {
    const [v] = checkRenovation(completeFile({ safetyAgreementSignedAt: undefined, documents: { plan: '2026-05-11T11:00:00+08:00' } }), { asOf });
    expect(v!.ruleId).toBe('renovation.permit-incomplete');
    expect(fields(v!.data.missing)).toEqual(['documents.application-form', 'documents.business-licence', 'documents.qualification', 'documents.contract', 'documents.drawings', 'safetyAgreementSignedAt']);
    expect(v!.message['zh-CN']).toBe('装修 R-1：签发装修许可证时缺少装修申请表、营业执照、资质证明、装修合同、设计图、施工安全协议书。');
    const rules = composePolicy(renovationPacks.OFFICE, renovationPacks.RULES);
    expect(fields(checkRenovation(completeFile(), { asOf, policy: rules })[0]!.data.missing)).toEqual(['documents.property-certificate-copy', 'documents.contract-copy']);
  });

  it('serious violations: notice and stop, report when ineffective, evidence kept', () => {
    const found = { at: '2026-05-18T10:00:00+08:00', kind: 'load-bearing-wall' as const, description: '拆除承重墙' };
    expect(ids(checkRenovation(completeFile({ seriousViolations: [found] }), { asOf }))).toEqual(['renovation.serious-violation-not-stopped']);
    const stopped = { ...found, notice: { at: '2026-05-18T10:30:00+08:00', evidence: ['整改通知书 017'] }, stop: { at: '2026-05-18T10:30:00+08:00', evidence: ['现场照片'] } };
    expect(checkRenovation(completeFile({ seriousViolations: [stopped] }), { asOf })).toEqual([]);
    const ineffective = { ...stopped, ineffectiveAt: '2026-05-19T10:00:00+08:00' };
    expect(ids(checkRenovation(completeFile({ seriousViolations: [ineffective] }), { asOf }))).toEqual(['renovation.serious-violation-not-reported']);
    const reported = { ...ineffective, report: { at: '2026-05-19T15:00:00+08:00', authority: '区住建局', evidence: [] } };
    const [v] = checkRenovation(completeFile({ seriousViolations: [reported] }), { asOf });
    expect([v!.ruleId, v!.data.steps]).toEqual(['renovation.evidence-missing', ['report']]);
  });

  it('acceptance before the fire inspection, incomplete acceptance, move-in before acceptance', () => {
    expect(ids(checkRenovation(completeFile({ fireInspections: [{ at: '2026-05-26T10:00:00+08:00', passed: false }] }), { asOf }))).toEqual(['renovation.acceptance-before-fire-inspection']);
    expect(checkRenovation(completeFile({ acceptance: { at: '2026-05-28T10:00:00+08:00', parties: ['engineering'], noticeSigned: false } }), { asOf }).map((v) => v.ruleId)).toEqual(['renovation.acceptance-incomplete', 'renovation.move-in-before-acceptance']);
    expect(ids(checkRenovation(completeFile({ acceptance: undefined }), { asOf }))).toEqual(['renovation.move-in-before-acceptance']);
  });

  it('only what happened by asOf counts; bad input is typed', () => {
    expect(checkRenovation(completeFile({ workStartedAt: '2026-05-15T09:00:00+08:00' }), { asOf: '2026-05-15T08:00:00+08:00' })).toEqual([]);
    expect(codeOf(() => checkRenovation({ ...completeFile(), areaM2: -5 }, { asOf }))).toBe('INVALID_INPUT');
    expect(codeOf(() => checkRenovation(completeFile(), { asOf: 'soon' }))).toBe('INVALID_INSTANT');
  });
});

describe('renovationProcedure (docs data)', () => {
  it('both languages, a source for everything, every state titled and cited', () => {
    const p = renovationProcedure;
    for (const t of [p.title, renovationDocs.summary, ...renovationDocs.readings, ...p.rules.map((r) => r.title), ...p.parameters.map((x) => x.title)]) expect(t['zh-CN'].length * t.en.length).toBeGreaterThan(0);
    for (const s of Object.values(p.machine!.root.states)) {
      expect((s.meta as { title: { en: string }; source: { clause: string } }).source.clause.length).toBeGreaterThan(0);
      expect(s.description).toBeTruthy();
    }
    expect(p.rules.map((r) => r.id)).toEqual(expect.arrayContaining(['renovation.work-before-fire-approval', 'renovation.officer-visits', 'renovation.site-fire-extinguishers']));
    expect(Object.keys(p.guards!)).toContain('fireSafetyApproved');
    expect(new Set(p.rules.map((r) => r.id)).size).toBe(p.rules.length);
  });
});

describe('review findings', () => {
  it('a permit issued before its prerequisites is reported, even once they arrive later', () => {
    const late = '2026-05-20T10:00:00+08:00';
    const record = completeFile({ permit: { at: '2026-05-14T10:00:00+08:00', permitNo: 'ZX-1' }, commitmentSignedAt: late, safetyAgreementSignedAt: late, passes: { at: late, workerPasses: 6, hotWorkPermits: 1 }, fireApproval: { at: late, reference: '消审字 2026-88' }, workStartedAt: undefined, worksCompletedAt: undefined, fireInspections: undefined, completionDocumentsAt: undefined, acceptance: undefined, movedInAt: undefined });
    for (const asOf of ['2026-05-15T00:00:00+08:00', '2026-05-21T00:00:00+08:00']) {
      const v = checkRenovation(record, { asOf }).find((x) => x.ruleId === 'renovation.permit-incomplete');
      expect(fields(v?.data.missing)).toEqual(['commitmentSignedAt', 'safetyAgreementSignedAt', 'passes', 'fireApproval']);
    }
  });
});
