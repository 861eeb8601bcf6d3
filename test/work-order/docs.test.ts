import { describe, expect, it } from 'vitest';
import { renderProcedurePage } from '../../src/docs/procedure-page';
import { workOrderProcedure } from '../../src/procedures/work-order/index';

describe('generated docs of work-order (zh-CN and en)', () => {
  it.each(['zh-CN', 'en'] as const)('%s: title, every parameter, rule and reading, deterministic', (lang) => {
    const page = renderProcedurePage(workOrderProcedure, lang);
    expect(page.startsWith(`# ${workOrderProcedure.title[lang]}`)).toBe(true);
    for (const p of workOrderProcedure.parameters) expect(page).toContain(`\`${p.id}\``);
    for (const r of workOrderProcedure.rules) expect(page).toContain(`\`${r.id}\``);
    for (const r of workOrderProcedure.readings) expect(page).toContain(r[lang]);
    expect(page.includes('```mermaid')).toBe(workOrderProcedure.machine !== undefined);
    expect(renderProcedurePage(workOrderProcedure, lang)).toBe(page);
  });
});
