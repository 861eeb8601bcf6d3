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

/** English words left in a zh-CN text once quoted data, instants and clause codes are set aside. */
export function hasEnglish(zh: string): boolean {
  const stripped = zh
    .replace(/“[^”]*”|"[^"]*"|「[^」]*」/g, '')
    .replace(/\d{4}-\d{2}-\d{2}(T[\d:.]+(Z|[+-]\d{2}:?\d{2})?)?/g, '')
    .replace(/\b[A-Z]{2,}(\/[A-Z]{2,})?-[\dA-Z.]+/g, '');
  return /[A-Za-z]{2,}/.test(stripped);
}

const modules = Object.entries(entries).map(([name, file]) => [name === 'index' ? 'wuye-rules' : `wuye-rules/${name}`, file] as const);

describe.each(modules)('%s', (subpath, file) => {
  it('every runtime export returns a value or throws a WuyeError for hostile input', async () => {
    const mod = (await import(`../../${file}`)) as Record<string, unknown>;
    const escaped: string[] = [];
    const english: string[] = [];
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
          if (isWuyeError(error) && hasEnglish(error.text['zh-CN'])) english.push(`${subpath} ${name}(${label}): ${error.text['zh-CN'].slice(0, 160)}`);
          if (!isWuyeError(error)) escaped.push(`${subpath} ${name}(${label}): ${error instanceof Error ? `${error.constructor.name}: ${error.message.split('\n')[0]}` : String(error)}`);
        }
        expect(({} as Record<string, unknown>).polluted, `${name}(${label}) polluted Object.prototype`).toBeUndefined();
      }
    }
    expect(escaped).toEqual([]);
    // The zh-CN text is all Chinese: no English words once the host's quoted data, instants
    // and the sources' clause codes (WI/FW-006.18, QR-002) are set aside.
    expect([...new Set(english)]).toEqual([]);
    expect(calls).toBeGreaterThanOrEqual(0);
  });
});

it('the sweep reaches every subpath of the package', () => {
  expect(modules.length).toBeGreaterThanOrEqual(20);
});
