import { CORE_READINGS } from '../core/core-readings';
import type { ProcedureDefinition } from '../core/procedure';
import { DOCUMENTS } from '../core/source';
import type { Lang, LocalizedText } from '../core/text';
import { text } from '../core/text';
import { formatValue } from './format-value';
import { coverageRows, renderCoverage } from './coverage';

/**
 * The reading conventions every rule follows (procedures.md, reading conventions), stated
 * once for the index page; rules that use one repeat it in their own reading (their procedure's docs).
 *
 * @example
 * READING_CONVENTIONS.length > 0 // true
 */
export const READING_CONVENTIONS: readonly LocalizedText[] = [
  text('“以上”“以下”“以内”包含本数；“超过”“不满”不含本数（民法典第1259条）。', '以上 / 以下 / 以内 include the number itself; 超过 / 不满 exclude it (Civil Code art. 1259).'),
  text('档位重叠或留空时适用更严格的要求，并在文档中说明（如月量100既属“100–200”又属“100以下”，取30%；201–299不属任何档，取20%）。', 'Where tiers overlap or leave a gap, the stricter requirement applies and the docs say so (100 is both "100–200" and "100以下": 30%; 201–299 falls in no tier: 20%).'),
  CORE_READINGS['core.dayCounting']!,
  text('“N日前”“每季度首月20日前”未说明当日是否包含：默认严格（第N日00:00前），参数可改为包含当日。“工作日”使用业务日历（周末、法定节假日、调休上班日），主机可替换。', '"N日前" leaves the boundary day open: strict by default (before 00:00 of day N), a parameter makes it inclusive. "Working day" uses the business calendar (weekends, statutory holidays, 调休 make-up working days), which hosts may replace.'),
  text('由比例得出的最少数量向上取整（“至少”）；开始使用的96.35㎡标准间按一间计。', 'Minimum counts from ratios round up ("at least"); a started 96.35 m² bay counts as a bay.'),
  text('默认时区 Asia/Shanghai；所有输入输出时间均为带偏移的 ISO 8601 字符串。', 'Default zone Asia/Shanghai; every instant in and out is an ISO 8601 string with an offset.'),
  text('《服务中心工作手册》的措辞被转载网站机器改写（统计←记录、仿佛是←好像是、企业←公司、快乐←高兴）：用语清单同时收录原文与可能的原始措辞；标准表与写字楼文件为繁体，文本检查须同时适用两种字形。', "The handbook's wording was machine-altered by the site it was scraped from (统计 for 记录, 仿佛是 for 好像是, 企业 for 公司, 快乐 for 高兴): phrase lists carry both; STD and the office documents are in traditional characters, so text checks work on both scripts."),
  text(
    '策略包不跨文件生效：未组合任何策略包时（不传策略，或组合策略时只覆盖核心参数），全部默认值适用，所有规则都运行；一旦组合了策略包，只适用所组合的策略包与主机覆盖设定的参数，以及本库自身的约定（默认值来自 LIBRARY 或 LAW 的参数，如时区、“N日内”的计算方式）。默认值取自未组合文件的参数不适用：用到它的规则不运行，它的时限不跟踪；主机覆盖该参数即可启用。没有参数的规则总是运行。',
    'Packs do not leak across documents. With no pack composed (no policy, or composePolicy() overriding only core parameters) every default applies and every rule runs. Once packs are composed, only the parameters those packs and the host\'s overrides set apply, plus the library\'s own conventions (parameters whose default comes from LIBRARY or LAW, such as the zone and how "within N days" is counted). A parameter whose default comes from a document not composed does not apply: a rule that uses it does not run and its deadline is not tracked; a host override of the parameter switches it on. A rule with no parameter always runs.',
  ),
  text('网页杂讯不是规则：部门制度中的“9:00-18:30”和400电话属于转载网站；标准表中的采购、交货日期等段落与客服无关。', "Web noise is not a rule: DEPT's \"9:00-18:30\" and 400 numbers belong to the hosting site; STD's purchasing paragraphs are unrelated."),
];

function parameterRows(procedures: readonly ProcedureDefinition[], lang: Lang): string[] {
  const rows = new Map<string, string>();
  for (const p of procedures) {
    for (const param of p.parameters) {
      if (rows.has(param.id)) continue;
      const packs = procedures
        .flatMap((q) => q.packs)
        .filter((pack) => param.id in pack.values)
        .map((pack) => `${pack.id} ${pack.values[param.id]!.source.clause}: ${formatValue(pack.values[param.id]!.value, lang)}`);
      const cells = [`\`${param.id}\``, formatValue(param.default, lang), param.unit, `${param.defaultFrom} ${param.source.clause}`, [...new Set(packs)].join('; ') || '—'];
      rows.set(param.id, `| ${cells.map((c) => c.replace(/\|/g, '\\|')).join(' | ')} |`);
    }
  }
  return [...rows.values()];
}

/**
 * The docs index in one language: every procedure (linking its pages), the source
 * documents and their pack ids, and the reading conventions.
 *
 * @example
 * renderIndexPage(allProcedures, 'zh-CN').startsWith('# wuye-rules') // true
 */
export function renderIndexPage(procedures: readonly ProcedureDefinition[], lang: Lang): string {
  const t = (x: LocalizedText) => x[lang];
  const zh = lang === 'zh-CN';
  const out = [
    `# wuye-rules — ${zh ? '物业客服流程' : 'property-management customer-service procedures'}`,
    '',
    `> ${zh ? '本页由代码生成（`npm run docs`），请勿手工编辑。' : 'Generated from the code (`npm run docs`); do not edit by hand.'} [${zh ? 'English' : '中文'}](./index.${zh ? 'en' : 'zh-CN'}.md)`,
    '',
    `## ${zh ? '流程' : 'Procedures'}`,
    '',
    ...procedures.map((p) => `- [${t(p.title)}](./procedures/${p.name}.${lang}.md) — \`wuye-rules/${p.name}\``),
    '',
    `## ${zh ? '来源文件与策略包' : 'Source documents and policy packs'}`,
    '',
    `| ${zh ? '策略包' : 'Pack'} | ${zh ? '文件' : 'Document'} |`,
    '| --- | --- |',
    ...Object.entries(DOCUMENTS).map(([id, doc]) => `| ${id} | ${doc} |`),
    '',
    `## ${zh ? '阅读约定' : 'Reading conventions'}`,
    '',
    ...READING_CONVENTIONS.map((r) => `- ${t(r)}`),
    '',
    `## ${zh ? '全部参数与策略包' : 'Every parameter and the packs that set it'}`,
    '',
    zh
      ? '默认策略即各参数的默认值；“默认值来自”指出它取自哪个文件。组合策略包（composePolicy）时，后面的包覆盖前面的。'
      : 'The default policy is each parameter\'s default; "default from" names the document it comes from. When packs are composed (composePolicy), later packs override earlier ones.',
    '',
    `| ${zh ? '参数' : 'Parameter'} | ${zh ? '默认值' : 'Default'} | ${zh ? '单位' : 'Unit'} | ${zh ? '默认值来自' : 'Default from'} | ${zh ? '设定它的策略包' : 'Packs that set it'} |`,
    '| --- | --- | --- | --- | --- |',
    ...parameterRows(procedures, lang),
    '',
    `## ${zh ? '条款覆盖表' : 'Clause coverage'}`,
    '',
    zh
      ? '五份来源文件中每一条有可检查数字或步骤的条款：本库在何处编码（规则、参数、状态机状态与守卫，按其引用的条款自动汇集），或为何不编码。'
      : 'Every clause of the five sources with a checkable number or step: where the library encodes it (rules, parameters, machine states and guards, gathered from the clause each cites), or why it does not.',
    '',
    ...renderCoverage(coverageRows(procedures), lang),
  ];
  return `${out.join('\n')}\n`;
}
