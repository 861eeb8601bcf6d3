import type { CheckOptions } from '../../core/check-options';
import { WuyeError } from '../../core/errors';
import { isoToEpochMs } from '../../core/iso';
import { assertPolicy } from '../../core/policy';
import { text } from '../../core/text';

/**
 * @internal `checkOptions` (src/core/check-options.ts) without luxon. The core one reads
 * `asOf` through core/instant.ts, which imports luxon, and the keys, customer-records, pets,
 * special-services and visitors subpaths bundle without it. The same checks and error codes:
 * `asOf` is required and an instant with an offset (`INVALID_INSTANT`), the policy one the
 * library composed (`INVALID_POLICY`), the calendar one it built (`INVALID_INPUT`). A luxon
 * `DateTime` is recognised by its own brand (`isLuxonDateTime`), not by importing luxon.
 */
export function checkOptionsWithoutLuxon(options: CheckOptions): CheckOptions {
  if (typeof options !== 'object' || options === null) {
    throw new WuyeError('INVALID_INPUT', text('检查需要选项：至少须有判断时刻', 'A check needs its options: { asOf }'), { field: 'options' });
  }
  const { asOf } = options;
  if (asOf === undefined) throw new WuyeError('INVALID_INPUT', text('检查需要判断时刻', 'A check needs asOf, the instant it judges at'), { field: 'asOf' });
  if (!(typeof asOf === 'string' ? isoToEpochMs(asOf) !== undefined : isValidDateTime(asOf))) {
    const shown = typeof asOf === 'string' ? asOf : typeof asOf;
    throw new WuyeError(
      'INVALID_INSTANT',
      text(`判断时刻不是带时区偏移的时刻（例如 2026-05-06T09:30:00+08:00）：${shown}`, `asOf is not an ISO 8601 instant with an offset (e.g. 2026-05-06T09:30:00+08:00): ${shown}`),
      { field: 'asOf', input: shown },
    );
  }
  if (options.policy !== undefined) assertPolicy(options.policy);
  const calendar: unknown = options.calendar;
  if (calendar !== undefined && (typeof calendar !== 'object' || calendar === null || typeof (calendar as { dayInfo?: unknown }).dayInfo !== 'function')) {
    throw new WuyeError('INVALID_INPUT', text('业务日历无效', 'Invalid business calendar'), { field: 'calendar' });
  }
  return options;
}

function isValidDateTime(value: unknown): boolean {
  return typeof value === 'object' && value !== null && (value as { isLuxonDateTime?: unknown }).isLuxonDateTime === true && (value as { isValid?: unknown }).isValid === true;
}
