import type { BusinessCalendar } from '../core/calendar';
import type { CheckOptions } from '../core/check-options';
import { zoneParameter } from '../core/core-parameters';
import type { Deadline } from '../core/deadline';
import { isLate } from '../core/deadline';
import { instantToEpochMs } from '../core/epoch-ms';
import { WuyeError, isWuyeError } from '../core/errors';
import { earliestInstant, toIsoInstant } from '../core/instant';
import type { Policy } from '../core/policy';
import { assertPolicy, paramValue } from '../core/policy';
import type { Violation } from '../core/rule';
import type { Source } from '../core/source';
import { cite } from '../core/source';
import { requireObject } from '../core/require-input';
import type { LocalizedText } from '../core/text';
import { text } from '../core/text';
import { redactForPublication } from '../procedures/complaint/redact';
import { checkComplaint, deadlinesOfValidRecord } from '../procedures/complaint/rules';
import type { ComplaintRecord } from '../procedures/complaint/schema';
import type { ClosedComplaint, ReturnVisitRecord, SpecialServiceOrder } from '../procedures/follow-up/schema';
import { FOLLOW_UP_FIELD_LABELS, returnVisitRecordSchema, specialServiceOrderSchema } from '../procedures/follow-up/schema';
import { parseInput } from '../core/validate';
import { tallyComplaintFollowUps } from '../procedures/follow-up/complaint-follow-up';
import { summariseReturnVisits } from '../procedures/follow-up/return-visits';
import type { ReturnVisitSummary } from '../procedures/follow-up/return-visits';
import { checkFollowUps } from '../procedures/follow-up/rules';
import type { CadenceDue } from '../procedures/kpi/cadence';
import { cadenceDueDates, checkCadences } from '../procedures/kpi/cadence';
import type { CadenceLog } from '../procedures/kpi/schema';
import type { KpiResult } from '../procedures/kpi/targets';
import { evaluateKpis } from '../procedures/kpi/targets';
import { checkRenovation } from '../procedures/renovation/rules';
import type { RenovationRecord } from '../procedures/renovation/schema';
import type { RepairFeeReport } from '../procedures/work-order/rules';
import { arrivalDeadline, checkWorkOrder, repairFeeReport } from '../procedures/work-order/rules';
import type { WorkOrder } from '../procedures/work-order/schema';
import type { MonthWindow } from './month-window';
import { monthWindow } from './month-window';

/**
 * The host's stored records a monthly report reads, by procedure. Each list may hold records
 * of other months: the report takes what belongs to its month (see {@link MonthlyReport}).
 *
 * @example
 * const records: ReportRecords = { complaints: [complaint], workOrders: [order], returnVisits: [visit] };
 */
export interface ReportRecords {
  readonly complaints?: readonly ComplaintRecord[];
  readonly workOrders?: readonly WorkOrder[];
  readonly returnVisits?: readonly ReturnVisitRecord[];
  readonly specialServiceOrders?: readonly SpecialServiceOrder[];
  readonly renovations?: readonly RenovationRecord[];
  /** The cadence log's entries (and project facts) of the month; its period is the report's month. */
  readonly cadences?: Omit<CadenceLog, 'period'>;
}

/** The procedures a report reads, as {@link ReportRecords} names them. @example const k: ReportRecordKind = 'complaints'; */
export type ReportRecordKind = Exclude<keyof ReportRecords, 'cadences'>;

/** A number of the report with the clause that asks for it and what computes it (a rule, a parameter or a function). @example const f: Figure = { value: 12, source: cite('STD', '统计与分析 1'), basis: 'complaints received in the month' }; */
export interface Figure {
  readonly value: number;
  readonly source: Source;
  readonly basis: string;
}

/** A KPI computed from the records: the evaluation against its target, with the counts behind the rate. @example const k: ReportKpi = { ...evaluateKpis({ satisfactionRate: 0.9 })[0]!, numerator: 9, denominator: 10, basis: 'return visits with no dissatisfied rating' }; */
export interface ReportKpi extends KpiResult {
  readonly numerator: number;
  readonly denominator: number;
  readonly basis: string;
}

/** Deadlines due in one week of the month (days 1–7, 8–14, …): kept and missed. @example const w: WeekDeadlines = { week: 1, from: '2026-11-01', to: '2026-11-07', met: 10, late: 1 }; */
export interface WeekDeadlines {
  readonly week: number;
  readonly from: string;
  readonly to: string;
  readonly met: number;
  readonly late: number;
}

/** The violations of one rule in the month: how many, the clause, and the receipts (the first {@link RECEIPTS_PER_RULE}; `omitted` counts the rest). @example const g: ViolationGroup = { ruleId: 'complaint.notify-deadline', severity: 'error', source, count: 3, receipts: [], omitted: 0 }; */
export interface ViolationGroup {
  readonly ruleId: string;
  readonly severity: Violation['severity'];
  readonly source: Source;
  readonly count: number;
  readonly receipts: readonly Violation[];
  readonly omitted: number;
}

/** A cadence due in the month and its state at month end: kept, missed or still open. @example const c: CadenceStatus = { ...due, status: 'kept' }; */
export type CadenceStatus = CadenceDue & { readonly status: 'kept' | 'missed' | 'open' };

/** A record the report could not read: its procedure, its position (0-based; `line` when read from a file) and the typed error. @example const r: RejectedRecord = { kind: 'complaints', index: 3, line: 4, code: 'INVALID_INPUT', message: { 'zh-CN': '…', en: '…' } }; */
export interface RejectedRecord {
  readonly kind: ReportRecordKind;
  readonly index: number;
  readonly line?: number;
  readonly id?: string;
  readonly code: string;
  readonly message: LocalizedText;
}

/**
 * A month at a glance for a 客服主管, every figure with its clause. Readings:
 * - a record belongs to the month by its own date: a complaint by `receivedAt`, a work order
 *   by `reportedAt`, a return visit by `date`, a special-service order by `completedAt`; the
 *   fee statement by its own window (the 25th of the previous month to the 25th);
 * - violations are judged as of the month's end (00:00 of the next month, policy zone) for the
 *   records active in the month: opened before its end and not closed before its start;
 * - a deadline counts in the week its due time falls in; one due after the month's end and
 *   not met by then is `open`;
 * - KPIs: 投诉回访率 over the complaints closed in the month (unreachable and inconvenient
 *   excepted; a visit counts when it follows the end of the handling), 事务响应率 as the share of the month's notify deadlines (WI/FW-006.18) kept,
 *   业户满意率 as the share of the month's return visits with no 不满意 rating (QR-004).
 *
 * @example
 * const r: MonthlyReport = buildMonthlyReport({ month: '2026-11', records });
 */
export interface MonthlyReport {
  readonly month: string;
  readonly zone: string;
  readonly period: { readonly start: string; readonly end: string };
  readonly read: Readonly<Record<ReportRecordKind, number>>;
  readonly rejected: readonly RejectedRecord[];
  readonly complaints: {
    readonly received: Figure;
    readonly byChannel: Readonly<Record<string, number>>;
    readonly byKind: Readonly<Record<string, number>>;
    readonly byCategory: Readonly<Record<string, number>>;
  };
  readonly publicSummary: { readonly source: Source; readonly dueBefore: string; readonly items: ReadonlyArray<{ readonly subject: string; readonly result: string | null }> };
  readonly returnVisits: ReturnVisitSummary & { readonly source: Source };
  readonly kpis: readonly ReportKpi[];
  readonly fees: RepairFeeReport & { readonly source: Source };
  readonly deadlines: { readonly source: Source; readonly met: Figure; readonly late: Figure; readonly open: Figure; readonly byWeek: readonly WeekDeadlines[] };
  readonly openAtMonthEnd: { readonly complaints: Figure; readonly workOrders: Figure; readonly ids: { readonly complaints: readonly string[]; readonly workOrders: readonly string[] } };
  readonly violations: readonly ViolationGroup[];
  readonly cadences: readonly CadenceStatus[];
}

/** How many receipts a report keeps per rule (the count is always exact). @example RECEIPTS_PER_RULE // 20 */
export const RECEIPTS_PER_RULE = 20;

/** What {@link createMonthlyReport} and {@link buildMonthlyReport} take besides the records. @example const o: MonthlyReportOptions = { month: '2026-11' }; */
export interface MonthlyReportOptions {
  readonly month: string;
  readonly policy?: Policy;
  readonly calendar?: BusinessCalendar;
}

/**
 * A report built one record at a time, so a host (or the CLI) can stream millions of records
 * without holding them: `add` reads one record (a bad one is counted in `rejected`, never
 * dropped silently), `finish` returns the report.
 *
 * @example
 * const builder = createMonthlyReport({ month: '2026-11' });
 * for (const c of complaints) builder.add('complaints', c);
 * builder.finish().complaints.received.value // complaints.length
 */
export interface MonthlyReportBuilder {
  /** Reads one record; `line` is its line in the host's file, kept in `rejected` when it is bad. */
  add(kind: ReportRecordKind, record: unknown, line?: number): boolean;
  /** Counts a line that could not be read as a record at all (not JSON), with the reason. */
  skip(kind: ReportRecordKind, line: number, reason: LocalizedText): void;
  setCadences(log: Omit<CadenceLog, 'period'>): void;
  finish(): MonthlyReport;
}

const SOURCES = {
  statistics: cite('STD', '统计与分析'),
  summary: cite('ZH', 'WI/FW-012 四'),
  publicSummary: cite('STD', '投诉管理 受理与回复 3'),
  returnVisits: cite('ZH', 'WI/FW-017 七'),
  fees: cite('OFFICE', '派工单使用程序 8'),
  deadlines: cite('ZH', 'WI/FW-006.18'),
  open: cite('OFFICE', '派工单使用程序 7'),
} as const;

/**
 * Starts a monthly report for `month` (`'YYYY-MM'`, in the policy zone). See
 * {@link MonthlyReportBuilder} and {@link MonthlyReport} for what it reads and how.
 *
 * @example
 * const builder = createMonthlyReport({ month: '2026-11' });
 * builder.add('complaints', complaint); // true
 * builder.finish().complaints.received.value // 1
 */
export function createMonthlyReport(options: MonthlyReportOptions): MonthlyReportBuilder {
  requireObject(options, text('报告选项（月份、政策、业务日历）', 'report options { month, policy?, calendar? }'), 'options');
  if (options.policy !== undefined) assertPolicy(options.policy);
  const { policy, calendar } = options;
  const zone = paramValue(policy, zoneParameter);
  const w = monthWindow(options.month, zone);
  const check: CheckOptions = { asOf: w.end, ...(policy ? { policy } : {}), ...(calendar ? { calendar } : {}) };
  const ms = (at: string | undefined | null) => (typeof at === 'string' ? instantToEpochMs(at) : undefined);
  const inMonth = (at: string | undefined | null) => {
    const t = ms(at);
    return t !== undefined && t >= w.startMs && t < w.endMs;
  };
  const active = (opened: string | undefined, closed: string | undefined) => {
    const o = ms(opened);
    const c = ms(closed);
    return o !== undefined && o < w.endMs && (c === undefined || c >= w.startMs);
  };

  const read: Record<ReportRecordKind, number> = { complaints: 0, workOrders: 0, returnVisits: 0, specialServiceOrders: 0, renovations: 0 };
  const rejected: RejectedRecord[] = [];
  const tally = { byChannel: new Map<string, number>(), byKind: new Map<string, number>(), byCategory: new Map<string, number>() };
  let received = 0;
  const summary: Array<{ subject: string; result: string | null }> = [];
  const closedComplaints: ClosedComplaint[] = [];
  const notify = { met: 0, total: 0 };
  const weeks = Array.from({ length: Math.ceil(w.days / 7) }, (_, i) => ({ week: i + 1, from: `${w.month}-${String(i * 7 + 1).padStart(2, '0')}`, to: `${w.month}-${String(Math.min(w.days, i * 7 + 7)).padStart(2, '0')}`, met: 0, late: 0 }));
  let open = 0;
  const openIds = { complaints: [] as string[], workOrders: [] as string[] };
  const groups = new Map<string, { ruleId: string; severity: Violation['severity']; source: Source; count: number; receipts: Violation[] }>();
  const visits: ReturnVisitRecord[] = [];
  const feeOrders: WorkOrder[] = [];
  const serviceOrders: SpecialServiceOrder[] = [];
  let cadenceLog: Omit<CadenceLog, 'period'> | undefined;

  const bump = (map: Map<string, number>, key: string) => map.set(key, (map.get(key) ?? 0) + 1);
  const record = (violations: readonly Violation[], into = groups) => {
    for (const v of violations) {
      let g = into.get(v.ruleId);
      if (!g) into.set(v.ruleId, (g = { ruleId: v.ruleId, severity: v.severity, source: v.source, count: 0, receipts: [] }));
      g.count++;
      if (g.receipts.length < RECEIPTS_PER_RULE) g.receipts.push(v);
    }
  };
  // A deadline due in the month counts in its week; one due later and not met by month end is open.
  const track = (d: Deadline, metAt: string | null | undefined) => {
    const due = instantToEpochMs(d.dueAt);
    const met = typeof metAt === 'string' && instantToEpochMs(metAt) < w.endMs ? metAt : null;
    if (due >= w.endMs) {
      if (!met) open++;
      return;
    }
    if (due < w.startMs) return;
    const day = Number(toIsoInstant(d.dueAt, zone).slice(8, 10));
    const week = weeks[Math.floor((day - 1) / 7)]!;
    if (met && !isLate(d, met)) week.met++;
    else week.late++;
  };

  const readers: Record<ReportRecordKind, (r: never) => void> = {
    complaints: (c: ComplaintRecord) => {
      const violations = checkComplaint(c, check);
      if (inMonth(c.receivedAt)) {
        received++;
        bump(tally.byChannel, c.channel);
        bump(tally.byKind, c.classification?.kind ?? 'unclassified');
        const category = (c as { category?: unknown }).category;
        bump(tally.byCategory, typeof category === 'string' && category !== '' ? category : 'uncategorised');
        const names = [c.complainant.name, c.receiver, c.followUp?.by].filter((n): n is string => typeof n === 'string');
        const result = c.result?.description ?? c.explanation?.text ?? null;
        summary.push({ subject: redactForPublication(c.subject, { names }).text, result: result === null ? null : redactForPublication(result, { names }).text });
        // checkComplaint has validated the record: its deadlines without a second schema pass.
        for (const d of deadlinesOfValidRecord(c, check)) {
          if (d.exempt) continue;
          track(d, d.metAt);
          if (d.id === 'notify' && inMonth(d.dueAt)) {
            notify.total++;
            if (d.metAt !== null && !isLate(d, d.metAt)) notify.met++;
          }
        }
      }
      // The follow-up visits the handled complaint: it is judged against the end of the handling
      // (the result, explanation or referral), since the record closes only after the visit.
      if (inMonth(c.closedAt)) {
        const handledAt = earliestInstant([c.result?.at, c.explanation?.at, c.referral?.at]) ?? c.closedAt!;
        closedComplaints.push({ id: c.id, closedAt: handledAt, followedUpAt: c.followUp?.at ?? null, exception: c.followUpExemption?.reason ?? null });
      }
      if (active(c.receivedAt, c.closedAt)) {
        record(violations);
        if (c.closedAt === undefined || ms(c.closedAt)! >= w.endMs) openIds.complaints.push(c.id);
      }
    },
    workOrders: (o: WorkOrder) => {
      const violations = checkWorkOrder(o, check);
      const ended = o.closedAt ?? o.abandonedAt;
      if (active(o.reportedAt, ended)) {
        record(violations);
        if (ended === undefined || ms(ended)! >= w.endMs) openIds.workOrders.push(o.id);
      }
      if (inMonth(o.reportedAt) && o.dispatchedAt) {
        const due = arrivalDeadline({ urgency: o.urgency, dispatchedAt: o.dispatchedAt }, policy, calendar);
        if (due) track(due, o.arrivedAt);
      }
      if (o.fee !== undefined && o.signedAt !== undefined) feeOrders.push(o);
    },
    returnVisits: (v: ReturnVisitRecord) => {
      parseInput(returnVisitRecordSchema, v, text('回访统计表记录', 'return-visit record'), FOLLOW_UP_FIELD_LABELS);
      if (v.date.slice(0, 7) === w.month) visits.push(v);
    },
    specialServiceOrders: (o: SpecialServiceOrder) => {
      parseInput(specialServiceOrderSchema, o, text('特约服务单', 'special-service order'), FOLLOW_UP_FIELD_LABELS);
      if (inMonth(o.completedAt)) serviceOrders.push(o);
    },
    renovations: (r: RenovationRecord) => record(checkRenovation(r, check)),
  };

  const readerOf = (kind: unknown): ((r: unknown) => void) => {
    if (typeof kind === 'string' && Object.hasOwn(readers, kind)) return readers[kind as ReportRecordKind] as (r: unknown) => void;
    throw new WuyeError('INVALID_INPUT', text(`未知的记录种类，应为：${Object.keys(readers).join('、')}`, `Unknown record kind; expected one of ${Object.keys(readers).join(', ')}`), { field: 'kind', received: typeof kind === 'string' ? kind : typeof kind });
  };

  return {
    add(kind, value, line) {
      const reader = readerOf(kind);
      const index = read[kind]++;
      try {
        reader(value);
        return true;
      } catch (error) {
        if (!isWuyeError(error)) throw error;
        const id = (value as { id?: unknown } | null)?.id;
        rejected.push({ kind, index, ...(typeof line === 'number' ? { line } : {}), ...(typeof id === 'string' ? { id } : {}), code: error.code, message: error.text });
        return false;
      }
    },
    skip(kind, line, reason) {
      readerOf(kind);
      rejected.push({ kind, index: read[kind]++, line, code: 'INVALID_INPUT', message: reason });
    },
    setCadences(log) {
      requireObject(log, text('频次记录', 'cadence log'), 'cadences');
      cadenceLog = log;
    },
    finish() {
      return finish();
    },
  };

  function finish(): MonthlyReport {
    const fig = (value: number, source: Source, basis: string): Figure => ({ value, source, basis });
    // The month-level judgements go into a copy of the groups: finish() may be called again
    // (after more records) and never counts a violation twice.
    const all = new Map([...groups].map(([k, g]) => [k, { ...g, receipts: [...g.receipts] }]));
    const recordFinal = (violations: readonly Violation[]) => record(violations, all);
    if (serviceOrders.length > 0) recordFinal(checkFollowUps({ specialServiceOrders: serviceOrders }, check).filter((v) => v.ruleId !== 'follow-up.special-service-deadline'));
    for (const o of serviceOrders) recordFinal(checkFollowUps({ specialServiceOrders: [o] }, check).filter((v) => v.ruleId === 'follow-up.special-service-deadline'));
    const followUps = tallyComplaintFollowUps(closedComplaints);
    const returnVisits = summariseReturnVisits(visits, w.month);
    const satisfied = visits.filter((v) => v.ratings.punctuality !== 'dissatisfied' && v.ratings.attitude !== 'dissatisfied' && v.ratings.quality !== 'dissatisfied').length;
    const observed: Array<[string, number, number, string]> = [];
    if (followUps.due > 0) observed.push(['complaintFollowUpRate', followUps.followedUp, followUps.due, 'closed complaints followed up (unreachable and inconvenient excepted)']);
    if (notify.total > 0) observed.push(['responseRate', notify.met, notify.total, 'notify deadlines of the month kept (WI/FW-006.18)']);
    if (visits.length > 0) observed.push(['satisfactionRate', satisfied, visits.length, 'return visits of the month with no 不满意 rating (QR-004)']);
    const evaluated = evaluateKpis(Object.fromEntries(observed.map(([id, n, d]) => [id, n / d])), policy);
    const kpis = evaluated.map((k) => {
      const [, numerator, denominator, basis] = observed.find(([id]) => id === k.id)!;
      return { ...k, numerator, denominator, basis };
    });
    const cadences = cadenceStatus(recordFinal);
    const met = weeks.reduce((n, x) => n + x.met, 0);
    const late = weeks.reduce((n, x) => n + x.late, 0);
    const toRecord = (m: Map<string, number>) => Object.fromEntries([...m].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)));
    return {
      month: w.month,
      zone,
      period: { start: w.start, end: w.end },
      read: { ...read },
      rejected: [...rejected],
      complaints: {
        received: fig(received, SOURCES.statistics, 'complaints received in the month (receivedAt)'),
        byChannel: toRecord(tally.byChannel),
        byKind: toRecord(tally.byKind),
        byCategory: toRecord(tally.byCategory),
      },
      publicSummary: { source: SOURCES.publicSummary, dueBefore: publicSummaryDue(w), items: summary.map((i) => ({ ...i })) },
      returnVisits: { ...returnVisits, source: SOURCES.returnVisits },
      kpis,
      fees: { ...repairFeeReport(feeOrders, w.month, policy), source: SOURCES.fees },
      deadlines: {
        source: SOURCES.deadlines,
        met: fig(met, SOURCES.deadlines, 'deadlines due in the month and kept'),
        late: fig(late, SOURCES.deadlines, 'deadlines due in the month and missed'),
        open: fig(open, SOURCES.deadlines, 'deadlines due after the month and not yet met'),
        byWeek: weeks.map((x) => ({ ...x })),
      },
      openAtMonthEnd: {
        complaints: fig(openIds.complaints.length, SOURCES.summary, 'complaints not closed by the month end'),
        workOrders: fig(openIds.workOrders.length, SOURCES.open, 'work orders neither closed nor abandoned by the month end'),
        ids: { complaints: [...openIds.complaints].sort(), workOrders: [...openIds.workOrders].sort() },
      },
      violations: [...all.values()]
        .sort((a, b) => b.count - a.count || (a.ruleId < b.ruleId ? -1 : 1))
        .map((g) => ({ ...g, receipts: [...g.receipts], omitted: g.count - g.receipts.length })),
      cadences,
    };
  }

  function cadenceStatus(recordMissed: (violations: readonly Violation[]) => void): CadenceStatus[] {
    if (!cadenceLog) return [];
    const log: CadenceLog = { ...cadenceLog, period: w.month };
    const missed = checkCadences(log, check);
    recordMissed(missed);
    const context = { ...(log.project ? { project: log.project } : {}), ...(log.moveIns ? { moveIns: log.moveIns } : {}), ...(log.staff ? { staff: log.staff } : {}) };
    return cadenceDueDates(w.month, policy, context).map((due) => {
      const isMissed = missed.some((v) => v.data['cadence'] === due.cadence && v.data['by'] === due.by && v.data['person'] === due.person && v.data['customer'] === due.customer);
      return { ...due, status: isMissed ? 'missed' : instantToEpochMs(due.dueAt) > w.endMs ? 'open' : 'kept' };
    });
  }
}

// The public summary of a month is due before the 5th of the next one (STD 投诉管理 受理与回复 3).
function publicSummaryDue(w: MonthWindow): string {
  return `${toIsoInstant(w.end, w.zone).slice(0, 8)}05`;
}

/**
 * Builds the monthly report of `month` from the host's records in one call (see
 * {@link MonthlyReport} for the readings). Bad records are listed in `rejected` with their
 * position and typed error; the records are not changed.
 *
 * @example
 * const report = buildMonthlyReport({ month: '2026-11', records: { complaints, workOrders, returnVisits } });
 * report.complaints.received.value // 12
 * report.violations[0]?.ruleId     // 'complaint.notify-deadline'
 */
export function buildMonthlyReport(input: MonthlyReportOptions & { readonly records: ReportRecords }): MonthlyReport {
  const builder = createMonthlyReport(input);
  requireObject(input.records, text('各流程的记录', 'records by procedure'), 'records');
  const { cadences, ...lists } = input.records;
  for (const [kind, list] of Object.entries(lists) as Array<[ReportRecordKind, unknown]>) {
    if (list === undefined) continue;
    if (!Array.isArray(list)) throw new WuyeError('INVALID_INPUT', text('每个流程的记录须为数组', 'The records of each procedure must be an array'), { field: `records.${kind}` });
    for (const r of list) builder.add(kind, r);
  }
  if (cadences) builder.setCadences(cadences);
  return builder.finish();
}

