// Plain data recorded, compared and copied by hand (the machines' event caches and the intake
// copy): the same answers as JSON content and structuredClone for plain data, and "not plain"
// for anything else.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { NOT_PLAIN, plainContent, plainCopy, samePlainContent } from '../../src/core/plain-data';

const plain = fc.jsonValue();
const content = (value: unknown) => {
  const c = plainContent(value);
  if (c === NOT_PLAIN) throw new Error('not plain');
  return c;
};

describe('plainContent / samePlainContent', () => {
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
      expect(plainCopy({ value })).toBe(NOT_PLAIN);
    }
  });
});

describe('plainCopy', () => {
  it('equals structuredClone for plain data and shares no object with the original', () => {
    fc.assert(
      fc.property(plain, (value) => {
        const copy = plainCopy(value);
        expect(copy).toStrictEqual(structuredClone(value));
        if (typeof value === 'object' && value !== null) expect(copy).not.toBe(value);
      }),
    );
    const nested = { a: { b: [{ c: 1 }] } };
    const copy = plainCopy(nested) as typeof nested;
    expect(copy.a).not.toBe(nested.a);
    expect(copy.a.b[0]).not.toBe(nested.a.b[0]);
  });
  it('keeps an own "__proto__" field a field (never the prototype)', () => {
    const value = JSON.parse('{"__proto__": {"polluted": true}, "id": "X"}') as Record<string, unknown>;
    const copy = plainCopy(value) as Record<string, unknown>;
    expect(Object.getPrototypeOf(copy)).toBe(Object.prototype);
    expect(Object.keys(copy)).toEqual(['__proto__', 'id']);
    expect((copy as { polluted?: unknown }).polluted).toBeUndefined();
  });
});
