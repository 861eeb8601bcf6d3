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
