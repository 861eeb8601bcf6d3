// Every runtime export of every subpath, called with hostile arguments: each call returns a
// value or throws the library's typed error, and Object.prototype is never touched.
import { describe, expect, it } from 'vitest';
import { isWuyeError } from '../../src/core/errors';
import { entries } from '../../tsup.config';

const hostile = (): Array<[string, unknown[]]> => {
  const throwing = { toString: () => { throw new Error('toString'); }, valueOf: () => { throw new Error('valueOf'); } };
  return [
    ['none', []],
    ['undefined', [undefined]],
    ['null', [null]],
    ['{}', [{}]],
    ["''", ['']],
    ['NaN', [Number.NaN]],
    ['-1', [-1]],
    ['Infinity', [Infinity]],
    ['1e308', [1e308]],
    ['throwing toString', [throwing]],
    ['[]', [[]]],
    ['impossible ISO date', ['2026-02-30T10:00:00+08:00']],
    ['prototype-less object', [Object.create(null)]],
    ['__proto__ payload', [JSON.parse('{"__proto__": {"polluted": true}, "id": "x", "at": "2026-05-06T09:30:00+08:00"}')]],
    ['100k string', ['字'.repeat(100_000)]],
    ['Symbol', [Symbol('s')]],
    ['BigInt', [10n]],
  ];
};

const modules = Object.entries(entries).map(([name, file]) => [name === 'index' ? 'wuye-rules' : `wuye-rules/${name}`, file] as const);

describe.each(modules)('%s', (subpath, file) => {
  it('every runtime export returns a value or throws a WuyeError for hostile input', async () => {
    const mod = (await import(`../../${file}`)) as Record<string, unknown>;
    const escaped: string[] = [];
    let calls = 0;
    for (const [name, value] of Object.entries(mod)) {
      if (typeof value !== 'function') continue;
      const isClass = /^class\b/.test(Function.prototype.toString.call(value));
      for (const [label, args] of hostile()) {
        calls++;
        try {
          const result = isClass ? new (value as new (...a: unknown[]) => unknown)(...args) : (value as (...a: unknown[]) => unknown)(...args);
          // An async export's rejection counts like a throw.
          if (result instanceof Promise) await result.catch((e: unknown) => { if (!isWuyeError(e)) throw e; });
        } catch (error) {
          if (!isWuyeError(error)) escaped.push(`${subpath} ${name}(${label}): ${error instanceof Error ? `${error.constructor.name}: ${error.message.split('\n')[0]}` : String(error)}`);
        }
        expect(({} as Record<string, unknown>).polluted, `${name}(${label}) polluted Object.prototype`).toBeUndefined();
      }
    }
    expect(escaped).toEqual([]);
    expect(calls).toBeGreaterThanOrEqual(0);
  });
});

it('the sweep reaches every subpath of the package', () => {
  expect(modules.length).toBeGreaterThanOrEqual(20);
});
