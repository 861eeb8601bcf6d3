// Issue 17: every figure of a monthly report recomputed by a different route — plain loops
// over the raw records — and the published summary checked for planted names and room numbers.
import { describe, expect, it } from 'vitest';
import { composePolicy } from '../../src/core/policy';
import { checkComplaint, complaintDeadlines } from '../../src/procedures/complaint/rules';
import { arrivalDeadline, checkWorkOrder } from '../../src/procedures/work-order/rules';
import { buildMonthlyReport, createMonthlyReport, renderReportHtml, renderReportMarkdown } from '../../src/report/index';
import { CATEGORIES, NAMES, complaints, returnVisits, workOrders } from './records';

const START = Date.parse('2026-11-01T00:00:00+08:00');
const END = Date.parse('2026-12-01T00:00:00+08:00');
const ms = (at: string | undefined) => (at === undefined ? undefined : Date.parse(at));
const inMonth = (at: string | undefined) => at !== undefined && ms(at)! >= START && ms(at)! < END;
const asOf = '2026-12-01T00:00:00+08:00';

const records = { complaints: complaints(240), workOrders: workOrders(300), returnVisits: returnVisits(150) };
const report = buildMonthlyReport({ month: '2026-11', records });

describe('buildMonthlyReport: every figure equals a plain loop over the records', () => {
  it('reads every record and rejects none of the valid ones', () => {
    expect(report.read).toEqual({ complaints: 240, workOrders: 300, returnVisits: 150, specialServiceOrders: 0, renovations: 0 });
    expect(report.rejected).toEqual([]);
  });

  it('complaints received, by channel, kind and category', () => {
    const mine = records.complaints.filter((c) => inMonth(c.receivedAt));
    expect(report.complaints.received.value).toBe(mine.length);
    expect(report.complaints.received.source.clause).toBe('统计与分析');
    const count = (key: (c: (typeof mine)[number]) => string) => {
      const m: Record<string, number> = {};
      for (const c of mine) m[key(c)] = (m[key(c)] ?? 0) + 1;
      return m;
    };
    expect(report.complaints.byChannel).toEqual(count((c) => c.channel));
    expect(report.complaints.byKind).toEqual(count((c) => c.classification?.kind ?? 'unclassified'));
    expect(report.complaints.byCategory).toEqual(count((c) => (c['category'] as string | undefined) ?? 'uncategorised'));
    expect(Object.keys(report.complaints.byCategory).filter((k) => k !== 'uncategorised').sort()).toEqual([...CATEGORIES].sort());
  });

  it('cases open at month end', () => {
    const openComplaints = records.complaints.filter((c) => ms(c.receivedAt)! < END && (c.closedAt === undefined || ms(c.closedAt)! >= END)).map((c) => c.id);
    const openOrders = records.workOrders.filter((o) => ms(o.reportedAt)! < END && o.closedAt === undefined && o.abandonedAt === undefined).map((o) => o.id);
    expect(report.openAtMonthEnd.ids.complaints).toEqual(openComplaints.sort());
    expect(report.openAtMonthEnd.ids.workOrders).toEqual(openOrders.sort());
    expect(report.openAtMonthEnd.complaints.value).toBe(openComplaints.length);
    expect(openComplaints.length).toBeGreaterThan(0);
  });

  it('the repair-fee total of the 25th-to-25th window, in fen', () => {
    const from = Date.parse('2026-10-25T00:00:00+08:00');
    const to = Date.parse('2026-11-25T00:00:00+08:00');
    let fen = 0;
    let n = 0;
    for (const o of records.workOrders) {
      if (o.fee === undefined || o.signedAt === undefined || ms(o.signedAt)! < from || ms(o.signedAt)! >= to) continue;
      fen += Math.round(o.fee * 100);
      n++;
    }
    expect(report.fees.count).toBe(n);
    expect(report.fees.totalYuan).toBe(fen / 100);
    expect(n).toBeGreaterThan(0);
  });

  it('KPIs from the records, against their targets', () => {
    let due = 0;
    let followed = 0;
    for (const c of records.complaints) {
      if (!inMonth(c.closedAt)) continue;
      if (c.followUpExemption) continue;
      due++;
      const handled = c.result?.at ?? c.closedAt!;
      if (c.followUp && ms(c.followUp.at)! >= ms(handled)!) followed++;
    }
    const visits = records.returnVisits.filter((v) => v.date.startsWith('2026-11'));
    const content = visits.filter((v) => !Object.values(v.ratings).includes('dissatisfied')).length;
    const kpi = (id: string) => report.kpis.find((k) => k.id === id)!;
    expect([kpi('complaintFollowUpRate').numerator, kpi('complaintFollowUpRate').denominator]).toEqual([followed, due]);
    expect([kpi('satisfactionRate').numerator, kpi('satisfactionRate').denominator]).toEqual([content, visits.length]);
    expect(kpi('satisfactionRate').actual).toBeCloseTo(content / visits.length, 12);
    expect(kpi('satisfactionRate').target).toBe(0.85);
    expect(kpi('satisfactionRate').met).toBe(content / visits.length >= 0.85);
    expect(kpi('satisfactionRate').source.document).toBe('《客服制度》');
    let notifyDue = 0;
    let notifyKept = 0;
    for (const c of records.complaints) {
      if (!inMonth(c.receivedAt)) continue;
      const d = complaintDeadlines(c).find((x) => x.id === 'notify');
      if (!d || d.exempt || !inMonth(d.dueAt)) continue;
      notifyDue++;
      if (d.metAt !== null && ms(d.metAt)! <= ms(d.dueAt)!) notifyKept++;
    }
    expect([kpi('responseRate').numerator, kpi('responseRate').denominator]).toEqual([notifyKept, notifyDue]);
  });

  it('QR-004 totals', () => {
    const visits = records.returnVisits.filter((v) => v.date.startsWith('2026-11'));
    expect(report.returnVisits.total.visits).toBe(visits.length);
    expect(report.returnVisits.otherMonths).toBe(0); // the report passes only the month's visits
    expect(report.returnVisits.total.ratings.quality.dissatisfied).toBe(visits.filter((v) => v.ratings.quality === 'dissatisfied').length);
  });

  it('deadlines kept, late and open, by week', () => {
    let met = 0;
    let late = 0;
    let open = 0;
    const byWeek = [0, 0, 0, 0, 0].map(() => ({ met: 0, late: 0 }));
    const track = (due: string, inclusive: boolean, metAt: string | null | undefined) => {
      const d = ms(due)!;
      const m = metAt && ms(metAt)! < END ? ms(metAt)! : null;
      if (d >= END) {
        if (m === null) open++;
        return;
      }
      if (d < START) return;
      const week = Math.floor((Number(new Date(d + 8 * 3_600_000).toISOString().slice(8, 10)) - 1) / 7);
      const kept = m !== null && (inclusive ? m <= d : m < d);
      byWeek[week]![kept ? 'met' : 'late']++;
      if (kept) met++;
      else late++;
    };
    for (const c of records.complaints) if (inMonth(c.receivedAt)) for (const d of complaintDeadlines(c)) if (!d.exempt) track(d.dueAt, d.inclusive, d.metAt);
    for (const o of records.workOrders) {
      if (!inMonth(o.reportedAt) || !o.dispatchedAt) continue;
      const d = arrivalDeadline({ urgency: o.urgency, dispatchedAt: o.dispatchedAt });
      if (d) track(d.dueAt, d.inclusive, o.arrivedAt);
    }
    expect([report.deadlines.met.value, report.deadlines.late.value, report.deadlines.open.value]).toEqual([met, late, open]);
    expect(report.deadlines.byWeek.map((w) => [w.met, w.late])).toEqual(byWeek.map((w) => [w.met, w.late]));
    expect(late).toBeGreaterThan(0);
  });

  it('violations grouped by rule, counted exactly, receipts capped', () => {
    const counts: Record<string, number> = {};
    const add = (vs: ReadonlyArray<{ ruleId: string }>) => vs.forEach((v) => (counts[v.ruleId] = (counts[v.ruleId] ?? 0) + 1));
    for (const c of records.complaints) if (ms(c.receivedAt)! < END && (c.closedAt === undefined || ms(c.closedAt)! >= START)) add(checkComplaint(c, { asOf }));
    for (const o of records.workOrders) if (ms(o.reportedAt)! < END && (o.closedAt === undefined || ms(o.closedAt)! >= START)) add(checkWorkOrder(o, { asOf }));
    expect(Object.fromEntries(report.violations.map((g) => [g.ruleId, g.count]))).toEqual(counts);
    for (const g of report.violations) {
      expect(g.receipts.length + g.omitted).toBe(g.count);
      expect(g.receipts.length).toBeLessThanOrEqual(20);
      expect(g.receipts.every((v) => v.ruleId === g.ruleId && v.data['parameters'] !== undefined)).toBe(true);
    }
    expect(report.violations.map((g) => g.count)).toEqual([...report.violations.map((g) => g.count)].sort((a, b) => b - a));
  });

  it('bad records are counted with their position and typed error, never dropped silently', () => {
    const builder = createMonthlyReport({ month: '2026-11' });
    expect(builder.add('complaints', records.complaints[0])).toBe(true);
    expect(builder.add('complaints', { id: 'X', receivedAt: 'yesterday' })).toBe(false);
    expect(builder.add('workOrders', null)).toBe(false);
    const r = builder.finish();
    expect(r.read.complaints).toBe(2);
    expect(r.rejected.map((x) => [x.kind, x.index, x.code])).toEqual([
      ['complaints', 1, 'INVALID_INSTANT'],
      ['workOrders', 0, 'INVALID_INPUT'],
    ]);
    expect(r.rejected[0]!.id).toBe('X');
  });

  it('a bad month is a typed error; the policy zone sets the window', () => {
    expect(() => buildMonthlyReport({ month: '2026-13', records: {} })).toThrow(expect.objectContaining({ code: 'INVALID_INPUT' }));
    const utc = buildMonthlyReport({ month: '2026-11', records: {}, policy: composePolicy({ 'core.zone': 'UTC' }) });
    expect(utc.period).toEqual({ start: '2026-11-01T00:00:00Z', end: '2026-12-01T00:00:00Z' });
  });

  it('the records are not changed', () => {
    const copy = structuredClone(records);
    buildMonthlyReport({ month: '2026-11', records });
    expect(records).toEqual(copy);
  });
});

describe('the published summary (STD 投诉管理 受理与回复 3)', () => {
  it('no planted name or room number survives in any field', () => {
    expect(report.publicSummary.items.length).toBe(report.complaints.received.value);
    const units = records.complaints.map((c) => c.complainant.unit!);
    const text = JSON.stringify(report.publicSummary.items);
    for (const name of NAMES) expect(text).not.toContain(name);
    for (const unit of new Set(units)) expect(text).not.toContain(unit);
    expect(text).not.toMatch(/[王李张刘陈](先生|女士)/);
    expect(report.publicSummary.dueBefore).toBe('2026-12-05');
  });
});

describe('rendering', () => {
  it('Markdown has every section and figure with its clause, in both languages', () => {
    const zh = renderReportMarkdown(report, 'zh-CN');
    const en = renderReportMarkdown(report, 'en');
    expect(zh.startsWith('# 客服月度合规报告 2026-11')).toBe(true);
    for (const s of ['投诉统计', '共性投诉公示摘要', '回访统计（QR-004）', '质量目标', '维修费用月报', '时限执行', '月末未结案件', '违规（按规则）']) expect(zh).toContain(`## ${s}`);
    for (const s of ['Complaints', 'Public complaint summary', 'Return visits (QR-004)', 'KPI targets', 'Repair-fee statement', 'Deadlines', 'Cases open at month end', 'Violations by rule']) expect(en).toContain(`## ${s}`);
    expect(zh).toContain(`本月受理投诉: ${report.complaints.received.value} (《物业客户服务类服务标准表》 统计与分析)`);
    expect(zh).toContain(report.fees.totalYuan.toFixed(2));
  });

  it('HTML is one self-contained page: four inline SVG charts with content, no script, nothing fetched', () => {
    for (const lang of ['zh-CN', 'en'] as const) {
      const html = renderReportHtml(report, lang);
      expect(html).toContain(`<html lang="${lang}">`);
      expect(html.match(/<svg /g)).toHaveLength(4);
      expect(html).not.toMatch(/<script|<link|@import|src=|url\(/i);
      expect(html.replace(/xmlns="http:\/\/www\.w3\.org\/2000\/svg"/g, '')).not.toMatch(/https?:\/\//);
      expect(html).toContain('@page{size:A4');
      for (const svg of html.match(/<svg [\s\S]*?<\/svg>/g)!) expect(svg).toMatch(/<rect class="bar"/);
    }
  });

  it('an empty month renders, saying so, and escapes host text', () => {
    const empty = buildMonthlyReport({ month: '2026-11', records: { complaints: [{ ...records.complaints[1]!, receivedAt: '2026-11-02T09:00:00+08:00', subject: '<script>alert(1)</script>' }] } });
    const html = renderReportHtml(empty, 'en');
    expect(html).not.toContain('<script>');
    expect(html).toContain('&lt;script&gt;');
    expect(renderReportHtml(buildMonthlyReport({ month: '2026-11', records: {} }), 'zh-CN')).toContain('本月无数据');
  });
});

describe('review findings', () => {
  it('finish() may be called twice: the same violations, never counted twice; the report is not changed by later records', () => {
    const builder = createMonthlyReport({ month: '2026-11' });
    for (const c of records.complaints.slice(0, 20)) builder.add('complaints', c);
    builder.setCadences({ entries: [] });
    const first = builder.finish();
    const second = builder.finish();
    expect(second.violations.map((g) => [g.ruleId, g.count])).toEqual(first.violations.map((g) => [g.ruleId, g.count]));
    const weeks = JSON.stringify(first.deadlines.byWeek);
    const items = first.publicSummary.items.length;
    for (const c of records.complaints.slice(20, 40)) builder.add('complaints', c);
    expect(JSON.stringify(first.deadlines.byWeek)).toBe(weeks);
    expect(first.publicSummary.items).toHaveLength(items);
  });

  it.each(['0099-11', '0099-12', '9999-12', '0001-01'])('month %s is INVALID_INPUT, never a window of another century', (month) => {
    expect(() => buildMonthlyReport({ month, records: {} })).toThrow(expect.objectContaining({ code: 'INVALID_INPUT' }));
  });
});
