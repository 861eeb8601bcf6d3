// The timer plan, in process: which deadlines get a durable timer, when it fires (the lapse,
// read from the library's isLate) and how long after the event's `at` that is.
import fc from 'fast-check';
import { transition } from 'xstate';
import { describe, expect, it } from 'vitest';
import { isLate } from 'wuye-rules/calendar';
import type { TrackedDeadline } from 'wuye-rules';
import type { ComplaintContext, ComplaintEvent, ComplaintRecord } from 'wuye-rules/complaint';
import { complaintMachine, startComplaint } from 'wuye-rules/complaint';
import { lapseInstant, pendingDeadlines, timersFor } from './deadline-timers';

/** Freezes plain data all the way down, so a mutation of an input throws. */
const deepFreeze = <T>(value: T): T => {
  if (typeof value === 'object' && value !== null) for (const v of Object.values(Object.freeze(value))) deepFreeze(v);
  return value;
};

const intake: ComplaintRecord = { id: 'C-T', receivedAt: '2026-11-02T08:40:00+08:00', channel: 'phone', complainant: { name: '钱女士', unit: '5栋0302' }, subject: '楼道灯不亮', receiver: '周婷' };
const events: ComplaintEvent[] = [
  { type: 'LISTENED', at: '2026-11-02T08:41:00+08:00' },
  { type: 'CLARIFIED', at: '2026-11-02T08:45:00+08:00' },
  { type: 'RECORDED', at: '2026-11-02T08:50:00+08:00', documentNo: 'TS-1102-09' },
  { type: 'CLASSIFY', at: '2026-11-02T08:55:00+08:00', kind: 'general', reasonable: true, inScope: true },
  { type: 'DISPATCH', at: '2026-11-02T09:10:00+08:00', department: '工程部' },
  { type: 'NOTIFY_PROGRESS', at: '2026-11-03T10:00:00+08:00', nextReplyAt: '2026-11-04T10:00:00+08:00' },
  { type: 'RESOLVE', at: '2026-11-03T15:00:00+08:00', result: '更换灯具' },
];

// The offset an instant is written in ('Z' is +00:00).
const offsetOf = (iso: string): string => (iso.endsWith('Z') ? '+00:00' : iso.slice(-6));

function deadlinesAfter(n: number): TrackedDeadline[] {
  let [snapshot] = startComplaint(intake);
  for (const event of events.slice(0, n)) [snapshot] = transition(complaintMachine, snapshot, event);
  return [...(snapshot.context as ComplaintContext).deadlines];
}

describe('lapseInstant', () => {
  it('an inclusive deadline lapses 1 ms after dueAt, an exclusive one at dueAt — where isLate turns true', () => {
    for (const deadline of [
      { dueAt: '2026-11-05T08:40:00+08:00', inclusive: true },
      { dueAt: '2026-10-09T00:00:00+08:00', inclusive: false },
      { dueAt: '2026-03-08T01:59:59.999-05:00', inclusive: true },
      { dueAt: '2026-07-01T00:00:00Z', inclusive: true },
    ]) {
      const lapse = lapseInstant(deadline);
      expect(isLate(deadline, lapse)).toBe(true);
      expect(isLate(deadline, new Date(Date.parse(lapse) - 1).toISOString())).toBe(false);
      // Written in the offset of dueAt.
      expect(offsetOf(lapse)).toBe(offsetOf(deadline.dueAt));
    }
  });

  it('property: for any instant, isLate holds from the lapse on and not one millisecond before', () => {
    fc.assert(
      fc.property(fc.integer({ min: Date.UTC(2000, 0, 1), max: Date.UTC(2090, 0, 1) }), fc.boolean(), fc.integer({ min: -12, max: 14 }), (ms, inclusive, hours) => {
        const offset = `${hours < 0 ? '-' : '+'}${String(Math.abs(hours)).padStart(2, '0')}:00`;
        const local = new Date(ms + hours * 3_600_000).toISOString().slice(0, 23);
        const deadline = { dueAt: `${local}${offset}`, inclusive };
        const lapse = lapseInstant(deadline);
        return isLate(deadline, lapse) && !isLate(deadline, new Date(Date.parse(lapse) - 1).toISOString()) && offsetOf(lapse) === offset;
      }),
    );
  });
});

describe('timersFor', () => {
  it('opening: one timer per running deadline, delayed from the receipt to its lapse', () => {
    const deadlines = deadlinesAfter(0);
    const timers = timersFor([], deadlines, intake.receivedAt);
    expect(timers.map((t) => t.deadline)).toEqual(pendingDeadlines(deadlines).map((d) => d.id));
    for (const t of timers) {
      const d = deadlines.find((x) => x.id === t.deadline)!;
      expect(t).toEqual({ deadline: d.id, ruleId: d.ruleId, dueAt: d.dueAt, at: lapseInstant(d), delayMs: Date.parse(lapseInstant(d)) - Date.parse(intake.receivedAt), scheduledAt: intake.receivedAt });
    }
  });

  it('an event schedules only the deadlines it started: DISPATCH the department one, a progress notice its promised reply', () => {
    expect(timersFor(deadlinesAfter(4), deadlinesAfter(5), events[4]!.at).map((t) => t.deadline)).toEqual(['department']);
    expect(timersFor(deadlinesAfter(5), deadlinesAfter(6), events[5]!.at).map((t) => t.deadline)).toEqual(['promised-reply#0']);
    // RESOLVE meets deadlines and starts none.
    expect(timersFor(deadlinesAfter(6), deadlinesAfter(7), events[6]!.at)).toEqual([]);
  });

  it('a deadline that had lapsed already when the event came fires at once (delay 0), still carrying its lapse', () => {
    const deadlines = deadlinesAfter(0);
    const muchLater = '2026-12-01T09:00:00+08:00';
    const timers = timersFor([], deadlines, muchLater);
    expect(timers.every((t) => t.delayMs === 0)).toBe(true);
    expect(timers.map((t) => t.at)).toEqual(pendingDeadlines(deadlines).map(lapseInstant));
  });

  it('a deadline met or exempt gets no timer', () => {
    const deadlines = deadlinesAfter(0).map((d, i) => (i === 0 ? { ...d, metAt: d.startedAt } : i === 1 ? { ...d, exempt: true } : d));
    expect(timersFor([], deadlines, intake.receivedAt).map((t) => t.deadline)).toEqual(deadlines.slice(2).map((d) => d.id));
  });

  it('property: the same deadlines before and after schedule nothing, and the inputs are left as they were', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: events.length }), fc.integer({ min: 0, max: 10 * 86_400_000 }), (n, shift) => {
        const deadlines = deepFreeze(deadlinesAfter(n));
        const copy = structuredClone(deadlines);
        const at = new Date(Date.parse(intake.receivedAt) + shift).toISOString();
        const none = timersFor(deadlines, deadlines, at);
        const again = timersFor([], deadlines, at);
        return none.length === 0 && JSON.stringify(again) === JSON.stringify(timersFor([], deadlines, at)) && JSON.stringify(deadlines) === JSON.stringify(copy);
      }),
    );
  });
});
