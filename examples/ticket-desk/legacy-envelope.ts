// The desk's own snapshot migration. Before it adopted the library's machines (version 1),
// the desk stored complaints as "v0" envelopes: the same { machine, version, snapshot }
// layout, but `version: 0` and a context holding only the complaint record (under `ticket`)
// and the last event's instant. Deadlines and violations were not stored; the desk computed
// them on every request. This file turns such a row into a version-1 envelope on load.
//
// Why not pass it to restore() as `migrations: { 0: … }`? The library's restore() accepts
// positive versions only (its envelope schema), so a version-0 row is upgraded here first;
// restore() then validates the result like any other envelope. A v1 → v2 migration of the
// library's own machines would go in `complaintMigrations` instead.
import * as z from 'zod';
import { WuyeError } from 'wuye-rules';
import { instantSchema, text } from 'wuye-rules/authoring';
import type { Migration } from 'wuye-rules/authoring';
import type { PersistedSnapshot, SnapshotEnvelope } from 'wuye-rules';
import { complaintDeadlines, complaintRecordSchema } from 'wuye-rules/complaint';

/** The v0 envelope the desk stored (see the comment at the top of this file). */
export const legacyComplaintEnvelopeSchema = z.object({
  machine: z.literal('complaint'),
  version: z.literal(0),
  snapshot: z.object({
    status: z.enum(['active', 'done']),
    value: z.string().min(1),
    context: z.object({ ticket: complaintRecordSchema, lastEventAt: instantSchema }),
  }),
});

/**
 * The desk's migrations of complaint snapshots, keyed by the version they migrate from (the
 * library's `Migration` type). 0 → 1: the record moves to `context.record`, the deadlines are
 * computed from it as the machine would (default policy), no violations yet, never checked.
 */
export const deskComplaintMigrations: Readonly<Record<number, Migration>> = Object.freeze({
  0: (snapshot: PersistedSnapshot): PersistedSnapshot => {
    const context = snapshot.context as { ticket: z.infer<typeof complaintRecordSchema>; lastEventAt: string };
    return {
      status: snapshot.status,
      value: snapshot.value,
      context: { record: context.ticket, deadlines: complaintDeadlines(context.ticket), violations: [], checkedAt: null, lastEventAt: context.lastEventAt },
    };
  },
});

/**
 * Returns a version-1 envelope for a stored v0 complaint envelope, and any other value
 * unchanged (the library's restore() checks those). A v0 envelope of the wrong shape is an
 * INVALID_SNAPSHOT error. Does not mutate its input.
 */
export function upgradeLegacyEnvelope(stored: unknown): unknown {
  if (typeof stored !== 'object' || stored === null || (stored as { version?: unknown }).version !== 0) return stored;
  const parsed = legacyComplaintEnvelopeSchema.safeParse(stored);
  if (!parsed.success) {
    const reason = parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ');
    throw new WuyeError('INVALID_SNAPSHOT', text(`无法迁移 v0 投诉快照：${reason}`, `Cannot migrate the v0 complaint snapshot: ${reason}`), { version: 0, reason });
  }
  const migrate = deskComplaintMigrations[0]!;
  const envelope: SnapshotEnvelope = { machine: 'complaint', version: 1, snapshot: migrate(structuredClone(parsed.data.snapshot)) };
  return envelope;
}
