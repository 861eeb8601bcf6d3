import { describe, expect, it } from 'vitest';
import { moveOutProcedure } from '../../src/procedures/move-out/index';
import { expectViolations, procedurePaths, runScenario } from '../../src/testing/index';
import { after, request } from './fixtures';

describe('moveOutProcedure with the testing kit', () => {
  const paths = procedurePaths(moveOutProcedure);

  it('its path model reaches every state from one input, and every path replays step by step', () => {
    expect([...new Set(paths.map((p) => String(p.state)))].sort()).toEqual(Object.keys(moveOutProcedure.machine!.root.states).sort());
    for (const p of paths) expect(runScenario(moveOutProcedure, p.events).filter((s) => !s.accepted)).toEqual([]);
  });

  it('every generated path ending in issued has the required checks before the pass', () => {
    const issued = paths.filter((p) => p.state === 'issued');
    expect(issued.length).toBeGreaterThan(3);
    for (const p of issued) {
      const types = p.events.map((e) => e.type);
      const pass = types.indexOf('PASS_SIGNED');
      const done = (t: string) => types.slice(0, pass).includes(t);
      expect(done('ITEMS_LISTED')).toBe(true);
      expect(done('OWNER_VERIFIED') || (done('AGENT_DOCUMENTS_CHECKED') && done('OWNER_PHONED')) || done('CONTRACTOR_VERIFIED')).toBe(true);
    }
  });

  it('its check reports a pass issued despite the owner refusing', () => {
    const record = { ...request('agent'), itemList: { at: after(1), items: [{ name: '电视机', quantity: 1 }] }, identityCheck: { at: after(2), idDocument: '身份证', ownerRecordChecked: false }, authorisation: { at: after(2), reference: '委托书' }, ownerConfirmation: { at: after(3), consented: false }, pass: { at: after(4), passNo: 'P', signedBy: '李四', signerRole: 'requester' as const, issuedBy: '张丽' } };
    expectViolations(record, moveOutProcedure, { asOf: after(5) }, ['move-out.issued-despite-refusal']);
  });
});
