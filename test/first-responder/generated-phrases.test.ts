import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { GENERATED_FILE, phrasePatterns, renderGeneratedPhrases } from '../../src/procedures/first-responder/generate-phrases';
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
