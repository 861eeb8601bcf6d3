import type { Policy } from '../core/policy';
import { paramApplies, paramOrigin, paramValue } from '../core/policy';
import type { ProcedureDefinition } from '../core/procedure';
import type { ProcedureDocs } from '../core/procedure-docs';
import { CORE_READINGS } from '../core/core-readings';
import type { Source } from '../core/source';
import { DOCUMENTS, formatSource } from '../core/source';
import type { Lang, LocalizedText } from '../core/text';
import { FIELD_LABELS } from '../core/field-labels';
import { eventFields } from './event-fields';
import { formatValue } from './format-value';
import { machineToMermaid } from './mermaid';

const L = {
  generated: { 'zh-CN': '本页由代码生成（`npm run docs`），请勿手工编辑。', en: 'Generated from the code (`npm run docs`); do not edit by hand.' },
  otherLang: { 'zh-CN': 'English', en: '中文' },
  sources: { 'zh-CN': '来源', en: 'Sources' },
  diagram: { 'zh-CN': '流程图', en: 'State diagram' },
  diagramNote: { 'zh-CN': '由状态机定义直接生成。箭头标注“事件 [守卫]”；状态下列出不改变状态的事件。每个事件都带时间 `at`，且不得早于上一事件（守卫 `inOrder`，图中不逐一标出）。', en: 'Derived from the machine definition. Arrows read "EVENT [guard]"; events that keep the state are listed under it. Every event carries its instant `at` and may not be earlier than the previous one (guard `inOrder`, not printed on each arrow).' },
  states: { 'zh-CN': '状态', en: 'States' },
  guards: { 'zh-CN': '守卫（流程规则）', en: 'Guards (the rules of the steps)' },
  parameters: { 'zh-CN': '参数', en: 'Parameters' },
  packs: { 'zh-CN': '策略包', en: 'Policy packs' },
  packsNote: {
    'zh-CN': '策略包不跨文件生效：不组合任何策略包时全部默认值适用；组合策略包后，只适用所组合的策略包与主机覆盖设定的参数，以及默认值来自 LIBRARY 或 LAW 的参数。其余参数不适用，用到它们的规则不运行、时限不跟踪。',
    en: "Packs do not leak across documents: with no pack composed every default applies; once packs are composed, only the parameters those packs and the host's overrides set apply, plus those whose default comes from LIBRARY or LAW. Any other parameter does not apply: the rules that use it do not run and its deadlines are not tracked.",
  },
  notApplied: { 'zh-CN': '不适用（所组合的策略包未设定）', en: 'not applied (no composed pack sets it)' },
  rules: { 'zh-CN': '规则与可能的违规', en: 'Rules and the violations they raise' },
  readings: { 'zh-CN': '阅读约定', en: 'Readings of the text' },
  state: { 'zh-CN': '状态', en: 'State' },
  title: { 'zh-CN': '名称', en: 'Title' },
  source: { 'zh-CN': '出处', en: 'Source' },
  guard: { 'zh-CN': '守卫', en: 'Guard' },
  meaning: { 'zh-CN': '含义', en: 'Meaning' },
  parameter: { 'zh-CN': '参数', en: 'Parameter' },
  value: { 'zh-CN': '默认值', en: 'Default' },
  policyValue: { 'zh-CN': '本策略取值', en: 'Value in this policy' },
  unit: { 'zh-CN': '单位', en: 'Unit' },
  from: { 'zh-CN': '默认值来自', en: 'Default from' },
  reading: { 'zh-CN': '解读', en: 'Reading' },
  pack: { 'zh-CN': '策略包', en: 'Pack' },
  document: { 'zh-CN': '文件', en: 'Document' },
  clause: { 'zh-CN': '条款', en: 'Clause' },
  rule: { 'zh-CN': '规则', en: 'Rule' },
  severity: { 'zh-CN': '级别', en: 'Severity' },
  uses: { 'zh-CN': '使用参数', en: 'Parameters used' },
  override: { 'zh-CN': '主机覆盖', en: 'host override' },
  none: { 'zh-CN': '—', en: '—' },
  events: { 'zh-CN': '事件及其字段', en: 'Events and their payload' },
  eventsNote: {
    'zh-CN': '每个事件都带 `at`（带时区偏移的时刻），不得早于上一事件；格式不符的事件被整体拒绝，快照不变。`CHECK_DEADLINES` 早于上次检查或立案时间的，同样拒绝。',
    en: 'Every event carries `at` (an instant with an offset) no earlier than the previous event; a malformed event is refused whole and the snapshot is unchanged. A `CHECK_DEADLINES` dated before the last check or before the case opened is refused too.',
  },
  event: { 'zh-CN': '事件', en: 'Event' },
  inStates: { 'zh-CN': '在以下状态接受', en: 'Taken in' },
  payload: { 'zh-CN': '字段', en: 'Payload' },
  optional: { 'zh-CN': '可选', en: 'optional' },
  anyOpen: { 'zh-CN': '任一未结束状态', en: 'any open state' },
} satisfies Record<string, LocalizedText>;

const SEVERITY: Record<string, LocalizedText> = {
  error: { 'zh-CN': '错误', en: 'error' },
  warning: { 'zh-CN': '警告', en: 'warning' },
  info: { 'zh-CN': '提示', en: 'info' },
};

function cell(s: string): string {
  return s.replace(/\|/g, '\\|').replace(/\n/g, ' ');
}

function table(head: string[], rows: string[][]): string {
  return [`| ${head.join(' | ')} |`, `| ${head.map(() => '---').join(' | ')} |`, ...rows.map((r) => `| ${r.map(cell).join(' | ')} |`)].join('\n');
}

const src = (s: Source) => formatSource(s);

/**
 * The Markdown page of one procedure in one language: summary, sources, the Mermaid state
 * diagram derived from the machine, states, guards, parameters (with the value under
 * `policy` when one is given), packs, rules and their violations, and — from `docs`, the
 * procedure's docs-only text — the summary and the readings of ambiguous text (the core
 * parameters' readings always). Deterministic: same input, same page.
 *
 * @example
 * renderProcedurePage(complaintProcedure, 'en', undefined, PROCEDURE_DOCS['complaint']).includes('```mermaid') // true
 */
export function renderProcedurePage(procedure: ProcedureDefinition, lang: Lang, policy?: Policy, docs?: ProcedureDocs): string {
  const t = (x: LocalizedText) => x[lang];
  const other: Lang = lang === 'zh-CN' ? 'en' : 'zh-CN';
  const readingOf = (x: LocalizedText | undefined) => (x ? t(x) : t(L.none));
  const out: string[] = [];
  out.push(`# ${t(procedure.title)}`, '', `> ${t(L.generated)} [${t(L.otherLang)}](./${procedure.name}.${other}.md)`, '', ...(docs ? [t(docs.summary), ''] : []));
  out.push(`## ${t(L.sources)}`, '', ...procedure.sources.map((s) => `- ${src(s)}`), '');

  if (procedure.machine) {
    const machine = procedure.machine;
    out.push(`## ${t(L.diagram)}`, '', t(L.diagramNote), '', '```mermaid', machineToMermaid(machine, lang), '```', '');
    const states = Object.values(machine.root.states) as Array<{ key: string; meta?: { title?: LocalizedText; source?: Source } }>;
    out.push(`## ${t(L.states)}`, '', table([t(L.state), t(L.title), t(L.source)], states.map((s) => [`\`${s.key}\``, s.meta?.title ? t(s.meta.title) : s.key, s.meta?.source ? src(s.meta.source) : t(L.none)])), '');
  }
  if (procedure.case) {
    const definition = procedure.case.definition;
    const fields = eventFields(definition.events);
    const inStates = (type: string) => Object.entries(definition.states).filter(([, st]) => st.on?.[type]).map(([key]) => `\`${key}\``).join(', ');
    const label = (name: string) => definition.labels?.[name] ?? FIELD_LABELS[name];
    const payload = (type: string) =>
      (fields.get(type) ?? []).map((f) => `\`${f.name}\`${label(f.name) ? ` ${t(label(f.name)!)}` : ''}${f.required ? '' : ` (${t(L.optional)})`}`).join('; ') || t(L.none);
    const types = [...new Set(Object.values(definition.states).flatMap((st) => Object.keys(st.on ?? {})))];
    const rows = types.map((type) => [`\`${type}\``, inStates(type), payload(type)]);
    rows.push(['`CHECK_DEADLINES`', t(L.anyOpen), `\`at\` ${t(FIELD_LABELS['at']!)}`]);
    out.push(`## ${t(L.events)}`, '', t(L.eventsNote), '', table([t(L.event), t(L.inStates), t(L.payload)], rows), '');
  }
  if (procedure.guards) {
    out.push(`## ${t(L.guards)}`, '', table([t(L.guard), t(L.meaning), t(L.source)], Object.entries(procedure.guards).map(([name, g]) => [`\`${name}\``, t(g.description), src(g.source)])), '');
  }

  const head = [t(L.parameter), t(L.title), t(L.value), ...(policy ? [t(L.policyValue)] : []), t(L.unit), t(L.from), t(L.source), t(L.reading)];
  const rows = procedure.parameters.map((p) => {
    const origin = paramOrigin(policy, p);
    const from = 'source' in origin ? `${origin.from} ${origin.source.clause}` : t(L.override);
    const effective = policy ? [paramApplies(policy, p) ? `${formatValue(paramValue(policy, p), lang)} (${from})` : t(L.notApplied)] : [];
    return [`\`${p.id}\``, t(p.title), formatValue(p.default, lang), ...effective, p.unit, p.defaultFrom, src(p.source), readingOf(docs?.parameters[p.id] ?? CORE_READINGS[p.id])];
  });
  out.push(`## ${t(L.parameters)}`, '', table(head, rows), '');

  const packRows = procedure.packs.flatMap((pack) => Object.entries(pack.values).map(([id, v]) => [pack.id, DOCUMENTS[pack.id], `\`${id}\``, formatValue(v.value, lang), v.source.clause]));
  if (packRows.length > 0) out.push(`## ${t(L.packs)}`, '', t(L.packsNote), '', table([t(L.pack), t(L.document), t(L.parameter), lang === 'zh-CN' ? '取值' : 'Value', t(L.clause)], packRows), '');

  const ruleRows = procedure.rules.map((r) => [`\`${r.id}\``, t(SEVERITY[r.severity]!), t(r.title), r.parameters.map((p) => `\`${p.id}\``).join(', ') || t(L.none), src(r.source), readingOf(docs?.rules[r.id])]);
  out.push(`## ${t(L.rules)}`, '', table([t(L.rule), t(L.severity), t(L.title), t(L.uses), t(L.source), t(L.reading)], ruleRows), '');

  if (docs && docs.readings.length > 0) out.push(`## ${t(L.readings)}`, '', ...docs.readings.map((r) => `- ${t(r)}`), '');
  return `${out.join('\n').trimEnd()}\n`;
}
