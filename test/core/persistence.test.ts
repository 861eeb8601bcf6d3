import fc from 'fast-check';
import { assign, createActor, initialTransition, setup, transition } from 'xstate';
import type { SnapshotFrom } from 'xstate';
import * as z from 'zod';
import { describe, expect, it } from 'vitest';
import { instantSchema } from '../../src/core/instant-schema';
import type { Migration, PersistedSnapshot } from '../../src/core/persistence';
import { machineVersion, persist, restore } from '../../src/core/persistence';
import { freezeAll, thrown } from './helpers';

// ---------------------------------------------------------------------------------------
// A small test-only machine: a counter with a pause, a suspension that returns to where it
// was (a history state) and a final state with output. Version 2; version 1 kept the count
// in `total` and had no log.
interface CounterContext {
  readonly count: number;
  readonly log: readonly string[];
  readonly lastAt: string;
}
type CounterEvent =
  | { type: 'ADD'; by: number; at: string }
  | { type: 'PAUSE'; at: string }
  | { type: 'RESUME'; at: string }
  | { type: 'SUSPEND'; at: string }
  | { type: 'REOPEN'; at: string }
  | { type: 'FINISH'; at: string };

function createCounterMachine(version: string) {
  return setup({
    types: {} as { context: CounterContext; events: CounterEvent; output: { total: number } },
    guards: {
      positive: ({ event }) => event.type === 'ADD' && event.by > 0,
    },
    actions: {
      add: assign(({ context, event }) => (event.type === 'ADD' ? { count: context.count + event.by, log: [...context.log, `+${event.by}`], lastAt: event.at } : {})),
      note: assign(({ context, event }) => ({ log: [...context.log, event.type], lastAt: event.at })),
    },
  }).createMachine({
    id: 'test-counter',
    version,
    context: { count: 0, log: [], lastAt: '2026-05-06T09:00:00+08:00' },
    initial: 'open',
    states: {
      open: {
        initial: 'counting',
        states: {
          counting: { on: { ADD: { guard: 'positive', actions: 'add' }, PAUSE: { target: 'paused', actions: 'note' } } },
          paused: { on: { RESUME: { target: 'counting', actions: 'note' } } },
          resume: { type: 'history' },
        },
        on: { SUSPEND: { target: 'suspended', actions: 'note' }, FINISH: { target: 'finished', actions: 'note' } },
      },
      suspended: { on: { REOPEN: { target: 'open.resume', actions: 'note' } } },
      finished: { type: 'final' },
    },
    output: ({ context }) => ({ total: context.count }),
  });
}
type CounterMachine = ReturnType<typeof createCounterMachine>;
type CounterSnapshot = SnapshotFrom<CounterMachine>;

const counterMachine = createCounterMachine('2');
const contextSchema = z.strictObject({ count: z.number().int().nonnegative(), log: z.array(z.string()), lastAt: instantSchema });
const migrations: Readonly<Record<number, Migration>> = {
  1: (s) => {
    const { total, lastAt } = s.context as { total: number; lastAt: string };
    return { ...s, context: { count: total, log: [], lastAt } };
  },
};
const restoreCounter = (envelope: unknown, machine: CounterMachine = counterMachine) => restore(envelope, { machine, migrations, contextSchema });
// ---------------------------------------------------------------------------------------

const view = (s: CounterSnapshot) => ({ value: s.value, status: s.status, context: s.context, output: s.output });
const roundTrip = (s: CounterSnapshot) => restoreCounter(JSON.stringify(persist(s)));
const at = (minute: number) => `2026-05-06T${String(9 + Math.floor(minute / 60)).padStart(2, '0')}:${String(minute % 60).padStart(2, '0')}:00+08:00`;
function run(events: readonly CounterEvent[], machine: CounterMachine = counterMachine): CounterSnapshot {
  let [snapshot] = initialTransition(machine);
  for (const event of events) [snapshot] = transition(machine, snapshot, event);
  return snapshot;
}

const PAUSED_THEN_SUSPENDED: CounterEvent[] = [
  { type: 'ADD', by: 2, at: at(1) },
  { type: 'PAUSE', at: at(2) },
  { type: 'SUSPEND', at: at(3) },
];

describe('persist', () => {
  it('gives a JSON envelope { machine, version, snapshot }', () => {
    const envelope = persist(run([{ type: 'ADD', by: 3, at: at(1) }]));
    expect(envelope).toMatchObject({
      machine: 'test-counter',
      version: 2,
      snapshot: { status: 'active', value: { open: 'counting' }, context: { count: 3, log: ['+3'], lastAt: at(1) } },
    });
    expect(JSON.parse(JSON.stringify(envelope))).toEqual(envelope);
  });

  it('does not mutate the snapshot', () => {
    const snapshot = run(PAUSED_THEN_SUSPENDED);
    const before = structuredClone(view(snapshot));
    freezeAll(snapshot.context);
    const first = persist(snapshot);
    expect(view(snapshot)).toEqual(before);
    expect(persist(snapshot)).toEqual(first);
    // The envelope is a copy: changing it does not reach the snapshot.
    (first.snapshot.context as { count: number }).count = 99;
    expect(snapshot.context.count).toBe(2);
  });

  it('refuses what is not a machine snapshot', () => {
    thrown(() => persist({ value: 'open', context: {} } as never), 'INVALID_INPUT');
    thrown(() => persist(null as never), 'INVALID_INPUT');
  });
});

describe('restore: round trip', () => {
  it('persist → JSON → restore gives an equal snapshot that behaves the same on the next event', () => {
    const original = run([{ type: 'ADD', by: 2, at: at(1) }, { type: 'ADD', by: 5, at: at(2) }]);
    const restored = roundTrip(original);
    expect(view(restored)).toEqual(view(original));
    const next: CounterEvent = { type: 'PAUSE', at: at(3) };
    expect(view(transition(counterMachine, restored, next)[0])).toEqual(view(transition(counterMachine, original, next)[0]));
    expect(restored.can({ type: 'ADD', by: 1, at: at(3) })).toBe(true);
    expect(restored.matches({ open: 'counting' })).toBe(true);
  });

  it('accepts the envelope as an object too', () => {
    const original = run([{ type: 'ADD', by: 2, at: at(1) }]);
    expect(view(restoreCounter(persist(original)))).toEqual(view(original));
  });

  it('a restored snapshot starts an actor that behaves like the pure path', () => {
    const original = run([{ type: 'ADD', by: 2, at: at(1) }]);
    const actor = createActor(counterMachine, { snapshot: roundTrip(original) }).start();
    actor.send({ type: 'ADD', by: 4, at: at(2) });
    expect(view(actor.getSnapshot())).toEqual(view(transition(counterMachine, original, { type: 'ADD', by: 4, at: at(2) })[0]));
    actor.stop();
  });

  it('keeps the history: a suspended counter reopens where it was (paused)', () => {
    const original = run(PAUSED_THEN_SUSPENDED);
    const reopen: CounterEvent = { type: 'REOPEN', at: at(4) };
    expect(transition(counterMachine, original, reopen)[0].value).toEqual({ open: 'paused' });
    expect(view(transition(counterMachine, roundTrip(original), reopen)[0])).toEqual(view(transition(counterMachine, original, reopen)[0]));
  });

  it('keeps a final state and its output', () => {
    const original = run([{ type: 'ADD', by: 7, at: at(1) }, { type: 'FINISH', at: at(2) }]);
    expect(original.status).toBe('done');
    const restored = roundTrip(original);
    expect(view(restored)).toEqual(view(original));
    expect(restored.output).toEqual({ total: 7 });
  });

  it('any event sequence: round trip equal, and equal after any next event (fast-check)', () => {
    const kinds = fc.oneof(
      fc.record({ type: fc.constant('ADD' as const), by: fc.integer({ min: -2, max: 5 }) }),
      fc.record({ type: fc.constantFrom('PAUSE' as const, 'RESUME' as const, 'SUSPEND' as const, 'REOPEN' as const, 'FINISH' as const) }),
    );
    fc.assert(
      fc.property(fc.array(kinds, { maxLength: 12 }), kinds, (steps, last) => {
        const events = steps.map((e, i) => ({ ...e, at: at(i + 1) }) as CounterEvent);
        const next = { ...last, at: at(steps.length + 1) } as CounterEvent;
        const original = run(events);
        const restored = roundTrip(original);
        expect(view(restored)).toEqual(view(original));
        expect(view(transition(counterMachine, restored, next)[0])).toEqual(view(transition(counterMachine, original, next)[0]));
        expect(persist(restored)).toEqual(persist(original));
      }),
      { numRuns: 300 },
    );
  });
});

describe('restore: migrations', () => {
  const v1 = freezeAll({ machine: 'test-counter', version: 1, snapshot: { status: 'active', value: { open: 'counting' }, context: { total: 5, lastAt: at(1) } } });

  it('migrates a version 1 envelope', () => {
    const restored = restoreCounter(JSON.stringify(v1));
    expect(view(restored)).toEqual({ value: { open: 'counting' }, status: 'active', context: { count: 5, log: [], lastAt: at(1) }, output: undefined });
    expect(transition(counterMachine, restored, { type: 'ADD', by: 1, at: at(2) })[0].context.count).toBe(6);
    expect(persist(restored).version).toBe(2);
  });

  it('does not mutate the envelope, even when a migration mutates what it is given', () => {
    const careless: Migration = (s) => {
      const context = s.context as { total: number; lastAt: string; count?: number; log?: string[] };
      context.count = context.total;
      context.log = [];
      delete (context as { total?: number }).total;
      return s;
    };
    const before = structuredClone(v1);
    const restored = restore(v1, { machine: counterMachine, migrations: { 1: careless }, contextSchema });
    expect(restored.context.count).toBe(5);
    expect(v1).toEqual(before);
  });

  it('chains migrations in order', () => {
    const v3 = createCounterMachine('3');
    const chain: Record<number, Migration> = { ...migrations, 2: (s) => ({ ...s, context: { ...(s.context as CounterContext), log: [...(s.context as CounterContext).log, 'v3'] } }) };
    const restored = restore(v1, { machine: v3, migrations: chain, contextSchema });
    expect(restored.context).toEqual({ count: 5, log: ['v3'], lastAt: at(1) });
    // A version 2 envelope runs only the second step.
    const fromV2 = restore(persist(run([{ type: 'ADD', by: 2, at: at(1) }])), { machine: v3, migrations: chain, contextSchema });
    expect(fromV2.context.log).toEqual(['+2', 'v3']);
  });

  it('a missing migration is INVALID_SNAPSHOT', () => {
    const error = thrown(() => restore(v1, { machine: counterMachine, contextSchema }), 'INVALID_SNAPSHOT');
    expect(error.details).toMatchObject({ machine: 'test-counter', from: 1 });
  });
});

describe('restore: refused envelopes (INVALID_SNAPSHOT)', () => {
  const good = persist(run([{ type: 'ADD', by: 2, at: at(1) }]));
  const withSnapshot = (patch: Partial<PersistedSnapshot>) => ({ ...good, snapshot: { ...good.snapshot, ...patch } });

  it('a version from the future', () => {
    const error = thrown(() => restoreCounter({ ...good, version: 3 }), 'INVALID_SNAPSHOT');
    expect(error.details).toMatchObject({ version: 3, current: 2 });
  });

  it('a foreign machine id', () => {
    const error = thrown(() => restoreCounter({ ...good, machine: 'complaint' }), 'INVALID_SNAPSHOT');
    expect(error.details).toMatchObject({ expected: 'test-counter', found: 'complaint' });
  });

  it.each(['not json{', '', '{"machine":"test-counter"', 'null', '[]', '42'])('the text %j', (textInput) => {
    thrown(() => restoreCounter(textInput), 'INVALID_SNAPSHOT');
  });

  it.each([
    ['null', null],
    ['undefined', undefined],
    ['an array', [good]],
    ['no snapshot', { machine: 'test-counter', version: 2 }],
    ['version 0', { ...good, version: 0 }],
    ['version 1.5', { ...good, version: 1.5 }],
    ['version as a string', { ...good, version: '2' }],
    ['an empty machine id', { ...good, machine: '' }],
    ['an extra key', { ...good, signature: 'x' }],
    ['an unknown status', withSnapshot({ status: 'paused' as never })],
    ['a numeric state value', withSnapshot({ value: 3 })],
  ])('a malformed envelope: %s', (_, envelope) => {
    thrown(() => restoreCounter(envelope), 'INVALID_SNAPSHOT');
  });

  it.each([
    ['a top-level state', 'nowhere'],
    ['a child state', { open: 'nowhere' }],
    ['a parent of a leaf', { suspended: 'counting' }],
  ])('an unknown state value: %s', (_, value) => {
    thrown(() => restoreCounter(withSnapshot({ value })), 'INVALID_SNAPSHOT');
  });

  it.each([
    ['a wrong type', { count: 'five', log: [], lastAt: at(1) }],
    ['a negative count', { count: -1, log: [], lastAt: at(1) }],
    ['a missing field', { count: 1, lastAt: at(1) }],
    ['an instant without offset', { count: 1, log: [], lastAt: '2026-05-06T09:01:00' }],
    ['no context at all', undefined],
  ])('a context failing the context schema: %s', (_, context) => {
    thrown(() => restoreCounter(withSnapshot({ context })), 'INVALID_SNAPSHOT');
  });
});

describe('machineVersion', () => {
  it('reads the machine version, 1 when none is set', () => {
    expect(machineVersion(counterMachine)).toBe(2);
    expect(machineVersion(setup({}).createMachine({ id: 'plain' }))).toBe(1);
  });

  it.each(['abc', '0', '1.5', '-2'])('refuses version %j', (version) => {
    thrown(() => machineVersion(setup({}).createMachine({ id: 'odd', version })), 'INVALID_INPUT');
  });
});
