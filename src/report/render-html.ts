import type { Lang } from '../core/text';
import type { MonthlyReport } from './monthly-report';
import { L, reportBlocks, say } from './report-sections';
import { barChartSvg, escapeXml } from './svg-chart';

const STYLE = `
body{font-family:"Noto Sans CJK SC","Source Han Sans SC","PingFang SC","Microsoft YaHei","WenQuanYi Zen Hei",system-ui,sans-serif;margin:24px auto;max-width:960px;color:#1b1b1b;line-height:1.5}
h1{font-size:22px;border-bottom:2px solid #1f5fa8;padding-bottom:6px}h2{font-size:17px;margin-top:28px;color:#1f5fa8}
table{border-collapse:collapse;margin:8px 0;width:100%;font-size:13px}th,td{border:1px solid #ccc;padding:4px 6px;text-align:left;vertical-align:top}th{background:#f0f4fa}
figure{margin:12px 0}figcaption{font-weight:600;font-size:14px;margin-bottom:4px}.chart{max-width:100%;height:auto}.chart text{font-size:12px;fill:#1b1b1b}
p{margin:6px 0;font-size:14px}
@page{size:A4;margin:15mm}
@media print{body{margin:0;max-width:none}h2{break-after:avoid}table,figure{break-inside:avoid}a{color:inherit}}
`;

/**
 * The monthly report as one self-contained HTML page in zh-CN or en: inline SVG charts
 * (violations by rule, complaints by category, deadlines kept and late by week, KPIs against
 * their targets), no script, no CDN, no external font, print styles for A4.
 *
 * @example
 * renderReportHtml(buildMonthlyReport({ month: '2026-11', records }), 'en').includes('<svg') // true
 */
export function renderReportHtml(report: MonthlyReport, lang: Lang = 'zh-CN'): string {
  const blocks = reportBlocks(report, lang);
  const title = `${say(L.title, lang)} ${report.month}`;
  const body: string[] = [`<h1>${escapeXml(title)}</h1>`];
  for (const b of blocks) {
    if (b.kind === 'h2') body.push(`<h2>${escapeXml(b.text)}</h2>`);
    else if (b.kind === 'p') body.push(`<p>${escapeXml(b.text)}</p>`);
    else if (b.kind === 'table') {
      body.push(b.rows.length === 0 ? `<p><em>${escapeXml(say(L.none, lang))}</em></p>` : `<table><thead><tr>${b.head.map((h) => `<th>${escapeXml(h)}</th>`).join('')}</tr></thead><tbody>${b.rows.map((r) => `<tr>${r.map((c) => `<td>${escapeXml(c)}</td>`).join('')}</tr>`).join('')}</tbody></table>`);
    } else body.push(`<figure><figcaption>${escapeXml(b.chart.title)}</figcaption>${barChartSvg(b.chart)}</figure>`);
  }
  return `<!doctype html>\n<html lang="${lang}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${escapeXml(title)}</title><style>${STYLE}</style></head><body>${body.join('\n')}</body></html>\n`;
}
