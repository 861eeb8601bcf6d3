import { describe, expect, it } from 'vitest';
import { renderProcedurePage } from '../../src/docs/procedure-page';
import { lostPropertyProcedure } from '../../src/procedures/lost-property/index';

describe('generated docs of lost-property', () => {
  it.each(['zh-CN', 'en'] as const)('renders the %s page with every rule, parameter, pack and reading', (lang) => {
    const page = renderProcedurePage(lostPropertyProcedure, lang);
    expect(page).toContain(lostPropertyProcedure.title[lang]);
    for (const rule of lostPropertyProcedure.rules) expect(page).toContain(rule.id);
    for (const parameter of lostPropertyProcedure.parameters) expect(page).toContain(parameter.id);
    for (const pack of lostPropertyProcedure.packs) expect(page).toContain(pack.id);
    for (const reading of lostPropertyProcedure.readings) expect(page).toContain(reading[lang]);
    for (const source of lostPropertyProcedure.sources) expect(page).toContain(source.clause);
  });
});
