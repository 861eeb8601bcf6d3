// Starts the real decision service (as `wuye-rules serve` will): `tsx test/service/start-service.ts [port]`.
// Prints "wuye-rules service listening on <url>" once ready; SIGTERM closes it gracefully.
import { serveCommand } from '../../src/service/serve-command';

const port = Number(process.argv[2] ?? 0);
await serveCommand({ port, host: '127.0.0.1', logLevel: process.env.LOG_LEVEL ?? 'warn' }, { out: (l) => console.log(l), err: (l) => console.error(l) });
