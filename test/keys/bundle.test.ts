import { build } from 'esbuild';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

async function inputsOf(entry: string): Promise<string[]> {
  const result = await build({ entryPoints: [fileURLToPath(new URL(entry, import.meta.url))], bundle: true, write: false, metafile: true, format: 'esm', platform: 'neutral', mainFields: ['module', 'main'], logLevel: 'silent' });
  return Object.keys(result.metafile.inputs);
}

describe('wuye-rules/keys bundles on its own for the browser', () => {
  it('pulls in neither xstate nor luxon', async () => {
    const inputs = await inputsOf('../../src/procedures/keys/index.ts');
    expect(inputs.some((p) => p.includes('src/procedures/keys/'))).toBe(true);
    expect(inputs.some((p) => /node_modules\/zod\//.test(p))).toBe(true);
    expect(inputs.filter((p) => /node_modules\/(xstate|@xstate|luxon)\//.test(p))).toEqual([]);
  });
});
