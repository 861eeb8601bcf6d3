import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { findForbiddenPhrases } from '../../src/procedures/first-responder/index';
import { PHRASE_LISTS } from '../../src/procedures/first-responder/phrase-lists';
import { TRADITIONAL_FORMS } from '../../src/procedures/first-responder/phrases.generated';
import { normalizePhrase } from '../../src/procedures/first-responder/phrase-scanner';
import type { Sym } from './scanner-symbols';
import { symbols } from './scanner-symbols';

// A naive reference: normalise the text into symbols with their offsets, then try every
// pattern at every position. Quadratic, obviously right; the scanner must agree with it.
const SCOPES = { anywhere: [false, 0], 'clause-final': [false, 1], 'whole-answer': [true, 2], 'whole-clause': [true, 1] } as const;
const variants = (n: string): string[] => n.split('|').reduce<string[]>((acc, part, i) => (i === 0 ? [part] : acc.flatMap((p) => [`${p}|${part}`, `${p}${part}`])), []);
// The words of a context, in both scripts.
const withForms = (words: readonly string[] | undefined) => (words ?? []).flatMap((w) => [w, ...(TRADITIONAL_FORMS[w] ?? [])]);
const PATTERNS = PHRASE_LISTS.flatMap((list) =>
  list.entries.flatMap((e) => {
    const context = { notBefore: withForms(e.context?.notBefore), notAfter: withForms(e.context?.notAfter) };
    return [
      ...e.patterns.flatMap((p) => [p, ...(TRADITIONAL_FORMS[p] ?? [])]).flatMap((f) => variants(normalizePhrase(f)).map((v) => ({ entryId: e.id, v, before: SCOPES[e.scope][0], after: SCOPES[e.scope][1], report: v.length, ...context }))),
      ...(e.leadPatterns ?? []).flatMap((p) => [p, ...(TRADITIONAL_FORMS[p] ?? [])]).flatMap((f) => variants(normalizePhrase(f)).map((v) => ({ entryId: e.id, v, before: true, after: 0, report: 1, ...context }))),
    ];
  }),
);
// The symbols [from, to) spell `word` with no punctuation among them.
const spells = (s: Sym[], from: number, word: string) => from >= 0 && from + word.length <= s.length && [...word].every((c, k) => s[from + k]!.kind === 0 && s[from + k]!.c === c);
function oracle(t: string): Map<string, number> {
  const s = symbols(t);
  const found = new Map<string, number>();
  for (let i = 0; i < s.length; i++) {
    for (const p of PATTERNS) {
      if (i + p.v.length > s.length) continue;
      let ok = true;
      for (let k = 0; k < p.v.length && ok; k++) ok = s[i + k]!.c === p.v[k];
      if (!ok) continue;
      if (p.before && i > 0 && s[i - 1]!.kind === 0) continue;
      const next = s[i + p.v.length];
      if (p.after > 0 && next && next.kind < p.after) continue;
      if (p.notBefore.some((w) => spells(s, i - w.length, w)) || p.notAfter.some((w) => spells(s, i + p.report, w))) continue;
      const key = `${p.entryId}@${s[i]!.start}`;
      const length = s[i + p.report - 1]!.end - s[i]!.start;
      found.set(key, Math.max(found.get(key) ?? 0, length));
    }
  }
  return found;
}
const scanned = (t: string) => new Map(findForbiddenPhrases(t).map((h) => [`${h.entryId}@${h.index}`, h.length]));

const PIECES = ['不', '知道', '管', '行', '如果', '的话', '您', '驶', '听', '得', '知', '有', '喂', '您好', '你好', '问', '我', '谁去', '。', '，', ',', '!', '！', '?', '、', '“', '”', ' ', '\u3000', '\n', '客气', '对', '清楚', '不歸我管', '這事', '彷彿是', '好像是', '是我管', '太', '\uD800', 'x', '一分管理费', '一分服务', '你要知道'];
const text = fc.array(fc.oneof(fc.constantFrom(...PIECES), fc.constantFrom(...PHRASE_LISTS.flatMap((l) => l.entries.map((e) => e.phrase)))), { maxLength: 40 }).map((a) => a.join(''));

describe('the one-pass scanner agrees with a naive reference', () => {
  it('on random transcripts of phrase pieces, punctuation and spacing', () => {
    fc.assert(
      fc.property(text, (t) => {
        expect(scanned(t)).toEqual(oracle(t));
      }),
      { numRuns: 1500 },
    );
  });

  it.each(['不。', '“不”', '，不！', '不，', '喂，', '喂您好', '你问我，，  ！我问谁去', '我不管', '不管了'])('on %s', (t) => {
    expect(scanned(t)).toEqual(oracle(t));
  });
});
