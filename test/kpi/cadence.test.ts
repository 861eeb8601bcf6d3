import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { composePolicy } from '../../src/core/policy';
import type { Policy } from '../../src/core/policy';
import type { CadenceLog } from '../../src/procedures/kpi/index';
import { cadenceDueDates, checkCadences, deliveryDueDates, kpiPacks, kpiProcedure } from '../../src/procedures/kpi/index';
import { addMonths, periodRange, periodsEndingIn } from '../../src/procedures/kpi/period';
import { cadenceRules } from '../../src/procedures/kpi/rules';
import { freezeAll, thrown } from '../core/helpers';

// A period judged once it is over (every window has closed).
const LATER = '2030-01-01T00:00:00+08:00';
type Log = Omit<CadenceLog, 'period'>;
const check = (log: Log, period: string, policy?: Policy) => checkCadences({ ...log, period }, { asOf: LATER, policy });

describe('periods', () => {
  it.each([
    ['2026', 'year', '2026-01-01', '2026-12-31'],
    ['2026-Q1', 'quarter', '2026-01-01', '2026-03-31'],
    ['2024-Q1', 'quarter', '2024-01-01', '2024-03-31'],
    ['2026-Q4', 'quarter', '2026-10-01', '2026-12-31'],
    ['2024-02', 'month', '2024-02-01', '2024-02-29'],
    ['2026-02', 'month', '2026-02-01', '2026-02-28'],
  ])('%s is a %s from %s to %s', (period, kind, start, end) => {
    expect(periodRange(period)).toEqual({ period, kind, start, end });
  });
  it.each(['2026-Q5', '2026-13', '2026-1', '26', 2026, '2026-05-01', '0099', '0099-Q1', '9999'])('%s is INVALID_INPUT', (p) => {
    thrown(() => periodRange(p), 'INVALID_INPUT');
    thrown(() => cadenceDueDates(p as string), 'INVALID_INPUT');
  });
  it('adds months keeping the day, or the month’s last day', () => {
    expect(addMonths('2026-08-31', -6)).toBe('2026-02-28');
    expect(addMonths('2026-09-01', -3)).toBe('2026-06-01');
    expect(addMonths('2026-11-30', 3)).toBe('2027-02-28');
  });
  it('lists the periods that end within a range', () => {
    expect(periodsEndingIn('month', periodRange('2026-Q2')).map((p) => p.period)).toEqual(['2026-04', '2026-05', '2026-06']);
    expect(periodsEndingIn('year', periodRange('2026-Q3'))).toEqual([]);
    expect(periodsEndingIn('year', periodRange('2026-Q4')).map((p) => p.period)).toEqual(['2026']);
  });
});

describe('cadenceDueDates', () => {
  const ids = (period: string, ...rest: Parameters<typeof cadenceDueDates> extends [string, ...infer R] ? R : never) => cadenceDueDates(period, ...rest).map((d) => d.cadence);

  it('"每季度首月20日前": strict by default — the last day is the 19th; inclusive → the 20th', () => {
    const strict = cadenceDueDates('2026-04').find((d) => d.cadence === 'serviceReport');
    expect(strict).toMatchObject({ from: '2026-04-01', by: '2026-04-19', covers: '2026-Q1', atLeast: 1 });
    const inclusive = cadenceDueDates('2026-04', composePolicy(kpiPacks.STD, { 'kpi.beforeDayBoundary': 'inclusive' })).find((d) => d.cadence === 'serviceReport');
    expect(inclusive?.by).toBe('2026-04-20');
  });

  it('"每月5日前": the public-complaint summary of the previous month, by the 4th', () => {
    expect(cadenceDueDates('2026-01').find((d) => d.cadence === 'publicComplaintSummary')).toMatchObject({ from: '2026-01-01', by: '2026-01-04', covers: '2025-12' });
  });

  it('the service report is due only in a quarter’s first month, and not for 包干制 projects', () => {
    expect(ids('2026-05')).not.toContain('serviceReport');
    expect(ids('2026-07')).toContain('serviceReport');
    expect(ids('2026-07', undefined, { project: { feeModel: 'lump-sum' } })).not.toContain('serviceReport');
    expect(ids('2026-07', undefined, { project: { residential: false } })).not.toContain('serviceReport');
    // "有合同约定的从其约定": a contract may require it after all.
    expect(ids('2026-07', composePolicy(kpiPacks.STD, { 'kpi.serviceReportLumpSumExempt': false }), { project: { feeModel: 'lump-sum' } })).toContain('serviceReport');
  });

  it('public-property briefing only for public-property projects; committee meetings only with a committee', () => {
    expect(ids('2026-03')).not.toContain('publicPropertyBriefing');
    expect(ids('2026-03', undefined, { project: { publicProperty: true } })).toContain('publicPropertyBriefing');
    expect(ids('2026-Q1')).toContain('committeeMeeting');
    expect(ids('2026-Q1', undefined, { project: { hasOwnersCommittee: false } })).not.toContain('committeeMeeting');
    expect(ids('2026', undefined, { project: { hasOwnersCommittee: false } })).not.toContain('chairMeeting');
  });

  it('satisfaction survey: STD yearly, DEPT quarterly (a pack choice)', () => {
    const std = composePolicy(kpiPacks.RULES, kpiPacks.STD);
    const dept = composePolicy(kpiPacks.RULES, kpiPacks.STD, kpiPacks.DEPT);
    const count = (policy: typeof std) => cadenceDueDates('2026', policy).filter((d) => d.cadence === 'satisfactionSurvey');
    expect(count(std)).toHaveLength(1);
    expect(count(dept)).toHaveLength(4);
    expect(count(dept)[0]?.source).toEqual({ document: '《物业公司客服部岗位职责及各岗位人员规章制度》', clause: '5.3.1' });
    expect(count(std)[0]?.source.clause).toBe('客户沟通 客户满意度调查 1');
  });

  it('a year holds 12 monthly, 4 quarterly and 1 yearly windows of each cadence', () => {
    const year = ids('2026');
    const n = (id: string) => year.filter((x) => x === id).length;
    expect(n('depthInterview')).toBe(12);
    expect(n('publicComplaintSummary')).toBe(12);
    expect(n('communityActivity')).toBe(4);
    expect(n('biInspection')).toBe(4);
    expect(n('staffAppraisal')).toBe(4);
    expect(n('serviceReport')).toBe(4);
    expect(n('ownersForum')).toBe(1);
    expect(n('chairMeeting')).toBe(1);
  });

  it('depth interviews: one item per person; move-in visits: 7 days after each move-in', () => {
    const due = cadenceDueDates('2026-05', undefined, { staff: ['王主管', '李经理'], moveIns: [{ customer: '5栋302', date: '2026-05-24' }, { customer: '6栋101', date: '2026-05-25' }] });
    expect(due.filter((d) => d.cadence === 'depthInterview').map((d) => d.person)).toEqual(['王主管', '李经理']);
    expect(due.filter((d) => d.cadence === 'moveInVisit')).toEqual([expect.objectContaining({ customer: '5栋302', from: '2026-05-24', by: '2026-05-31' })]);
  });

  it('sorted by the last day', () => {
    const by = cadenceDueDates('2026').map((d) => d.by);
    expect([...by].sort()).toEqual(by);
  });
});

describe('checkCadences', () => {
  const quiet: Log = {
    entries: [
      { kind: 'publicComplaintSummary', date: '2026-04-03' },
      { kind: 'publicComplaintSummary', date: '2026-05-04' },
      { kind: 'publicComplaintSummary', date: '2026-06-01' },
      { kind: 'serviceReport', date: '2026-04-19' },
      { kind: 'communityActivity', date: '2026-05-20' },
      { kind: 'biInspection', date: '2026-06-30' },
      { kind: 'committeeMeeting', date: '2026-04-10' },
      { kind: 'staffAppraisal', date: '2026-06-15' },
      ...['04', '05', '06'].flatMap((m) => [
        { kind: 'depthInterview' as const, date: `2026-${m}-10`, by: '王主管', customer: 'A' },
        { kind: 'depthInterview' as const, date: `2026-${m}-11`, by: '王主管', customer: 'B' },
      ]),
    ],
    staff: ['王主管'],
  };

  it('a complete quarter has no violation; the log is not changed', () => {
    const frozen = freezeAll(structuredClone(quiet));
    expect(check(frozen, '2026-Q2')).toEqual([]);
    expect(frozen).toEqual(quiet);
  });

  it('a report on the 20th is late by default, on time when inclusive', () => {
    const log = { ...quiet, entries: quiet.entries.map((e) => (e.kind === 'serviceReport' ? { ...e, date: '2026-04-20' } : e)) };
    const [v] = check(log, '2026-Q2');
    expect(v?.ruleId).toBe(cadenceRules.serviceReport.id);
    expect(v?.data).toMatchObject({ from: '2026-04-01', by: '2026-04-19', dueAt: '2026-04-20T00:00:00+08:00', required: 1, found: 0, covers: '2026-Q1' });
    expect(v?.data.parameters).toMatchObject({ 'kpi.beforeDayBoundary': { value: 'strict' } });
    expect(check(log, '2026-Q2', composePolicy(kpiPacks.STD, { 'kpi.beforeDayBoundary': 'inclusive' }))).toEqual([]);
  });

  it('depth interviews count different customers per person', () => {
    const log: Log = {
      ...quiet,
      staff: ['王主管', '李经理'],
      entries: [...quiet.entries.filter((e) => !(e.kind === 'depthInterview' && e.date.startsWith('2026-05'))), { kind: 'depthInterview', date: '2026-05-02', by: '王主管', customer: 'A' }, { kind: 'depthInterview', date: '2026-05-20', by: '王主管', customer: 'A' }],
    };
    const found = check(log, '2026-05').filter((v) => v.ruleId === cadenceRules.depthInterview.id);
    expect(found.map((v) => [v.data.person, v.data.found])).toEqual([
      ['王主管', 1],
      ['李经理', 0],
    ]);
  });

  it('a move-in visit on day 7 is on time, on day 8 late', () => {
    const base: Log = { ...quiet, moveIns: [{ customer: '5栋302', date: '2026-05-10' }] };
    const visit = (date: string): Log => ({ ...base, entries: [...quiet.entries, { kind: 'moveInVisit', date, customer: '5栋302' }] });
    expect(check(visit('2026-05-17'), '2026-Q2')).toEqual([]);
    const [v] = check(visit('2026-05-18'), '2026-Q2');
    expect(v?.ruleId).toBe(cadenceRules.moveInVisit.id);
    expect(v?.data).toMatchObject({ customer: '5栋302', by: '2026-05-17' });
  });

  it('missing quarterly work → one violation each, messages in both languages', () => {
    const vs = check({ entries: [], project: { hasOwnersCommittee: false } }, '2026-Q3');
    const ruleIds = new Set(vs.map((v) => v.ruleId));
    for (const id of ['communityActivity', 'biInspection', 'staffAppraisal', 'publicComplaintSummary', 'serviceReport', 'depthInterview'] as const) expect(ruleIds).toContain(cadenceRules[id].id);
    expect(ruleIds).not.toContain(cadenceRules.committeeMeeting.id);
    for (const v of vs) {
      expect(v.message['zh-CN']).toMatch(/[\u4e00-\u9fff]/);
      expect(v.message.en).toMatch(/due at least/);
    }
  });

  it('bad logs are typed errors', () => {
    thrown(() => check({ entries: [{ kind: 'party', date: '2026-05-01' }] } as never, '2026-Q2'), 'INVALID_INPUT');
    thrown(() => check({ entries: [{ kind: 'ownersForum', date: '2026-02-30' }] }, '2026'), 'INVALID_INPUT');
    thrown(() => check({} as never, '2026'), 'INVALID_INPUT');
    thrown(() => check({ entries: [] }, '2026-Q5'), 'INVALID_INPUT');
    thrown(() => checkCadences({ entries: [] } as never, { asOf: LATER }), 'INVALID_INPUT'); // no period
    thrown(() => checkCadences({ period: '2026', entries: [] }, {} as never), 'INVALID_INPUT'); // no asOf
    thrown(() => checkCadences({ period: '2026', entries: [] }, { asOf: '2026-05-01' }), 'INVALID_INSTANT');
    const e = thrown(() => check({ entries: [{ kind: 'ownersForum', date: '2026-02-30' }] }, '2026'), 'INVALID_INPUT');
    expect(e.text['zh-CN']).toContain('日期');
    thrown(() => cadenceDueDates('2026', undefined, { project: { feeModel: '包干' } } as never), 'INVALID_INPUT');
  });
});

describe('checkCadences honours asOf, with the policy zone as the day boundary', () => {
  const empty = { period: '2026-Q2', entries: [] };
  const ids = (asOf: string, policy?: Policy) => checkCadences(empty, { asOf, policy }).map((v) => `${v.ruleId}@${String(v.data.by)}`);

  it('a window not yet due at asOf is no violation; once its last day has ended, it is', () => {
    // The April public-complaint summary is due by the 4th: 00:00 of the 5th, exclusive.
    expect(ids('2026-04-04T23:59:59+08:00')).toEqual([]);
    expect(ids('2026-04-05T00:00:00+08:00')).toEqual(['kpi.cadence-public-complaint-summary@2026-04-04']);
    // Mid-quarter: only the windows already closed.
    expect(ids('2026-05-01T00:00:00+08:00')).toEqual([
      'kpi.cadence-public-complaint-summary@2026-04-04',
      'kpi.cadence-service-report@2026-04-19',
      'kpi.cadence-depth-interview@2026-04-30',
    ]);
    expect(ids(LATER).length).toBeGreaterThan(3);
  });

  it('the day ends in the policy zone (core.zone), not in the offset of asOf', () => {
    const utc = composePolicy(kpiPacks.STD, { 'core.zone': 'UTC' });
    const asOf = '2026-04-05T07:00:00+08:00'; // 2026-04-04 23:00 UTC
    expect(ids(asOf)).toEqual(['kpi.cadence-public-complaint-summary@2026-04-04']);
    expect(ids(asOf, utc)).toEqual([]);
    expect(cadenceDueDates('2026-04', utc).find((d) => d.cadence === 'publicComplaintSummary')).toMatchObject({ dueAt: '2026-04-05T00:00:00Z', inclusive: false });
  });

  it('due dates are deadlines: 00:00 after the last day, exclusive, written in the policy zone (DST included)', () => {
    expect(cadenceDueDates('2026-04').find((d) => d.cadence === 'serviceReport')).toMatchObject({ by: '2026-04-19', dueAt: '2026-04-20T00:00:00+08:00', inclusive: false });
    const ny = composePolicy(kpiPacks.STD, { 'core.zone': 'America/New_York' });
    const move = (date: string) => cadenceDueDates('2026-03', ny, { moveIns: [{ customer: 'X', date }] }).find((d) => d.cadence === 'moveInVisit')?.dueAt;
    expect(move('2026-02-28')).toBe('2026-03-08T00:00:00-05:00'); // last day 03-07, before the change
    expect(move('2026-03-01')).toBe('2026-03-09T00:00:00-04:00'); // last day 03-08, the change day
  });

  it('the procedure object checks a cadence log with the same options', () => {
    expect(kpiProcedure.check!(empty as never, { asOf: '2026-04-05T00:00:00+08:00' }).map((v) => v.ruleId)).toEqual(['kpi.cadence-public-complaint-summary']);
    expect(kpiProcedure.check!(empty as never, { asOf: '2026-04-04T00:00:00+08:00' })).toEqual([]);
  });
});

describe('deliveryDueDates (STD 房屋交付)', () => {
  it('lead times before and after a delivery', () => {
    const due = Object.fromEntries(deliveryDueDates('2026-09-01').map((d) => [d.milestone, d.by]));
    expect(due).toEqual({
      serviceCentre: '2026-06-01',
      managersInPlace: '2026-06-01',
      securityCleanersInPlace: '2026-08-01',
      deliveryPlan: '2026-07-01',
      deliveryMaterials: '2026-08-18',
      postDeliveryEvaluation: '2026-12-01',
      deliveredCustomerInterviews: '2027-03-01',
    });
  });
  it('each milestone is a deadline: 00:00 after its last day, exclusive, in the policy zone', () => {
    expect(deliveryDueDates('2026-09-01').find((d) => d.milestone === 'deliveryMaterials')).toMatchObject({ by: '2026-08-18', dueAt: '2026-08-19T00:00:00+08:00', inclusive: false });
    expect(deliveryDueDates('2026-09-01', composePolicy(kpiPacks.STD, { 'core.zone': 'UTC' })).find((d) => d.milestone === 'postDeliveryEvaluation')).toMatchObject({ from: '2026-09-01', by: '2026-12-01', dueAt: '2026-12-02T00:00:00Z' });
  });
  it('a bad date is INVALID_INPUT', () => {
    thrown(() => deliveryDueDates('2026-09-31'), 'INVALID_INPUT');
  });
});

describe('cadence properties', () => {
  it('what is due in a year is exactly what is due in its quarters, and in a quarter what is due in its months', () => {
    const key = (d: { cadence: string; from: string; by: string; person?: string; customer?: string }) => `${d.cadence}|${d.from}|${d.by}|${d.person ?? ''}|${d.customer ?? ''}`;
    fc.assert(
      fc.property(fc.integer({ min: 1990, max: 2100 }), fc.boolean(), fc.constantFrom('lump-sum', 'commission') as fc.Arbitrary<'lump-sum' | 'commission'>, fc.boolean(), (year, publicProperty, feeModel, dept) => {
        const policy = dept ? composePolicy(kpiPacks.STD, kpiPacks.DEPT) : composePolicy(kpiPacks.STD);
        const context = { project: { publicProperty, feeModel }, staff: ['甲'], moveIns: [{ customer: 'X', date: `${year}-03-28` }] };
        const whole = cadenceDueDates(String(year), policy, context).map(key).sort();
        const quarters = [1, 2, 3, 4].flatMap((q) => cadenceDueDates(`${year}-Q${q}`, policy, context)).map(key).sort();
        expect(quarters).toEqual(whole);
        const q2 = cadenceDueDates(`${year}-Q2`, policy, context).map(key).sort();
        const months = ['04', '05', '06'].flatMap((m) => cadenceDueDates(`${year}-${m}`, policy, context)).map(key).sort();
        expect(months).toEqual(q2);
      }),
      { numRuns: 60 },
    );
  });
});
