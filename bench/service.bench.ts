// The decision service under load, on loopback: requests/s and p99 at 1, 4 and 16 concurrent
// clients (node's fetch, keep-alive, a fixed number of requests each), each as a ratio to the
// same calls made in process; then two replicas (two processes, clients alternating) against
// one. Bounded (a fixed request count, BENCH_REQUESTS, 400 by default). Run: `npx tsx bench/service.bench.ts`.
// Not in bench/index.ts: the servers are separate processes and the figures are absolute.
// The load code is test/service/load.ts, shared with the bounded load test `npm test` runs.
import { HEADER, inProcess, mismatches, overHttp, row, workloads } from '../test/service/load';
import { startService } from '../test/service/service-process';

const TOTAL = Number(process.env.BENCH_REQUESTS ?? 400);
const fmt = (x: number, d = 0) => x.toFixed(d);

const servers = await Promise.all([startService(), startService()]);
const [one, two] = servers as [(typeof servers)[0], (typeof servers)[0]];
try {
  for (const s of servers) for (const w of workloads) await overHttp(w, [s.url], 4, 100); // warm both
  console.log(`decision service on loopback, ${TOTAL} requests per row (node ${process.version}, client and servers on the same machine)`);
  console.log(HEADER);
  for (const w of workloads) {
    const base = inProcess(w, TOTAL);
    for (const clients of [1, 4, 16]) {
      const http = await overHttp(w, [one.url], clients, TOTAL);
      const wrong = [...http.failures, ...mismatches(w, http, base.expected)];
      if (wrong.length > 0) throw new Error(`${w.name} at ${clients} clients: ${wrong.join('; ')}`);
      console.log(row(w.name, clients, http, base));
    }
  }
  const check = workloads.find((w) => w.name === 'check')!;
  console.log('replicas (check, 16 clients alternating between servers)');
  const single = await overHttp(check, [one.url], 16, TOTAL);
  const pair = await overHttp(check, [one.url, two.url], 16, TOTAL);
  console.log(`  one ${fmt(single.rps)} req/s (p99 ${fmt(single.p99, 2)} ms), two ${fmt(pair.rps)} req/s (p99 ${fmt(pair.p99, 2)} ms): two/one = ${fmt(pair.rps / single.rps, 2)}`);
} finally {
  await Promise.all(servers.map((s) => s.stop()));
}
