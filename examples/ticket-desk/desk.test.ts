// The ticket desk over HTTP, in this process on a PGlite data directory: a complaint's whole
// life, the other kinds, conflicts, and bad requests that change nothing.
// With TICKET_DESK_TEST_DATABASE_URL set, the same suite runs against that PostgreSQL server
// instead (in a fresh schema, dropped at the end).
import { readFileSync } from 'node:fs';
import { connect } from 'node:net';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AnyMachineSnapshot } from 'xstate';
import { transition } from 'xstate';
import type { ComplaintEvent, ComplaintRecord } from 'wuye-rules/complaint';
import { complaintMachine, startComplaint } from 'wuye-rules/complaint';
import type { CheckDeadlinesEvent } from 'wuye-rules';
import type { CaseView, EventResult, HistoryEntry, OutboxRow } from './desk';
import type { RunningDesk } from './start';
import { startTicketDesk } from './start';
import type { Answer } from './test-support';
import { call, tempDir } from './test-support';

const intake = (id: string): ComplaintRecord => ({
  id,
  receivedAt: '2026-09-29T14:00:00+08:00',
  channel: 'phone',
  complainant: { name: '王建国', unit: '6栋1802', phone: '13800000000' },
  subject: '高层水压不足，早晚无法正常用水，已持续一周',
  receiver: '李敏',
});

// The demo's major complaint, with a deadline check after the 48-hour investigation limit.
const life: (ComplaintEvent | CheckDeadlinesEvent)[] = [
  { type: 'LISTENED', at: '2026-09-29T14:05:00+08:00' },
  { type: 'CLARIFIED', at: '2026-09-29T14:12:00+08:00' },
  { type: 'RECORDED', at: '2026-09-29T14:15:00+08:00', documentNo: 'TS-2026-0929-07' },
  { type: 'CLASSIFY', at: '2026-09-29T14:20:00+08:00', kind: 'major', reasonable: true, inScope: true },
  { type: 'REPORT', at: '2026-09-29T18:10:00+08:00', to: '管理处主任 陈志强' },
  { type: 'CHECK_DEADLINES', at: '2026-10-01T15:00:00+08:00' },
  { type: 'DISPATCH', at: '2026-10-01T15:30:00+08:00', department: '工程部' },
  { type: 'NOTIFY_PROGRESS', at: '2026-10-01T16:00:00+08:00', note: '已检测，需更换水泵', nextReplyAt: '2026-10-02T10:00:00+08:00' },
  { type: 'RESOLVE', at: '2026-10-02T09:00:00+08:00', result: '更换二次供水水泵，水压恢复' },
  { type: 'NOTIFY_RESULT', at: '2026-10-02T09:30:00+08:00' },
  { type: 'FOLLOW_UP', at: '2026-10-08T10:00:00+08:00', by: '客服 张丽', result: '水压正常，业主满意', satisfied: true },
  { type: 'CLOSE', at: '2026-10-08T10:30:00+08:00' },
];

let desk: RunningDesk;
const data = tempDir('http');
const url = () => desk.url;
const server = process.env.TICKET_DESK_TEST_DATABASE_URL;
const schema = `desk_test_${process.pid}`;

async function onServer(sql: string): Promise<void> {
  const { default: pg } = await import('pg');
  const client = new pg.Client({ connectionString: server });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

beforeAll(async () => {
  if (server) {
    await onServer(`CREATE SCHEMA ${schema}`);
    const databaseUrl = `${server}${server.includes('?') ? '&' : '?'}options=${encodeURIComponent(`-c search_path=${schema}`)}`;
    desk = await startTicketDesk({ databaseUrl, port: 0 });
  } else {
    desk = await startTicketDesk({ dataDir: data.path, port: 0 });
  }
});

afterAll(async () => {
  await desk?.close();
  if (server) await onServer(`DROP SCHEMA ${schema} CASCADE`);
  data.remove();
});

describe('storage engine', () => {
  it('is PGlite by default, PostgreSQL when a server URL is given', async () => {
    const health = await call<{ engine: string }>(url(), 'GET', '/health');
    expect(health.body.engine).toBe(server ? 'postgres' : 'pglite');
  });
});

async function open(id: string): Promise<Answer<CaseView>> {
  return call<CaseView>(url(), 'POST', '/cases', { kind: 'complaint', record: intake(id) });
}

async function stored(id: string) {
  const [view, history, outbox] = await Promise.all([
    call<CaseView>(url(), 'GET', `/cases/${id}`),
    call<{ events: HistoryEntry[] }>(url(), 'GET', `/cases/${id}/history`),
    call<{ rows: OutboxRow[] }>(url(), 'GET', '/outbox?limit=1000'),
  ]);
  return { view: view.body, events: history.body.events, outbox: outbox.body.rows.filter((r) => r.caseId === id) };
}

describe('a complaint through its whole life', () => {
  it('opens, takes every event, checks deadlines, closes, and keeps history, receipts and outbox', async () => {
    const opened = await open('C-LIFE');
    expect(opened.status).toBe(201);
    expect(opened.etag).toBe('"1"');
    // The same events through the library in this process: the oracle for what the desk stores.
    let expected = startComplaint(intake('C-LIFE'))[0] as AnyMachineSnapshot;
    expect(opened.body.deadlines.map((d) => d.dueAt)).toEqual((expected.context as { deadlines: { dueAt: string }[] }).deadlines.map((d) => d.dueAt));

    const results: EventResult[] = [];
    for (const event of life) {
      const answer = await call<EventResult>(url(), 'POST', '/cases/C-LIFE/events', event);
      expect(answer.status, `${event.type}: ${JSON.stringify(answer.body)}`).toBe(200);
      results.push(answer.body);
      expected = transition(complaintMachine, expected as never, event)[0] as AnyMachineSnapshot;
      expect(answer.body.case.state).toEqual(expected.value);
      expect(answer.body.case.context).toEqual(JSON.parse(JSON.stringify(expected.context)));
    }
    const last = results.at(-1)!.case;
    expect(last.status).toBe('done');
    expect(last.state).toBe('closed');
    expect(last.version).toBe(1 + life.length);

    // The check after 48 hours found the investigation late: a receipt with rule, clause, parameter.
    const check = results[life.findIndex((e) => e.type === 'CHECK_DEADLINES')]!;
    const late = check.newViolations.find((r) => r.ruleId === 'complaint.investigate-deadline');
    expect(late).toBeDefined();
    expect(late!.clause).toBe('5.2.3');
    expect(late!.parameters).toMatchObject({ 'complaint.investigateWithin': { value: { value: 48, unit: 'hour' } } });

    const { view, events, outbox } = await stored('C-LIFE');
    expect(view.version).toBe(last.version);
    expect(events.map((e) => e.seq)).toEqual(Array.from({ length: life.length + 1 }, (_, i) => i + 1));
    expect(events.map((e) => e.type)).toEqual(['OPENED', ...life.map((e) => e.type)]);
    expect(events.find((e) => e.type === 'CHECK_DEADLINES')!.receipts.map((r) => r.ruleId)).toEqual(check.newViolations.map((r) => r.ruleId));
    expect(outbox.map((r) => r.topic)).toContain('case.opened');
    // The close judges the record as closed: the late investigation, "not done" at the check, is now "done late".
    expect(results.at(-1)!.newViolations.map((r) => r.ruleId)).toEqual(['complaint.investigate-deadline']);
    expect(outbox.filter((r) => r.topic === 'violation.raised').length).toBe(results.reduce((n, r) => n + r.newViolations.length, 0));
    expect(outbox.filter((r) => r.topic === 'case.transitioned').at(-1)!.payload).toMatchObject({ to: 'closed', status: 'done' });

    // Closed: off the open list, and further events are refused.
    const list = await call<{ cases: CaseView[] }>(url(), 'GET', '/cases');
    expect(list.body.cases.map((c) => c.id)).not.toContain('C-LIFE');
    const after = await call(url(), 'POST', '/cases/C-LIFE/events', { type: 'CHECK_DEADLINES', at: '2026-10-09T10:00:00+08:00' });
    expect(after.status).toBe(422);
  });
});

describe('work orders, renovations and the open list', () => {
  it('opens each kind and lists open items earliest deadline first, with deadlines and violations', async () => {
    const order = { id: 'WO-1', reportedAt: '2026-09-30T09:50:00+08:00', location: '12F 1203', ownerName: '陈女士', item: '卫生间漏水', receiver: '李敏', origin: 'customer-call', urgency: 'critical', paid: false };
    expect((await call(url(), 'POST', '/cases', { kind: 'work-order', record: order })).status).toBe(201);
    const dispatched = await call<EventResult>(url(), 'POST', '/cases/WO-1/events', { type: 'DISPATCH', at: '2026-09-30T10:00:00+08:00' });
    expect(dispatched.status).toBe(200);
    const arrival = dispatched.body.case.deadlines.find((d) => d.id === 'arrival');
    expect(arrival?.metAt).toBeNull();
    const renovation = { id: 'R-1', unit: '12F 1203', appliedAt: '2026-09-28T09:00:00+08:00', owner: { name: '陈女士' }, contractor: { name: '安居装饰' } };
    expect((await call(url(), 'POST', '/cases', { kind: 'renovation', record: renovation })).status).toBe(201);
    expect((await open('C-LIST')).status).toBe(201);

    const list = await call<{ cases: CaseView[] }>(url(), 'GET', '/cases');
    const ids = list.body.cases.map((c) => c.id);
    expect(ids).toEqual(expect.arrayContaining(['WO-1', 'R-1', 'C-LIST']));
    const dues = list.body.cases.map((c) => c.nextDueAt).filter((d): d is string => d !== null);
    expect(dues.map((d) => Date.parse(d))).toEqual([...dues.map((d) => Date.parse(d))].sort((a, b) => a - b));
    expect(list.body.cases.at(-1)!.nextDueAt).toBeNull(); // the renovation keeps no deadline list

    // One check for every open case: the critical work order is late by then.
    const checked = await call<{ checked: { id: string; newViolations: { ruleId: string }[] }[]; conflicts: string[] }>(url(), 'POST', '/check-deadlines', { at: '2026-09-30T11:00:00+08:00' });
    expect(checked.status).toBe(200);
    expect(checked.body.conflicts).toEqual([]);
    expect(checked.body.checked.map((c) => c.id)).toEqual(expect.arrayContaining(['WO-1', 'R-1', 'C-LIST']));
    expect(checked.body.checked.find((c) => c.id === 'WO-1')!.newViolations.map((v) => v.ruleId)).toContain('work-order.late-arrival');
    const again = await call<CaseView>(url(), 'GET', '/cases/WO-1');
    expect(again.body.violations.map((v) => v.ruleId)).toContain('work-order.late-arrival');
  });
});

describe('deadline checks', () => {
  it('a deadline missed at two checks is one finding: one receipt, one outbox row', async () => {
    await open('C-TWICE');
    const first = await call<EventResult>(url(), 'POST', '/cases/C-TWICE/events', { type: 'CHECK_DEADLINES', at: '2026-10-03T09:00:00+08:00' });
    const second = await call<EventResult>(url(), 'POST', '/cases/C-TWICE/events', { type: 'CHECK_DEADLINES', at: '2026-10-04T09:00:00+08:00' });
    expect(first.body.newViolations.length).toBeGreaterThan(0);
    expect(second.body.newViolations).toEqual([]);
    // The second check restates the same findings as of its own instant.
    expect(second.body.case.violations.map((v) => v.ruleId)).toEqual(first.body.newViolations.map((v) => v.ruleId));
    expect(second.body.case.violations.every((v) => v.facts.asOf === '2026-10-04T09:00:00+08:00')).toBe(true);
    const { outbox } = await stored('C-TWICE');
    expect(outbox.filter((r) => r.topic === 'violation.raised')).toHaveLength(first.body.newViolations.length);
  });
});

describe('concurrent writers', () => {
  it('two clients holding the same version: one is saved, the other gets 409 and nothing is lost', async () => {
    await open('C-RACE');
    const read = await call<CaseView>(url(), 'GET', '/cases/C-RACE');
    const ifMatch = { 'if-match': read.etag! };
    const [a, b] = await Promise.all([
      call(url(), 'POST', '/cases/C-RACE/events', { type: 'LISTENED', at: '2026-09-29T14:05:00+08:00' }, ifMatch),
      call(url(), 'POST', '/cases/C-RACE/events', { type: 'CLARIFIED', at: '2026-09-29T14:06:00+08:00' }, ifMatch),
    ]);
    expect([a.status, b.status].sort()).toEqual([200, 409]);
    const loser = a.status === 409 ? a : b;
    expect(loser.body).toMatchObject({ error: { code: 'VERSION_CONFLICT', details: { expected: read.body.version } } });
    const { view, events } = await stored('C-RACE');
    expect(view.version).toBe(read.body.version + 1);
    expect(events).toHaveLength(2);
  });

  it('without If-Match, every 200 is one stored event and every other answer is a 409', async () => {
    await open('C-MANY');
    const sends = Array.from({ length: 8 }, (_, i) => call(url(), 'POST', '/cases/C-MANY/events', { type: 'CHECK_DEADLINES', at: `2026-09-30T1${i}:00:00+08:00` }));
    const answers = await Promise.all(sends);
    for (const a of answers) expect([200, 409]).toContain(a.status);
    const saved = answers.filter((a) => a.status === 200).length;
    expect(saved).toBeGreaterThan(0);
    const { view, events } = await stored('C-MANY');
    expect(view.version).toBe(1 + saved);
    expect(events).toHaveLength(1 + saved);
  });

  it('a stale If-Match is refused before anything is computed', async () => {
    await open('C-STALE');
    await call(url(), 'POST', '/cases/C-STALE/events', { type: 'LISTENED', at: '2026-09-29T14:05:00+08:00' });
    const stale = await call(url(), 'POST', '/cases/C-STALE/events', { type: 'CLARIFIED', at: '2026-09-29T14:06:00+08:00' }, { 'if-match': '"1"' });
    expect(stale.status).toBe(409);
    expect((await stored('C-STALE')).view.version).toBe(2);
  });
});

describe('bad requests: 4xx with the typed code and both messages, nothing stored changes', () => {
  const cases: { name: string; body: unknown; status: number; code: string; headers?: Record<string, string> }[] = [
    { name: 'a body that is not JSON', body: '{"type": "LISTENED", at:', status: 400, code: 'INVALID_INPUT' },
    { name: 'an empty body', body: '', status: 400, code: 'INVALID_INPUT' },
    { name: 'JSON that is not an object', body: '[1,2]', status: 400, code: 'INVALID_INPUT' },
    { name: 'an unknown event type', body: { type: 'FLY', at: '2026-09-29T14:05:00+08:00' }, status: 400, code: 'INVALID_INPUT' },
    { name: 'a field of the wrong type', body: { type: 'CLASSIFY', at: '2026-09-29T14:20:00+08:00', kind: 'general', reasonable: 'yes', inScope: true }, status: 400, code: 'INVALID_INPUT' },
    { name: 'an instant without offset', body: { type: 'LISTENED', at: '2026-09-29 14:05' }, status: 400, code: 'INVALID_INSTANT' },
    { name: 'an impossible date', body: { type: 'LISTENED', at: '2026-02-30T14:05:00+08:00' }, status: 400, code: 'INVALID_INSTANT' },
    { name: 'an instant that is a number (a wrong type)', body: { type: 'LISTENED', at: 1790000000000 }, status: 400, code: 'INVALID_INPUT' },
    { name: 'a refused event (classify before intake)', body: { type: 'CLASSIFY', at: '2026-09-29T14:20:00+08:00', kind: 'general', reasonable: true, inScope: true }, status: 422, code: 'EVENT_REFUSED' },
    { name: 'an event earlier than the last one', body: { type: 'LISTENED', at: '2026-09-29T13:00:00+08:00' }, status: 422, code: 'EVENT_REFUSED' },
    { name: 'a body over the size limit', body: JSON.stringify({ type: 'LISTENED', at: '2026-09-29T14:05:00+08:00', pad: 'x'.repeat(300 * 1024) }), status: 413, code: 'PAYLOAD_TOO_LARGE' },
    { name: 'a NUL character in a string', body: '{"type":"LISTENED","at":"2026-09-29T14:05:00+08:00","note":"a\\u0000b"}', status: 400, code: 'INVALID_INPUT' },
    { name: 'a NUL character in a key', body: '{"type":"LISTENED","at":"2026-09-29T14:05:00+08:00","a\\u0000b":1}', status: 400, code: 'INVALID_INPUT' },
    { name: 'a lone surrogate', body: '{"type":"LISTENED","at":"2026-09-29T14:05:00+08:00","note":"\\ud800"}', status: 400, code: 'INVALID_INPUT' },
    { name: 'a lone low surrogate in a nested key', body: '{"type":"LISTENED","at":"2026-09-29T14:05:00+08:00","extra":{"\\udc00x":1}}', status: 400, code: 'INVALID_INPUT' },
    { name: 'a 60k-deep array as the body', body: `${'['.repeat(60_000)}${']'.repeat(60_000)}`, status: 400, code: 'INVALID_INPUT' },
    { name: 'a 60k-deep array in a field', body: `{"type":"LISTENED","at":"2026-09-29T14:05:00+08:00","extra":${'['.repeat(60_000)}${']'.repeat(60_000)}}`, status: 400, code: 'INVALID_INPUT' },
    { name: 'a 10 MB body', body: JSON.stringify({ type: 'LISTENED', at: '2026-09-29T14:05:00+08:00', pad: 'x'.repeat(10 * 1024 * 1024) }), status: 413, code: 'PAYLOAD_TOO_LARGE' },
    { name: 'an If-Match that is no version', body: { type: 'LISTENED', at: '2026-09-29T14:05:00+08:00' }, status: 400, code: 'INVALID_INPUT', headers: { 'if-match': '"abc"' } },
  ];

  it.each(cases.map((c, i) => ({ ...c, id: `C-BAD-${i}` })))('$name', async ({ id, body, status, code, headers }) => {
    await open(id);
    const before = await stored(id);
    const answer = await call<{ error: { code: string; message: { 'zh-CN': string; en: string } } }>(url(), 'POST', `/cases/${id}/events`, body, headers);
    expect(answer.status).toBe(status);
    expect(answer.body.error.code).toBe(code);
    expect(answer.body.error.message['zh-CN'].length).toBeGreaterThan(0);
    expect(answer.body.error.message.en.length).toBeGreaterThan(0);
    expect(answer.body.error.message['zh-CN']).not.toBe(answer.body.error.message.en);
    expect(await stored(id)).toEqual(before);
  });

  it('a refusal names the guard and its clause', async () => {
    await open('C-GUARD');
    const answer = await call<{ error: { details: { guard: string; source: { clause: string }; guards: { guard: string }[] } } }>(url(), 'POST', '/cases/C-GUARD/events', {
      type: 'CLASSIFY',
      at: '2026-09-29T14:20:00+08:00',
      kind: 'general',
      reasonable: true,
      inScope: true,
    });
    expect(answer.status).toBe(422);
    // Every CLASSIFY branch presupposes the intake: the refusal names it, not the first branch.
    expect(answer.body.error.details.guard).toBe('intakeComplete');
    expect(answer.body.error.details.guards.map((g) => g.guard)).toEqual(['intakeComplete']);
    expect(answer.body.error.details.source.clause).toBe('WI/FW-016');
  });

  it('opening: bad kind, bad record, bad instant, duplicate id', async () => {
    const good = intake('C-OPEN');
    const bad = [
      { body: { kind: 'parcel', record: good }, status: 400, code: 'INVALID_INPUT' },
      { body: { record: good }, status: 400, code: 'INVALID_INPUT' },
      { body: { kind: 'complaint', record: { ...good, channel: 'pigeon' } }, status: 400, code: 'INVALID_INPUT' },
      { body: { kind: 'complaint', record: { ...good, receivedAt: '2026-09-29T14:00:00' } }, status: 400, code: 'INVALID_INSTANT' },
      { body: { kind: 'complaint', record: { ...good, closedAt: '2026-09-29T15:00:00+08:00' } }, status: 400, code: 'INVALID_INPUT' },
      { body: 'not json', status: 400, code: 'INVALID_INPUT' },
    ];
    for (const { body, status, code } of bad) {
      const answer = await call<{ error: { code: string } }>(url(), 'POST', '/cases', body);
      expect({ status: answer.status, code: answer.body.error.code }).toEqual({ status, code });
    }
    expect((await call(url(), 'GET', '/cases/C-OPEN')).status).toBe(404);
    expect((await open('C-OPEN')).status).toBe(201);
    const twice = await open('C-OPEN');
    expect(twice.status).toBe(409);
    expect(twice.body).toMatchObject({ error: { code: 'CASE_EXISTS' } });
  });

  it('unknown cases and paths, wrong methods, bad deadline checks', async () => {
    expect((await call(url(), 'POST', '/cases/NOPE/events', { type: 'LISTENED', at: '2026-09-29T14:05:00+08:00' })).status).toBe(404);
    expect((await call(url(), 'GET', '/nowhere')).status).toBe(404);
    expect((await call(url(), 'DELETE', '/cases')).status).toBe(405);
    expect((await call(url(), 'GET', '/cases/%E0%A4%A')).status).toBe(400);
    expect((await call(url(), 'GET', '/outbox?after=-1')).status).toBe(400);
    const check = await call<{ error: { code: string } }>(url(), 'POST', '/check-deadlines', { at: '2026-09-30 10:00' });
    expect(check.status).toBe(400);
    expect(check.body.error.code).toBe('INVALID_INSTANT');
  });
});

describe('malformed ids, openings and uploads: 4xx, nothing stored', () => {
  it('a control character in a case id (%00, %0A) is 400 on every route', async () => {
    const before = await call<{ cases: unknown[] }>(url(), 'GET', '/cases');
    for (const [method, path, body] of [
      ['GET', '/cases/%00'],
      ['GET', '/cases/C%0A1'],
      ['GET', '/cases/%00/history'],
      ['POST', '/cases/%00/events', { type: 'LISTENED', at: '2026-09-29T14:05:00+08:00' }],
    ] as const) {
      const answer = await call<{ error: { code: string } }>(url(), method, path, body);
      expect({ path, status: answer.status, code: answer.body.error.code }).toEqual({ path, status: 400, code: 'INVALID_INPUT' });
    }
    expect(await call(url(), 'GET', '/cases')).toEqual(before);
  });
  it('an opening with a NUL, a lone surrogate or over-deep JSON in the record creates no case', async () => {
    const good = JSON.stringify(intake('C-NUL'));
    for (const body of [good.replace('"channel"', '"subject2":"a\\u0000b","channel"'), good.replace('"channel"', '"subject2":"\\udfff","channel"'), good.replace('"channel"', `"deep":${'['.repeat(60_000)}${']'.repeat(60_000)},"channel"`)]) {
      const answer = await call<{ error: { code: string } }>(url(), 'POST', '/cases', body);
      expect({ status: answer.status, code: answer.body.error.code }).toEqual({ status: 400, code: 'INVALID_INPUT' });
      expect((await call(url(), 'GET', '/cases/C-NUL')).status).toBe(404);
    }
  });
  it('a body over the limit is read and drained before the 413, every time', async () => {
    await open('C-BIG');
    const before = await stored('C-BIG');
    const big = JSON.stringify({ type: 'LISTENED', at: '2026-09-29T14:05:00+08:00', pad: 'x'.repeat(10 * 1024 * 1024) });
    for (let i = 0; i < 5; i += 1) {
      const answer = await call<{ error: { code: string } }>(url(), 'POST', '/cases/C-BIG/events', big);
      expect([answer.status, answer.body.error.code]).toEqual([413, 'PAYLOAD_TOO_LARGE']);
    }
    expect(await stored('C-BIG')).toEqual(before);
  });
  it('a stalled request is cut off with 408 after the time its README states', async () => {
    const readme = readFileSync(join(import.meta.dirname, 'README.md'), 'utf8');
    const seconds = Number(/the whole request within (\d+) s/.exec(readme)?.[1]);
    expect(seconds).toBe(15);
    await open('C-STALL');
    const before = await stored('C-STALL');
    const { hostname, port } = new URL(url());
    const started = performance.now();
    const answer = await new Promise<string>((resolve, reject) => {
      const socket = connect(Number(port), hostname, () => {
        // Headers, then a body that never finishes.
        socket.write('POST /cases/C-STALL/events HTTP/1.1\r\nHost: desk\r\nContent-Type: application/json\r\nContent-Length: 100\r\n\r\n{"type":');
      });
      let received = '';
      socket.on('data', (chunk) => (received += chunk.toString()));
      socket.on('close', () => resolve(received));
      socket.on('error', reject);
      setTimeout(() => reject(new Error(`no answer after 90 s: ${received}`)), 90_000).unref();
    });
    const elapsed = (performance.now() - started) / 1000;
    expect(answer).toMatch(/^HTTP\/1\.1 408/);
    expect(elapsed).toBeGreaterThanOrEqual(seconds - 1);
    // Node checks request timers every second here (30 s by default): the cut comes close to the stated time.
    expect(elapsed).toBeLessThan(seconds + 15);
    expect(await stored('C-STALL')).toEqual(before);
  });
});
