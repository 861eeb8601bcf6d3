import { provisionalDatesIn } from './beyond-calendar';
import type { Deadline } from './deadline';
import type { Parameter } from './parameter';
import type { Policy, PolicyOrigin } from './policy';
import { paramApplies, paramOrigin, paramValue } from './policy';
import type { Source } from './source';
import { WuyeError } from './errors';
import { requireObject } from './require-input';
import type { LocalizedText } from './text';
import { text } from './text';

/** How serious a violation is. @example const s: Severity = 'warning'; */
export type Severity = 'error' | 'warning' | 'info';

/**
 * A rule's finding: which rule, how serious, the clause, a message in both languages, and
 * `data` — the facts and parameter values the decision used, a receipt a 客服主管 can read.
 *
 * @example
 * const v: Violation = {
 *   ruleId: 'complaint.notify-deadline', severity: 'error', source: { document: '《服务中心工作手册》', clause: 'WI/FW-006.18' },
 *   message: { 'zh-CN': '…', en: '…' }, data: { dueAt: '2026-05-09T09:30:00+08:00', parameters: { 'complaint.notifyWithin': { value: { value: 3, unit: 'day' }, from: 'ZH' } } },
 * };
 */
export interface Violation {
  readonly ruleId: string;
  readonly severity: Severity;
  readonly source: Source;
  readonly message: LocalizedText;
  readonly data: Readonly<Record<string, unknown>>;
}

/**
 * A rule as data: what the docs table shows (id, severity, clause, parameters; its reading of
 * ambiguous text is in the procedure's `ProcedureDocs`) and how its violation message is
 * worded from the decision's facts.
 *
 * @example
 * const late = defineRule<{ dueAt: string }>({
 *   id: 'complaint.notify-deadline', severity: 'error', source: cite('ZH', 'WI/FW-006.18'),
 *   title: text('3日内通知处理情况', 'Notify within 3 days'), parameters: [notifyWithin],
 *   message: (d) => text(`应在 ${d.dueAt} 前通知`, `Due by ${d.dueAt}`),
 * });
 */
export interface Rule<D extends Record<string, unknown> = Record<string, unknown>> {
  readonly id: string;
  readonly severity: Severity;
  readonly source: Source;
  readonly title: LocalizedText;
  readonly parameters: readonly Parameter[];
  readonly message: (data: D) => LocalizedText;
}

// The parameters of every rule defined, by rule id: what `applicable` reads to tell whether
// a violation's or a tracked deadline's rule runs under a policy. Rule ids are unique
// (`procedure.kebab-case`); a host's rule of the same id replaces the entry.
const RULE_PARAMETERS = new Map<string, readonly Parameter[]>();

/**
 * Defines (and freezes) a rule.
 *
 * @example
 * const rule = defineRule({ id: 'x.y', severity: 'info', source: cite('ZH', 'WI/FW-012'), title: text('示例', 'Example'), parameters: [], message: () => text('示例', 'Example') });
 */
export function defineRule<D extends Record<string, unknown>>(rule: Rule<D>): Rule<D> {
  requireObject(rule, text('规则定义', 'rule definition'), 'rule');
  if (typeof rule.id !== 'string' || !Array.isArray(rule.parameters) || typeof rule.message !== 'function') {
    throw new WuyeError('INVALID_INPUT', text('规则定义须有编号、参数列表与消息函数', 'A rule needs an id, its parameters and a message function'), { field: 'rule' });
  }
  const defined = Object.freeze({ ...rule, parameters: Object.freeze([...rule.parameters]) });
  RULE_PARAMETERS.set(defined.id, defined.parameters);
  return defined;
}

/**
 * Whether a rule runs under a policy: every parameter it uses applies ({@link paramApplies}).
 * A policy composed from one document's packs runs that document's rules, the rules whose
 * parameters the host overrides, and the rules that use only the library's conventions or
 * no parameter; a rule whose number comes from a document not composed does not run. With
 * no policy, or no pack composed, every rule runs.
 *
 * @example
 * ruleApplies(complaintRules.investigateDeadline, composePolicy(complaintPacks.ZH)) // false — its 48 hours are DEPT 5.2.3
 * ruleApplies(complaintRules.investigateDeadline, composePolicy(complaintPacks.ZH, complaintPacks.DEPT)) // true
 */
export function ruleApplies(rule: Rule<never>, policy: Policy | undefined): boolean {
  requireObject(rule, text('规则', 'rule'), 'rule');
  if (!Array.isArray(rule.parameters)) throw new WuyeError('INVALID_INPUT', text('需要由规则定义函数定义的规则', 'A rule made by defineRule is needed'), { field: 'rule' });
  return allApply(rule.parameters, policy);
}

function allApply(parameters: readonly Parameter[], policy: Policy | undefined): boolean {
  return parameters.every((p) => paramApplies(policy, p));
}

/**
 * @internal Keeps the violations (or tracked deadlines) whose rule runs under `policy`
 * ({@link ruleApplies}); an item of a rule the library does not know is kept. Every record
 * check and every case's deadlines pass through it, so no procedure decides for itself which
 * rules a composed policy runs.
 */
export function applicable<T extends { readonly ruleId: string }>(items: readonly T[], policy: Policy | undefined): T[] {
  if (policy === undefined || policy.packs.length === 0) return [...items];
  return items.filter((item) => {
    const parameters = RULE_PARAMETERS.get(item.ruleId);
    return parameters === undefined || allApply(parameters, policy);
  });
}

/** A parameter's value as a receipt records it. @example const used: ParameterUse = { value: { value: 3, unit: 'day' }, from: 'ZH', clause: 'WI/FW-006.18' }; */
export interface ParameterUse {
  readonly value: unknown;
  readonly from: PolicyOrigin['from'];
  readonly clause?: string;
}

/**
 * Builds the violation of `rule` from the decision's facts, adding the value and origin of
 * every parameter the rule uses under `policy`. When a deadline in the facts or in `used` (the
 * deadlines the decision was made against) is provisional (it used days beyond the calendar's
 * data), the receipt adds `provisional: { dates }`.
 *
 * @example
 * violation(rule, { dueAt: '2026-05-09T09:30:00+08:00' }, policy).data.parameters
 * // { 'complaint.notifyWithin': { value: { value: 3, unit: 'day' }, from: 'ZH', clause: 'WI/FW-006.18' } }
 */
export function violation<D extends Record<string, unknown>>(rule: Rule<D>, data: D, policy?: Policy, used: readonly Deadline[] = []): Violation {
  requireObject(rule, text('规则', 'rule'), 'rule');
  requireObject(data, text('违规事实', 'violation facts'), 'data');
  if (!Array.isArray(rule.parameters) || typeof rule.message !== 'function') throw new WuyeError('INVALID_INPUT', text('需要由规则定义函数定义的规则', 'A rule made by defineRule is needed'), { field: 'rule' });
  const parameters: Record<string, ParameterUse> = {};
  for (const p of rule.parameters) {
    const origin = paramOrigin(policy, p);
    parameters[p.id] = 'source' in origin ? { value: paramValue(policy, p), from: origin.from, clause: origin.source.clause } : { value: paramValue(policy, p), from: origin.from };
  }
  // A deadline that used days beyond the calendar's data says so, naming them (core.beyondCalendar).
  const provisional = provisionalDatesIn(used.length > 0 ? { ...data, used } : data);
  const receipt = provisional.length > 0 ? { ...data, parameters, provisional: { dates: provisional } } : { ...data, parameters };
  return { ruleId: rule.id, severity: rule.severity, source: rule.source, message: rule.message(data), data: receipt };
}
