// `npm run bench`: runs every bench/*.bench.ts (each default-exports Comparison[] or a
// function returning them) and prints ops/s, the ratio against the baseline of the same run,
// and the ratio the issue asks for. Reported, never asserted.
import { readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { Comparison, ComparisonResult } from './harness';
import { compare } from './harness';

const here = dirname(fileURLToPath(import.meta.url));
const only = process.argv[2];
const files = readdirSync(here).filter((f) => f.endsWith('.bench.ts') && (!only || f.includes(only))).sort();
const results: ComparisonResult[] = [];
for (const file of files) {
  // A bench with no default export is a script (service.bench.ts: servers and a load client)
  // that prints its own table when imported.
  const mod = (await import(pathToFileURL(join(here, file)).href)) as { default?: Comparison[] | (() => Comparison[] | Promise<Comparison[]>) };
  if (mod.default === undefined) continue;
  const comparisons = typeof mod.default === 'function' ? await mod.default() : mod.default;
  for (const c of comparisons) {
    const r = await compare(c);
    results.push(r);
    const verdict = r.minRatio === undefined ? '' : r.ratio >= r.minRatio ? `  ✔ ≥ ${r.minRatio}×` : `  ✘ below ${r.minRatio}×`;
    console.log(`${file}  ${r.title}\n  ${c.subject.name}: ${r.subjectHz.toFixed(0)} ops/s   ${c.baseline.name}: ${r.baselineHz.toFixed(0)} ops/s   ratio ${r.ratio.toFixed(2)}×${verdict}${r.throughput ? `   (${r.throughput})` : ''}`);
  }
}
const below = results.filter((r) => r.minRatio !== undefined && r.ratio < r.minRatio);
console.log(`\n${results.length} comparisons, ${below.length} below the ratio asked for.`);
