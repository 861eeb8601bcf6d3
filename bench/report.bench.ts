// Issue 17: a month of generated records (10,000 complaints, 50,000 work orders, 20,000 return
// visits) through `wuye-rules report`, as a host runs it: time and the CLI's own peak RSS
// (test/cli/preload/max-rss.mjs), against the same command on a tenth of the records in the same
// run. Memory flat: the peak at 10× the records stays close to the peak at 1×, as the files
// are streamed and each record is let go once judged.
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { buildSync } from 'esbuild';
import { complaints, returnVisits, workOrders } from '../test/report/records';
import type { Comparison } from './harness';

const root = join(import.meta.dirname, '..');

function writeRecords(dir: string, scale: number): void {
  mkdirSync(dir, { recursive: true });
  const jsonl = (rows: readonly unknown[]) => rows.map((r) => JSON.stringify(r)).join('\n') + '\n';
  writeFileSync(join(dir, 'complaints.jsonl'), jsonl(complaints(10_000 * scale)));
  writeFileSync(join(dir, 'work-orders.jsonl'), jsonl(workOrders(50_000 * scale)));
  writeFileSync(join(dir, 'return-visits.jsonl'), jsonl(returnVisits(20_000 * scale)));
}

export default function reportBench(): Comparison[] {
  const dir = mkdtempSync(join(tmpdir(), 'wuye-report-bench-'));
  try {
    const cli = join(dir, 'cli.mjs');
    buildSync({ entryPoints: [join(root, 'src/cli/bin.ts')], outfile: cli, bundle: true, platform: 'node', format: 'esm', target: 'node20', logLevel: 'error', banner: { js: "import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);" } });
    writeFileSync(join(dir, 'package.json'), readFileSync(join(root, 'package.json')));
    const run = (scale: number) => {
      const records = join(dir, `records-${scale}`);
      writeRecords(records, scale);
      const rss = join(dir, `rss-${scale}`);
      const started = performance.now();
      const r = spawnSync(process.execPath, [cli, 'report', '--month', '2026-11', '--records', records, '--out', join(dir, `report-${scale}.html`)], { encoding: 'utf8', env: { ...process.env, MAX_RSS_FILE: rss, NODE_OPTIONS: `--import ${pathToFileURL(join(import.meta.dirname, '..', 'test', 'cli', 'preload', 'max-rss.mjs')).href}` } });
      const seconds = (performance.now() - started) / 1000;
      if (r.status !== 0) throw new Error(`report exited ${r.status}: ${r.stderr}`);
      return { seconds, rssMb: Number(readFileSync(rss, 'utf8')) / 1024 };
    };
    const small = run(0.1);
    const full = run(1);
    console.log(`report.bench.ts  wuye-rules report over a month (10,000 complaints, 50,000 work orders, 20,000 return visits)`);
    console.log(`  full: ${full.seconds.toFixed(1)} s, peak RSS ${full.rssMb.toFixed(0)} MB   a tenth: ${small.seconds.toFixed(1)} s, peak RSS ${small.rssMb.toFixed(0)} MB   time ×${(full.seconds / small.seconds).toFixed(1)}, memory ×${(full.rssMb / small.rssMb).toFixed(2)} for ×10 the records`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  return [];
}
