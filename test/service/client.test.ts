// Clients that are not JavaScript drive the real service (its own process, as `wuye-rules serve`
// runs it): Python's urllib and Java's java.net.http, each taking a complaint to closed and
// checking records. Each is skipped, with the reason, where its runtime is absent.
import { spawn, spawnSync } from 'node:child_process';
import { once } from 'node:events';
import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ServiceProcess } from './service-process';
import { startService } from './service-process';

const root = resolve(import.meta.dirname, '../..');
const has = (command: string) => spawnSync(command, ['--version'], { stdio: 'ignore' }).status === 0;
const python = has('python3');
const java = has('java');
const CASE = 'test/service/complaint-case.json';

async function run(command: string, args: readonly string[]): Promise<{ code: number | null; out: string }> {
  const child = spawn(command, args, { cwd: root, stdio: ['ignore', 'pipe', 'pipe'] });
  let out = '';
  child.stdout.on('data', (d: Buffer) => (out += d.toString()));
  child.stderr.on('data', (d: Buffer) => (out += d.toString()));
  const [code] = (await once(child, 'exit')) as [number | null];
  return { code, out };
}

// What both clients print on the way: the case closed, the refusal and the problems read.
function expectDrivenToClosed(out: string): void {
  expect(out).toContain('started C-2026-0929-07 in state receiving');
  expect(out).toMatch(/CLOSE\s+-> closed/);
  expect(out).toContain('refused after close');
  expect(out).toContain('malformed event: 422 invalid-event INVALID_INSTANT');
  expect(out).toContain('checked unnotified record: complaint.notify-deadline');
  expect(out).toContain('OK closed after 13 events');
}

describe.skipIf(!python && !java)('clients that are not JavaScript drive the real service', () => {
  let service: ServiceProcess;
  beforeAll(async () => {
    service = await startService();
  });
  // A graceful close on SIGTERM: the process exits on its own, with 0.
  afterAll(async () => {
    expect(await service?.stop()).toBe(0);
  });

  it.skipIf(!python)('Python (stdlib urllib; skipped where python3 is absent)', async () => {
    const { code, out } = await run('python3', ['test/service/client.py', service.url]);
    expect(code, out).toBe(0);
    expectDrivenToClosed(out);
    expect(out).toContain('10 MB body: 413 body-too-large');
  });

  it.skipIf(!java)('Java (JDK 17 java.net.http, run as a single source file; skipped where java is absent)', async () => {
    const { code, out } = await run('java', ['test/service/ComplaintClient.java', service.url, CASE]);
    expect(code, out).toBe(0);
    expectDrivenToClosed(out);
    expect(out).toContain('problem: 422 INVALID_INSTANT');
  });
});
