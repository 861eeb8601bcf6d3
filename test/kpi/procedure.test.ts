import { describe, expect, it } from 'vitest';
import { kpiDocs } from '../../src/procedures/kpi/docs';
import { renderProcedurePage } from '../../src/docs/procedure-page';
import { CORE_PARAMETERS } from '../../src/core/core-parameters';
import { complaintReportingParameters, kpiPacks, kpiParameters, kpiProcedure, kpiRules, reportingRules } from '../../src/procedures/kpi/index';

const han = /[\u4e00-\u9fff]/;

describe('kpiProcedure (what the docs generator renders)', () => {
  it('is named kpi, has no machine, lists the core parameters first', () => {
    expect(kpiProcedure.name).toBe('kpi');
    expect(kpiProcedure.machine).toBeUndefined();
    expect(kpiProcedure.parameters.slice(0, CORE_PARAMETERS.length)).toEqual([...CORE_PARAMETERS]);
    expect(kpiProcedure.parameters).toEqual([...CORE_PARAMETERS, ...Object.values(kpiParameters), ...Object.values(complaintReportingParameters)]);
    expect(kpiProcedure.packs).toEqual(Object.values(kpiPacks));
    expect(kpiProcedure.rules).toEqual([...Object.values(kpiRules), ...Object.values(reportingRules)]);
    expect(new Set(kpiProcedure.rules.map((r) => r.id)).size).toBe(19);
    // Rule ids are procedure.kebab-case.
    for (const r of kpiProcedure.rules) expect(r.id).toMatch(/^kpi\.[a-z]+(-[a-z]+)*$/);
  });

  it('every text exists in zh-CN and en', () => {
    const texts = [
      kpiProcedure.title,
      kpiDocs.summary,
      ...kpiDocs.readings,
      ...kpiProcedure.parameters.map((p) => p.title),
      ...Object.values(kpiDocs.parameters),
      ...kpiProcedure.rules.map((r) => r.title),
      ...Object.values(kpiDocs.rules),
    ];
    for (const t of texts) {
      expect(t['zh-CN']).toMatch(han);
      expect(t.en.length).toBeGreaterThan(0);
    }
  });

  it('the docs state the "N日前" boundary, the 包干制 exclusion and the survey pack choice', () => {
    const all = kpiDocs.readings.map((t) => `${t['zh-CN']} ${t.en}`).join('\n');
    expect(all).toContain('00:00');
    expect(all).toContain('inclusive');
    expect(all).toContain('包干制');
    expect(all).toMatch(/quarterly/);
    expect(all).toMatch(/yearly/);
  });

  it('each pack cites its own document', () => {
    expect(kpiPacks.RULES.values['kpi.satisfactionRate']).toEqual({ value: 0.85, source: { document: '《客服制度》', clause: '碧桂园客服部质量目标分解' } });
    expect(kpiPacks.DEPT.values['kpi.satisfactionSurvey']?.value).toEqual({ every: 'quarter', atLeast: 1 });
    expect(kpiPacks.STD.values['kpi.satisfactionSurvey']?.value).toEqual({ every: 'year', atLeast: 1 });
  });
});

describe('generated pages', () => {
  it.each(['zh-CN', 'en'] as const)('%s page lists every parameter, rule and reading', (lang) => {
    const page = renderProcedurePage(kpiProcedure, lang, undefined, kpiDocs);
    expect(page).toContain(kpiProcedure.title[lang]);
    for (const p of kpiProcedure.parameters) expect(page).toContain(p.id);
    for (const r of kpiProcedure.rules) expect(page).toContain(r.id);
    for (const r of kpiDocs.readings) expect(page).toContain(r[lang].slice(0, 20));
  });
});

describe('kpi.deliveryMilestones cites the two-week materials where STD 房屋交付 states them', () => {
  // 交付前 9 is about the channels for developer-related complaints; "提前两周完成交付指引、装修指引、
  // 业户手册……的准备" is the unnumbered line after it.
  it('the materials are the unnumbered line after item 9, not item 9', () => {
    const clause = kpiParameters.deliveryMilestones.source.clause;
    expect(clause).not.toMatch(/2、7、9/);
    expect(clause).toContain('9 之后未编号一行');
    expect(kpiDocs.parameters[kpiParameters.deliveryMilestones.id]!['zh-CN']).toContain('第9项本身是地产相关投诉的反馈渠道');
    const deliveryPack = kpiPacks.STD.values['kpi.deliveryMilestones'];
    expect(deliveryPack?.source.clause).toBe(clause);
  });
});
