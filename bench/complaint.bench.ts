// The complaint lifecycle through xstate's pure transition(): against a no-op machine with
// the same states and events (what xstate itself costs), the same events from a started case
// (the per-event cost alone), and against an actor per event; checkComplaint with 2,000
// progress notices against the same check with 250.
import type { AnyMachineSnapshot, AnyStateMachine } from 'xstate';
import { createActor, initialTransition, transition } from 'xstate';
import type { Comparison } from './harness';
import { lifecycle, noOpMachine, record, run, withNotices } from './complaint-inputs';
import { checkComplaint, complaintMachine } from '../src/procedures/complaint/index';

const events = lifecycle();
const noOp = noOpMachine(events);

/** The same lifecycle with a fresh actor per event, restored from the previous snapshot. */
function actorPerEvent(): string {
  let snapshot = createActor(complaintMachine, { input: record }).getPersistedSnapshot();
  for (const e of events) {
    const actor = createActor(complaintMachine, { snapshot, input: record }).start();
    actor.send(e);
    snapshot = actor.getPersistedSnapshot();
    actor.stop();
  }
  return String((snapshot as unknown as { value: unknown }).value);
}

/**
 * The 12 events alone, from a case already started (what a host pays per event; the start —
 * intake validation, first deadlines — is left out). Two started snapshots take turns, so the
 * first event never finds the outcome it computed from the same context last time.
 */
function stepsFrom(machine: AnyStateMachine): () => string {
  const starts = [initialTransition(machine, record)[0], initialTransition(machine, record)[0]];
  let turn = 0;
  return () => {
    let s: AnyMachineSnapshot = starts[(turn ^= 1)]!;
    for (const e of events) [s] = transition(machine, s, e as never);
    return String(s.value);
  };
}
const complaintSteps = stepsFrom(complaintMachine);
const noOpSteps = stepsFrom(noOp);

if (complaintSteps() !== 'closed' || noOpSteps() !== 'closed' || run(complaintMachine, events) !== 'closed' || run(noOp, events) !== 'closed' || actorPerEvent() !== 'closed') throw new Error('bench lifecycle does not close');

// Warm both machines up first (on a loaded machine the harness's warm-up alone leaves the
// first subject measured before the JIT has settled).
for (let i = 0; i < 300; i++) {
  run(complaintMachine, events);
  run(noOp, events);
}

const asOf = '2026-05-30T00:00:00+08:00';
const many = withNotices(2000);
const few = withNotices(250);

export default [
  {
    title: `complaint lifecycle (${events.length} events) through transition(): the complaint machine vs a no-op machine with the same states and events (issue: ≥ 0.5)`,
    subject: { name: 'complaint machine', fn: () => run(complaintMachine, events) },
    baseline: { name: 'no-op machine', fn: () => run(noOp, events) },
    minRatio: 0.5,
    throughput: { unit: 'lifecycles', perCall: 1 },
  },
  {
    title: `the same ${events.length} events from a started case (the start left out): the complaint machine vs the no-op machine`,
    subject: { name: 'complaint machine', fn: complaintSteps },
    baseline: { name: 'no-op machine', fn: noOpSteps },
    throughput: { unit: 'events', perCall: events.length },
  },
  {
    title: `complaint lifecycle (${events.length} events): pure transition() vs an actor per event`,
    subject: { name: 'transition()', fn: () => run(complaintMachine, events) },
    baseline: { name: 'actor per event', fn: actorPerEvent },
    minRatio: 1,
    throughput: { unit: 'lifecycles', perCall: 1 },
  },
  {
    title: 'checkComplaint with 2,000 progress notices vs 250 (issue: cost ≤ 20×, i.e. ratio ≥ 0.05; linear would be 0.125)',
    subject: { name: '2,000 notices', fn: () => checkComplaint(many, { asOf }) },
    baseline: { name: '250 notices', fn: () => checkComplaint(few, { asOf }) },
    minRatio: 0.05,
  },
] satisfies Comparison[];
