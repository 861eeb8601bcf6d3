// The kpi checks' options and zone (the kpi subpath must not pull luxon in: the core's
// checkOptions and end-of-day arithmetic do not).
import type { CheckOptions } from '../../core/check-options';
import { checkOptions } from '../../core/check-options';
import { zoneParameter } from '../../core/core-parameters';
import { instantToEpochMs } from '../../core/epoch-ms';
import type { Policy } from '../../core/policy';
import { paramValue } from '../../core/policy';
export { endOfDayDeadline } from '../../core/end-of-day';

/** @internal The zone of a policy (`core.zone`). */
export function zoneOf(policy: Policy | undefined): string {
  return paramValue(policy, zoneParameter);
}

/**
 * @internal The options of a kpi check, checked by the core's `checkOptions` (which reads
 * instants without luxon); returns `asOf` in epoch milliseconds.
 */
export function asOfMillis(options: CheckOptions): number {
  checkOptions(options);
  return instantToEpochMs(options.asOf, 'asOf');
}

/** @internal A host value as a zh-CN error shows it: a string quoted (first 64 characters), anything else as 非文本值. */
export function shownZh(value: unknown): string {
  return typeof value === 'string' ? `“${value.slice(0, 64)}”` : '非文本值';
}
