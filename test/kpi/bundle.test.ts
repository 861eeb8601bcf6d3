import { build } from 'esbuild';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

// What a host bundler pulls in from each subpath: kpi and follow-up are arithmetic, so
// neither may drag in xstate; kpi may not drag in luxon either.
async function inputsOf(entry: string): Promise<string[]> {
  const result = await build({
    entryPoints: [fileURLToPath(new URL(entry, import.meta.url))],
    bundle: true,
    write: false,
    metafile: true,
    format: 'esm',
    platform: 'neutral',
    mainFields: ['module', 'main'],
    logLevel: 'silent',
  });
  return Object.keys(result.metafile.inputs);
}

describe('bundling the arithmetic subpaths', () => {
  it('kpi pulls in neither xstate nor luxon', async () => {
    const inputs = await inputsOf('../../src/procedures/kpi/index.ts');
    expect(inputs.some((p) => p.includes('src/procedures/kpi/'))).toBe(true);
    expect(inputs.filter((p) => /node_modules\/(xstate|@xstate)\//.test(p))).toEqual([]);
    expect(inputs.filter((p) => /node_modules\/luxon\//.test(p))).toEqual([]);
    expect(inputs.filter((p) => /src\/core\/(instant|instant-schema|calendar|calendar-day|chinese-calendar|working-days|deadline)\.ts$/.test(p))).toEqual([]);
  });

  it('follow-up pulls in neither xstate nor luxon (the calendar is allowed)', async () => {
    const inputs = await inputsOf('../../src/procedures/follow-up/index.ts');
    expect(inputs.some((p) => p.includes('src/procedures/follow-up/'))).toBe(true);
    expect(inputs.filter((p) => /node_modules\/(xstate|@xstate)\//.test(p))).toEqual([]);
    expect(inputs.filter((p) => /node_modules\/luxon\//.test(p))).toEqual([]);
    // The controls: the calendar and zod really are bundled, so the metafile does list
    // the library's modules and its dependencies.
    expect(inputs.some((p) => /src\/core\/chinese-calendar-data\.ts$/.test(p))).toBe(true);
    expect(inputs.some((p) => /node_modules\/zod\//.test(p))).toBe(true);
  });
});
