// One service process of the fleet: serves the ComplaintCase virtual object to a Restate
// server over HTTP/2 (h2c). A fleet is several of these behind one URL (a load balancer, a
// Kubernetes Service), registered once with the Restate admin API (POST /deployments).
// Run: `PORT=9080 node --import tsx examples/durable/server.ts`.
// First: the SDK needs Promise.withResolvers, absent from Node 20.
import './promise-with-resolvers';
import { createServer } from 'node:http2';
import type { AddressInfo } from 'node:net';
import { createEndpointHandler } from '@restatedev/restate-sdk';
import { complaintCase } from './complaint-case';

const port = Number(process.env.PORT ?? 9080);
const host = process.env.HOST ?? '127.0.0.1';

const server = createServer(createEndpointHandler({ services: [complaintCase] }));
server.listen(port, host, () => {
  const { port: bound } = server.address() as AddressInfo;
  console.log(`complaint-case service listening on http://${host}:${bound}`);
});

// A clean stop: no new streams; Restate retries whatever was in flight on another process
// (or on this one when it is back).
for (const signal of ['SIGTERM', 'SIGINT'] as const) {
  process.once(signal, () => {
    server.close(() => process.exit(0));
    setTimeout(() => process.exit(0), 2_000).unref();
  });
}
