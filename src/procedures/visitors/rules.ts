import type { CheckOptions } from '../../core/check-options';
import { isoToEpochMs } from '../../core/iso';
import type { MissingField } from '../../core/missing-field';
import { joinLabels, missingField } from '../../core/missing-field';
import { paramValue } from '../../core/policy';
import type { Rule, Violation } from '../../core/rule';
import { applicable, defineRule, violation } from '../../core/rule';
import { cite } from '../../core/source';
import { text } from '../../core/text';
import { parseInput } from '../../core/validate';
import { checkOptions } from '../../core/check-options';
import { requiredVisitorFields } from './policy';
import type { VisitorEntry } from './schema';
import { VISITOR_FIELD_LABELS, visitorLogSchema } from './schema';

type EntryFacts = { index: number; at: string; name: string };

const incomplete = defineRule<EntryFacts & { missing: MissingField[] }>({
  id: 'visitors.registration-incomplete',
  severity: 'error',
  source: cite('OFFICE', '五.2'),
  title: text('来访人员须登记后进入', 'Visitors are registered before they enter'),
  parameters: [requiredVisitorFields],
  message: (d) => text(`第 ${d.index + 1} 条来访登记（${d.at}，${d.name}）已放行，但缺少：${joinLabels(d.missing, 'zh-CN')}。`, `Visitor entry ${d.index + 1} (${d.at}, ${d.name}) was admitted without: ${joinLabels(d.missing, 'en')}.`),
});

const unrelatedAdmitted = defineRule<EntryFacts>({
  id: 'visitors.unrelated-admitted',
  severity: 'error',
  source: cite('OFFICE', '五.2'),
  title: text('阻止无关人员进入写字楼', 'Keep people with no business out of the building'),
  parameters: [],
  message: (d) => text(`第 ${d.index + 1} 条来访登记（${d.at}，${d.name}）未写被访单位或人员却已放行。`, `Visitor entry ${d.index + 1} (${d.at}, ${d.name}) was admitted though it names nobody visited.`),
});

const refusalUnexplained = defineRule<EntryFacts>({
  id: 'visitors.refusal-unexplained',
  severity: 'warning',
  source: cite('OFFICE', '五.2'),
  title: text('拒绝进入须记录原因', 'A refused entry records why'),
  parameters: [],
  message: (d) => text(`第 ${d.index + 1} 条来访登记（${d.at}，${d.name}）拒绝进入，但未记录原因。`, `Visitor entry ${d.index + 1} (${d.at}, ${d.name}) was refused with no reason recorded.`),
});

/**
 * The visitor-register rules, by name.
 *
 * @example
 * visitorsRules.unrelatedAdmitted.id // 'visitors.unrelated-admitted'
 */
export const visitorsRules = Object.freeze({ incomplete, unrelatedAdmitted, refusalUnexplained }) satisfies Record<string, Rule<never>>;

const blank = (v: unknown) => typeof v !== 'string' || v.trim() === '';

/**
 * Checks a visitor register (《写字楼物业客服工作制度范例》 五.2): every admitted visitor is
 * registered with the policy's fields, nobody is admitted without a named destination, and a
 * refusal records its reason. Entries are checked in time order and numbered as given; the
 * register is not changed. The clause sets no time limit, so `asOf` is checked but changes
 * nothing. Invalid input is a typed error.
 *
 * @example
 * checkVisitors([{ at: '2026-05-06T09:10:00+08:00', name: '赵先生', admitted: true }], { asOf: '2026-05-07T00:00:00+08:00' })
 * // [visitors.registration-incomplete (visiting, purpose), visitors.unrelated-admitted]
 */
export function checkVisitors(log: readonly VisitorEntry[], options: CheckOptions): Violation[] {
  parseInput(visitorLogSchema, log, text('来访登记簿', 'visitor log'), VISITOR_FIELD_LABELS);
  const { policy } = checkOptions(options);
  const required = paramValue(policy, requiredVisitorFields);
  // Validated above, so every instant reads; the luxon-free reader keeps this subpath small.
  const order = log.map((entry, index) => ({ entry, index, ms: isoToEpochMs(entry.at)! })).sort((a, b) => a.ms - b.ms || a.index - b.index);
  const out: Violation[] = [];
  for (const { entry, index } of order) {
    const facts: EntryFacts = { index, at: entry.at, name: blank(entry.name) ? '—' : entry.name! };
    if (entry.admitted) {
      const missing = required.filter((f) => blank(entry[f]));
      if (missing.length > 0) out.push(violation(incomplete, { ...facts, missing: missing.map((f) => missingField(f, VISITOR_FIELD_LABELS[f]!)) }, policy));
      if (blank(entry.visiting)) out.push(violation(unrelatedAdmitted, facts, policy));
    } else if (blank(entry.refusalReason)) {
      out.push(violation(refusalUnexplained, facts, policy));
    }
  }
  return applicable(out, options.policy);
}
