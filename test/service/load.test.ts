// The bounded load test (run by `npm test`, so by CI): the real service in its own process on
// loopback, a fixed number of requests at 1, 4 and 16 concurrent clients for each workload.
// It asserts correctness only — every request answered, every answer a 200 equal to the same
// call made in process — and prints requests/s and p99, each as a ratio to in process. Speed
// is never asserted here; bench/service.bench.ts measures it with more requests and replicas.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { HEADER, inProcess, mismatches, overHttp, row, workloads } from './load';
import type { ServiceProcess } from './service-process';
import { startService } from './service-process';

const REQUESTS = 96; // per row: a multiple of 1, 4 and 16
const CLIENTS = [1, 4, 16] as const;

describe('decision service under a bounded load on loopback', () => {
  let service: ServiceProcess;
  beforeAll(async () => {
    service = await startService();
  });
  afterAll(async () => {
    expect(await service?.stop()).toBe(0);
  });

  for (const w of workloads) {
    it(`${w.name}: ${REQUESTS} requests at ${CLIENTS.join(', ')} clients, each answered 200 with the in-process result`, async () => {
      const base = inProcess(w, REQUESTS);
      await overHttp(w, [service.url], 4, 32); // the server's warm-up, not measured
      const lines = [HEADER];
      for (const clients of CLIENTS) {
        const run = await overHttp(w, [service.url], clients, REQUESTS);
        expect(run.failures, `${clients} clients: requests with no answer`).toEqual([]);
        expect(run.statuses.length).toBe(REQUESTS);
        expect(run.statuses.filter((s) => s >= 500), `${clients} clients: 5xx answers`).toEqual([]);
        expect(mismatches(w, run, base.expected), `${clients} clients: answers other than the in-process result`).toEqual([]);
        lines.push(row(w.name, clients, run, base));
      }
      console.log(`decision service on loopback, ${REQUESTS} requests per row (node ${process.version}; client and server share the machine)\n${lines.join('\n')}`);
    });
  }
});
