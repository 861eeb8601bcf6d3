import { describe, expect, it } from 'vitest';
import { compareInstants } from '../../src/core/instant';
import { composePolicy } from '../../src/core/policy';
import { isWorkingDay } from '../../src/core/working-days';
import { complaintPacks, complaintProcedure } from '../../src/procedures/complaint/index';
import { allProcedures } from '../../src/docs/procedures';
import { assertCompliant, CALENDAR_FIXTURES, ComplianceAssertionError, expectViolations, procedurePaths, runScenario } from '../../src/testing/index';
import { after, generalLifecycle, intake } from '../complaint/fixtures';

describe('procedurePaths', () => {
  const paths = procedurePaths(complaintProcedure);
  it('generates shortest and simple paths reaching every state', () => {
    const states = new Set(paths.map((p) => String(p.state)));
    expect([...states].sort()).toEqual(Object.keys(complaintProcedure.machine!.root.states).sort());
    expect(paths.some((p) => p.kind === 'shortest')).toBe(true);
    expect(paths.some((p) => p.kind === 'simple')).toBe(true);
  });
  it('stamps each path with rising instants', () => {
    for (const p of paths) for (let i = 1; i < p.events.length; i++) expect(compareInstants(p.events[i]!.at, p.events[i - 1]!.at)).toBeGreaterThan(0);
  });
  it('replays: every path ends where it says', () => {
    for (const p of paths) {
      const steps = runScenario(complaintProcedure, p.events);
      expect(steps.every((s) => s.accepted)).toBe(true);
      expect(steps.at(-1)?.state ?? 'receiving').toEqual(p.state);
    }
  });
});

describe('runScenario', () => {
  it('reports each step with state, deadlines and violations', () => {
    const steps = runScenario(complaintProcedure, [...generalLifecycle().slice(0, 3), { type: 'CHECK_DEADLINES', at: '2026-05-08T09:30:01+08:00' }], { input: intake() });
    expect(steps.map((s) => s.state)).toEqual(['receiving', 'receiving', 'receiving', 'receiving']);
    expect((steps[3]!.violations as { ruleId: string }[]).map((v) => v.ruleId)).toEqual(['complaint.investigate-deadline']);
    expect((steps[0]!.deadlines as unknown[]).length).toBe(3);
  });
  it('names the guard that refused a step and its clause', () => {
    const [step] = runScenario(complaintProcedure, [{ type: 'CLASSIFY', at: after(2), kind: 'general', reasonable: true, inScope: true }], { input: intake() });
    expect(step!.accepted).toBe(false);
    // The real reason: every CLASSIFY branch presupposes the intake.
    expect(step!.refused?.guard).toBe('intakeComplete');
    expect(step!.refused?.source).toEqual({ document: '《服务中心工作手册》', clause: 'WI/FW-016' });
  });
  it('says when a state does not take the event at all', () => {
    const [step] = runScenario(complaintProcedure, [{ type: 'CLOSE', at: after(2) }], { input: intake() });
    expect(step!.refused).toMatchObject({ kind: 'not-in-state', guard: null, reason: { en: 'Receiving (listen, clarify, record) does not take CLOSE' } });
  });
  it('a finished case takes nothing more, not even CHECK_DEADLINES', () => {
    const steps = runScenario(complaintProcedure, [...generalLifecycle(), { type: 'CHECK_DEADLINES', at: '2026-06-01T00:00:00+08:00' }], { input: intake() });
    expect(steps.at(-2)!.state).toBe('closed');
    expect(steps.at(-1)).toMatchObject({ accepted: false, refused: { guard: null, reason: { en: expect.stringContaining('has ended') } } });
  });
  it('reports an event in the past as out of order', () => {
    const [, second] = runScenario(complaintProcedure, [{ type: 'LISTENED', at: after(10) }, { type: 'CLARIFIED', at: after(5) }], { input: intake() });
    expect(second!.refused).toMatchObject({ kind: 'out-of-order', guard: null });
  });
  it('builds the machine for the policy given', () => {
    const policy = composePolicy(complaintPacks.ZH, { 'complaint.investigateWithin': null });
    const [step] = runScenario(complaintProcedure, [{ type: 'CHECK_DEADLINES', at: '2026-05-08T09:30:01+08:00' }], { input: intake(), policy });
    expect(step!.violations).toEqual([]);
  });
});

describe('assertCompliant / expectViolations', () => {
  it('pass on a compliant record and throw an AssertionError with both languages otherwise', () => {
    expect(assertCompliant(intake(), complaintProcedure, { asOf: after(60) })).toEqual([]);
    let error: unknown;
    try {
      assertCompliant(intake(), complaintProcedure, { asOf: '2026-05-09T09:30:01+08:00' });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ComplianceAssertionError);
    expect(error).toMatchObject({ name: 'AssertionError', expected: [], actual: ['complaint.notify-deadline', 'complaint.complete-deadline', 'complaint.investigate-deadline'] });
    expect((error as Error).message).toContain('WI/FW-006.18');
    expect((error as Error).message).toContain('仍未完成');
  });
  it('can fail on warnings too', () => {
    const record = intake({ dispatches: [{ at: after(5), department: '工程部' }], progressNotices: [{ at: after(6), nextReplyAt: after(60) }] });
    expect(() => assertCompliant(record, complaintProcedure, { asOf: after(61) })).not.toThrow();
    expect(() => assertCompliant(record, complaintProcedure, { asOf: after(61), failOn: ['error', 'warning'] })).toThrowError(/complaint\.promised-reply/);
  });
  it('expectViolations compares rule ids in any order', () => {
    const vs = expectViolations(intake(), complaintProcedure, { asOf: '2026-05-09T09:30:01+08:00' }, ['complaint.investigate-deadline', 'complaint.notify-deadline', 'complaint.complete-deadline']);
    expect(vs).toHaveLength(3);
    expect(() => expectViolations(intake(), complaintProcedure, { asOf: '2026-05-09T09:30:01+08:00' }, ['complaint.notify-deadline'])).toThrowError(ComplianceAssertionError);
  });
});

describe('CALENDAR_FIXTURES', () => {
  it('say truly whether each day works, and the uncovered year is a typed error', () => {
    for (const f of Object.values(CALENDAR_FIXTURES)) {
      if (f.working === null) expect(() => isWorkingDay(f.value)).toThrowError(expect.objectContaining({ code: 'CALENDAR_NOT_COVERED' }));
      else if (f.value.length === 10) expect(isWorkingDay(f.value)).toBe(f.working);
    }
    expect(isWorkingDay(CALENDAR_FIXTURES.utcAcrossShanghaiMidnight.value)).toBe(true);
    expect(isWorkingDay(CALENDAR_FIXTURES.negativeOffsetEvening.value)).toBe(true);
  });
});

describe('every procedure with a path model', () => {
  it.each(allProcedures.filter((p) => p.pathModel).map((p) => [p.name, p] as const))('%s: paths reach every state and replay step by step', (_name, procedure) => {
    const paths = procedurePaths(procedure);
    expect([...new Set(paths.map((p) => JSON.stringify(p.state)))].length).toBe(Object.keys(procedure.machine!.root.states).length);
    for (const p of paths) {
      const steps = runScenario(procedure, p.events);
      expect(steps.filter((s) => !s.accepted)).toEqual([]);
    }
  });
  it('covers the complaint and first-responder procedures at least', () => {
    expect(allProcedures.filter((p) => p.pathModel).map((p) => p.name)).toEqual(expect.arrayContaining(['complaint', 'first-responder']));
  });
});
