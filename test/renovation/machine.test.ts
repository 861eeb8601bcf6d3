import { initialTransition, transition } from 'xstate';
import { getShortestPaths, getSimplePaths } from 'xstate/graph';
import { describe, expect, it } from 'vitest';
import { isWuyeError } from '../../src/core/errors';
import { persist } from '../../src/core/persistence';
import { composePolicy } from '../../src/core/policy';
import type { RenovationEvent, RenovationRecord } from '../../src/procedures/renovation/index';
import { checkRenovation, createRenovationMachine, renovationMachine, renovationPacks, restoreRenovation } from '../../src/procedures/renovation/index';
import { application } from './fixtures';
import { renovationEventsFor, renovationPathKey, renovationSampleEvents, renovationSimpleEventsFor } from '../../src/procedures/renovation/path-model';

const at = '2026-05-11T10:00:00+08:00';
const ALL_DOCS = ['application-form', 'business-licence', 'qualification', 'contract', 'plan', 'drawings'] as const;
const events: RenovationEvent[] = renovationSampleEvents(at);
type Snap = Parameters<typeof persist>[0] & { value: unknown; context: { record: RenovationRecord } };
const serializeState = (s: Snap) => JSON.stringify([s.value, renovationPathKey(s)]);
const eventsFor = (s: Snap): RenovationEvent[] => renovationEventsFor(s, at);
const simpleEventsFor = (s: Snap): RenovationEvent[] => renovationSimpleEventsFor(s, at);
const ALL_STATES = Object.keys(renovationMachine.root.states).sort();
const options = { events: eventsFor as never, input: application(), serializeState: serializeState as never };
const simpleOptions = { ...options, events: simpleEventsFor as never };

describe('every path of renovationMachine (xstate/graph)', () => {
  const shortest = getShortestPaths(renovationMachine, options);
  const simple = getSimplePaths(renovationMachine, simpleOptions);

  it('reaches every state', () => {
    expect([...new Set(shortest.map((p) => String(p.state.value)))].sort()).toEqual(ALL_STATES);
    expect([...new Set(simple.map((p) => String(p.state.value)))].sort()).toEqual(ALL_STATES);
    expect(simple.length).toBeGreaterThan(shortest.length);
  });

  it('no work before the fire-safety approval and the permit; evidence on every step; acceptance after the fire inspection', () => {
    for (const p of simple) {
      const r = p.state.context.record;
      if (r.workStartedAt) {
        expect(r.fireApproval).toBeDefined();
        expect(r.permit).toBeDefined();
      }
      if (r.permit) expect(r.passes && r.commitmentSignedAt && r.safetyAgreementSignedAt && r.reviews?.at(-1)?.approved).toBeTruthy();
      for (const v of r.seriousViolations ?? []) {
        if (v.notice) expect(v.notice.evidence.length * v.stop!.evidence.length).toBeGreaterThan(0);
        if (v.report) expect(v.report.evidence.length).toBeGreaterThan(0);
      }
      if (r.acceptance) expect(r.fireInspections?.some((f) => f.passed)).toBe(true);
      if (p.state.value === 'movedIn') {
        expect(r.acceptance?.noticeSigned).toBe(true);
        expect(r.worksCompletedAt).toBeDefined();
      }
      // The machine never produces a file the rules object to, except an open serious violation
      // not yet noticed (violationFound) or not yet reported (reportingToAuthority).
      const allowed = p.state.value === 'violationFound' ? ['renovation.serious-violation-not-stopped'] : p.state.value === 'reportingToAuthority' ? ['renovation.serious-violation-not-reported'] : [];
      expect(checkRenovation(r, { asOf: at }).map((v) => v.ruleId)).toEqual(allowed);
    }
  });

  it('a rejected review loops back to the documents, which must be resubmitted', () => {
    const looped = simple.find((p) => p.steps.some((s) => s.event.type === 'REVIEW' && !(s.event as { approved: boolean }).approved) && p.state.value === 'agreements');
    expect(looped).toBeDefined();
    const types = looped!.steps.map((s) => s.event.type);
    expect(types.lastIndexOf('SUBMIT_DOCUMENTS')).toBeGreaterThan(types.indexOf('REVIEW'));
  });

  it('round-trips the end state of every path through persist → JSON → restore, and behaves the same after', () => {
    for (const p of [...shortest, ...simple]) {
      const restored = restoreRenovation(JSON.stringify(persist(p.state)));
      expect(restored.value).toEqual(p.state.value);
      expect(restored.status).toBe(p.state.status);
      expect(restored.context).toEqual(p.state.context);
      for (const e of [...events, { type: 'CHECK_DEADLINES', at: '2026-06-01T00:00:00+08:00' } as const]) {
        const [a] = transition(renovationMachine, p.state, e);
        const [b] = transition(renovationMachine, restored, e);
        expect(b.value).toEqual(a.value);
        expect(b.context).toEqual(a.context);
      }
    }
  });
});

describe('renovationMachine specifics', () => {
  const send = (machine: typeof renovationMachine, es: RenovationEvent[]) => es.reduce((s, e) => transition(machine, s, e)[0], initialTransition(machine, application())[0]);
  const upToPermit: RenovationEvent[] = [
    { type: 'CHECK_CONTRACTOR', at, licenceValid: true, qualified: true },
    { type: 'SUBMIT_DOCUMENTS', at, documents: [...ALL_DOCS] },
    { type: 'REVIEW', at, approved: true },
    { type: 'SIGN_SAFETY_AGREEMENT', at },
    { type: 'SIGN_COMMITMENT', at },
    { type: 'ISSUE_PASSES', at, workerPasses: 6, hotWorkPermits: 1 },
  ];

  it('no work can start before the fire-safety approval (START_WORK is refused)', () => {
    const s = send(renovationMachine, [...upToPermit, { type: 'START_WORK', at }]);
    expect(s.value).toBe('fireApproval');
    expect(s.context.record.workStartedAt).toBeUndefined();
  });

  it('no work while a serious violation is open; completion only after rectification', () => {
    let s = send(renovationMachine, [...upToPermit, { type: 'FIRE_APPROVED', at, reference: 'F' }, { type: 'ISSUE_PERMIT', at, permitNo: 'P' }, { type: 'START_WORK', at }, { type: 'SERIOUS_VIOLATION', at, kind: 'dangerous-goods', description: '存放易燃品' }]);
    expect(s.value).toBe('violationFound');
    s = transition(renovationMachine, s, { type: 'WORKS_COMPLETED', at })[0];
    expect(s.value).toBe('violationFound');
    s = transition(renovationMachine, s, { type: 'NOTICE_AND_STOP', at, noticeEvidence: ['通知书'], stopEvidence: ['照片'] })[0];
    s = transition(renovationMachine, s, { type: 'RECTIFIED', at })[0];
    s = transition(renovationMachine, s, { type: 'WORKS_COMPLETED', at })[0];
    expect(s.value).toBe('fireInspection');
  });

  it('the RULES pack requires the certificate and contract copies before review', () => {
    const machine = createRenovationMachine({ policy: composePolicy(renovationPacks.OFFICE, renovationPacks.RULES) });
    let s = send(machine, upToPermit.slice(0, 2));
    expect(s.value).toBe('documents');
    s = transition(machine, s, { type: 'SUBMIT_DOCUMENTS', at, documents: ['property-certificate-copy', 'contract-copy'] })[0];
    expect(s.value).toBe('engineeringReview');
  });

  it('CHECK_DEADLINES stores the violations; events earlier than the last are refused', () => {
    let s = send(renovationMachine, [{ type: 'CHECK_CONTRACTOR', at, licenceValid: true, qualified: true }, { type: 'SUBMIT_DOCUMENTS', at: '2026-05-10T00:00:00+08:00', documents: [...ALL_DOCS] }]);
    expect(s.value).toBe('documents');
    s = transition(renovationMachine, s, { type: 'CHECK_DEADLINES', at: '2026-05-12T00:00:00Z' } as never)[0];
    expect(s.context.checkedAt).toBe('2026-05-12T08:00:00+08:00');
    expect(s.context.violations).toEqual([]);
  });

  it('rejects an application that already carries steps, and bad input', () => {
    const [bad] = initialTransition(renovationMachine, application({ permit: { at, permitNo: 'P' } }));
    expect(isWuyeError((bad as { error?: unknown }).error, 'INVALID_INPUT')).toBe(true);
    const [worse] = initialTransition(renovationMachine, { ...application(), appliedAt: 'today' });
    expect(isWuyeError((worse as { error?: unknown }).error, 'INVALID_INSTANT')).toBe(true);
    const input = Object.freeze(application());
    const copy = structuredClone(input);
    initialTransition(renovationMachine, input);
    expect(input).toEqual(copy);
  });

  it('restore rejects a foreign or corrupt envelope', () => {
    const envelope = persist(initialTransition(renovationMachine, application())[0]);
    expect(() => restoreRenovation({ ...envelope, machine: 'workOrder' })).toThrow(/INVALID_SNAPSHOT/);
    expect(() => restoreRenovation({ ...envelope, snapshot: { ...envelope.snapshot, value: 'nowhere' } })).toThrow(/INVALID_SNAPSHOT/);
  });
});

describe('a hand-edited envelope cannot skip the guards', () => {
  it('a fresh application claiming to be accepted, or in the works, is INVALID_SNAPSHOT', () => {
    const e = JSON.parse(JSON.stringify(persist(initialTransition(renovationMachine, application())[0]))) as { snapshot: { value: unknown } };
    for (const value of ['accepted', 'works', 'movedIn']) {
      expect(() => restoreRenovation({ ...e, snapshot: { ...e.snapshot, value } })).toThrowError(expect.objectContaining({ code: 'INVALID_SNAPSHOT' }));
    }
  });
});
