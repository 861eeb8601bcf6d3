// The executable behind `npx wuye-rules`. Stdout is written with back-pressure (a command
// waits while the reader is slower), and a reader that goes away (`| head -1`) ends the
// process quietly with 141, the shell's code for a broken pipe, instead of an EPIPE trace.
import { once } from 'node:events';
import { main } from './main';

const BROKEN_PIPE = 141;
for (const stream of [process.stdout, process.stderr]) {
  stream.on('error', (e: NodeJS.ErrnoException) => {
    if (e.code !== 'EPIPE') throw e;
    process.exit(BROKEN_PIPE);
  });
}
// Into a pipe or a file, lines are gathered and written together: a write to a pipe is a
// synchronous system call on Linux, and one a line cost more than checking the records did.
// What is gathered goes out at 64 kB, whenever the command waits (for input, for a request:
// `serve`'s readiness line and a `check -` fed slowly are never held back), and before anything
// is written to stderr (so the two keep their order). A terminal gets each line at once.
const CHUNK = 64 * 1024;
let pending = '';
let scheduled = false;
const drained = (): Promise<void> => once(process.stdout, 'drain').then(() => undefined);
const flush = (): void | Promise<void> => {
  if (pending === '') return;
  const chunk = pending;
  pending = '';
  if (!process.stdout.write(chunk)) return drained();
};
const out = (line: string): void | Promise<void> => {
  if (process.stdout.isTTY) return process.stdout.write(`${line}\n`) ? undefined : drained();
  pending += `${line}\n`;
  if (pending.length >= CHUNK) return flush();
  if (!scheduled) {
    scheduled = true;
    setImmediate(() => {
      scheduled = false;
      void flush();
    });
  }
  // Back-pressure for a stream that buffers (a socket): wait while it is full.
  if (process.stdout.writableNeedDrain) return drained();
};
const err = (line: string): void => {
  void flush();
  process.stderr.write(`${line}\n`);
};
try {
  // The process boundary: the one place the command line reads the clock (for the calendar
  // coverage warning), handed to main() as input like argv. It reads no environment.
  process.exitCode = await main(process.argv.slice(2), { out, err, now: new Date().toISOString() });
} finally {
  await flush();
}
