// The real decision service in its own process (`test/service/start-service.ts`, as
// `wuye-rules serve` runs it) on a free port: ready when it prints its URL — never a fixed
// sleep — with a bound that holds on a loaded two-core machine. Shared by the client tests,
// the load test and bench/service.bench.ts.
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { resolve } from 'node:path';

const root = resolve(import.meta.dirname, '../..');

/** A service process: its URL, and a graceful stop (SIGTERM) resolving to the exit code. */
export interface ServiceProcess {
  readonly url: string;
  readonly stop: () => Promise<number | null>;
}

/** Starts the service on port 0 and resolves once it listens (at most `readyWithin` ms). */
export async function startService(readyWithin = 120_000): Promise<ServiceProcess> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'test/service/start-service.ts', '0'], { cwd: root, stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, LOG_LEVEL: 'warn' } });
  let out = '';
  let err = '';
  child.stderr.on('data', (d: Buffer) => (err += d.toString()));
  const exited = once(child, 'exit') as Promise<[number | null, NodeJS.Signals | null]>;
  const url = await new Promise<string>((ok, fail) => {
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      fail(new Error(`the service did not print its URL within ${readyWithin} ms: ${err}`));
    }, readyWithin);
    child.stdout.on('data', (d: Buffer) => {
      out += d.toString();
      const m = /listening on (http:\/\/\S+)/.exec(out);
      if (m) {
        clearTimeout(timer);
        ok(m[1]!);
      }
    });
    void exited.then(([code]) => {
      clearTimeout(timer);
      fail(new Error(`the service exited ${code}: ${err}`));
    });
  });
  let stopping: Promise<number | null> | undefined;
  return {
    url,
    stop: () =>
      (stopping ??= (async () => {
        if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
        const [code] = await exited;
        return code;
      })()),
  };
}
