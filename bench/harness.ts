import { Bench } from 'tinybench';

/**
 * One benchmark comparison: a subject against a baseline measured in the same run, so the
 * ratio (subject ops/s ÷ baseline ops/s) means something on any machine.
 *
 * @example
 * const c: Comparison = { title: 'addWorkingDays(at, 20)', subject: { name: 'index', fn: () => addWorkingDays(at, 20) }, baseline: { name: 'walk', fn: () => walk(at, 20) }, minRatio: 10 };
 */
export interface Comparison {
  readonly title: string;
  readonly subject: { readonly name: string; readonly fn: () => unknown };
  readonly baseline: { readonly name: string; readonly fn: () => unknown };
  /** The ratio the issue asks for (reported, not asserted: speed is never a unit test). */
  readonly minRatio?: number;
  /** Optional throughput: how many units (e.g. MB, lifecycles) one call of `subject` handles. */
  readonly throughput?: { readonly unit: string; readonly perCall: number };
}

/** A measured comparison. @example const r: ComparisonResult = { title: 'x', subjectHz: 2000, baselineHz: 100, ratio: 20 }; */
export interface ComparisonResult {
  readonly title: string;
  readonly subjectHz: number;
  readonly baselineHz: number;
  readonly ratio: number;
  readonly minRatio?: number;
  readonly throughput?: string;
}

/**
 * Runs both sides of a comparison in one tinybench run and returns the ratio.
 *
 * @example
 * const result = await compare(c); console.log(result.ratio);
 */
export async function compare(c: Comparison, time = 600): Promise<ComparisonResult> {
  const bench = new Bench({ time, warmupTime: 150 });
  bench.add(c.baseline.name, c.baseline.fn).add(c.subject.name, c.subject.fn);
  await bench.run();
  const hz = (name: string) => {
    const task = bench.tasks.find((t) => t.name === name);
    const r = task?.result as { throughput?: { mean: number }; hz?: number } | undefined;
    return r?.throughput?.mean ?? r?.hz ?? NaN;
  };
  const subjectHz = hz(c.subject.name);
  const baselineHz = hz(c.baseline.name);
  return {
    title: c.title,
    subjectHz,
    baselineHz,
    ratio: subjectHz / baselineHz,
    ...(c.minRatio !== undefined ? { minRatio: c.minRatio } : {}),
    ...(c.throughput ? { throughput: `${(subjectHz * c.throughput.perCall).toFixed(1)} ${c.throughput.unit}/s` } : {}),
  };
}
