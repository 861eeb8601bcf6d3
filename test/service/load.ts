// The load on the decision service, one copy for the bounded load test (test/service/load.test.ts,
// run by `npm test`) and the full measurement (bench/service.bench.ts): two workloads — a record
// check, and one case step from the envelope — each made over HTTP by N concurrent keep-alive
// clients (node's fetch) and the same calls made in process. Every answer is kept, to be
// compared with the in-process result after the clock stops.
import { performance } from 'node:perf_hooks';
import { persist } from '../../src/core/persistence';
import { checkComplaint } from '../../src/procedures/complaint/index';
import { complaintCase } from '../../src/procedures/complaint/machine';
import { after, generalLifecycle, intake } from '../complaint/fixtures';

/** One kind of call: its route and body, the same call in process, and the part of an answer that must equal it. */
export interface Workload {
  readonly name: string;
  readonly path: string;
  readonly body: string;
  readonly inProcess: () => unknown;
  /** The answer's counterpart of `inProcess()`'s result, or a reason it has none. */
  readonly answer: (json: Record<string, unknown>) => unknown;
}

const record = intake();
const asOf = after(10 * 24 * 60);
const envelope = persist(complaintCase.start(record)[0] as never);
const event = generalLifecycle()[0]!;

/** A late complaint checked (four violations), and its first step taken from the envelope (restore, step, persist). */
export const workloads: readonly Workload[] = [
  { name: 'check', path: '/v1/complaint/check', body: JSON.stringify({ record, asOf }), inProcess: () => checkComplaint(record, { asOf }), answer: (json) => json.violations },
  {
    name: 'step',
    path: '/v1/complaint/step',
    body: JSON.stringify({ envelope, event }),
    inProcess: () => {
      const r = complaintCase.step(complaintCase.restore(JSON.parse(JSON.stringify(envelope))), event);
      return r.accepted ? persist(r.snapshot as never) : r.refusal;
    },
    answer: (json) => (json.accepted === true ? json.envelope : json.refusal),
  },
];

/** Requests per second and the 99th-percentile latency (ms). */
export interface Rate {
  readonly rps: number;
  readonly p99: number;
}

/** The 99th percentile of latencies (nearest rank). */
export function p99(latencies: readonly number[]): number {
  const sorted = [...latencies].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil(sorted.length * 0.99) - 1)]!;
}

/** `n` calls in process, after a warm-up; also the result, JSON round-tripped as a client would read it. */
export function inProcess(w: Workload, n: number): Rate & { readonly expected: unknown } {
  for (let i = 0; i < Math.min(n, 200); i++) w.inProcess();
  const lat: number[] = [];
  const t0 = performance.now();
  for (let i = 0; i < n; i++) {
    const s = performance.now();
    w.inProcess();
    lat.push(performance.now() - s);
  }
  const rps = (n * 1000) / (performance.now() - t0);
  return { rps, p99: p99(lat), expected: JSON.parse(JSON.stringify(w.inProcess())) };
}

/** What came back: every status, the bodies, and the requests that got no answer. */
export interface HttpRun extends Rate {
  readonly sent: number;
  readonly statuses: readonly number[];
  readonly bodies: readonly string[];
  readonly failures: readonly string[];
}

/**
 * `n` requests (rounded up to a multiple of `clients`) from `clients` concurrent clients,
 * alternating between `urls` (replicas); each request bounded by `timeoutMs`.
 */
export async function overHttp(w: Workload, urls: readonly string[], clients: number, n: number, timeoutMs = 30_000): Promise<HttpRun> {
  const each = Math.ceil(n / clients);
  const lat: number[] = [];
  const statuses: number[] = [];
  const bodies: string[] = [];
  const failures: string[] = [];
  let k = 0;
  const client = async () => {
    for (let i = 0; i < each; i++) {
      const url = urls[k++ % urls.length]!;
      const s = performance.now();
      try {
        const res = await fetch(url + w.path, { method: 'POST', headers: { 'content-type': 'application/json' }, body: w.body, signal: AbortSignal.timeout(timeoutMs) });
        bodies.push(await res.text());
        statuses.push(res.status);
        lat.push(performance.now() - s);
      } catch (error) {
        failures.push(String(error));
      }
    }
  };
  const t0 = performance.now();
  await Promise.all(Array.from({ length: clients }, client));
  const elapsed = performance.now() - t0;
  return { sent: each * clients, rps: (lat.length * 1000) / elapsed, p99: lat.length ? p99(lat) : Number.NaN, statuses, bodies, failures };
}

/** The answers that differ from the in-process result (a status other than 200, or another value), at most `max` described. */
export function mismatches(w: Workload, run: HttpRun, expected: unknown, max = 3): string[] {
  const want = JSON.stringify(expected);
  const out: string[] = [];
  run.bodies.forEach((body, i) => {
    if (out.length >= max) return;
    let got: string;
    try {
      got = JSON.stringify(w.answer(JSON.parse(body) as Record<string, unknown>)) ?? 'nothing';
    } catch {
      got = `(not JSON) ${body.slice(0, 120)}`;
    }
    if (run.statuses[i] !== 200 || got !== want) out.push(`${run.statuses[i]} ${got.slice(0, 200)}`);
  });
  return out;
}

/** One row of figures: over HTTP, in process, and their ratios. */
export function row(name: string, clients: number, http: Rate, base: Rate): string {
  const f = (x: number, d = 0) => x.toFixed(d);
  return `${name.padEnd(9)} ${String(clients).padStart(7)}  ${f(http.rps).padStart(6)}  ${f(http.p99, 2).padStart(7)}   ${f(base.rps).padStart(18)}  ${f(base.p99, 3).padStart(6)}   ${f(http.rps / base.rps, 4).padStart(11)}  ${f(http.p99 / base.p99, 0).padStart(9)}`;
}

/** The header of {@link row}. */
export const HEADER = 'workload  clients  req/s    p99 ms   in-process calls/s  p99 ms   req/s ratio  p99 ratio';
