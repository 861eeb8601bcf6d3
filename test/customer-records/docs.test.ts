import { describe, expect, it } from 'vitest';
import { renderProcedurePage } from '../../src/docs/procedure-page';
import { customerRecordsProcedure } from '../../src/procedures/customer-records/index';

describe('generated docs of customer-records', () => {
  it.each(['zh-CN', 'en'] as const)('renders the %s page with every rule, parameter, pack and reading', (lang) => {
    const page = renderProcedurePage(customerRecordsProcedure, lang);
    expect(page).toContain(customerRecordsProcedure.title[lang]);
    for (const rule of customerRecordsProcedure.rules) expect(page).toContain(rule.id);
    for (const parameter of customerRecordsProcedure.parameters) expect(page).toContain(parameter.id);
    for (const pack of customerRecordsProcedure.packs) expect(page).toContain(pack.id);
    for (const reading of customerRecordsProcedure.readings) expect(page).toContain(reading[lang]);
    for (const source of customerRecordsProcedure.sources) expect(page).toContain(source.clause);
  });
});
