import * as z from 'zod';
import { DEFAULT_ZONE } from './zone';
import { defineParameter } from './parameter';
import { cite } from './source';
import { text } from './text';

/**
 * The zone every instant the library writes is expressed in.
 *
 * @example
 * paramValue(undefined, zoneParameter) // 'Asia/Shanghai'
 */
export const zoneParameter = defineParameter<string>({
  id: 'core.zone',
  title: text('时区', 'Time zone'),
  unit: 'zone',
  schema: z.string().refine(isTimeZone, { message: 'not an IANA time zone' }),
  default: DEFAULT_ZONE,
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
export const dayCountingParameter = defineParameter<DayCounting>({
  id: 'core.dayCounting',
  title: text('“N日内”的计算方式', 'How "within N days" is counted'),
  unit: 'choice',
  schema: z.enum(['rolling', 'civil-code']),
  default: 'rolling',
  defaultFrom: 'LIBRARY',
  source: cite('LAW', '第201条、第203条'),
  reading: text(
    '“N日内”有两种读法：rolling（默认）自受理时刻起 N×24 小时，即工单系统显示的时限；civil-code 按民法典第201条，受理当日不计入，期间至最后一日24时届满；第203条，最后一日为法定休假日（读作业务日历上的非工作日：周末与法定节假日，调休上班日除外）的，顺延至其后第一个工作日。',
    '"Within N days" has two readings: rolling (default) — N × 24 hours from the instant of receipt, as a ticket desk shows it; civil-code — Civil Code art. 201: the day of receipt is not counted and the period ends at 24:00 of its last day; art. 203: a last day that is a statutory rest day (read as any non-working day of the business calendar: weekends and statutory holidays, but not 调休 make-up working days) moves to the next working day.',
  ),
});

/**
 * The parameters every procedure uses (zone and day counting); each procedure lists them
 * among its own.
 *
 * @example
 * CORE_PARAMETERS.map((p) => p.id) // ['core.zone', 'core.dayCounting']
 */
export const CORE_PARAMETERS = [zoneParameter, dayCountingParameter] as const;

// Intl, not luxon: arithmetic-only procedures list these parameters without pulling luxon in.
function isTimeZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone: zone });
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
export const coreParameters = Object.freeze({ zone: zoneParameter, dayCounting: dayCountingParameter });
