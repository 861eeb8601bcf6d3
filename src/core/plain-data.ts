// Plain data — what JSON can hold: strings, numbers, booleans, null, undefined, arrays
// without holes, objects whose prototype is Object.prototype — recorded, compared and copied
// without JSON.stringify or structuredClone. The machines' per-event caches key on what an
// event object holds (a host that changes an event object and sends it again is judged
// afresh), and a new case's record is copied through here. Anything else (a Date, a Map, a
// function, a symbol, a class instance, a cycle or nesting deeper than MAX_DEPTH) is not plain: the
// caller falls back (no caching, or structuredClone).

const MAX_DEPTH = 32;
const OBJECT = Symbol('object');
const ARRAY = Symbol('array');

/** @internal What {@link plainContent} returns for a value that is not plain data. */
export const NOT_PLAIN: unique symbol = Symbol('not plain');

const isPlainObject = (value: object) => Object.getPrototypeOf(value) === Object.prototype;
const isPlainArray = (value: object): value is unknown[] => Array.isArray(value) && Object.getPrototypeOf(value) === Array.prototype;

/**
 * @internal What a plain value holds, written flat (keys in their order, values, array
 * lengths), for {@link samePlainContent}; `NOT_PLAIN` when the value is not plain data.
 */
export function plainContent(value: unknown): readonly unknown[] | typeof NOT_PLAIN {
  const tape: unknown[] = [];
  return record(value, tape, 0) ? tape : NOT_PLAIN;
}

function record(value: unknown, tape: unknown[], depth: number): boolean {
  if (typeof value !== 'object' || value === null) {
    if (typeof value === 'function' || typeof value === 'symbol') return false;
    tape.push(value);
    return true;
  }
  if (depth >= MAX_DEPTH) return false;
  if (isPlainArray(value)) {
    tape.push(ARRAY, value.length);
    for (let i = 0; i < value.length; i++) if (!(i in value) || !record(value[i], tape, depth + 1)) return false;
    return true;
  }
  if (!isPlainObject(value)) return false;
  tape.push(OBJECT);
  const count = tape.length;
  tape.push(0);
  let n = 0;
  for (const key in value) {
    if (!Object.hasOwn(value, key)) return false;
    tape.push(key);
    if (!record((value as Record<string, unknown>)[key], tape, depth + 1)) return false;
    n++;
  }
  tape[count] = n;
  return true;
}

/**
 * @internal Whether `value` holds exactly what `content` (from {@link plainContent}) recorded:
 * the same keys in the same order, the same primitives (`Object.is`), the same array
 * lengths. Allocates nothing.
 */
export function samePlainContent(value: unknown, content: readonly unknown[]): boolean {
  return compare(value, content, 0, 0) === content.length;
}

// The tape position after `value` when it matches the tape from `at`, else -1.
function compare(value: unknown, tape: readonly unknown[], at: number, depth: number): number {
  const token = tape[at];
  if (typeof value !== 'object' || value === null) return typeof value !== 'function' && Object.is(value, token) ? at + 1 : -1;
  if (depth >= MAX_DEPTH) return -1;
  if (token === ARRAY) {
    if (!isPlainArray(value) || value.length !== tape[at + 1]) return -1;
    let p = at + 2;
    for (let i = 0; i < value.length && p >= 0; i++) p = i in value ? compare(value[i], tape, p, depth + 1) : -1;
    return p;
  }
  if (token !== OBJECT || Array.isArray(value) || !isPlainObject(value)) return -1;
  const count = tape[at + 1] as number;
  let p = at + 2;
  let n = 0;
  for (const key in value) {
    if (n === count || tape[p] !== key || !Object.hasOwn(value, key)) return -1;
    p = compare((value as Record<string, unknown>)[key], tape, p + 1, depth + 1);
    if (p < 0) return -1;
    n++;
  }
  return n === count ? p : -1;
}

/**
 * @internal A deep copy of plain data (new objects and arrays, the same primitives), or
 * `NOT_PLAIN` when the value holds anything else. Several times cheaper than structuredClone
 * for the records hosts send; references shared inside the value are copied separately.
 */
export function plainCopy<T>(value: T): T | typeof NOT_PLAIN {
  return copy(value, 0) as T | typeof NOT_PLAIN;
}

function copy(value: unknown, depth: number): unknown {
  if (typeof value !== 'object' || value === null) return typeof value === 'function' || typeof value === 'symbol' ? NOT_PLAIN : value;
  if (depth >= MAX_DEPTH) return NOT_PLAIN;
  if (isPlainArray(value)) {
    const out: unknown[] = new Array(value.length);
    for (let i = 0; i < value.length; i++) {
      if (!(i in value)) return NOT_PLAIN;
      const item = copy(value[i], depth + 1);
      if (item === NOT_PLAIN) return NOT_PLAIN;
      out[i] = item;
    }
    return out;
  }
  if (!isPlainObject(value)) return NOT_PLAIN;
  const out: Record<string, unknown> = {};
  for (const key in value) {
    if (!Object.hasOwn(value, key)) return NOT_PLAIN;
    const item = copy((value as Record<string, unknown>)[key], depth + 1);
    if (item === NOT_PLAIN) return NOT_PLAIN;
    // An own "__proto__" (JSON.parse makes one) stays a field: an assignment would set the prototype.
    if (key === '__proto__') Object.defineProperty(out, key, { value: item, writable: true, enumerable: true, configurable: true });
    else out[key] = item;
  }
  return out;
}
