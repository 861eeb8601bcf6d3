import { describe, expect, it } from 'vitest';
import { renderProcedurePage } from '../../src/docs/procedure-page';
import { keysProcedure } from '../../src/procedures/keys/index';

describe('generated docs of keys', () => {
  it.each(['zh-CN', 'en'] as const)('renders the %s page with every rule, parameter, pack and reading', (lang) => {
    const page = renderProcedurePage(keysProcedure, lang);
    expect(page).toContain(keysProcedure.title[lang]);
    for (const rule of keysProcedure.rules) expect(page).toContain(rule.id);
    for (const parameter of keysProcedure.parameters) expect(page).toContain(parameter.id);
    for (const pack of keysProcedure.packs) expect(page).toContain(pack.id);
    for (const reading of keysProcedure.readings) expect(page).toContain(reading[lang]);
    for (const source of keysProcedure.sources) expect(page).toContain(source.clause);
  });
});
