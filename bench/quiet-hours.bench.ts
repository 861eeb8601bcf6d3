// Quiet hours: isNoisyWorkAllowed against a naive luxon parse-and-compare and against
// json-rules-engine evaluating the same rule, in the same run.
import { Engine } from 'json-rules-engine';
import { DateTime, FixedOffsetZone } from 'luxon';
import type { Comparison } from './harness';
import { isNoisyWorkAllowed, noisyWorkWindows } from '../src/procedures/quiet-hours/index';

// 1,000 instants over a year in mixed offsets, read in turn.
const START = Date.UTC(2026, 0, 1);
const OFFSETS = ['+08:00', 'Z', '-05:00', '+05:30'];
const instants = Array.from({ length: 1000 }, (_, i) => {
  const ms = START + i * 31_536_000 + ((i * 7919) % 86_400) * 1000;
  const offset = OFFSETS[i % OFFSETS.length]!;
  const minutes = offset === 'Z' ? 0 : (offset[0] === '-' ? -1 : 1) * (Number(offset.slice(1, 3)) * 60 + Number(offset.slice(4, 6)));
  return DateTime.fromMillis(ms, { zone: FixedOffsetZone.instance(minutes) }).toISO({ suppressMilliseconds: true })!;
});
let i = 0;
const nextInstant = () => instants[(i = (i + 1) % instants.length)]!;

function naive(at: string): boolean {
  const dt = DateTime.fromISO(at, { setZone: true }).setZone('Asia/Shanghai');
  const minutes = dt.hour * 60 + dt.minute;
  if (dt.weekday <= 5) return !(minutes >= 480 && minutes < 1080);
  if (dt.weekday === 6) return !(minutes >= 480 && minutes < 780);
  return true;
}

const engine = new Engine([], { allowUndefinedFacts: true });
engine.addRule({
  conditions: {
    any: [
      { all: [{ fact: 'weekday', operator: 'lessThanInclusive', value: 5 }, { fact: 'minutes', operator: 'greaterThanInclusive', value: 480 }, { fact: 'minutes', operator: 'lessThan', value: 1080 }] },
      { all: [{ fact: 'weekday', operator: 'equal', value: 6 }, { fact: 'minutes', operator: 'greaterThanInclusive', value: 480 }, { fact: 'minutes', operator: 'lessThan', value: 780 }] },
    ],
  },
  event: { type: 'forbidden' },
});
engine.addFact('local', (params, almanac) => almanac.factValue<string>('at').then((at) => DateTime.fromISO(at, { setZone: true }).setZone('Asia/Shanghai')));
engine.addFact('weekday', (params, almanac) => almanac.factValue<DateTime>('local').then((dt) => dt.weekday));
engine.addFact('minutes', (params, almanac) => almanac.factValue<DateTime>('local').then((dt) => dt.hour * 60 + dt.minute));
async function withEngine(at: string): Promise<boolean> {
  const { events } = await engine.run({ at });
  return events.length === 0;
}

// The three implementations agree on every sample (checked once, before timing).
for (const at of instants.slice(0, 200)) {
  const expected = isNoisyWorkAllowed(at);
  if (naive(at) !== expected || (await withEngine(at)) !== expected) throw new Error(`implementations disagree at ${at}`);
}

export default [
  {
    title: 'isNoisyWorkAllowed(at) vs luxon parse-and-compare',
    subject: { name: 'isNoisyWorkAllowed', fn: () => isNoisyWorkAllowed(nextInstant()) },
    baseline: { name: 'naive luxon', fn: () => naive(nextInstant()) },
    minRatio: 3,
  },
  {
    title: 'isNoisyWorkAllowed(at) vs json-rules-engine (same rule)',
    subject: { name: 'isNoisyWorkAllowed', fn: () => isNoisyWorkAllowed(nextInstant()) },
    baseline: { name: 'json-rules-engine', fn: () => withEngine(nextInstant()) },
    minRatio: 100,
  },
  {
    title: 'noisyWorkWindows over 31 days vs 31 × 24 hourly luxon checks',
    subject: { name: 'noisyWorkWindows', fn: () => noisyWorkWindows('2026-05-01T00:00:00+08:00', '2026-06-01T00:00:00+08:00') },
    baseline: {
      name: 'hourly luxon scan',
      fn: () => {
        let n = 0;
        for (let h = 0; h < 31 * 24; h++) if (naive(DateTime.fromMillis(Date.UTC(2026, 3, 30, 16 + h), { zone: 'Asia/Shanghai' }).toISO()!)) n++;
        return n;
      },
    },
  },
] satisfies Comparison[];
