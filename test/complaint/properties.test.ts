import fc from 'fast-check';
import { DateTime, FixedOffsetZone } from 'luxon';
import { describe, expect, it } from 'vitest';
import { deepFreeze, composePolicy } from '../../src/core/policy';
import { compareInstants } from '../../src/core/instant';
import type { ComplaintRecord } from '../../src/procedures/complaint/index';
import { checkComplaint, complaintDeadlines, complaintPacks, complaintReplyDeadline } from '../../src/procedures/complaint/index';
import { intake } from './fixtures';

// Instants inside the calendar data (2004–2026), in a random offset.
const instant = fc
  .record({
    ms: fc.integer({ min: Date.UTC(2004, 0, 2), max: Date.UTC(2026, 10, 1) }),
    offset: fc.constantFrom(0, 480, -300, 330, 600, -600),
  })
  .map(({ ms, offset }) => DateTime.fromMillis(ms, { zone: FixedOffsetZone.instance(offset) }).toISO()!);

const duration = fc.oneof(
  fc.record({ value: fc.integer({ min: 1, max: 30 }), unit: fc.constantFrom('day' as const, 'working-day' as const) }),
  fc.record({ value: fc.integer({ min: 1, max: 200 }), unit: fc.constantFrom('hour' as const, 'minute' as const) }),
);
const policy = fc.record({ d: duration, counting: fc.constantFrom('rolling' as const, 'civil-code' as const) }).map(({ d, counting }) =>
  composePolicy(complaintPacks.ZH, complaintPacks.DEPT, { 'complaint.notifyWithin': d, 'complaint.completeWithin': d, 'core.dayCounting': counting }),
);

describe('complaint rules: properties', () => {
  it('a deadline is never before the receipt', () => {
    fc.assert(
      fc.property(instant, policy, (receivedAt, p) => {
        for (const d of complaintDeadlines(intake({ receivedAt }), { policy: p })) expect(compareInstants(d.dueAt, receivedAt)).toBeGreaterThan(0);
      }),
      { numRuns: 300 },
    );
  });

  it('the same instant in another offset gives the same deadline', () => {
    fc.assert(
      fc.property(instant, policy, (receivedAt, p) => {
        const utc = DateTime.fromISO(receivedAt, { setZone: true }).toUTC().toISO()!;
        expect(complaintReplyDeadline(utc, p)).toEqual(complaintReplyDeadline(receivedAt, p));
      }),
      { numRuns: 300 },
    );
  });

  it('same input, same output; the deep-frozen record is left unchanged', () => {
    fc.assert(
      fc.property(instant, fc.integer({ min: 0, max: 10 * 24 * 60 }), fc.boolean(), (receivedAt, minutes, dispatched) => {
        const base: ComplaintRecord = intake({ receivedAt, ...(dispatched ? { dispatches: [{ at: receivedAt, department: '工程部' }] } : {}) });
        const copy = structuredClone(base);
        const record = deepFreeze(structuredClone(base));
        const asOf = DateTime.fromISO(receivedAt, { setZone: true }).plus({ minutes }).toISO()!;
        const first = checkComplaint(record, { asOf });
        expect(checkComplaint(record, { asOf })).toEqual(first);
        expect(record).toEqual(copy);
      }),
      { numRuns: 200 },
    );
  });

  it('more time never removes a violation from an untouched complaint', () => {
    fc.assert(
      fc.property(instant, fc.integer({ min: 0, max: 5000 }), fc.integer({ min: 0, max: 5000 }), (receivedAt, a, b) => {
        const record = intake({ receivedAt });
        const at = (m: number) => DateTime.fromISO(receivedAt, { setZone: true }).plus({ minutes: m }).toISO()!;
        const early = checkComplaint(record, { asOf: at(Math.min(a, b)) }).map((v) => v.ruleId);
        const late = checkComplaint(record, { asOf: at(Math.max(a, b)) }).map((v) => v.ruleId);
        for (const id of early) expect(late).toContain(id);
      }),
      { numRuns: 200 },
    );
  });
});
