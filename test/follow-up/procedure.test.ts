import { describe, expect, it } from 'vitest';
import { followUpDocs } from '../../src/procedures/follow-up/docs';
import { renderProcedurePage } from '../../src/docs/procedure-page';
import { CORE_PARAMETERS } from '../../src/core/core-parameters';
import { followUpCadenceParameters, followUpCadenceRules, followUpPacks, followUpParameters, followUpProcedure, followUpRules } from '../../src/procedures/follow-up/index';

const han = /[\u4e00-\u9fff]/;

describe('followUpProcedure (what the docs generator renders)', () => {
  it('is named follow-up, has no machine, lists the core parameters first', () => {
    expect(followUpProcedure.name).toBe('follow-up');
    expect(followUpProcedure.machine).toBeUndefined();
    expect(followUpProcedure.parameters.slice(0, CORE_PARAMETERS.length)).toEqual([...CORE_PARAMETERS]);
    expect(followUpProcedure.parameters).toEqual([...CORE_PARAMETERS, ...Object.values(followUpParameters), ...Object.values(followUpCadenceParameters)]);
    expect(followUpProcedure.packs).toEqual(Object.values(followUpPacks));
    expect(followUpProcedure.rules.map((r) => r.id)).toEqual([...Object.values(followUpRules), ...Object.values(followUpCadenceRules)].map((r) => r.id));
  });

  it('every text exists in zh-CN and en', () => {
    const texts = [
      followUpProcedure.title,
      followUpDocs.summary,
      ...followUpDocs.readings,
      ...followUpProcedure.parameters.map((p) => p.title),
      ...Object.values(followUpDocs.parameters),
      ...followUpProcedure.rules.map((r) => r.title),
      ...Object.values(followUpDocs.rules),
    ];
    for (const t of texts) {
      expect(t['zh-CN']).toMatch(han);
      expect(t.en.length).toBeGreaterThan(0);
      expect(t.en).not.toMatch(/^[\u4e00-\u9fff]/);
    }
  });

  it('the docs state the tier reading conventions and rounding', () => {
    const all = [...followUpDocs.readings, ...followUpProcedure.parameters.map((p) => followUpDocs.parameters[p.id])].map((t) => `${t?.['zh-CN']} ${t?.en}`).join('\n');
    expect(all).toContain('100单');
    expect(all).toContain('201–299');
    expect(all).toMatch(/30%/);
    expect(all).toMatch(/rounded up/);
    expect(all).toContain('向上取整');
  });

  it('cites documents by title and clause, never by file name', () => {
    for (const s of [...followUpProcedure.sources, ...followUpProcedure.rules.map((r) => r.source), ...followUpProcedure.parameters.map((p) => p.source)]) {
      expect(s.document).not.toMatch(/\.txt/);
      expect(s.clause.length).toBeGreaterThan(0);
    }
  });
});

describe('generated pages', () => {
  it.each(['zh-CN', 'en'] as const)('%s page lists every parameter, rule and reading', (lang) => {
    const page = renderProcedurePage(followUpProcedure, lang, undefined, followUpDocs);
    expect(page).toContain(followUpProcedure.title[lang]);
    for (const p of followUpProcedure.parameters) expect(page).toContain(p.id);
    for (const r of followUpProcedure.rules) expect(page).toContain(r.id);
    for (const r of followUpDocs.readings) expect(page).toContain(r[lang].slice(0, 20));
  });
});
