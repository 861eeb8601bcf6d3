// Which durable timers an event calls for. Pure: the deadlines come from the library's
// complaint context (data), time from the event's `at` (data); Restate only carries out the
// plan (a delayed one-way send per timer, see complaint-case.ts).
import { DateTime } from 'luxon';
import type { TrackedDeadline } from 'wuye-rules';

/**
 * One durable timer: at `at` (the instant `deadline` lapses) the case sends itself
 * `CHECK_DEADLINES` with that `at`. `delayMs` is how long after the scheduling event's own
 * `at` that is (0 when the deadline had lapsed already).
 *
 * @example
 * const t: DeadlineTimer = { deadline: 'notify', ruleId: 'complaint.notify-deadline', dueAt: '2026-11-05T08:40:00+08:00', at: '2026-11-05T08:40:00.001+08:00', delayMs: 259200001, scheduledAt: '2026-11-02T08:40:00+08:00' };
 */
export interface DeadlineTimer {
  readonly deadline: string;
  readonly ruleId: string;
  readonly dueAt: string;
  readonly at: string;
  readonly delayMs: number;
  readonly scheduledAt: string;
}

/**
 * The deadlines still running: not met, not exempt.
 *
 * @example
 * pendingDeadlines(snapshot.context.deadlines).map((d) => d.id) // ['complete', 'investigate']
 */
export function pendingDeadlines(deadlines: readonly TrackedDeadline[]): TrackedDeadline[] {
  return deadlines.filter((d) => d.metAt === null && !d.exempt);
}

/**
 * The first instant at which an act is late for `deadline` — the library's `isLate` rule read
 * backwards: an inclusive deadline ("3日以内", the end included) lapses one millisecond after
 * `dueAt`; an exclusive one (the Civil Code's 24:00) lapses at `dueAt` itself. A check at
 * exactly `dueAt` of an inclusive deadline would find it still met. Written in the zone of
 * `dueAt`'s own offset.
 *
 * @example
 * lapseInstant({ dueAt: '2026-11-05T08:40:00+08:00', inclusive: true }) // '2026-11-05T08:40:00.001+08:00'
 * lapseInstant({ dueAt: '2026-10-09T00:00:00+08:00', inclusive: false }) // '2026-10-09T00:00:00+08:00'
 */
export function lapseInstant(deadline: { readonly dueAt: string; readonly inclusive: boolean }): string {
  if (!deadline.inclusive) return deadline.dueAt;
  return DateTime.fromISO(deadline.dueAt, { setZone: true }).plus({ milliseconds: 1 }).toISO({ suppressMilliseconds: true })!;
}

/**
 * The timers an event calls for: one for each deadline running after it that was not running
 * (with the same due time) before it — a deadline already running has its timer already.
 * `before` is empty when the case is being opened. The delay is counted from the event's `at`.
 *
 * @example
 * timersFor([], snapshot.context.deadlines, '2026-11-02T08:40:00+08:00').map((t) => t.deadline) // ['notify', 'complete', 'investigate']
 */
export function timersFor(before: readonly TrackedDeadline[], after: readonly TrackedDeadline[], at: string): DeadlineTimer[] {
  const running = new Set(pendingDeadlines(before).map((d) => `${d.id}|${Date.parse(d.dueAt)}`));
  const now = Date.parse(at);
  return pendingDeadlines(after)
    .filter((d) => !running.has(`${d.id}|${Date.parse(d.dueAt)}`))
    .map((d) => {
      const lapse = lapseInstant(d);
      return { deadline: d.id, ruleId: d.ruleId, dueAt: d.dueAt, at: lapse, delayMs: Math.max(0, Date.parse(lapse) - now), scheduledAt: at };
    });
}
