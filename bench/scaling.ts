// The scaling table: each operation at 1×, 10×, 100× and 1000× its input, timed in one run,
// with the exponent fitted by least squares on log(time) against log(size) (1 = linear,
// 2 = quadratic) and the local exponent between the last two sizes, where fixed costs no
// longer hide the growth. Reported, never asserted.
import { performance } from 'node:perf_hooks';

/**
 * One operation of the scaling table: what grows, the input at 1×, and how to build the
 * call at a multiple of it (built before timing).
 *
 * @example
 * const row: ScalingRow = { operation: 'checkComplaint', grows: 'progress notices', base: 20, prepare: (n) => { const r = record(n); return () => checkComplaint(r, { asOf }); } };
 */
export interface ScalingRow {
  readonly operation: string;
  readonly grows: string;
  readonly base: number;
  readonly prepare: (size: number) => () => unknown;
}

/** The multiples of the base input every row is timed at. @example SCALES[3] // 1000 */
export const SCALES = [1, 10, 100, 1000] as const;

// The median time of one call: warm-up calls for a third of the budget (at least one), then
// calls until `budgetMs` has passed (at least three, at most 200).
function timeCall(fn: () => unknown, budgetMs: number): number {
  const warm = performance.now();
  do fn();
  while (performance.now() - warm < budgetMs / 3);
  const times: number[] = [];
  const start = performance.now();
  while (times.length < 3 || (performance.now() - start < budgetMs && times.length < 200)) {
    const t = performance.now();
    fn();
    times.push(performance.now() - t);
  }
  times.sort((a, b) => a - b);
  return times[times.length >> 1]!;
}

/** Least-squares slope of log(y) on log(x). @example fittedExponent([1, 10], [2, 20]) // 1 */
export function fittedExponent(xs: readonly number[], ys: readonly number[]): number {
  const lx = xs.map(Math.log);
  const ly = ys.map(Math.log);
  const mx = lx.reduce((a, b) => a + b, 0) / lx.length;
  const my = ly.reduce((a, b) => a + b, 0) / ly.length;
  let num = 0;
  let den = 0;
  for (let i = 0; i < lx.length; i++) {
    num += (lx[i]! - mx) * (ly[i]! - my);
    den += (lx[i]! - mx) ** 2;
  }
  return num / den;
}

const format = (ms: number | undefined) => (ms === undefined ? '—' : ms >= 1000 ? `${(ms / 1000).toFixed(2)} s` : ms >= 1 ? `${ms.toFixed(2)} ms` : `${(ms * 1000).toFixed(1)} µs`);

/**
 * Times every row at every scale and prints the table. A size whose single call takes
 * longer than `capMs` ends its row (the larger sizes are shown as —).
 *
 * @example
 * printScalingTable(rows);
 */
export function printScalingTable(rows: readonly ScalingRow[], { budgetMs = 250, capMs = 8000 } = {}): void {
  const lines: string[][] = [['operation', 'grows with', ...SCALES.map((s) => `${s}×`), 'exponent', 'last step']];
  for (const row of rows) {
    const times: (number | undefined)[] = [];
    for (const scale of SCALES) {
      if (times.some((t) => t === undefined || t > capMs)) {
        times.push(undefined);
        continue;
      }
      times.push(timeCall(row.prepare(row.base * scale), budgetMs));
    }
    const measured = SCALES.map((s, i) => [row.base * s, times[i]] as const).filter((p): p is readonly [number, number] => p[1] !== undefined);
    const exponent = measured.length >= 2 ? fittedExponent(measured.map((p) => p[0]), measured.map((p) => p[1])) : NaN;
    const last = measured.length >= 2 ? fittedExponent(measured.slice(-2).map((p) => p[0]), measured.slice(-2).map((p) => p[1])) : NaN;
    lines.push([row.operation, `${row.grows} (1× = ${row.base})`, ...times.map(format), exponent.toFixed(2), last.toFixed(2)]);
  }
  const widths = lines[0]!.map((_, c) => Math.max(...lines.map((l) => [...l[c]!].length)));
  console.log('\nScaling (median time of one call; exponent fitted on log-log, last step = 100× → 1000×)');
  for (const l of lines) console.log(`  ${l.map((cell, c) => cell.padEnd(widths[c]!)).join('  ')}`);
  console.log('');
}
