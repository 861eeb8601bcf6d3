/**
 * `wuye-rules/keys` — customer key custody 钥匙代管 (《物业客户服务类服务标准表》 客户物品代管;
 * 《服务中心工作手册》 QR-006/QR-007) and the acceptance of keys handed over by the construction
 * side (《客服制度》 钥匙管理规定). Checklists only: no xstate.
 *
 * @example
 * import { checkKeyCustody, acceptConstructionKeys } from 'wuye-rules/keys';
 * checkKeyCustody(record).map((v) => v.ruleId)
 *
 * @module
 */
export * from './schema';
export * from './policy';
export * from './rules';
export * from './acceptance';
export { keysProcedure } from './procedure';
