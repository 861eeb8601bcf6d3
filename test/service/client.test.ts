import { spawn, spawnSync } from 'node:child_process';
import { once } from 'node:events';
import { resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { startService } from './service-process';

const root = resolve(import.meta.dirname, '../..');
const python = spawnSync('python3', ['--version']).status === 0;

describe.skipIf(!python)('a Python client (stdlib urllib) drives the real service', () => {
  let stop: (() => Promise<number | null>) | undefined;
  afterAll(async () => {
    await stop?.();
  });

  it('drives a complaint to closed, checks records and reads problems', async () => {
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
    expect(out).toContain('malformed event: 422 invalid-event INVALID_INSTANT');
    expect(out).toContain('checked unnotified record: complaint.notify-deadline');
    expect(out).toContain('10 MB body: 413 body-too-large');
    expect(out).toContain('OK closed after 13 events');
    // A graceful close on SIGTERM: the process exits on its own.
    stop = undefined;
    expect(await service.stop()).toBe(0);
  });
});
