// A snapshot the desk stored before it adopted the library's machines (the v0 fixture) is
// migrated on load, served, and rewritten as a version-1 envelope by the next event.
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isWuyeError } from 'wuye-rules';
import { complaintDeadlines, restoreComplaint } from 'wuye-rules/complaint';
import type { ComplaintRecord } from 'wuye-rules/complaint';
import type { Database } from './database';
import { openDatabase } from './database';
import type { CaseView, EventResult } from './desk';
import { upgradeLegacyEnvelope } from './legacy-envelope';
import type { RunningDesk } from './start';
import { startTicketDesk } from './start';
import { call, tempDir } from './test-support';

/** Freezes plain data all the way down, so a mutation of an input throws. */
const deepFreeze = <T>(value: T): T => {
  if (typeof value === 'object' && value !== null) for (const v of Object.values(Object.freeze(value))) deepFreeze(v);
  return value;
};

const fixture = JSON.parse(readFileSync(new URL('./fixtures/complaint-v0.json', import.meta.url), 'utf8')) as {
  machine: string;
  version: number;
  snapshot: { status: string; value: string; context: { ticket: ComplaintRecord; lastEventAt: string } };
};
const ticket = fixture.snapshot.context.ticket;

async function insertStored(db: Database, id: string, envelope: unknown, rowVersion: number): Promise<void> {
  await db.query(
    `INSERT INTO cases (id, kind, version, envelope, machine_version, state, status, next_due_at, opened_at) VALUES ($1, 'complaint', $2, $3::jsonb, 0, '"handling"'::jsonb, 'active', NULL, $4)`,
    [id, rowVersion, JSON.stringify(envelope), ticket.receivedAt],
  );
}

const data = tempDir('migration');
let desk: RunningDesk;

beforeAll(async () => {
  // The rows as an older desk left them, written before this desk starts on the same directory.
  const db = await openDatabase({ dataDir: data.path });
  await insertStored(db, ticket.id, fixture, 7);
  const corrupt = structuredClone(fixture);
  corrupt.snapshot.context.ticket = { ...ticket, id: 'C-CORRUPT', receivedAt: '17/04/2026' };
  await insertStored(db, 'C-CORRUPT', corrupt, 3);
  await db.close();
  desk = await startTicketDesk({ dataDir: data.path, port: 0 });
});

afterAll(async () => {
  await desk?.close();
  data.remove();
});

describe('the shipped v0 fixture', () => {
  it('is served migrated: same record, deadlines as the library computes them, stored version still 0', async () => {
    const answer = await call<CaseView>(desk.url, 'GET', `/cases/${ticket.id}`);
    expect(answer.status).toBe(200);
    expect(answer.body).toMatchObject({ version: 7, storedMachineVersion: 0, state: 'handling', status: 'active', checkedAt: null, violations: [] });
    expect((answer.body.context as { record: unknown }).record).toEqual(ticket);
    expect(answer.body.deadlines.map((d) => [d.id, d.dueAt, d.metAt])).toEqual(complaintDeadlines(ticket).map((d) => [d.id, d.dueAt, d.metAt]));
  });

  it('takes the next event and is rewritten as a version-1 envelope the library restores', async () => {
    const resolve = { type: 'RESOLVE', at: '2026-04-18T10:00:00+08:00', result: '更换灯管 14 支' };
    const answer = await call<EventResult>(desk.url, 'POST', `/cases/${ticket.id}/events`, resolve, { 'if-match': '"7"' });
    expect(answer.status).toBe(200);
    expect(answer.body.case).toMatchObject({ version: 8, storedMachineVersion: 1, state: 'notifying' });
    const { rows } = await desk.desk.db.query<{ envelope: { version: number }; machine_version: number }>('SELECT envelope, machine_version FROM cases WHERE id = $1', [ticket.id]);
    expect(rows[0]!.machine_version).toBe(1);
    expect(rows[0]!.envelope.version).toBe(1);
    const restored = restoreComplaint(rows[0]!.envelope);
    expect(restored.value).toBe('notifying');
    expect(restored.context.record.result).toEqual({ at: resolve.at, description: resolve.result });
    const history = await call<{ events: { seq: number; type: string }[] }>(desk.url, 'GET', `/cases/${ticket.id}/history`);
    expect(history.body.events).toEqual([expect.objectContaining({ seq: 8, type: 'RESOLVE' })]);
  });

  it('a v0 row that does not match the documented shape is INVALID_SNAPSHOT (a server-side fault), not a crash', async () => {
    const answer = await call<{ error: { code: string; message: { 'zh-CN': string; en: string } } }>(desk.url, 'GET', '/cases/C-CORRUPT');
    expect(answer.status).toBe(500);
    expect(answer.body.error.code).toBe('INVALID_SNAPSHOT');
    expect(answer.body.error.message.en).toContain('receivedAt');
  });
});

describe('upgradeLegacyEnvelope', () => {
  it('does not touch its input and leaves other envelopes as they are', () => {
    const frozen = deepFreeze(structuredClone(fixture));
    const upgraded = upgradeLegacyEnvelope(frozen) as { version: number; snapshot: { context: { record: unknown } } };
    expect(upgraded.version).toBe(1);
    expect(upgraded.snapshot.context.record).toEqual(ticket);
    expect(frozen).toEqual(fixture);
    const current = { machine: 'complaint', version: 1, snapshot: {} };
    expect(upgradeLegacyEnvelope(current)).toBe(current);
    expect(upgradeLegacyEnvelope('text')).toBe('text');
  });

  it('throws INVALID_SNAPSHOT for a version-0 envelope of another shape', () => {
    for (const bad of [{ ...fixture, machine: 'work-order' }, { ...fixture, snapshot: { ...fixture.snapshot, context: {} } }, { version: 0 }]) {
      let thrown: unknown;
      try {
        upgradeLegacyEnvelope(bad);
      } catch (error) {
        thrown = error;
      }
      expect(isWuyeError(thrown, 'INVALID_SNAPSHOT')).toBe(true);
    }
  });
});
