import type { CheckOptions } from '../../core/check-options';
import type { Parameter } from '../../core/parameter';
import type { Policy, PolicyOrigin } from '../../core/policy';
import { paramOrigin, paramValue } from '../../core/policy';
import type { Violation } from '../../core/rule';
import { applicable, violation } from '../../core/rule';
import type { Source } from '../../core/source';
import type { LocalizedText } from '../../core/text';
import { text } from '../../core/text';
import { parseInput } from '../../core/validate';
import { complaintFollowUpRateTarget, courtesyRateTarget, feeCollectionRateTarget, receiptHandlingRateTarget, responseRateTarget, satisfactionRateTarget } from './policy';
import { asOfMillis } from './local-day';
import { kpiTargetRule } from './rules';
import type { KpiId, ObservedKpis } from './schema';
import { KPI_FIELD_LABELS, KPI_IDS, observedKpisSchema } from './schema';

/**
 * @internal The six KPIs of 《客服制度》 碧桂园客服部质量目标分解: id, name and target parameter, in the
 * document's order.
 *
 * @example
 * KPIS.satisfactionRate.title['zh-CN'] // '业户满意率'
 */
export const KPIS: Readonly<Record<KpiId, { readonly id: KpiId; readonly title: LocalizedText; readonly parameter: Parameter<number> }>> = Object.freeze({
  courtesyRate: { id: 'courtesyRate', title: text('礼貌待客率', 'Courtesy rate'), parameter: courtesyRateTarget },
  responseRate: { id: 'responseRate', title: text('事务响应率', 'Response rate'), parameter: responseRateTarget },
  complaintFollowUpRate: { id: 'complaintFollowUpRate', title: text('投诉回访率', 'Complaint follow-up rate'), parameter: complaintFollowUpRateTarget },
  satisfactionRate: { id: 'satisfactionRate', title: text('业户满意率', 'Owner satisfaction rate'), parameter: satisfactionRateTarget },
  feeCollectionRate: { id: 'feeCollectionRate', title: text('管理费催缴率', 'Management-fee collection-notice rate'), parameter: feeCollectionRateTarget },
  receiptHandlingRate: { id: 'receiptHandlingRate', title: text('有关票据处理率', 'Receipt handling rate'), parameter: receiptHandlingRateTarget },
});

/**
 * One KPI evaluated: its target and actual rate (fractions), whether it is met (actual ≥
 * target), the clause the target comes from and where the value came from (a pack, the
 * host's override, or the default).
 *
 * @example
 * const r: KpiResult = { id: 'satisfactionRate', title: text('业户满意率', 'Owner satisfaction rate'), target: 0.85, actual: 0.9, met: true, source: cite('RULES', '碧桂园客服部质量目标分解'), from: 'RULES' };
 */
export interface KpiResult {
  readonly id: KpiId;
  readonly title: LocalizedText;
  readonly target: number;
  readonly actual: number;
  readonly met: boolean;
  readonly source: Source;
  readonly from: PolicyOrigin['from'];
}

/**
 * Evaluates the observed rates against their targets: one result per observed KPI, in the
 * document's order. Rates are fractions in [0, 1] (0.85, not 85); an unknown id (a typo
 * such as `satisfactionRat`), NaN, a negative or a value above 1 is `INVALID_INPUT` — a typo
 * never passes silently as "no target". The input is not changed.
 *
 * @example
 * evaluateKpis({ satisfactionRate: 0.85, complaintFollowUpRate: 0.98 })
 * // [{ id: 'complaintFollowUpRate', target: 1, actual: 0.98, met: false, … }, { id: 'satisfactionRate', target: 0.85, actual: 0.85, met: true, … }]
 */
export function evaluateKpis(observed: ObservedKpis, policy?: Policy): KpiResult[] {
  parseInput(observedKpisSchema, observed, text('质量目标实际值', 'observed KPIs'), KPI_FIELD_LABELS);
  const out: KpiResult[] = [];
  for (const id of KPI_IDS) {
    const actual = observed[id];
    if (actual === undefined) continue;
    const kpi = KPIS[id];
    const target = paramValue(policy, kpi.parameter);
    const origin = paramOrigin(policy, kpi.parameter);
    out.push({ id, title: kpi.title, target, actual, met: actual >= target, source: 'source' in origin ? origin.source : kpi.parameter.source, from: origin.from });
  }
  return out;
}

/**
 * The violations of the quality targets: one `kpi.target` violation per observed rate below
 * its target (same validation as {@link evaluateKpis}). The targets have no time limit: the
 * rates are judged as observed, whatever `asOf` (which is still required and checked).
 *
 * @example
 * checkKpis({ satisfactionRate: 0.8 }, { asOf: '2026-06-01T00:00:00+08:00' })[0]?.ruleId // 'kpi.target'
 */
export function checkKpis(observed: ObservedKpis, options: CheckOptions): Violation[] {
  asOfMillis(options);
  const { policy } = options;
  const out = evaluateKpis(observed, policy)
    .filter((r) => !r.met)
    .map((r) => violation(kpiTargetRule, { kpi: r.id, zh: r.title['zh-CN'], en: r.title.en, target: r.target, actual: r.actual }, policy));
  return applicable(out, policy);
}
