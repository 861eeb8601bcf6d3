// The ticket desk's write path on PGlite (a data directory in a temp folder): one event is
// load → restore → transition() → persist → guarded UPDATE + history row, in a transaction.
// The baseline is the same SQL with the library calls removed (the stored envelope written back
// as it was): the storage floor. ratio = desk ÷ floor, so (1 − ratio) is the library's share.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Comparison } from './harness';
import { openDatabase } from '../examples/ticket-desk/database';
import { TicketDesk } from '../examples/ticket-desk/desk';

export default async function ticketDeskBench(): Promise<Comparison[]> {
  const dir = mkdtempSync(join(tmpdir(), 'ticket-desk-bench-'));
  process.once('exit', () => rmSync(dir, { recursive: true, force: true }));
  const db = await openDatabase({ dataDir: dir });
  const desk = new TicketDesk(db);
  const record = { id: 'C-BENCH', receivedAt: '2026-09-29T14:00:00+08:00', channel: 'phone', complainant: { name: '王建国', unit: '6栋1802' }, subject: '水压不足', receiver: '李敏' };
  await desk.openCase({ kind: 'complaint', record });
  await desk.openCase({ kind: 'complaint', record: { ...record, id: 'C-FLOOR' } });
  const check = { type: 'CHECK_DEADLINES', at: '2026-10-08T09:00:00+08:00' };
  // Both cases carry the same envelope (three violations found), so both paths move as many bytes.
  await desk.sendEvent('C-BENCH', check);
  await desk.sendEvent('C-FLOOR', check);

  /** The desk's path: every step, the library included. */
  const throughDesk = async () => (await desk.sendEvent('C-BENCH', check)).case.version;

  /** The same reads and writes, the library removed: the envelope goes back unchanged. */
  const storageFloor = async () => {
    const { rows } = await db.query<{ version: number; envelope: { snapshot: { value: unknown } } }>('SELECT id, kind, version, envelope, machine_version FROM cases WHERE id = $1', ['C-FLOOR']);
    const row = rows[0]!;
    const value = JSON.stringify(row.envelope.snapshot.value);
    await db.transaction(async (tx) => {
      const updated = await tx.query(
        `UPDATE cases SET envelope = $3::jsonb, version = version + 1, machine_version = 1, state = $4::jsonb, status = 'active', next_due_at = NULL, updated_at = now() WHERE id = $1 AND version = $2`,
        ['C-FLOOR', row.version, JSON.stringify(row.envelope), value],
      );
      if (updated.rowCount !== 1) throw new Error('floor: lost the row');
      await tx.query(`INSERT INTO case_events (case_id, seq, type, at, event, state_before, state_after, receipts) VALUES ($1, $2, $3, $4, $5::jsonb, $6::jsonb, $6::jsonb, '[]'::jsonb)`, [
        'C-FLOOR',
        row.version + 1,
        check.type,
        check.at,
        JSON.stringify(check),
        value,
      ]);
    });
    return row.version + 1;
  };

  return [
    {
      title: 'ticket desk on PGlite: one event through load → transition() → save, vs the same SQL without the library',
      subject: { name: 'desk event', fn: throughDesk },
      baseline: { name: 'storage floor', fn: storageFloor },
      throughput: { unit: 'events', perCall: 1 },
    },
  ];
}
