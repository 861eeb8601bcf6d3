// `npx wuye-rules …`: docs for a host's policy, policy checks, and rule checks over JSONL records.
import { parseArgs } from 'node:util';
import { isWuyeError } from '../core/errors';
import { allProcedures } from '../docs/procedures';
import type { Io } from './commands';
import { checkCommand, checkPolicyCommand, docsCommand } from './commands';
import { calendarCommand, warnCalendarCoverage } from './calendar-command';

const USAGE = `usage:
  wuye-rules docs --out <dir> [--policy <policy.json>] [--lang zh-CN|en]
  wuye-rules check-policy <policy.json>
  wuye-rules check <procedure> <records.jsonl> --as-of <ISO instant with offset> [--policy <policy.json>] [--json]
  wuye-rules calendar import <notice.txt> | calendar check <calendar-data.json>
exit codes: 0 ok · 1 error-severity violations or bad lines · 2 usage or input error`;

/**
 * Runs the command line and returns the exit code (0 ok, 1 violations or bad lines, 2 usage
 * or input error). Typed errors are printed with their code in both languages.
 *
 * @example
 * process.exitCode = await main(process.argv.slice(2), { out: console.log, err: console.error });
 */
export async function main(argv: readonly string[], io: Io): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      args: [...argv],
      allowPositionals: true,
      options: { out: { type: 'string' }, policy: { type: 'string' }, lang: { type: 'string' }, 'as-of': { type: 'string' }, json: { type: 'boolean' }, help: { type: 'boolean', short: 'h' } },
    });
  } catch (e) {
    io.err(`${(e as Error).message}\n${USAGE}`);
    return 2;
  }
  const { values, positionals } = parsed;
  const [command, ...rest] = positionals;
  if (values.help || !command) {
    (values.help ? io.out : io.err)(USAGE);
    return values.help ? 0 : 2;
  }
  try {
    if (command === 'calendar') return calendarCommand(rest, io);
    warnCalendarCoverage(io);
    if (command === 'docs' && values.out) return docsCommand({ out: values.out, ...(values.policy ? { policy: values.policy } : {}), ...(values.lang ? { lang: values.lang } : {}) }, allProcedures, io);
    if (command === 'check-policy' && rest[0]) return checkPolicyCommand({ file: rest[0] }, allProcedures, io);
    if (command === 'check' && rest[0] && rest[1] && values['as-of']) {
      return await checkCommand({ procedure: rest[0], file: rest[1], asOf: values['as-of'], ...(values.policy ? { policy: values.policy } : {}), json: values.json ?? false }, allProcedures, io);
    }
  } catch (e) {
    if (!isWuyeError(e)) throw e;
    io.err(`${e.code}: ${e.text['zh-CN']}\n${e.code}: ${e.text.en}`);
    return 2;
  }
  io.err(USAGE);
  return 2;
}
