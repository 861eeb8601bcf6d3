import type { BusinessCalendar } from './calendar';
import type { InstantInput } from './instant';
import type { Policy } from './policy';
import { assertPolicy } from './policy';
import { WuyeError } from './errors';
import { instantToEpochMs } from './epoch-ms';
import { text } from './text';

/**
 * The one options type of every record check `check<X>(record, options)`: the instant the
 * record is judged at, and optionally the policy and the business calendar. Every check
 * honours `asOf`: a deadline that has not passed at `asOf` is not a violation yet.
 *
 * @example
 * const options: CheckOptions = { asOf: '2026-05-10T00:00:00+08:00', policy: composePolicy(complaintPacks.ZH) };
 */
export interface CheckOptions {
  readonly asOf: InstantInput;
  readonly policy?: Policy | undefined;
  readonly calendar?: BusinessCalendar | undefined;
}

/**
 * What a machine is built for (and what deadline arithmetic needs): a policy and a business
 * calendar, both optional.
 *
 * @example
 * const machine = createComplaintMachine({ policy: composePolicy(complaintPacks.ZH, complaintPacks.DEPT) });
 */
export interface MachineOptions {
  readonly policy?: Policy | undefined;
  readonly calendar?: BusinessCalendar | undefined;
}

/**
 * Checks the options of a record check: `asOf` must be an instant with an offset, the
 * policy one the library composed, the calendar one it built. Returns them; throws a typed
 * error otherwise (`INVALID_INPUT`, `INVALID_INSTANT`, `INVALID_POLICY`).
 *
 * @example
 * checkOptions({ asOf: '2026-05-10T00:00:00+08:00' }) // → the options
 * checkOptions({}) // throws INVALID_INPUT (asOf is required)
 */
export function checkOptions(options: CheckOptions): CheckOptions {
  if (typeof options !== 'object' || options === null) {
    throw new WuyeError('INVALID_INPUT', text('检查需要选项：判断时刻', 'A check needs its options: { asOf }'), { field: 'options' });
  }
  if (options.asOf === undefined) throw new WuyeError('INVALID_INPUT', text('检查需要判断时刻', 'A check needs asOf, the instant it judges at'), { field: 'asOf' });
  instantToEpochMs(options.asOf, 'asOf');
  if (options.policy !== undefined) assertPolicy(options.policy);
  if (options.calendar !== undefined && !isCalendar(options.calendar)) {
    throw new WuyeError('INVALID_INPUT', text('业务日历无效', 'Invalid business calendar'), { field: 'calendar' });
  }
  return options;
}

function isCalendar(value: unknown): boolean {
  return typeof value === 'object' && value !== null && typeof (value as { dayInfo?: unknown }).dayInfo === 'function';
}
