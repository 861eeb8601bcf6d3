// The complaint object on a real restate-server (loopback, fresh ports, a temporary base
// directory): registered through the admin API, driven through the HTTP ingress, its service
// process killed with SIGKILL mid-case and started again. Every answer is compared with the
// library run in this process on the same events.
import { fileURLToPath } from 'node:url';
import type { AnyMachineSnapshot } from 'xstate';
import { transition } from 'xstate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ComplaintContext, ComplaintEvent, ComplaintRecord } from 'wuye-rules/complaint';
import { complaintMachine, complaintProcedure, startComplaint } from 'wuye-rules/complaint';
import type { CheckDeadlinesEvent } from 'wuye-rules';
import type { CaseView, EventResult } from './complaint-case';
import { COMPLAINT_CASE } from './complaint-case';
import { lapseInstant, timersFor } from './deadline-timers';
import type { IngressAnswer, RestateServer, ServiceProcess } from './restate-support';
import { freePort, invoke, registerDeployment, spawnService, startRestate, tempDir, waitFor } from './restate-support';

const repoRoot = fileURLToPath(new URL('../../', import.meta.url));
const base = tempDir('restate');
let restate: RestateServer;
let servicePort: number;
const services: ServiceProcess[] = [];
let deployment: { id: string; services: { name: string; handlers: { name: string }[] }[] };

beforeAll(async () => {
  restate = await startRestate(base.path);
  servicePort = await freePort();
  services.push(await spawnService(repoRoot, servicePort));
  deployment = await registerDeployment(restate.admin, `http://127.0.0.1:${servicePort}`);
}, 120_000);

afterAll(async () => {
  for (const s of services) await s.stop('SIGKILL').catch(() => undefined);
  if (restate) await restate.stop('SIGKILL').catch(() => undefined);
  base.remove();
}, 60_000);

const call = <T>(key: string, handler: string, body?: unknown): Promise<IngressAnswer<T>> => invoke<T>(restate.ingress, COMPLAINT_CASE, key, handler, body);
const getCase = async (key: string): Promise<CaseView> => {
  const answer = await call<CaseView>(key, 'get');
  expect(answer.status).toBe(200);
  return answer.body;
};

/** SIGKILL the running service process and start a new one on the same port (no new registration). */
async function crashAndRestart(): Promise<void> {
  const running = services[services.length - 1]!;
  await running.stop('SIGKILL');
  services.push(await spawnService(repoRoot, servicePort));
}

// The same case run by the library in this process: the reference every answer is held to.
function libraryRun(intake: ComplaintRecord, events: readonly (ComplaintEvent | CheckDeadlinesEvent)[]): AnyMachineSnapshot {
  let [snapshot] = startComplaint(intake);
  for (const event of events) [snapshot] = transition(complaintMachine, snapshot, event);
  return snapshot;
}

const intake = (id: string): ComplaintRecord => ({ id, receivedAt: '2026-11-02T08:40:00+08:00', channel: 'visit', complainant: { name: '赵先生', unit: '2栋1101' }, subject: '电梯异响', receiver: '周婷' });
const intakeEvents: ComplaintEvent[] = [
  { type: 'LISTENED', at: '2026-11-02T08:41:00+08:00' },
  { type: 'CLARIFIED', at: '2026-11-02T08:45:00+08:00' },
  { type: 'RECORDED', at: '2026-11-02T08:50:00+08:00', documentNo: 'TS-1102-01' },
  { type: 'CLASSIFY', at: '2026-11-02T08:55:00+08:00', kind: 'general', reasonable: true, inScope: true },
  { type: 'DISPATCH', at: '2026-11-02T09:10:00+08:00', department: '工程部' },
];
const closingEvents: (ComplaintEvent | CheckDeadlinesEvent)[] = [
  { type: 'CHECK_DEADLINES', at: '2026-11-04T09:00:00+08:00' },
  { type: 'RESOLVE', at: '2026-11-04T15:00:00+08:00', result: '更换曳引机导靴' },
  { type: 'NOTIFY_RESULT', at: '2026-11-04T15:30:00+08:00' },
  { type: 'FOLLOW_UP_EXEMPT', at: '2026-11-05T10:00:00+08:00', reason: 'unreachable' },
  { type: 'CLOSE', at: '2026-11-05T10:10:00+08:00' },
];

describe('the complaint procedure as a Restate virtual object', () => {
  it('registers one virtual object with its four handlers', () => {
    expect(deployment.id).toMatch(/^dp_/);
    expect(deployment.services.map((s) => s.name)).toEqual([COMPLAINT_CASE]);
    expect(deployment.services[0]!.handlers.map((h) => h.name).sort()).toEqual(['CHECK_DEADLINES', 'get', 'open', 'send']);
  });

  it('runs a complaint from receipt to closed, and a SIGKILL of the service mid-case loses nothing', async () => {
    const key = 'C-DURABLE';
    const opened = await call<EventResult>(key, 'open', intake(key));
    expect(opened.status).toBe(200);
    const [start] = startComplaint(intake(key));
    expect(opened.body.case).toMatchObject({ key, machine: 'complaint', version: 1, state: start.value, status: 'active', context: start.context });
    // One timer per running deadline, due at its lapse, counted from the receipt.
    expect(opened.body.scheduled).toEqual(timersFor([], (start.context as ComplaintContext).deadlines, intake(key).receivedAt));
    expect(opened.body.scheduled.map((t) => t.deadline).sort()).toEqual(['complete', 'investigate', 'notify']);

    for (const [i, event] of intakeEvents.entries()) {
      const answer = await call<EventResult>(key, 'send', event);
      expect(answer.status).toBe(200);
      const expected = libraryRun(intake(key), intakeEvents.slice(0, i + 1));
      expect(answer.body.case.state).toEqual(expected.value);
      expect(answer.body.case.context).toEqual(expected.context);
    }
    const seen = await getCase(key);
    expect(seen.state).toBe('handling');
    // DISPATCH started the department's deadline: its timer was added, the others kept.
    expect(seen.timers.map((t) => t.deadline).sort()).toEqual(['complete', 'department', 'investigate', 'notify']);

    // No goodbye: SIGKILL, as a crash would. A new process on the same port; no new registration.
    await crashAndRestart();
    expect(await getCase(key)).toEqual(seen);

    for (const [i, event] of closingEvents.entries()) {
      const answer = await call<EventResult>(key, 'send', event);
      expect(answer.status).toBe(200);
      const expected = libraryRun(intake(key), [...intakeEvents, ...closingEvents.slice(0, i + 1)]);
      expect(answer.body.case.context).toEqual(expected.context);
    }
    const done = await getCase(key);
    const expected = libraryRun(intake(key), [...intakeEvents, ...closingEvents]);
    expect(done).toMatchObject({ state: 'closed', status: 'done' });
    expect(done.context).toEqual(expected.context);
    // What the host's check on 11-04 found is what the library finds.
    expect(done.violations).toEqual((expected.context as ComplaintContext).violations);

    // A timer that fires after the close finds nothing to do and changes nothing.
    const late = await call<{ skipped: string; case: CaseView }>(key, 'CHECK_DEADLINES', { at: '2026-11-06T09:00:00+08:00' });
    expect(late.status).toBe(200);
    expect(late.body.skipped).toBe('closed');
    expect(await getCase(key)).toEqual(done);
  });

  it('an event sent while no service process is up is delivered once one is back', async () => {
    const key = 'C-INFLIGHT';
    expect((await call(key, 'open', intake(key))).status).toBe(200);
    const running = services[services.length - 1]!;
    await running.stop('SIGKILL');
    // Restate holds the call and retries it; the caller just waits.
    const pending = call<EventResult>(key, 'send', intakeEvents[0]);
    await new Promise((r) => setTimeout(r, 500));
    services.push(await spawnService(repoRoot, servicePort));
    const answer = await pending;
    expect(answer.status).toBe(200);
    expect(answer.body.case.context).toEqual(libraryRun(intake(key), intakeEvents.slice(0, 1)).context);
    // Delivered once: the next event in order is taken, and the record shows one LISTENED.
    expect((await call(key, 'send', intakeEvents[1])).status).toBe(200);
    expect((await getCase(key)).context).toEqual(libraryRun(intake(key), intakeEvents.slice(0, 2)).context);
  });

  it("a durable timer is Restate's: it survives a SIGKILL and sends CHECK_DEADLINES with at = the lapse", async () => {
    const key = 'C-TIMER';
    expect((await call(key, 'open', intake(key))).status).toBe(200);
    for (const event of intakeEvents.slice(0, 4)) expect((await call(key, 'send', event)).status).toBe(200);
    // A progress notice promising the next reply 3 s after it (time is data: the delay is
    // counted from the event's `at`, not from the wall clock).
    const promise: ComplaintEvent = { type: 'NOTIFY_PROGRESS', at: '2026-11-02T09:00:00+08:00', note: '已派工程部', nextReplyAt: '2026-11-02T09:00:03+08:00' };
    const answer = await call<EventResult>(key, 'send', promise);
    expect(answer.status).toBe(200);
    const timer = answer.body.scheduled.find((t) => t.deadline === 'promised-reply#0');
    expect(timer).toMatchObject({ dueAt: '2026-11-02T09:00:03+08:00', at: lapseInstant({ dueAt: '2026-11-02T09:00:03+08:00', inclusive: true }), delayMs: 3_001 });
    expect(answer.body.scheduled).toHaveLength(1);
    expect(answer.body.case.checkedAt).toBeNull();

    // The process that scheduled it dies before it fires; the timer lives in Restate.
    await crashAndRestart();
    const checked = await waitFor('the timer to fire', 30_000, () => getCase(key), (c) => c.checkedAt !== null);
    const expected = libraryRun(intake(key), [...intakeEvents.slice(0, 4), promise, { type: 'CHECK_DEADLINES', at: timer!.at }]);
    expect(checked.checkedAt).toBe(timer!.at);
    expect(checked.context).toEqual(expected.context);
    expect(checked.violations.map((v) => v.ruleId)).toEqual(['complaint.promised-reply']);
  });

  it('a refused event is EVENT_REFUSED naming the guard and its clause; nothing stored changes', async () => {
    const key = 'C-REFUSED';
    expect((await call(key, 'open', intake(key))).status).toBe(200);
    for (const event of intakeEvents) expect((await call(key, 'send', event)).status).toBe(200);
    const before = await getCase(key);

    const noMeasure = await call(key, 'send', { type: 'COMPLETE_MEASURE', at: '2026-11-02T10:00:00+08:00', index: 5 });
    expect(noMeasure.status).toBe(422);
    expect(noMeasure.error).toMatchObject({ code: 'EVENT_REFUSED', details: { guard: 'measureExists', source: complaintProcedure.guards!.measureExists!.source } });
    expect(noMeasure.error!.message['zh-CN']).toContain(complaintProcedure.guards!.measureExists!.description['zh-CN']);
    expect(noMeasure.error!.message.en).toContain(complaintProcedure.guards!.measureExists!.description.en);

    const backwards = await call(key, 'send', { type: 'DISPATCH', at: '2026-11-02T09:00:00+08:00', department: '保安部' });
    expect(backwards.status).toBe(422);
    expect(backwards.error).toMatchObject({ code: 'EVENT_REFUSED', details: { guard: null, source: { clause: 'events in time order' } } });

    const wrongState = await call(key, 'send', { type: 'CLOSE', at: '2026-11-02T10:00:00+08:00' });
    expect(wrongState.status).toBe(422);
    expect(wrongState.error).toMatchObject({ code: 'EVENT_REFUSED', details: { guard: null } });

    expect(await getCase(key)).toEqual(before);
  });

  it("a malformed event, record or check is a terminal error with the library's code and both messages; nothing stored changes", async () => {
    const key = 'C-MALFORMED';
    expect((await call(key, 'open', intake(key))).status).toBe(200);
    const before = await getCase(key);
    const cases: [string, unknown, number, string][] = [
      ['send', { type: 'LISTENED', at: '2026-11-02 09:00' }, 400, 'INVALID_INSTANT'],
      ['send', { type: 'LISTENED', at: '2026-02-30T09:00:00+08:00' }, 400, 'INVALID_INSTANT'],
      ['send', { type: 'TELEPORT', at: '2026-11-02T09:00:00+08:00' }, 400, 'INVALID_INPUT'],
      ['send', { type: 'RECORDED', at: '2026-11-02T09:00:00+08:00' }, 400, 'INVALID_INPUT'],
      ['send', '"not an event"', 400, 'INVALID_INPUT'],
      ['send', '{"type":"LISTENED","at":', 400, 'INVALID_INPUT'],
      ['send', undefined, 400, 'INVALID_INPUT'],
      ['CHECK_DEADLINES', '{"at"', 400, 'INVALID_INPUT'],
      ['CHECK_DEADLINES', { at: 'tomorrow' }, 400, 'INVALID_INSTANT'],
      ['open', intake(key), 409, 'CASE_EXISTS'],
    ];
    for (const [handler, body, status, code] of cases) {
      const answer = await call(key, handler, body);
      expect({ handler, body, status: answer.status, code: answer.error?.code }).toEqual({ handler, body, status, code });
      expect(answer.error!.message['zh-CN'].length).toBeGreaterThan(0);
      expect(answer.error!.message.en.length).toBeGreaterThan(0);
    }
    expect(await getCase(key)).toEqual(before);

    // Opening: not JSON, a bad record, a record whose id is not the key; nothing is created.
    const notJson = await call('C-NEW', 'open', '{"id":');
    expect([notJson.status, notJson.error?.code]).toEqual([400, 'INVALID_INPUT']);
    const badRecord = await call('C-NEW', 'open', { ...intake('C-NEW'), receivedAt: '2026-11-02T08:40' });
    expect([badRecord.status, badRecord.error?.code]).toEqual([400, 'INVALID_INSTANT']);
    const otherKey = await call('C-NEW', 'open', intake('C-OTHER'));
    expect([otherKey.status, otherKey.error?.code]).toEqual([400, 'INVALID_INPUT']);
    const missing = await call('C-NEW', 'get');
    expect([missing.status, missing.error?.code]).toEqual([404, 'NOT_FOUND']);
    const sendToMissing = await call('C-NEW', 'send', intakeEvents[0]);
    expect([sendToMissing.status, sendToMissing.error?.code]).toEqual([404, 'NOT_FOUND']);
  });
});
