import { WuyeError } from '../../core/errors';
import type { Policy } from '../../core/policy';
import { assertPolicy, paramValue } from '../../core/policy';
import { text } from '../../core/text';
import { extinguisherBayArea, extinguishersPerBay } from './policy';

// Areas are measured to the centimetre at best: a quotient within this of a whole number of
// bays is that number (96.35 × 2 = 192.7 is exactly 2 bays despite binary rounding).
const BAY_EPSILON = 1e-9;

/**
 * The fire extinguishers a renovation site needs (二次装修检查标准 4): 2 for each started
 * 96.35 m² bay, so at least 2. A non-positive or non-finite area (or a non-number) is
 * `INVALID_INPUT`.
 *
 * @example
 * requiredFireExtinguishers(96.35) // 2
 * requiredFireExtinguishers(96.36) // 4
 * requiredFireExtinguishers(0)     // throws WuyeError INVALID_INPUT
 */
export function requiredFireExtinguishers(areaM2: number, policy?: Policy): number {
  if (typeof areaM2 !== 'number' || !Number.isFinite(areaM2) || areaM2 <= 0) {
    // Never String() a host's object: its toString may throw.
    const shown = typeof areaM2 === 'number' ? String(areaM2) : typeof areaM2;
    throw new WuyeError(
      'INVALID_INPUT',
      text('面积须为正的有限数（平方米）', `The area must be a positive finite number of m²: ${shown}`),
      { field: 'areaM2', input: shown },
    );
  }
  if (policy !== undefined) assertPolicy(policy);
  const bay = paramValue(policy, extinguisherBayArea);
  const quotient = areaM2 / bay;
  const whole = Math.round(quotient);
  const bays = Math.max(1, Math.abs(quotient - whole) <= BAY_EPSILON * Math.max(1, quotient) ? whole : Math.ceil(quotient));
  return bays * paramValue(policy, extinguishersPerBay);
}
