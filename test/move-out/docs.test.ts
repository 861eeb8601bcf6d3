import { describe, expect, it } from 'vitest';
import { moveOutDocs } from '../../src/procedures/move-out/docs';
import { renderProcedurePage } from '../../src/docs/procedure-page';
import { moveOutProcedure } from '../../src/procedures/move-out/index';

describe('generated docs of move-out', () => {
  it.each(['zh-CN', 'en'] as const)('renders the %s page with every rule, parameter, pack and reading', (lang) => {
    const page = renderProcedurePage(moveOutProcedure, lang, undefined, moveOutDocs);
    expect(page).toContain(moveOutProcedure.title[lang]);
    for (const rule of moveOutProcedure.rules) expect(page).toContain(rule.id);
    for (const parameter of moveOutProcedure.parameters) expect(page).toContain(parameter.id);
    for (const pack of moveOutProcedure.packs) expect(page).toContain(pack.id);
    for (const reading of moveOutDocs.readings) expect(page).toContain(reading[lang]);
    for (const source of moveOutProcedure.sources) expect(page).toContain(source.clause);
  });
});

describe('the move-out state diagram', () => {
  it('shows every state and the guard that blocks a pass with a check skipped', () => {
    const page = renderProcedurePage(moveOutProcedure, 'en', undefined, moveOutDocs);
    for (const state of Object.keys(moveOutProcedure.machine!.root.states)) expect(page).toContain(`as ${state}`);
    expect(page).toContain('signing --> issued : PASS_SIGNED [canIssue]');
    expect(page).toContain('confirmingWithOwner --> refused : OWNER_PHONED');
  });
});
