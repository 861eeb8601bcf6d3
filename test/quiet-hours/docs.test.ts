import { describe, expect, it } from 'vitest';
import { renderProcedurePage } from '../../src/docs/procedure-page';
import { quietHoursProcedure } from '../../src/procedures/quiet-hours/index';

describe('generated docs of quiet-hours (zh-CN and en)', () => {
  it.each(['zh-CN', 'en'] as const)('%s: title, every parameter, rule and reading, deterministic', (lang) => {
    const page = renderProcedurePage(quietHoursProcedure, lang);
    expect(page.startsWith(`# ${quietHoursProcedure.title[lang]}`)).toBe(true);
    for (const p of quietHoursProcedure.parameters) expect(page).toContain(`\`${p.id}\``);
    for (const r of quietHoursProcedure.rules) expect(page).toContain(`\`${r.id}\``);
    for (const r of quietHoursProcedure.readings) expect(page).toContain(r[lang]);
    expect(page.includes('```mermaid')).toBe(quietHoursProcedure.machine !== undefined);
    expect(renderProcedurePage(quietHoursProcedure, lang)).toBe(page);
  });
});
