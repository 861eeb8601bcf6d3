import fc from 'fast-check';
import { kpiDocs } from '../../src/procedures/kpi/docs';
import { describe, expect, it } from 'vitest';
import { composePolicy } from '../../src/core/policy';
import type { KpiId } from '../../src/procedures/kpi/index';
import { checkKpis, evaluateKpis, kpiPacks, kpiProcedure, kpiRules } from '../../src/procedures/kpi/index';
import { KPI_IDS } from '../../src/procedures/kpi/schema';
import { KPIS } from '../../src/procedures/kpi/targets';

const ASOF = { asOf: '2026-06-01T00:00:00+08:00' };
const kpiTargetRule = kpiRules.target;
import { freezeAll, thrown } from '../core/helpers';

// 《客服制度》 碧桂园客服部质量目标分解: 礼貌待客率100%, 事务响应率100%, 投诉回访率100%,
// 业户满意率85%, 管理费催缴率100%, 有关票据处理率100%.
const SOURCE: Record<KpiId, [string, number]> = {
  courtesyRate: ['礼貌待客率', 1],
  responseRate: ['事务响应率', 1],
  complaintFollowUpRate: ['投诉回访率', 1],
  satisfactionRate: ['业户满意率', 0.85],
  feeCollectionRate: ['管理费催缴率', 1],
  receiptHandlingRate: ['有关票据处理率', 1],
};

describe('evaluateKpis', () => {
  it.each(KPI_IDS)('%s: the target of the source, met exactly at it, missed just below', (id) => {
    const [zh, target] = SOURCE[id];
    expect(KPIS[id].title['zh-CN']).toBe(zh);
    const [atTarget] = evaluateKpis({ [id]: target });
    expect(atTarget).toMatchObject({ id, target, actual: target, met: true, from: 'RULES', source: { document: '《客服制度》', clause: '碧桂园客服部质量目标分解' } });
    const [below] = evaluateKpis({ [id]: target - 0.001 });
    expect(below?.met).toBe(false);
  });

  it('one result per observed KPI, in the document’s order', () => {
    const results = evaluateKpis({ receiptHandlingRate: 1, satisfactionRate: 0.9, courtesyRate: 0.99 });
    expect(results.map((r) => r.id)).toEqual(['courtesyRate', 'satisfactionRate', 'receiptHandlingRate']);
    expect(results.map((r) => r.met)).toEqual([false, true, true]);
    expect(evaluateKpis({})).toEqual([]);
  });

  it('a host override wins and is marked as such', () => {
    const policy = composePolicy(kpiPacks.RULES, { 'kpi.satisfactionRate': 0.9 });
    expect(evaluateKpis({ satisfactionRate: 0.88 }, policy)[0]).toMatchObject({ target: 0.9, met: false, from: 'override' });
  });

  it('unknown ids and out-of-range rates are typed errors, never "no target"', () => {
    thrown(() => evaluateKpis({ satisfactionRat: 0.9 } as never), 'INVALID_INPUT');
    thrown(() => evaluateKpis({ satisfactionRate: 85 }), 'INVALID_INPUT');
    thrown(() => evaluateKpis({ satisfactionRate: -0.01 }), 'INVALID_INPUT');
    thrown(() => evaluateKpis({ satisfactionRate: 1.0001 }), 'INVALID_INPUT');
    thrown(() => evaluateKpis({ satisfactionRate: Number.NaN }), 'INVALID_INPUT');
    thrown(() => evaluateKpis({ satisfactionRate: Number.POSITIVE_INFINITY }), 'INVALID_INPUT');
    thrown(() => evaluateKpis({ satisfactionRate: '0.9' } as never), 'INVALID_INPUT');
    thrown(() => evaluateKpis(null as never), 'INVALID_INPUT');
    thrown(() => evaluateKpis([0.9] as never), 'INVALID_INPUT');
  });

  it('bad targets are INVALID_POLICY', () => {
    thrown(() => composePolicy(kpiPacks.RULES, { 'kpi.satisfactionRate': 85 }), 'INVALID_POLICY');
    thrown(() => composePolicy(kpiPacks.RULES, { 'kpi.unknownRate': 0.5 }), 'INVALID_POLICY');
  });

  it('properties: met ⇔ actual ≥ target; same input → same output; input unchanged', () => {
    const observed = fc.record(Object.fromEntries(KPI_IDS.map((id) => [id, fc.double({ min: 0, max: 1, noNaN: true })])) as Record<KpiId, fc.Arbitrary<number>>, { requiredKeys: [] });
    fc.assert(
      fc.property(observed, (o) => {
        const frozen = freezeAll({ ...o });
        const results = evaluateKpis(frozen);
        expect(results.map((r) => r.id)).toEqual(KPI_IDS.filter((id) => id in o));
        for (const r of results) expect(r.met).toBe(r.actual >= SOURCE[r.id][1]);
        expect(evaluateKpis({ ...o })).toEqual(results);
        expect(frozen).toEqual(o);
        expect(checkKpis(o, ASOF).length).toBe(results.filter((r) => !r.met).length);
      }),
    );
  });
});

describe('checkKpis', () => {
  it('a missed target is a kpi.target violation with the numbers', () => {
    const [v] = checkKpis({ satisfactionRate: 0.8, courtesyRate: 1 }, ASOF);
    expect(v?.ruleId).toBe(kpiTargetRule.id);
    expect(v?.data).toMatchObject({ kpi: 'satisfactionRate', target: 0.85, actual: 0.8 });
    expect(v?.message['zh-CN']).toContain('业户满意率');
    expect(v?.message['zh-CN']).toContain('85%');
  });
  it('the targets have no time limit: asOf is required and checked but does not change the outcome (stated in the readings)', () => {
    const observed = { satisfactionRate: 0.8 };
    expect(checkKpis(observed, { asOf: '2020-01-01T00:00:00+08:00' })).toEqual(checkKpis(observed, ASOF));
    thrown(() => checkKpis(observed, {} as never), 'INVALID_INPUT');
    thrown(() => checkKpis(observed, { asOf: '2026-06-01' }), 'INVALID_INSTANT');
    thrown(() => checkKpis(observed, { asOf: ASOF.asOf, policy: {} as never }), 'INVALID_POLICY');
    expect(kpiDocs.readings.some((r) => r['zh-CN'].includes('质量目标没有时限') && r.en.includes('no time limit'))).toBe(true);
    expect(kpiProcedure.check!(observed as never, ASOF).map((v) => v.ruleId)).toEqual([kpiTargetRule.id]);
  });
  it('a typo is a typed error whose Chinese text names no field in English', () => {
    const e = thrown(() => checkKpis({ satisfactionRat: 0.9 } as never, ASOF), 'INVALID_INPUT');
    expect(e.text['zh-CN']).not.toMatch(/[A-Za-z]{3,}(?![^"]*")/);
  });
});
