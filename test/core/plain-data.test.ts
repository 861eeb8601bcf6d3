// Plain data recorded and compared by hand (the machines' event caches): the same answers as
// JSON content for plain data, and "not plain" for anything else.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { NOT_PLAIN, plainContent, samePlainContent } from '../../src/core/plain-data';

const plain = fc.jsonValue();
const content = (value: unknown) => {
  const c = plainContent(value);
  if (c === NOT_PLAIN) throw new Error('not plain');
  return c;
};

describe('plainContent / samePlainContent', () => {
  it('an array and an object with the same entries, or arrays with and without a hole, differ', () => {
    expect(samePlainContent({ 0: 'a', 1: 'b' }, content(['a', 'b']))).toBe(false);
    // eslint-disable-next-line no-sparse-arrays
    expect(plainContent([1, , 3])).toBe(NOT_PLAIN);
    expect(samePlainContent([1, undefined, 3], content([1, undefined, 3]))).toBe(true);
  });
  it('a value holds its own content; another holds it exactly when JSON writes them the same (keys in order)', () => {
    fc.assert(
      fc.property(plain, plain, (a, b) => {
        expect(samePlainContent(a, content(a))).toBe(true);
        expect(samePlainContent(structuredClone(a), content(a))).toBe(true);
        // JSON writes -0 as 0; the comparison tells them apart (Object.is), as the replacer does.
        const json = (v: unknown) => JSON.stringify(v, (_k, x: unknown) => (Object.is(x, -0) ? '\u0000-0' : x));
        expect(samePlainContent(b, content(a))).toBe(json(a) === json(b));
      }),
    );
  });
  it('sees a change anywhere: a field, a nested array item, the order of keys, an added or removed key, undefined against missing', () => {
    const event = { type: 'NOTIFY_IMPOSSIBLE', at: '2026-05-06T10:00:00+08:00', falseDetails: ['phone', 'unit'] };
    const recorded = content(event);
    const changed: unknown[] = [
      { ...event, at: '2026-05-06T10:00:01+08:00' },
      { ...event, falseDetails: ['phone', 'name'] },
      { ...event, falseDetails: ['phone'] },
      { at: event.at, type: event.type, falseDetails: event.falseDetails },
      { ...event, extra: 1 },
      { type: event.type, at: event.at },
      { ...event, extra: undefined },
      { ...event, falseDetails: { 0: 'phone', 1: 'unit', length: 2 } },
    ];
    for (const other of changed) expect(samePlainContent(other, recorded)).toBe(false);
    event.falseDetails[1] = 'name';
    expect(samePlainContent(event, recorded)).toBe(false);
  });
  it('is NOT_PLAIN for a function, a symbol, a Date, a Map, a class instance, an array with holes or a cycle', () => {
    const cycle: Record<string, unknown> = { a: 1 };
    cycle.self = cycle;
    // eslint-disable-next-line no-sparse-arrays
    for (const value of [() => 1, Symbol('s'), new Date(0), new Map(), new (class X {})(), [1, , 3], cycle, { nested: { at: new Date(0) } }]) {
      expect(plainContent({ value })).toBe(NOT_PLAIN);
    }
  });
  it('a comparison started from inside another (a host getter calling back in) does not disturb the outer one', () => {
    const inner = { b: 2 };
    const innerContent = plainContent(inner);
    let innerSame: boolean | undefined;
    const outer = {
      a: 1,
      get c() {
        innerSame = samePlainContent(inner, innerContent as readonly unknown[]);
        return 3;
      },
    };
    const outerContent = plainContent({ a: 1, c: 3 });
    expect(samePlainContent(outer, outerContent as readonly unknown[])).toBe(true);
    expect(innerSame).toBe(true);
    expect(samePlainContent({ a: 1, c: 4 }, outerContent as readonly unknown[])).toBe(false);
  });
});
