import type { Lang } from '../core/text';
import type { MonthlyReport } from './monthly-report';
import { L, reportBlocks, say } from './report-sections';

const cell = (s: string) => s.replace(/\|/g, '\\|').replace(/\r?\n/g, ' ');

/**
 * The monthly report as Markdown in zh-CN or en: every section, every figure with its
 * clause; a chart becomes its table of values.
 *
 * @example
 * renderReportMarkdown(buildMonthlyReport({ month: '2026-11', records }), 'zh-CN').startsWith('# 客服月度合规报告') // true
 */
export function renderReportMarkdown(report: MonthlyReport, lang: Lang = 'zh-CN'): string {
  const blocks = reportBlocks(report, lang);
  const lines = [`# ${say(L.title, lang)} ${report.month}`, ''];
  const table = (head: readonly string[], rows: ReadonlyArray<readonly string[]>) => {
    if (rows.length === 0) return [`_${say(L.none, lang)}_`, ''];
    return [`| ${head.map(cell).join(' | ')} |`, `|${head.map(() => '---').join('|')}|`, ...rows.map((r) => `| ${r.map(cell).join(' | ')} |`), ''];
  };
  for (const b of blocks) {
    if (b.kind === 'h2') lines.push(`## ${b.text}`, '');
    else if (b.kind === 'p') lines.push(b.text, '');
    else if (b.kind === 'table') lines.push(...table(b.head, b.rows));
    else lines.push(`**${b.chart.title}**`, '', ...table(['', ...b.chart.series.map((s) => s.name), ...(b.chart.rows.some((r) => r.target !== undefined) ? [say(L.target, lang)] : [])], b.chart.rows.map((r) => [r.label, ...r.values.map((v) => (b.chart.format ?? String)(v)), ...(r.target !== undefined ? [(b.chart.format ?? String)(r.target)] : [])])));
  }
  return `${lines.join('\n').trimEnd()}\n`;
}
