import type { AnyStateMachine, InputFrom } from 'xstate';
import { initialTransition } from 'xstate';
import { isWuyeError } from './errors';

/**
 * Starts a procedure machine from its input, purely. xstate's `initialTransition` keeps an
 * error thrown while building the context in the snapshot (`status: 'error'`); this throws
 * it instead, so bad input is the library's typed error at the call site.
 *
 * @example
 * const [snapshot] = startMachine(complaintMachine, intakeRecord); // throws WuyeError on bad input
 */
export function startMachine<M extends AnyStateMachine>(machine: M, input: InputFrom<M>): ReturnType<typeof initialTransition<M>> {
  const result = (initialTransition as (m: M, i: InputFrom<M>) => ReturnType<typeof initialTransition<M>>)(machine, input);
  const snapshot = result[0] as unknown as { status?: string; error?: unknown };
  if (snapshot.status === 'error') {
    if (isWuyeError(snapshot.error)) throw snapshot.error;
    throw snapshot.error instanceof Error ? snapshot.error : new Error(String(snapshot.error));
  }
  return result;
}
