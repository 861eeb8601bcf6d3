import { createActor, initialTransition, transition } from 'xstate';
import type { Comparison } from './harness';
import { moveOutMachine } from '../src/procedures/move-out/index';
import { ownerMovingOut, request } from '../test/move-out/fixtures';

const events = ownerMovingOut();
const record = request('owner');

/** The whole request with the pure functions: what a host does between load and save. */
function pure(): string {
  let [s] = initialTransition(moveOutMachine, record);
  for (const e of events) [s] = transition(moveOutMachine, s, e);
  return String(s.value);
}

/** The same request with a fresh actor per event, restored from the previous snapshot. */
function actorPerEvent(): string {
  let snapshot = createActor(moveOutMachine, { input: record }).getPersistedSnapshot();
  for (const e of events) {
    const actor = createActor(moveOutMachine, { snapshot, input: record }).start();
    actor.send(e);
    snapshot = actor.getPersistedSnapshot();
    actor.stop();
  }
  return String((snapshot as unknown as { value: unknown }).value);
}

if (pure() !== 'issued' || actorPerEvent() !== 'issued') throw new Error('bench request does not issue a pass');

export default [
  {
    title: `move-out request (${events.length} events, several items, fees checked twice): pure transition() vs an actor per event`,
    subject: { name: 'transition()', fn: pure },
    baseline: { name: 'actor per event', fn: actorPerEvent },
    minRatio: 1,
    throughput: { unit: 'requests', perCall: 1 },
  },
] satisfies Comparison[];
