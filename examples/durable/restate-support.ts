// Shared by the durable tests: free loopback ports, a real restate-server (the binary that
// @restatedev/restate-server ships) in a temporary base directory, the complaint service as
// its own process, deployment registration, bounded ingress calls. Not a test file itself.
import type { ChildProcess } from 'node:child_process';
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import type { CaseErrorBody } from './case-error';

/** A fresh temporary directory and its removal. */
export function tempDir(prefix: string): { path: string; remove: () => void } {
  const path = mkdtempSync(join(tmpdir(), `durable-${prefix}-`));
  return { path, remove: () => rmSync(path, { recursive: true, force: true }) };
}

/** A port free on 127.0.0.1 right now (the OS picks it). */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

/** `n` distinct free ports. */
export async function freePorts(n: number): Promise<number[]> {
  const ports = new Set<number>();
  while (ports.size < n) ports.add(await freePort());
  return [...ports];
}

/** The restate-server binary of the installed @restatedev/restate-server package. */
export function restateServerBinary(): string {
  const require = createRequire(import.meta.url);
  const pkg = require.resolve(`@restatedev/restate-server-${process.platform}-${process.arch}/package.json`);
  return join(dirname(pkg), 'bin', 'restate-server');
}

/** A child process with its output kept (the tail) and a bounded stop. */
export interface Child {
  readonly child: ChildProcess;
  output(): string;
  /** Sends `signal` and waits (at most 15 s) for the exit. */
  stop(signal: NodeJS.Signals): Promise<number | null>;
}

function watch(child: ChildProcess, name: string): Child & { exited: Promise<number | null> } {
  let output = '';
  const keep = (chunk: Buffer) => {
    output = (output + chunk.toString()).slice(-20_000);
  };
  child.stdout?.on('data', keep);
  child.stderr?.on('data', keep);
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  return {
    child,
    exited,
    output: () => output,
    stop: async (signal) => {
      if (child.exitCode === null && child.signalCode === null) child.kill(signal);
      const timer = new Promise<never>((_, reject) => setTimeout(() => reject(new Error(`${name} did not exit after ${signal}`)), 15_000).unref());
      return Promise.race([exited, timer]);
    },
  };
}

async function until(what: string, deadlineMs: number, probe: () => Promise<boolean>, failed: () => string | undefined): Promise<void> {
  const end = Date.now() + deadlineMs;
  for (;;) {
    const why = failed();
    if (why !== undefined) throw new Error(`${what}: ${why}`);
    if (await probe().catch(() => false)) return;
    if (Date.now() > end) throw new Error(`${what}: not ready after ${deadlineMs} ms`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

/** A running restate-server: its ingress and admin URLs. */
export interface RestateServer extends Child {
  readonly ingress: string;
  readonly admin: string;
}

/**
 * Starts restate-server on loopback (TCP only, fresh ports, one partition) with `baseDir` as its
 * data directory, and waits (at most 60 s) until the admin API and the ingress answer. If the
 * process exits first, the error carries its output.
 */
export async function startRestate(baseDir: string): Promise<RestateServer> {
  const [ingressPort, adminPort, fabricPort] = await freePorts(3);
  const child = spawn(
    restateServerBinary(),
    ['--no-logo', '--listen-mode', 'tcp', '--base-dir', baseDir, '--node-name', 'durable-test', '--bind-address', `127.0.0.1:${fabricPort}`, '--default-num-partitions', '1', '--log-disable-ansi-codes', 'true'],
    {
      env: { ...process.env, RESTATE_INGRESS__BIND_ADDRESS: `127.0.0.1:${ingressPort}`, RESTATE_ADMIN__BIND_ADDRESS: `127.0.0.1:${adminPort}`, RESTATE_DISABLE_TELEMETRY: 'true', RESTATE_LOG_FILTER: 'warn' },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  const watched = watch(child, 'restate-server');
  const ingress = `http://127.0.0.1:${ingressPort}`;
  const admin = `http://127.0.0.1:${adminPort}`;
  const failed = () => (child.exitCode !== null || child.signalCode !== null ? `restate-server exited (${child.exitCode ?? child.signalCode}):\n${watched.output()}` : undefined);
  const ok = (url: string) => async () => (await fetch(url, { signal: AbortSignal.timeout(2_000) })).ok;
  try {
    await until('restate-server admin API', 60_000, ok(`${admin}/health`), failed);
    await until('restate-server ingress', 60_000, ok(`${ingress}/restate/health`), failed);
  } catch (error) {
    await watched.stop('SIGKILL').catch(() => undefined);
    throw error;
  }
  return { ...watched, ingress, admin };
}

/** A complaint service process (`node --import tsx examples/durable/server.ts`). */
export interface ServiceProcess extends Child {
  readonly url: string;
}

/** Spawns the service on `port` (cwd = the repository root) and waits for its listening line (at most 30 s). */
export async function spawnService(repoRoot: string, port: number): Promise<ServiceProcess> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'examples/durable/server.ts'], {
    cwd: repoRoot,
    env: { ...process.env, PORT: String(port), HOST: '127.0.0.1' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const watched = watch(child, 'complaint service');
  const failed = () => (child.exitCode !== null || child.signalCode !== null ? `service exited (${child.exitCode ?? child.signalCode}):\n${watched.output()}` : undefined);
  try {
    await until('complaint service', 30_000, async () => watched.output().includes('listening on'), failed);
  } catch (error) {
    await watched.stop('SIGKILL').catch(() => undefined);
    throw error;
  }
  return { ...watched, url: `http://127.0.0.1:${port}` };
}

/** Registers a service endpoint with the admin API (POST /deployments); the answer's deployment id and services. */
export async function registerDeployment(admin: string, uri: string): Promise<{ id: string; services: { name: string; handlers: { name: string }[] }[] }> {
  const res = await fetch(`${admin}/deployments`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ uri }),
    signal: AbortSignal.timeout(20_000),
  });
  const body = (await res.json()) as { id: string; services: { name: string; handlers: { name: string }[] }[] };
  if (!res.ok) throw new Error(`registration failed (${res.status}): ${JSON.stringify(body)}`);
  return body;
}

/** An ingress answer: the status, the handler's output (on success) or the case error (on a terminal error). */
export interface IngressAnswer<T> {
  readonly status: number;
  readonly body: T;
  readonly error?: CaseErrorBody;
}

/**
 * Calls `handler` of the object `key` through the ingress (POST, JSON), within `timeoutMs`.
 * A terminal error comes back as `{ code, message }` with the object's JSON in `message`.
 */
export async function invoke<T>(ingress: string, service: string, key: string, handler: string, body?: unknown, timeoutMs = 20_000): Promise<IngressAnswer<T>> {
  const res = await fetch(`${ingress}/${service}/${encodeURIComponent(key)}/${handler}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    ...(body === undefined ? {} : { body: typeof body === 'string' ? body : JSON.stringify(body) }),
    signal: AbortSignal.timeout(timeoutMs),
  });
  const raw = await res.text();
  const parsed = raw === '' ? null : (JSON.parse(raw) as unknown);
  if (res.ok) return { status: res.status, body: parsed as T };
  const message = (parsed as { message?: unknown } | null)?.message;
  let error: CaseErrorBody | undefined;
  try {
    error = typeof message === 'string' ? (JSON.parse(message) as CaseErrorBody) : undefined;
  } catch {
    error = undefined;
  }
  return { status: res.status, body: parsed as T, ...(error ? { error } : {}) };
}

/** Polls `read` every 100 ms until `done` holds (at most `timeoutMs`); the last value read. */
export async function waitFor<T>(what: string, timeoutMs: number, read: () => Promise<T>, done: (value: T) => boolean): Promise<T> {
  const end = Date.now() + timeoutMs;
  for (;;) {
    const value = await read();
    if (done(value)) return value;
    if (Date.now() > end) throw new Error(`${what}: not after ${timeoutMs} ms (last: ${JSON.stringify(value).slice(0, 500)})`);
    await new Promise((r) => setTimeout(r, 100));
  }
}
