import { describe, expect, it } from 'vitest';
import { parkingDocs } from '../../src/procedures/parking/docs';
import { CORE_PARAMETERS } from '../../src/core/core-parameters';
import { composePolicy } from '../../src/core/policy';
import { recordJsonSchemas } from '../../src/docs/json-schemas';
import { renderProcedurePage } from '../../src/docs/procedure-page';
import { procedurePaths } from '../../src/testing/index';
import { parkingMachine, parkingPacks, parkingProcedure } from '../../src/procedures/parking/index';
const parkingGuards = parkingProcedure.guards!;

const han = /[\u4e00-\u9fff]/;

describe('parkingProcedure (what the docs render)', () => {
  it('has its machine and guards, the core parameters first, one OFFICE pack', () => {
    expect(parkingProcedure.machine).toBe(parkingMachine);
    expect(parkingProcedure.parameters.slice(0, CORE_PARAMETERS.length)).toEqual([...CORE_PARAMETERS]);
    expect(parkingProcedure.packs).toEqual([parkingPacks.OFFICE]);
    expect(parkingPacks.OFFICE.values['parking.requiredCopies']?.source).toEqual({ document: '《写字楼物业客服工作制度范例》', clause: '办理车位程序 2' });
  });

  it('every state has a description and a cited title; every guard used has a source', () => {
    for (const [name, node] of Object.entries(parkingMachine.root.states)) {
      expect(node.description, name).toBeTruthy();
      expect((node.meta as { title: { 'zh-CN': string } }).title['zh-CN']).toMatch(han);
    }
    const used = new Set(Object.values(parkingMachine.root.states).flatMap((node) => [...node.transitions.values()].flat().map((t) => { const g = t.guard as unknown; return typeof g === 'object' && g !== null ? String((g as { type: unknown }).type) : String(g); })));
    expect([...used].filter((g) => g !== 'inOrder').sort()).toEqual(Object.keys(parkingGuards).sort());
  });

  it.each(['zh-CN', 'en'] as const)('the %s page lists every parameter, rule and reading', (lang) => {
    const page = renderProcedurePage(parkingProcedure, lang, undefined, parkingDocs);
    expect(page).toContain(parkingProcedure.title[lang]);
    for (const p of parkingProcedure.parameters) expect(page).toContain(p.id);
    for (const r of parkingProcedure.rules) expect(page).toContain(r.id);
    for (const r of parkingDocs.readings) expect(page).toContain(r[lang].slice(0, 20));
  });
});

describe('the testing kit and the docs read the procedure', () => {
  it('procedurePaths (from pathModel) reaches every state; a permit only after the five steps', () => {
    const paths = procedurePaths(parkingProcedure);
    expect([...new Set(paths.map((p) => String(p.state)))].sort()).toEqual(Object.keys(parkingMachine.root.states).sort());
    for (const p of paths.filter((x) => x.state === 'issued')) {
      const types = p.events.map((e) => e.type);
      expect(types.indexOf('PAY_FEE')).toBeGreaterThan(types.lastIndexOf('SUBMIT_COPIES'));
      expect(types.indexOf('ISSUE_PERMIT')).toBeGreaterThan(types.lastIndexOf('CONFIRM_SPACE'));
    }
  });
  it('check runs the rules; the schemas become JSON Schema', () => {
    const record = { id: 'P-1', appliedAt: '2026-05-06T10:00:00+08:00', applicant: { name: '陈女士' }, vehicle: { plate: '粤B12345' }, permit: { at: '2026-05-06T10:10:00+08:00', permitNo: 'T' } };
    expect(parkingProcedure.check!(record as never, { asOf: '2026-05-07T00:00:00+08:00' }).map((v) => v.ruleId)).toContain('parking.fee-unpaid');
    const schemas = recordJsonSchemas([parkingProcedure]);
    expect(Object.keys(schemas).sort()).toEqual(['parking.event', 'parking.record']);
    expect(JSON.stringify(schemas['parking.record'])).toContain('appliedAt');
  });
  it('a machine built for a policy', () => {
    const m = parkingProcedure.createMachine!({ policy: composePolicy(parkingPacks.OFFICE, { 'parking.requiredCopies': [] }) });
    expect(m.id).toBe('parking');
  });
});
