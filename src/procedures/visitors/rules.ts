import { isoToEpochMs } from '../../core/iso';
import type { Policy } from '../../core/policy';
import { assertPolicy, paramValue } from '../../core/policy';
import type { Violation } from '../../core/rule';
import { defineRule, violation } from '../../core/rule';
import { cite } from '../../core/source';
import { text } from '../../core/text';
import { parseInput } from '../../core/validate';
import type { VisitorField } from './policy';
import { requiredVisitorFields } from './policy';
import type { VisitorEntry } from './schema';
import { visitorLogSchema } from './schema';

const FIELD_NAMES: Record<VisitorField, [string, string]> = {
  name: ['来访人', 'visitor name'],
  visiting: ['被访单位或人员', 'whom they visit'],
  purpose: ['来访事由', 'purpose'],
  idNumber: ['证件号', 'ID number'],
  registeredBy: ['登记人', 'registered by'],
};

type EntryFacts = { index: number; at: string; name: string };

const incomplete = defineRule<EntryFacts & { missing: string[]; missingEn: string[] }>({
  id: 'visitors.registration-incomplete',
  severity: 'error',
  source: cite('OFFICE', '五.2'),
  title: text('来访人员须登记后进入', 'Visitors are registered before they enter'),
  parameters: [requiredVisitorFields],
  reading: requiredVisitorFields.reading!,
  message: (d) => text(`第 ${d.index + 1} 条来访登记（${d.at}，${d.name}）已放行，但缺少：${d.missing.join('、')}。`, `Visitor entry ${d.index + 1} (${d.at}, ${d.name}) was admitted without: ${d.missingEn.join(', ')}.`),
});

const unrelatedAdmitted = defineRule<EntryFacts>({
  id: 'visitors.unrelated-admitted',
  severity: 'error',
  source: cite('OFFICE', '五.2'),
  title: text('阻止无关人员进入写字楼', 'Keep people with no business out of the building'),
  parameters: [],
  reading: text('“无关人员”读作登记中没有被访单位或人员的来访者：既然说不出找谁，就不应放行。', 'A person "with no business" is read as a visitor whose entry names nobody visited: whoever cannot say whom they visit is not let in.'),
  message: (d) => text(`第 ${d.index + 1} 条来访登记（${d.at}，${d.name}）未写被访单位或人员却已放行。`, `Visitor entry ${d.index + 1} (${d.at}, ${d.name}) was admitted though it names nobody visited.`),
});

const refusalUnexplained = defineRule<EntryFacts>({
  id: 'visitors.refusal-unexplained',
  severity: 'warning',
  source: cite('OFFICE', '五.2'),
  title: text('拒绝进入须记录原因', 'A refused entry records why'),
  parameters: [],
  reading: text('拒绝进入是前台的正当职责，但须留有原因，以备查询与投诉处理。', 'Refusing entry is the desk\'s duty, but the reason is kept, for enquiries and complaints.'),
  message: (d) => text(`第 ${d.index + 1} 条来访登记（${d.at}，${d.name}）拒绝进入，但未记录原因。`, `Visitor entry ${d.index + 1} (${d.at}, ${d.name}) was refused with no reason recorded.`),
});

/**
 * The visitor-register rules, by name.
 *
 * @example
 * visitorsRules.unrelatedAdmitted.id // 'visitors.unrelated-admitted'
 */
export const visitorsRules = Object.freeze({ incomplete, unrelatedAdmitted, refusalUnexplained });

const blank = (v: unknown) => typeof v !== 'string' || v.trim() === '';

/**
 * Checks a visitor register (《写字楼物业客服工作制度范例》 五.2): every admitted visitor is
 * registered with the policy's fields, nobody is admitted without a named destination, and a
 * refusal records its reason. Entries are checked in time order and numbered as given; the
 * register is not changed. Invalid input is a typed error.
 *
 * @example
 * checkVisitorLog([{ at: '2026-05-06T09:10:00+08:00', name: '赵先生', admitted: true }])
 * // [visitors.registration-incomplete (visiting, purpose), visitors.unrelated-admitted]
 */
export function checkVisitorLog(log: readonly VisitorEntry[], policy?: Policy): Violation[] {
  parseInput(visitorLogSchema, log, 'visitor log');
  if (policy !== undefined) assertPolicy(policy);
  const required = paramValue(policy, requiredVisitorFields);
  // Validated above, so every instant reads; the luxon-free reader keeps this subpath small.
  const order = log.map((entry, index) => ({ entry, index, ms: isoToEpochMs(entry.at)! })).sort((a, b) => a.ms - b.ms || a.index - b.index);
  const out: Violation[] = [];
  for (const { entry, index } of order) {
    const facts: EntryFacts = { index, at: entry.at, name: blank(entry.name) ? '—' : entry.name! };
    if (entry.admitted) {
      const missing = required.filter((f) => blank(entry[f]));
      if (missing.length > 0) out.push(violation(incomplete, { ...facts, missing: missing.map((f) => FIELD_NAMES[f][0]), missingEn: missing.map((f) => FIELD_NAMES[f][1]) }, policy));
      if (blank(entry.visiting)) out.push(violation(unrelatedAdmitted, facts, policy));
    } else if (blank(entry.refusalReason)) {
      out.push(violation(refusalUnexplained, facts, policy));
    }
  }
  return out;
}
