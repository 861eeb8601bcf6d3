// STD 装修服务 has two parts, 装修服务准备 1–4 and 装修服务程序 → 装修过程服务 1–6; the visits are
// 装修过程服务 3 and the serious violations 装修过程服务 6 (no item of "装修服务程序" is numbered).
import { describe, expect, it } from 'vitest';
import { renovationDocs } from '../../src/procedures/renovation/docs';
import { renovationParameters, renovationProcedure, renovationRules } from '../../src/procedures/renovation/index';

const SERIOUS_STATES = ['violationFound', 'stopped', 'reportingToAuthority', 'reported'];

describe('renovation cites 装修服务 → 装修过程服务 3 and 6', () => {
  it('the officer and security visit parameters and rules: 装修过程服务 3', () => {
    for (const p of [renovationParameters.officerVisitEveryDays, renovationParameters.securityVisitEveryDays]) expect(p.source).toMatchObject({ clause: '装修服务 装修过程服务 3' });
    for (const r of [renovationRules.officerVisits, renovationRules.securityVisits]) expect(r.source.clause).toBe('装修服务 装修过程服务 3');
  });
  it('the serious-violation rules, guards and states from violationFound to reported: 装修过程服务 6', () => {
    const serious = Object.values(renovationRules).filter((r) => r.id.startsWith('renovation.serious-violation') || r.id === 'renovation.evidence-missing');
    expect(serious.length).toBe(3);
    for (const r of serious) expect(r.source.clause, r.id).toBe('装修服务 装修过程服务 6');
    const states = (renovationProcedure.machine!.config.states ?? {}) as Record<string, { meta?: { source?: { clause: string } } }>;
    for (const s of SERIOUS_STATES) expect(states[s]?.meta?.source?.clause, s).toBe('装修服务 装修过程服务 6');
    expect(renovationProcedure.guards!.noOpenViolation!.source.clause).toBe('装修服务 装修过程服务 6');
  });
  it('no source of the procedure cites the unnumbered heading 装修服务程序 as if it had items', () => {
    const all = JSON.stringify([renovationProcedure.sources, renovationProcedure.parameters.map((p) => p.source), renovationProcedure.rules.map((r) => r.source), renovationProcedure.guards, renovationProcedure.machine!.config, renovationDocs.readings]);
    expect(all).not.toMatch(/装修服务程序 \d/);
  });
});
