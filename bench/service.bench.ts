// The decision service under load, on loopback: requests/s and p99 at 1, 4 and 16 concurrent
// clients (node's fetch, keep-alive, a fixed number of requests each), each as a ratio to the
// same calls made in process; then two replicas (two processes, clients alternating) against
// one. Bounded (a fixed request count, under a minute on two shared cores). Run: `npx tsx bench/service.bench.ts`.
// Not in bench/index.ts: the servers are separate processes and the figures are absolute.
import { spawn } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { persist } from '../src/core/persistence';
import { complaintCase } from '../src/procedures/complaint/machine';
import { checkComplaint } from '../src/procedures/complaint/index';
import { generalLifecycle, intake, after } from '../test/complaint/fixtures';

const root = resolve(import.meta.dirname, '..');
const TOTAL = Number(process.env.BENCH_REQUESTS ?? 400);

interface Server {
  readonly url: string;
  readonly child: ChildProcess;
}

async function startServer(): Promise<Server> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'test/service/start-service.ts', '0'], { cwd: root, stdio: ['ignore', 'pipe', 'inherit'], env: { ...process.env, LOG_LEVEL: 'warn' } });
  let out = '';
  const url = await new Promise<string>((ok, fail) => {
    const timer = setTimeout(() => fail(new Error('service not ready in 120 s')), 120_000);
    child.stdout!.on('data', (d: Buffer) => {
      out += d.toString();
      const m = /listening on (http:\/\/\S+)/.exec(out);
      if (m) {
        clearTimeout(timer);
        ok(m[1]!);
      }
    });
    child.once('exit', (code) => fail(new Error(`service exited ${code}`)));
  });
  return { url, child };
}

// Two workloads: a record check, and one case step from the envelope (restore + step + persist).
const record = intake();
const asOf = after(10 * 24 * 60);
const [started] = complaintCase.start(record);
const envelope = persist(started as never);
const event = generalLifecycle()[0]!;
const workloads = {
  check: { path: '/v1/complaint/check', body: JSON.stringify({ record, asOf }), inProcess: () => checkComplaint(record, { asOf }) },
  step: {
    path: '/v1/complaint/step',
    body: JSON.stringify({ envelope, event }),
    inProcess: () => {
      const r = complaintCase.step(complaintCase.restore(JSON.parse(JSON.stringify(envelope))), event);
      return JSON.stringify(persist(r.snapshot as never));
    },
  },
} as const;
type Workload = (typeof workloads)[keyof typeof workloads];

const p99 = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(xs.length * 0.99))]!;

function inProcess(w: Workload, n: number) {
  for (let i = 0; i < 200; i++) w.inProcess();
  const lat: number[] = [];
  const t0 = performance.now();
  for (let i = 0; i < n; i++) {
    const s = performance.now();
    w.inProcess();
    lat.push(performance.now() - s);
  }
  return { rps: (n * 1000) / (performance.now() - t0), p99: p99(lat) };
}

async function overHttp(w: Workload, urls: readonly string[], clients: number, n: number) {
  const each = Math.ceil(n / clients);
  const lat: number[] = [];
  let k = 0;
  const client = async () => {
    for (let i = 0; i < each; i++) {
      const url = urls[k++ % urls.length]!;
      const s = performance.now();
      const res = await fetch(url + w.path, { method: 'POST', headers: { 'content-type': 'application/json' }, body: w.body });
      await res.arrayBuffer();
      if (res.status !== 200) throw new Error(`${w.path}: ${res.status}`);
      lat.push(performance.now() - s);
    }
  };
  const t0 = performance.now();
  await Promise.all(Array.from({ length: clients }, client));
  return { rps: (each * clients * 1000) / (performance.now() - t0), p99: p99(lat) };
}

const fmt = (x: number, d = 0) => x.toFixed(d);
const servers = await Promise.all([startServer(), startServer()]);
const [one, two] = servers;
try {
  for (const s of servers) await overHttp(workloads.check, [s.url], 4, 100); // warm both
  console.log(`decision service on loopback, ${TOTAL} requests per row (node ${process.version}, client and servers on the same machine)`);
  console.log('workload  clients  req/s    p99 ms   in-process calls/s  p99 ms   req/s ratio  p99 ratio');
  for (const [name, w] of Object.entries(workloads)) {
    const base = inProcess(w, TOTAL);
    for (const clients of [1, 4, 16]) {
      const http = await overHttp(w, [one!.url], clients, TOTAL);
      console.log(`${name.padEnd(9)} ${String(clients).padStart(7)}  ${fmt(http.rps).padStart(6)}  ${fmt(http.p99, 2).padStart(7)}   ${fmt(base.rps).padStart(18)}  ${fmt(base.p99, 3).padStart(6)}   ${fmt(http.rps / base.rps, 3).padStart(11)}  ${fmt(http.p99 / base.p99, 1).padStart(9)}`);
    }
  }
  console.log('replicas (check, 16 clients alternating between servers)');
  for (let round = 0; round < 1; round++) {
    const single = await overHttp(workloads.check, [one!.url], 16, TOTAL);
    const pair = await overHttp(workloads.check, [one!.url, two!.url], 16, TOTAL);
    console.log(`  round ${round + 1}: one ${fmt(single.rps)} req/s (p99 ${fmt(single.p99, 2)} ms), two ${fmt(pair.rps)} req/s (p99 ${fmt(pair.p99, 2)} ms): two/one = ${fmt(pair.rps / single.rps, 2)}`);
  }
} finally {
  for (const s of servers) s.child.kill('SIGTERM');
  await Promise.all(servers.map((s) => once(s.child, 'exit')));
}
