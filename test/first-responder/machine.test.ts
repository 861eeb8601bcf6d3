import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { initialTransition, transition } from 'xstate';
import { getShortestPaths, getSimplePaths } from 'xstate/graph';
import { composePolicy, isWuyeError, persist } from '../../src/index';
import type { FirstResponderCase, FirstResponderEvent } from '../../src/procedures/first-responder/index';
import {
  checkFirstResponder,
  createFirstResponderMachine,
  firstResponderMachine,
  firstResponderPacks,
  firstResponderProcedure,
  parseFirstResponderEvent,
  restoreFirstResponder,
  startFirstResponder,
  stepFirstResponder,
} from '../../src/procedures/first-responder/index';
import { firstResponderDeadlines, missingForClose } from '../../src/procedures/first-responder/case-check';
import { firstResponderCase } from '../../src/procedures/first-responder/machine';

const intake: FirstResponderCase = {
  id: 'FR-1',
  receivedAt: '2026-05-06T09:30:00+08:00',
  channel: 'call',
  customer: { name: '王先生', unit: '3栋1201', phone: '13800000000' },
  matter: '楼道灯不亮',
  firstResponder: '李敏',
};
const AT = '2026-05-06T10:00:00+08:00';
const SAMPLES = firstResponderProcedure.pathModel!.events as FirstResponderEvent[];
const firstResponderContextSchema = firstResponderCase.contextSchema;
const firstResponderGuards = firstResponderCase.definition.guards;

type Snapshot = ReturnType<typeof initialTransition<typeof firstResponderMachine>>[0];
const serializeState = (s: Snapshot) => {
  const r = s.context.record;
  const handOffs = r.handOffs ?? [];
  return JSON.stringify({
    value: s.value,
    approval: r.approval ? (r.approval.decidedAt ? 'decided' : 'asked') : 'none',
    handOffs: Math.min(handOffs.length, 2),
    open: handOffs.some((h) => !h.reportedAt),
    escalation: Boolean(r.escalation),
    reply: Boolean(r.reply),
  });
};
const options = { events: SAMPLES, input: intake, serializeState };
const shortest = getShortestPaths(firstResponderMachine, options);
const simple = getSimplePaths(firstResponderMachine, options);
const paths = [...shortest, ...simple];

const start = () => initialTransition(firstResponderMachine, intake)[0];
const run = (events: FirstResponderEvent[], machine = firstResponderMachine) => events.reduce((s, e) => transition(machine, s, e)[0], initialTransition(machine, intake)[0]);
const view = (s: Snapshot) => ({ value: s.value, status: s.status, context: JSON.parse(JSON.stringify(s.context)) as unknown });

describe('every path of the machine', () => {
  it('reaches every state', () => {
    const reached = new Set(paths.map((p) => JSON.stringify(p.state.value)));
    for (const state of ['receiving', 'handling', 'awaitingApproval', 'handedOff', 'mustEscalate', 'escalated', 'replied', 'closed']) expect(reached.has(JSON.stringify(state))).toBe(true);
    expect(simple.length).toBeGreaterThan(shortest.length);
  });

  it('no path reaches closed without a reply to the customer, or with a hand-off not reported back', () => {
    const closed = paths.filter((p) => p.state.value === 'closed');
    expect(closed.length).toBeGreaterThan(5);
    for (const p of closed) {
      const r = p.state.context.record;
      expect(r.reply).toBeDefined();
      expect(r.closedAt).toBeDefined();
      expect((r.handOffs ?? []).every((h) => h.reportedAt !== undefined)).toBe(true);
      expect(p.steps.some((step) => step.state.value === 'replied')).toBe(true);
      if (r.escalation) expect(r.reply!.by).toBe('管理处主任');
      expect(missingForClose(r)).toEqual([]);
    }
  });

  it('a hand-off stays open: from handedOff only the same department’s report-back moves on', () => {
    for (const p of paths.filter((q) => q.state.value === 'handedOff')) {
      for (const e of SAMPLES) {
        const [after] = transition(firstResponderMachine, p.state, e);
        const moved = after.value !== 'handedOff';
        expect(moved).toBe(e.type === 'REPORT_BACK' && e.department === '工程部');
      }
    }
  });

  it('each end state survives persist → JSON → restore, and behaves the same on a following event', () => {
    for (const p of paths) {
      const restored = restoreFirstResponder(JSON.stringify(persist(p.state)));
      expect(view(restored)).toEqual(view(p.state));
      expect(firstResponderContextSchema.safeParse(restored.context).success).toBe(true);
      for (const e of [...SAMPLES, { type: 'CHECK_DEADLINES', at: '2026-05-10T09:30:00+08:00' } as const]) {
        expect(view(transition(firstResponderMachine, restored, e)[0])).toEqual(view(transition(firstResponderMachine, p.state, e)[0]));
      }
    }
  });

  it('every guard has a source clause', () => {
    for (const guard of Object.values(firstResponderGuards)) expect(guard.source.clause.length).toBeGreaterThan(0);
  });
});

describe('a hand-edited envelope cannot skip the guards (the states\' invariants)', () => {
  type Envelope = { snapshot: { value: unknown; context: { record: Record<string, unknown> } } };
  const envelopeOf = (s: Snapshot) => JSON.parse(JSON.stringify(persist(s))) as Envelope;
  const claim = (e: Envelope, value: string) => ({ ...e, snapshot: { ...e.snapshot, value } });
  const LATER = Object.keys(firstResponderMachine.root.states).filter((s) => s !== 'receiving');

  it('the fresh envelope itself restores', () => {
    expect(restoreFirstResponder(envelopeOf(start())).value).toBe('receiving');
  });

  it.each(LATER)('a fresh matter edited to claim %s is refused with INVALID_SNAPSHOT', (value) => {
    expect(() => restoreFirstResponder(claim(envelopeOf(start()), value))).toThrowError(expect.objectContaining({ code: 'INVALID_SNAPSHOT' }));
  });

  it('a matter with an open hand-off cannot claim to be handled or replied, and a closed one needs its reply', () => {
    const handedOff = paths.find((p) => p.state.value === 'handedOff')!.state;
    for (const value of ['handling', 'replied', 'closed']) {
      expect(() => restoreFirstResponder(claim(envelopeOf(handedOff), value))).toThrowError(expect.objectContaining({ code: 'INVALID_SNAPSHOT' }));
    }
    const e = envelopeOf(paths.find((p) => p.state.value === 'closed')!.state);
    expect(restoreFirstResponder(e).value).toBe('closed');
    const { reply: _gone, ...record } = e.snapshot.context.record;
    expect(() => restoreFirstResponder({ ...e, snapshot: { ...e.snapshot, context: { ...e.snapshot.context, record } } })).toThrowError(expect.objectContaining({ code: 'INVALID_SNAPSHOT' }));
  });
});

describe('the steps of WI/FW-009', () => {
  it('own scope: handle, reply, close', () => {
    const s = run([{ type: 'HANDLE', at: AT }, { type: 'REPLY', at: AT, answer: '已处理' }, { type: 'CLOSE', at: AT }]);
    expect(s.value).toBe('closed');
    expect(s.status).toBe('done');
    expect(s.context.record).toMatchObject({ scope: { kind: 'own' }, reply: { by: '李敏', answer: '已处理' } });
  });

  it('close is refused before a reply, in every state', () => {
    for (const p of paths.filter((q) => q.state.value !== 'replied' && q.state.value !== 'closed')) {
      expect(transition(firstResponderMachine, p.state, { type: 'CLOSE', at: AT })[0].value).toBe(p.state.value);
    }
  });

  it('beyond capacity after a hand-off: the first responder must escalate; the superior replies', () => {
    const s = run([
      { type: 'HAND_OFF', at: AT, department: '工程部' },
      { type: 'REPORT_BACK', at: AT, department: '工程部', result: '超出能力', beyondCapacity: true },
    ]);
    expect(s.value).toBe('mustEscalate');
    expect(transition(firstResponderMachine, s, { type: 'REPLY', at: AT, answer: 'x' })[0].value).toBe('mustEscalate');
    const done = [{ type: 'ESCALATE', at: AT, to: '管理处主任' }, { type: 'SUPERIOR_REPLIED', at: AT, by: '管理处主任', answer: '下周更换' }, { type: 'CLOSE', at: AT }] as FirstResponderEvent[];
    const end = done.reduce((x, e) => transition(firstResponderMachine, x, e)[0], s);
    expect(end.value).toBe('closed');
    expect(end.context.record.reply).toMatchObject({ by: '管理处主任' });
  });

  it('ignores an event earlier than the previous one', () => {
    const s = run([{ type: 'HANDLE', at: AT }]);
    expect(transition(firstResponderMachine, s, { type: 'REPLY', at: '2026-05-06T09:59:59+08:00', answer: 'x' })[0].value).toBe('handling');
  });
});

describe('limited-time service (WI/FW-006.5) and same-day reply (WI/FW-006.7)', () => {
  const asked = [{ type: 'REQUEST_APPROVAL', at: AT, approver: '管理处主任' }] as FirstResponderEvent[];

  it('the definite answer is due 3 days (library default) after receipt, inclusive', () => {
    const s = run(asked);
    expect(s.context.deadlines).toMatchObject([{ id: 'approval-answer', dueAt: '2026-05-09T09:30:00+08:00', inclusive: true, metAt: null }]);
    const onTime = transition(firstResponderMachine, s, { type: 'CHECK_DEADLINES', at: '2026-05-09T09:30:00+08:00' })[0];
    expect(onTime.context.violations).toEqual([]);
    const late = transition(firstResponderMachine, s, { type: 'CHECK_DEADLINES', at: '2026-05-09T09:30:01+08:00' })[0];
    expect(late.context.violations).toMatchObject([{ ruleId: 'first-responder.approval-answer', severity: 'error', data: { parameters: { 'firstResponder.approvalAnswerWithin': { from: 'LIBRARY', value: { value: 3, unit: 'day' } } } } }]);
  });

  it('a host policy sets the missing number (2 working days over the 国庆 holidays)', () => {
    const machine = createFirstResponderMachine({ policy: composePolicy(firstResponderPacks.ZH, { 'firstResponder.approvalAnswerWithin': { value: 2, unit: 'working-day' } }) });
    const s = [{ type: 'REQUEST_APPROVAL', at: '2026-09-30T11:00:00+08:00', approver: '主任' } as FirstResponderEvent].reduce(
      (x, e) => transition(machine, x, e)[0],
      initialTransition(machine, { ...intake, receivedAt: '2026-09-30T10:00:00+08:00' })[0],
    );
    expect(s.context.deadlines[0]).toMatchObject({ dueAt: '2026-10-09T10:00:00+08:00' });
  });

  it('own scope needing no approval: replied by 24:00 of the day of receipt (a warning)', () => {
    const s = run([{ type: 'HANDLE', at: AT }]);
    expect(s.context.deadlines).toMatchObject([{ id: 'same-day', dueAt: '2026-05-07T00:00:00+08:00', inclusive: false }]);
    expect(transition(firstResponderMachine, s, { type: 'CHECK_DEADLINES', at: '2026-05-06T23:59:59+08:00' })[0].context.violations).toEqual([]);
    expect(transition(firstResponderMachine, s, { type: 'CHECK_DEADLINES', at: '2026-05-07T00:00:00+08:00' })[0].context.violations).toMatchObject([{ ruleId: 'first-responder.same-day-reply', severity: 'warning' }]);
    const off = composePolicy(firstResponderPacks.ZH, { 'firstResponder.sameDayReply': false });
    expect(firstResponderDeadlines(s.context.record, { policy: off })).toEqual([]);
  });
});

describe('checks on a record and bad input', () => {
  it('a host record closed without a reply, with an open hand-off, and a forbidden reply', () => {
    const record: FirstResponderCase = { ...intake, handOffs: [{ at: AT, department: '工程部' }], closedAt: AT };
    const [ownership, ...rest] = checkFirstResponder(record, { asOf: AT });
    expect(rest).toEqual([]);
    expect(ownership).toMatchObject({
      ruleId: 'first-responder.ownership',
      data: { missing: [{ field: 'reply', label: { 'zh-CN': '答复客户' } }, { field: 'handOffs.0.reportedAt', label: { 'zh-CN': '第1次转交（工程部）的部门回复' } }] },
    });
    expect(ownership!.message['zh-CN']).toBe('事项 FR-1：结案时仍缺答复客户、第1次转交（工程部）的部门回复。');
    const rude: FirstResponderCase = { ...intake, scope: { at: AT, kind: 'own' }, reply: { at: AT, by: '李敏', answer: '这个我不知道，你去问开发商吧' } };
    expect(checkFirstResponder(rude, { asOf: AT }).map((v) => v.ruleId)).toContain('first-responder.first-ask-refusal');
  });

  it('rejects intake with lifecycle fields, bad instants and bad events with typed errors', () => {
    const initError = (input: FirstResponderCase): unknown => {
      try {
        startFirstResponder(input);
      } catch (e) {
        return e;
      }
      return undefined;
    };
    expect(isWuyeError(initError({ ...intake, reply: { at: AT, by: 'x', answer: 'y' } }), 'INVALID_INPUT')).toBe(true);
    expect(isWuyeError(initError({ ...intake, receivedAt: '2026-05-06 09:30' }), 'INVALID_INSTANT')).toBe(true);
    expect(initError(intake)).toBeUndefined();
    expect(isWuyeError(initError(undefined as never), 'INVALID_INPUT')).toBe(true);
    expect(isWuyeError(initError({ ...intake, customer: {} } as never), 'INVALID_INPUT')).toBe(true);
    // initialTransition keeps the error in the snapshot instead.
    expect(initialTransition(firstResponderMachine, { ...intake, receivedAt: 'soon' })[0].status).toBe('error');
    expect(() => parseFirstResponderEvent({ type: 'HANDLE', at: '2026-05-06 09:30' })).toThrow(expect.objectContaining({ code: 'INVALID_INSTANT' }));
    expect(() => parseFirstResponderEvent({ type: 'DROP', at: AT })).toThrow(expect.objectContaining({ code: 'INVALID_INPUT' }));
  });

  it('a foreign or corrupt envelope is INVALID_SNAPSHOT', () => {
    const envelope = persist(start());
    for (const bad of ['not json', { ...envelope, machine: 'complaint' }, { ...envelope, snapshot: { ...envelope.snapshot, context: { record: {} } } }, { ...envelope, snapshot: { ...envelope.snapshot, value: 'nowhere' } }]) {
      let error: unknown;
      try {
        restoreFirstResponder(bad);
      } catch (e) {
        error = e;
      }
      expect(isWuyeError(error, 'INVALID_SNAPSHOT')).toBe(true);
    }
  });

  it('does not change the intake record, for any events (fast-check)', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...SAMPLES), { maxLength: 12 }), (events) => {
        const frozen = structuredClone(intake);
        Object.freeze(frozen);
        Object.freeze(frozen.customer);
        const a = events.reduce((s, e) => transition(firstResponderMachine, s, e)[0], initialTransition(firstResponderMachine, frozen)[0]);
        const b = run(events);
        expect(view(a)).toEqual(view(b));
        expect(frozen).toEqual(intake);
        if (a.value === 'closed') expect(a.context.record.reply).toBeDefined();
      }),
      { numRuns: 300 },
    );
  });
});

describe('the v1 contract (issue 12)', () => {
  const handled = () => run([{ type: 'HANDLE', at: AT }]);

  it('ESCALATE without `to` is refused as an invalid event, and the library restores its own snapshot', () => {
    const before = handled();
    const r = stepFirstResponder(before, { type: 'ESCALATE', at: AT });
    expect(r.accepted).toBe(false);
    if (r.accepted) return;
    expect(r.refusal.kind).toBe('invalid-event');
    expect(r.refusal.reason['zh-CN']).toBe('首问事项事件无效：汇报对象：必填，未填写');
    expect(r.snapshot).toBe(before);
    expect(transition(firstResponderMachine, before, { type: 'ESCALATE', at: AT } as never)[0].value).toBe('handling');
    expect(view(restoreFirstResponder(JSON.stringify(persist(r.snapshot))))).toEqual(view(before));
  });

  // One malformed event of every type: the instant is not one, or a required field is missing or mistyped.
  const MALFORMED: Record<FirstResponderEvent['type'], readonly object[]> = {
    HANDLE: [{ type: 'HANDLE', at: '2026-05-06 10:00' }],
    REQUEST_APPROVAL: [{ type: 'REQUEST_APPROVAL', at: AT }, { type: 'REQUEST_APPROVAL', at: AT, approver: '' }],
    APPROVAL_DECIDED: [{ type: 'APPROVAL_DECIDED', at: AT, approved: 'yes' }],
    HAND_OFF: [{ type: 'HAND_OFF', at: AT }],
    CHASE: [{ type: 'CHASE', at: 'soon' }, { type: 'CHASE', at: AT, note: 7 }],
    REPORT_BACK: [{ type: 'REPORT_BACK', at: AT, department: '工程部', result: '已处理' }],
    ESCALATE: [{ type: 'ESCALATE', at: AT }],
    SUPERIOR_REPLIED: [{ type: 'SUPERIOR_REPLIED', at: AT, by: '管理处主任' }],
    REPLY: [{ type: 'REPLY', at: AT, answer: '' }],
    CLOSE: [{ type: 'CLOSE' }],
  };
  it.each(Object.entries(MALFORMED))('a malformed %s is refused in every state with the snapshot unchanged', (_type, events) => {
    for (const p of paths) {
      for (const event of events) {
        const r = stepFirstResponder(p.state, event);
        expect(r.accepted).toBe(false);
        if (!r.accepted && p.state.status === 'active') {
          expect(r.refusal.kind).toBe('invalid-event');
          expect(r.refusal.reason['zh-CN']).not.toMatch(/[A-Za-z]{2,}/);
        }
        expect(r.snapshot).toBe(p.state);
      }
    }
  });

  it('a refused guarded step names the real guard and its clause', () => {
    const handedOff = run([{ type: 'HAND_OFF', at: AT, department: '工程部' }]);
    const wrong = stepFirstResponder(handedOff, { type: 'REPORT_BACK', at: AT, department: '保安部', result: '不是我们', beyondCapacity: true });
    expect(wrong.accepted).toBe(false);
    if (!wrong.accepted) {
      expect(wrong.refusal).toMatchObject({ kind: 'guard', guard: 'reportFromOpenHandOff', source: { clause: 'WI/FW-009.5' } });
      expect(wrong.refusal.reason['zh-CN']).toBe('未满足：回复来自尚未回复的转交所转给的责任部门（《服务中心工作手册》 WI/FW-009.5）');
    }
    const decided = run([{ type: 'REQUEST_APPROVAL', at: AT, approver: '主任' }, { type: 'APPROVAL_DECIDED', at: AT, approved: true }]);
    const again = stepFirstResponder(decided, { type: 'REQUEST_APPROVAL', at: AT, approver: '主任' });
    expect(again.accepted ? null : again.refusal).toMatchObject({ kind: 'guard', guard: 'noApprovalYet', source: { clause: 'WI/FW-006.5' } });
    const early = stepFirstResponder(handled(), { type: 'REPLY', at: '2026-05-06T09:59:59+08:00', answer: 'x' });
    expect(early.accepted ? null : early.refusal.kind).toBe('out-of-order');
    const stale = stepFirstResponder(handled(), { type: 'CHECK_DEADLINES', at: '2026-05-06T09:00:00+08:00' });
    expect(stale.accepted ? null : stale.refusal.kind).toBe('before-opening');
  });

  it('a version-1 envelope (deadlines without `exempt`) restores into the shared case context', () => {
    const record = { ...intake, scope: { at: AT, kind: 'own' } };
    const deadline = { id: 'same-day', ruleId: 'first-responder.same-day-reply', startedAt: intake.receivedAt, dueAt: '2026-05-07T00:00:00+08:00', inclusive: false, metAt: null };
    const v1 = { machine: 'first-responder', version: 1, snapshot: { status: 'active', value: 'handling', context: { record, deadlines: [deadline], violations: [], checkedAt: null, lastEventAt: AT } } };
    const restored = restoreFirstResponder(JSON.stringify(v1));
    expect(restored.value).toBe('handling');
    expect(restored.context).toEqual({ record, deadlines: [{ ...deadline, exempt: false }], violations: [], checkedAt: null, lastEventAt: AT });
    const late = stepFirstResponder(restored, { type: 'CHECK_DEADLINES', at: '2026-05-07T00:00:00+08:00' });
    expect(late.accepted ? late.snapshot.context.violations.map((v) => v.ruleId) : null).toEqual(['first-responder.same-day-reply']);
  });

  it('checkFirstResponder honours asOf: no lateness before the deadline, lateness after it', () => {
    const record: FirstResponderCase = { ...intake, scope: { at: AT, kind: 'own' }, approval: { requestedAt: AT, approver: '主任' } };
    expect(checkFirstResponder(record, { asOf: '2026-05-09T09:30:00+08:00' })).toEqual([]);
    expect(checkFirstResponder(record, { asOf: '2026-05-09T09:30:01+08:00' })).toMatchObject([{ ruleId: 'first-responder.approval-answer', data: { dueAt: '2026-05-09T09:30:00+08:00', metAt: null } }]);
    // A reply after asOf has not happened yet at asOf.
    const replied = { ...record, reply: { at: '2026-05-10T09:00:00+08:00', by: '李敏', answer: '已批准' } };
    expect(checkFirstResponder(replied, { asOf: '2026-05-09T12:00:00+08:00' }).map((v) => v.data.metAt)).toEqual([null]);
    expect(checkFirstResponder(replied, { asOf: '2026-05-11T00:00:00+08:00' }).map((v) => v.data.metAt)).toEqual(['2026-05-10T09:00:00+08:00']);
    expect(() => checkFirstResponder(record, {} as never)).toThrow(expect.objectContaining({ code: 'INVALID_INPUT' }));
  });

  it('the day of the same-day reply is a day of the policy zone (core.zone)', () => {
    const berlin = composePolicy(firstResponderPacks.ZH, { 'core.zone': 'Europe/Berlin' });
    const machine = createFirstResponderMachine({ policy: berlin });
    // 09:30 in Shanghai is 03:30 in Berlin: the day ends at Berlin's midnight.
    const [s] = startFirstResponder(intake, machine);
    const r = stepFirstResponder(s, { type: 'HANDLE', at: AT }, machine);
    expect(r.accepted ? r.snapshot.context.deadlines : null).toMatchObject([{ id: 'same-day', startedAt: '2026-05-06T03:30:00+02:00', dueAt: '2026-05-07T00:00:00+02:00', inclusive: false }]);
    const record: FirstResponderCase = { ...intake, scope: { at: AT, kind: 'own' } };
    expect(checkFirstResponder(record, { asOf: '2026-05-07T05:59:59+08:00', policy: berlin })).toEqual([]);
    expect(checkFirstResponder(record, { asOf: '2026-05-07T06:00:00+08:00', policy: berlin }).map((v) => v.ruleId)).toEqual(['first-responder.same-day-reply']);
  });
});
