/**
 * `wuye-rules/visitors` — the visitor register of an office building (《写字楼物业客服工作制度范例》 五.2).
 * Rules only: no xstate, no luxon.
 *
 * @example
 * import { checkVisitors } from 'wuye-rules/visitors';
 * checkVisitors([{ at: '2026-05-06T09:10:00+08:00', name: '赵先生', admitted: true }], { asOf: '2026-05-07T00:00:00+08:00' }).length // 2
 *
 * @module
 */
export type { VisitorEntry } from './schema';
export { visitorEntrySchema } from './schema';
export type { VisitorField } from './policy';
export { visitorsPacks, visitorsParameters } from './policy';
export { checkVisitors, visitorsRules } from './rules';
export { visitorsProcedure } from './procedure';
