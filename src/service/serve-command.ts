import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { IndexedCalendar } from '../core/calendar';
import { extendCalendar } from '../core/calendar';
import { calendarCoverageWarning } from '../core/calendar-coverage';
import { readCalendarDataFile } from '../core/calendar-data-file';
import { chineseCalendar } from '../core/chinese-calendar';
import { WuyeError } from '../core/errors';
import { text } from '../core/text';
import { policyFromFile } from '../core/policy-file';
import { allProcedures } from '../docs/procedures';
import { createService } from './app';

/** Where `serve` writes its lines (the CLI's `Io`). @example const io: ServeIo = { out: console.log, err: console.error }; */
export interface ServeIo {
  readonly out: (line: string) => void;
  readonly err: (line: string) => void;
}

/** The options of `wuye-rules serve`. @example const args: ServeArgs = { port: 8181, host: '127.0.0.1', policyFile: 'policy.json' }; */
export interface ServeArgs {
  readonly port?: number;
  readonly host?: string;
  /** A policy file `{ packs, overrides }` (as `wuye-rules check-policy` reads). */
  readonly policyFile?: string;
  /** A directory of calendar data files (`wuye-rules calendar import` output), added to the built-in calendar in name order. */
  readonly calendarDir?: string;
  /** Fastify's log level (`info` logs each request as one JSON line on stdout). */
  readonly logLevel?: string;
  /** The instant the calendar coverage warning is judged at (the CLI passes the clock). */
  readonly now?: string;
}

/** A listening service: its URL and a graceful close. @example const s: RunningService = await serveCommand({}, io); await s.close(); */
export interface RunningService {
  readonly url: string;
  readonly close: () => Promise<void>;
}

function readText(path: string): string {
  try {
    return readFileSync(path, 'utf8');
  } catch (error) {
    throw new WuyeError('INVALID_INPUT', text(`无法读取文件：${path}`, `Cannot read the file ${path}: ${(error as Error).message}`), { path });
  }
}

function readJson(path: string): unknown {
  const body = readText(path);
  try {
    return JSON.parse(body.charCodeAt(0) === 0xfeff ? body.slice(1) : body);
  } catch (error) {
    throw new WuyeError('INVALID_INPUT', text(`无法读取 JSON 文件：${path}`, `Cannot read the JSON file ${path}: ${(error as Error).message}`), { path });
  }
}

function loadCalendar(dir: string): IndexedCalendar {
  let calendar = chineseCalendar();
  const files = readdirSync(dir).filter((f) => f.endsWith('.json')).sort();
  for (const file of files) calendar = extendCalendar(calendar, readCalendarDataFile(readJson(join(dir, file))));
  return calendar;
}

/**
 * `wuye-rules serve [--port 8181] [--host 127.0.0.1] [--policy file] [--calendar dir]`: the
 * stateless decision service. Prints `wuye-rules service listening on <url>` once ready;
 * SIGINT / SIGTERM close it gracefully (in-flight requests finish, new ones get 503).
 *
 * @example
 * const service = await serveCommand({ port: 8181 }, { out: console.log, err: console.error });
 * await service.close();
 */
export async function serveCommand(args: ServeArgs, io: ServeIo): Promise<RunningService> {
  const policy = args.policyFile ? policyFromFile(readText(args.policyFile), allProcedures) : undefined;
  const calendar = args.calendarDir ? loadCalendar(args.calendarDir) : chineseCalendar();
  if (args.now) {
    const warning = calendarCoverageWarning(calendar, args.now);
    if (warning) io.err(`${warning['zh-CN']}\n${warning.en}`);
  }
  const app = createService({ ...(policy ? { policy } : {}), calendar, logger: { level: args.logLevel ?? 'info' } });
  const url = await app.listen({ port: args.port ?? 8181, host: args.host ?? '127.0.0.1' });
  io.out(`wuye-rules service listening on ${url}`);
  let closing: Promise<void> | undefined;
  const close = () => (closing ??= (async () => {
    process.off('SIGINT', onSignal);
    process.off('SIGTERM', onSignal);
    await app.close();
    io.out('wuye-rules service closed');
  })());
  const onSignal = () => void close();
  process.on('SIGINT', onSignal);
  process.on('SIGTERM', onSignal);
  return { url, close };
}
