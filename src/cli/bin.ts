// The executable behind `npx wuye-rules`. Stdout is written with back-pressure (a command
// waits while the reader is slower), and a reader that goes away (`| head -1`) ends the
// process quietly with 141, the shell's code for a broken pipe, instead of an EPIPE trace.
import { writeFileSync } from 'node:fs';
import { once } from 'node:events';
import { main } from './main';

const BROKEN_PIPE = 141;
for (const stream of [process.stdout, process.stderr]) {
  stream.on('error', (e: NodeJS.ErrnoException) => {
    if (e.code !== 'EPIPE') throw e;
    process.exit(BROKEN_PIPE);
  });
}
// The process boundary: the only place the command line reads its environment and the clock,
// handed to main() as input. WUYE_RULES_TODAY stands in for the clock (tests, dry runs);
// WUYE_RULES_MAX_RSS_FILE receives the peak resident set size (kB) on exit (the memory tests).
const { WUYE_RULES_TODAY: today, WUYE_RULES_MAX_RSS_FILE: rssFile } = process.env;
if (rssFile) process.on('exit', () => writeFileSync(rssFile, String(process.resourceUsage().maxRSS)));

// Into a pipe or a file, lines are gathered into chunks of about 64 kB: a write to a pipe is a
// synchronous system call on Linux, and one a line cost more than checking the records did.
// A terminal gets each line at once.
const CHUNK = 64 * 1024;
let pending = '';
const write = (text: string): void | Promise<void> => {
  if (!process.stdout.write(text)) return once(process.stdout, 'drain').then(() => undefined);
};
const out = (line: string): void | Promise<void> => {
  if (process.stdout.isTTY) return write(`${line}\n`);
  pending += `${line}\n`;
  if (pending.length < CHUNK) return;
  const chunk = pending;
  pending = '';
  return write(chunk);
};
try {
  process.exitCode = await main(process.argv.slice(2), { out, err: (line) => process.stderr.write(`${line}\n`), now: today || new Date().toISOString() });
} finally {
  if (pending !== '') await write(pending);
}
