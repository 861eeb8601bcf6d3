import { WuyeError } from './errors';
import { text } from './text';

let missing: WuyeError | undefined;

/**
 * Throws `INVALID_INPUT` when a machine is started without input. xstate's pure
 * `transition()` builds a throw-away actor on every call, which runs the context factory
 * without input and discards the result: one prebuilt error, thrown there, keeps that cheap
 * (no stack captured per event) while a host that forgets the input still gets the typed
 * error.
 *
 * @example
 * context: ({ input }) => { requireInput(input); … }
 */
export function requireInput<T>(input: T | undefined): asserts input is T {
  if (input === undefined) {
    missing ??= new WuyeError('INVALID_INPUT', text('启动状态机需要输入（受理记录）', 'Starting the machine needs its input (the intake record)'), { field: 'input' });
    throw missing;
  }
}
