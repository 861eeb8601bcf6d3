// evaluateKpis per call against json-rules-engine with the same six targets. The engine is
// built once; each call runs it on one set of facts and collects met / missed, as
// evaluateKpis does. json-rules-engine is async, so its fn returns the promise and tinybench
// awaits it.
import { Engine } from 'json-rules-engine';
import type { Comparison } from './harness';
import { evaluateKpis } from '../src/procedures/kpi/index';
import { KPI_IDS } from '../src/procedures/kpi/schema';
import { KPIS } from '../src/procedures/kpi/targets';
import { paramValue } from '../src/core/policy';

const observed = { courtesyRate: 1, responseRate: 0.99, complaintFollowUpRate: 1, satisfactionRate: 0.87, feeCollectionRate: 0.97, receiptHandlingRate: 1 };

const engine = new Engine([], { allowUndefinedFacts: true });
for (const id of KPI_IDS) {
  engine.addRule({
    name: id,
    conditions: { all: [{ fact: id, operator: 'greaterThanInclusive', value: paramValue(undefined, KPIS[id].parameter) }] },
    event: { type: 'met', params: { id } },
  });
}

async function withEngine(): Promise<{ id: string; met: boolean }[]> {
  const { results, failureResults } = await engine.run(observed);
  return [...results.map((r) => ({ id: r.name as string, met: true })), ...failureResults.map((r) => ({ id: r.name as string, met: false }))];
}

const comparisons: Comparison[] = [
  {
    title: 'evaluateKpis (6 targets, validated) per call vs json-rules-engine (same targets)',
    subject: { name: 'evaluateKpis', fn: () => evaluateKpis(observed) },
    baseline: { name: 'json-rules-engine', fn: () => withEngine() },
  },
];

export default comparisons;
