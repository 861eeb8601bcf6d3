import { describe, expect, it } from 'vitest';
import { deliveryDocs } from '../../src/procedures/delivery/docs';
import { CORE_PARAMETERS } from '../../src/core/core-parameters';
import { recordJsonSchemas } from '../../src/docs/json-schemas';
import { renderProcedurePage } from '../../src/docs/procedure-page';
import { procedurePaths } from '../../src/testing/index';
import { deliveryMachine, deliveryPacks, deliveryParameters, deliveryProcedure } from '../../src/procedures/delivery/index';
import { deliveryMilestones, moveInVisitWithinDays } from '../../src/procedures/kpi/policy';

const han = /[\u4e00-\u9fff]/;
const deliveryGuards = deliveryProcedure.guards!;

describe('deliveryProcedure (what the docs render)', () => {
  it('has the takeover machine and its guards; shares the kpi parameters (same objects)', () => {
    expect(deliveryProcedure.machine).toBe(deliveryMachine);
    expect(deliveryProcedure.parameters.slice(0, CORE_PARAMETERS.length)).toEqual([...CORE_PARAMETERS]);
    expect(deliveryProcedure.parameters).toEqual([...CORE_PARAMETERS, ...Object.values(deliveryParameters)]);
    expect(deliveryParameters.deliveryMilestones).toBe(deliveryMilestones);
    expect(deliveryParameters.moveInVisitWithinDays).toBe(moveInVisitWithinDays);
    expect(deliveryPacks.OFFICE.values['delivery.contractCopySets']).toEqual({ value: 2, source: { document: '《写字楼物业客服工作制度范例》', clause: '物业接管程序 1' } });
    expect(deliveryPacks.STD.values['kpi.deliveryMilestones']?.source.document).toBe('《物业客户服务类服务标准表》');
    expect(new Set(deliveryProcedure.rules.map((r) => r.id)).size).toBe(deliveryProcedure.rules.length);
  });

  it('every state has a description and a cited title; every guard used is listed', () => {
    for (const [name, node] of Object.entries(deliveryMachine.root.states)) {
      expect(node.description, name).toBeTruthy();
      expect((node.meta as { title: { 'zh-CN': string } }).title['zh-CN']).toMatch(han);
    }
    const used = new Set(Object.values(deliveryMachine.root.states).flatMap((node) => [...node.transitions.values()].flat().map((t) => { const g = t.guard as unknown; return typeof g === 'object' && g !== null ? String((g as { type: unknown }).type) : String(g); })));
    expect([...used].filter((g) => g !== 'inOrder').sort()).toEqual(Object.keys(deliveryGuards).sort());
  });

  it.each(['zh-CN', 'en'] as const)('the %s page lists every parameter, rule and reading', (lang) => {
    const page = renderProcedurePage(deliveryProcedure, lang, undefined, deliveryDocs);
    expect(page).toContain(deliveryProcedure.title[lang]);
    for (const p of deliveryProcedure.parameters) expect(page).toContain(p.id);
    for (const r of deliveryProcedure.rules) expect(page).toContain(r.id);
    for (const r of deliveryDocs.readings) expect(page).toContain(r[lang].slice(0, 20));
  });
});

describe('the testing kit and the docs read the procedure', () => {
  it('procedurePaths (from pathModel) reaches every state; completion only after all five steps', () => {
    const paths = procedurePaths(deliveryProcedure);
    expect([...new Set(paths.map((p) => String(p.state)))].sort()).toEqual(Object.keys(deliveryMachine.root.states).sort());
    const order = ['SIGN_CONTRACT', 'RECEIVE_DOCUMENTS', 'INSPECT', 'SIGN_CONFIRMATION', 'ISSUE_HANDBOOKS'];
    for (const p of paths.filter((x) => x.state === 'completed')) {
      const types = p.events.map((e) => e.type);
      for (let i = 1; i < order.length; i++) expect(types.lastIndexOf(order[i - 1]!)).toBeLessThan(types.lastIndexOf(order[i]!));
    }
  });
  it('check runs checkDelivery; the schemas become JSON Schema', () => {
    const record = { id: 'T-1', property: '华信大厦', counterparty: { kind: 'developer', name: '华信地产' }, openedAt: '2026-03-02T09:00:00+08:00', completedAt: '2026-03-20T09:00:00+08:00' };
    expect(deliveryProcedure.check!(record as never, { asOf: '2026-03-21T00:00:00+08:00' })).toHaveLength(5);
    expect(Object.keys(recordJsonSchemas([deliveryProcedure])).sort()).toEqual(['delivery.event', 'delivery.milestones', 'delivery.takeover']);
    expect(deliveryProcedure.createMachine!({}).id).toBe('delivery');
  });
});
