import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { composePolicy, deepFreeze } from '../../src/core/policy';
import type { DeliveryMilestoneLog } from '../../src/procedures/delivery/index';
import { deliveryPacks, deliveryReadiness } from '../../src/procedures/delivery/index';
import { deliveryDueDates, kpiPacks } from '../../src/procedures/kpi/index';
import { addDays } from '../../src/procedures/kpi/period';

// STD 房屋交付 around a delivery on 2026-09-01.
const DELIVERY = '2026-09-01';
const BY = {
  serviceCentre: '2026-06-01',
  managersInPlace: '2026-06-01',
  securityCleanersInPlace: '2026-08-01',
  deliveryPlan: '2026-07-01',
  deliveryMaterials: '2026-08-18',
  postDeliveryEvaluation: '2026-12-01',
  deliveredCustomerInterviews: '2027-03-01',
} as const;
const allOnTime: DeliveryMilestoneLog = { ...BY };
const statusOf = (log: DeliveryMilestoneLog, m: keyof typeof BY, policy?: Parameters<typeof deliveryReadiness>[2]) => deliveryReadiness(DELIVERY, log, policy).milestones.find((x) => x.milestone === m)!;

describe('deliveryReadiness (STD 房屋交付, 客户访谈)', () => {
  it('gives the seed lead times: 3 months, 1 month, 2 months, 2 weeks before; 3 and 6 months after', () => {
    const r = deliveryReadiness(DELIVERY, {});
    expect(Object.fromEntries(r.milestones.map((m) => [m.milestone, m.by]))).toEqual(BY);
    expect(r.milestones.map((m) => m.status)).toEqual(Array(7).fill('open'));
    expect(r.ready).toBe(false);
    expect(r.violations).toEqual([]);
  });

  it('uses deliveryDueDates of wuye-rules/kpi (one copy of the arithmetic)', () => {
    const r = deliveryReadiness('2026-05-31', {});
    expect(r.milestones.map(({ milestone, by }) => ({ milestone, by }))).toEqual(deliveryDueDates('2026-05-31').map(({ milestone, by }) => ({ milestone, by })));
    expect(r.milestones.find((m) => m.milestone === 'serviceCentre')?.by).toBe('2026-02-28'); // no 31 Feb: the month's last day
  });

  it('the last day itself is on time; the day after is late (boundary)', () => {
    expect(statusOf({ deliveryPlan: '2026-07-01' }, 'deliveryPlan').status).toBe('met');
    const late = deliveryReadiness(DELIVERY, { deliveryPlan: '2026-07-02' });
    expect(late.milestones.find((m) => m.milestone === 'deliveryPlan')?.status).toBe('late');
    expect(late.violations).toHaveLength(1);
    expect(late.violations[0]).toMatchObject({ ruleId: 'delivery.milestone-late', source: { document: '《物业客户服务类服务标准表》' }, data: { milestone: 'deliveryPlan', by: '2026-07-01', doneOn: '2026-07-02' } });
    expect(late.violations[0]!.message['zh-CN']).toContain('制定交付工作计划');
  });

  it('undone is open up to its date and overdue the day after asOf passes it', () => {
    expect(statusOf({ asOf: '2026-08-18' }, 'deliveryMaterials').status).toBe('open');
    expect(statusOf({ asOf: '2026-08-19' }, 'deliveryMaterials').status).toBe('overdue');
    const r = deliveryReadiness(DELIVERY, { asOf: '2026-08-19' });
    expect(r.violations.map((v) => v.data.milestone)).toEqual(['serviceCentre', 'managersInPlace', 'securityCleanersInPlace', 'deliveryPlan', 'deliveryMaterials']);
  });

  it('ready once every before-delivery milestone is done, even if late; after-delivery ones do not gate it', () => {
    const { postDeliveryEvaluation: _e, deliveredCustomerInterviews: _i, ...before } = BY;
    expect(deliveryReadiness(DELIVERY, before).ready).toBe(true);
    expect(deliveryReadiness(DELIVERY, { ...before, serviceCentre: '2026-07-15' }).ready).toBe(true);
    expect(deliveryReadiness(DELIVERY, { ...before, serviceCentre: null }).ready).toBe(false);
    expect(deliveryReadiness(DELIVERY, allOnTime).violations).toEqual([]);
  });

  it('an evaluation dated before the delivery does not count', () => {
    const r = deliveryReadiness(DELIVERY, { postDeliveryEvaluation: '2026-08-20' });
    expect(r.milestones.find((m) => m.milestone === 'postDeliveryEvaluation')?.status).toBe('premature');
    expect(r.violations.map((v) => v.ruleId)).toEqual(['delivery.milestone-premature']);
    expect(statusOf({ postDeliveryEvaluation: DELIVERY }, 'postDeliveryEvaluation').status).toBe('met');
  });

  it('a visit within a week of a move-in: day 7 on time, day 8 late, via the kpi rule', () => {
    const log = (visitedOn: string | null, asOf?: string): DeliveryMilestoneLog => ({ moveIns: [{ customer: '5栋302', date: '2026-09-05', visitedOn }], ...(asOf ? { asOf } : {}) });
    expect(deliveryReadiness(DELIVERY, log('2026-09-12')).moveInVisits[0]).toEqual({ customer: '5栋302', movedInOn: '2026-09-05', by: '2026-09-12', visitedOn: '2026-09-12', status: 'met' });
    const late = deliveryReadiness(DELIVERY, log('2026-09-13'));
    expect(late.moveInVisits[0]?.status).toBe('late');
    expect(late.violations[0]).toMatchObject({ ruleId: 'kpi.cadence-move-in-visit', data: { customer: '5栋302', by: '2026-09-12', found: 0 } });
    expect(deliveryReadiness(DELIVERY, log(null, '2026-09-12')).violations.filter((v) => v.ruleId === 'kpi.cadence.moveInVisit')).toEqual([]);
    expect(deliveryReadiness(DELIVERY, log(null, '2026-09-13')).moveInVisits[0]?.status).toBe('overdue');
  });

  it('the policy changes the dates; kpiPacks.STD and deliveryPacks.STD set the same values', () => {
    const custom = composePolicy(deliveryPacks.STD, { 'kpi.moveInVisitWithinDays': 3 });
    expect(deliveryReadiness(DELIVERY, { moveIns: [{ customer: 'A', date: '2026-09-05' }] }, custom).moveInVisits[0]?.by).toBe('2026-09-08');
    expect(deliveryReadiness(DELIVERY, allOnTime, composePolicy(kpiPacks.STD))).toEqual(deliveryReadiness(DELIVERY, allOnTime, composePolicy(deliveryPacks.STD)));
    const [v] = deliveryReadiness(DELIVERY, { deliveryPlan: '2026-07-02' }, composePolicy(deliveryPacks.STD)).violations;
    expect(v!.data.parameters).toMatchObject({ 'kpi.deliveryMilestones': { from: 'STD' } });
  });

  it('bad input is a typed error', () => {
    expect(() => deliveryReadiness('2026-02-30', {})).toThrowError(expect.objectContaining({ code: 'INVALID_INPUT' }));
    expect(() => deliveryReadiness('2026-09-01T00:00:00+08:00', {})).toThrowError(expect.objectContaining({ code: 'INVALID_INPUT' }));
    expect(() => deliveryReadiness(DELIVERY, { deliveryPlan: '2026/07/01' })).toThrowError(expect.objectContaining({ code: 'INVALID_INPUT' }));
    expect(() => deliveryReadiness(DELIVERY, { moveIns: [{ customer: '', date: '2026-09-05' }] })).toThrowError(expect.objectContaining({ code: 'INVALID_INPUT' }));
    expect(() => deliveryReadiness(DELIVERY, null as never)).toThrowError(expect.objectContaining({ code: 'INVALID_INPUT' }));
    expect(() => deliveryReadiness(DELIVERY, {}, {} as never)).toThrowError(expect.objectContaining({ code: 'INVALID_POLICY' }));
  });
});

describe('properties', () => {
  const date = fc.integer({ min: 0, max: 3000 }).map((n) => addDays('2025-01-01', n));
  const maybe = fc.option(date, { nil: undefined });
  const log = fc.record({
    serviceCentre: maybe,
    deliveryPlan: maybe,
    postDeliveryEvaluation: maybe,
    asOf: maybe,
    hostNote: fc.constant('kept'),
  });

  it('a done milestone is met exactly when its date is on or before the due date (and, after delivery, on or after the delivery)', () => {
    fc.assert(
      fc.property(date, log, (delivery, l) => {
        for (const m of deliveryReadiness(delivery, l).milestones) {
          if (m.doneOn === null) {
            expect(['open', 'overdue']).toContain(m.status);
            continue;
          }
          const inWindow = m.doneOn <= m.by && (m.from === undefined || m.doneOn >= m.from);
          expect(m.status === 'met').toBe(inWindow);
        }
      }),
    );
  });

  it('same input, same output; the deep-frozen log is unchanged and keeps its host fields', () => {
    fc.assert(
      fc.property(date, log, (delivery, l) => {
        const copy = structuredClone(l);
        const frozen = deepFreeze(structuredClone(l));
        expect(deliveryReadiness(delivery, frozen)).toEqual(deliveryReadiness(delivery, frozen));
        expect(frozen).toEqual(copy);
      }),
    );
  });
});
