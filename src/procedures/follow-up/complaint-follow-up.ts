import { compareInstants } from '../../core/instant';
import { text } from '../../core/text';
import { parseInput } from '../../core/validate';
import type { ClosedComplaint } from './schema';
import { FOLLOW_UP_FIELD_LABELS, closedComplaintsSchema } from './schema';

/**
 * The follow-up tally of closed complaints (STD 投诉管理 处理与回访 3): how many count
 * (unreachable or inconvenient ones excepted), how many were followed up, the rate as a
 * fraction (1 when none count), and the ids still to visit.
 *
 * @example
 * const t: ComplaintFollowUpTally = { closed: 3, excepted: 1, due: 2, followedUp: 1, rate: 0.5, missing: ['C-2'] };
 */
export interface ComplaintFollowUpTally {
  readonly closed: number;
  readonly excepted: number;
  readonly due: number;
  readonly followedUp: number;
  readonly rate: number;
  readonly missing: readonly string[];
}

/**
 * Tallies the follow-ups of closed complaints: every closed complaint is visited, except
 * those marked `unreachable` (联系不上) or `inconvenient` (不便回访), which leave the
 * denominator. The rate feeds the KPI 投诉回访率 (`complaintFollowUpRate`).
 *
 * @example
 * tallyComplaintFollowUps([
 *   { id: 'C-1', closedAt: '2026-05-08T10:00:00+08:00', followedUpAt: '2026-05-09T10:00:00+08:00' },
 *   { id: 'C-2', closedAt: '2026-05-08T11:00:00+08:00', exception: 'unreachable' },
 * ]) // { closed: 2, excepted: 1, due: 1, followedUp: 1, rate: 1, missing: [] }
 */
export function tallyComplaintFollowUps(complaints: readonly ClosedComplaint[]): ComplaintFollowUpTally {
  parseInput(closedComplaintsSchema, complaints, text('已结投诉', 'closed complaints'), FOLLOW_UP_FIELD_LABELS);
  let excepted = 0;
  let followedUp = 0;
  const missing: string[] = [];
  for (const c of complaints) {
    // A visit before the closing is not the follow-up of the handled complaint.
    if (c.followedUpAt && compareInstants(c.followedUpAt, c.closedAt) >= 0) followedUp++;
    else if (c.exception) excepted++;
    else missing.push(c.id);
  }
  const due = complaints.length - excepted;
  return { closed: complaints.length, excepted, due, followedUp, rate: due === 0 ? 1 : followedUp / due, missing };
}
