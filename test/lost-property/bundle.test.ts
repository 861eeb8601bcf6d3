import { build } from 'esbuild';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

async function inputsOf(entry: string): Promise<string[]> {
  const result = await build({ entryPoints: [fileURLToPath(new URL(entry, import.meta.url))], bundle: true, write: false, metafile: true, format: 'esm', platform: 'neutral', mainFields: ['module', 'main'], logLevel: 'silent' });
  return Object.keys(result.metafile.inputs);
}

describe('wuye-rules/lost-property bundles on its own for the browser', () => {
  it('pulls in neither xstate nor luxon (the hold-period deadline is the core calendar arithmetic)', async () => {
    const inputs = await inputsOf('../../src/procedures/lost-property/index.ts');
    expect(inputs.some((p) => p.includes('src/procedures/lost-property/'))).toBe(true);
    expect(inputs.filter((p) => /node_modules\/(xstate|@xstate)\//.test(p))).toEqual([]);
    expect(inputs.filter((p) => /node_modules\/luxon\//.test(p))).toEqual([]);
    // The control: the calendar and zod really are bundled, so the metafile lists dependencies.
    expect(inputs.some((p) => /src\/core\/chinese-calendar-data\.ts$/.test(p))).toBe(true);
    expect(inputs.some((p) => /node_modules\/zod\//.test(p))).toBe(true);
  });
});
