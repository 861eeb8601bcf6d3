import { describe, expect, it } from 'vitest';
import { renderProcedurePage } from '../../src/docs/procedure-page';
import { renovationProcedure } from '../../src/procedures/renovation/index';

describe('generated docs of renovation (zh-CN and en)', () => {
  it.each(['zh-CN', 'en'] as const)('%s: title, every parameter, rule and reading, deterministic', (lang) => {
    const page = renderProcedurePage(renovationProcedure, lang);
    expect(page.startsWith(`# ${renovationProcedure.title[lang]}`)).toBe(true);
    for (const p of renovationProcedure.parameters) expect(page).toContain(`\`${p.id}\``);
    for (const r of renovationProcedure.rules) expect(page).toContain(`\`${r.id}\``);
    for (const r of renovationProcedure.readings) expect(page).toContain(r[lang]);
    expect(page.includes('```mermaid')).toBe(renovationProcedure.machine !== undefined);
    expect(renderProcedurePage(renovationProcedure, lang)).toBe(page);
  });
});
