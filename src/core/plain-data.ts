// What an event object holds, written flat — its keys in order, its primitives, a mark for
// each object and array — without JSON.stringify: the machines' per-event caches key on it,
// so a host that changes an event object and sends it again is judged afresh. Only plain
// data is written (what JSON can hold: primitives, arrays without holes, objects whose
// prototype is Object.prototype); anything else (a Date, a Map, a function, a symbol, a class
// instance, a cycle or nesting deeper than 32) is NOT_PLAIN, and the caller does not cache.

const OBJECT = Symbol('object');
const ARRAY = Symbol('array');

/** @internal What {@link plainContent} returns for a value that is not plain data. */
export const NOT_PLAIN: unique symbol = Symbol('not plain');

/** @internal What a plain value holds, written flat, for {@link samePlainContent}; `NOT_PLAIN` when it is not plain data. */
export function plainContent(value: unknown): readonly unknown[] | typeof NOT_PLAIN {
  const tape: unknown[] = [];
  return write(value, tape, 0) ? tape : NOT_PLAIN;
}

function write(value: unknown, tape: unknown[], depth: number): boolean {
  if (typeof value !== 'object' || value === null) {
    tape.push(value);
    return typeof value !== 'function' && typeof value !== 'symbol';
  }
  const proto = Object.getPrototypeOf(value);
  const array = Array.isArray(value);
  if (depth > 32 || proto !== (array ? Array.prototype : Object.prototype)) return false;
  const keys = Object.keys(value);
  // An array with holes (or extra fields) is not plain: its keys are not exactly 0…length-1.
  if (array && keys.length !== (value as unknown[]).length) return false;
  tape.push(array ? ARRAY : OBJECT, keys.length);
  for (const key of keys) {
    tape.push(key);
    if (!write((value as Record<string, unknown>)[key], tape, depth + 1)) return false;
  }
  return true;
}

/** @internal Whether `value` holds exactly what `content` (from {@link plainContent}) recorded: the same keys in the same order, the same primitives (`Object.is`). */
export function samePlainContent(value: unknown, content: readonly unknown[]): boolean {
  // Written out on one reused tape (events are compared several times a step), emptied after;
  // a comparison started while one is under way (a host getter calling back in) gets its own.
  const now = scratchBusy ? [] : scratch;
  const outer = !scratchBusy;
  scratchBusy = true;
  try {
    now.length = 0;
    return write(value, now, 0) && now.length === content.length && now.every((x, i) => Object.is(x, content[i]));
  } finally {
    now.length = 0;
    if (outer) scratchBusy = false;
  }
}

const scratch: unknown[] = [];
let scratchBusy = false;
