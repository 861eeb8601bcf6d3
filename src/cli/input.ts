// What the command line reads: a named file or `-` (stdin), checked before any output so a
// missing file or a directory is one line on stderr and exit 2, never a stack trace.
import { createReadStream, readFileSync, statSync } from 'node:fs';
import type { Readable } from 'node:stream';
import { createInterface } from 'node:readline';
import { WuyeError } from '../core/errors';
import { text } from '../core/text';

/** The command line's reading of `path`: stdin for `-`, else a regular file that exists. */
function checkPath(path: string, [zh, en]: What): void {
  if (path === '-') return;
  let isDirectory: boolean;
  try {
    isDirectory = statSync(path).isDirectory();
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code ?? 'error';
    throw new WuyeError('INVALID_INPUT', text(`无法读取${zh}“${path}”：文件不存在或无权读取`, `Cannot read the ${en} ${path}: ${code === 'ENOENT' ? 'no such file' : code}`), { path, code });
  }
  if (isDirectory) throw new WuyeError('INVALID_INPUT', text(`无法读取${zh}“${path}”：这是一个目录`, `Cannot read the ${en} ${path}: it is a directory`), { path });
}

/** What a file is, in zh-CN and en, for the messages. */
type What = readonly [zh: string, en: string];

const withoutBom = (s: string): string => (s.charCodeAt(0) === 0xfeff ? s.slice(1) : s);

/**
 * The whole text of a file, or of stdin for `-`, without a UTF-8 byte-order mark.
 *
 * @example
 * readText('policy.jsonc', ['策略文件', 'policy file']) // '{ "packs": … }'
 */
export function readText(path: string, what: What): string {
  checkPath(path, what);
  try {
    return withoutBom(readFileSync(path === '-' ? 0 : path, 'utf8'));
  } catch (e) {
    throw new WuyeError('INVALID_INPUT', text(`无法读取${what[0]}“${path}”`, `Cannot read the ${what[1]} ${path}: ${(e as Error).message}`), { path });
  }
}

/**
 * Opens the lines of a file, or of stdin for `-`, checking the file first. The lines are
 * streamed (a large file is never read whole, and reading waits while the consumer does),
 * with their 1-based numbers; a UTF-8 byte-order mark before line 1 is dropped.
 *
 * @example
 * for await (const { line, number } of openLines('records.jsonl', ['记录文件', 'records file'])) { … }
 */
export function openLines(path: string, what: What, stdin: Readable = process.stdin): AsyncGenerator<{ line: string; number: number }> {
  checkPath(path, what);
  const input = path === '-' ? stdin.setEncoding('utf8') : createReadStream(path, { encoding: 'utf8' });
  return (async function* lines() {
    const rl = createInterface({ input, crlfDelay: Infinity });
    let number = 0;
    for await (const line of rl) {
      number += 1;
      yield { line: number === 1 ? withoutBom(line) : line, number };
    }
  })();
}

/**
 * One line of a records file parsed as JSON: the value, or the parser's message for a
 * malformed line. A malformed line costs no stack trace (a records file exported badly can
 * hold a million of them, and the trace is half the cost of the failure).
 *
 * @example
 * parseJsonLine('{"id":"C-1"}') // { value: { id: 'C-1' } }
 * parseJsonLine('{ not json') // { error: "Expected property name or '}' in JSON at position 2" }
 */
export function parseJsonLine(line: string): { readonly value: unknown } | { readonly error: string } {
  const limit = Error.stackTraceLimit;
  Error.stackTraceLimit = 0;
  try {
    return { value: JSON.parse(line) as unknown };
  } catch (e) {
    return { error: (e as Error).message };
  } finally {
    Error.stackTraceLimit = limit;
  }
}
