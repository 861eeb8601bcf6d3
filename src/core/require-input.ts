import { WuyeError } from './errors';
import type { LocalizedText } from './text';
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

/**
 * Throws `INVALID_INPUT` unless `value` is an object (not null, not an array): the first
 * check of every function that reads fields of its argument, so a host's `undefined` or
 * string is a typed error, never a `TypeError`.
 *
 * @example
 * requireObject(pack, text('策略包', 'policy pack')); // throws WuyeError for undefined
 */
export function requireObject<T>(value: T, what: LocalizedText, field = 'input'): asserts value is T & object {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new WuyeError('INVALID_INPUT', text(`需要${what['zh-CN']}（一个对象）`, `Expected ${what.en} (an object)`), { field, received: value === null ? 'null' : Array.isArray(value) ? 'array' : typeof value });
  }
}
