// Starting and stopping the desk: open the database, listen, and close both in order.
import type { AddressInfo } from 'node:net';
import type { DatabaseOptions } from './database';
import { openDatabase } from './database';
import { TicketDesk } from './desk';
import { createDeskServer } from './http';

/** Where to store and where to listen. Port 0 picks a free port. */
export interface StartOptions extends DatabaseOptions {
  readonly port?: number;
  readonly host?: string;
}

/** A running desk. */
export interface RunningDesk {
  readonly url: string;
  readonly port: number;
  readonly desk: TicketDesk;
  /** Stops accepting requests, waits for the open ones, then closes the database. */
  close(): Promise<void>;
}

/**
 * Opens the database (PGlite in `dataDir`, or PostgreSQL at `databaseUrl`) and listens.
 *
 * @example
 * const running = await startTicketDesk({ dataDir: '/tmp/desk', port: 0 });
 * await fetch(`${running.url}/cases`);
 * await running.close();
 */
export async function startTicketDesk(options: StartOptions = {}): Promise<RunningDesk> {
  const db = await openDatabase(options);
  const desk = new TicketDesk(db);
  const server = createDeskServer(desk);
  const host = options.host ?? '127.0.0.1';
  try {
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(options.port ?? 0, host, () => resolve());
    });
  } catch (error) {
    await db.close();
    throw error;
  }
  const { port } = server.address() as AddressInfo;
  let closing: Promise<void> | undefined;
  return {
    url: `http://${host}:${port}`,
    port,
    desk,
    close: () => {
      closing ??= new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeIdleConnections();
      }).then(() => db.close());
      return closing;
    },
  };
}
