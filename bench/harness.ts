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
 * Runs both sides of a comparison in one run and returns the ratio. The time is split into
 * three rounds that alternate which side goes first; the ratio is the median of the rounds'
 * ratios, so a burst of load on a shared machine moves one round, not the result.
 *
 * @example
 * const result = await compare(c); console.log(result.ratio);
 */
export async function compare(c: Comparison, time = 600, rounds = 3): Promise<ComparisonResult> {
  const subject: number[] = [];
  const baseline: number[] = [];
  const ratios: number[] = [];
  for (let round = 0; round < rounds; round++) {
    const bench = new Bench({ time: time / rounds, iterations: 20, warmupTime: round === 0 ? 150 : 50 });
    if (round % 2 === 0) bench.add(c.baseline.name, c.baseline.fn).add(c.subject.name, c.subject.fn);
    else bench.add(c.subject.name, c.subject.fn).add(c.baseline.name, c.baseline.fn);
    await bench.run();
    const hz = (name: string) => {
      const task = bench.tasks.find((t) => t.name === name);
      const r = task?.result as { throughput?: { mean: number }; hz?: number } | undefined;
      return r?.throughput?.mean ?? r?.hz ?? NaN;
    };
    subject.push(hz(c.subject.name));
    baseline.push(hz(c.baseline.name));
    ratios.push(subject.at(-1)! / baseline.at(-1)!);
  }
  const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[xs.length >> 1]!;
  const subjectHz = median(subject);
  const baselineHz = median(baseline);
  return {
    title: c.title,
    subjectHz,
    baselineHz,
    ratio: median(ratios),
    ...(c.minRatio !== undefined ? { minRatio: c.minRatio } : {}),
    ...(c.throughput ? { throughput: `${(subjectHz * c.throughput.perCall).toFixed(1)} ${c.throughput.unit}/s` } : {}),
  };
}
