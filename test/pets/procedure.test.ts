import { build } from 'esbuild';
import { petsDocs } from '../../src/procedures/pets/docs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { CORE_PARAMETERS } from '../../src/core/core-parameters';
import { composePolicy } from '../../src/core/policy';
import { recordJsonSchemas } from '../../src/docs/json-schemas';
import { renderProcedurePage } from '../../src/docs/procedure-page';
import { petsPacks, petsProcedure } from '../../src/procedures/pets/index';
import { petRegime } from '../../src/procedures/pets/policy';

describe('petsProcedure (what the docs render)', () => {
  it('has no machine, two packs, and no default regime', () => {
    expect(petsProcedure.machine).toBeUndefined();
    expect(petsProcedure.parameters.slice(0, CORE_PARAMETERS.length)).toEqual([...CORE_PARAMETERS]);
    expect(petsProcedure.packs.map((p) => p.id)).toEqual(['RULES', 'STD']);
    expect(petRegime.default).toBeNull();
    // Each pack sets every pet parameter, so the last one composed decides entirely.
    const ids = petsProcedure.parameters.filter((p) => p.id.startsWith('pets.')).map((p) => p.id).sort();
    expect(Object.keys(petsPacks.RULES.values).sort()).toEqual(ids);
    expect(Object.keys(petsPacks.STD.values).sort()).toEqual(ids);
  });

  it('the readings say why there is no default', () => {
    const all = petsDocs.readings.map((t) => `${t['zh-CN']}\n${t.en}`).join('\n');
    expect(all).toContain('猫、狗');
    expect(all).toContain('INVALID_POLICY');
    expect(all).toMatch(/no default/);
  });

  it.each(['zh-CN', 'en'] as const)('the %s page lists every parameter, rule and reading', (lang) => {
    const page = renderProcedurePage(petsProcedure, lang, undefined, petsDocs);
    expect(page).toContain(petsProcedure.title[lang]);
    for (const p of petsProcedure.parameters) expect(page).toContain(p.id);
    for (const r of petsProcedure.rules) expect(page).toContain(r.id);
    for (const r of petsDocs.readings) expect(page).toContain(r[lang].slice(0, 20));
  });
});

describe('bundling', () => {
  it('pets pulls in neither xstate nor luxon', async () => {
    const result = await build({ entryPoints: [fileURLToPath(new URL('../../src/procedures/pets/index.ts', import.meta.url))], bundle: true, write: false, metafile: true, format: 'esm', platform: 'neutral', mainFields: ['module', 'main'], logLevel: 'silent' });
    const inputs = Object.keys(result.metafile.inputs);
    expect(inputs.some((p) => p.includes('src/procedures/pets/'))).toBe(true);
    expect(inputs.some((p) => /node_modules\/zod\//.test(p))).toBe(true); // the control: dependencies are listed
    expect(inputs.filter((p) => /node_modules\/(xstate|@xstate|luxon)\//.test(p))).toEqual([]);
  });
});

describe('the command line and the docs read the procedure', () => {
  it('check needs a chosen pack too; the schema becomes JSON Schema', () => {
    const record = { id: 'PET-1', unit: '5栋302', animal: 'dog' };
    expect(() => petsProcedure.check!(record as never, { asOf: '2026-05-06T00:00:00+08:00' })).toThrowError(expect.objectContaining({ code: 'INVALID_POLICY' }));
    expect(petsProcedure.check!(record as never, { asOf: '2026-05-06T00:00:00+08:00', policy: composePolicy(petsPacks.RULES) }).map((v) => v.ruleId)).toEqual(['pets.banned-animal']);
    expect(Object.keys(recordJsonSchemas([petsProcedure]))).toEqual(['pets.record']);
  });
});
