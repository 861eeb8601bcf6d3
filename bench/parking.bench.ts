// The parking lifecycle (five steps, a declined space) with the pure transition() functions
// against a fresh actor per event restored from the previous snapshot — what a host that
// stores the case between requests would otherwise do.
import { createActor, transition } from 'xstate';
import type { Comparison } from './harness';
import { parkingMachine, startParking } from '../src/procedures/parking/index';
import { application, fullLifecycle } from '../test/parking/fixtures';

const events = fullLifecycle();
const input = application();

function pure(): string {
  let [s] = startParking(input);
  for (const e of events) [s] = transition(parkingMachine, s, e);
  return String(s.value);
}

function actorPerEvent(): string {
  let snapshot = createActor(parkingMachine, { input }).getPersistedSnapshot();
  for (const e of events) {
    const actor = createActor(parkingMachine, { snapshot, input }).start();
    actor.send(e);
    snapshot = actor.getPersistedSnapshot();
    actor.stop();
  }
  return String((snapshot as unknown as { value: unknown }).value);
}

if (pure() !== 'issued' || actorPerEvent() !== 'issued') throw new Error('bench lifecycle does not issue a permit');

export default [
  {
    title: `parking lifecycle (${events.length} events): pure transition() vs an actor per event`,
    subject: { name: 'transition()', fn: pure },
    baseline: { name: 'actor per event', fn: actorPerEvent },
    minRatio: 1,
    throughput: { unit: 'lifecycles', perCall: 1 },
  },
] satisfies Comparison[];
