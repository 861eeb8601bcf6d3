// Packs do not leak across documents: a host that composes one document's pack gets that
// document's rules (and the library's own conventions), never a default taken from another
// document. No pack at all is the library's defaults: every rule runs.
import { describe, expect, it } from 'vitest';
import type { AnyMachineSnapshot } from 'xstate';
import { stepCase } from '../../src/core/case-procedure';
import { composePolicy, paramApplies } from '../../src/core/policy';
import type { Parameter } from '../../src/core/parameter';
import type { ProcedureDefinition } from '../../src/core/procedure';
import { ruleApplies } from '../../src/core/rule';
import { renderIndexPage } from '../../src/docs/index-page';
import { allProcedures } from '../../src/docs/procedures';
import { checkComplaint, complaintDeadlines, complaintPacks, complaintParameters, createComplaintMachine, startComplaint, stepComplaint } from '../../src/procedures/complaint/index';
import { intake } from '../complaint/fixtures';

const ids = (vs: readonly { ruleId: string }[]) => vs.map((v) => v.ruleId).sort();
const consultation = intake({ nature: 'consultation' });
// Received 2026-05-06 09:30: DEPT 5.2.3 (48 hours) is due 05-08 09:30, DEPT 5.1.4 (24 hours) 05-07 09:30.
const AS_OF = '2026-05-08T09:30:01+08:00';

describe('a policy composed from one document runs that document’s rules only (DEPT 5.2.3, 5.1.4)', () => {
  it('ZH alone: no 48-hour investigation (DEPT 5.2.3), no 24-hour consultation tracking (DEPT 5.1.4)', () => {
    const zh = composePolicy(complaintPacks.ZH);
    expect(ids(checkComplaint(intake(), { asOf: AS_OF, policy: zh }))).toEqual([]);
    expect(ids(checkComplaint(consultation, { asOf: AS_OF, policy: zh }))).toEqual([]);
    expect(complaintDeadlines(intake(), { policy: zh }).map((d) => d.id)).toEqual(['notify', 'complete']);
    expect(complaintDeadlines(consultation, { policy: zh }).map((d) => d.id)).toEqual([]);
  });

  it('ZH and DEPT: both DEPT limits run', () => {
    const both = composePolicy(complaintPacks.ZH, complaintPacks.DEPT);
    expect(ids(checkComplaint(intake(), { asOf: AS_OF, policy: both }))).toEqual(['complaint.investigate-deadline']);
    expect(ids(checkComplaint(consultation, { asOf: AS_OF, policy: both }))).toEqual(['complaint.consultation-tracking']);
  });

  it('DEPT alone: the ZH 3-day limits do not run, the DEPT ones do', () => {
    const dept = composePolicy(complaintPacks.DEPT);
    expect(complaintDeadlines(intake(), { policy: dept }).map((d) => d.id)).toEqual(['investigate']);
    expect(ids(checkComplaint(intake(), { asOf: '2026-05-10T00:00:00+08:00', policy: dept }))).toEqual(['complaint.investigate-deadline']);
  });

  it('a host override switches a rule on that no composed pack sets', () => {
    const zh = composePolicy(complaintPacks.ZH, { 'complaint.investigateWithin': { value: 48, unit: 'hour' } });
    expect(ids(checkComplaint(intake(), { asOf: AS_OF, policy: zh }))).toEqual(['complaint.investigate-deadline']);
  });

  it('no pack at all (no policy, or composePolicy() with or without core overrides) is the library’s defaults: every rule runs', () => {
    for (const policy of [undefined, composePolicy(), composePolicy({ 'core.dayCounting': 'rolling' })]) {
      expect(ids(checkComplaint(intake(), { asOf: AS_OF, ...(policy ? { policy } : {}) }))).toEqual(['complaint.investigate-deadline']);
      expect(ids(checkComplaint(consultation, { asOf: AS_OF, ...(policy ? { policy } : {}) }))).toEqual(['complaint.consultation-tracking']);
    }
  });

  it('a machine built for ZH alone tracks no DEPT deadline and reports none', () => {
    const machine = createComplaintMachine({ policy: composePolicy(complaintPacks.ZH) });
    const [s] = startComplaint(consultation, machine);
    expect(s.context.deadlines).toEqual([]);
    const r = stepComplaint(s, { type: 'CHECK_DEADLINES', at: AS_OF }, machine);
    expect(r.accepted && r.snapshot.context.violations).toEqual([]);
  });

  it('the index states that packs do not leak across documents, in both languages', () => {
    expect(renderIndexPage(allProcedures, 'zh-CN')).toContain('策略包不跨文件生效');
    expect(renderIndexPage(allProcedures, 'en')).toContain('Packs do not leak across documents');
  });

  it('a composed policy carried into another keeps its packs (no leak through a policy layer)', () => {
    const outer = composePolicy(composePolicy(complaintPacks.ZH), { 'core.zone': 'Asia/Shanghai' });
    expect(paramApplies(outer, complaintParameters.investigateWithin)).toBe(false);
    expect(paramApplies(outer, complaintParameters.notifyWithin)).toBe(true);
  });
});

// Every registered procedure: under each single pack, a parameter applies exactly when the
// pack sets it or its default is the library's own (LIBRARY, LAW); a rule runs exactly when
// all its parameters apply; and the checks of the procedures with steps, run far past every
// deadline on their sample case, report no rule that does not apply.
const libraryDefault = (p: Parameter) => p.defaultFrom === 'LIBRARY' || p.defaultFrom === 'LAW';

describe.each(allProcedures.map((p) => [p.name, p] as const))('%s', (_name, procedure: ProcedureDefinition) => {
  it.each(procedure.packs.map((pack) => [pack.id, pack] as const))('under its %s pack alone, only that pack’s parameters and the library’s conventions apply', (_id, pack) => {
    const policy = composePolicy(pack);
    for (const p of procedure.parameters) expect(paramApplies(policy, p), p.id).toBe(Object.hasOwn(pack.values, p.id) || libraryDefault(p));
    for (const rule of procedure.rules) expect(ruleApplies(rule, policy), rule.id).toBe(rule.parameters.every((p) => Object.hasOwn(pack.values, p.id) || libraryDefault(p)));
  });

  it('with no pack, every parameter and every rule applies', () => {
    for (const p of procedure.parameters) expect(paramApplies(composePolicy(), p), p.id).toBe(true);
    for (const rule of procedure.rules) expect(ruleApplies(rule, undefined), rule.id).toBe(true);
  });

  const kase = procedure.case;
  const input = procedure.pathModel?.input;
  // Procedures with steps only: the others have no case to start.
  const casePacks = kase !== undefined && input !== undefined ? procedure.packs.map((pack) => [pack.id, pack] as const) : [];
  if (casePacks.length > 0) it.each(casePacks)(
    'a case built for its %s pack alone tracks and reports no rule that does not apply',
    (_id, pack) => {
      const policy = composePolicy(pack);
      const machine = kase!.create({ policy });
      const [s] = kase!.start(input, machine) as unknown as [AnyMachineSnapshot];
      const byId = new Map(procedure.rules.map((r) => [r.id, r]));
      const applies = (ruleId: string) => { const rule = byId.get(ruleId); return rule === undefined || ruleApplies(rule, policy); };
      for (const d of (s.context as { deadlines: { ruleId: string }[] }).deadlines) expect(applies(d.ruleId), d.ruleId).toBe(true);
      const r = stepCase(machine, s, { type: 'CHECK_DEADLINES', at: '2026-12-31T00:00:00+08:00' });
      const violations = r.accepted ? (r.snapshot.context as { violations: { ruleId: string }[] }).violations : [];
      for (const v of violations) expect(applies(v.ruleId), v.ruleId).toBe(true);
    },
  );
});
