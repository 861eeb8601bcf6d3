// Promised replies (WI/FW-014.3 跟清楚): each promise is kept by the earliest later progress
// notice or the result, wherever they stand in the host's array. The sorted, n log n matching
// must give what comparing every pair gives.
import fc from 'fast-check';
import { DateTime, FixedOffsetZone } from 'luxon';
import { describe, expect, it } from 'vitest';
import { compareInstants, earliestInstant, toIsoInstant } from '../../src/core/instant';
import type { ComplaintRecord } from '../../src/procedures/complaint/index';
import { complaintDeadlines } from '../../src/procedures/complaint/index';
import { RECEIVED, intake } from './fixtures';

// Minutes after receipt, in a random offset (ties included: several notices at one instant).
const at = fc
  .record({ minutes: fc.integer({ min: 0, max: 40 }), offset: fc.constantFrom(0, 480, -300) })
  .map(({ minutes, offset }) => DateTime.fromISO(RECEIVED, { setZone: true }).plus({ minutes: minutes * 30 }).setZone(FixedOffsetZone.instance(offset)).toISO({ suppressMilliseconds: true })!);
const notice = fc.record({ at, promise: fc.option(at, { nil: undefined }) }).map(({ at: a, promise }) => ({ at: a, ...(promise ? { nextReplyAt: promise } : {}) }));

// The reference: every pair compared (the former O(n²) reading).
function naive(record: ComplaintRecord) {
  const notices = record.progressNotices ?? [];
  return notices.flatMap((n, i) => {
    if (n.nextReplyAt === undefined) return [];
    const later = [...notices.map((m) => m.at), record.resultNotifiedAt].filter((x): x is string => x !== undefined && compareInstants(x, n.at) > 0);
    const met = earliestInstant(later);
    return [{ id: `promised-reply#${i}`, startedAt: toIsoInstant(n.at), dueAt: toIsoInstant(n.nextReplyAt), metAt: met === undefined ? null : toIsoInstant(met) }];
  });
}

describe('promised replies', () => {
  it('match what comparing every pair gives, for notices in any order, with ties and a result', () => {
    fc.assert(
      fc.property(fc.array(notice, { maxLength: 25 }), fc.option(at, { nil: undefined }), (progressNotices, resultNotifiedAt) => {
        const record = intake({ progressNotices, ...(resultNotifiedAt ? { resultNotifiedAt } : {}) });
        const got = complaintDeadlines(record)
          .filter((d) => d.id.startsWith('promised-reply#'))
          .map(({ id, startedAt, dueAt, metAt }) => ({ id, startedAt, dueAt, metAt }));
        expect(got).toEqual(naive(record));
      }),
      { numRuns: 150 },
    );
  });

  it('a promise is kept by a later notice, not by one at the same instant', () => {
    const record = intake({ progressNotices: [{ at: '2026-05-06T12:00:00+08:00', nextReplyAt: '2026-05-07T12:00:00+08:00' }, { at: '2026-05-06T04:00:00Z' }, { at: '2026-05-06T15:00:00+08:00' }] });
    expect(complaintDeadlines(record).find((d) => d.id === 'promised-reply#0')?.metAt).toBe('2026-05-06T15:00:00+08:00');
  });
});
