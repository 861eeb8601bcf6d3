import * as z from 'zod';
import type { Deadline } from './deadline';
import { instantSchema } from './instant-schema';
import type { IsoInstant } from './instant';

/**
 * A deadline a case keeps in its context: which one (`id`), the rule that judges it, when
 * its period started, when it falls due, and whether and when it was met or waived. Every
 * procedure's deadlines have this one shape.
 *
 * @example
 * const d: TrackedDeadline = { id: 'notify', ruleId: 'complaint.notify-deadline', startedAt: '2026-05-06T09:30:00+08:00', dueAt: '2026-05-09T09:30:00+08:00', inclusive: true, metAt: null, exempt: false };
 */
export interface TrackedDeadline extends Deadline {
  readonly id: string;
  readonly ruleId: string;
  readonly startedAt: IsoInstant;
  readonly metAt: IsoInstant | null;
  readonly exempt: boolean;
}

/** @internal The schema a restored context's deadlines must satisfy. */
export const trackedDeadlineSchema = z.looseObject({
  id: z.string(),
  ruleId: z.string(),
  startedAt: instantSchema,
  dueAt: instantSchema,
  inclusive: z.boolean(),
  metAt: instantSchema.nullable(),
  exempt: z.boolean(),
});
