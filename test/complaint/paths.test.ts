import { transition } from 'xstate';
import { getShortestPaths, getSimplePaths } from 'xstate/graph';
import { describe, expect, it } from 'vitest';
import { persist } from '../../src/core/persistence';
import type { ComplaintEvent } from '../../src/procedures/complaint/index';
import type { ComplaintRecord } from '../../src/procedures/complaint/index';
import { complaintMachine, restoreComplaint } from '../../src/procedures/complaint/index';
import { complaintPathKey, complaintSampleEvents } from '../../src/procedures/complaint/sample-events';
import { RECEIVED, intake } from './fixtures';

// Every event at the same instant (equal instants are in order); payload variants cover every guard.
const at = RECEIVED;
const events: ComplaintEvent[] = complaintSampleEvents(at);

// A vertex is the state plus what gates or routes its events (the library's own path key).
type Snap = Parameters<typeof persist>[0] & { context: { record: ComplaintRecord } };
const serializeState = (s: Snap) => JSON.stringify([s.value, complaintPathKey(s.context)]);
const options = { events, input: intake(), serializeState: serializeState as never };

const ALL_STATES = Object.keys(complaintMachine.root.states).sort();

describe('every path of complaintMachine (xstate/graph)', () => {
  const shortest = getShortestPaths(complaintMachine, options);
  const simple = getSimplePaths(complaintMachine, options);

  it('reaches every state of the machine', () => {
    expect([...new Set(shortest.map((p) => String(p.state.value)))].sort()).toEqual(ALL_STATES);
    expect([...new Set(simple.map((p) => String(p.state.value)))].sort()).toEqual(ALL_STATES);
    expect(simple.length).toBeGreaterThan(shortest.length);
  });

  it('closes only on paths that listened, clarified and recorded, and reported every major/written complaint', () => {
    const closed = simple.filter((p) => p.state.value === 'closed');
    expect(closed.length).toBeGreaterThan(0);
    for (const p of closed) {
      const r = p.state.context.record;
      expect(r.fiveClears).toMatchObject({ listened: at, clarified: at, recorded: at });
      const kind = r.classification?.kind;
      if (kind === 'major' || kind === 'written') expect(r.report).toBeDefined();
      if (!r.referral) {
        expect(r.followUp?.satisfied === true || r.followUpExemption !== undefined).toBe(true);
        expect(r.result ?? r.explanation).toBeDefined();
      }
      const types = p.steps.map((s) => s.event.type);
      expect(types.indexOf('CLASSIFY')).toBeGreaterThan(Math.max(types.indexOf('LISTENED'), types.indexOf('CLARIFIED'), types.indexOf('RECORDED')));
    }
  });

  it('round-trips the end state of every path through persist → JSON → restore, exactly', () => {
    for (const p of [...shortest, ...simple]) {
      const json = JSON.stringify(persist(p.state));
      const restored = restoreComplaint(json);
      expect(restored.value).toEqual(p.state.value);
      expect(restored.status).toBe(p.state.status);
      expect(restored.context).toEqual(p.state.context);
      // …and behaves the same on every following event.
      for (const e of [...events, { type: 'CHECK_DEADLINES', at: '2026-05-20T00:00:00+08:00' } as const]) {
        const [a] = transition(complaintMachine, p.state, e);
        const [b] = transition(complaintMachine, restored, e);
        expect(b.value).toEqual(a.value);
        expect(b.context).toEqual(a.context);
      }
    }
  });
});
