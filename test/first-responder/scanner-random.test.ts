import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { PatternContext, ScanPattern } from '../../src/procedures/first-responder/phrase-scanner';
import { compileScanner, normalizePhrase } from '../../src/procedures/first-responder/phrase-scanner';
import { symbols } from './scanner-symbols';

// The scanner on random pattern sets (not only the handbook's lists), against a naive
// reference: normalise the text into symbols with their offsets, try every pattern at every
// symbol. Exercises what the lists do not: one-symbol patterns with every context, letters
// folded from upper case and full width, separators inside patterns, long stretches with no
// candidate (the scan jumps over them), weights toward the hit limit.
const AFTER = { none: 0, any: 1, stop: 2 } as const;
function reference(patterns: readonly ScanPattern[], t: string): string[] {
  const s = symbols(t);
  const found: string[] = [];
  patterns.forEach((p, index) => {
    const v = normalizePhrase(p.text);
    if (v.length === 0) return;
    for (let i = 0; i + v.length <= s.length; i++) {
      let ok = true;
      for (let k = 0; k < v.length && ok; k++) ok = s[i + k]!.c === v[k];
      if (!ok) continue;
      if (p.context.before && i > 0 && s[i - 1]!.kind === 0) continue;
      const next = s[i + v.length];
      if (next && next.kind < AFTER[p.context.after]) continue;
      const report = Math.min(p.context.report ?? v.length, v.length);
      found.push(`${index}@${s[i]!.start}+${s[i + report - 1]!.end - s[i]!.start}`);
    }
  });
  return found.sort();
}
function scanned(patterns: readonly ScanPattern[], t: string): string[] | 'limit' {
  const raw = compileScanner(patterns).scan(t, 1_000_000);
  if (raw === 'limit') return raw;
  const out: string[] = [];
  for (let k = 0; k < raw.length; k += 3) out.push(`${raw[k]}@${raw[k + 1]}+${raw[k + 2]}`);
  return out.sort();
}

const LETTERS = ['不', '知', '道', '喂', '我', 'a', 'b', 'B', 'ａ'];
const context: fc.Arbitrary<PatternContext> = fc.record(
  { before: fc.boolean(), after: fc.constantFrom('none' as const, 'any' as const, 'stop' as const), report: fc.integer({ min: 1, max: 4 }) },
  { requiredKeys: ['before', 'after'] },
);
const pattern: fc.Arbitrary<ScanPattern> = fc.record(
  { text: fc.array(fc.constantFrom(...LETTERS, ...LETTERS, '，', '!', ' '), { minLength: 1, maxLength: 4 }).map((a) => a.join('')), context, weight: fc.integer({ min: 1, max: 4 }) },
  { requiredKeys: ['text', 'context'] },
);
const PIECES = [...LETTERS, 'A', 'Ｂ', 'x', '好', ' ', '\u3000', '，', '。', '!', '?', '、', '\n', '\uD800', '你好，', '物业服务中心您好'];
const text = fc.array(fc.constantFrom(...PIECES), { maxLength: 60 }).map((a) => a.join(''));

describe('the scanner agrees with a naive reference on random patterns', () => {
  it('every hit, with its offsets', () => {
    fc.assert(
      fc.property(fc.array(pattern, { minLength: 1, maxLength: 8 }), text, (patterns, t) => {
        expect(scanned(patterns, t)).toEqual(reference(patterns, t));
      }),
      { numRuns: 200 },
    );
  });

  it('a candidate after a long stretch without one, and at the very end', () => {
    fc.assert(
      fc.property(fc.array(pattern, { minLength: 1, maxLength: 4 }), text, fc.integer({ min: 0, max: 3000 }), (patterns, t, gap) => {
        const long = `${'物业服务'.repeat(gap)}${t}${'，'.repeat(gap % 3)}`;
        expect(scanned(patterns, long)).toEqual(reference(patterns, long));
      }),
      { numRuns: 40 },
    );
  });

  it("'limit' exactly when the hits' weights add up to more than maxHits", () => {
    fc.assert(
      fc.property(fc.array(pattern, { minLength: 1, maxLength: 6 }), text, fc.integer({ min: 0, max: 12 }), (patterns, t, maxHits) => {
        const weight = reference(patterns, t).reduce((sum, hit) => sum + (patterns[Number(hit.split('@')[0])]!.weight ?? 1), 0);
        const result = compileScanner(patterns).scan(t, maxHits);
        expect(result === 'limit').toBe(weight > maxHits);
      }),
      { numRuns: 100 },
    );
  });
});

describe('one scanner, many scans', () => {
  it('a result is the caller’s: later scans (with more hits than the buffer held) never change it', () => {
    const scanner = compileScanner([{ text: '不知道', context: { before: false, after: 'none' } }]);
    const first = scanner.scan('我不知道', 10) as Int32Array;
    const snapshot = [...first];
    const many = scanner.scan('不知道'.repeat(20_000), 100_000) as Int32Array;
    expect(many.length).toBe(3 * 20_000);
    scanner.scan('他也不知道呢', 10);
    expect([...first]).toEqual(snapshot);
    expect([...(scanner.scan('我不知道', 10) as Int32Array)]).toEqual(snapshot);
  });
});
