// A desk process killed in the middle of a case, and a new process on the same PGlite data
// directory: the case, its history and its outbox are all there, and the case goes on.
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import type { ComplaintEvent } from 'wuye-rules/complaint';
import type { CaseView, HistoryEntry, OutboxRow } from './desk';
import type { DeskProcess } from './test-support';
import { call, spawnDesk, tempDir } from './test-support';

const repoRoot = fileURLToPath(new URL('../../', import.meta.url));
const data = tempDir('restart');
const processes: DeskProcess[] = [];

afterAll(async () => {
  for (const p of processes) await p.stop('SIGKILL').catch(() => undefined);
  data.remove();
});

const intake = { id: 'C-RESTART', receivedAt: '2026-11-02T08:40:00+08:00', channel: 'visit', complainant: { name: '赵先生', unit: '2栋1101' }, subject: '电梯异响', receiver: '周婷' };
const before: ComplaintEvent[] = [
  { type: 'LISTENED', at: '2026-11-02T08:41:00+08:00' },
  { type: 'CLARIFIED', at: '2026-11-02T08:45:00+08:00' },
  { type: 'RECORDED', at: '2026-11-02T08:50:00+08:00', documentNo: 'TS-1102-01' },
  { type: 'CLASSIFY', at: '2026-11-02T08:55:00+08:00', kind: 'general', reasonable: true, inScope: true },
  { type: 'DISPATCH', at: '2026-11-02T09:10:00+08:00', department: '工程部' },
];
const after: ComplaintEvent[] = [
  { type: 'RESOLVE', at: '2026-11-03T15:00:00+08:00', result: '更换曳引机导靴' },
  { type: 'NOTIFY_RESULT', at: '2026-11-03T15:30:00+08:00' },
  { type: 'FOLLOW_UP_EXEMPT', at: '2026-11-05T10:00:00+08:00', reason: 'unreachable' },
  { type: 'CLOSE', at: '2026-11-05T10:10:00+08:00' },
];

async function everything(url: string) {
  const [view, history, outbox] = await Promise.all([
    call<CaseView>(url, 'GET', '/cases/C-RESTART'),
    call<{ events: HistoryEntry[] }>(url, 'GET', '/cases/C-RESTART/history'),
    call<{ rows: OutboxRow[] }>(url, 'GET', '/outbox?limit=1000'),
  ]);
  return { view: view.body, events: history.body.events, outbox: outbox.body.rows };
}

describe('a restart in the middle of a case', () => {
  it('a killed process loses nothing: a new process on the same data directory resumes exactly', async () => {
    const first = await spawnDesk(data.path, repoRoot);
    processes.push(first);
    expect((await call(first.url, 'POST', '/cases', { kind: 'complaint', record: intake })).status).toBe(201);
    for (const event of before) expect((await call(first.url, 'POST', '/cases/C-RESTART/events', event)).status).toBe(200);
    const seen = await everything(first.url);
    expect(seen.view).toMatchObject({ state: 'handling', version: 1 + before.length });

    // No goodbye: SIGKILL, as a crash would.
    await first.stop('SIGKILL');
    const second = await spawnDesk(data.path, repoRoot);
    processes.push(second);
    expect(await everything(second.url)).toEqual(seen);

    for (const event of after) expect((await call(second.url, 'POST', '/cases/C-RESTART/events', event)).status).toBe(200);
    const done = await everything(second.url);
    expect(done.view).toMatchObject({ state: 'closed', status: 'done', version: 1 + before.length + after.length });
    expect(done.events.map((e) => e.type)).toEqual(['OPENED', ...before.map((e) => e.type), ...after.map((e) => e.type)]);
    expect(done.outbox.slice(0, seen.outbox.length)).toEqual(seen.outbox);

    // A clean stop on SIGTERM exits 0.
    expect(await second.stop('SIGTERM')).toBe(0);
  });

  it('a kill with writes in flight leaves every acknowledged event and no half-written one', async () => {
    const dir = tempDir('crash');
    try {
      const first = await spawnDesk(dir.path, repoRoot);
      processes.push(first);
      expect((await call(first.url, 'POST', '/cases', { kind: 'complaint', record: { ...intake, id: 'C-CRASH' } })).status).toBe(201);
      const acknowledged: number[] = [];
      for (let i = 0; i < 5; i++) {
        const answer = await call<{ case: { version: number } }>(first.url, 'POST', '/cases/C-CRASH/events', { type: 'CHECK_DEADLINES', at: `2026-11-0${i + 3}T09:00:00+08:00` });
        expect(answer.status).toBe(200);
        acknowledged.push(answer.body.case.version);
      }
      // Three more writes on their way while the process is killed.
      const inFlight = [6, 7, 8].map((d) => call(first.url, 'POST', '/cases/C-CRASH/events', { type: 'CHECK_DEADLINES', at: `2026-11-0${d}T09:00:00+08:00` }).then((a) => a.status, () => 'lost'));
      await first.stop('SIGKILL');
      const outcomes = await Promise.all(inFlight);

      const second = await spawnDesk(dir.path, repoRoot);
      processes.push(second);
      const view = await call<CaseView>(second.url, 'GET', '/cases/C-CRASH');
      const history = await call<{ events: HistoryEntry[] }>(second.url, 'GET', '/cases/C-CRASH/history');
      const outbox = await call<{ rows: OutboxRow[] }>(second.url, 'GET', '/outbox?limit=1000');
      const version = view.body.version;
      expect(version).toBeGreaterThanOrEqual(Math.max(...acknowledged) + outcomes.filter((o) => o === 200).length);
      expect(version).toBeLessThanOrEqual(1 + 5 + 3);
      // Atomic: the row, its history and its outbox agree on what was committed.
      expect(history.body.events.map((e) => e.seq)).toEqual(Array.from({ length: version }, (_, i) => i + 1));
      expect(Math.max(...outbox.body.rows.filter((r) => r.caseId === 'C-CRASH').map((r) => r.seq))).toBeLessThanOrEqual(version);
      const next = await call(second.url, 'POST', '/cases/C-CRASH/events', { type: 'LISTENED', at: '2026-11-09T09:00:00+08:00' });
      expect(next.status).toBe(200);
      expect(await second.stop('SIGTERM')).toBe(0);
    } finally {
      dir.remove();
    }
  });
});
