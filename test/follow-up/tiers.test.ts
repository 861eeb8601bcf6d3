import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { composePolicy } from '../../src/core/policy';
import { followUpPacks, followUpRequirement, requiredFollowUpCount, requiredFollowUpRate } from '../../src/procedures/follow-up/index';
import { minimumOf } from '../../src/procedures/follow-up/tiers';
import { thrown } from '../core/helpers';

// 《物业客户服务类服务标准表》 特约服务 服务回访 1: 300单以上 ≥10%, 100–200单 ≥20%, 100单以下 ≥30%.
const STD = { over300: 0.1, from100to200: 0.2, under100: 0.3 };

describe('requiredFollowUpRate / requiredFollowUpCount at every tier edge', () => {
  const table: Array<[number, number, number, string]> = [
    // [monthly count, rate, count = ⌈rate × n⌉, how the tier was read]
    [0, STD.under100, 0, 'tier'],
    [1, STD.under100, 1, 'tier'],
    [99, STD.under100, 30, 'tier'], // 29.7 → 30
    [100, STD.under100, 30, 'overlap'], // both "100–200" and "100以下": the stricter 30%
    [101, STD.from100to200, 21, 'tier'], // 20.2 → 21
    [200, STD.from100to200, 40, 'tier'],
    [201, STD.from100to200, 41, 'gap'], // no tier: the stricter neighbour 20%; 40.2 → 41
    [299, STD.from100to200, 60, 'gap'], // 59.8 → 60
    [300, STD.over300, 30, 'tier'], // 30, not 31: no floating-point noise
    [301, STD.over300, 31, 'tier'], // 30.1 → 31
    [1000, STD.over300, 100, 'tier'],
  ];
  it.each(table)('%i orders → rate %f, at least %i visits (%s)', (n, rate, count, match) => {
    expect(requiredFollowUpRate(n)).toBe(rate);
    expect(requiredFollowUpCount(n)).toBe(count);
    expect(followUpRequirement(n).match).toBe(match);
  });

  it('the same under the STD pack as with no policy', () => {
    const policy = composePolicy(followUpPacks.STD);
    for (const [n, rate, count] of table) {
      expect(requiredFollowUpRate(n, policy)).toBe(rate);
      expect(requiredFollowUpCount(n, policy)).toBe(count);
    }
  });

  it('a gap names both neighbouring tiers; an overlap both matching tiers', () => {
    expect(followUpRequirement(250).tiers.map((t) => t.rate).sort()).toEqual([0.1, 0.2]);
    expect(followUpRequirement(100).tiers.map((t) => t.rate).sort()).toEqual([0.2, 0.3]);
  });
});

describe('bad counts are typed errors', () => {
  it.each([-1, 1.5, Number.NaN, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY, 2 ** 60])('%s → INVALID_INPUT', (n) => {
    thrown(() => requiredFollowUpRate(n), 'INVALID_INPUT');
    thrown(() => requiredFollowUpCount(n), 'INVALID_INPUT');
  });
  it('a non-number → INVALID_INPUT', () => {
    thrown(() => requiredFollowUpCount('120' as unknown as number), 'INVALID_INPUT');
    thrown(() => requiredFollowUpCount(undefined as unknown as number), 'INVALID_INPUT');
  });
  it('a policy that is not composed → INVALID_POLICY', () => {
    thrown(() => requiredFollowUpRate(10, { 'followUp.tiers': [] } as never), 'INVALID_POLICY');
  });
});

describe('overrides', () => {
  it('a host may set its own tiers; the stricter-reading rule still applies', () => {
    const policy = composePolicy(followUpPacks.STD, {
      'followUp.tiers': [
        { min: 0, max: 49, rate: 0.5 },
        { min: 100, max: null, rate: 0.25 },
      ],
    });
    expect(requiredFollowUpRate(49, policy)).toBe(0.5);
    expect(requiredFollowUpRate(70, policy)).toBe(0.5); // gap 50–99: the stricter neighbour
    expect(requiredFollowUpCount(101, policy)).toBe(26);
  });
  it('bad tiers are INVALID_POLICY', () => {
    thrown(() => composePolicy(followUpPacks.STD, { 'followUp.tiers': [] }), 'INVALID_POLICY');
    thrown(() => composePolicy(followUpPacks.STD, { 'followUp.tiers': [{ min: 10, max: 5, rate: 0.2 }] }), 'INVALID_POLICY');
    thrown(() => composePolicy(followUpPacks.STD, { 'followUp.tiers': [{ min: 0, max: null, rate: 1.5 }] }), 'INVALID_POLICY');
  });
});

describe('properties', () => {
  const count = fc.integer({ min: 0, max: 1_000_000 });
  it('the count never falls below rate × n, and is the smallest such integer', () => {
    fc.assert(
      fc.property(count, (n) => {
        const rate = requiredFollowUpRate(n);
        const c = requiredFollowUpCount(n);
        // Exact check in integers: rates are whole percents, so c ≥ rate × n ⇔ 100c ≥ pct × n.
        const pct = Math.round(rate * 100);
        expect(100 * c).toBeGreaterThanOrEqual(pct * n);
        expect(100 * (c - 1)).toBeLessThan(pct * n);
      }),
    );
  });
  it('the rate is always one of the source tiers and never loosens as volume falls', () => {
    fc.assert(
      fc.property(count, count, (a, b) => {
        const [lo, hi] = a <= b ? [a, b] : [b, a];
        expect([STD.over300, STD.from100to200, STD.under100]).toContain(requiredFollowUpRate(lo));
        expect(requiredFollowUpRate(lo)).toBeGreaterThanOrEqual(requiredFollowUpRate(hi));
      }),
    );
  });
  it('minimumOf rounds up exactly for whole-percent rates', () => {
    fc.assert(
      fc.property(count, fc.integer({ min: 1, max: 100 }), (n, pct) => {
        // ⌈n × pct / 100⌉ in integer arithmetic.
        expect(minimumOf(n, pct / 100)).toBe(Math.floor((n * pct + 99) / 100));
      }),
    );
  });
});
