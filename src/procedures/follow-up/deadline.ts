import type { BusinessCalendar } from '../../core/calendar';
import type { Deadline } from '../../core/deadline';
import { computeDeadline } from '../../core/deadline';
import type { InstantInput } from '../../core/instant';
import type { Policy } from '../../core/policy';
import { paramApplies, paramValue } from '../../core/policy';
import { specialServiceFollowUpWithin } from './policy';

/**
 * When the follow-up of a paid special service is due: 1 working day after completion
 * (STD 特约服务 服务回访 1), the same time on the next working day of the business calendar —
 * a weekend or holiday is skipped, a 调休 make-up Saturday counts. Inclusive. `null` while
 * the service is not completed (no `completedAt`), or when the policy composes packs none of
 * which sets the limit (it does not apply, see `paramApplies`). `completedAt` must be an ISO instant with
 * offset (`INVALID_INSTANT`); a date the calendar does not cover is `CALENDAR_NOT_COVERED`.
 *
 * @example
 * specialServiceFollowUpDeadline('2026-09-30T16:00:00+08:00') // { dueAt: '2026-10-08T16:00:00+08:00', inclusive: true } (国庆)
 * specialServiceFollowUpDeadline('2026-10-09T16:00:00+08:00') // { dueAt: '2026-10-10T16:00:00+08:00', inclusive: true } (make-up Saturday)
 * specialServiceFollowUpDeadline(undefined) // null (not completed yet)
 */
export function specialServiceFollowUpDeadline(completedAt: InstantInput | null | undefined, policy?: Policy, calendar?: BusinessCalendar): Deadline | null {
  // No completion, or a limit no composed pack (or override) sets (paramApplies): no deadline.
  if (completedAt === undefined || completedAt === null || !paramApplies(policy, specialServiceFollowUpWithin)) return null;
  return computeDeadline(completedAt, paramValue(policy, specialServiceFollowUpWithin), { policy, calendar });
}
