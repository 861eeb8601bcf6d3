// A core parameter's value read by id: the calendar and deadline arithmetic read `core.*`
// values here, without the parameters' zod schemas (core-parameters.ts).
import { CORE_DEFAULTS } from './core-defaults';
import type { Policy } from './policy';
import { assertPolicy } from './policy';

/**
 * @internal The value a policy gives a core parameter (its default without a policy or
 * without a value), read by id. A non-policy argument is `INVALID_POLICY`.
 *
 * @example
 * coreValue(undefined, 'core.zone') // 'Asia/Shanghai'
 */
export function coreValue<K extends keyof typeof CORE_DEFAULTS>(policy: Policy | undefined, id: K): (typeof CORE_DEFAULTS)[K] {
  if (policy === undefined) return CORE_DEFAULTS[id];
  assertPolicy(policy);
  return (Object.hasOwn(policy.values, id) ? policy.values[id] : CORE_DEFAULTS[id]) as (typeof CORE_DEFAULTS)[K];
}
