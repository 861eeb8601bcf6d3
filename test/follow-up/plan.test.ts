import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { composePolicy } from '../../src/core/policy';
import type { SpecialServiceOrder } from '../../src/procedures/follow-up/index';
import { followUpPacks, planFollowUps, requiredFollowUpCount, requiresFullFollowUp } from '../../src/procedures/follow-up/index';
import { fnv1a, fullFollowUpReasons, isPlanInput, sampleHash } from '../../src/procedures/follow-up/sampling';
import { planOrdersSchema } from '../../src/procedures/follow-up/schema';
import { freezeAll, thrown } from '../core/helpers';

const FLAGS = ['newLongTermAgreement', 'newServiceItem', 'newStaff', 'staffPreviouslyComplained'] as const;

function orders(n: number, full: (i: number) => Partial<Record<(typeof FLAGS)[number], boolean>> = () => ({})): SpecialServiceOrder[] {
  return Array.from({ length: n }, (_, i) => ({ id: `S-${String(i).padStart(4, '0')}`, ...full(i) }));
}

describe('requiresFullFollowUp (STD 特约服务 服务回访 1 ①–④)', () => {
  it.each(FLAGS)('%s alone requires a 100%% follow-up', (flag) => {
    expect(requiresFullFollowUp({ [flag]: true })).toBe(true);
    expect(requiresFullFollowUp({ [flag]: false })).toBe(false);
  });
  it('no flag → sampled like any other order', () => {
    expect(requiresFullFollowUp({})).toBe(false);
  });
  it('reasons come in the order ①–④', () => {
    expect(fullFollowUpReasons({ staffPreviouslyComplained: true, newLongTermAgreement: true })).toEqual(['newLongTermAgreement', 'staffPreviouslyComplained']);
  });
  it('a host may drop a case by policy', () => {
    const policy = composePolicy(followUpPacks.STD, { 'followUp.fullFollowUpCases': ['newStaff'] });
    expect(requiresFullFollowUp({ newServiceItem: true }, policy)).toBe(false);
    expect(requiresFullFollowUp({ newStaff: true }, policy)).toBe(true);
  });
  it('a flag that is not a boolean → INVALID_INPUT', () => {
    thrown(() => requiresFullFollowUp({ newStaff: 'yes' } as never), 'INVALID_INPUT');
  });
});

describe('planFollowUps', () => {
  it('takes every 100% case, then samples up to the minimum', () => {
    const input = orders(150, (i) => (i % 50 === 0 ? { newStaff: true } : {}));
    const plan = planFollowUps(input);
    expect(plan.requirement.count).toBe(30); // 20% of 150
    expect(plan.fullCount).toBe(3);
    expect(plan.sampledCount).toBe(27);
    expect(plan.visits).toHaveLength(30);
    for (const v of plan.visits.filter((x) => x.reason === 'full-follow-up')) {
      expect(v.cases).toEqual(['newStaff']);
      expect(v.explanation['zh-CN']).toContain('100%');
    }
    for (const v of plan.visits.filter((x) => x.reason === 'sample')) {
      expect(v.cases).toEqual([]);
      expect(v.explanation.en).toContain('at least 30');
    }
  });

  it('samples the orders with the lowest sampleHash (an independent sort)', () => {
    const input = orders(400);
    const plan = planFollowUps(input, undefined, { seed: '2026-05' });
    const expected = [...input].sort((a, b) => sampleHash(a.id, '2026-05') - sampleHash(b.id, '2026-05') || input.indexOf(a) - input.indexOf(b)).slice(0, requiredFollowUpCount(400));
    expect(new Set(plan.visits.map((v) => v.orderId))).toEqual(new Set(expected.map((o) => o.id)));
    // The plan keeps the input order.
    const positions = plan.visits.map((v) => input.findIndex((o) => o.id === v.orderId));
    expect([...positions].sort((a, b) => a - b)).toEqual(positions);
    for (const v of plan.visits) expect(v.sampleKey).toBe(sampleHash(v.orderId, '2026-05'));
  });

  it('does not follow the ids’ order: the sample spreads over the month', () => {
    const plan = planFollowUps(orders(1000));
    const positions = plan.visits.map((v) => Number(v.orderId.slice(2)));
    expect(Math.min(...positions)).toBeLessThan(100);
    expect(Math.max(...positions)).toBeGreaterThan(900);
  });

  it('more 100% cases than the minimum: all of them, no sample', () => {
    const plan = planFollowUps(orders(10, (i) => (i < 6 ? { newServiceItem: true } : {})));
    expect(plan.requirement.count).toBe(3);
    expect(plan.visits).toHaveLength(6);
    expect(plan.sampledCount).toBe(0);
  });

  it('an empty month plans nothing', () => {
    expect(planFollowUps([]).visits).toEqual([]);
  });

  it('another seed draws another sample', () => {
    const input = orders(200);
    const base = planFollowUps(input).visits.map((v) => v.orderId).join();
    const others = ['a', 'b', 'c'].map((seed) => planFollowUps(input, undefined, { seed }).visits.map((v) => v.orderId).join());
    expect(others.some((o) => o !== base)).toBe(true);
  });

  it('bad input is a typed error', () => {
    thrown(() => planFollowUps([{ id: 'A' }, { id: 'A' }]), 'INVALID_INPUT');
    thrown(() => planFollowUps([{ id: '' }]), 'INVALID_INPUT');
    thrown(() => planFollowUps('x' as never), 'INVALID_INPUT');
    thrown(() => planFollowUps([{ id: 'A', newStaff: 1 }] as never), 'INVALID_INPUT');
    thrown(() => planFollowUps([null] as never), 'INVALID_INPUT');
    thrown(() => planFollowUps([{ id: 'A' }], undefined, { seed: 3 as never }), 'INVALID_INPUT');
  });

  it('reads only ids and flags: other host fields are left alone', () => {
    const month = freezeAll([{ id: 'A', completedAt: 'whenever', note: { x: 1 } }] as never as SpecialServiceOrder[]);
    expect(planFollowUps(month).visits.map((v) => v.orderId)).toEqual(['A']);
  });

  it('fnv1a is the 32-bit FNV-1a', () => {
    // Published test vectors of FNV-1a 32.
    expect(fnv1a('')).toBe(0x811c9dc5);
    expect(fnv1a('a')).toBe(0xe40c292c);
    expect(fnv1a('foobar')).toBe(0xbf9cf968);
  });
});

describe('planFollowUps properties', () => {
  const orderArb = fc.record({ newLongTermAgreement: fc.boolean(), newServiceItem: fc.boolean(), newStaff: fc.boolean(), staffPreviouslyComplained: fc.boolean() }, { requiredKeys: [] });
  const monthArb = fc.uniqueArray(fc.tuple(fc.string({ minLength: 1, maxLength: 8 }), orderArb), { selector: ([id]) => id, maxLength: 400 }).map((rows) => rows.map(([id, flags]) => ({ id, ...flags })));

  it('always contains every 100% case, reaches the minimum, and only samples the rest', () => {
    fc.assert(
      fc.property(monthArb, fc.string(), (month, seed) => {
        const plan = planFollowUps(month, undefined, { seed });
        const chosen = new Map(plan.visits.map((v) => [v.orderId, v]));
        for (const o of month) {
          if (requiresFullFollowUp(o)) expect(chosen.get(o.id)?.reason).toBe('full-follow-up');
        }
        expect(plan.visits.length).toBe(Math.max(plan.fullCount, Math.min(month.length, requiredFollowUpCount(month.length))));
        expect(plan.visits.length).toBeGreaterThanOrEqual(Math.min(month.length, requiredFollowUpCount(month.length)));
        for (const v of plan.visits) if (v.reason === 'sample') expect(requiresFullFollowUp(month.find((o) => o.id === v.orderId)!)).toBe(false);
      }),
      { numRuns: 150 },
    );
  });

  it('same input → same plan; the input (deep-frozen) is unchanged', () => {
    fc.assert(
      fc.property(monthArb, fc.string(), (month, seed) => {
        const copy = structuredClone(month);
        const frozen = freezeAll(structuredClone(month));
        const a = planFollowUps(frozen, undefined, { seed });
        const b = planFollowUps(copy, composePolicy(followUpPacks.STD), { seed });
        expect(b).toEqual(a);
        expect(frozen).toEqual(month);
        expect(copy).toEqual(month);
      }),
      { numRuns: 100 },
    );
  });
});

describe('isPlanInput (the fast validation) accepts exactly what planOrdersSchema accepts', () => {
  const flag = fc.oneof(fc.boolean(), fc.constant(undefined), fc.constant(null), fc.constant(1), fc.constant('true'));
  const id = fc.oneof(fc.constantFrom('a', 'b', 'c', ''), fc.string({ maxLength: 3 }), fc.constant(undefined), fc.integer());
  const order = fc.oneof(
    fc.record({ id, newLongTermAgreement: flag, newServiceItem: flag, newStaff: flag, staffPreviouslyComplained: flag, other: fc.anything() }, { requiredKeys: [] }),
    fc.anything(),
  );
  it('on arbitrary input', () => {
    fc.assert(
      fc.property(fc.oneof(fc.array(order, { maxLength: 8 }), fc.anything()), (input) => {
        expect(isPlanInput(input)).toBe(planOrdersSchema.safeParse(input).success);
      }),
      { numRuns: 2000 },
    );
  });
  it('finds a duplicate among many ids', () => {
    const many = Array.from({ length: 5000 }, (_, i) => ({ id: `S-${i}` }));
    expect(isPlanInput(many)).toBe(true);
    expect(isPlanInput([...many, { id: 'S-4321' }])).toBe(false);
  });
});
