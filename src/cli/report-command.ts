// `wuye-rules report --month 2026-11 --records dir/ [--policy file] [--lang zh-CN|en] --out report.html`:
// the monthly report from one JSONL file per procedure, streamed (a record is read, judged and
// let go), with progress on stderr for large inputs; bad lines are counted and listed with
// their line numbers, in the report and on stderr, never dropped silently.
import { existsSync, statSync, writeFileSync } from 'node:fs';
import { extname, join } from 'node:path';
import type { Policy } from '../core/policy';
import { WuyeError } from '../core/errors';
import { text } from '../core/text';
import type { ReportRecordKind } from '../report/monthly-report';
import { createMonthlyReport } from '../report/monthly-report';
import { renderReportHtml } from '../report/render-html';
import { renderReportMarkdown } from '../report/render-markdown';
import type { Io } from './commands';
import { openLines, parseJsonLine, readText } from './input';

/** The files a records directory may hold, one a procedure (JSONL), and the cadence log (JSON). */
export const REPORT_FILES: ReadonlyArray<readonly [file: string, kind: ReportRecordKind]> = [
  ['complaints.jsonl', 'complaints'],
  ['work-orders.jsonl', 'workOrders'],
  ['return-visits.jsonl', 'returnVisits'],
  ['special-service-orders.jsonl', 'specialServiceOrders'],
  ['renovations.jsonl', 'renovations'],
];
const CADENCES = 'cadences.json';
const PROGRESS_EVERY = 10_000;

export const REPORT_USAGE = `wuye-rules report --month <YYYY-MM> --records <dir> [--policy <policy.jsonc>] [--lang zh-CN|en] [--out <report.html|.md|.json>]
  the month at a glance for a 客服主管, from one JSONL file per procedure in <dir>:
  ${REPORT_FILES.map(([f]) => f).join(', ')}, and ${CADENCES} (optional)
  output by the --out extension (.html, .md, .json), or Markdown on stdout`;

export interface ReportArgs {
  readonly month: string;
  readonly records: string;
  readonly policy?: Policy;
  readonly lang?: string;
  readonly out?: string;
}

/**
 * Builds the report of `month` from the records directory and writes it. Returns 0, or 1
 * when some lines could not be read (they are listed on stderr and in the report).
 *
 * @example
 * await reportCommand({ month: '2026-11', records: 'exports/', out: 'report.html' }, io) // 0
 */
export async function reportCommand(args: ReportArgs, io: Io): Promise<number> {
  const lang = args.lang ?? 'zh-CN';
  if (lang !== 'zh-CN' && lang !== 'en') throw new WuyeError('INVALID_INPUT', text('语言须为 zh-CN 或 en', "--lang must be 'zh-CN' or 'en'"), { field: 'lang' });
  let isDir = false;
  try {
    isDir = statSync(args.records).isDirectory();
  } catch {
    isDir = false;
  }
  if (!isDir) throw new WuyeError('INVALID_INPUT', text(`记录目录不存在：${args.records}`, `The records directory does not exist: ${args.records}`), { path: args.records });
  const present = REPORT_FILES.filter(([f]) => existsSync(join(args.records, f)));
  const hasCadences = existsSync(join(args.records, CADENCES));
  if (present.length === 0 && !hasCadences) {
    throw new WuyeError('INVALID_INPUT', text(`记录目录中没有可读的记录文件：${args.records}`, `No records file in ${args.records}: expected ${REPORT_FILES.map(([f]) => f).join(', ')} or ${CADENCES}`), { path: args.records });
  }
  const builder = createMonthlyReport({ month: args.month, ...(args.policy ? { policy: args.policy } : {}) });
  const bad: string[] = [];
  for (const [file, kind] of present) {
    const path = join(args.records, file);
    let lines = 0;
    for await (const { line, number } of openLines(path, ['记录文件', 'records file'])) {
      if (line.trim() === '') continue;
      lines++;
      if (lines % PROGRESS_EVERY === 0) io.err(`progress: ${file} ${lines} records`);
      const parsed = parseJsonLine(line);
      if ('error' in parsed) {
        builder.skip(kind, number, text('此行不是有效的 JSON', `not valid JSON (${parsed.error})`));
        bad.push(`${file}:${number}: not valid JSON`);
        continue;
      }
      if (!builder.add(kind, parsed.value, number)) bad.push(`${file}:${number}: rejected`);
    }
    io.err(`read ${file}: ${lines} records`);
  }
  if (hasCadences) {
    const path = join(args.records, CADENCES);
    let json: unknown;
    try {
      json = JSON.parse(readText(path, ['频次记录', 'cadence log']));
    } catch (e) {
      if (e instanceof WuyeError) throw e;
      throw new WuyeError('INVALID_INPUT', text(`频次记录不是有效的 JSON：${path}`, `The cadence log is not valid JSON: ${path} (${(e as Error).message})`), { path });
    }
    builder.setCadences(json as never);
  }
  const report = builder.finish();
  for (const r of report.rejected) io.err(`bad line: ${REPORT_FILES.find(([, k]) => k === r.kind)![0]}:${r.line ?? r.index + 1}: ${r.code}: ${r.message.en} / ${r.message['zh-CN']}`);
  if (report.rejected.length > 0) io.err(`${report.rejected.length} bad line(s); listed in the report / 有 ${report.rejected.length} 行无法读取，已在报告中列出`);
  const ext = args.out ? extname(args.out).toLowerCase() : '.md';
  const body = ext === '.html' || ext === '.htm' ? renderReportHtml(report, lang) : ext === '.json' ? `${JSON.stringify(report, null, 2)}\n` : renderReportMarkdown(report, lang);
  if (args.out && args.out !== '-') {
    writeFileSync(args.out, body);
    io.err(`wrote ${args.out}`);
  } else await io.out(body.trimEnd());
  return report.rejected.length > 0 ? 1 : 0;
}
