// `npx wuye-rules …`: docs for a host's policy, policy checks, rule checks over JSONL records,
// calendar data, and a policy template. A Unix tool: `--help` on every command, `--version`,
// `-` for stdin, and exit 2 with one line on stderr for a bad call or an unreadable file.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { ParseArgsConfig } from 'node:util';
import { parseArgs } from 'node:util';
import { isWuyeError } from '../core/errors';
import { PROCEDURE_DOCS, allProcedures } from '../docs/procedures';
import type { Io } from './commands';
import { checkCommand, checkPolicyCommand, docsCommand, policyTemplate } from './commands';
import { CALENDAR_USAGE, calendarCommand, warnCalendarCoverage } from './calendar-command';
import { policyFromFile } from '../core/policy-file';
import { WuyeError } from '../core/errors';
import { text } from '../core/text';
import { readText } from './input';
import { REPORT_USAGE, reportCommand } from './report-command';

type Options = NonNullable<ParseArgsConfig['options']>;
interface Command {
  readonly usage: string;
  readonly options: Options;
  readonly run: (values: Record<string, string | boolean | undefined>, positionals: string[], io: Io) => number | Promise<number>;
}

const string = { type: 'string' } as const;
const EXIT = 'exit codes: 0 ok · 1 error-severity violations or bad lines · 2 usage or input error';

const COMMANDS: Record<string, Command> = {
  docs: {
    usage: 'wuye-rules docs --out <dir> [--policy <policy.jsonc>] [--lang zh-CN|en]\n  the procedure pages, with the numbers of your policy',
    options: { out: string, policy: string, lang: string },
    run: (v, _, io) => {
      if (typeof v.out !== 'string') return usage('docs', '--out <dir> is required', io);
      return docsCommand({ out: v.out, ...(typeof v.policy === 'string' ? { policy: v.policy } : {}), ...(typeof v.lang === 'string' ? { lang: v.lang } : {}) }, allProcedures, io, PROCEDURE_DOCS);
    },
  },
  'check-policy': {
    usage: 'wuye-rules check-policy <policy.jsonc | ->\n  validates a policy file and lists every value that differs from the defaults',
    options: {},
    run: (_, [file, ...extra], io) => (file && extra.length === 0 ? checkPolicyCommand({ file }, allProcedures, io) : usage('check-policy', 'expected one policy file', io)),
  },
  check: {
    usage: `wuye-rules check <procedure> <records.jsonl | -> --as-of <ISO instant with offset> [--policy <policy.jsonc>] [--json]\n  runs a procedure's rules over records, one JSON a line\n  procedures: ${allProcedures.filter((p) => p.check).map((p) => p.name).join(', ')}`,
    options: { 'as-of': string, policy: string, json: { type: 'boolean' } },
    run: (v, [procedure, file, ...extra], io) => {
      if (!procedure || !file || extra.length > 0) return usage('check', 'expected a procedure and a records file', io);
      if (typeof v['as-of'] !== 'string') return usage('check', '--as-of <instant> is required', io);
      return checkCommand({ procedure, file, asOf: v['as-of'], ...(typeof v.policy === 'string' ? { policy: v.policy } : {}), json: v.json === true }, allProcedures, io);
    },
  },
  calendar: {
    usage: CALENDAR_USAGE.replace(/^usage:\n {2}/, ''),
    options: {},
    run: (_, rest, io) => calendarCommand(rest, io),
  },
  report: {
    usage: REPORT_USAGE,
    options: { month: string, records: string, policy: string, lang: string, out: string },
    run: (v, extra, io) => {
      if (extra.length > 0) return usage('report', `unexpected argument ${extra[0]}`, io);
      if (typeof v.month !== 'string') return usage('report', '--month <YYYY-MM> is required', io);
      if (typeof v.records !== 'string') return usage('report', '--records <dir> is required', io);
      const policy = typeof v.policy === 'string' ? policyFromFile(readText(v.policy, ['策略文件', 'policy file']), allProcedures) : undefined;
      return reportCommand({ month: v.month, records: v.records, ...(policy ? { policy } : {}), ...(typeof v.lang === 'string' ? { lang: v.lang } : {}), ...(typeof v.out === 'string' ? { out: v.out } : {}) }, io);
    },
  },
  serve: {
    usage: 'wuye-rules serve [--port 8181] [--host 127.0.0.1] [--policy <policy.jsonc>] [--calendar <dir of calendar data files>]\n  the stateless decision service (HTTP + OpenAPI at /openapi.json); needs the optional peer fastify',
    options: { port: string, host: string, policy: string, calendar: string },
    run: async (v, extra, io) => {
      if (extra.length > 0) return usage('serve', `unexpected argument ${extra[0]}`, io);
      const port = v.port === undefined ? undefined : Number(v.port);
      if (port !== undefined && !(Number.isInteger(port) && port >= 0 && port <= 65535)) return usage('serve', '--port must be a port number (0–65535)', io);
      // fastify is an optional peer: loaded only here, so every other command runs without it.
      const { serveCommand } = await import('../service/serve-command').catch((e: unknown) => {
        if ((e as { code?: string }).code !== 'ERR_MODULE_NOT_FOUND' && (e as { code?: string }).code !== 'MODULE_NOT_FOUND') throw e;
        throw new WuyeError('INVALID_INPUT', text('决策服务需要安装可选依赖 fastify：npm install fastify', 'The decision service needs the optional peer fastify: npm install fastify'), { missing: 'fastify' });
      });
      const service = await serveCommand({ ...(port !== undefined ? { port } : {}), ...(typeof v.host === 'string' ? { host: v.host } : {}), ...(typeof v.policy === 'string' ? { policyFile: v.policy } : {}), ...(typeof v.calendar === 'string' ? { calendarDir: v.calendar } : {}) }, { out: (line) => void io.out(line), err: io.err });
      await new Promise<void>((resolve) => {
        const stop = () => void service.close().then(resolve);
        process.once('SIGINT', stop);
        process.once('SIGTERM', stop);
      });
      return 0;
    },
  },
  'init-policy': {
    usage: 'wuye-rules init-policy [<file> [--force]]\n  writes a commented policy template (JSONC) to the file, or to stdout',
    options: { force: { type: 'boolean' } },
    run: (v, [file, ...extra], io) => {
      if (extra.length > 0) return usage('init-policy', 'expected at most one file', io);
      const template = `${policyTemplate(allProcedures)}\n`;
      if (!file || file === '-') return Promise.resolve(io.out(template.trimEnd())).then(() => 0);
      if (existsSync(file) && v.force !== true) {
        io.err(`wuye-rules: ${file} exists; not overwritten (use --force) / 文件已存在，未覆盖`);
        return 2;
      }
      writeFileSync(file, template);
      io.err(`wrote ${file} / 已写入`);
      return 0;
    },
  },
};

const USAGE = `usage:\n${Object.values(COMMANDS)
  .map((c) => `  ${c.usage.split('\n')[0]}`)
  .join('\n')}\n  wuye-rules <command> --help · wuye-rules --version\n${EXIT}`;

function usage(command: string | undefined, message: string, io: Io): number {
  io.err(`wuye-rules${command ? ` ${command}` : ''}: ${message} (wuye-rules ${command ? `${command} ` : ''}--help)`);
  return 2;
}

/** The package's version, from the package.json above this file (in src/ or in dist/). */
function version(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  for (;;) {
    const file = join(dir, 'package.json');
    if (existsSync(file)) {
      const pkg = JSON.parse(readFileSync(file, 'utf8')) as { name?: string; version?: string };
      if (pkg.name === 'wuye-rules' && pkg.version) return pkg.version;
    }
    if (dirname(dir) === dir) return 'unknown';
    dir = dirname(dir);
  }
}

/**
 * Runs the command line and returns the exit code (0 ok, 1 violations or bad lines, 2 usage
 * or input error). Every error is one line on stderr: a typed error with its code in both
 * languages, a bad call with the command's `--help`.
 *
 * @example
 * await main(['check', 'complaint', 'records.jsonl', '--as-of', '2026-05-10T00:00:00+08:00'], { out: console.log, err: console.error, now: '2026-12-02T09:00:00+08:00' }) // 1 when a record breaks a rule
 */
export async function main(argv: readonly string[], io: Io): Promise<number> {
  const [first, ...rest] = argv;
  if (first === '--version' || first === '-V') {
    await io.out(version());
    return 0;
  }
  if (first === undefined || first === '--help' || first === '-h' || first === 'help') {
    if (first === undefined) {
      io.err(USAGE);
      return 2;
    }
    await io.out(USAGE);
    return 0;
  }
  const command = Object.hasOwn(COMMANDS, first) ? COMMANDS[first] : undefined;
  if (!command) return usage(undefined, first.startsWith('-') ? `unknown option ${first}` : `unknown command "${first}"; commands: ${Object.keys(COMMANDS).join(', ')}`, io);
  let parsed;
  try {
    parsed = parseArgs({ args: rest, allowPositionals: true, strict: true, options: { ...command.options, help: { type: 'boolean', short: 'h' } } });
  } catch (e) {
    return usage(first, (e as Error).message.split('\n')[0] ?? 'bad arguments', io);
  }
  if (parsed.values.help) {
    await io.out(`usage: ${command.usage}\n${EXIT}`);
    return 0;
  }
  try {
    if (first !== 'calendar' && first !== 'init-policy') warnCalendarCoverage(io);
    return await command.run(parsed.values as Record<string, string | boolean | undefined>, parsed.positionals, io);
  } catch (e) {
    if (!isWuyeError(e)) throw e;
    io.err(`wuye-rules ${first}: ${e.code}: ${e.text.en} / ${e.text['zh-CN']}`);
    return 2;
  }
}
