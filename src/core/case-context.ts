import * as z from 'zod';
import type { IsoInstant } from './instant';
import { instantSchema } from './instant-schema';
import type { PersistedSnapshot } from './persistence';
import type { Violation } from './rule';
import type { TrackedDeadline } from './tracked-deadline';
import { trackedDeadlineSchema } from './tracked-deadline';

/**
 * The context of every case machine: the record as it grows, its deadlines as data (under
 * the machine's policy), the violations found at the last `CHECK_DEADLINES` (and at the
 * close), the instant of that check, and the instant of the last event (events come in
 * time order).
 *
 * @example
 * snapshot.context.deadlines.find((d) => d.id === 'notify')?.dueAt // '2026-05-09T09:30:00+08:00'
 */
export interface CaseContext<R> {
  readonly record: R;
  readonly deadlines: readonly TrackedDeadline[];
  readonly violations: readonly Violation[];
  readonly checkedAt: IsoInstant | null;
  readonly lastEventAt: IsoInstant;
}

/** @internal The schema a restored case context must satisfy, for a record schema. */
export function caseContextSchema(record: z.ZodType): z.ZodType {
  return z.object({
    record,
    deadlines: z.array(trackedDeadlineSchema),
    violations: z.array(z.looseObject({ ruleId: z.string(), severity: z.enum(['error', 'warning', 'info']) })),
    checkedAt: instantSchema.nullable(),
    lastEventAt: instantSchema,
  });
}

/**
 * @internal Migration of a version-1 snapshot whose context was `{ record, lastEventAt }`
 * (before every machine shared one context): deadlines and violations start empty and are
 * recomputed at the next step or check.
 */
export function toCaseContext(snapshot: PersistedSnapshot): PersistedSnapshot {
  const context = (snapshot.context ?? {}) as Record<string, unknown>;
  return { ...snapshot, context: { deadlines: [], violations: [], checkedAt: null, ...context } };
}
