// A case machine started without input answers with xstate's error snapshot without throwing
// (xstate's transition() starts such a throw-away actor on every step): what a host sees is
// exactly what xstate makes of the context factory's INVALID_INPUT.
import { createActor, initialTransition } from 'xstate';
import { describe, expect, it } from 'vitest';
import type { CaseProcedure } from '../../src/core/case-procedure';
import { isWuyeError } from '../../src/core/errors';
import type { ProcedureDefinition } from '../../src/core/procedure';
import { allProcedures } from '../../src/docs/procedures';

// eslint-disable-next-line @typescript-eslint/no-explicit-any
const withCase = allProcedures.filter((p): p is ProcedureDefinition & { case: CaseProcedure<any, any> } => p.case !== undefined);

describe.each(withCase.map((p) => [p.name, p] as const))('%s started without input', (_name, p) => {
  const machine = p.case.machine;
  // The same machine as xstate builds it, without the shortcut: the factory throws and xstate catches.
  const plain = machine.provide({});

  it('initialTransition gives the snapshot xstate gives: status error, the typed INVALID_INPUT, an empty context', () => {
    const [ours] = initialTransition(machine);
    const [theirs] = initialTransition(plain);
    expect(ours.status).toBe('error');
    expect(isWuyeError(ours.error) && ours.error.code).toBe('INVALID_INPUT');
    expect(ours.error).toBe(theirs.error);
    const shape = (s: typeof ours) => ({ status: s.status, output: s.output, value: s.value, context: s.context, children: s.children, historyValue: s.historyValue, tags: [...s.tags] });
    expect(shape(ours)).toStrictEqual(shape(theirs));
    // Each start gets objects of its own.
    const [again] = initialTransition(machine);
    expect(again).not.toBe(ours);
    expect(again.context).not.toBe(ours.context);
  });

  it('an actor started without input reports the typed error; with input it starts as before', () => {
    const errors: unknown[] = [];
    const actor = createActor(machine);
    actor.subscribe({ error: (e) => errors.push(e) });
    actor.start();
    expect(actor.getSnapshot().status).toBe('error');
    expect(errors).toHaveLength(1);
    expect(isWuyeError(errors[0]) && errors[0].code).toBe('INVALID_INPUT');
    const started = createActor(machine, { input: p.pathModel!.input }).start();
    expect(started.getSnapshot().status).toBe('active');
    expect(started.getSnapshot().value).toBe(p.case.start(p.pathModel!.input)[0].value);
    started.stop();
  });
});
