import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { isWuyeError, WuyeError } from '../core/errors';
import { toIsoInstant } from '../core/instant';
import type { Policy } from '../core/policy';
import { composePolicy, paramOrigin, paramValue } from '../core/policy';
import type { ProcedureDefinition } from '../core/procedure';
import type { ProcedureDocs } from '../core/procedure-docs';
import type { Violation } from '../core/rule';
import { DOCUMENTS, formatSource } from '../core/source';
import { CORE_PARAMETERS } from '../core/core-parameters';
import type { Parameter } from '../core/parameter';
import type { Lang } from '../core/text';
import { LANGS, text } from '../core/text';
import { formatValue } from '../docs/format-value';
import { renderIndexPage } from '../docs/index-page';
import { renderProcedurePage } from '../docs/procedure-page';
import { policyFromFile } from '../core/policy-file';
import { openLines, parseJsonLine, readText } from './input';

/**
 * Where a command writes: stdout and stderr lines. `out` may return a promise while stdout
 * is full (back-pressure); a command that writes much awaits it.
 *
 * @example const io: Io = { out: console.log, err: console.error, now: '2026-12-02T08:00:00Z' };
 */
export interface Io {
  readonly out: (line: string) => void | Promise<void>;
  readonly err: (line: string) => void;
  /** The instant the command runs at (ISO 8601), given by the executable: the library reads no clock. */
  readonly now: string;
}

const readPolicy = (path: string, procedures: readonly ProcedureDefinition[]): Policy => policyFromFile(readText(path, ['策略文件', 'policy file']), procedures);

/**
 * `wuye-rules docs --policy my-policy.json --out dir/ [--lang zh-CN|en]`: the procedure pages
 * for the host's own composed policy, so the printed procedure shows the company's numbers;
 * `docs` holds each procedure's summary and readings by name.
 *
 * @example
 * docsCommand({ policy: 'policy.json', out: 'site', lang: undefined }, allProcedures, io, PROCEDURE_DOCS) // 0
 */
export function docsCommand(args: { policy?: string; out: string; lang?: string }, procedures: readonly ProcedureDefinition[], io: Io, docs: Readonly<Record<string, ProcedureDocs>>): number {
  const policy = args.policy ? readPolicy(args.policy, procedures) : undefined;
  if (args.lang !== undefined && !LANGS.includes(args.lang as Lang)) throw new WuyeError('INVALID_INPUT', text(`--lang 须为 zh-CN 或 en`, `--lang must be zh-CN or en`), { lang: args.lang });
  const langs = args.lang ? [args.lang as Lang] : LANGS;
  mkdirSync(join(args.out, 'procedures'), { recursive: true });
  for (const lang of langs) {
    writeFileSync(join(args.out, `index.${lang}.md`), renderIndexPage(procedures, lang));
    for (const p of procedures) writeFileSync(join(args.out, 'procedures', `${p.name}.${lang}.md`), renderProcedurePage(p, lang, policy, Object.hasOwn(docs, p.name) ? docs[p.name] : undefined));
  }
  io.out(`wrote ${procedures.length * langs.length + langs.length} pages to ${args.out}`);
  return 0;
}

/**
 * `wuye-rules check-policy my-policy.json`: validates a policy file and prints every
 * parameter whose value differs from the library default, with where it came from.
 *
 * @example
 * checkPolicyCommand({ file: 'policy.json' }, allProcedures, io) // 0, or throws INVALID_POLICY
 */
export function checkPolicyCommand(args: { file: string }, procedures: readonly ProcedureDefinition[], io: Io): number {
  const policy = readPolicy(args.file, procedures);
  const seen = new Set<string>();
  let changed = 0;
  io.out(`policy ${args.file}: valid / 策略有效`);
  for (const p of procedures) {
    for (const param of p.parameters) {
      if (seen.has(param.id)) continue;
      seen.add(param.id);
      const value = paramValue(policy, param);
      if (JSON.stringify(value) === JSON.stringify(param.default)) continue;
      changed += 1;
      const origin = paramOrigin(policy, param);
      const from = 'source' in origin ? `${origin.from} ${formatSource(origin.source)}` : 'override / 主机覆盖';
      io.out(`  ${param.id}: ${formatValue(param.default, 'en')} → ${formatValue(value, 'en')}  (${from}) — ${param.title['zh-CN']} / ${param.title.en}`);
    }
  }
  io.out(`${changed} parameter(s) differ from the defaults / 与默认值不同的参数：${changed}`);
  return 0;
}

/** The totals of a `check` run. @example const s: CheckSummary = { records: 10, malformed: 1, invalid: 0, errors: 2, warnings: 1, infos: 0 }; */
export interface CheckSummary {
  records: number;
  malformed: number;
  invalid: number;
  errors: number;
  warnings: number;
  infos: number;
}

/**
 * `wuye-rules check <procedure> records.jsonl --as-of <instant> [--policy file] [--json]`:
 * runs a procedure's rules over host records (one JSON a line). A malformed line or an
 * invalid record is reported with its line number, skipped and counted — never dropped
 * silently. Exits 1 when an error-severity violation (or a bad line) is found, else 0.
 *
 * @example
 * await checkCommand({ procedure: 'complaint', file: 'records.jsonl', asOf: '2026-05-10T00:00:00+08:00' }, allProcedures, io) // 0 or 1
 */
export async function checkCommand(
  args: { procedure: string; file: string; asOf: string; policy?: string; json?: boolean; progressEvery?: number },
  procedures: readonly ProcedureDefinition[],
  io: Io,
): Promise<number> {
  const procedure = procedures.find((p) => p.name === args.procedure);
  if (!procedure?.check) {
    const names = procedures.filter((p) => p.check).map((p) => p.name);
    throw new WuyeError('INVALID_INPUT', text(`未知或不可检查的流程“${args.procedure}”；可用：${names.join('、')}`, `Unknown or uncheckable procedure "${args.procedure}"; available: ${names.join(', ')}`), { procedure: args.procedure });
  }
  const asOf = toIsoInstant(args.asOf);
  const lines = openLines(args.file, ['记录文件', 'records file']);
  const policy: Policy = args.policy ? readPolicy(args.policy, procedures) : composePolicy();
  const summary: CheckSummary = { records: 0, malformed: 0, invalid: 0, errors: 0, warnings: 0, infos: 0 };
  const every = args.progressEvery ?? 10_000;
  const emit = (line: number, id: unknown, v: Violation) => {
    summary[v.severity === 'error' ? 'errors' : v.severity === 'warning' ? 'warnings' : 'infos'] += 1;
    if (args.json) return io.out(JSON.stringify({ line, record: id ?? null, ...v }));
    return io.out(`${String(line).padStart(6)}  ${String(id ?? '').padEnd(18)}  ${v.severity.padEnd(7)}  ${v.ruleId.padEnd(34)}  ${formatSource(v.source)}  ${v.message['zh-CN']} / ${v.message.en}`);
  };
  const bad = (line: number, kind: 'malformed' | 'invalid', message: string) => {
    summary[kind] += 1;
    if (args.json) return io.out(JSON.stringify({ line, [kind]: true, message }));
    return io.err(`line ${line}: ${kind === 'malformed' ? 'malformed JSON, skipped / JSON 格式错误，已跳过' : 'invalid record, skipped / 记录无效，已跳过'} — ${message}`);
  };
  if (!args.json) await io.out(`${'line'.padStart(6)}  ${'record'.padEnd(18)}  ${'level'.padEnd(7)}  ${'rule'.padEnd(34)}  source / message`);
  for await (const { line, number } of lines) {
    if (line.trim() === '') continue;
    if (number % every === 0) io.err(`… ${number} lines read / 已读 ${number} 行`);
    const parsed = parseJsonLine(line);
    if ('error' in parsed) {
      await bad(number, 'malformed', parsed.error);
      continue;
    }
    const record = parsed.value;
    summary.records += 1;
    try {
      for (const v of procedure.check(record as never, { asOf, policy })) await emit(number, (record as { id?: unknown }).id, v);
    } catch (e) {
      if (!isWuyeError(e)) throw e;
      await bad(number, 'invalid', `${e.code}: ${e.text.en}`);
    }
  }
  const line = `${summary.records} records, ${summary.errors} errors, ${summary.warnings} warnings, ${summary.infos} infos, ${summary.malformed} malformed lines, ${summary.invalid} invalid records`;
  if (args.json) await io.out(JSON.stringify({ summary }));
  else await io.out(`\n${line}\n记录 ${summary.records} 条，错误 ${summary.errors}，警告 ${summary.warnings}，提示 ${summary.infos}，格式错误行 ${summary.malformed}，无效记录 ${summary.invalid}`);
  return summary.errors > 0 || summary.malformed > 0 || summary.invalid > 0 ? 1 : 0;
}

/**
 * The text `wuye-rules init-policy` writes: a policy file in JSONC (JSON with comments and
 * trailing commas, which `policyFromFile` reads) that follows no pack and overrides nothing,
 * with every document to choose from and every parameter, commented out at its default with
 * its title and source clause, ready to be uncommented.
 *
 * @example
 * policyTemplate(allProcedures).startsWith('// wuye-rules policy file') // true
 */
export function policyTemplate(procedures: readonly ProcedureDefinition[]): string {
  const lines = [
    '// wuye-rules policy file (JSONC: JSON with // comments and trailing commas).',
    '// Read by `wuye-rules check-policy <file>`, `--policy <file>`, and policyFromFile() from "wuye-rules".',
    '{',
    '  // The source documents whose packs you follow, in order (a later one wins). Library defaults when empty.',
    ...Object.entries(DOCUMENTS).map(([id, title]) => `  //   "${id}"${' '.repeat(8 - id.length)}${title}`),
    '  "packs": [],',
    '  // Your own values by parameter id: uncomment a line and change its value.',
    '  "overrides": {',
  ];
  const seen = new Set<string>();
  for (const p of [...(CORE_PARAMETERS as readonly Parameter[]), ...procedures.flatMap((procedure) => procedure.parameters)]) {
    if (seen.has(p.id)) continue;
    seen.add(p.id);
    lines.push(`    // ${p.title['zh-CN']} / ${p.title.en} — default ${formatValue(p.default, 'en')} (${formatSource(p.source)})`);
    lines.push(`    // ${JSON.stringify(p.id)}: ${JSON.stringify(p.default)},`);
  }
  lines.push('  },', '}');
  return lines.join('\n');
}
