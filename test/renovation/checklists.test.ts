import { describe, expect, it } from 'vitest';
import { checkRenovationControls, renovationProcedure, renovationChecklistRules } from '../../src/procedures/renovation/index';
import type { RenovationControls } from '../../src/procedures/renovation/index';

const ALL_PARTS = ['lobby', 'lift-hall', 'lift-car', 'special-floor'].map((part) => ({ part, at: '2026-05-05T17:00:00+08:00' }));
const clean: RenovationControls = {
  id: 'R-1',
  worksStartedAt: '2026-05-06T08:00:00+08:00',
  inspections: [
    { department: 'desk', at: '2026-05-07T10:00:00+08:00', items: ['site-protection', 'hygiene', 'noise', 'schedule', 'overall'] },
    { department: 'security', at: '2026-05-07T11:00:00+08:00', items: ['fire', 'order', 'access', 'hot-work'] },
    { department: 'engineering', at: '2026-05-07T14:00:00+08:00', items: ['standards', 'electrics', 'public-facilities', 'power-safety', 'progress'] },
  ],
  fines: [{ department: 'security', amount: 200, noticeAt: '2026-05-08T10:00:00+08:00', collectedByDeskAt: '2026-05-08T16:00:00+08:00', settledByFinanceAt: '2026-05-09T10:00:00+08:00' }],
  protection: ALL_PARTS,
  hiddenWorks: [{ kind: '卫生间防水', recordedAt: '2026-05-10T10:00:00+08:00', remindedAt: '2026-05-10T10:30:00+08:00', tests: ['pipe-pressure', 'insulation', 'drainage'] }],
  acceptedAt: '2026-06-30T10:00:00+08:00',
};
const LATER = { asOf: '2026-07-01T00:00:00+08:00' };
const ids = (r: RenovationControls, options = LATER) => checkRenovationControls(r, options).map((v) => v.ruleId);

describe('renovation checklists', () => {
  it('a complete record passes', () => {
    expect(checkRenovationControls(clean, LATER)).toEqual([]);
  });
  it('OFFICE 装修管理程序 3: a security inspection without the hot-work check', () => {
    const r = { ...clean, inspections: [{ department: 'security' as const, at: '2026-05-07T11:00:00+08:00', items: ['fire', 'order', 'access'] }] };
    expect(checkRenovationControls(r, LATER).map((v) => [v.ruleId, v.data.missing])).toEqual([['renovation.control-list-incomplete', ['hot-work']]]);
  });
  it('OFFICE 装修管理程序 说明: fines go through the desk to finance by acceptance, desk first', () => {
    const fine = clean.fines[0]!;
    const { settledByFinanceAt: _s, ...unsettled } = fine;
    expect(ids({ ...clean, fines: [unsettled] })).toEqual(['renovation.fine-not-settled']);
    // Before acceptance only the order is judged.
    expect(ids({ ...clean, fines: [unsettled] }, { asOf: '2026-06-30T09:59:59+08:00' })).toEqual([]);
    expect(checkRenovationControls({ ...clean, fines: [{ ...fine, settledByFinanceAt: '2026-05-08T12:00:00+08:00' }] }, { asOf: '2026-05-20T00:00:00+08:00' }).map((v) => v.data.step)).toEqual(['order']);
  });
  it('STD 装修服务准备 3: common parts protected before the works start; parts the project lacks are marked', () => {
    const late = { ...clean, protection: ALL_PARTS.map((p) => (p.part === 'lift-car' ? { ...p, at: '2026-05-06T08:00:01+08:00' } : p)) };
    expect(checkRenovationControls(late, LATER).map((v) => v.data.missing)).toEqual([['lift-car']]);
    expect(ids({ ...clean, protection: ALL_PARTS.filter((p) => p.part !== 'special-floor'), notApplicable: ['special-floor'] })).toEqual([]);
    expect(ids({ ...clean, protection: ALL_PARTS.map((p) => ({ ...p, at: '2026-05-06T08:00:00+08:00' })) })).toEqual([]);
  });
  it('STD 装修过程服务 4、5: each hidden work has its three acceptance tests reminded', () => {
    const r = { ...clean, hiddenWorks: [{ kind: '改线', recordedAt: '2026-05-10T10:00:00+08:00', remindedAt: '2026-05-10T10:30:00+08:00', tests: ['insulation'] }] };
    expect(checkRenovationControls(r, LATER).map((v) => v.data.missing)).toEqual([['pipe-pressure', 'drainage']]);
    expect(ids({ ...clean, hiddenWorks: [{ kind: '改管', recordedAt: '2026-05-10T10:00:00+08:00' }] }, { asOf: '2026-05-20T00:00:00+08:00' })).toEqual([]);
    expect(ids({ ...clean, hiddenWorks: [{ kind: '改管', recordedAt: '2026-05-10T10:00:00+08:00' }] })).toEqual(['renovation.hidden-works-not-reminded']);
  });
  it('the rules are in the procedure (docs); bad input is INVALID_INPUT', () => {
    expect(renovationProcedure.rules).toEqual(expect.arrayContaining(Object.values(renovationChecklistRules)));
    expect(() => checkRenovationControls({ ...clean, inspections: [{ department: 'cleaning' as never, at: '2026-05-07T10:00:00+08:00', items: [] }] }, LATER)).toThrow(expect.objectContaining({ code: 'INVALID_INPUT' }));
  });
});

describe('OFFICE 标识检查标准 1–4: signage', () => {
  it('one warning per kind of sign not ok, naming its item', async () => {
    const { checkSignage } = await import('../../src/procedures/renovation/index');
    const ok = { id: 'S-1', at: '2026-05-06T09:00:00+08:00', doorPlates: 'ok', directories: 'ok', floorSigns: 'ok', fireSigns: 'ok' } as const;
    expect(checkSignage(ok, LATER)).toEqual([]);
    expect(checkSignage({ ...ok, directories: 'outdated', fireSigns: 'damaged' }, LATER).map((v) => [v.ruleId, v.data.clause, v.data.state])).toEqual([
      ['renovation.signage-defect', '2', 'outdated'],
      ['renovation.signage-defect', '4', 'damaged'],
    ]);
  });
});
