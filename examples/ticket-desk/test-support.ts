// Shared by the ticket-desk tests: temp data directories, bounded HTTP calls, a desk in a
// child process. Not a test file itself.
import type { ChildProcess } from 'node:child_process';
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** A fresh temporary directory and its removal. */
export function tempDir(prefix: string): { path: string; remove: () => void } {
  const path = mkdtempSync(join(tmpdir(), `ticket-desk-${prefix}-`));
  return { path, remove: () => rmSync(path, { recursive: true, force: true }) };
}

/** An HTTP answer: status, ETag and parsed JSON body. */
export interface Answer<T = Record<string, unknown>> {
  readonly status: number;
  readonly etag: string | null;
  readonly body: T;
}

/** One HTTP call with a time limit; `body` is sent as given when a string, else as JSON. */
export async function call<T = Record<string, unknown>>(base: string, method: string, path: string, body?: unknown, headers: Record<string, string> = {}): Promise<Answer<T>> {
  const res = await fetch(`${base}${path}`, {
    method,
    headers: { 'content-type': 'application/json', ...headers },
    ...(body === undefined ? {} : { body: typeof body === 'string' ? body : JSON.stringify(body) }),
    signal: AbortSignal.timeout(10_000),
  });
  return { status: res.status, etag: res.headers.get('etag'), body: (await res.json()) as T };
}

/** A desk running as its own process (`node --import tsx examples/ticket-desk/server.ts`). */
export interface DeskProcess {
  readonly url: string;
  readonly child: ChildProcess;
  /** Sends `signal` and waits (bounded) for the process to exit. */
  stop(signal: NodeJS.Signals): Promise<number | null>;
}

/** Spawns the desk on `dataDir` with cwd = the repository root and waits for its URL line. */
export function spawnDesk(dataDir: string, repoRoot: string): Promise<DeskProcess> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'examples/ticket-desk/server.ts'], {
    cwd: repoRoot,
    env: { ...process.env, TICKET_DESK_DATA: dataDir, PORT: '0', HOST: '127.0.0.1', DATABASE_URL: '' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stderr = '';
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  const stop = async (signal: NodeJS.Signals) => {
    if (child.exitCode === null && child.signalCode === null) child.kill(signal);
    const timer = new Promise<never>((_, reject) => setTimeout(() => reject(new Error('desk process did not exit')), 15_000).unref());
    return Promise.race([exited, timer]);
  };
  return new Promise((resolve, reject) => {
    let stdout = '';
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`desk did not start in 120 s: ${stdout} ${stderr}`));
    }, 120_000);
    child.stdout.on('data', (chunk: Buffer) => {
      stdout += chunk.toString();
      const match = /listening on (http:\/\/\S+)/.exec(stdout);
      if (match) {
        clearTimeout(timer);
        resolve({ url: match[1]!, child, stop });
      }
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`desk exited (${code}) before listening: ${stderr}`));
    });
  });
}
