/**
 * `wuye-rules/lost-property` — found items 拾遗物品 (《物业客户服务类服务标准表》 客户物品代管 2).
 * Rules only: no xstate.
 *
 * @example
 * import { checkLostProperty } from 'wuye-rules/lost-property';
 * checkLostProperty(item, { asOf: '2026-06-06T09:30:00+08:00' })
 *
 * @module
 */
export type { LostItem, LostItemClass } from './schema';
export { lostItemSchema } from './schema';
export { lostPropertyPacks, lostPropertyParameters } from './policy';
export { checkLostProperty, handOverToPoliceDeadline, lostPropertyRules } from './rules';
export { lostPropertyProcedure } from './procedure';
