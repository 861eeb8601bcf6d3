/**
 * `wuye-rules/visitors` — the visitor register of an office building (《写字楼物业客服工作制度范例》 五.2).
 *
 * @example
 * import { checkVisitorLog } from 'wuye-rules/visitors';
 *
 * @module
 */
export * from './schema';
export * from './policy';
export * from './rules';
export { visitorsProcedure } from './procedure';
