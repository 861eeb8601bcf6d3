// Output into a pipe is gathered into chunks, but never held back while the command waits:
// `serve` prints its readiness line while it runs, and `check -` fed slowly answers each record
// before its input ends. Each waits on a line (bounded), never a fixed sleep.
import { spawn } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { parseJsonLine } from '../../src/cli/input';
import { intake } from '../complaint/fixtures';
import { cliBundle, root } from './run-cli';

const BOUND_MS = 120_000;

/** Starts the CLI with piped stdio; `until` resolves with stdout so far once it matches. */
function start(args: readonly string[]) {
  const child = spawn(process.execPath, [cliBundle, ...args], { cwd: root, stdio: ['pipe', 'pipe', 'pipe'], env: { ...process.env, FORCE_COLOR: '0' } });
  let out = '';
  child.stdout.setEncoding('utf8').on('data', (d: string) => (out += d));
  child.stderr.resume();
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  const until = (pattern: RegExp) =>
    new Promise<string>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`no ${pattern} on stdout within ${BOUND_MS} ms; stdout so far: ${out}`)), BOUND_MS);
      const look = () => {
        if (!pattern.test(out)) return;
        clearTimeout(timer);
        child.stdout.off('data', look);
        resolve(out);
      };
      child.stdout.on('data', look);
      void exited.then(() => {
        clearTimeout(timer);
        if (pattern.test(out)) resolve(out);
        else reject(new Error(`exited before ${pattern}; stdout: ${out}`));
      });
      look();
    });
  return { child, until, exited };
}

describe('output into a pipe is not held back', () => {
  it('serve prints its readiness line while it runs, and exits 0 on SIGTERM', async () => {
    const s = start(['serve', '--port', '0', '--host', '127.0.0.1']);
    const out = await s.until(/listening on http:\/\/127\.0\.0\.1:\d+/);
    expect(s.child.exitCode).toBeNull();
    const url = /listening on (http:\/\/127\.0\.0\.1:\d+)/.exec(out)![1]!;
    expect((await fetch(`${url}/healthz`)).status).toBe(200);
    s.child.kill('SIGTERM');
    expect(await s.exited).toBe(0);
  });

  it('check - answers a record while its input is still open', async () => {
    const s = start(['check', 'complaint', '-', '--as-of', '2026-05-10T00:00:00+08:00', '--json']);
    s.child.stdin.write(`${JSON.stringify(intake({ id: 'C-SLOW' }))}\n`);
    const out = await s.until(/"record":"C-SLOW"/);
    expect(s.child.exitCode).toBeNull();
    expect(JSON.parse(out.split('\n')[0]!)).toMatchObject({ line: 1, record: 'C-SLOW' });
    s.child.stdin.end();
    expect(await s.exited).toBe(1);
  });
});

describe('parseJsonLine', () => {
  it('gives the value, or the parser’s message, and leaves Error.stackTraceLimit as it was', () => {
    const before = Error.stackTraceLimit;
    expect(parseJsonLine('{"id":"C-1"}')).toEqual({ value: { id: 'C-1' } });
    const bad = parseJsonLine('{ not json');
    expect('error' in bad && bad.error).toMatch(/JSON/);
    expect(Error.stackTraceLimit).toBe(before);
    expect(new Error('x').stack).toMatch(/\n\s+at /);
  });
});
