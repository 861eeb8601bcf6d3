// redactForPublication scales linearly (issue 14: ≤ 20× from 5k to 40k characters): each
// comparison runs the 40k-character call against twenty 5k-character calls of the same kind of
// text in the same run, so a ratio ≥ 1 means the 40k call costs at most 20× the 5k one.
import type { Comparison } from './harness';
import { redactForPublication } from '../src/procedures/complaint/redact';

const SUMMARY = '3栋2单元1201室王先生反映：楼上12F-1203装修噪声，李经理已到场，2026-05-06 09:30 受理，费用120元。';
const texts: ReadonlyArray<readonly [name: string, of: (length: number) => string]> = [
  ['complaint summaries', (n) => SUMMARY.repeat(Math.ceil(n / SUMMARY.length)).slice(0, n)],
  // The inputs that were quadratic (40k characters took 36 s and 51 s before the fix): a run of
  // digits before 单, a run of Chinese numerals; and runs of letters and of building numbers.
  ['a run of digits, then 单', (n) => `${'1'.repeat(n - 1)}单`],
  ['a run of Chinese numerals', (n) => '三'.repeat(n)],
  ['a run of letters', (n) => 'A'.repeat(n)],
  ['a run of building numbers (1栋1栋…)', (n) => '1栋'.repeat(n / 2)],
];

const comparisons: Comparison[] = texts.map(([name, of]) => {
  const small = of(5_000);
  const large = of(40_000);
  const names = { names: ['王建国'] };
  return {
    title: `redactForPublication on 40k characters of ${name} vs 20 × the 5k call (ratio ≥ 1 ⇔ ≤ 20× the 5k call)`,
    subject: { name: '40k', fn: () => redactForPublication(large, names) },
    baseline: {
      name: '20 × 5k',
      fn: () => {
        for (let i = 0; i < 20; i++) redactForPublication(small, names);
      },
    },
    minRatio: 1,
  };
});

export default comparisons;
