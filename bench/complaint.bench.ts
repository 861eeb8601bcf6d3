import { createActor, initialTransition, transition } from 'xstate';
import type { Comparison } from './harness';
import { complaintMachine } from '../src/procedures/complaint/index';
import { generalLifecycle, intake } from '../test/complaint/fixtures';

const events = generalLifecycle();
const record = intake();

/** The whole lifecycle with the pure functions: what a host does between load and save. */
function pure(): string {
  let [s] = initialTransition(complaintMachine, record);
  for (const e of events) [s] = transition(complaintMachine, s, e);
  return String(s.value);
}

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

if (pure() !== 'closed' || actorPerEvent() !== 'closed') throw new Error('bench lifecycle does not close');

export default [
  {
    title: `complaint lifecycle (${events.length} events): pure transition() vs an actor per event`,
    subject: { name: 'transition()', fn: pure },
    baseline: { name: 'actor per event', fn: actorPerEvent },
    minRatio: 1,
    throughput: { unit: 'lifecycles', perCall: 1 },
  },
] satisfies Comparison[];
