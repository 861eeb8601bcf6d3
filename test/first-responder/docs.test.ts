import { describe, expect, it } from 'vitest';
import { firstResponderDocs } from '../../src/procedures/first-responder/docs';
import { renderProcedurePage } from '../../src/docs/procedure-page';
import { firstResponderProcedure } from '../../src/procedures/first-responder/index';

describe('generated docs of first-responder', () => {
  it.each(['zh-CN', 'en'] as const)('renders the %s page with the rules, parameters and the library default stated', (lang) => {
    const page = renderProcedurePage(firstResponderProcedure, lang, undefined, firstResponderDocs);
    expect(page).toContain(firstResponderProcedure.title[lang]);
    for (const rule of firstResponderProcedure.rules) expect(page).toContain(rule.id);
    expect(page).toContain('firstResponder.approvalAnswerWithin');
    expect(page).toContain(lang === 'en' ? "library's choice" : '本库的选择');
    expect(page).toContain('WI/FW-006.5');
  });
});
