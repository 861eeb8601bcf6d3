/**
 * `wuye-rules/report`: the month at a glance for a 客服主管, built from the host's own records —
 * complaint statistics by channel, kind and category, the redacted public summary, QR-004
 * return-visit statistics, KPIs computed from the records against their targets, the repair-fee
 * statement, deadlines kept and late, cases open at month end, violations grouped by rule with
 * their receipts, and cadence status; every figure names its clause. Rendered to Markdown or
 * to one self-contained HTML page (zh-CN or en).
 *
 * @example
 * import { buildMonthlyReport, renderReportHtml } from 'wuye-rules/report';
 * const html = renderReportHtml(buildMonthlyReport({ month: '2026-11', records: { complaints } }), 'zh-CN');
 */
export type { CadenceStatus, Figure, MonthlyReport, MonthlyReportBuilder, MonthlyReportOptions, RejectedRecord, ReportKpi, ReportRecordKind, ReportRecords, ViolationGroup, WeekDeadlines } from './monthly-report';
export { RECEIPTS_PER_RULE, buildMonthlyReport, createMonthlyReport } from './monthly-report';
export { renderReportMarkdown } from './render-markdown';
export { renderReportHtml } from './render-html';
