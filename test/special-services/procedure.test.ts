import { build } from 'esbuild';
import { specialServicesDocs } from '../../src/procedures/special-services/docs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { CORE_PARAMETERS } from '../../src/core/core-parameters';
import { recordJsonSchemas } from '../../src/docs/json-schemas';
import { renderProcedurePage } from '../../src/docs/procedure-page';
import { specialServicesPacks, specialServicesProcedure } from '../../src/procedures/special-services/index';

describe('specialServicesProcedure (what the docs render)', () => {
  it('has no machine, the core parameters first, one STD pack citing its clauses', () => {
    expect(specialServicesProcedure.machine).toBeUndefined();
    expect(specialServicesProcedure.parameters.slice(0, CORE_PARAMETERS.length)).toEqual([...CORE_PARAMETERS]);
    expect(specialServicesProcedure.packs).toEqual([specialServicesPacks.STD]);
    expect(specialServicesPacks.STD.values['specialServices.agreementTerms']?.source).toEqual({ document: '《物业客户服务类服务标准表》', clause: '特约服务 服务提供 2' });
    expect(new Set(specialServicesProcedure.rules.map((r) => r.id)).size).toBe(specialServicesProcedure.rules.length);
  });

  it('the readings point to follow-up for the follow-up side', () => {
    expect(specialServicesDocs.readings.some((t) => t.en.includes('wuye-rules/follow-up'))).toBe(true);
  });

  it.each(['zh-CN', 'en'] as const)('the %s page lists every parameter, rule and reading', (lang) => {
    const page = renderProcedurePage(specialServicesProcedure, lang, undefined, specialServicesDocs);
    expect(page).toContain(specialServicesProcedure.title[lang]);
    for (const p of specialServicesProcedure.parameters) expect(page).toContain(p.id);
    for (const r of specialServicesProcedure.rules) expect(page).toContain(r.id);
    for (const r of specialServicesDocs.readings) expect(page).toContain(r[lang].slice(0, 20));
  });
});

describe('bundling', () => {
  it('special-services pulls in neither xstate nor luxon', async () => {
    const result = await build({ entryPoints: [fileURLToPath(new URL('../../src/procedures/special-services/index.ts', import.meta.url))], bundle: true, write: false, metafile: true, format: 'esm', platform: 'neutral', mainFields: ['module', 'main'], logLevel: 'silent' });
    const inputs = Object.keys(result.metafile.inputs);
    expect(inputs.some((p) => p.includes('src/procedures/special-services/'))).toBe(true);
    expect(inputs.some((p) => /node_modules\/zod\//.test(p))).toBe(true); // the control
    expect(inputs.filter((p) => /node_modules\/(xstate|@xstate|luxon)\//.test(p))).toEqual([]);
  });
});

describe('the command line and the docs read the procedure', () => {
  it('check runs checkSpecialServices; the schemas become JSON Schema', () => {
    const record = { id: 'S-1', serviceItem: 'clean-2h', customer: '5栋302', completedAt: '2026-05-06T11:00:00+08:00' };
    expect(specialServicesProcedure.check!(record as never, { asOf: '2026-05-07T00:00:00+08:00' }).map((v) => v.ruleId)).toEqual(['special-services.terms-not-explained', 'special-services.not-signed']);
    expect(Object.keys(recordJsonSchemas([specialServicesProcedure])).sort()).toEqual(['special-services.order', 'special-services.serviceItem']);
  });
});
