import { spawn, spawnSync } from 'node:child_process';
import { once } from 'node:events';
import { resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const root = resolve(import.meta.dirname, '../..');
const python = spawnSync('python3', ['--version']).status === 0;

// The real service in its own process on a free port (port 0), ready when it prints its URL.
async function startService(): Promise<{ url: string; stop: () => Promise<number | null> }> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'test/service/start-service.ts', '0'], { cwd: root, stdio: ['ignore', 'pipe', 'pipe'] });
  let out = '';
  let err = '';
  child.stderr.on('data', (d: Buffer) => (err += d.toString()));
  const url = await new Promise<string>((ok, fail) => {
    child.stdout.on('data', (d: Buffer) => {
      out += d.toString();
      const m = /listening on (http:\/\/\S+)/.exec(out);
      if (m) ok(m[1]!);
    });
    child.once('exit', (code) => fail(new Error(`service exited ${code}: ${err}`)));
  });
  return {
    url,
    stop: async () => {
      child.kill('SIGTERM');
      const [code] = (await once(child, 'exit')) as [number | null];
      return code;
    },
  };
}

describe.skipIf(!python)('a Python client (stdlib urllib) drives the real service', () => {
  let stop: (() => Promise<number | null>) | undefined;
  afterAll(async () => {
    await stop?.();
  });

  it('drives a complaint to closed, checks records and reads problems', { timeout: 120_000 }, async () => {
    const service = await startService();
    stop = service.stop;
    const run = spawn('python3', ['test/service/client.py', service.url], { cwd: root, stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    run.stdout.on('data', (d: Buffer) => (out += d.toString()));
    run.stderr.on('data', (d: Buffer) => (out += d.toString()));
    const [code] = (await once(run, 'exit')) as [number | null];
    expect(code, out).toBe(0);
    expect(out).toContain('started C-2026-0929-07 in state receiving');
    expect(out).toMatch(/CLOSE\s+-> closed/);
    expect(out).toContain('refused after close');
    expect(out).toContain('checked unnotified record: complaint.notify-deadline');
    expect(out).toContain('10 MB body: 413 body-too-large');
    expect(out).toContain('OK closed after 13 events');
    // A graceful close on SIGTERM: the process exits on its own.
    stop = undefined;
    expect(await service.stop()).toBe(0);
  });
});
