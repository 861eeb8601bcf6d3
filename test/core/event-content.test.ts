// Review findings: a host that changes an event object and sends it again gets a fresh
// judgement (never the cached one of what the object held before), and explainRefusal of an
// event the machine takes is a typed error, never undefined or a TypeError.
import { describe, expect, it } from 'vitest';
import { explainRefusal } from '../../src/core/refusal';
import { complaintMachine, startComplaint, stepComplaint } from '../../src/procedures/complaint/index';
import { after, generalLifecycle, intake } from '../complaint/fixtures';

describe('an event object changed between two steps', () => {
  it('is judged by what it holds now: its new instant is applied, a malformed one refused', () => {
    const [s] = startComplaint(intake());
    const event: { type: 'LISTENED'; at: string } = { type: 'LISTENED', at: '2026-05-06T09:35:00+08:00' };
    expect(stepComplaint(s, event).accepted).toBe(true);
    event.at = '2026-05-06T12:00:00+08:00';
    const again = stepComplaint(s, event);
    if (!again.accepted) throw new Error('refused');
    expect(again.snapshot.context.lastEventAt).toBe('2026-05-06T12:00:00+08:00');
    expect(again.snapshot.context.record.fiveClears?.listened).toBe('2026-05-06T12:00:00+08:00');
    event.at = 'noon';
    const bad = stepComplaint(s, event);
    expect(bad.accepted).toBe(false);
    if (!bad.accepted) expect(bad.refusal.kind).toBe('invalid-event');
  });
});

describe('an event object changed inside a nested field', () => {
  it('is judged by what it holds now, not by the outcome cached for the object', () => {
    const [s0] = startComplaint(intake());
    let s = s0;
    for (const e of generalLifecycle().slice(0, 9)) {
      const r = stepComplaint(s, e);
      if (!r.accepted) throw new Error(`refused ${e.type}`);
      s = r.snapshot;
    }
    const event: { type: 'NOTIFY_IMPOSSIBLE'; at: string; falseDetails: string[] } = { type: 'NOTIFY_IMPOSSIBLE', at: after(23 * 60), falseDetails: ['name'] };
    const first = stepComplaint(s, event);
    if (!first.accepted) throw new Error('refused');
    expect(first.snapshot.context.record.notificationExemption?.falseDetails).toEqual(['name']);
    event.falseDetails.push('contact');
    const again = stepComplaint(s, event);
    if (!again.accepted) throw new Error('refused');
    expect(again.snapshot.context.record.notificationExemption?.falseDetails).toEqual(['name', 'contact']);
    (event.falseDetails as unknown[])[0] = 7;
    expect(stepComplaint(s, event).accepted).toBe(false);
  });
});

describe('explainRefusal of an event the machine takes', () => {
  it('is INVALID_INPUT saying there is nothing to explain, for an event and for a deadline check', () => {
    const [s] = startComplaint(intake());
    for (const event of [{ type: 'LISTENED', at: '2026-05-06T09:35:00+08:00' }, { type: 'CHECK_DEADLINES', at: '2026-05-06T10:00:00+08:00' }]) {
      expect(() => explainRefusal(complaintMachine, s, event)).toThrow(expect.objectContaining({ code: 'INVALID_INPUT' }));
    }
  });
});
