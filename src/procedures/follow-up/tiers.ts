import { WuyeError } from '../../core/errors';
import type { Policy } from '../../core/policy';
import { paramValue } from '../../core/policy';
import { text } from '../../core/text';
import type { FollowUpTier } from './policy';
import { followUpTiers } from './policy';

/**
 * How a monthly volume was matched to the tiers: one tier, several overlapping tiers
 * (the stricter wins), or a gap between tiers (the stricter neighbour wins).
 *
 * @example
 * followUpRequirement(100).match // 'overlap'
 */
export type TierMatch = 'tier' | 'overlap' | 'gap';

/**
 * The minimum follow-up requirement for a monthly volume: the ratio, the number of visits
 * (rounded up), and which tiers it came from.
 *
 * @example
 * const r: FollowUpRequirement = { monthlyCount: 250, rate: 0.2, count: 50, match: 'gap', tiers: [{ min: 100, max: 200, rate: 0.2 }, { min: 300, max: null, rate: 0.1 }] };
 */
export interface FollowUpRequirement {
  readonly monthlyCount: number;
  readonly rate: number;
  readonly count: number;
  readonly match: TierMatch;
  /** The tiers considered: the matching ones, or the two neighbours of a gap. */
  readonly tiers: readonly FollowUpTier[];
}

/**
 * @internal Throws `INVALID_INPUT` unless `count` is a non-negative safe integer (NaN, ∞,
 * 1.5 and −1 are not order counts).
 *
 * @example
 * assertOrderCount(120) // ok
 * assertOrderCount(-1)  // throws WuyeError INVALID_INPUT
 */
export function assertOrderCount(count: unknown): asserts count is number {
  if (typeof count !== 'number' || !Number.isSafeInteger(count) || count < 0) {
    // Only a finite number is shown as it is (NaN, ∞ and non-numbers are named in words).
    const finite = typeof count === 'number' && Number.isFinite(count);
    const zh = finite ? String(count) : typeof count === 'number' ? (Number.isNaN(count) ? '非数字' : '无穷大') : '不是数字';
    const en = finite || typeof count === 'number' ? String(count) : `a ${typeof count}`;
    throw new WuyeError('INVALID_INPUT', text(`月单量须为非负整数：${zh}`, `monthlyCount must be a non-negative integer: ${en}`), { field: 'monthlyCount', input: en });
  }
}

/**
 * @internal The minimum number of visits for `rate` of `count` orders: rounded up ("at least"). The
 * product is first rid of binary floating-point noise (0.1 × 300 is 30, not 31).
 *
 * @example
 * minimumOf(101, 0.2) // 21
 * minimumOf(300, 0.1) // 30
 */
export function minimumOf(count: number, rate: number): number {
  const exact = count * rate;
  return Math.ceil(exact - Math.abs(exact) * 1e-12);
}

/**
 * The follow-up requirement for a month's volume of paid special services, under the
 * reading conventions: bounds included, overlaps and gaps → the stricter ratio, counts
 * rounded up. A negative, non-integer, NaN or infinite count is `INVALID_INPUT`.
 *
 * @example
 * followUpRequirement(100) // { monthlyCount: 100, rate: 0.3, count: 30, match: 'overlap', … }
 * followUpRequirement(250) // { monthlyCount: 250, rate: 0.2, count: 50, match: 'gap', … }
 */
export function followUpRequirement(monthlyCount: number, policy?: Policy): FollowUpRequirement {
  assertOrderCount(monthlyCount);
  const tiers = paramValue(policy, followUpTiers);
  const matching = tiers.filter((t) => monthlyCount >= t.min && (t.max === null || monthlyCount <= t.max));
  let considered: FollowUpTier[];
  let match: TierMatch;
  if (matching.length > 0) {
    considered = matching;
    match = matching.length === 1 ? 'tier' : 'overlap';
  } else {
    // A gap: the nearest tier below and the nearest tier above; the stricter of them applies.
    let below: FollowUpTier | undefined;
    let above: FollowUpTier | undefined;
    for (const t of tiers) {
      if (t.max !== null && t.max < monthlyCount && (!below || t.max > below.max!)) below = t;
      if (t.min > monthlyCount && (!above || t.min < above.min)) above = t;
    }
    considered = [below, above].filter((t): t is FollowUpTier => t !== undefined);
    match = 'gap';
  }
  const rate = Math.max(...considered.map((t) => t.rate));
  return { monthlyCount, rate, count: minimumOf(monthlyCount, rate), match, tiers: considered };
}

/**
 * The minimum follow-up ratio (a fraction) for a month's volume: 300以上 10%, 100–200 20%,
 * 100以下 30%; 100 → 30% and 201–299 → 20% (the stricter reading).
 *
 * @example
 * requiredFollowUpRate(99)  // 0.3
 * requiredFollowUpRate(100) // 0.3
 * requiredFollowUpRate(201) // 0.2
 * requiredFollowUpRate(300) // 0.1
 */
export function requiredFollowUpRate(monthlyCount: number, policy?: Policy): number {
  return followUpRequirement(monthlyCount, policy).rate;
}

/**
 * The minimum number of orders to follow up in a month, rounded up.
 *
 * @example
 * requiredFollowUpCount(101) // 21 (20% of 101 = 20.2)
 * requiredFollowUpCount(301) // 31
 */
export function requiredFollowUpCount(monthlyCount: number, policy?: Policy): number {
  return followUpRequirement(monthlyCount, policy).count;
}
