// Calendar periods (year, quarter, month) and date arithmetic on 'YYYY-MM-DD' strings,
// without luxon: the kpi subpath must not pull it in.
import { dateOfDayNumber, dayNumber } from '../../core/day-number';
import { WuyeError } from '../../core/errors';
import { isIsoDate } from '../../core/iso-date';
import { text } from '../../core/text';
import { shownZh } from './local-day';

/** The length of a period (a half-year, 'YYYY-H1'/'YYYY-H2', only as a cadence window). @example const k: PeriodKind = 'quarter'; */
export type PeriodKind = 'month' | 'quarter' | 'half-year' | 'year';

/**
 * A calendar period: its label (`'2026'`, `'2026-Q2'`, `'2026-05'`), kind, and first and
 * last day (both included).
 *
 * @example
 * const p: PeriodRange = { period: '2026-Q2', kind: 'quarter', start: '2026-04-01', end: '2026-06-30' };
 */
export interface PeriodRange {
  readonly period: string;
  readonly kind: PeriodKind;
  readonly start: string;
  readonly end: string;
}

// Years 1000–9998: day arithmetic uses Date.UTC, which reads years 0–99 as 1900–1999, and
// writes dates with four-digit years (a window may end in the following year).
/** @internal A period label: 'YYYY', 'YYYY-Qn' or 'YYYY-MM' (years 1000–9998; 9999 is refused apart). */
export const PERIOD = /^([1-9]\d{3})(?:-(?:Q([1-4])|(0[1-9]|1[0-2])))?$/;
const MONTHS: Readonly<Record<PeriodKind, number>> = { month: 1, quarter: 3, 'half-year': 6, year: 12 };

function pad(n: number, width = 2): string {
  return String(n).padStart(width, '0');
}

/** 'YYYY-MM-DD' of the first day of month index `m` (year × 12 + month − 1). */
function firstOfMonth(m: number): string {
  return `${pad(Math.floor(m / 12), 4)}-${pad((m % 12) + 1)}-01`;
}

function monthIndex(date: string): number {
  return Number(date.slice(0, 4)) * 12 + Number(date.slice(5, 7)) - 1;
}

function rangeOf(kind: PeriodKind, firstMonth: number): PeriodRange {
  const y = Math.floor(firstMonth / 12);
  const label =
    kind === 'year'
      ? pad(y, 4)
      : kind === 'half-year'
        ? `${pad(y, 4)}-H${Math.floor((firstMonth % 12) / 6) + 1}`
        : kind === 'quarter'
          ? `${pad(y, 4)}-Q${Math.floor((firstMonth % 12) / 3) + 1}`
          : `${pad(y, 4)}-${pad((firstMonth % 12) + 1)}`;
  return { period: label, kind, start: firstOfMonth(firstMonth), end: addDays(firstOfMonth(firstMonth + MONTHS[kind]), -1) };
}

/**
 * @internal Reads a period label: `'YYYY'` (a year), `'YYYY-Qn'` (a quarter), `'YYYY-MM'` (a month).
 * Anything else is `INVALID_INPUT`.
 *
 * @example
 * periodRange('2026-Q1') // { period: '2026-Q1', kind: 'quarter', start: '2026-01-01', end: '2026-03-31' }
 */
export function periodRange(period: unknown): PeriodRange {
  const m = typeof period === 'string' ? PERIOD.exec(period) : null;
  if (!m || m[1] === '9999') {
    const shown = typeof period === 'string' ? period.slice(0, 64) : typeof period;
    throw new WuyeError(
      'INVALID_INPUT',
      text(`期间应写作年、季度或月，如 2026、2026-Q2、2026-05（1000–9998年），收到的是${shownZh(period)}`, `A period is written 'YYYY', 'YYYY-Qn' or 'YYYY-MM' (years 1000–9998): ${shown}`),
      { field: 'period', input: shown },
    );
  }
  const year = Number(m[1]);
  if (m[2]) return rangeOf('quarter', year * 12 + (Number(m[2]) - 1) * 3);
  if (m[3]) return rangeOf('month', year * 12 + Number(m[3]) - 1);
  return rangeOf('year', year * 12);
}

/**
 * @internal The period of `kind` that contains `date`.
 *
 * @example
 * periodContaining('2026-05-06', 'quarter').period // '2026-Q2'
 */
export function periodContaining(date: string, kind: PeriodKind): PeriodRange {
  const m = monthIndex(date);
  return rangeOf(kind, m - (m % MONTHS[kind]));
}

/**
 * @internal The period of the same kind right after (n = 1) or before (n = −1) `range`.
 *
 * @example
 * shiftPeriod(periodRange('2026-Q1'), -1).period // '2025-Q4'
 */
export function shiftPeriod(range: PeriodRange, n: number): PeriodRange {
  return rangeOf(range.kind, monthIndex(range.start) + n * MONTHS[range.kind]);
}

/**
 * @internal A date `n` days later (earlier for n < 0).
 *
 * @example
 * addDays('2026-02-27', 2) // '2026-03-01'
 */
export function addDays(date: string, n: number): string {
  // Still reachable from the kpi entry (see index.ts), so it checks its input.
  if (!isIsoDate(date) || !Number.isSafeInteger(n) || Math.abs(n) > 3_660_000) {
    throw new WuyeError('INVALID_INPUT', text('日期应为“年-月-日”，天数应为整数', "A date is 'YYYY-MM-DD' and a number of days an integer"), { field: 'date' });
  }
  return dateOfDayNumber(dayNumber(date) + n);
}

/**
 * @internal The same day `n` months later (earlier for n < 0); the month's last day where that day
 * does not exist (08-31 − 6 months = 02-28).
 *
 * @example
 * addMonths('2026-08-31', -6) // '2026-02-28'
 */
export function addMonths(date: string, n: number): string {
  const first = firstOfMonth(monthIndex(date) + n);
  const last = addDays(firstOfMonth(monthIndex(date) + n + 1), -1);
  const day = `${first.slice(0, 8)}${date.slice(8, 10)}`;
  return isIsoDate(day) ? day : last;
}

/**
 * @internal Every period of `kind` that ends within `range` (both included), in order.
 *
 * @example
 * periodsEndingIn('quarter', periodRange('2026')).map((p) => p.period) // ['2026-Q1', '2026-Q2', '2026-Q3', '2026-Q4']
 * periodsEndingIn('quarter', periodRange('2026-05'))                   // [] (Q2 ends in June)
 */
export function periodsEndingIn(kind: PeriodKind, range: PeriodRange): PeriodRange[] {
  const out: PeriodRange[] = [];
  for (let p = periodContaining(range.start, kind); p.start <= range.end; p = shiftPeriod(p, 1)) {
    if (p.end >= range.start && p.end <= range.end) out.push(p);
  }
  return out;
}

/**
 * @internal Every period of `kind` that starts within `range` (both included), in order.
 *
 * @example
 * periodsStartingIn('quarter', periodRange('2026-04')).map((p) => p.period) // ['2026-Q2']
 */
export function periodsStartingIn(kind: PeriodKind, range: PeriodRange): PeriodRange[] {
  const out: PeriodRange[] = [];
  for (let p = periodContaining(range.start, kind); p.start <= range.end; p = shiftPeriod(p, 1)) {
    if (p.start >= range.start) out.push(p);
  }
  return out;
}
