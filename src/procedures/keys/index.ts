/**
 * `wuye-rules/keys` — customer key custody 钥匙代管 (《物业客户服务类服务标准表》 客户物品代管;
 * 《服务中心工作手册》 QR-006/QR-007) and the acceptance of keys handed over by the construction
 * side (《客服制度》 钥匙管理规定). Checklists only: no xstate, no luxon.
 *
 * @example
 * import { checkKeys, acceptConstructionKeys } from 'wuye-rules/keys';
 * checkKeys(record, { asOf: '2026-05-07T00:00:00+08:00' }).map((v) => v.ruleId)
 *
 * @module
 */
export type { KeyCustody, KeyPurpose, KeyUse, ConstructionKeyHandover, ConstructionKeyCategory } from './schema';
export { keyCustodySchema, constructionKeyHandoverSchema } from './schema';
export { keysPacks, keysParameters } from './policy';
export { checkKeys, isRegistrationOnly, keysRules } from './rules';
export type { AcceptanceItem, KeyAcceptance } from './acceptance';
export { acceptConstructionKeys } from './acceptance';
export { keysProcedure } from './procedure';
