import * as z from 'zod/mini';
import { CORE_DEFAULTS } from './core-defaults';
import { zoneOffsetAt } from './zone-offset';
import type { BeyondCalendar } from './beyond-calendar';

import { defineParameter } from './parameter';
import { cite } from './source';
import { text } from './text';

/**
 * The zone every instant the library writes is expressed in.
 *
 * @example
 * paramValue(undefined, zoneParameter) // 'Asia/Shanghai'
 */
export const zoneParameter = /* @__PURE__ */ defineParameter<string>({
  id: 'core.zone',
  title: text('时区', 'Time zone'),
  unit: 'zone',
  schema: z.string().check(z.refine(isTimeZone, { message: 'not an IANA time zone' })),
  default: CORE_DEFAULTS['core.zone'],
  defaultFrom: 'LIBRARY',
  source: cite('LIBRARY', 'reading conventions: zone'),
});

/** How "N日内" counts days. @example const c: DayCounting = 'civil-code'; */
export type DayCounting = 'rolling' | 'civil-code';

/**
 * How "N日内" (within N days) is counted: `'rolling'` — N × 24 hours from the instant of
 * receipt, what a ticket desk shows; or `'civil-code'` — 民法典 第201条: the day of receipt
 * is not counted and the period ends at 24:00 of its last day; 第203条: a last day that is a
 * 法定休假日 moves to the next working day.
 *
 * @example
 * paramValue(composePolicy(complaintPacks.ZH, { 'core.dayCounting': 'civil-code' }), dayCountingParameter) // 'civil-code'
 */
export const dayCountingParameter = /* @__PURE__ */ defineParameter<DayCounting>({
  id: 'core.dayCounting',
  title: text('“N日内”的计算方式', 'How "within N days" is counted'),
  unit: 'choice',
  schema: z.enum(['rolling', 'civil-code']),
  default: CORE_DEFAULTS['core.dayCounting'],
  defaultFrom: 'LIBRARY',
  source: cite('LAW', '第201条、第203条'),
});

/**
 * What the calendar arithmetic does with a date the business calendar has no data for (the
 * year's 放假安排 notice is not yet added): `'error'` (default) — a `CALENDAR_NOT_COVERED`
 * error; `'weekdays'` — the date is read from its weekday (Monday–Friday working), and every
 * deadline computed from such a day carries `provisional: true` with the dates, and every
 * violation that used one names them in its receipt (`data.provisional.dates`).
 *
 * @example
 * paramValue(composePolicy({ 'core.beyondCalendar': 'weekdays' }), beyondCalendarParameter) // 'weekdays'
 */
export const beyondCalendarParameter = /* @__PURE__ */ defineParameter<BeyondCalendar>({
  id: 'core.beyondCalendar', // BEYOND_CALENDAR_ID, written out: importing it would close an import cycle through policy.ts
  title: text('日历数据之外的日期', 'Dates beyond the calendar data'),
  unit: 'choice',
  schema: z.enum(['error', 'weekdays']),
  default: CORE_DEFAULTS['core.beyondCalendar'],
  defaultFrom: 'LIBRARY',
  source: cite('LIBRARY', 'reading conventions: calendar coverage'),
});

/**
 * The parameters every procedure uses (zone, day counting, dates beyond the calendar); each
 * procedure lists them among its own.
 *
 * @example
 * CORE_PARAMETERS.map((p) => p.id) // ['core.zone', 'core.dayCounting', 'core.beyondCalendar']
 */
export const CORE_PARAMETERS = [zoneParameter, dayCountingParameter, beyondCalendarParameter] as const;


// A zone is known when its offset can be read: by arithmetic for Asia/Shanghai, UTC and
// fixed offsets (so the default checks without Intl, and a runtime with a weak Intl still
// imports every subpath), through Intl for any other IANA zone. No luxon.
function isTimeZone(zone: string): boolean {
  try {
    zoneOffsetAt(zone, Date.UTC(2000, 0, 1));
    return true;
  } catch {
    return false;
  }
}

/**
 * The core parameters by name: the zone every instant is written in and how "N日内" is
 * counted. Every procedure reads them; a policy overrides them like any other.
 *
 * @example
 * coreParameters.dayCounting.default // 'rolling'
 */
export const coreParameters = /* @__PURE__ */ Object.freeze({ zone: zoneParameter, dayCounting: dayCountingParameter, beyondCalendar: beyondCalendarParameter });
