import { createActor, initialTransition, transition } from 'xstate';
import { describe, expect, it } from 'vitest';
import { composePolicy } from '../../src/core/policy';
import type { ComplaintEvent } from '../../src/procedures/complaint/index';
import type { CheckDeadlinesEvent } from '../../src/core/case-procedure';
import { checkComplaint, complaintMachine, complaintPacks, createComplaintMachine, parseComplaintEvent, startComplaint } from '../../src/procedures/complaint/index';
import { RECEIVED, after, generalLifecycle, intake } from './fixtures';

type Snapshot = ReturnType<typeof initialTransition<typeof complaintMachine>>[0];
function run(events: (ComplaintEvent | CheckDeadlinesEvent)[], machine = complaintMachine): Snapshot {
  let [s] = initialTransition(machine, intake());
  for (const e of events) [s] = transition(machine, s, e);
  return s;
}
const states = (events: ComplaintEvent[]) => {
  let [s] = initialTransition(complaintMachine, intake());
  return events.map((e) => ([s] = transition(complaintMachine, s, e), s.value));
};

describe('complaintMachine: a general complaint from receipt to closing', () => {
  it('walks receiving → handling → notifying → followingUp → closing → closed', () => {
    expect(states(generalLifecycle())).toEqual([
      'receiving', 'receiving', 'receiving', 'handling', 'handling', 'handling', 'handling', 'handling', 'notifying', 'followingUp', 'closing', 'closed',
    ]);
  });
  it('builds the complaint record as it goes, with instants in +08:00', () => {
    const s = run(generalLifecycle());
    expect(s.status).toBe('done');
    const r = s.context.record;
    expect(r.documentNo).toBe('TS-2026-0142');
    expect(r.fiveClears).toEqual({ listened: after(1), clarified: after(3), recorded: after(5), followedThrough: after(23 * 60), repliedClearly: after(23 * 60) });
    expect(r.measures).toEqual([{ kind: 'corrective', description: '装修户午间停止电锤作业', dueAt: after(26 * 60), doneAt: after(20 * 60) }]);
    expect(r.closedAt).toBe(after(49 * 60));
    expect(checkComplaint(r, { asOf: after(60 * 24 * 30) })).toEqual([]);
  });
  it('keeps the deadlines as data in the context, marked met as events arrive', () => {
    const s = run(generalLifecycle().slice(0, 5));
    expect(s.context.deadlines.map((d) => [d.id, d.dueAt, d.metAt])).toEqual([
      ['notify', '2026-05-09T09:30:00+08:00', null],
      ['complete', '2026-05-09T09:30:00+08:00', null],
      ['investigate', '2026-05-08T09:30:00+08:00', after(10)],
      ['department', '2026-05-09T09:40:00+08:00', null],
    ]);
  });
  it('does not mutate the intake record it was given', () => {
    const record = Object.freeze(intake());
    const [s] = initialTransition(complaintMachine, record);
    const [n] = transition(complaintMachine, s, { type: 'LISTENED', at: after(1) });
    expect(record).toEqual(intake());
    expect(n.context.record).not.toBe(record);
  });
});

describe('guards make the rules real', () => {
  it('cannot classify before listening, clarifying and recording (WI/FW-016)', () => {
    const s = run([{ type: 'LISTENED', at: after(1) }, { type: 'CLASSIFY', at: after(2), kind: 'general', reasonable: true, inScope: true }]);
    expect(s.value).toBe('receiving');
    expect(s.context.record.classification).toBeUndefined();
  });
  it('refuses an event earlier than the previous one', () => {
    const s = run([{ type: 'LISTENED', at: after(10) }, { type: 'CLARIFIED', at: after(5) }]);
    expect(s.context.record.fiveClears).toEqual({ listened: after(10) });
  });
  it('refuses an event whose at has no offset, without throwing', () => {
    const s = run([{ type: 'LISTENED', at: '2026-05-06T09:31:00' }]);
    expect(s.context.record.fiveClears).toBeUndefined();
  });
  it('routes a major complaint through 汇报 before handling (WI/FW-014.7)', () => {
    const intakeEvents = generalLifecycle().slice(0, 3);
    const s = run([...intakeEvents, { type: 'CLASSIFY', at: after(6), kind: 'major', reasonable: true, inScope: true }]);
    expect(s.value).toBe('reporting');
    expect(transition(complaintMachine, s, { type: 'RESOLVE', at: after(7), result: 'x' })[0].value).toBe('reporting');
    const [reported] = transition(complaintMachine, s, { type: 'REPORT', at: after(7), to: '管理处主任' });
    expect(reported.value).toBe('handling');
    expect(reported.context.record.report).toEqual({ at: after(7), to: '管理处主任' });
  });
  it('reports a major complaint first even when it is unreasonable, then explains and closes', () => {
    const intakeEvents = generalLifecycle().slice(0, 3);
    const s = run([
      ...intakeEvents,
      { type: 'CLASSIFY', at: after(6), kind: 'major', reasonable: false, inScope: true },
      { type: 'REPORT', at: after(7), to: '管理处主任' },
      { type: 'EXPLAIN', at: after(9), explanation: '公共照明按规定22:00关闭' },
      { type: 'FOLLOW_UP_EXEMPT', at: after(60), reason: 'inconvenient' },
      { type: 'CLOSE', at: after(61) },
    ]);
    expect(s.value).toBe('closed');
    expect(checkComplaint(s.context.record, { asOf: after(60 * 24 * 10) })).toEqual([]);
  });
  it('reports a written complaint outside property scope, then refers it', () => {
    const s = run([...generalLifecycle().slice(0, 3), { type: 'CLASSIFY', at: after(6), kind: 'written', reasonable: true, inScope: false }, { type: 'REPORT', at: after(7), to: '总经理' }, { type: 'REFER', at: after(8), agency: '区住建局', explanation: '房屋质量属开发商保修' }]);
    expect(s.value).toBe('closed');
    expect(checkComplaint(s.context.record, { asOf: after(60 * 24 * 10) })).toEqual([]);
  });
  it('ends an out-of-scope complaint with a referral and an explanation (WI/FW-006.17)', () => {
    const s = run([...generalLifecycle().slice(0, 3), { type: 'CLASSIFY', at: after(6), kind: 'general', reasonable: true, inScope: false }, { type: 'REFER', at: after(8), agency: '区市场监督管理局', explanation: '商品房质量纠纷不属物业服务范围' }]);
    expect(s.value).toBe('closed');
    expect(s.context.record.closedAt).toBe(after(8));
    expect(checkComplaint(s.context.record, { asOf: after(60 * 24 * 10) })).toEqual([]);
  });
  it('explains an unreasonable complaint, then follows up (WI/FW-016)', () => {
    const s = run([...generalLifecycle().slice(0, 3), { type: 'CLASSIFY', at: after(6), kind: 'general', reasonable: false, inScope: true }, { type: 'EXPLAIN', at: after(9), explanation: '公共照明按规定22:00关闭' }]);
    expect(s.value).toBe('followingUp');
    expect(s.context.record.fiveClears?.repliedClearly).toBe(after(9));
  });
  it('sends an unsatisfied follow-up back to handling (WI/FW-011 二.4, WI/FW-019)', () => {
    const events = generalLifecycle().slice(0, 10);
    const s = run([...events, { type: 'FOLLOW_UP', at: after(30 * 60), by: '张丽', result: '仍有噪声', satisfied: false }]);
    expect(s.value).toBe('handling');
  });
  it('accepts the follow-up exemption only for unreachable or inconvenient', () => {
    const events = generalLifecycle().slice(0, 10);
    const s = run([...events, { type: 'FOLLOW_UP_EXEMPT', at: after(30 * 60), reason: 'unreachable' }, { type: 'CLOSE', at: after(31 * 60) }]);
    expect(s.value).toBe('closed');
    expect(() => parseComplaintEvent({ type: 'FOLLOW_UP_EXEMPT', at: after(1), reason: 'busy' })).toThrowError(expect.objectContaining({ code: 'INVALID_INPUT' }));
  });
  it('records NOTIFY_IMPOSSIBLE only with false details (WI/FW-006.18)', () => {
    const toNotify = generalLifecycle().slice(0, 9);
    expect(run([...toNotify, { type: 'NOTIFY_IMPOSSIBLE', at: after(23 * 60), falseDetails: [] }]).value).toBe('notifying');
    const s = run([...toNotify, { type: 'NOTIFY_IMPOSSIBLE', at: after(23 * 60), falseDetails: ['contact'] }, { type: 'FOLLOW_UP_EXEMPT', at: after(24 * 60), reason: 'unreachable' }, { type: 'CLOSE', at: after(25 * 60) }]);
    expect(s.value).toBe('closed');
    expect(checkComplaint(s.context.record, { asOf: after(60 * 24 * 10) })).toEqual([]);
  });
  it('completes only a measure that exists and is not done', () => {
    const s = run([...generalLifecycle().slice(0, 4), { type: 'COMPLETE_MEASURE', at: after(7), index: 0 }]);
    expect(s.context.record.measures).toBeUndefined();
  });
  it('cannot close a restored case whose record is incomplete (canClose)', () => {
    const s = run(generalLifecycle().slice(0, 11));
    expect(s.value).toBe('closing');
    const broken = complaintMachine.resolveState({ value: 'closing', context: { ...s.context, record: { ...s.context.record, documentNo: undefined } } });
    expect(transition(complaintMachine, broken, { type: 'CLOSE', at: after(49 * 60) })[0].value).toBe('closing');
  });
});

describe('CHECK_DEADLINES records what is overdue, as data', () => {
  it('stores the violations found at `at` and when it checked', () => {
    const s = run([...generalLifecycle().slice(0, 3), { type: 'CHECK_DEADLINES', at: '2026-05-08T09:30:01+08:00' }]);
    expect(s.context.checkedAt).toBe('2026-05-08T09:30:01+08:00');
    expect(s.context.violations.map((v) => v.ruleId)).toEqual(['complaint.investigate-deadline']);
  });
  it('uses the policy the machine was built with', () => {
    const machine = createComplaintMachine({ policy: composePolicy(complaintPacks.ZH, { 'complaint.investigateWithin': null }) });
    const s = run([{ type: 'CHECK_DEADLINES', at: '2026-05-08T09:30:01+08:00' }], machine);
    expect(s.context.violations).toEqual([]);
  });
  it('works the same through an actor', () => {
    const actor = createActor(complaintMachine, { input: intake() }).start();
    for (const e of generalLifecycle()) actor.send(e);
    expect(actor.getSnapshot().value).toBe('closed');
    expect(actor.getSnapshot().context).toEqual(run(generalLifecycle()).context);
  });
});

describe('malformed events are refused, never half-applied', () => {
  it('refuses events with missing or mistyped fields without throwing', () => {
    const toNotify = generalLifecycle().slice(0, 9);
    const notifying = run(toNotify);
    for (const bad of [
      { type: 'NOTIFY_IMPOSSIBLE', at: after(23 * 60) },
      { type: 'NOTIFY_RESULT', at: 'later' },
    ]) {
      const [next] = transition(complaintMachine, notifying, bad as never);
      expect(next.value).toBe('notifying');
      expect(next.context).toEqual(notifying.context);
    }
    const followingUp = run(generalLifecycle().slice(0, 10));
    const [stays] = transition(complaintMachine, followingUp, { type: 'FOLLOW_UP', at: after(30 * 60), by: '张丽', result: '满意', satisfied: 'false' } as never);
    expect(stays.value).toBe('followingUp');
    const receiving = run([]);
    const [noNumber] = transition(complaintMachine, receiving, { type: 'RECORDED', at: after(1) } as never);
    expect(noNumber.context.record.fiveClears).toBeUndefined();
  });
});

describe('bad intake is a typed error', () => {
  it('a host field that cannot be copied is INVALID_INPUT', () => {
    expect(() => startComplaint({ ...intake(), hostMeta: { toJSON: () => 1 } } as never)).toThrowError(expect.objectContaining({ code: 'INVALID_INPUT' }));
  });
  it('startComplaint throws for an intake without offset or with lifecycle fields', () => {
    expect(() => startComplaint(intake({ receivedAt: '2026-05-06 09:30' }))).toThrowError(expect.objectContaining({ code: 'INVALID_INSTANT' }));
    expect(() => startComplaint(intake({ closedAt: RECEIVED }))).toThrowError(expect.objectContaining({ code: 'INVALID_INPUT' }));
    expect(startComplaint(intake())[0].value).toBe('receiving');
  });
  it('initialTransition keeps the same typed error in an error snapshot', () => {
    const [s] = initialTransition(complaintMachine, intake({ receivedAt: '2026-05-06 09:30' }));
    expect(s.status).toBe('error');
    expect(s.error).toMatchObject({ code: 'INVALID_INSTANT' });
  });
  it('parseComplaintEvent names the bad field', () => {
    expect(() => parseComplaintEvent({ type: 'RESOLVE', at: after(1) })).toThrowError(expect.objectContaining({ code: 'INVALID_INPUT' }));
    expect(() => parseComplaintEvent({ type: 'NOPE', at: after(1) })).toThrowError(expect.objectContaining({ code: 'INVALID_INPUT' }));
    expect(parseComplaintEvent({ type: 'LISTENED', at: after(1) })).toEqual({ type: 'LISTENED', at: after(1) });
  });
});
