import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import * as OpenCC from 'opencc-js';
import { FOLD_FILE, GENERATED_FILE, phrasePatterns, renderGeneratedPhrases, renderScriptFold, traditionalPairs } from '../../src/procedures/first-responder/generate-phrases';
import { toSimplified } from '../../src/procedures/first-responder/script-fold';
import { TRADITIONAL_FORMS } from '../../src/procedures/first-responder/phrases.generated';

describe('phrases.generated.ts', () => {
  it('is current: regenerating it with opencc-js gives the committed file', () => {
    expect(readFileSync(GENERATED_FILE, 'utf8')).toBe(renderGeneratedPhrases());
  });

  it('has a traditional form for every pattern that differs in traditional script, and only for patterns', () => {
    const patterns = new Set(phrasePatterns());
    for (const key of Object.keys(TRADITIONAL_FORMS)) expect(patterns.has(key)).toBe(true);
    expect(TRADITIONAL_FORMS['不归我管']).toEqual(['不歸我管']);
    expect(TRADITIONAL_FORMS['你自己看着办']).toContain('你自己看著辦');
    for (const forms of Object.values(TRADITIONAL_FORMS)) expect(forms.length).toBeGreaterThan(0);
  });
});

describe('script-fold.generated.ts (the greeting check\'s traditional → simplified table)', () => {
  it('is current: regenerating it with opencc-js gives the committed file', () => {
    expect(readFileSync(FOLD_FILE, 'utf8')).toBe(renderScriptFold());
  });

  it('folds every traditional character of the table as OpenCC does, and keeps the rest', () => {
    const pairs = traditionalPairs();
    expect(pairs.length).toBeGreaterThan(2500);
    const toCn = OpenCC.Converter({ from: 'hk', to: 'cn' });
    for (const [t, s] of pairs) expect(toSimplified(t)).toBe(s);
    expect(toSimplified('您好！華僑城服務中心。')).toBe('您好！华侨城服务中心。');
    expect(toSimplified('你好!凱鴻物業。')).toBe(toCn('你好!凱鴻物業。'));
    expect(toSimplified('您好，华侨城 ABC 123')).toBe('您好，华侨城 ABC 123');
  });
});
